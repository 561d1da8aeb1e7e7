# Explanations of errors raised by builtin functions, methods and modules (python/vm/builtins/).

python-builtins-argument-count = «{ $name }» получила аргументов: { $given } — это не то количество, которое ей нужно. Проверьте скобки вызова: сколько значений нужно этой функции?
python-builtins-attribute-missing = У { $subject } нет метода или атрибута «{ $name }». Проверьте написание и тип значения перед точкой.
python-builtins-attribute-on-none = Значение равно None, поэтому у него нет «{ $name }». Часто переменная получает None от функции, которая ничего не возвращает: «list.sort()», «list.append()» и «print()» возвращают None.
python-builtins-attribute-suggestion = У { $subject } нет метода или атрибута «{ $name }». Возможно, вы имели в виду «{ $suggestion }»?
python-builtins-empty-min-max = «{ $name }()» получила пустую последовательность, выбирать не из чего. Проверьте, что список не пуст, или задайте значение «default=».
python-builtins-input-eof = «input()» ждала ещё одну строку, но ввод закончился. Возможно, программа читает больше строк, чем даёт задача.
python-builtins-invalid-float-literal = Текст «{ $text }» — не число, поэтому «float()» не может его преобразовать. Проверьте, что введено: допустимы только цифры, одна точка и знак.
python-builtins-invalid-int-literal = Текст «{ $text }» — не целое число, поэтому «int()» не может его преобразовать. Проверьте, что в нём только цифры (без пробелов внутри, без точки и букв).
python-builtins-join-not-str = «join()» соединяет только строки, а элемент номер { $index } имеет тип «{ $type }». Сначала преобразуйте элементы с помощью «str()».
python-builtins-list-index-missing = Значения { $item } нет в списке, поэтому «index()» не может найти его позицию. Сначала проверьте с помощью «in».
python-builtins-list-remove-missing = «remove()» не нашла это значение в списке. Перед удалением проверьте с помощью «in».
python-builtins-no-len = У значения типа «{ $type }» нет длины: «len()» работает со строками, списками, кортежами, словарями и множествами.
python-builtins-ord-length = «ord()» принимает ровно один символ, а в строке символов: { $length }.
python-builtins-math-domain = У этой математической функции нет значения для такого числа: например, корню и логарифму нужно неотрицательное число (логарифму — больше 0). Проверь значение перед вызовом.
python-builtins-format-index = В тексте больше мест «{"{}"}», чем значений, переданных в «format»: для места номер { $index } значения нет (их { $count }). Передай по значению на каждое «{"{}"}».
python-builtins-pop-from-empty = «pop()» достаёт элемент из списка, но список пуст. Проверь «if my_list:» перед тем, как доставать элемент.
python-builtins-chr-range = «chr» превращает число от 0 до 1114111 в символ; это число вне этого диапазона.
