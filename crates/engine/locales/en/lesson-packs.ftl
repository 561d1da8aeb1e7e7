# Lesson packs in English: a pack's problems (for the teacher who wrote it)
# and the results of a lesson's checks (for the pupil). Every message here
# exists in ../kk and ../ru too, with the same variables.

## A pack's problems
pack-error-syntax = The file cannot be read: { $detail }
pack-error-unknown-field = Unknown field “{ $field }”. Fields allowed here: { $expected }.
pack-error-unknown-value = Unknown value “{ $value }”. Values allowed: { $expected }.
pack-error-missing-field = The field “{ $field }” is missing.
pack-error-wrong-type = This value should be { $expected ->
    [text] text in quotes
    [list] a list in square brackets
    [boolean] true or false
    [number] a whole number, 0 or more
    [decimal] a number, such as 1 or 0.5
   *[table] a table
}.
pack-error-bad-id = The id “{ $id }” may only use lowercase Latin letters, digits and dashes (1 to 64 of them).
pack-error-bad-version = The version must be short text, such as "1.0".
pack-error-no-languages = The pack must name at least one language in “languages”.
pack-error-default-language-not-offered = The default language “{ $language }” is not among the pack's “languages”.
pack-error-bad-ages = The ages must be two numbers, youngest first, such as [10, 14].
pack-error-no-lessons = The pack has no lessons.
pack-error-duplicate-lesson = Two lessons have the id “{ $id }”.
pack-error-unknown-required-lesson = Lesson “{ $lesson }” requires “{ $required }”, which is not an earlier lesson of this pack.
pack-error-file-and-fields = Lesson “{ $lesson }” names the file “{ $file }” and also has lesson fields here: keep them in the file.
pack-error-bad-file-name = “{ $file }” is not a lesson file name: use letters, digits, “-”, “_” and end in “.toml”, in the pack's folder.
pack-error-missing-file = The lesson file “{ $file }” is not in the pack.
pack-error-manifest-field-in-lesson = “{ $field }” belongs in pack.toml, not in a lesson file.
pack-error-bad-command = The command { $command } is too long or empty: a command is one line of 1 to { $limit } characters.
pack-error-bad-work-budget = “work_budget” must be between 1 and { $limit }.
pack-error-no-checks = Lesson “{ $lesson }” has no checks, so it can never be solved.
pack-error-bad-function-name = “{ $name }” is not a Python name.
pack-error-bad-arguments = The arguments “{ $arguments }” are not valid Python.
pack-error-bad-returns = The expected value “{ $returns }” is not valid Python.
pack-error-returns-or-raises = A “call” check needs exactly one of “returns” and “raises”.
pack-error-construct-or-call = This rule needs exactly one of “construct” and “call”.
pack-error-zero-lines = “lines” must be at least 1.
pack-error-check-needs-turtle = The check “{ $kind }” compares turtle drawings: it needs a lesson with kind = "turtle".
pack-error-bad-tolerance = “tolerance” must be a number above 0 and at most 100 (turtle steps, or degrees for a heading).
pack-error-bad-overlap = “at_least” must be a share above 0 and at most 1, such as 0.95.
pack-error-missing-language = “{ $field }” has no text in “{ $language }”, a language the pack offers.
pack-error-language-not-offered = “{ $field }” has text in “{ $language }”, which the pack's “languages” do not list.
pack-error-solution-fails = The solution of lesson “{ $lesson }” fails its check { $check }.
pack-error-starter-passes = The starter code of lesson “{ $lesson }” already passes every check, so the lesson teaches nothing.
pack-error-raw-html = Lesson “{ $lesson }” ({ $language }): HTML in the text is shown as plain text, never run.
pack-error-unsafe-link = Lesson “{ $lesson }” ({ $language }): the link “{ $detail }” is dropped; only http, https and mailto links and #anchors are kept.
pack-error-image-outside-pack = Lesson “{ $lesson }” ({ $language }): the image “{ $detail }” is not a file of the pack, so it is not shown.

## A lesson's checks, as the pupil sees them
check-all-passed = Every check passed: the lesson is solved!
check-summary = { $passed } of { $total } checks passed.
check-example = Example { $number }
check-hidden = Hidden test { $number }
check-call = Calling { $call }
check-rule = Rule
check-input = Input
check-expected = Expected
check-got = Your program printed
check-nothing-printed = (nothing)
check-not-valid = The program cannot run yet: fix the error on line { $line } first.
check-wrong-output = The output is different. The first different line is line { $line }.
check-wrong-output-hidden = The output is different from what this hidden test expects.
check-wrong-result = It returned { $got }, but { $expected } was expected.
check-wrong-result-hidden = The function gave another result than this hidden test expects.
check-printed-instead = The function printed the answer instead of returning it: use “return”.
check-did-not-raise = It should have stopped with { $expected }, but returned { $got }.
check-failed = The program stopped with an error on line { $line }: { $error }
check-failed-call = Calling it stopped with an error: { $error }
check-failed-outside = The code outside your function stopped with an error on line { $line }: { $error }. For this lesson, keep the work inside the function.
check-missing-function = Your program has no function “{ $function }”. Define it with “def { $function }(...):”.
check-too-much-work = The program worked too long and was stopped. Is there a loop that never ends?
check-needs-more-input = The program asked for more input than this test gives. Does it call input() too many times?
check-must-use = This lesson asks you to use { $what }.
check-must-not-use = This lesson asks you not to use { $what } (line { $line }).
check-too-many-lines = The program has { $lines } lines of code; this lesson allows at most { $limit }.
check-drawing = The drawing
check-pose = Where the turtle ends
check-picture = The picture
check-drawing-differs = The drawing is not the same as the target. Lines missing: { $missing }; extra lines: { $extra }. On the stage the missing lines are dashed red and the extra ones orange.
check-drawing-colors-differ = The lines are in the right places, but some of their colours are not the target's. On the stage the lines to recolour are dashed red.
check-pose-place = The turtle should end at ({ $x }, { $y }), but it ended at ({ $got_x }, { $got_y }). The place is marked on the stage.
check-pose-heading = The turtle should end looking at { $heading }° (0° is east, 90° is north), but it looks at { $got }°.
check-pose-pen = { $down ->
    [yes] At the end the pen should be down (pendown).
   *[no] At the end the pen should be up (penup).
}
check-picture-differs = Your picture matches the target by { $percent }%, and { $needed }% is needed. The target is shown faintly under your drawing.
check-reference-fails = The lesson's own solution does not work, so your program cannot be compared with it. Tell your teacher.
check-construct = { $construct ->
    [loop] a loop (for or while)
    [for_loop] a for loop
    [while_loop] a while loop
    [if] if
    [function] a function of your own (def)
    [recursion] recursion (a function that calls itself)
    [return] return
    [comprehension] a comprehension
    [f_string] an f-string
    [try] try … except
    [import] import
    [class] a class of your own
    [with] with
   *[match] match … case
}
check-function-call = the function { $name }()
pack-error-robot-variant-count = A task has from 1 to { $limit } world variants.
pack-error-robot-bad-size = A world's width and height are whole numbers from 1 to { $limit }.
pack-error-robot-cell-outside = The cell ({ $x }, { $y }) is outside the world, which is { $width } cells wide and { $height } high; (1, 1) is the bottom-left cell.
pack-error-robot-bad-count = A count is a whole number from 0 to { $limit }, or a range such as [1, 5] whose first number is not bigger than the second.
pack-error-robot-bad-length = A wall's “length” is at least 1.
pack-error-robot-wall-on-edge = The side “{ $side }” of cell ({ $x }, { $y }) is the world's edge, which is always a wall: leave this wall out.
pack-error-robot-bad-corner = “to_x” and “to_y” name the top-right corner of the rectangle, so they cannot be smaller than “x” and “y”.
pack-error-robot-goal-conflict = A goal with “no_items_left = true” cannot also give “items”.
pack-error-robot-empty-goal = This goal asks for nothing: give the robot's cell, its direction, items or the bag.
pack-error-world-needs-robot = Only a lesson with kind = "robot" has a “world”.
pack-error-check-needs-robot = The check “goal” judges the robot's world: it needs a lesson with kind = "robot".
check-goal = The goal in every world
check-robot-items = World { $variant }: the number of items in cell ({ $x }, { $y }) should be { $expected } at the end, but it is { $got }.
check-robot-cell = World { $variant }: the robot should end in cell ({ $x }, { $y }), but it ended in ({ $got_x }, { $got_y }).
check-robot-facing = World { $variant }: the robot should end facing { $direction ->
        [north] north
        [east] east
        [south] south
       *[west] west
    }, but it faces { $got ->
        [north] north
        [east] east
        [south] south
       *[west] west
    }.
check-robot-bag = World { $variant }: the number of items in the bag should be { $expected } at the end, but it is { $got ->
        [unlimited] any number
       *[other] { $got }
    }.
check-robot-crash = World { $variant }, line { $line }: { $crash ->
        [wall] the robot in cell ({ $x }, { $y }) ran into a wall, facing { $direction ->
        [north] north
        [east] east
        [south] south
       *[west] west
    }.
        [nothing-to-pick] the robot tried to pick an item in cell ({ $x }, { $y }), but there is none.
        [bag-empty] the robot tried to put an item in cell ({ $x }, { $y }), but its bag is empty.
       *[too-many-items] a cell or the bag would hold more than { $limit } items.
    }
check-robot-error = World { $variant }: the program stopped at line { $line } with { $error }.
check-robot-too-much-work = World { $variant }: the program worked too long and was stopped. Is there a loop the robot never leaves?
check-robot-needs-input = World { $variant }: the program waits for typed input, but a robot program gets none.
robot-report-goal-met = World { $variant }: the goal is met (steps taken: { $steps }).
robot-report-no-goal = World { $variant }: there is no goal to check; the robot ended in cell ({ $x }, { $y }) facing { $direction ->
        [north] north
        [east] east
        [south] south
       *[west] west
    } (steps taken: { $steps }).
pack-error-check-needs-animation = The check “{ $kind }” runs an animation frame by frame: it needs a lesson with kind = "animation".
pack-error-bad-frame = “frame” must be a whole number from 1 to { $largest }.
pack-error-bad-input-entry = The input entry “{ $entry }” is not understood. Write a frame number and an action: "12 key right", "12 key_down left", "30 key_up left", "5 mouse 100 200", "5 click 100 200", "5 mouse_down 100 200", "9 mouse_up 100 200".
pack-error-bad-condition = The condition “{ $condition }” is not one Python expression on one line.
check-frame = Frame { $frame }
check-no-animation = The program ended after { $frames } frames: an animation needs `from canvas import *` and a `draw()` function that draws every frame.
check-condition-false = After frame { $frame } this should be true: { $condition }. It is { $got }.
check-frame-missing = This frame should also draw { $shape }: yours does not, or draws it elsewhere.
check-frame-extra = This frame draws { $shape }, which should not be there.
check-condition-false-message = { $message } (After frame { $frame }, { $condition } is { $got }.)
check-frame-color = Every shape is in its place, but { $shape } should have other colours.
pack-error-field-needs-rover = A “field” is where the wheeled robot drives: it needs a lesson with kind = "rover".
pack-error-rover-start-blocked = The robot cannot start here: its round body (radius { $radius } cm) would touch a wall or leave the field.
pack-error-rover-too-many = A field may have at most { $limit } of these.
pack-error-rover-number-range = This number must be from { $least } to { $most }.
pack-error-rover-unknown-color = “{ $color }” is not a colour: use a name such as "red", "black", "қызыл" or a code such as "#ff8800".
pack-error-rover-points = A shape needs from { $least } to { $most } points, each [x, y].
pack-error-rover-point = A point is two numbers: [x, y].
pack-error-rover-unknown-zone = The goal names the zone “{ $zone }”, but the field has no zone of that colour.
pack-error-rover-no-line = The goal asks to follow the line, but the field has no line.
check-rover-goal = The goal on the field
check-rover-touched = The robot touched a wall after { $seconds } s: it must not touch anything.
check-rover-not-in-zone = The robot should end inside the { $zone } zone.
check-rover-left-line = The robot left the line: it never reached point { $point } of { $of } along it.
check-rover-far-from-wall = The robot stopped { $distance } cm from the wall; at most { $allowed } cm is allowed.
check-rover-ended-elsewhere = The robot should end at ({ $x }, { $y }), but it ended at ({ $got_x }, { $got_y }).
