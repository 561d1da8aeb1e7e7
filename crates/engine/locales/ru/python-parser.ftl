# Ошибки разбора программы (python/syntax/grammar_error.rs), объяснённые ученику.
# $what — что стоит там, где должна быть переменная; $statement — ключевое
# слово первой строки блока; $line — номер строки.

python-parser-invalid-syntax = Python не ожидал здесь «{ $token }». Проверьте это место: возможно, тут не хватает знака, скобки или слова, или есть лишний.
python-parser-invalid-syntax-end-of-line = Строка закончилась слишком рано: Python ждал продолжения. Возможно, не хватает значения, скобки или знака.
python-parser-invalid-syntax-end-of-file = Программа закончилась слишком рано: после последней строки Python ждал продолжения.
python-parser-forgot-comma = Внутри скобок два значения стоят рядом. Поставьте между ними запятую «,».
python-parser-equals-in-condition = Один знак «=» записывает значение в переменную. Чтобы сравнить два значения, пишите «==».
python-parser-cannot-assign-maybe-comparison =
    Слева от «=» стоит { $what ->
        [literal] число или строка
        [function-call] вызов функции
        [expression] вычисление
        [comparison] сравнение
        [attribute] атрибут
        [subscript] элемент списка
       *[other] выражение
    }, а не переменная. Чтобы сравнить, пишите «==»; чтобы запомнить значение, слева напишите имя переменной.
python-parser-cannot-assign =
    Сюда нельзя записать значение: здесь { $what ->
        [literal] число или строка
        [function-call] вызов функции
        [expression] вычисление
        [comparison] сравнение
        [none] None
        [true] True
        [false] False
        [starred] выражение со звёздочкой
       *[other] такое выражение
    }. Значение можно записать только в переменную (или в элемент списка).
python-parser-cannot-delete =
    «del» удаляет переменные и элементы списков и словарей, а здесь { $what ->
        [literal] число или строка
        [function-call] вызов функции
        [expression] вычисление
        [starred] выражение со звёздочкой
       *[other] другое выражение
    }.
python-parser-augmented-assignment-target =
    Знаки вроде «+=» изменяют переменную, а слева от них { $what ->
        [tuple] несколько значений
        [literal] число или строка
        [function-call] вызов функции
        [expression] вычисление
       *[other] выражение
    }. Напишите там имя одной переменной.
python-parser-annotated-several-targets = Тип через «:» можно указать только у одной переменной. Напишите каждую переменную на своей строке.
python-parser-illegal-annotation-target = Тип через «:» можно указать только у переменной. Проверьте, что стоит перед «:».
python-parser-assignment-to-yield = Выражению с «yield» нельзя присвоить значение через «=».
python-parser-walrus-target =
    Знак «:=» записывает значение в переменную, поэтому слева от него должно быть имя переменной, а здесь { $what ->
        [literal] число или строка
        [function-call] вызов функции
        [attribute] атрибут
        [subscript] элемент списка
       *[other] выражение
    }.
python-parser-expected-colon =
    Здесь Python ждал «:». Поставьте «:» в конце строки { $line }, после { $statement ->
        [if] условия
        [elif] условия
        [while] условия
        [for] того, по чему идёт цикл
        [with] того, что открывает «with»
        [except] вида ошибки
        [def] скобок с параметрами
        [match] того, что сопоставляется
        [case] образца
        [class] имени класса
        [else] «else»
        [try] «try»
       *[finally] «finally»
    }.
python-parser-expected-parenthesis = После «def { $name }» нужны скобки с параметрами, даже если параметров нет: def { $name }():
python-parser-expected-else = Значению, которое выбирается по условию, нужно «else»: пишите «A if условие else B».
python-parser-expected-except-or-finally = После блока «try» должен идти блок «except» (что делать при ошибке) или блок «finally».
python-parser-expected-indented-block =
    Строки внутри { $statement ->
        [if] «if»
        [elif] «elif»
        [else] «else»
        [while] цикла «while»
        [for] цикла «for»
        [with] «with»
        [try] «try»
        [except] «except»
        [finally] «finally»
        [match] «match»
        [case] «case»
        [def] функции
       *[class] класса
    } со строки { $line } нужно писать с отступом: начните каждую с 4 пробелов. Если там пока ничего не должно происходить, напишите «pass».
python-parser-unexpected-indent = Эта строка написана с отступом, но она не внутри блока (блок идёт после строки, которая кончается на «:»). Уберите пробелы в её начале, чтобы она встала ровно под предыдущей строкой.
python-parser-unexpected-unindent = Отступ этой строки меньше, чем ожидал Python. Проверьте пробелы в начале этой строки и строки над ней.
python-parser-missing-parentheses = В Python 3 { $name } — это функция: то, что вы ей передаёте, пишите в скобках, например { $name }("Привет").
python-parser-positional-after-keyword = При вызове функции сначала пишут значения без имени, а потом значения с именем («имя=значение»). Перенесите это значение левее.
python-parser-positional-after-keyword-unpacking = При вызове функции значения без имени пишут до «**». Перенесите это значение левее.
python-parser-iterable-after-keyword-unpacking = При вызове функции «*» должна стоять раньше «**».
python-parser-unparenthesized-generator = Генератору «… for … in …» рядом с другими значениями в вызове нужны свои скобки.
python-parser-assignment-in-argument = В скобках вызова функции «=» может стоять только после имени параметра. Чтобы сравнить, пишите «==».
python-parser-non-default-after-default = Параметры без значения по умолчанию пишут раньше параметров со значением («имя=значение»). Перенесите этот параметр левее.
python-parser-parenthesized-parameters = Параметры пишут без собственных скобок: (a, b), а не ((a, b)).
python-parser-slash-first = Перед знаком «/» должен быть хотя бы один параметр.
python-parser-slash-twice = Знак «/» может стоять среди параметров только один раз.
python-parser-slash-after-star = Среди параметров «/» пишут раньше «*», через запятую.
python-parser-expected-default = После «=» у параметра должно быть значение по умолчанию, например «n=0».
python-parser-bare-star = После одинокой «*» среди параметров должен быть ещё хотя бы один параметр.
python-parser-star-parameter-default = У параметров с «*» или «**» не бывает значения по умолчанию.
python-parser-star-twice = Со «*» может начинаться только один параметр.
python-parser-parameter-after-double-star = Параметр с «**» должен быть последним.
python-parser-unpacking-in-comprehension = Значение перед «for» не может начинаться с «*» или «**». Уберите звёздочки.
python-parser-comprehension-target-parentheses = Несколько значений перед «for» нужно взять в скобки, например [(x, y) for x in a].
python-parser-starred-here = Здесь «*» и «**» не могут стоять одни в скобках.
python-parser-import-trailing-comma = Запятая в конце строки ждёт ещё одно имя. Уберите её или возьмите имена в скобки.
python-parser-unparenthesized-exception-types = Чтобы поймать ошибки нескольких видов, возьмите их в скобки: except (ValueError, TypeError):
python-parser-dictionary-colon = В словаре после каждого ключа идут «:» и значение, например {"{"}"яблоки": 3{"}"}.
python-parser-dictionary-value = Напишите значение после ключа словаря и «:».
python-parser-starred-dictionary-value = Значение в словаре не может начинаться с «*».
python-parser-mixed-bytes = Байты (b"…") и обычные строки нельзя склеивать.
python-parser-fstring-empty-expression = Фигурные скобки в f-строке не могут быть пустыми, пишите в них переменную, например f"{"{"}name{"}"}". Чтобы вывести саму скобку, напишите её дважды: {"{{"}.
python-parser-fstring-expression-required = Внутри фигурных скобок f-строки перед «{ $sign }» нужна переменная или выражение.
python-parser-too-complex = Здесь слишком глубокая вложенность для Python: слишком много скобок, операций или блоков друг в друге. Разбейте это на несколько простых строк с переменными.
