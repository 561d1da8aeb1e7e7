# Ошибки во время работы программы (python/vm/), объяснения для ученика.
# У каждого типа исключения есть общее объяснение; у некоторых ошибок — точное.

python-runtime-exception = Программа остановилась из-за ошибки. Прочитай сообщение и посмотри на отмеченную строку.
python-runtime-zero-division-error = Деление на ноль: число нельзя делить на 0. Проверь делитель перед делением.
python-runtime-overflow-error = Число стало слишком большим для этого вычисления.
python-runtime-assertion-error = Проверка «assert» не прошла: условие после «assert» ложно.
python-runtime-attribute-error = У этого значения нет такого метода или атрибута. Проверь написание и тип значения.
python-runtime-eof-error = «input()» ждал ещё одну строку, но ввод закончился.
python-runtime-import-error = Этот модуль здесь нельзя импортировать.
python-runtime-index-error = Индекс за пределами списка или строки: позиции идут от 0 до длины минус один.
python-runtime-key-error = В словаре нет такого ключа. Проверь ключ или используй «.get()».
python-runtime-lookup-error = Для этого ключа или индекса элемент не найден.
python-runtime-memory-error = Программе нужно больше памяти, чем позволяет песочница. Возможно, список или число растёт бесконечно.
python-runtime-name-error = Python не знает этого имени. Сначала дай переменной значение или проверь написание.
python-runtime-unbound-local-error = Переменная используется внутри функции раньше, чем получила там значение.
python-runtime-recursion-error = Функция вызывает саму себя слишком много раз. Проверь, что у рекурсии есть случай, где она останавливается.
python-runtime-not-implemented-error = Эта часть ещё не написана.
python-runtime-type-error = Операция не подходит к типу этого значения (число, строка, список...). Проверь, какого типа значения.
python-runtime-value-error = Тип значения правильный, но содержимое не подходит.
python-runtime-stop-iteration = У итератора больше нет элементов.
python-runtime-keyboard-interrupt = Программу остановили.
python-runtime-system-exit = Программа сама завершила работу.
python-runtime-not-supported-yet = Песочница пока не поддерживает { $feature }. Реши задачу другим способом.
python-runtime-work-limit = Программа сделала слишком много работы и была остановлена. Возможно, цикл никогда не заканчивается: проверь его условие.
python-runtime-output-limit = Программа напечатала слишком много и была остановлена. Возможно, print стоит в бесконечном цикле.

## Точные объяснения.
python-runtime-unbound-local = Переменная «{ $name }» используется раньше, чем получила здесь значение. Если это внешняя переменная, напиши «global { $name }» в начале функции; иначе сначала дай ей значение.
python-runtime-name-not-defined = Python не знает имени «{ $name }». Дай ему значение перед использованием или проверь написание.
python-runtime-name-error-did-you-mean = Python не знает имени «{ $name }». Может быть, ты имел в виду «{ $suggestion }»?
python-runtime-name-error-other-keyboard = Python не знает имени «{ $name }»: некоторые буквы набраны в другой раскладке клавиатуры ({ $letters }). Может быть, ты имел в виду «{ $suggestion }»? Переключи раскладку и набери их заново.
python-runtime-not-callable = Значение типа «{ $type }» — не функция, его нельзя вызвать скобками «( )». Возможно, перед скобкой пропущен знак, например «*», или переменная названа так же, как функция.
python-runtime-unexpected-keyword = У функции «{ $function }» нет параметра «{ $keyword }». Проверь имя перед «=».
python-runtime-too-many-arguments = Функция «{ $function }» принимает аргументов: { $expected }, а передано: { $given }. Убери лишние.
python-runtime-missing-arguments = Функции «{ $function }» не хватает аргументов: нет { $names }. Передай значение для каждого параметра.
python-runtime-raise-non-exception = Вызвать (raise) можно только исключение, например «raise ValueError("...")».
python-runtime-cannot-unpack = Значение типа «{ $type }» нельзя разложить по нескольким переменным. Проверь, что стоит справа от «=».
python-runtime-too-many-values-to-unpack = Значений { $given }, а переменных для них только { $expected }. Сделай их число одинаковым.
python-runtime-not-enough-values-to-unpack = Переменных { $expected }, а значений для них только { $given }. Сделай их число одинаковым.
python-runtime-module-not-offered = В песочнице нет модуля «{ $module }». Можно импортировать math, random и time.
python-runtime-class-takes-no-arguments = У класса «{ $class }» нет метода «__init__», поэтому объект создаётся без аргументов: «{ $class }()». Чтобы передавать значения при создании объекта, напиши в классе «def __init__(self, ...):».
python-runtime-special-method-limit = Метод «{ $name }» работал слишком долго, пока Python выполнял одно действие (печать, сравнение или сортировку). Поищи в нём бесконечный цикл или метод, который вызывает сам себя.
python-runtime-cannot-import-name = В модуле «{ $module }» нет «{ $name }». Проверь написание или посмотри, что есть в модуле (редактор подсказывает после «{ $module }.»).
python-runtime-cannot-set-attribute = Значению типа «{ $type }» нельзя добавить новый атрибут «{ $name }». Храни значение в переменной или сделай свой класс для него.
python-runtime-turtle-no-shape = У черепахи нет формы «{ $shape }». Есть такие формы: arrow, turtle, circle, square, triangle, classic.
python-runtime-turtle-too-much = Черепаха нарисовала уже 200 000 раз, и рисунок на этом остановлен. Поищи цикл, который никогда не кончается.
python-runtime-turtle-needs-number = «{ $command }» ждёт число, а получило значение типа «{ $type }». Если число вводили с клавиатуры, сначала преобразуй его через int() или float().
python-runtime-turtle-bad-color = Черепаха не знает цвет { $color }. Используй название, например "red" или "красный", код, например "#ff8800", или три числа от 0 до 1.
python-runtime-robot-crash = { $crash ->
        [wall] Робот в клетке ({ $x }, { $y }) смотрит { $direction ->
        [north] на север
        [east] на восток
        [south] на юг
       *[west] на запад
    }, и прямо перед ним стена. Проверь впереди_свободно() (front_is_clear()) перед вперёд() (move()).
        [nothing-to-pick] В клетке ({ $x }, { $y }) нет предмета, который можно взять. Проверь есть_предмет() (item_here()) перед взять() (pick()).
        [bag-empty] Сумка робота пуста, и в клетку ({ $x }, { $y }) нечего положить. Проверь предметов_в_сумке() (items_in_bag()) перед положить() (put()).
       *[too-many-items] В клетке или в сумке может быть не больше { $limit } предметов.
    }
python-runtime-robot-too-many-steps = Робот сделал уже 100 000 шагов, и запуск на этом остановлен. Поищи цикл, который никогда не кончается.
python-runtime-robot-no-turn-right = В этом уроке у робота нет направо() (turn_right()): напиши её сам из трёх налево() (turn_left()).
python-runtime-canvas-not-finite = «{ $command }» нужно обычное число, а это бесконечность или «не число» (nan). Поищи деление на число, очень близкое к нулю.
python-runtime-canvas-bad-color = Холст не знает цвет { $color }. Напиши название, например "red" или "красный", код вроде "#ff8800", серый от 0 до 255 или три числа от 0 до 255 (красный, зелёный, синий), а четвёртым — прозрачность, если нужно.
python-runtime-canvas-too-many-shapes = Один кадр уже нарисовал { $limit } фигур: анимация останавливается. Поищи в draw() цикл, который не заканчивается.
python-runtime-canvas-bad-points = polygon() нужен список точек, каждая — пара (x, y): polygon([(10, 10), (50, 10), (30, 40)]).
python-runtime-canvas-bad-size = size() принимает ширину и высоту, каждую от 1 до { $largest } пикселей.
python-runtime-canvas-push-too-deep = push() вызвана много раз без pop(): каждой push() нужна своя pop().
python-runtime-canvas-pop-without-push = pop() возвращает то, что сохранила push(), но в этом кадре push() перед ней не было.
python-runtime-rover-time-up = Время робота вышло: в этой задаче у него { $seconds } секунд. Может быть, он ждёт того, что никогда не случится, или едет слишком медленно.
python-runtime-rover-bad-sensor = «{ $command }» читает один из трёх датчиков под роботом: "left", "center" или "right".
