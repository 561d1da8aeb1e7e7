# Explanations of errors raised by the operators and conversions (python/vm/operations/).

python-operations-nesting-too-deep = The lists (or other containers) are nested inside each other too deeply for Python to compare or print them.
python-operations-text-and-number = Text ({ $left }) and numbers ({ $right }) cannot be combined with “{ $operator }”: "5" is text, 5 is a number. To do arithmetic, turn the text into a number with int() or float(); to join text, turn the number into text with str().
python-operations-unsupported-operand = The operator “{ $operator }” does not work with a value of type { $left } and a value of type { $right }. Check the types of both values.
python-operations-concatenate = Only a { $left } can be joined to a { $left } with “{ $operator }”, but the right side is a { $right }. Check what is on the right.
python-operations-repeat-non-int = A sequence can only be repeated a whole number of times; here the number of times is a { $type }. Use int() if you need a whole number.
python-operations-unhashable = A { $type } can change, so it cannot be a dictionary key or an element of a set. Use a tuple, a string or a number instead.
python-operations-not-iterable = A value of type { $type } cannot be walked through element by element (in a “for” loop, with “in”, or by list()). Use a list, a string or range() instead.
python-operations-bad-unary-operand = The sign “{ $operator }” cannot be put before a value of type { $type }: it only works with numbers.
python-operations-not-orderable = Values of type { $left } and { $right } cannot be compared with “{ $operator }”: Python does not know which is bigger. Convert them to one type first.
python-operations-index-out-of-range = There is no element at this position in the { $type }. Positions go from 0 to the length minus one (or from -1 backwards). Check the index and the length with len().
python-operations-index-type = The position in a { $type } must be a whole number (or a slice), not a { $index }. Use int() if the position is stored in another type.
python-operations-not-subscriptable = A value of type { $type } has no elements to take with square brackets. Check that the variable holds a list, a string or a dictionary.
python-operations-item-assignment = A { $type } cannot be changed after it is made: its elements cannot be replaced or deleted. Build a new value instead (for a string: with slices and +).
python-operations-key-missing = The dictionary has no key { $key }. Check the key's spelling and type, test it with “in”, or use .get().
python-operations-in-string = Only a string can be looked for inside a string with “in”, not a { $type }. Turn it into a string with str().
python-operations-percent-needs-number = «%{ $conversion }» in a text with «%» needs a number, but the value is of type «{ $type }». Convert it first, for example with int(), or use «%s».
