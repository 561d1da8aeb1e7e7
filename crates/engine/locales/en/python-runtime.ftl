# Errors found while a program runs (python/vm/), explained to a pupil.
# Each exception type has a general explanation; some errors have a precise one.

python-runtime-exception = The program stopped because of an error. Read the message and look at the marked line.
python-runtime-zero-division-error = Division by zero: a number cannot be divided by 0. Check the divisor before dividing.
python-runtime-overflow-error = The number became too big for this calculation.
python-runtime-assertion-error = An “assert” check failed: the condition after “assert” was false.
python-runtime-attribute-error = This value has no such method or attribute. Check the spelling and the value's type.
python-runtime-eof-error = “input()” wanted one more line, but the input has ended.
python-runtime-import-error = This module cannot be imported here.
python-runtime-index-error = The index is outside the list or string: positions go from 0 to the length minus one.
python-runtime-key-error = The dictionary has no such key. Check the key, or use “.get()”.
python-runtime-lookup-error = No element was found for this key or index.
python-runtime-memory-error = The program needs more memory than the sandbox allows. Maybe a list or a number grows without end.
python-runtime-name-error = Python does not know this name. Give the variable a value first, or check its spelling.
python-runtime-unbound-local-error = The variable is used inside the function before it gets a value there.
python-runtime-recursion-error = A function calls itself too many times. Check that the recursion has a case where it stops.
python-runtime-not-implemented-error = This part is not written yet.
python-runtime-type-error = The operation does not fit the type of this value (a number, a string, a list...). Check what types the values have.
python-runtime-value-error = The value has the right type but an unsuitable content.
python-runtime-stop-iteration = The iterator has no more elements.
python-runtime-keyboard-interrupt = The program was stopped.
python-runtime-system-exit = The program ended itself.
python-runtime-not-supported-yet = The sandbox does not support { $feature } yet. Solve the task another way.
python-runtime-work-limit = The program has done too much work and was stopped. Maybe a loop never ends: check its condition.
python-runtime-output-limit = The program has printed too much and was stopped. Maybe a print is inside a loop that never ends.

## Precise explanations.
python-runtime-unbound-local = The variable “{ $name }” is used before it gets a value here. If it should be the outer variable, write “global { $name }” at the top of the function; otherwise give it a value first.
python-runtime-name-not-defined = Python does not know the name “{ $name }”. Give it a value before using it, or check its spelling.
python-runtime-name-error-did-you-mean = Python does not know the name “{ $name }”. Did you mean “{ $suggestion }”?
python-runtime-name-error-other-keyboard = Python does not know the name “{ $name }”: some letters were typed on another keyboard layout ({ $letters }). Did you mean “{ $suggestion }”? Switch the layout and type them again.
python-runtime-not-callable = A value of type “{ $type }” is not a function, so it cannot be called with brackets “( )”. Maybe a sign such as “*” is missing before the bracket, or a variable has the same name as a function.
python-runtime-unexpected-keyword = The function “{ $function }” has no parameter called “{ $keyword }”. Check the name before “=”.
python-runtime-too-many-arguments = The function “{ $function }” takes { $expected } arguments, but { $given } were given. Remove the extra ones.
python-runtime-missing-arguments = The function “{ $function }” needs more arguments: { $names } are missing. Give a value for each parameter.
python-runtime-raise-non-exception = Only exceptions can be raised, such as “raise ValueError("...")”.
python-runtime-cannot-unpack = A value of type “{ $type }” cannot be split into several variables. Check what is to the right of “=”.
python-runtime-too-many-values-to-unpack = There are { $given } values but only { $expected } variables to put them in. Make the numbers match.
python-runtime-not-enough-values-to-unpack = There are { $expected } variables but only { $given } values for them. Make the numbers match.
python-runtime-module-not-offered = The sandbox has no module “{ $module }”. You can import math, random and time.
python-runtime-class-takes-no-arguments = The class “{ $class }” has no “__init__” method, so it is made without arguments: “{ $class }()”. To give values when making an object, write “def __init__(self, ...):” in the class.
python-runtime-special-method-limit = The method “{ $name }” ran for too long while Python was doing one operation (printing, comparing or sorting). Look for an endless loop inside it, or a method that calls itself.
python-runtime-cannot-import-name = The module «{ $module }» has no «{ $name }». Check the spelling, or look at what the module offers (the editor lists it after «{ $module }.»).
python-runtime-cannot-set-attribute = A value of type «{ $type }» cannot get a new attribute «{ $name }». Keep the value in a variable, or make your own class to hold it.
python-runtime-turtle-no-shape = The turtle has no shape called «{ $shape }». The shapes are: arrow, turtle, circle, square, triangle, classic.
python-runtime-turtle-too-much = The turtle has drawn 200,000 times already: the drawing stops here. Look for a loop that never ends.
python-runtime-turtle-needs-number = «{ $command }» needs a number, but it got a value of type «{ $type }». If the number was typed in, convert it first with int() or float().
python-runtime-turtle-bad-color = The turtle does not know the colour { $color }. Use a name such as "red" or "қызыл", a code such as "#ff8800", or three numbers from 0 to 1.
python-runtime-robot-crash = { $crash ->
        [wall] The robot in cell ({ $x }, { $y }) looks { $direction ->
        [north] north
        [east] east
        [south] south
       *[west] west
    }, and a wall is right in front of it. Check with front_is_clear() before move().
        [nothing-to-pick] There is no item in cell ({ $x }, { $y }) to pick. Check with item_here() before pick().
        [bag-empty] The robot's bag is empty, so it has nothing to put in cell ({ $x }, { $y }). Check with items_in_bag() before put().
       *[too-many-items] A cell or the bag can hold at most { $limit } items.
    }
python-runtime-robot-too-many-steps = The robot has taken 100,000 steps already: the run stops here. Look for a loop that never ends.
python-runtime-robot-no-turn-right = In this lesson the robot has no turn_right(): write it yourself, as three turn_left().
python-runtime-canvas-not-finite = «{ $command }» needs an ordinary number: this one is infinite or not a number (nan). Look for a division by a number very close to zero.
python-runtime-canvas-bad-color = The canvas does not know the colour { $color }. Use a name such as "red" or "қызыл", a code such as "#ff8800", a grey from 0 to 255, or three numbers from 0 to 255 (red, green, blue), with a fourth for opacity if you like.
python-runtime-canvas-too-many-shapes = One frame has drawn { $limit } shapes already: the animation stops here. Look for a loop inside draw() that never ends.
python-runtime-canvas-bad-points = polygon() needs a list of points, each a pair (x, y): polygon([(10, 10), (50, 10), (30, 40)]).
python-runtime-canvas-bad-size = size() takes a width and a height, each from 1 to { $largest } pixels.
python-runtime-canvas-push-too-deep = push() was called many times without pop(): every push() needs its pop().
python-runtime-canvas-pop-without-push = pop() brings back what push() kept, but there was no push() before it in this frame.
python-runtime-rover-time-up = The robot's time is up: this task gives it { $seconds } seconds. Perhaps it waits for something that never happens, or it drives too slowly.
python-runtime-rover-bad-sensor = «{ $command }» reads one of three sensors under the robot: "left", "center" or "right".
