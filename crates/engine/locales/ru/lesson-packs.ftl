# Наборы уроков по-русски: ошибки набора (для учителя, который его написал)
# и результаты проверок урока (для ученика). Каждое сообщение есть и в
# ../kk и ../en, с теми же переменными.

## Ошибки набора
pack-error-syntax = Файл не читается: { $detail }
pack-error-unknown-field = Неизвестное поле «{ $field }». Здесь допустимы поля: { $expected }.
pack-error-unknown-value = Неизвестное значение «{ $value }». Допустимые значения: { $expected }.
pack-error-missing-field = Нет поля «{ $field }».
pack-error-wrong-type = Здесь должен быть { $expected ->
    [text] текст в кавычках
    [list] список в квадратных скобках
    [boolean] true или false
    [number] целое число, 0 или больше
    [decimal] число, например 1 или 0.5
   *[table] таблица
}.
pack-error-bad-id = В идентификаторе «{ $id }» можно использовать только строчные латинские буквы, цифры и дефисы (от 1 до 64 знаков).
pack-error-bad-version = Версия должна быть коротким текстом, например "1.0".
pack-error-no-languages = В «languages» набор должен назвать хотя бы один язык.
pack-error-default-language-not-offered = Основного языка «{ $language }» нет среди языков набора («languages»).
pack-error-bad-ages = Возраст — это два числа, сначала младший, например [10, 14].
pack-error-no-lessons = В наборе нет уроков.
pack-error-duplicate-lesson = У двух уроков одинаковый идентификатор «{ $id }».
pack-error-unknown-required-lesson = Урок «{ $lesson }» требует «{ $required }», но это не один из предыдущих уроков набора.
pack-error-file-and-fields = Урок «{ $lesson }» ссылается на файл «{ $file }», но поля урока есть и здесь: держите их в файле.
pack-error-bad-file-name = «{ $file }» не подходит как имя файла урока: используйте буквы, цифры, «-», «_», окончание «.toml» и папку набора.
pack-error-missing-file = Файла урока «{ $file }» нет в наборе.
pack-error-manifest-field-in-lesson = «{ $field }» пишется в pack.toml, а не в файле урока.
pack-error-bad-command = Команда { $command } пустая или слишком длинная: команда — одна строка от 1 до { $limit } знаков.
pack-error-bad-work-budget = «work_budget» должен быть от 1 до { $limit }.
pack-error-no-checks = У урока «{ $lesson }» нет проверок, его нельзя решить.
pack-error-bad-function-name = «{ $name }» — не имя в Python.
pack-error-bad-arguments = Аргументы «{ $arguments }» — не правильный Python.
pack-error-bad-returns = Ожидаемое значение «{ $returns }» — не правильный Python.
pack-error-returns-or-raises = Проверке «call» нужно ровно одно из полей «returns» и «raises».
pack-error-construct-or-call = Этому правилу нужно ровно одно из полей «construct» и «call».
pack-error-zero-lines = «lines» должно быть не меньше 1.
pack-error-check-needs-turtle = Проверка «{ $kind }» сравнивает рисунки черепахи: ей нужен урок с kind = "turtle".
pack-error-bad-tolerance = «tolerance» должно быть числом больше 0 и не больше 100 (шаги черепахи или градусы для направления).
pack-error-bad-overlap = «at_least» должно быть долей больше 0 и не больше 1, например 0.95.
pack-error-missing-language = В «{ $field }» нет текста на «{ $language }», а набор этот язык предлагает.
pack-error-language-not-offered = В «{ $field }» есть текст на «{ $language }», но этого языка нет в «languages» набора.
pack-error-solution-fails = Решение урока «{ $lesson }» не проходит свою проверку { $check }.
pack-error-starter-passes = Начальный код урока «{ $lesson }» уже проходит все проверки, так урок ничему не научит.
pack-error-raw-html = Урок «{ $lesson }» ({ $language }): HTML в тексте показывается как обычный текст и никогда не выполняется.
pack-error-unsafe-link = Урок «{ $lesson }» ({ $language }): ссылка «{ $detail }» убрана; остаются только ссылки http, https, mailto и #якоря.
pack-error-image-outside-pack = Урок «{ $lesson }» ({ $language }): картинка «{ $detail }» — не файл набора, она не показывается.

## Проверки урока, как их видит ученик
check-all-passed = Все проверки пройдены: урок решён!
check-summary = Пройдено проверок: { $passed } из { $total }.
check-example = Пример { $number }
check-hidden = Скрытый тест { $number }
check-call = Вызов { $call }
check-rule = Правило
check-input = Ввод
check-expected = Ожидалось
check-got = Твоя программа вывела
check-nothing-printed = (ничего)
check-not-valid = Программа пока не запускается: сначала исправь ошибку в строке { $line }.
check-wrong-output = Вывод отличается. Первая отличающаяся строка — строка { $line }.
check-wrong-output-hidden = Вывод отличается от того, что ждёт этот скрытый тест.
check-wrong-result = Получено { $got }, а ожидалось { $expected }.
check-wrong-result-hidden = Функция дала не тот результат, которого ждёт этот скрытый тест.
check-printed-instead = Функция вывела ответ через print, а не вернула его: используй «return».
check-did-not-raise = Здесь должна была возникнуть ошибка { $expected }, а функция вернула { $got }.
check-failed = Программа остановилась с ошибкой в строке { $line }: { $error }
check-failed-call = Вызов остановился с ошибкой: { $error }
check-failed-outside = Код вне твоей функции остановился с ошибкой в строке { $line }: { $error }. В этом уроке вся работа должна быть внутри функции.
check-missing-function = В программе нет функции «{ $function }». Определи её: «def { $function }(...):».
check-too-much-work = Программа работала слишком долго и была остановлена. Нет ли цикла, который никогда не кончается?
check-needs-more-input = Программа попросила больше ввода, чем даёт этот тест. Не вызывает ли она input() слишком много раз?
check-must-use = В этом уроке нужно использовать { $what }.
check-must-not-use = В этом уроке нельзя использовать { $what } (строка { $line }).
check-too-many-lines = В программе { $lines } строк кода; в этом уроке можно не больше { $limit }.
check-drawing = Рисунок
check-pose = Где остановилась черепаха
check-picture = Картинка
check-drawing-differs = Рисунок не совпадает с образцом. Не хватает линий: { $missing }; лишних линий: { $extra }. На холсте недостающие линии показаны красным пунктиром, лишние — оранжевым.
check-drawing-colors-differ = Линии на своих местах, но цвет некоторых не такой, как в образце. На холсте линии, которые нужно перекрасить, показаны красным пунктиром.
check-pose-place = Черепаха должна остановиться в точке ({ $x }, { $y }), а остановилась в ({ $got_x }, { $got_y }). Эта точка отмечена на холсте.
check-pose-heading = В конце черепаха должна смотреть на { $heading }° (0° — восток, 90° — север), а смотрит на { $got }°.
check-pose-pen = { $down ->
    [yes] В конце перо должно быть опущено (pendown).
   *[no] В конце перо должно быть поднято (penup).
}
check-picture-differs = Твоя картинка совпадает с образцом на { $percent }%, а нужно { $needed }%. Образец виден бледно под твоим рисунком.
check-reference-fails = Решение самого урока не работает, поэтому твою программу не с чем сравнить. Скажи учителю.
check-construct = { $construct ->
    [loop] цикл (for или while)
    [for_loop] цикл for
    [while_loop] цикл while
    [if] if
    [function] свою функцию (def)
    [recursion] рекурсию (функцию, которая вызывает саму себя)
    [return] return
    [comprehension] генератор списка
    [f_string] f-строку
    [try] try … except
    [import] import
    [class] свой класс
    [with] with
   *[match] match … case
}
check-function-call = функцию { $name }()
pack-error-robot-variant-count = У задачи бывает от 1 до { $limit } вариантов мира.
pack-error-robot-bad-size = Ширина и высота мира — целые числа от 1 до { $limit }.
pack-error-robot-cell-outside = Клетка ({ $x }, { $y }) вне мира шириной { $width } и высотой { $height } клеток; (1, 1) — левая нижняя клетка.
pack-error-robot-bad-count = Количество — целое число от 0 до { $limit } или диапазон вроде [1, 5], где первое число не больше второго.
pack-error-robot-bad-length = Длина стены (“length”) — не меньше 1.
pack-error-robot-wall-on-edge = Сторона “{ $side }” клетки ({ $x }, { $y }) — край мира, а там стена есть всегда: эту стену писать не нужно.
pack-error-robot-bad-corner = “to_x” и “to_y” — правый верхний угол прямоугольника, они не могут быть меньше “x” и “y”.
pack-error-robot-goal-conflict = Цель с “no_items_left = true” не может задавать ещё и “items”.
pack-error-robot-empty-goal = Эта цель ничего не требует: задай клетку робота, его направление, предметы или сумку.
pack-error-world-needs-robot = Мир (“world”) бывает только у урока с kind = "robot".
pack-error-check-needs-robot = Проверка “goal” проверяет мир робота: ей нужен урок с kind = "robot".
check-goal = Цель в каждом мире
check-robot-items = Мир { $variant }: в конце в клетке ({ $x }, { $y }) должно быть предметов: { $expected }, а их: { $got }.
check-robot-cell = Мир { $variant }: робот должен закончить в клетке ({ $x }, { $y }), а он в ({ $got_x }, { $got_y }).
check-robot-facing = Мир { $variant }: в конце робот должен смотреть { $direction ->
        [north] на север
        [east] на восток
        [south] на юг
       *[west] на запад
    }, а смотрит { $got ->
        [north] на север
        [east] на восток
        [south] на юг
       *[west] на запад
    }.
check-robot-bag = Мир { $variant }: в конце в сумке должно быть предметов: { $expected }, а в ней { $got ->
        [unlimited] сколько угодно
       *[other] { $got }
    }.
check-robot-crash = Мир { $variant }, строка { $line }: { $crash ->
        [wall] робот в клетке ({ $x }, { $y }) врезался в стену, глядя { $direction ->
        [north] на север
        [east] на восток
        [south] на юг
       *[west] на запад
    }.
        [nothing-to-pick] робот хотел взять предмет в клетке ({ $x }, { $y }), а там ничего нет.
        [bag-empty] робот хотел положить предмет в клетке ({ $x }, { $y }), а его сумка пуста.
       *[too-many-items] в клетке или в сумке стало бы больше { $limit } предметов.
    }
check-robot-error = Мир { $variant }: программа остановилась на строке { $line } с ошибкой { $error }.
check-robot-too-much-work = Мир { $variant }: программа работала слишком долго и была остановлена. Нет ли цикла, из которого робот не выходит?
check-robot-needs-input = Мир { $variant }: программа ждёт ввода с клавиатуры, а программа робота его не получает.
robot-report-goal-met = Мир { $variant }: цель достигнута (шагов: { $steps }).
robot-report-no-goal = Мир { $variant }: цели для проверки нет; робот закончил в клетке ({ $x }, { $y }), глядя { $direction ->
        [north] на север
        [east] на восток
        [south] на юг
       *[west] на запад
    }, сделав шагов: { $steps }.
pack-error-check-needs-animation = Проверка “{ $kind }” запускает анимацию кадр за кадром: ей нужен урок с kind = "animation".
pack-error-bad-frame = “frame” — целое число от 1 до { $largest }.
pack-error-bad-input-entry = Запись ввода “{ $entry }” непонятна. Напиши номер кадра и действие: "12 key right", "12 key_down left", "30 key_up left", "5 mouse 100 200", "5 click 100 200", "5 mouse_down 100 200", "9 mouse_up 100 200".
pack-error-bad-condition = Условие “{ $condition }” — не одно выражение Python в одну строку.
check-frame = Кадр { $frame }
check-no-animation = Программа закончилась после { $frames } кадров: анимации нужны `from canvas import *` и функция `draw()`, которая рисует каждый кадр.
check-condition-false = После кадра { $frame } должно быть верно: { $condition }. А получилось { $got }.
check-frame-missing = В этом кадре должна быть ещё фигура { $shape }: у тебя её нет или она в другом месте.
check-frame-extra = В этом кадре нарисована фигура { $shape }, которой там быть не должно.
check-condition-false-message = { $message } (После кадра { $frame } { $condition } — это { $got }.)
check-frame-color = Все фигуры на местах, но у фигуры { $shape } должны быть другие цвета.
pack-error-field-needs-rover = «field» — поле, по которому ездит колёсный робот: ему нужен урок с kind = "rover".
pack-error-rover-start-blocked = Робот не может стартовать здесь: его круглый корпус (радиус { $radius } см) задел бы стену или вышел за поле.
pack-error-rover-too-many = На поле может быть не больше { $limit } таких элементов.
pack-error-rover-number-range = Это число должно быть от { $least } до { $most }.
pack-error-rover-unknown-color = «{ $color }» — не цвет: напиши название, например "red", "black", "красный", или код вроде "#ff8800".
pack-error-rover-points = Фигуре нужно от { $least } до { $most } точек, каждая — [x, y].
pack-error-rover-point = Точка — это два числа: [x, y].
pack-error-rover-unknown-zone = Цель называет зону «{ $zone }», но на поле нет зоны такого цвета.
pack-error-rover-no-line = Цель — ехать по линии, но на поле нет линии.
check-rover-goal = Цель на поле
check-rover-touched = Робот задел стену через { $seconds } с: ничего задевать нельзя.
check-rover-not-in-zone = Робот должен остановиться в зоне «{ $zone }».
check-rover-left-line = Робот сошёл с линии: он не доехал до точки { $point } из { $of } на ней.
check-rover-far-from-wall = Робот остановился в { $distance } см от стены, а можно не дальше { $allowed } см.
check-rover-ended-elsewhere = Робот должен закончить в точке ({ $x }, { $y }), а закончил в ({ $got_x }, { $got_y }).
