# The compiler's errors (python/compiler/), explained to a pupil.

python-compiler-assigned-before-global = The variable “{ $name }” gets a value before the line “global { $name }”. Move “global { $name }” to the top of the function.
python-compiler-used-before-global = The variable “{ $name }” is used before the line “global { $name }”. Move “global { $name }” to the top of the function.
python-compiler-assigned-before-nonlocal = The variable “{ $name }” gets a value before the line “nonlocal { $name }”. Move “nonlocal { $name }” to the top of the function.
python-compiler-used-before-nonlocal = The variable “{ $name }” is used before the line “nonlocal { $name }”. Move “nonlocal { $name }” to the top of the function.
python-compiler-parameter-and-global = “{ $name }” is already a parameter of this function, so it cannot also be global. Rename the parameter or remove “global { $name }”.
python-compiler-parameter-and-nonlocal = “{ $name }” is already a parameter of this function, so it cannot also be nonlocal. Rename the parameter or remove “nonlocal { $name }”.
python-compiler-nonlocal-and-global = “{ $name }” is declared both global and nonlocal. Keep only one of the two lines.
python-compiler-nonlocal-at-module-level = “nonlocal” only works inside a function that is inside another function. Here it is outside every function: remove it.
python-compiler-no-binding-for-nonlocal = “nonlocal { $name }” needs an outer function that has a variable “{ $name }”, and there is none. Give “{ $name }” a value in the outer function first, or use “global”.
python-compiler-annotated-and-declared = The variable “{ $name }” has a type annotation and is also declared global or nonlocal. Remove the annotation.
python-compiler-return-outside-function = “return” can only be used inside a function (after “def”). Here it is outside every function: remove it, or move this code into a function.
python-compiler-break-outside-loop = “break” stops a loop, but this line is not inside any “for” or “while” loop. Remove it, or put it inside a loop.
python-compiler-continue-not-in-loop = “continue” jumps to the next round of a loop, but this line is not inside any “for” or “while” loop. Remove it, or put it inside a loop.
python-compiler-yield-outside-function = “yield” can only be used inside a function. Here it is outside every function: move it into a function.
python-compiler-yield-inside-comprehension = “yield” cannot be used inside a comprehension or a generator expression. Write an ordinary loop instead.
python-compiler-import-star-not-at-module-level = “from … import *” is only allowed at the top level of the program, not inside a function. Move it to the top of the program, or import the names you need one by one.
python-compiler-int-literal-too-long = This whole number is written with { $digits } digits, more than Python's limit of 4300 digits. Use a shorter number.
python-compiler-starred-here = A starred expression (“*something”) cannot be used here. Remove the “*”.
python-compiler-multiple-starred-in-assignment = Only one starred name (“*name”) is allowed on the left of “=”. Keep just one.
python-compiler-starred-target-alone = A starred name (“*name”) on the left of “=” must be part of a list of names, for example “first, *rest = values”.
python-compiler-cannot-assign = Something on the left of “=” cannot receive a value. Only names, items (“a[i]”) and attributes (“a.b”) can.
python-compiler-cannot-delete = “del” can only delete names, items (“a[i]”) and attributes (“a.b”).
python-compiler-not-supported-yet = This program uses “{ $feature }”, which is real Python but which the sandbox cannot run yet. Try to write it another way.
python-compiler-default-except-not-last = An “except:” without an error type catches every error, so it must be the last “except” of the “try”. Move it to the end.
python-compiler-await-outside-function = “await” can only be used inside an “async def” function.
python-compiler-await-outside-async-function = “await” can only be used inside an “async def” function, and this function is an ordinary “def”.
python-compiler-duplicate-argument = The function has two parameters called “{ $name }”. Give each parameter its own name.
python-compiler-keyword-argument-repeated = The argument “{ $name }=” is given twice in this call. Keep only one.
python-compiler-unreachable-patterns = This «case» matches every value, so the «case» lines after it could never run. Move it to the end, or make its pattern narrower.
python-compiler-pattern-name-repeated = The name «{ $name }» is used twice in one pattern. Give each captured part its own name.
python-compiler-alternatives-bind-different-names = Every alternative joined with «|» must capture the same names, so that the names exist whichever one matched.
python-compiler-multiple-starred-in-pattern = A sequence pattern can have only one «*name»: it takes the items the other parts leave.
python-compiler-pattern-attribute-repeated = The attribute «{ $name }» appears twice in one class pattern. Name each attribute once.
