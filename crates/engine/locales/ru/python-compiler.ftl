# Ошибки компилятора (python/compiler/), объяснённые ученику.

python-compiler-assigned-before-global = Переменная «{ $name }» получает значение раньше строки «global { $name }». Перенесите «global { $name }» в начало функции.
python-compiler-used-before-global = Переменная «{ $name }» используется раньше строки «global { $name }». Перенесите «global { $name }» в начало функции.
python-compiler-assigned-before-nonlocal = Переменная «{ $name }» получает значение раньше строки «nonlocal { $name }». Перенесите «nonlocal { $name }» в начало функции.
python-compiler-used-before-nonlocal = Переменная «{ $name }» используется раньше строки «nonlocal { $name }». Перенесите «nonlocal { $name }» в начало функции.
python-compiler-parameter-and-global = «{ $name }» уже параметр этой функции, поэтому не может быть ещё и глобальной. Переименуйте параметр или уберите «global { $name }».
python-compiler-parameter-and-nonlocal = «{ $name }» уже параметр этой функции, поэтому не может быть ещё и nonlocal. Переименуйте параметр или уберите «nonlocal { $name }».
python-compiler-nonlocal-and-global = «{ $name }» объявлена и как global, и как nonlocal. Оставьте только одну из этих строк.
python-compiler-nonlocal-at-module-level = «nonlocal» работает только в функции, которая находится внутри другой функции. Здесь он вне всех функций: уберите его.
python-compiler-no-binding-for-nonlocal = Для «nonlocal { $name }» нужна внешняя функция с переменной «{ $name }», а её нет. Сначала дайте «{ $name }» значение во внешней функции или используйте «global».
python-compiler-annotated-and-declared = У переменной «{ $name }» есть аннотация типа, и она же объявлена как global или nonlocal. Уберите аннотацию.
