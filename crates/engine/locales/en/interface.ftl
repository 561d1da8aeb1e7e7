# The interface in English. Every message here exists in ../kk and ../ru too,
# with the same variables (a test checks). Terms: shared/GLOSSARY.md.

app-tagline = Programming, animation and robots for school circles

## Navigation
nav-home = Lesson packs
header-language = The interface language
nav-settings = Settings
nav-back-to-pack = Back to the lessons
skip-to-content = Skip to the content

## Home: the lesson packs
home-title = Lesson packs
loading = Loading…

## A pack and its lessons
pack-author = Author: { $author }
pack-ages = Ages { $youngest }–{ $oldest }
pack-level = { $level ->
    [beginner] For beginners
    [intermediate] For those who know the basics
   *[advanced] Advanced
}
pack-lessons-title = Lessons
lesson-state-not-started = not started
lesson-state-in-progress = in progress
lesson-state-solved = solved
text-in-other-language = This text is not yet written in your language.

## The lesson page
lesson-instructions = Task
lesson-editor = Code
lesson-editor-label = Your program
lesson-stage = Stage
lesson-console = Output
lesson-console-empty = What your program prints will appear here.
lesson-run = Run
lesson-stop = Stop
lesson-step = Step
lesson-stage-label = The stage, where your program draws and the robot moves
stage-save-picture = Save the picture

## The code editor and saving the pupil's code
editor-keyboard-hint = To leave the code editor with the keyboard, press Esc, then Tab.
editor-failed = The code editor did not load. Check the connection and reload the page.
editor-reset = Back to the starter code
editor-reset-question = Replace your code with the lesson's starter code? You can bring your code back afterwards.
editor-reset-confirm = Yes, replace
editor-reset-cancel = Cancel
editor-reset-done = The starter code is back.
editor-reset-undo = Bring my code back
saved-code-unreadable = The code saved earlier for this lesson could not be read, so the starter code is shown. The old record is kept apart under “{ $key }”: show this to your teacher.
saved-code-set-aside = Another record of this lesson that could not be read was kept apart under “{ $key }”: show this to your teacher. Your code is saved.
save-failed-full = Your code could not be saved: the browser's storage is full. Your code is still here in the editor; ask your teacher to help free some space.
save-failed-unavailable = This browser does not let the app save anything: your code will be lost when the page closes.
save-failed-other = Your code could not be saved ({ $detail }). It is still here in the editor.

## The symbol panel above the editor (names for screen readers)
symbol-panel = Symbols
symbol-digits = Digits and signs
symbol-round-open = Opening round bracket
symbol-round-close = Closing round bracket
symbol-colon = Colon
symbol-double-quote = Double quote
symbol-single-quote = Single quote
symbol-equals = Equals sign
symbol-square-open = Opening square bracket
symbol-square-close = Closing square bracket
symbol-curly-open = Opening curly bracket
symbol-curly-close = Closing curly bracket
symbol-underscore = Underscore
symbol-less = Less-than sign
symbol-greater = Greater-than sign
symbol-hash = Hash sign, starts a comment
symbol-plus = Plus sign
symbol-minus = Minus sign
symbol-times = Multiplication sign
symbol-divide = Division sign
symbol-percent = Percent sign, the remainder of a division

## Words inside the code editor: the search panel (Ctrl+F) and more
editor-phrase-find = Find
editor-phrase-replace = Replace with
editor-phrase-next = next
editor-phrase-previous = previous
editor-phrase-all = all
editor-phrase-match-case = match case
editor-phrase-regexp = regular expression
editor-phrase-by-word = whole words
editor-phrase-replace-one = replace
editor-phrase-replace-all = replace all
editor-phrase-close = close
editor-phrase-current-match = current match
editor-phrase-on-line = on line
editor-phrase-replaced-on-line = replaced the match on line { $line }
editor-phrase-replaced-count = matches replaced: { $count }
editor-phrase-go-to-line = Go to line
editor-phrase-go = go
editor-phrase-selection-deleted = Selection deleted
editor-phrase-control-character = Control character

## Settings
settings-title = Settings
settings-language = Interface language
settings-editor-font-size = Code font size
settings-editor-font-size-hint = Choose a larger size for a projector or an interactive whiteboard.
settings-editor-font-preview = print("Hello, world!")

## Not found
not-found-title = Nothing here
not-found-text = This address leads nowhere. Perhaps the link was copied only in part.
not-found-lesson = This pack has no lesson called “{ $lesson }”.
go-home = Go to the lesson packs

## Loading a lesson pack
load-error-title = The lesson pack could not be opened
load-error-network = The file could not be downloaded. Check the connection and try again.
load-error-missing = There is no such lesson pack: “{ $pack }”.
load-error-broken = The lesson pack has mistakes; show them to your teacher:

## When something goes wrong in the app itself
storage-unavailable = This browser does not let the app save anything, so your choices will be forgotten when the page closes.

# The lesson's run: toolbar hints, console, status, errors and variables.
lesson-run-shortcut = Run the program (Ctrl+Enter)
lesson-stop-shortcut = Stop the program (Esc)
console-input-label = Type a line for the program and press Enter
run-status-idle = Press “Run” to start the program.
run-status-running = The program is running…
run-status-stepping = Step by step: the marked line runs next. Press “Step” again.
run-status-waiting-for-input = The program is waiting: type a line below and press Enter.
run-status-finished = The program has finished.
run-status-failed = The program stopped with an error.
run-status-stopped = You stopped the program.
run-error-on-line = Error on line { $line }
run-variables = Variables
run-variable-name = Name
run-variable-type = Type
run-variable-value = Value
run-variable-more = … and { $count } more
run-speed = Speed
run-speed-hint = How fast the program runs: at the slow speeds each line is marked as it runs (2, 8 or 30 lines a second).
run-speed-slow = Slow
run-speed-medium = Medium
run-speed-fast = Fast
run-speed-instant = Instant
run-error-go-to-line = Show this line in the code
console-output-cut = (The beginning of the output is not shown: it was very long.)

# Completion
# The name screen readers give the list of suggested commands in the code editor.
editor-phrase-completions = Suggestions

## Checking a lesson, hints
lesson-check = Check
copy-to-editor = Into the editor
hints-title = Hints
hint-number = Hint { $number }
hint-show-first = Show a hint
hint-show-next = Show the next hint
checking-progress = Checking… { $done } of { $total }
check-results-title = Check results
check-results-close = Hide the results
lesson-locked = Solve first: { $lessons }

## Opening a pack from a file or a link
import-title = Open a lesson pack
import-explanation = A teacher may give you a pack as a file or a link. It is kept in this browser.
import-from-file = Open from a file
import-from-link = Or paste a link to a pack:
import-link-button = Open
import-done = The pack “{ $title }” is ready.
import-open = Go to its lessons
import-file-too-large = The file “{ $file }” is too large for a lesson pack.
import-file-unreadable = The file “{ $file }” could not be read as text.
import-link-failed = The pack could not be downloaded from this link. Check the link and the connection.
import-broken = This pack has mistakes, so it was not opened. Show them to your teacher:
import-built-in-id = A built-in pack already has the id “{ $pack }”: change the id of the pack you are opening.
import-storage-failed = The pack could not be kept: the browser's storage is full or closed. Remove a pack you no longer need and try again.
imported-pack-size = Kept in this browser: { $kilobytes } KB
imported-pack-remove = Remove
check-pack-link = For teachers: check a pack before handing it out

## The teacher's check of a pack
check-pack-title = Check a lesson pack
check-pack-explanation = Choose a pack file, or a pack's pack.toml together with its lesson files. Every problem is listed with its place, and every reference solution is run through its lesson's checks. Nothing is kept.
check-pack-choose = Choose files
check-pack-problems = { $count ->
    [one] { $count } problem found.
   *[other] { $count } problems found.
}
check-pack-clean = “{ $title }” has no problems: { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}, every solution passes its checks.
check-pack-solution = the solution passes { $passed } of { $total } checks
load-error-damaged = A file arrived damaged: { $detail }
robot-stage-label = The robot's world
robot-worlds = Worlds
robot-world = World { $number }
robot-replay = ▶ Replay
robot-pause = ⏸ Pause
robot-slider = The steps of the run
robot-step = Step { $step } of { $total }
robot-status = The robot is in cell ({ $x }, { $y }), facing { $direction ->
        [north] north
        [east] east
        [south] south
       *[west] west
    }; bag: { $bag ->
        [unlimited] unlimited
       *[other] { $bag }
    }.
robot-goal-met = The goal is reached!
robot-goal-not-met = The goal is not reached: the red squares show where.

## Progress: profiles, files, storage
notice-close = Close
storage-set-aside = { $count ->
    [one] A saved record could not be read. Its text is kept apart under “{ $keys }”, so nothing is lost: show this to your teacher. Everything else works.
   *[other] { $count } saved records could not be read. Their texts are kept apart under “{ $keys }”, so nothing is lost: show this to your teacher. Everything else works.
}
storage-save-kept = Save the kept text to a file
storage-newer-version = Your progress here was saved by a newer version of Bastau (storage version { $version }). This version leaves it untouched; reload the page to get the newer version.
storage-migration-stopped = Your work from the earlier version of Bastau could not all be moved to the new format: the browser's storage is full. Nothing was deleted. Remove a lesson pack you no longer need and reload the page.
profile-picker-title = Who is learning today?
profile-unnamed = Pupil { $number }
profile-solved = { $count ->
    [one] { $count } lesson solved
   *[other] { $count } lessons solved
}
profile-new-label = I'm new here. My name:
profile-new-start = Start
profile-name-empty = Type your name first.
profile-name-too-long = That name is too long: 40 letters at most.
profile-name-taken = Someone on this computer already has that name. Add the first letter of your surname.
profile-too-many = This computer already has 60 pupils. Ask your teacher to remove the ones who have left.
profile-save-failed = The browser could not keep this: its storage is full or closed.
profiles-title = Pupils on this computer
profiles-intro = Each pupil has their own lessons, code, language and font size. Choose yourself:
profiles-show-picker = Show the “who is learning” screen
profiles-remove-title = Remove a pupil
profile-remove = Remove
profile-remove-question = Remove { $name } and all their progress from this computer? Save it to a file first if they still need it.
profile-remove-confirm = Yes, remove
settings-pupils-link = Your name and the other pupils on this computer
settings-name = My name
profile-name-label = Name
profile-rename = Save the name
profile-renamed = The name is saved.
settings-progress = My progress
settings-progress-hint = Browsers at school are often wiped. Save your progress to a file (on a USB stick or in your messages) and open it at home or next lesson: nothing is lost, and work from both places is joined.
progress-save = Save my progress to a file
progress-save-failed = The progress file could not be made. Try again, or ask your teacher.
progress-open = Open progress from a file
progress-file-too-large = “{ $file }” is too large to be a progress file.
progress-file-not-json = This file is not a progress file: it is damaged or of another kind. Nothing was changed.
progress-file-foreign = This file is not a Bastau progress file. Nothing was changed.
progress-file-newer = This file was saved by a newer version of Bastau (version { $version }). Reload the page to get the newer version, then open it again. Nothing was changed.
progress-file-broken-lesson = Lesson number { $position } in this file is damaged, so the file was not opened. Nothing was changed.
progress-open-failed = The progress could not be kept: the browser's storage is closed. Nothing was changed.
progress-open-full = The browser's storage is full, so only part of the file was taken in. Remove a pack you no longer need and open the file again: nothing already saved was lost.
progress-opened = Progress opened.
progress-summary-added = { $count ->
    [one] { $count } new lesson added.
   *[other] { $count } new lessons added.
}
progress-summary-taken = { $count ->
    [one] { $count } lesson took the newer code from the file.
   *[other] { $count } lessons took the newer code from the file.
}
progress-summary-solved = { $count ->
    [one] { $count } solved lesson came in.
   *[other] { $count } solved lessons came in.
}
progress-summary-kept = { $count ->
    [one] { $count } lesson was as new here and stays as it is.
   *[other] { $count } lessons were as new here and stay as they are.
}
progress-summary-nothing-new = Nothing new: this computer already had everything in the file.
progress-summary-both = { $count ->
    [one] { $count } lesson was changed both here and in the file. Both versions are kept: open it and choose which one to go on with.
   *[other] { $count } lessons were changed both here and in the file. Both versions are kept: open each and choose which one to go on with.
}
saved-code-other-tab-kept = This lesson was also changed in another tab. Your code here is saved; the other tab's code is kept in the earlier versions below the editor.
saved-code-updated-elsewhere = This lesson was changed in another tab: the editor now shows that code.
version-choice-question = This lesson was changed both on this computer and in the progress file. The editor shows this computer's code. Which one do you want to keep?
version-choice-show-other = Show the code from the file
version-choice-keep-this = Keep this computer's code
version-choice-take-other = Take the code from the file
versions-title = { $count ->
    [one] Earlier version ({ $count })
   *[other] Earlier versions ({ $count })
}
versions-show = Show the code
versions-restore = Put back into the editor
version-reason-reset = before going back to the starter code
version-reason-other-tab = from another tab
version-reason-not-chosen = replaced
version-reason-checked = checked
home-continue = Continue where you stopped
home-solved-of = { $solved } of { $total } solved
pack-solved-of = Solved { $solved } of { $total }
settings-storage = Storage in this browser
storage-used = { $used } KB used of about { $total } KB this browser gives the site.
storage-kilobytes = { $kilobytes } KB
storage-row-this-profile = Your progress
storage-row-other-profiles = Other pupils' progress
storage-row-earlier-versions = Earlier versions of code (removed first when storage is full)
storage-row-imported-packs = Opened lesson packs
storage-row-set-aside = Records that could not be read
storage-row-other = Settings and the rest
storage-hint = When the storage is full, the earlier versions of code are removed first; your current code and solved lessons are never removed. Save your progress to a file from time to time.

## Teacher: the class table
class-csv-pupil = Pupil
class-csv-class = Class
class-csv-pack-version = Pack version
class-csv-solved = Solved (checked again)
class-recheck-failed = the re-check fails
hand-in-not-json = This file is not a hand-in: it is damaged or of another kind.
hand-in-foreign = This file is not a Bastau hand-in.
hand-in-newer = This hand-in was saved by a newer version of Bastau (version { $version }). Reload the page to get the newer version.
hand-in-no-name = This hand-in has no pupil's name.
hand-in-broken-lesson = Lesson number { $position } in this hand-in is damaged, so the file was not opened.

## Teacher: assignments and hand-ins
teacher-link = The teacher's page: assign a pack, review hand-ins
teacher-title = Teacher's page
teacher-intro = Assign a pack to your class with a link or a file, then open the pupils' hand-in files here. Nothing is sent anywhere: files move only when someone saves or opens them, and this page keeps its tables in this browser.
teacher-pack = Lesson pack
teacher-pick-pack = Choose a pack…
teacher-assign = Assign
teacher-class-name = Class (for example 7B)
teacher-class-list = Pupils' names, one a line (may be left empty: pupils then type their names)
teacher-make-assignment = Make the assignment
teacher-assignment-link = Link for the pupils
teacher-save-assignment = Save the assignment as a file
teacher-assignment-hint = Send the link (a messenger, the class chat) or, without a shared network, copy the file onto the pupils' computers: they open it under "Open a lesson pack". A pack of your own travels inside both.
teacher-review = The class's work
teacher-open-hand-ins = Open hand-in files
hand-in-other-pack = this hand-in is for another lesson pack.
class-not-kept = The table could not be kept in this browser (its storage is full or closed); it is shown until the page closes.
teacher-other-version = { " " }(pack version { $version })
teacher-cell-facts = Checks run: { $attempts }. Hints opened: { $hints }.
teacher-download-csv = Download the table (CSV for Excel)
teacher-clear = Clear the table
teacher-rechecking = Checking the solutions again: { $count } left…
assignment-title = Assignment
assignment-broken = This assignment link or file is damaged (perhaps cut short when it was sent). Ask your teacher for it again.
assignment-newer = This assignment was made by a newer version of Bastau. Reload the page to get the newer version.
assignment-pack-broken = The lesson pack inside this assignment could not be opened. Ask your teacher to check it.
assignment-not-kept = The assignment could not be kept: the browser's storage is full or closed.
assignment-for = Class { $class }: { $pack }
assignment-hint = Solve the lessons, then press "Hand in my work" on the pack's page and give the file to your teacher.
assignment-start = Go to the lessons
hand-in-title = Assignment for class { $class }
hand-in-name = My name
hand-in-pick-name = Choose your name…
hand-in-button = Hand in my work
hand-in-name-first = Choose or type your name first.
hand-in-saved = Your work is saved as a file. Give it to your teacher (a USB stick, the class chat).

## Working offline and the classroom server
offline-update-ready = A new version of the app is ready. Your work is saved; updating reloads the page.
offline-update-now = Update now
offline-network-address = You opened the app at { $address }, from a computer on your class network. It works while that computer serves it, but not without it.
offline-network-storage = Your work is saved in this browser for this address only: at another address or on another computer your lessons will look empty. To take your progress along, save it to a file in the settings and open that file there.
offline-network-settings = Go to the settings
offline-kept = The app is kept on this computer: it opens without the internet.
offline-not-yet = The app is not kept on this computer yet: open it once more with the internet on, and it will open without it too.
settings-about = About the app
settings-version = Version { $version }

## The classroom server (`sandbox serve`), in the teacher's terminal
server-serving = Bastau is being served ({ $files } files).
server-open-here = On this computer open:
server-lan-open = Pupils on the same network open:
server-no-lan = This computer has no local network address: connect it to the class network.
server-qr = Or scan this with a tablet:
server-lan-caution = On these addresses the app works only while this computer serves it, and each pupil's work is kept for that address: keep the same address, or move progress with "Save my progress to a file".
server-loopback-only = Only this computer can open it; "sandbox serve --lan" serves the class network.
server-stop = To stop, press Ctrl+C or close this window.
server-no-files = This sandbox was built without the app's files. Build one that has them with "cargo xtask dist" (it writes target/dist/).
server-cannot-listen = The server cannot start ({ $error }); try another port with --port.
server-press-enter = Press Enter to close this window.
canvas-label = The canvas your animation draws on. Click it (or reach it with Tab) to control the animation with the keyboard.
canvas-frame-rate = { $fps } frames a second
canvas-frame-rate-slow = { $fps } of { $wanted } frames a second: draw() is slow
canvas-click-for-keys = Click the picture to use the keyboard
rover-stage-label = The field where the wheeled robot drives, its trail and its sensors
rover-play = Play
rover-pause = Pause
rover-speed = Speed
rover-slider = The run's time
rover-status = { $time } s of { $total } s · distance { $distance } cm · light { $light }
rover-bumped = the bumper is pressed

## Display settings: theme, text size, low-end mode (issue 15)
settings-theme = Colours
settings-theme-device = Like this device
settings-theme-standard = Standard
settings-theme-high-contrast = High contrast
settings-theme-hint = High contrast: a black background, white and yellow text, thick outlines around what has the focus. "Like this device" turns it on when the computer's own settings ask for more contrast.
settings-text-size = Text size
settings-text-size-hint = Makes every text of the app larger. The code's font size is chosen above, on its own.
settings-low-end = Low-end mode
settings-low-end-toggle = Low-end mode for slow computers
settings-low-end-hint = The app draws less: no shadows or smooth transitions, the robots and animations are repainted less often (animations at most 30 frames a second). The "Show the result now" button takes a replay straight to its end.
low-end-suggestion = The animation runs slowly on this computer. Low-end mode draws less, so it runs more smoothly.
low-end-suggestion-turn-on = Turn on low-end mode
low-end-suggestion-close = No, thanks
stage-show-result-now = Show the result now
check-result-passed = passed
check-result-failed = not passed
class-recheck-confirmed = re-checked
class-recheck-pending = checking

## Accessibility: the robot's moves in words, the keyboard shortcuts, the
## lesson page's landmarks (issue 15)
robot-describe-moves = Describe the moves in words
robot-moves-title = The robot's moves, one by one
robot-moves-none = The robot has not moved yet. Run the program, and its moves will be listed here.
robot-move = Step { $step }: { $action ->
        [move] moved to ({ $x }, { $y }), facing { $direction ->
            [north] north
            [east] east
            [south] south
           *[west] west
        }
        [turn-left] turned left, now facing { $direction ->
            [north] north
            [east] east
            [south] south
           *[west] west
        }
        [turn-right] turned right, now facing { $direction ->
            [north] north
            [east] east
            [south] south
           *[west] west
        }
        [pick] picked up an item in ({ $x }, { $y }); items left there: { $items }
       *[put] put down an item in ({ $x }, { $y }); items there now: { $items }
    } (line { $line }).
robot-moves-more = { $count ->
    [one] … and { $count } more step, not listed here.
   *[other] … and { $count } more steps, not listed here.
}
robot-move-crashed = Then the robot could not go on. { $reason }
lesson-output-label = The stage and the output
lesson-step-shortcut = Run one line and pause (Ctrl+Shift+Enter)
keyboard-help-title = Keyboard shortcuts
keyboard-help-run = Ctrl+Enter: run the program.
keyboard-help-step = Ctrl+Shift+Enter: run one line and pause; press it again for the next line.
keyboard-help-stop = Esc: stop the program.
keyboard-help-leave-editor = Esc, then Tab: leave the code editor (inside the editor, Tab indents the line).
keyboard-help-indent = Tab and Shift+Tab in the editor: move the line right or left.
keyboard-help-suggestions = Up, Down and Enter: choose a suggested command; Esc closes the list.
keyboard-help-find = Ctrl+F: find in the code.
keyboard-help-comment = Ctrl+/: turn the lines into comments, and back.
keyboard-help-undo = Ctrl+Z and Ctrl+Y: undo and redo.
keyboard-help-slider = Left and Right arrows on the robot's slider: one step back or forward.
keyboard-help-canvas = Tab to an animation's picture: the program then hears your keys.
keyboard-help-skip = Tab at the top of a page: “Skip to the content”.
