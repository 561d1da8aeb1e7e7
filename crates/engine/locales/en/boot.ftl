# The messages needed before the other texts have downloaded (compiled into the app).
# Every message here exists in ../kk and ../ru too. The other files are fetched.

app-name = Bastau
language-question-hint = You can change it later in the settings.
language-question-title = Choose your language
try-again = Try again
panic-title = Something went wrong
panic-text = The app hit an error it did not expect. Your saved work is safe. Reload the page to go on.
reload = Reload the page
load-failed-title = The app could not start
load-failed-text = A part of the app did not download. Check the connection and reload the page.
texts-failed-title = The texts did not download
texts-failed-text = The app's texts did not download. Check the connection and try again.
