# Explanations of errors raised by builtin functions, methods and modules (python/vm/builtins/).

python-builtins-argument-count = “{ $name }” got { $given } arguments, which is not how many it takes. Check the brackets of the call: how many values does this function need?
python-builtins-attribute-missing = { $subject } has no method or attribute “{ $name }”. Check the spelling and the type of the value before the dot.
python-builtins-attribute-on-none = The value is None, so it has no “{ $name }”. Often a variable got None from a function that returns nothing: “list.sort()”, “list.append()” and “print()” return None.
python-builtins-attribute-suggestion = { $subject } has no method or attribute “{ $name }”. Maybe you meant “{ $suggestion }”?
python-builtins-empty-min-max = “{ $name }()” was given an empty sequence, so there is nothing to choose from. Check that the list is not empty, or give a “default=” value.
python-builtins-input-eof = “input()” wanted one more line, but the input has ended. Maybe the program reads more lines than the task gives.
python-builtins-invalid-float-literal = The text “{ $text }” is not a number, so “float()” cannot convert it. Check what was typed: only digits, one point and a sign are allowed.
python-builtins-invalid-int-literal = The text “{ $text }” is not a whole number, so “int()” cannot convert it. Check that it has only digits (no spaces inside, no point, no letters).
python-builtins-join-not-str = “join()” can only join strings, but element number { $index } is of type “{ $type }”. Convert the elements with “str()” first.
python-builtins-list-index-missing = The value { $item } is not in the list, so “index()” cannot find its position. Check with “in” first.
python-builtins-list-remove-missing = “remove()” did not find this value in the list. Check with “in” before removing.
python-builtins-no-len = A value of type “{ $type }” has no length: “len()” works on strings, lists, tuples, dictionaries and sets.
python-builtins-ord-length = “ord()” takes exactly one character, but the string has { $length } characters.
python-builtins-math-domain = This mathematical function has no value for this number: for example, the square root and the logarithm need a number that is not negative (the logarithm: greater than 0). Check the value before calling it.
python-builtins-format-index = The text has more «{"{}"}» places than values given to «format»: place number { $index } has no value (there are { $count }). Give one value for every «{"{}"}».
python-builtins-pop-from-empty = «pop()» takes an item out of a list, but the list is empty. Check «if my_list:» before taking an item.
python-builtins-chr-range = «chr» turns a number from 0 to 1114111 into a character; this number is outside that range.
