# The interface in English. Every message here exists in kk.ftl and ru.ftl too,
# with the same variables (a test checks). Terms: shared/GLOSSARY.md.

app-name = Bastau
app-tagline = Programming, animation and robots for school circles

## The language question on the first visit
language-question-title = Choose your language
language-question-hint = You can change it later in the settings.

## Navigation
nav-home = Lesson packs
nav-settings = Settings
nav-back-to-pack = Back to the lessons
skip-to-content = Skip to the content

## Home: the lesson packs
home-title = Lesson packs
home-lesson-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}
loading = Loading…

## A pack and its lessons
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

## Settings
settings-title = Settings
settings-language = Interface language

## Not found
not-found-title = Nothing here
not-found-text = This address leads nowhere. Perhaps the link was copied only in part.
not-found-lesson = This pack has no lesson called “{ $lesson }”.
go-home = Go to the lesson packs

## Loading a lesson pack
load-error-title = The lesson pack could not be opened
load-error-network = The file could not be downloaded. Check the connection and try again.
load-error-missing = There is no such lesson pack: “{ $pack }”.
load-error-broken = The lesson pack has a mistake; show this to your teacher: { $detail }
try-again = Try again

## When something goes wrong in the app itself
panic-title = Something went wrong
panic-text = The app hit an error it did not expect. Your saved work is safe. Reload the page to go on.
reload = Reload the page
load-failed-title = The app could not start
load-failed-text = A part of the app did not download. Check the connection and reload the page.
storage-unavailable = This browser does not let the app save anything, so your choices will be forgotten when the page closes.
