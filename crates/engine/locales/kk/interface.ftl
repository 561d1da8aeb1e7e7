# Интерфейс қазақша. Әр хабар ru.ftl мен en.ftl файлдарында да бар,
# айнымалылары бірдей (мұны тест тексереді). Терминдер: shared/GLOSSARY.md.

app-tagline = Мектеп үйірмелеріне арналған бағдарламалау, анимация және роботтар

## Навигация
nav-home = Сабақтар жинақтары
header-language = Интерфейс тілі
nav-settings = Баптаулар
nav-back-to-pack = Сабақтарға оралу
skip-to-content = Мазмұнға өту

## Басты бет: сабақтар жинақтары
home-title = Сабақтар жинақтары
loading = Жүктелуде…

## Жинақ және оның сабақтары
pack-author = Авторы: { $author }
pack-ages = Жасы: { $youngest }–{ $oldest }
pack-level = { $level ->
    [beginner] Бастаушыларға
    [intermediate] Негіздерін білетіндерге
   *[advanced] Жоғары деңгей
}
pack-lessons-title = Сабақтар
lesson-state-not-started = басталмаған
lesson-state-in-progress = орындалуда
lesson-state-solved = шешілді
text-in-other-language = Бұл мәтін әзірге сіздің тіліңізге аударылмаған.

## Сабақ беті
lesson-instructions = Тапсырма
lesson-editor = Код
lesson-editor-label = Сіздің бағдарламаңыз
lesson-stage = Сахна
lesson-console = Шығару
lesson-console-empty = Бағдарламаңыз шығарған мәтін осында көрінеді.
lesson-run = Іске қосу
lesson-stop = Тоқтату
lesson-step = Қадам
lesson-stage-label = Бағдарлама сурет салатын және робот жүретін сахна
stage-save-picture = Суретті сақтау

## Код редакторы және оқушы кодын сақтау
editor-keyboard-hint = Код редакторынан пернетақтамен шығу үшін алдымен Esc, содан кейін Tab пернесін басыңыз.
editor-failed = Код редакторы жүктелмеді. Байланысты тексеріп, бетті қайта жүктеңіз.
editor-reset = Бастапқы кодты қайтару
editor-reset-question = Кодыңызды сабақтың бастапқы кодымен ауыстырасыз ба? Кейін өз кодыңызды қайтара аласыз.
editor-reset-confirm = Иә, ауыстыру
editor-reset-cancel = Бас тарту
editor-reset-done = Бастапқы код қайтарылды.
editor-reset-undo = Менің кодымды қайтару
saved-code-unreadable = Осы сабаққа бұрын сақталған кодты оқу мүмкін болмады, сондықтан бастапқы код көрсетілді. Ескі жазба «{ $key }» кілтімен бөлек сақталды: мұны мұғаліміңізге көрсетіңіз.
saved-code-set-aside = Осы сабақтың оқылмайтын басқа жазбасы «{ $key }» кілтімен бөлек сақталды: мұны мұғаліміңізге көрсетіңіз. Кодыңыз сақталды.
save-failed-full = Кодыңыз сақталмады: браузердің жады толып қалған. Код әлі редакторда тұр; орын босатуға мұғаліміңізден көмек сұраңыз.
save-failed-unavailable = Бұл браузер қосымшаға ештеңе сақтауға рұқсат бермейді: бет жабылғанда кодыңыз жоғалады.
save-failed-other = Кодыңыз сақталмады ({ $detail }). Код әлі редакторда тұр.

## Редактордың үстіндегі таңбалар панелі (экран оқу бағдарламаларына арналған атаулар)
symbol-panel = Таңбалар
symbol-digits = Сандар мен белгілер
symbol-round-open = Ашылатын дөңгелек жақша
symbol-round-close = Жабылатын дөңгелек жақша
symbol-colon = Қос нүкте
symbol-double-quote = Қос тырнақша
symbol-single-quote = Дара тырнақша
symbol-equals = Теңдік белгісі
symbol-square-open = Ашылатын тік жақша
symbol-square-close = Жабылатын тік жақша
symbol-curly-open = Ашылатын бұйра жақша
symbol-curly-close = Жабылатын бұйра жақша
symbol-underscore = Астыңғы сызық
symbol-less = «Кіші» белгісі
symbol-greater = «Үлкен» белгісі
symbol-hash = Тор белгісі, түсініктемені бастайды
symbol-plus = Қосу белгісі
symbol-minus = Алу белгісі
symbol-times = Көбейту белгісі
symbol-divide = Бөлу белгісі
symbol-percent = Пайыз белгісі, бөлудің қалдығы

## Код редакторының ішіндегі сөздер: іздеу панелі (Ctrl+F) және басқалар
editor-phrase-find = Іздеу
editor-phrase-replace = Ауыстыратын мәтін
editor-phrase-next = келесі
editor-phrase-previous = алдыңғы
editor-phrase-all = барлығы
editor-phrase-match-case = бас әріпті ескеру
editor-phrase-regexp = тұрақты өрнек
editor-phrase-by-word = тұтас сөз
editor-phrase-replace-one = ауыстыру
editor-phrase-replace-all = барлығын ауыстыру
editor-phrase-close = жабу
editor-phrase-current-match = ағымдағы сәйкестік
editor-phrase-on-line = жолда
editor-phrase-replaced-on-line = { $line }-жолдағы сәйкестік ауыстырылды
editor-phrase-replaced-count = ауыстырылған сәйкестіктер: { $count }
editor-phrase-go-to-line = Жолға өту
editor-phrase-go = өту
editor-phrase-selection-deleted = Белгіленген мәтін өшірілді
editor-phrase-control-character = Басқару таңбасы

## Баптаулар
settings-title = Баптаулар
settings-language = Интерфейс тілі
settings-editor-font-size = Код қарпінің өлшемі
settings-editor-font-size-hint = Проектор немесе интерактивті тақта үшін үлкенірек өлшемді таңдаңыз.
settings-editor-font-preview = print("Сәлем, әлем!")

## Табылмады
not-found-title = Мұнда ештеңе жоқ
not-found-text = Бұл мекенжай ешқайда апармайды. Сілтеме толық көшірілмеген болуы мүмкін.
not-found-lesson = Бұл жинақта «{ $lesson }» деген сабақ жоқ.
go-home = Сабақтар жинақтарына

## Сабақтар жинағын жүктеу
load-error-title = Сабақтар жинағын ашу мүмкін болмады
load-error-network = Файл жүктелмеді. Байланысты тексеріп, қайталап көріңіз.
load-error-missing = Мұндай сабақтар жинағы жоқ: «{ $pack }».
load-error-broken = Сабақтар жинағында қателер бар; оларды мұғаліміңізге көрсетіңіз:

## Қосымшаның өзінде қате болғанда
storage-unavailable = Бұл браузер қосымшаға ештеңе сақтауға рұқсат бермейді, сондықтан бет жабылғанда таңдауыңыз ұмытылады.

# The lesson's run: toolbar hints, console, status, errors and variables.
lesson-run-shortcut = Бағдарламаны іске қосу (Ctrl+Enter)
lesson-stop-shortcut = Бағдарламаны тоқтату (Esc)
console-input-label = Бағдарламаға жол жазып, Enter бас
run-status-idle = Бағдарламаны бастау үшін «Іске қосу» батырмасын бас.
run-status-running = Бағдарлама жұмыс істеп тұр…
run-status-stepping = Қадаммен: келесі белгіленген жол орындалады. «Қадам» батырмасын тағы бас.
run-status-waiting-for-input = Бағдарлама күтіп тұр: төменге жол жазып, Enter бас.
run-status-finished = Бағдарлама аяқталды.
run-status-failed = Бағдарлама қатемен тоқтады.
run-status-stopped = Сен бағдарламаны тоқтаттың.
run-error-on-line = { $line }-жолда қате
run-variables = Айнымалылар
run-variable-name = Аты
run-variable-type = Түрі
run-variable-value = Мәні
run-variable-more = … және тағы { $count }
run-speed = Жылдамдық
run-speed-hint = Бағдарлама қаншалықты жылдам жұмыс істейді: баяу жылдамдықтарда орындалып жатқан әр жол белгіленеді (секундына 2, 8 немесе 30 жол).
run-speed-slow = Баяу
run-speed-medium = Орташа
run-speed-fast = Жылдам
run-speed-instant = Лезде
run-error-go-to-line = Бұл жолды кодтан көрсету
console-output-cut = (Шығарылғанның басы көрсетілмеген: ол өте ұзын болды.)

# Completion
# The name screen readers give the list of suggested commands in the code editor.
editor-phrase-completions = Ұсыныстар

## Сабақты тексеру, кеңестер
lesson-check = Тексеру
copy-to-editor = Редакторға
hints-title = Кеңестер
hint-number = { $number }-кеңес
hint-show-first = Кеңес көрсету
hint-show-next = Келесі кеңес
checking-progress = Тексеріп жатырмын… { $total } ішінен { $done }
check-results-title = Тексеру нәтижесі
check-results-close = Нәтижені жасыру
lesson-locked = Алдымен шеш: { $lessons }

## Жинақты файлдан не сілтемеден ашу
import-title = Сабақтар жинағын ашу
import-explanation = Мұғалім жинақты файл не сілтеме ретінде бере алады. Ол осы браузерде сақталады.
import-from-file = Файлдан ашу
import-from-link = Не жинақтың сілтемесін қой:
import-link-button = Ашу
import-done = «{ $title }» жинағы дайын.
import-open = Сабақтарына өту
import-file-too-large = «{ $file }» файлы сабақтар жинағы үшін тым үлкен.
import-file-unreadable = «{ $file }» файлы мәтін ретінде оқылмады.
import-link-failed = Бұл сілтемеден жинақ жүктелмеді. Сілтеме мен байланысты тексер.
import-broken = Жинақта қателер бар, сондықтан ол ашылмады. Оларды мұғаліміңе көрсет:
import-built-in-id = «{ $pack }» идентификаторы кірістірілген жинақта бар: ашып жатқан жинақтың идентификаторын өзгерт.
import-storage-failed = Жинақ сақталмады: браузердің қоймасы толы не жабық. Керегі жоқ жинақты өшіріп, қайта көр.
imported-pack-size = Осы браузерде сақтаулы: { $kilobytes } КБ
imported-pack-remove = Өшіру
check-pack-link = Мұғалімге: жинақты таратпас бұрын тексеру

## Мұғалімнің жинақты тексеруі
check-pack-title = Сабақтар жинағын тексеру
check-pack-explanation = Жинақтың файлын немесе pack.toml файлын сабақ файлдарымен бірге таңдаңыз. Әр қате орнымен көрсетіледі, әр үлгі шешім өз сабағының тексерулерінен өткізіледі. Ештеңе сақталмайды.
check-pack-choose = Файлдарды таңдау
check-pack-problems = { $count } қате табылды.
check-pack-clean = «{ $title }» жинағында қате жоқ: { $count } сабақ, әр шешім өз тексерулерінен өтеді.
check-pack-solution = шешім { $total } тексерудің { $passed } өтеді
load-error-damaged = Файл бүлінген күйде келді: { $detail }
robot-stage-label = Роботтың әлемі
robot-worlds = Әлемдер
robot-world = { $number }-әлем
robot-replay = ▶ Қайталау
robot-pause = ⏸ Кідірту
robot-slider = Іске қосудың қадамдары
robot-step = { $total } қадамның { $step }-і
robot-status = Робот ({ $x }, { $y }) торында, { $direction ->
        [north] солтүстікке
        [east] шығысқа
        [south] оңтүстікке
       *[west] батысқа
    } қарап тұр; сөмкеде: { $bag ->
        [unlimited] шексіз
       *[other] { $bag }
    }.
robot-goal-met = Мақсатқа жетті!
robot-goal-not-met = Мақсатқа жеткен жоқ: қызыл шаршылар қай жерде екенін көрсетеді.

## Оқу барысы: профильдер, файлдар, сақтау орны
notice-close = Жабу
storage-set-aside = { $count ->
    [one] Сақталған бір жазбаны оқу мүмкін болмады. Оның мәтіні «{ $keys }» кілтімен бөлек сақталды, ештеңе жоғалған жоқ: мұны мұғаліміңе көрсет. Қалғанының бәрі жұмыс істейді.
   *[other] Сақталған { $count } жазбаны оқу мүмкін болмады. Олардың мәтіндері «{ $keys }» кілттерімен бөлек сақталды, ештеңе жоғалған жоқ: мұны мұғаліміңе көрсет. Қалғанының бәрі жұмыс істейді.
}
storage-save-kept = Бөлек сақталған мәтінді файлға сақтау
storage-newer-version = Мұндағы оқу барысыңды Бастаудың жаңарақ нұсқасы сақтаған (сақтау нұсқасы { $version }). Бұл нұсқа оған тимейді; жаңа нұсқаны алу үшін бетті қайта жүкте.
storage-migration-stopped = Бастаудың бұрынғы нұсқасындағы жұмысыңның бәрін жаңа пішімге көшіру мүмкін болмады: браузердің сақтау орны толы. Ештеңе өшірілген жоқ. Керегі жоқ сабақтар жинағын өшіріп, бетті қайта жүкте.
profile-picker-title = Бүгін кім оқиды?
profile-unnamed = { $number }-оқушы
profile-solved = { $count } сабақ шешілді
profile-new-label = Мен мұнда алғаш рет келдім. Атым:
profile-new-start = Бастау
profile-name-empty = Алдымен атыңды жаз.
profile-name-too-long = Ат тым ұзын: ең көбі 40 әріп.
profile-name-taken = Бұл компьютерде мұндай аты бар оқушы бар. Тегіңнің бірінші әрпін қос.
profile-too-many = Бұл компьютерде 60 оқушы бар. Кеткендерін өшіруді мұғалімнен сұра.
profile-save-failed = Браузер мұны сақтай алмады: оның сақтау орны толы немесе жабық.
profiles-title = Осы компьютердегі оқушылар
profiles-intro = Әр оқушының өз сабақтары, коды, тілі және қаріп өлшемі бар. Өзіңді таңда:
profiles-show-picker = «Кім оқиды» экранын көрсету
profiles-remove-title = Оқушыны өшіру
profile-remove = Өшіру
profile-remove-question = { $name } және оның бүкіл оқу барысы осы компьютерден өшірілсін бе? Егер ол әлі керек болса, алдымен файлға сақта.
profile-remove-confirm = Иә, өшіру
settings-pupils-link = Сенің атың және осы компьютердегі басқа оқушылар
settings-name = Менің атым
profile-name-label = Аты
profile-rename = Атын сақтау
profile-renamed = Аты сақталды.
settings-progress = Менің оқу барысым
settings-progress-hint = Мектепте браузерлер жиі тазартылады. Оқу барысыңды файлға сақта (флешкаға немесе хабарламаға) да, үйде немесе келесі сабақта аш: ештеңе жоғалмайды, екі жердегі жұмыс біріктіріледі.
progress-save = Оқу барысымды файлға сақтау
progress-save-failed = Оқу барысының файлын жасау мүмкін болмады. Қайталап көр немесе мұғалімнен сұра.
progress-open = Оқу барысын файлдан ашу
progress-file-too-large = «{ $file }» оқу барысының файлы болу үшін тым үлкен.
progress-file-not-json = Бұл оқу барысының файлы емес: ол бүлінген немесе басқа түрлі. Ештеңе өзгерген жоқ.
progress-file-foreign = Бұл Бастаудың оқу барысы файлы емес. Ештеңе өзгерген жоқ.
progress-file-newer = Бұл файлды Бастаудың жаңарақ нұсқасы сақтаған ({ $version }-нұсқа). Жаңа нұсқаны алу үшін бетті қайта жүкте де, файлды қайта аш. Ештеңе өзгерген жоқ.
progress-file-broken-lesson = Бұл файлдағы { $position }-сабақ бүлінген, сондықтан файл ашылмады. Ештеңе өзгерген жоқ.
progress-open-failed = Оқу барысын сақтау мүмкін болмады: браузердің сақтау орны жабық. Ештеңе өзгерген жоқ.
progress-open-full = Браузердің сақтау орны толы, сондықтан файлдың бір бөлігі ғана алынды. Керегі жоқ сабақтар жинағын өшіріп, файлды қайта аш: бұрын сақталғанның ештеңесі жоғалған жоқ.
progress-opened = Оқу барысы ашылды.
progress-summary-added = { $count } жаңа сабақ қосылды.
progress-summary-taken = { $count } сабақта файлдағы жаңарақ код алынды.
progress-summary-solved = { $count } шешілген сабақ келді.
progress-summary-kept = { $count } сабақ мұнда ескі емес еді, сол күйінде қалды.
progress-summary-nothing-new = Жаңа ештеңе жоқ: файлдағының бәрі бұл компьютерде бар еді.
progress-summary-both = { $count } сабақ әрі мұнда, әрі файлда өзгертілген. Екі нұсқа да сақталды: сабақты ашып, қайсысымен жалғастыратыныңды таңда.
saved-code-other-tab-kept = Бұл сабақ басқа қойындыда да өзгертілді. Мұндағы кодың сақталды; басқа қойындының коды редактордың астындағы бұрынғы нұсқаларда тұр.
saved-code-updated-elsewhere = Бұл сабақ басқа қойындыда өзгертілді: редактор енді сол кодты көрсетеді.
version-choice-question = Бұл сабақ әрі осы компьютерде, әрі оқу барысының файлында өзгертілген. Редакторда осы компьютердің коды тұр. Қайсысын қалдырасың?
version-choice-show-other = Файлдағы кодты көрсету
version-choice-keep-this = Осы компьютердің кодын қалдыру
version-choice-take-other = Файлдағы кодты алу
versions-title = Бұрынғы нұсқалар ({ $count })
versions-show = Кодты көрсету
versions-restore = Редакторға қайтару
version-reason-reset = бастапқы кодқа қайтпас бұрын
version-reason-other-tab = басқа қойындыдан
version-reason-not-chosen = ауыстырылған
version-reason-checked = тексерілген
home-continue = Тоқтаған жерден жалғастыру
home-solved-of = { $total } сабақтың { $solved } шешілді
pack-solved-of = { $total } сабақтың { $solved } шешілді
settings-storage = Осы браузердің сақтау орны
storage-used = Браузер сайтқа беретін шамамен { $total } КБ-тың { $used } КБ-ы пайдаланылды.
storage-kilobytes = { $kilobytes } КБ
storage-row-this-profile = Сенің оқу барысың
storage-row-other-profiles = Басқа оқушылардың оқу барысы
storage-row-earlier-versions = Кодтың бұрынғы нұсқалары (орын біткенде бірінші өшіріледі)
storage-row-imported-packs = Ашылған сабақтар жинақтары
storage-row-set-aside = Оқу мүмкін болмаған жазбалар
storage-row-other = Баптаулар және басқалары
storage-hint = Сақтау орны толғанда, алдымен кодтың бұрынғы нұсқалары өшіріледі; қазіргі кодың мен шешілген сабақтарың ешқашан өшірілмейді. Оқу барысыңды анда-санда файлға сақтап тұр.

## Мұғалім: сынып кестесі
class-csv-pupil = Оқушы
class-csv-class = Сынып
class-csv-pack-version = Жинақ нұсқасы
class-csv-solved = Шешілді (қайта тексерілді)
class-recheck-failed = қайта тексеруден өтпейді
hand-in-not-json = Бұл тапсырылған жұмыс файлы емес: ол бүлінген немесе басқа түрлі.
hand-in-foreign = Бұл Бастаудың тапсырылған жұмыс файлы емес.
hand-in-newer = Бұл жұмысты Бастаудың жаңарақ нұсқасы сақтаған ({ $version }-нұсқа). Жаңа нұсқаны алу үшін бетті қайта жүкте.
hand-in-no-name = Бұл жұмыста оқушының аты жоқ.
hand-in-broken-lesson = Бұл жұмыстағы { $position }-сабақ бүлінген, сондықтан файл ашылмады.

## Мұғалім: тапсырмалар және тапсырылған жұмыстар
teacher-link = Мұғалім беті: жинақ беру, жұмыстарды тексеру
teacher-title = Мұғалім беті
teacher-intro = Сыныпқа сабақтар жинағын сілтемемен немесе файлмен беріңіз, содан кейін оқушылар тапсырған файлдарды осында ашыңыз. Ештеңе ешқайда жіберілмейді: файлдар тек біреу оларды сақтағанда не ашқанда ғана ауысады, ал бұл беттің кестелері осы браузерде сақталады.
teacher-pack = Сабақтар жинағы
teacher-pick-pack = Жинақты таңдаңыз…
teacher-assign = Тапсырма беру
teacher-class-name = Сынып (мысалы, 7Б)
teacher-class-list = Оқушылардың аттары, әр жолға біреуден (бос қалдыруға болады: онда оқушылар аттарын өздері жазады)
teacher-make-assignment = Тапсырма жасау
teacher-assignment-link = Оқушыларға арналған сілтеме
teacher-save-assignment = Тапсырманы файлға сақтау
teacher-assignment-hint = Сілтемені жіберіңіз (мессенджер, сынып чаты) немесе ортақ желі болмаса, файлды оқушылардың компьютерлеріне көшіріңіз: олар оны «Сабақтар жинағын ашу» бөлімінде ашады. Өз жинағыңыз сілтеменің де, файлдың да ішінде барады.
teacher-review = Сыныптың жұмыстары
teacher-open-hand-ins = Жұмыс файлдарын ашу
hand-in-other-pack = бұл жұмыс басқа сабақтар жинағы бойынша.
class-not-kept = Кестені осы браузерде сақтау мүмкін болмады (сақтау орны толы немесе жабық); ол бет ашық тұрғанда көрінеді.
teacher-other-version = { " " }(жинақ нұсқасы { $version })
teacher-cell-facts = Тексеру саны: { $attempts }. Ашылған кеңестер: { $hints }.
teacher-download-csv = Кестені жүктеп алу (Excel үшін CSV)
teacher-clear = Кестені тазарту
teacher-rechecking = Шешімдер қайта тексерілуде: { $count } қалды…
assignment-title = Тапсырма
assignment-broken = Бұл тапсырманың сілтемесі не файлы бүлінген (жіберу кезінде қиылып қалған болуы мүмкін). Мұғалімнен тапсырманы қайта жіберуді сұра.
assignment-newer = Бұл тапсырманы Бастаудың жаңарақ нұсқасы жасаған. Жаңа нұсқаны алу үшін бетті қайта жүкте.
assignment-pack-broken = Бұл тапсырманың ішіндегі сабақтар жинағы ашылмады. Мұғалімнен оны тексеруді сұра.
assignment-not-kept = Тапсырманы сақтау мүмкін болмады: браузердің сақтау орны толы немесе жабық.
assignment-for = { $class } сынып: { $pack }
assignment-hint = Сабақтарды шеш, содан кейін жинақ бетінде «Жұмысты тапсыру» батырмасын басып, файлды мұғаліміңе бер.
assignment-start = Сабақтарға өту
hand-in-title = { $class } сыныпқа арналған тапсырма
hand-in-name = Менің атым
hand-in-pick-name = Атыңды таңда…
hand-in-button = Жұмысты тапсыру
hand-in-name-first = Алдымен атыңды таңда немесе жаз.
hand-in-saved = Жұмысың файлға сақталды. Оны мұғаліміңе бер (флешка, сынып чаты).

## Интернетсіз жұмыс және сынып сервері
offline-update-ready = Қосымшаның жаңа нұсқасы дайын. Жұмысыңыз сақталды; жаңартқанда бет қайта жүктеледі.
offline-update-now = Қазір жаңарту
offline-network-address = Сіз қосымшаны { $address } мекенжайынан, сынып желісіндегі компьютерден аштыңыз. Ол сол компьютер таратып тұрғанда жұмыс істейді, онсыз істемейді.
offline-network-storage = Жұмысыңыз осы браузерде тек осы мекенжай үшін сақталады: басқа мекенжайда немесе басқа компьютерде сабақтарыңыз бос болып көрінеді. Оқу барысын өзіңізбен алу үшін оны баптауларда файлға сақтаңыз да, сол файлды сонда ашыңыз.
offline-network-settings = Баптауларға өту
offline-kept = Қосымша осы компьютерде сақталған: ол интернетсіз ашылады.
offline-not-yet = Қосымша бұл компьютерде әлі сақталмаған: оны интернет қосулы кезде тағы бір рет ашыңыз, сонда ол интернетсіз де ашылады.
settings-about = Қосымша туралы
settings-version = Нұсқа { $version }

## Сынып сервері (`sandbox serve`), мұғалімнің терминалында
server-serving = Бастау таратылып жатыр (файлдар саны: { $files }).
server-open-here = Осы компьютерде ашыңыз:
server-lan-open = Сол желідегі оқушылар мына мекенжайды ашады:
server-no-lan = Бұл компьютердің жергілікті желіде мекенжайы жоқ: оны сынып желісіне қосыңыз.
server-qr = Немесе планшетпен сканерлеңіз:
server-lan-caution = Бұл мекенжайларда қосымша осы компьютер таратып тұрғанда ғана жұмыс істейді, ал әр оқушының жұмысы сол мекенжай үшін сақталады: мекенжайды өзгертпеңіз немесе оқу барысын «Оқу барысымды файлға сақтау» арқылы көшіріңіз.
server-loopback-only = Тек осы компьютерде ашуға болады; «sandbox serve --lan» сынып желісіне таратады.
server-stop = Тоқтату үшін Ctrl+C басыңыз немесе осы терезені жабыңыз.
server-no-files = Бұл sandbox қосымшаның файлдарынсыз құрастырылған. Файлдары бар нұсқасын «cargo xtask dist» командасымен құрастырыңыз (ол target/dist/ ішіне жазады).
server-cannot-listen = Сервер іске қосылмады ({ $error }); басқа портты көріңіз: --port.
server-press-enter = Осы терезені жабу үшін Enter басыңыз.
canvas-label = Анимация сурет салатын кенеп. Анимацияны пернетақтамен басқару үшін оны шерт (немесе Tab пернесімен оған өт).
canvas-frame-rate = Секундына { $fps } кадр
canvas-frame-rate-slow = Секундына { $wanted } кадрдың { $fps }-і: draw() баяу
canvas-click-for-keys = Пернелермен басқару үшін суретті шерт
rover-stage-label = Доңғалақты робот жүретін алаң, оның ізі мен датчиктері
rover-play = Көрсету
rover-pause = Кідірту
rover-speed = Жылдамдық
rover-slider = Жүріс уақыты
rover-status = { $total } с-тың { $time } с · қашықтық { $distance } см · жарық { $light }
rover-bumped = бампер басылған

## Display settings: theme, text size, low-end mode (issue 15)
settings-theme = Түстер
settings-theme-device = Құрылғыдағыдай
settings-theme-standard = Әдеттегі
settings-theme-high-contrast = Жоғары контраст
settings-theme-hint = Жоғары контраст: қара фон, ақ және сары мәтін, фокустағы элементтің айналасында қалың жиек. «Құрылғыдағыдай» таңдалса, компьютердің өз баптауларында контраст күшейтілгенде жоғары контраст қосылады.
settings-text-size = Мәтін өлшемі
settings-text-size-hint = Қосымшадағы барлық мәтінді үлкейтеді. Код қарпінің өлшемі жоғарыда бөлек таңдалады.
settings-low-end = Әлсіз компьютер режимі
settings-low-end-toggle = Әлсіз компьютерге арналған режим
settings-low-end-hint = Қосымша азырақ сурет салады: көлеңкелер мен біртіндеп ауысулар болмайды, роботтар мен анимациялар сирек қайта салынады (анимация секундына 30 кадрдан аспайды). «Нәтижені қазір көрсету» батырмасы қайталауды бірден соңына жеткізеді.
low-end-suggestion = Бұл компьютерде анимация баяу жүріп тұр. Әлсіз компьютер режимі азырақ сурет салады, сонда анимация бірқалыпты жүреді.
low-end-suggestion-turn-on = Әлсіз компьютер режимін қосу
low-end-suggestion-close = Жоқ, рақмет
stage-show-result-now = Нәтижені қазір көрсету
check-result-passed = өтті
check-result-failed = өтпеді
class-recheck-confirmed = қайта тексерілді
class-recheck-pending = тексерілуде

## Қолжетімділік: роботтың қадамдары сөзбен, пернетақта тіркесімдері,
## сабақ бетінің аймақтары (15-мәселе)
robot-describe-moves = Қадамдарды сөзбен сипаттау
robot-moves-title = Роботтың қадамдары, бірінен соң бірі
robot-moves-none = Робот әлі қозғалған жоқ. Бағдарламаны іске қос, сонда оның қадамдары осында жазылады.
robot-move = { $step }-қадам: { $action ->
        [move] ({ $x }, { $y }) торына өтті, { $direction ->
            [north] солтүстікке
            [east] шығысқа
            [south] оңтүстікке
           *[west] батысқа
        } қарап тұр
        [turn-left] солға бұрылды, енді { $direction ->
            [north] солтүстікке
            [east] шығысқа
            [south] оңтүстікке
           *[west] батысқа
        } қарап тұр
        [turn-right] оңға бұрылды, енді { $direction ->
            [north] солтүстікке
            [east] шығысқа
            [south] оңтүстікке
           *[west] батысқа
        } қарап тұр
        [pick] ({ $x }, { $y }) торынан зат алды; онда қалған зат: { $items }
       *[put] ({ $x }, { $y }) торына зат қойды; енді ондағы зат: { $items }
    } ({ $line }-жол).
robot-moves-more = …тағы { $count } қадам мұнда жазылмады.
robot-move-crashed = Содан кейін робот әрі қарай жүре алмады. { $reason }
lesson-output-label = Сахна мен шығару
lesson-step-shortcut = Бір жолды орындап, тоқтау (Ctrl+Shift+Enter)
keyboard-help-title = Пернетақта тіркесімдері
keyboard-help-run = Ctrl+Enter: бағдарламаны іске қосу.
keyboard-help-step = Ctrl+Shift+Enter: бір жолды орындап, тоқтау; келесі жол үшін тағы бас.
keyboard-help-stop = Esc: бағдарламаны тоқтату.
keyboard-help-leave-editor = Esc, содан кейін Tab: код редакторынан шығу (редактордың ішінде Tab жолды шегіндіреді).
keyboard-help-indent = Редакторда Tab және Shift+Tab: жолды оңға немесе солға жылжыту.
keyboard-help-suggestions = Жоғары және төмен бағыттауыш пернелер, Enter: ұсынылған команданы таңдау; Esc тізімді жабады.
keyboard-help-find = Ctrl+F: кодтан іздеу.
keyboard-help-comment = Ctrl+/: жолдарды түсініктемеге айналдыру және қайта қалпына келтіру.
keyboard-help-undo = Ctrl+Z және Ctrl+Y: соңғы өзгерісті болдырмау және қайтару.
keyboard-help-slider = Роботтың жүгірткісінде солға және оңға бағыттауыш пернелер: бір қадам артқа немесе алға.
keyboard-help-canvas = Анимацияның суретіне Tab арқылы өт: сонда бағдарлама басқан пернелеріңді біледі.
keyboard-help-skip = Беттің басында Tab: «Мазмұнға өту».
