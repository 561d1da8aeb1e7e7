# Интерфейс на русском. Каждое сообщение есть и в kk.ftl, и в en.ftl,
# с теми же переменными (это проверяет тест). Термины: shared/GLOSSARY.md.

app-tagline = Программирование, анимация и роботы для школьных кружков

## Навигация
nav-home = Наборы уроков
header-language = Язык интерфейса
nav-settings = Настройки
nav-back-to-pack = Назад к урокам
skip-to-content = Перейти к содержимому

## Главная: наборы уроков
home-title = Наборы уроков
loading = Загрузка…

## Набор и его уроки
pack-author = Автор: { $author }
pack-ages = Возраст: { $youngest }–{ $oldest } лет
pack-level = { $level ->
    [beginner] Для начинающих
    [intermediate] Для тех, кто знает основы
   *[advanced] Продвинутый уровень
}
pack-lessons-title = Уроки
lesson-state-not-started = не начат
lesson-state-in-progress = в процессе
lesson-state-solved = решён
text-in-other-language = Этот текст пока не переведён на ваш язык.

## Страница урока
lesson-instructions = Задание
lesson-editor = Код
lesson-editor-label = Ваша программа
lesson-stage = Сцена
lesson-console = Вывод
lesson-console-empty = Здесь появится то, что выведет ваша программа.
lesson-run = Запустить
lesson-stop = Остановить
lesson-step = Шаг
lesson-stage-label = Сцена, где рисует программа и ездит робот
stage-save-picture = Сохранить рисунок

## Редактор кода и сохранение кода ученика
editor-keyboard-hint = Чтобы выйти из редактора кода с клавиатуры, нажмите Esc, а затем Tab.
editor-failed = Редактор кода не загрузился. Проверьте подключение и перезагрузите страницу.
editor-reset = Вернуть начальный код
editor-reset-question = Заменить ваш код начальным кодом урока? Свой код потом можно будет вернуть.
editor-reset-confirm = Да, заменить
editor-reset-cancel = Отмена
editor-reset-done = Начальный код возвращён.
editor-reset-undo = Вернуть мой код
saved-code-unreadable = Сохранённый раньше код этого урока не удалось прочитать, поэтому показан начальный код. Старая запись сохранена отдельно под ключом «{ $key }»: покажите это учителю.
saved-code-set-aside = Другая запись этого урока, которую не удалось прочитать, сохранена отдельно под ключом «{ $key }»: покажите это учителю. Ваш код сохранён.
save-failed-full = Код не сохранился: хранилище браузера заполнено. Код остаётся в редакторе; попросите учителя помочь освободить место.
save-failed-unavailable = Этот браузер не разрешает приложению ничего сохранять: код пропадёт, когда страница закроется.
save-failed-other = Код не сохранился ({ $detail }). Он остаётся в редакторе.

## Панель символов над редактором (названия для программ экранного доступа)
symbol-panel = Символы
symbol-digits = Цифры и знаки
symbol-round-open = Открывающая круглая скобка
symbol-round-close = Закрывающая круглая скобка
symbol-colon = Двоеточие
symbol-double-quote = Двойная кавычка
symbol-single-quote = Одинарная кавычка
symbol-equals = Знак равенства
symbol-square-open = Открывающая квадратная скобка
symbol-square-close = Закрывающая квадратная скобка
symbol-curly-open = Открывающая фигурная скобка
symbol-curly-close = Закрывающая фигурная скобка
symbol-underscore = Подчёркивание
symbol-less = Знак «меньше»
symbol-greater = Знак «больше»
symbol-hash = Решётка, начинает комментарий
symbol-plus = Знак «плюс»
symbol-minus = Знак «минус»
symbol-times = Знак умножения
symbol-divide = Знак деления
symbol-percent = Знак процента, остаток от деления

## Слова внутри редактора кода: панель поиска (Ctrl+F) и другие
editor-phrase-find = Найти
editor-phrase-replace = Заменить на
editor-phrase-next = следующее
editor-phrase-previous = предыдущее
editor-phrase-all = все
editor-phrase-match-case = учитывать регистр
editor-phrase-regexp = регулярное выражение
editor-phrase-by-word = целые слова
editor-phrase-replace-one = заменить
editor-phrase-replace-all = заменить все
editor-phrase-close = закрыть
editor-phrase-current-match = текущее совпадение
editor-phrase-on-line = в строке
editor-phrase-replaced-on-line = заменено совпадение в строке { $line }
editor-phrase-replaced-count = заменено совпадений: { $count }
editor-phrase-go-to-line = Перейти к строке
editor-phrase-go = перейти
editor-phrase-selection-deleted = Выделенный текст удалён
editor-phrase-control-character = Управляющий символ

## Настройки
settings-title = Настройки
settings-language = Язык интерфейса
settings-editor-font-size = Размер шрифта кода
settings-editor-font-size-hint = Для проектора или интерактивной доски выберите размер побольше.
settings-editor-font-preview = print("Привет, мир!")

## Не найдено
not-found-title = Здесь ничего нет
not-found-text = Этот адрес никуда не ведёт. Возможно, ссылку скопировали не полностью.
not-found-lesson = В этом наборе нет урока «{ $lesson }».
go-home = К наборам уроков

## Загрузка набора уроков
load-error-title = Не удалось открыть набор уроков
load-error-network = Файл не загрузился. Проверьте подключение и попробуйте ещё раз.
load-error-missing = Такого набора уроков нет: «{ $pack }».
load-error-broken = В наборе уроков ошибки; покажите их учителю:

## Когда ошибка в самом приложении
storage-unavailable = Этот браузер не даёт приложению ничего сохранять, поэтому ваш выбор забудется, когда страница закроется.

# The lesson's run: toolbar hints, console, status, errors and variables.
lesson-run-shortcut = Запустить программу (Ctrl+Enter)
lesson-stop-shortcut = Остановить программу (Esc)
console-input-label = Напиши строку для программы и нажми Enter
run-status-idle = Нажми «Запустить», чтобы начать программу.
run-status-running = Программа работает…
run-status-stepping = По шагам: следующей выполнится отмеченная строка. Нажми «Шаг» ещё раз.
run-status-waiting-for-input = Программа ждёт: напиши строку ниже и нажми Enter.
run-status-finished = Программа завершилась.
run-status-failed = Программа остановилась с ошибкой.
run-status-stopped = Ты остановил программу.
run-error-on-line = Ошибка в строке { $line }
run-variables = Переменные
run-variable-name = Имя
run-variable-type = Тип
run-variable-value = Значение
run-variable-more = … и ещё { $count }
run-speed = Скорость
run-speed-hint = Как быстро работает программа: на медленных скоростях отмечается каждая выполняемая строка (2, 8 или 30 строк в секунду).
run-speed-slow = Медленно
run-speed-medium = Средне
run-speed-fast = Быстро
run-speed-instant = Мгновенно
run-error-go-to-line = Показать эту строку в коде
console-output-cut = (Начало вывода не показано: он был очень длинным.)

# Completion
# The name screen readers give the list of suggested commands in the code editor.
editor-phrase-completions = Подсказки

## Проверка урока, подсказки
lesson-check = Проверить
copy-to-editor = В редактор
hints-title = Подсказки
hint-number = Подсказка { $number }
hint-show-first = Показать подсказку
hint-show-next = Следующая подсказка
checking-progress = Проверяю… { $done } из { $total }
check-results-title = Результаты проверки
check-results-close = Скрыть результаты
lesson-locked = Сначала реши: { $lessons }

## Открыть набор из файла или по ссылке
import-title = Открыть набор уроков
import-explanation = Учитель может дать набор файлом или ссылкой. Он сохранится в этом браузере.
import-from-file = Открыть из файла
import-from-link = Или вставь ссылку на набор:
import-link-button = Открыть
import-done = Набор «{ $title }» готов.
import-open = Перейти к урокам
import-file-too-large = Файл «{ $file }» слишком большой для набора уроков.
import-file-unreadable = Файл «{ $file }» не читается как текст.
import-link-failed = По этой ссылке набор не скачался. Проверь ссылку и подключение.
import-broken = В наборе ошибки, поэтому он не открыт. Покажи их учителю:
import-built-in-id = У встроенного набора уже есть идентификатор «{ $pack }»: измени идентификатор открываемого набора.
import-storage-failed = Набор не удалось сохранить: хранилище браузера заполнено или закрыто. Удали ненужный набор и попробуй снова.
imported-pack-size = Хранится в этом браузере: { $kilobytes } КБ
imported-pack-remove = Удалить
check-pack-link = Для учителя: проверить набор перед тем, как раздать

## Проверка набора учителем
check-pack-title = Проверка набора уроков
check-pack-explanation = Выберите файл набора или pack.toml вместе с файлами уроков. Каждая ошибка будет указана с местом, а каждое эталонное решение пройдёт проверки своего урока. Ничего не сохраняется.
check-pack-choose = Выбрать файлы
check-pack-problems = { $count ->
    [one] Найдена { $count } ошибка.
    [few] Найдено { $count } ошибки.
   *[other] Найдено { $count } ошибок.
}
check-pack-clean = В наборе «{ $title }» ошибок нет: уроков — { $count }, каждое решение проходит свои проверки.
check-pack-solution = решение проходит { $passed } из { $total } проверок
load-error-damaged = Файл пришёл повреждённым: { $detail }
robot-stage-label = Мир робота
robot-worlds = Миры
robot-world = Мир { $number }
robot-replay = ▶ Повтор
robot-pause = ⏸ Пауза
robot-slider = Шаги запуска
robot-step = Шаг { $step } из { $total }
robot-status = Робот в клетке ({ $x }, { $y }), смотрит { $direction ->
        [north] на север
        [east] на восток
        [south] на юг
       *[west] на запад
    }; в сумке: { $bag ->
        [unlimited] сколько угодно
       *[other] { $bag }
    }.
robot-goal-met = Цель достигнута!
robot-goal-not-met = Цель не достигнута: красные квадраты показывают, где.

## Прогресс: профили, файлы, хранилище
notice-close = Закрыть
storage-set-aside = { $count ->
    [one] Одну сохранённую запись не удалось прочитать. Её текст отложен под ключом «{ $keys }», так что ничего не потеряно: покажи это учителю. Всё остальное работает.
    [few] { $count } сохранённые записи не удалось прочитать. Их тексты отложены под ключами «{ $keys }», так что ничего не потеряно: покажи это учителю. Всё остальное работает.
   *[many] { $count } сохранённых записей не удалось прочитать. Их тексты отложены под ключами «{ $keys }», так что ничего не потеряно: покажи это учителю. Всё остальное работает.
}
storage-save-kept = Сохранить отложенный текст в файл
storage-newer-version = Твой прогресс здесь сохранила более новая версия Бастау (версия хранилища { $version }). Эта версия его не трогает; перезагрузи страницу, чтобы получить новую версию.
storage-migration-stopped = Не всю твою работу из прежней версии Бастау удалось перенести в новый формат: хранилище браузера заполнено. Ничего не удалено. Удали ненужный набор уроков и перезагрузи страницу.
profile-picker-title = Кто сегодня занимается?
profile-unnamed = Ученик { $number }
profile-solved = { $count ->
    [one] решён { $count } урок
    [few] решено { $count } урока
   *[many] решено { $count } уроков
}
profile-new-label = Я здесь впервые. Моё имя:
profile-new-start = Начать
profile-name-empty = Сначала напиши своё имя.
profile-name-too-long = Слишком длинное имя: не больше 40 букв.
profile-name-taken = На этом компьютере уже есть ученик с таким именем. Добавь первую букву фамилии.
profile-too-many = На этом компьютере уже 60 учеников. Попроси учителя удалить тех, кто ушёл.
profile-save-failed = Браузер не смог это сохранить: его хранилище заполнено или закрыто.
profiles-title = Ученики на этом компьютере
profiles-intro = У каждого ученика свои уроки, код, язык и размер шрифта. Выбери себя:
profiles-show-picker = Показать экран «кто занимается»
profiles-remove-title = Удалить ученика
profile-remove = Удалить
profile-remove-question = Удалить { $name } и весь его прогресс с этого компьютера? Если он ещё нужен, сначала сохрани его в файл.
profile-remove-confirm = Да, удалить
settings-pupils-link = Твоё имя и другие ученики на этом компьютере
settings-name = Моё имя
profile-name-label = Имя
profile-rename = Сохранить имя
profile-renamed = Имя сохранено.
settings-progress = Мой прогресс
settings-progress-hint = В школе браузеры часто очищают. Сохрани прогресс в файл (на флешку или в сообщения) и открой его дома или на следующем занятии: ничего не потеряется, а работа из обоих мест соединится.
progress-save = Сохранить мой прогресс в файл
progress-save-failed = Не удалось создать файл прогресса. Попробуй ещё раз или попроси учителя.
progress-open = Открыть прогресс из файла
progress-file-too-large = «{ $file }» слишком большой для файла прогресса.
progress-file-not-json = Это не файл прогресса: он повреждён или другого вида. Ничего не изменилось.
progress-file-foreign = Это не файл прогресса Бастау. Ничего не изменилось.
progress-file-newer = Этот файл сохранила более новая версия Бастау (версия { $version }). Перезагрузи страницу, чтобы получить новую версию, и открой файл снова. Ничего не изменилось.
progress-file-broken-lesson = Урок номер { $position } в этом файле повреждён, поэтому файл не открыт. Ничего не изменилось.
progress-open-failed = Не удалось сохранить прогресс: хранилище браузера закрыто. Ничего не изменилось.
progress-open-full = Хранилище браузера заполнено, поэтому из файла взята только часть. Удали ненужный набор уроков и открой файл снова: ничего из сохранённого не потеряно.
progress-opened = Прогресс открыт.
progress-summary-added = { $count ->
    [one] Добавлен { $count } новый урок.
    [few] Добавлено { $count } новых урока.
   *[many] Добавлено { $count } новых уроков.
}
progress-summary-taken = { $count ->
    [one] В { $count } уроке взят более новый код из файла.
   *[other] В { $count } уроках взят более новый код из файла.
}
progress-summary-solved = { $count ->
    [one] Пришёл { $count } решённый урок.
    [few] Пришло { $count } решённых урока.
   *[many] Пришло { $count } решённых уроков.
}
progress-summary-kept = { $count ->
    [one] { $count } урок здесь был не старее и остался как есть.
    [few] { $count } урока здесь были не старее и остались как есть.
   *[many] { $count } уроков здесь были не старее и остались как есть.
}
progress-summary-nothing-new = Ничего нового: всё из файла на этом компьютере уже было.
progress-summary-both = { $count ->
    [one] { $count } урок изменён и здесь, и в файле. Сохранены обе версии: открой урок и выбери, с какой продолжать.
    [few] { $count } урока изменены и здесь, и в файле. Сохранены обе версии: открой каждый и выбери, с какой продолжать.
   *[many] { $count } уроков изменены и здесь, и в файле. Сохранены обе версии: открой каждый и выбери, с какой продолжать.
}
saved-code-other-tab-kept = Этот урок менялся и в другой вкладке. Твой код здесь сохранён; код из другой вкладки лежит в прежних версиях под редактором.
saved-code-updated-elsewhere = Этот урок изменили в другой вкладке: теперь редактор показывает тот код.
version-choice-question = Этот урок изменён и на этом компьютере, и в файле прогресса. В редакторе код этого компьютера. Какой оставить?
version-choice-show-other = Показать код из файла
version-choice-keep-this = Оставить код этого компьютера
version-choice-take-other = Взять код из файла
versions-title = Прежние версии ({ $count })
versions-show = Показать код
versions-restore = Вернуть в редактор
version-reason-reset = перед возвратом к начальному коду
version-reason-other-tab = из другой вкладки
version-reason-not-chosen = заменённая
version-reason-checked = проверенная
home-continue = Продолжить с того места, где остановился
home-solved-of = Решено { $solved } из { $total }
pack-solved-of = Решено { $solved } из { $total }
settings-storage = Хранилище этого браузера
storage-used = Занято { $used } КБ из примерно { $total } КБ, которые браузер даёт сайту.
storage-kilobytes = { $kilobytes } КБ
storage-row-this-profile = Твой прогресс
storage-row-other-profiles = Прогресс других учеников
storage-row-earlier-versions = Прежние версии кода (удаляются первыми, когда места нет)
storage-row-imported-packs = Открытые наборы уроков
storage-row-set-aside = Записи, которые не удалось прочитать
storage-row-other = Настройки и прочее
storage-hint = Когда хранилище заполнено, первыми удаляются прежние версии кода; твой текущий код и решённые уроки не удаляются никогда. Время от времени сохраняй прогресс в файл.

## Учитель: таблица класса
class-csv-pupil = Ученик
class-csv-class = Класс
class-csv-pack-version = Версия набора
class-csv-solved = Решено (перепроверено)
class-recheck-failed = перепроверка не проходит
hand-in-not-json = Это не файл сданной работы: он повреждён или другого вида.
hand-in-foreign = Это не файл сданной работы Бастау.
hand-in-newer = Эту работу сохранила более новая версия Бастау (версия { $version }). Перезагрузи страницу, чтобы получить новую версию.
hand-in-no-name = В этой работе нет имени ученика.
hand-in-broken-lesson = Урок номер { $position } в этой работе повреждён, поэтому файл не открыт.

## Учитель: задания и сданные работы
teacher-link = Страница учителя: выдать набор, проверить работы
teacher-title = Страница учителя
teacher-intro = Выдайте набор уроков классу ссылкой или файлом, потом откройте здесь файлы сданных работ. Ничего никуда не отправляется: файлы переходят, только когда кто-то их сохраняет или открывает, а таблицы этой страницы хранятся в этом браузере.
teacher-pack = Набор уроков
teacher-pick-pack = Выберите набор…
teacher-assign = Выдать
teacher-class-name = Класс (например, 7Б)
teacher-class-list = Имена учеников, по одному в строке (можно оставить пустым: тогда ученики напишут имена сами)
teacher-make-assignment = Создать задание
teacher-assignment-link = Ссылка для учеников
teacher-save-assignment = Сохранить задание в файл
teacher-assignment-hint = Отправьте ссылку (мессенджер, чат класса) или, без общей сети, скопируйте файл на компьютеры учеников: они откроют его в разделе «Открыть набор уроков». Ваш собственный набор передаётся внутри ссылки и файла.
teacher-review = Работы класса
teacher-open-hand-ins = Открыть файлы работ
hand-in-other-pack = эта работа по другому набору уроков.
class-not-kept = Таблицу не удалось сохранить в этом браузере (хранилище заполнено или закрыто); она видна, пока открыта страница.
teacher-other-version = { " " }(версия набора { $version })
teacher-cell-facts = Проверок: { $attempts }. Открыто подсказок: { $hints }.
teacher-download-csv = Скачать таблицу (CSV для Excel)
teacher-clear = Очистить таблицу
teacher-rechecking = Решения проверяются заново: осталось { $count }…
assignment-title = Задание
assignment-broken = Эта ссылка или файл задания повреждены (может быть, обрезаны при пересылке). Попроси учителя прислать задание ещё раз.
assignment-newer = Это задание создано более новой версией Бастау. Перезагрузи страницу, чтобы получить новую версию.
assignment-pack-broken = Набор уроков внутри этого задания не открывается. Попроси учителя проверить его.
assignment-not-kept = Задание не удалось сохранить: хранилище браузера заполнено или закрыто.
assignment-for = Класс { $class }: { $pack }
assignment-hint = Реши уроки, потом нажми «Сдать работу» на странице набора и отдай файл учителю.
assignment-start = К урокам
hand-in-title = Задание для класса { $class }
hand-in-name = Моё имя
hand-in-pick-name = Выбери своё имя…
hand-in-button = Сдать работу
hand-in-name-first = Сначала выбери или напиши своё имя.
hand-in-saved = Работа сохранена в файл. Отдай его учителю (флешка, чат класса).

## Работа без интернета и сервер класса
offline-update-ready = Готова новая версия приложения. Ваша работа сохранена; при обновлении страница перезагрузится.
offline-update-now = Обновить сейчас
offline-network-address = Вы открыли приложение по адресу { $address }, с компьютера в сети класса. Оно работает, пока этот компьютер его раздаёт, но не без него.
offline-network-storage = Ваша работа сохраняется в этом браузере только для этого адреса: по другому адресу или на другом компьютере уроки будут выглядеть пустыми. Чтобы взять прогресс с собой, сохраните его в файл в настройках и откройте этот файл там.
offline-network-settings = Перейти в настройки
offline-kept = Приложение сохранено на этом компьютере: оно открывается без интернета.
offline-not-yet = Приложение ещё не сохранено на этом компьютере: откройте его ещё раз при включённом интернете, и оно будет открываться и без него.
settings-about = О приложении
settings-version = Версия { $version }

## Сервер класса (`sandbox serve`), в терминале учителя
server-serving = Бастау раздаётся (файлов: { $files }).
server-open-here = На этом компьютере откройте:
server-lan-open = Ученики в той же сети открывают:
server-no-lan = У этого компьютера нет адреса в локальной сети: подключите его к сети класса.
server-qr = Или отсканируйте планшетом:
server-lan-caution = По этим адресам приложение работает, только пока этот компьютер его раздаёт, и работа каждого ученика хранится для этого адреса: оставляйте тот же адрес или переносите прогресс через «Сохранить мой прогресс в файл».
server-loopback-only = Открыть можно только на этом компьютере; «sandbox serve --lan» раздаёт на сеть класса.
server-stop = Чтобы остановить, нажмите Ctrl+C или закройте это окно.
server-no-files = Этот sandbox собран без файлов приложения. Соберите его с ними командой «cargo xtask dist» (она пишет в target/dist/).
server-cannot-listen = Сервер не запустился ({ $error }); попробуйте другой порт: --port.
server-press-enter = Нажмите Enter, чтобы закрыть это окно.
canvas-label = Холст, на котором рисует анимация. Щёлкни по нему (или перейди на него клавишей Tab), чтобы управлять анимацией с клавиатуры.
canvas-frame-rate = { $fps } кадров в секунду
canvas-frame-rate-slow = { $fps } из { $wanted } кадров в секунду: draw() медленная
canvas-click-for-keys = Щёлкни по картинке, чтобы управлять клавишами
rover-stage-label = Поле, по которому ездит колёсный робот, его след и датчики
rover-play = Показать
rover-pause = Пауза
rover-speed = Скорость
rover-slider = Время заезда
rover-status = { $time } с из { $total } с · расстояние { $distance } см · свет { $light }
rover-bumped = бампер нажат

## Display settings: theme, text size, low-end mode (issue 15)
settings-theme = Цвета
settings-theme-device = Как на устройстве
settings-theme-standard = Обычные
settings-theme-high-contrast = Высокий контраст
settings-theme-hint = Высокий контраст: чёрный фон, белый и жёлтый текст, толстая рамка вокруг элемента в фокусе. «Как на устройстве» включает высокий контраст, когда его просят настройки самого компьютера.
settings-text-size = Размер текста
settings-text-size-hint = Увеличивает весь текст приложения. Размер шрифта кода выбирается выше, отдельно.
settings-low-end = Режим для слабых компьютеров
settings-low-end-toggle = Режим для слабого компьютера
settings-low-end-hint = Приложение рисует меньше: без теней и плавных переходов, роботы и анимации перерисовываются реже (анимация — не больше 30 кадров в секунду). Кнопка «Показать результат сразу» доводит повтор до конца мгновенно.
low-end-suggestion = На этом компьютере анимация идёт медленно. Режим для слабых компьютеров рисует меньше, и анимация пойдёт ровнее.
low-end-suggestion-turn-on = Включить режим для слабых компьютеров
low-end-suggestion-close = Нет, спасибо
stage-show-result-now = Показать результат сразу
check-result-passed = пройдено
check-result-failed = не пройдено
class-recheck-confirmed = перепроверено
class-recheck-pending = проверяется

## Доступность: шаги робота словами, сочетания клавиш, области страницы
## урока (задача 15)
robot-describe-moves = Описать шаги словами
robot-moves-title = Шаги робота по порядку
robot-moves-none = Робот ещё не двигался. Запусти программу, и его шаги появятся здесь.
robot-move = Шаг { $step }: { $action ->
        [move] перешёл в клетку ({ $x }, { $y }), смотрит { $direction ->
            [north] на север
            [east] на восток
            [south] на юг
           *[west] на запад
        }
        [turn-left] повернул налево, теперь смотрит { $direction ->
            [north] на север
            [east] на восток
            [south] на юг
           *[west] на запад
        }
        [turn-right] повернул направо, теперь смотрит { $direction ->
            [north] на север
            [east] на восток
            [south] на юг
           *[west] на запад
        }
        [pick] взял предмет в клетке ({ $x }, { $y }); там осталось предметов: { $items }
       *[put] положил предмет в клетку ({ $x }, { $y }); теперь там предметов: { $items }
    } (строка { $line }).
robot-moves-more = { $count ->
    [one] …и ещё { $count } шаг, здесь он не показан.
    [few] …и ещё { $count } шага, здесь они не показаны.
   *[other] …и ещё { $count } шагов, здесь они не показаны.
}
robot-move-crashed = Потом робот не смог идти дальше. { $reason }
lesson-output-label = Сцена и вывод
lesson-step-shortcut = Выполнить одну строку и остановиться (Ctrl+Shift+Enter)
keyboard-help-title = Сочетания клавиш
keyboard-help-run = Ctrl+Enter: запустить программу.
keyboard-help-step = Ctrl+Shift+Enter: выполнить одну строку и остановиться; нажми ещё раз для следующей строки.
keyboard-help-stop = Esc: остановить программу.
keyboard-help-leave-editor = Esc, затем Tab: выйти из редактора кода (внутри редактора Tab делает отступ строки).
keyboard-help-indent = Tab и Shift+Tab в редакторе: сдвинуть строку вправо или влево.
keyboard-help-suggestions = Вверх, Вниз и Enter: выбрать подсказанную команду; Esc закрывает список.
keyboard-help-find = Ctrl+F: найти в коде.
keyboard-help-comment = Ctrl+/: превратить строки в комментарии и обратно.
keyboard-help-undo = Ctrl+Z и Ctrl+Y: отменить и вернуть изменение.
keyboard-help-slider = Стрелки влево и вправо на ползунке робота: шаг назад или вперёд.
keyboard-help-canvas = Перейди клавишей Tab на картинку анимации: тогда программа слышит твои клавиши.
keyboard-help-skip = Tab в начале страницы: «Перейти к содержимому».
