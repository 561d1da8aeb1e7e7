# The parser's errors (python/syntax/grammar_error.rs), explained to a pupil.
# $what names what stands where a variable should be; $statement is the
# keyword of a block's first line; $line is a line number.

python-parser-invalid-syntax = Python did not expect «{ $token }» here. Check this place: maybe a sign, a bracket or a word is missing or extra.
python-parser-invalid-syntax-end-of-line = The line ends too early: Python expected something more before its end. Maybe a value, a bracket or a sign is missing.
python-parser-invalid-syntax-end-of-file = The program ends too early: Python expected more code after the last line.
python-parser-forgot-comma = Two values stand side by side inside brackets. Put a comma «,» between them.
python-parser-equals-in-condition = A single «=» gives a value to a variable. To compare two values, write «==».
python-parser-cannot-assign-maybe-comparison =
    To the left of «=» stands { $what ->
        [literal] a number or a string
        [function-call] a function call
        [expression] a calculation
        [comparison] a comparison
        [attribute] an attribute
        [subscript] an element of a list
       *[other] an expression
    }, not a variable. To compare, write «==»; to store a value, put the variable's name on the left.
python-parser-cannot-assign =
    A value cannot be stored in { $what ->
        [literal] a number or a string
        [function-call] a function call
        [expression] a calculation
        [comparison] a comparison
        [none] None
        [true] True
        [false] False
        [starred] a starred expression
       *[other] an expression like this
    }. Only a variable (or an element of a list) can receive a value.
python-parser-cannot-delete =
    «del» deletes variables and elements of lists and dictionaries, not { $what ->
        [literal] a number or a string
        [function-call] a function call
        [expression] a calculation
        [starred] a starred expression
       *[other] an expression like this
    }.
python-parser-augmented-assignment-target =
    Signs like «+=» change a variable, but to their left stands { $what ->
        [tuple] several values
        [literal] a number or a string
        [function-call] a function call
        [expression] a calculation
       *[other] an expression
    }. Put one variable's name there.
python-parser-annotated-several-targets = A type with «:» can be given to one variable only. Write each variable on a line of its own.
python-parser-illegal-annotation-target = Only a variable can be given a type with «:». Check what stands before the «:».
python-parser-assignment-to-yield = A «yield» expression cannot receive a value with «=».
python-parser-walrus-target =
    The sign «:=» gives a value to a variable, so a variable's name must stand to its left, not { $what ->
        [literal] a number or a string
        [function-call] a function call
        [attribute] an attribute
        [subscript] an element of a list
       *[other] an expression
    }.
python-parser-expected-colon =
    Python expected «:» here. Put «:» at the end of line { $line }, after { $statement ->
        [if] the condition
        [elif] the condition
        [while] the condition
        [for] what the loop goes through
        [with] what «with» opens
        [except] the kind of error
        [def] the brackets with the parameters
        [match] what is matched
        [case] the pattern
        [class] the class's name
        [else] «else»
        [try] «try»
       *[finally] «finally»
    }.
python-parser-expected-parenthesis = After «def { $name }» come brackets with the parameters, even when there are none: def { $name }():
python-parser-expected-else = A value chosen by a condition needs «else»: write «A if condition else B».
python-parser-expected-except-or-finally = After the «try» block there must be an «except» block (what to do if an error happens) or a «finally» block.
python-parser-expected-indented-block =
    The lines inside { $statement ->
        [if] «if»
        [elif] «elif»
        [else] «else»
        [while] the «while» loop
        [for] the «for» loop
        [with] «with»
        [try] «try»
        [except] «except»
        [finally] «finally»
        [match] «match»
        [case] «case»
        [def] the function
       *[class] the class
    } from line { $line } must be indented: start them with 4 spaces. If nothing should happen there yet, write «pass».
python-parser-unexpected-indent = This line starts with spaces, but it is not inside a block (a block comes after a line ending with «:»). Remove the spaces so that it lines up with the line above.
python-parser-unexpected-unindent = This line is indented less than Python expected. Check the spaces at the start of this line and of the line above.
python-parser-missing-parentheses = In Python 3, { $name } is a function: write what you give it in brackets, like { $name }("Hello").
python-parser-positional-after-keyword = In a call, values without a name come first, and values with a name («name=value») after them. Move this value to the left.
python-parser-positional-after-keyword-unpacking = In a call, values without a name come before «**». Move this value to the left.
python-parser-iterable-after-keyword-unpacking = In a call, «*» must come before «**».
python-parser-unparenthesized-generator = A generator «… for … in …» next to other values in a call needs brackets of its own.
python-parser-assignment-in-argument = Inside the brackets of a call, «=» may only follow a parameter's name. To compare, write «==».
python-parser-non-default-after-default = Parameters without a default value come before the ones with a value («name=value»). Move this parameter to the left.
python-parser-parenthesized-parameters = Parameters are written without brackets of their own: (a, b), not ((a, b)).
python-parser-slash-first = The sign «/» must come after at least one parameter.
python-parser-slash-twice = The sign «/» may appear only once among the parameters.
python-parser-slash-after-star = Among the parameters, «/» comes before «*», with a comma between them.
python-parser-expected-default = After «=» the parameter needs its default value, for example «n=0».
python-parser-bare-star = A lone «*» among the parameters must be followed by at least one more parameter.
python-parser-star-parameter-default = Parameters with «*» or «**» cannot have a default value.
python-parser-star-twice = Only one parameter can start with «*».
python-parser-parameter-after-double-star = The parameter with «**» must be the last one.
python-parser-unpacking-in-comprehension = The value before «for» cannot start with «*» or «**». Remove the stars.
python-parser-comprehension-target-parentheses = Several values before «for» must be put in brackets, like [(x, y) for x in a].
python-parser-starred-here = «*» and «**» cannot stand alone in brackets here.
python-parser-import-trailing-comma = The comma at the end of the line waits for one more name. Remove it, or put the names in brackets.
python-parser-unparenthesized-exception-types = To catch several kinds of errors, put them in brackets: except (ValueError, TypeError):
python-parser-dictionary-colon = In a dictionary, each key is followed by «:» and its value, like {"{"}"apples": 3{"}"}.
python-parser-dictionary-value = Write the value after the dictionary key and «:».
python-parser-starred-dictionary-value = A value in a dictionary cannot start with «*».
python-parser-mixed-bytes = Bytes (b"…") and ordinary strings cannot be joined together.
python-parser-fstring-empty-expression = The braces in an f-string need something inside, like f"{"{"}name{"}"}". To write a brace itself, write it twice: {"{{"}.
python-parser-fstring-expression-required = Inside the braces of an f-string, put a variable or an expression before «{ $sign }».
python-parser-too-complex = This is nested too deeply for Python: too many brackets, operators or blocks inside each other. Split it into simpler lines with variables.
