# The lexer's errors (python/syntax/lexical_error.rs), explained to a pupil.
# Every message here exists in ../kk and ../ru too, with the same variables
# (a test checks). Terms: shared/GLOSSARY.md. A brace in the text is written {"{"}.

## Indentation and lines
python-lexer-inconsistent-tabs = This line is indented with a mix of tabs and spaces, so Python cannot tell how far in it is. Indent all the lines of the block the same way, best with spaces only: 4 for each level.
python-lexer-unindent-mismatch = This line moves left, but not to the same place as any line above it. Line it up exactly with the lines of the block it belongs to.
python-lexer-too-many-indentation-levels = Blocks are nested inside each other too deeply here: Python allows at most 99 levels. Move the inner part into a function.
python-lexer-character-after-backslash = Outside quotes, a backslash \ at the end of a line means "the line goes on below", so nothing may follow it on that line, not even a space. Delete what comes after the backslash, or the backslash itself.
python-lexer-end-after-backslash = The program ends right after a backslash \ that says "the line goes on below". Delete the backslash, or write the rest of the line.
python-lexer-null-byte = The program contains an invisible null character (code 0), perhaps pasted from another file. Type the line where it is again.

## Brackets
python-lexer-too-many-nested-brackets = Too many brackets are open at once here (more than 200). Split the expression into smaller parts and keep them in variables.
python-lexer-unmatched-closing-bracket = This closing { $closing } has no opening bracket to match. Delete it, or add the opening bracket where it should be.
python-lexer-mismatched-brackets = The closing { $closing } does not match the opening { $opening }. Brackets close in reverse order: close the { $opening } with { $expected } first.
python-lexer-mismatched-brackets-on-line = The closing { $closing } does not match the { $opening } opened on line { $line }. Brackets close in reverse order: close the { $opening } with { $expected } first.
python-lexer-unclosed-bracket = This { $opening } is never closed. Add { $closing } where the expression ends.

## Characters
python-lexer-look-alike-character = The character { $character } ({ $code }) looks like { $replacement } but is a different character, perhaps from a text editor or another keyboard layout. Type { $replacement } instead.
python-lexer-invalid-character = The character { $character } ({ $code }) cannot be used in code outside quotes. Delete it, or put the text it belongs to in quotes.
python-lexer-non-printable-character = There is an invisible character here ({ $code }), perhaps copied from a website or a document. Delete it, and type spaces again if you need them.
python-lexer-old-not-equal = Python does not know the sign <>. To check that two values are not equal, write !=.
python-lexer-lone-exclamation-mark = The sign ! alone means nothing in Python. For "not equal" write !=, and to turn a condition around write not.
python-lexer-unknown-symbol = Python has no use for the sign { $symbol } in code. Delete it, or put the text it belongs to in quotes.

## Numbers
python-lexer-invalid-decimal = This number is written wrongly: letters or _ are stuck to it. A variable's name cannot start with a digit; to multiply, write the * sign, like 2*x.
python-lexer-invalid-hexadecimal = After 0x come hexadecimal digits, 0-9 and a-f, like 0x1f. Check the digits of this number.
python-lexer-invalid-octal = After 0o come octal digits, 0-7, like 0o17. Check the digits of this number.
python-lexer-invalid-binary = After 0b come the binary digits 0 and 1, like 0b101. Check the digits of this number.
python-lexer-invalid-imaginary = Letters are stuck to this imaginary number (a number ending in j). Put a space or a sign after it.
python-lexer-invalid-binary-digit = A binary number (0b...) only has the digits 0 and 1, so { $digit } cannot be in it.
python-lexer-invalid-octal-digit = An octal number (0o...) only has the digits 0 to 7, so { $digit } cannot be in it.
python-lexer-leading-zeros = In Python a whole number cannot start with 0, like 012. Delete the zeros at the start: write 12.

## Strings
python-lexer-unterminated-string = The text in quotes that starts on line { $line } has no closing quote. Put the same quote (' or ") at the end of the text, on the same line.
python-lexer-unterminated-triple-quoted-string = The text in triple quotes that starts on line { $line } is never closed. Put the same three quotes at its end.
python-lexer-non-ascii-in-bytes = A bytes string (b"...") may only hold English letters, digits and signs. Delete the b before the quotes to make it an ordinary string.
python-lexer-escape-x = After \x come exactly two hexadecimal digits, like \x41. To write a backslash itself, double it: \\.
python-lexer-escape-small-u = After \u come exactly four hexadecimal digits, like \u00e9. To write a backslash itself, double it: \\.
python-lexer-escape-big-u = After \U come exactly eight hexadecimal digits, like \U0001F600. To write a backslash itself, double it: \\.
python-lexer-escape-too-big = The code after \U is too big: the largest character is \U0010FFFF. Check the digits.
python-lexer-escape-malformed-name = After \N comes a character's name in braces, like \N{"{"}BULLET{"}"}. To write a backslash itself, double it: \\.
python-lexer-escape-unknown-name = This character name after \N is not known (only the common names are known here). Check the spelling, or write the character's code instead, like \u2022.

## F-strings
python-lexer-fstring-expecting-brace = A {"{"} in this f-string has no matching {"}"}. Close the expression with {"}"}. To print a brace itself, double it: {"{{"}.
python-lexer-fstring-single-brace = A single {"}"} is not allowed in an f-string. To print a brace itself, double it: {"}}"}.
python-lexer-fstring-backslash = A backslash \ is not allowed inside the {"{"}...{"}"} of an f-string. Put the value in a variable first, and use the variable in the braces.
python-lexer-fstring-hash = The sign # is not allowed inside the {"{"}...{"}"} of an f-string. Put the value in a variable first, and use the variable in the braces.
python-lexer-fstring-empty = The braces {"{}"} in this f-string are empty. Write a variable or an expression in them, or double them ({"{{}}"}) to print braces.
python-lexer-fstring-expression-required = In this f-string the sign { $sign } comes right after {"{"}, but a variable or an expression must come first, like {"{"}x{ $sign }...{"}"}.
python-lexer-fstring-conversion = After ! in the braces of an f-string only r, s or a may come, like {"{"}x!r{"}"}.
python-lexer-fstring-unmatched-closing = In the braces of this f-string there is a closing { $closing } with no opening bracket. Delete it, or add the opening bracket.
python-lexer-fstring-unclosed-bracket = In the braces of this f-string a { $opening } is not closed. Add { $closing } before the {"}"}. If the expression has quotes, use the other kind of quotes than the f-string's own.
python-lexer-fstring-mismatched-brackets = In the braces of this f-string the closing { $closing } does not match the opening { $opening }. Close the { $opening } with { $expected } first.
python-lexer-fstring-unterminated-string = A text in quotes inside the braces of this f-string is not closed. Close it, and use the other kind of quotes than the f-string's own.
python-lexer-fstring-nested-too-deeply = Braces are nested too deeply in the format of this f-string. Work out the format in a variable first.
