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
