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
python-compiler-return-outside-function = «return» можно писать только внутри функции (после «def»). Здесь он стоит вне всех функций: уберите его или перенесите этот код в функцию.
python-compiler-break-outside-loop = «break» останавливает цикл, но эта строка не находится внутри цикла «for» или «while». Уберите её или поместите внутрь цикла.
python-compiler-continue-not-in-loop = «continue» переходит к следующему шагу цикла, но эта строка не находится внутри цикла «for» или «while». Уберите её или поместите внутрь цикла.
python-compiler-yield-outside-function = «yield» можно писать только внутри функции. Здесь он стоит вне всех функций: перенесите его в функцию.
python-compiler-yield-inside-comprehension = «yield» нельзя писать внутри генератора списка, множества, словаря или генераторного выражения. Напишите вместо этого обычный цикл.
python-compiler-import-star-not-at-module-level = «from … import *» можно писать только на верхнем уровне программы, а не внутри функции. Перенесите его в начало программы или импортируйте нужные имена по одному.
python-compiler-int-literal-too-long = В этом целом числе { $digits } цифр, а Python разрешает не больше 4300. Используйте число покороче.
python-compiler-starred-here = Выражение со звёздочкой («*что-то») здесь использовать нельзя. Уберите «*».
python-compiler-multiple-starred-in-assignment = Слева от «=» может быть только одно имя со звёздочкой («*имя»). Оставьте одно.
python-compiler-starred-target-alone = Имя со звёздочкой («*имя») слева от «=» должно быть частью списка имён, например «first, *rest = values».
python-compiler-cannot-assign = Тому, что стоит слева от «=», нельзя присвоить значение. Присваивать можно только именам, элементам («a[i]») и атрибутам («a.b»).
python-compiler-cannot-delete = «del» может удалять только имена, элементы («a[i]») и атрибуты («a.b»).
python-compiler-not-supported-yet = В программе используется «{ $feature }»: это настоящий Python, но песочница пока не умеет это выполнять. Попробуйте написать по-другому.
python-compiler-default-except-not-last = «except:» без типа ошибки ловит любую ошибку, поэтому он должен быть последним «except» в «try». Перенесите его в конец.
python-compiler-await-outside-function = «await» можно использовать только внутри функции «async def».
python-compiler-await-outside-async-function = «await» можно использовать только внутри функции «async def», а эта функция — обычная «def».
python-compiler-duplicate-argument = У функции два параметра с именем «{ $name }». Дайте каждому параметру своё имя.
python-compiler-keyword-argument-repeated = Аргумент «{ $name }=» передан в этом вызове дважды. Оставьте только один.
python-compiler-unreachable-patterns = Этот «case» подходит для любого значения, поэтому строки «case» после него никогда не выполнятся. Перенеси его в конец или сделай образец уже.
python-compiler-pattern-name-repeated = Имя «{ $name }» использовано в одном образце дважды. Дай каждой захватываемой части своё имя.
python-compiler-alternatives-bind-different-names = Все варианты, соединённые через «|», должны захватывать одинаковые имена, чтобы имена были заданы, какой бы вариант ни подошёл.
python-compiler-multiple-starred-in-pattern = В образце последовательности может быть только одно «*имя»: оно забирает элементы, которые остались от других частей.
python-compiler-pattern-attribute-repeated = Атрибут «{ $name }» встречается в одном образце класса дважды. Укажи каждый атрибут один раз.
