# Сабақтар жинағы қазақша: жинақтың қателері (оны жазған мұғалімге) және
# сабақ тексерулерінің нәтижелері (оқушыға). Әр хабар ../ru және ../en
# файлдарында да бар, айнымалылары бірдей.

## Жинақтың қателері
pack-error-syntax = Файл оқылмайды: { $detail }
pack-error-unknown-field = Белгісіз өріс: «{ $field }». Мұнда рұқсат етілген өрістер: { $expected }.
pack-error-unknown-value = Белгісіз мән: «{ $value }». Рұқсат етілген мәндер: { $expected }.
pack-error-missing-field = «{ $field }» өрісі жоқ.
pack-error-wrong-type = Мұнда { $expected ->
    [text] тырнақшадағы мәтін
    [list] тік жақшадағы тізім
    [boolean] true не false
    [number] 0 не одан үлкен бүтін сан
    [decimal] сан, мысалы 1 немесе 0.5
   *[table] кесте
} болуы керек.
pack-error-bad-id = «{ $id }» идентификаторында тек кіші латын әріптері, цифрлар мен сызықша болуы мүмкін (1-ден 64-ке дейін таңба).
pack-error-bad-version = Нұсқа қысқа мәтін болуы керек, мысалы "1.0".
pack-error-no-languages = Жинақ «languages» өрісінде кемінде бір тілді атауы керек.
pack-error-default-language-not-offered = Негізгі тіл «{ $language }» жинақтың тілдері («languages») арасында жоқ.
pack-error-bad-ages = Жас — екі сан, алдымен кішісі, мысалы [10, 14].
pack-error-no-lessons = Жинақта бірде-бір сабақ жоқ.
pack-error-duplicate-lesson = Екі сабақтың идентификаторы бірдей: «{ $id }».
pack-error-unknown-required-lesson = «{ $lesson }» сабағы «{ $required }» сабағын талап етеді, бірақ ол осы жинақтың алдыңғы сабақтарының бірі емес.
pack-error-file-and-fields = «{ $lesson }» сабағы «{ $file }» файлын атайды, бірақ сабақтың өрістері осында да бар: оларды файлда ұстаңыз.
pack-error-bad-file-name = «{ $file }» сабақ файлының аты бола алмайды: әріп, цифр, «-», «_» қолданып, «.toml» деп аяқтаңыз, файл жинақтың қалтасында болсын.
pack-error-missing-file = «{ $file }» сабақ файлы жинақта жоқ.
pack-error-manifest-field-in-lesson = «{ $field }» сабақ файлында емес, pack.toml файлында жазылады.
pack-error-bad-command = { $command } командасы бос не тым ұзын: команда — 1-ден { $limit } таңбаға дейінгі бір жол.
pack-error-bad-work-budget = «work_budget» 1-ден { $limit }-ге дейін болуы керек.
pack-error-no-checks = «{ $lesson }» сабағында тексеру жоқ, сондықтан оны шешу мүмкін емес.
pack-error-bad-function-name = «{ $name }» — Python-дағы атау емес.
pack-error-bad-arguments = «{ $arguments }» аргументтері Python тілінде дұрыс жазылмаған.
pack-error-bad-returns = Күтілген мән «{ $returns }» Python тілінде дұрыс жазылмаған.
pack-error-returns-or-raises = «call» тексеруіне «returns» пен «raises» өрістерінің дәл біреуі керек.
pack-error-construct-or-call = Бұл ережеге «construct» пен «call» өрістерінің дәл біреуі керек.
pack-error-zero-lines = «lines» кемінде 1 болуы керек.
pack-error-check-needs-turtle = «{ $kind }» тексеруі тасбақа суреттерін салыстырады: оған kind = "turtle" сабағы керек.
pack-error-bad-tolerance = «tolerance» 0-ден үлкен және 100-ден аспайтын сан болуы керек (тасбақа қадамдары, бағыт үшін градус).
pack-error-bad-overlap = «at_least» 0-ден үлкен және 1-ден аспайтын үлес болуы керек, мысалы 0.95.
pack-error-missing-language = «{ $field }» өрісінде «{ $language }» тіліндегі мәтін жоқ, ал жинақ бұл тілді ұсынады.
pack-error-language-not-offered = «{ $field }» өрісінде «{ $language }» тіліндегі мәтін бар, бірақ бұл тіл жинақтың «languages» тізімінде жоқ.
pack-error-solution-fails = «{ $lesson }» сабағының шешімі өзінің { $check }-тексеруінен өтпейді.
pack-error-starter-passes = «{ $lesson }» сабағының бастапқы коды барлық тексеруден өтіп тұр, сонда сабақ ештеңеге үйретпейді.
pack-error-raw-html = «{ $lesson }» сабағы ({ $language }): мәтіндегі HTML жай мәтін болып көрсетіледі, ешқашан орындалмайды.
pack-error-unsafe-link = «{ $lesson }» сабағы ({ $language }): «{ $detail }» сілтемесі алынып тасталды; тек http, https, mailto сілтемелері мен #бетбелгілер қалады.
pack-error-image-outside-pack = «{ $lesson }» сабағы ({ $language }): «{ $detail }» суреті жинақтың файлы емес, сондықтан көрсетілмейді.

## Сабақтың тексерулері, оқушы көретіндей
check-all-passed = Барлық тексеруден өттің: сабақ шешілді!
check-summary = { $total } тексерудің { $passed } өтті.
check-example = { $number }-мысал
check-hidden = { $number }-жасырын тест
check-call = { $call } шақыру
check-rule = Ереже
check-input = Енгізу
check-expected = Күтілген
check-got = Бағдарламаң шығарғаны
check-nothing-printed = (ештеңе)
check-not-valid = Бағдарлама әзірге іске қосылмайды: алдымен { $line }-жолдағы қатені түзет.
check-wrong-output = Шығарылған мәтін басқаша. Алғашқы айырмашылық { $line }-жолда.
check-wrong-output-hidden = Шығарылған мәтін бұл жасырын тест күткендей емес.
check-wrong-result = Алынған мән { $got }, ал күтілгені { $expected }.
check-wrong-result-hidden = Функция бұл жасырын тест күткеннен басқа нәтиже берді.
check-printed-instead = Функция жауапты қайтармай, print арқылы шығарды: «return» қолдан.
check-did-not-raise = Мұнда { $expected } қатесі шығуы керек еді, ал функция { $got } қайтарды.
check-failed = Бағдарлама { $line }-жолда қатемен тоқтады: { $error }
check-failed-call = Шақыру қатемен тоқтады: { $error }
check-failed-outside = Функцияңнан тыс код { $line }-жолда қатемен тоқтады: { $error }. Бұл сабақта бүкіл жұмыс функцияның ішінде болсын.
check-missing-function = Бағдарламада «{ $function }» функциясы жоқ. Оны былай анықта: «def { $function }(...):».
check-too-much-work = Бағдарлама тым ұзақ жұмыс істеп, тоқтатылды. Ешқашан бітпейтін цикл жоқ па?
check-needs-more-input = Бағдарлама бұл тест бергеннен көп енгізу сұрады. input() тым көп рет шақырылмай ма?
check-must-use = Бұл сабақта { $what } қолдану керек.
check-must-not-use = Бұл сабақта { $what } қолдануға болмайды ({ $line }-жол).
check-too-many-lines = Бағдарламада { $lines } жол код бар; бұл сабақта ең көбі { $limit } жолға рұқсат.
check-drawing = Сурет
check-pose = Тасбақа тоқтаған орын
check-picture = Бейне
check-drawing-differs = Сурет үлгіге сәйкес емес. Жетпейтін сызықтар: { $missing }; артық сызықтар: { $extra }. Кенепте жетпейтін сызықтар қызыл үзік сызықпен, артықтары қызғылт сарымен көрсетілген.
check-drawing-colors-differ = Сызықтар өз орнында, бірақ кейбірінің түсі үлгідегідей емес. Кенепте түсін өзгерту керек сызықтар қызыл үзік сызықпен көрсетілген.
check-pose-place = Тасбақа ({ $x }, { $y }) нүктесінде тоқтауы керек, ал ол ({ $got_x }, { $got_y }) нүктесінде тоқтады. Ол нүкте кенепте белгіленген.
check-pose-heading = Соңында тасбақа { $heading }° бағытына қарауы керек (0° — шығыс, 90° — солтүстік), ал ол { $got }° бағытына қарап тұр.
check-pose-pen = { $down ->
    [yes] Соңында қалам төмен түсірулі болуы керек (pendown).
   *[no] Соңында қалам көтерулі болуы керек (penup).
}
check-picture-differs = Сенің бейнең үлгімен { $percent }% сәйкес, ал { $needed }% керек. Үлгі сенің суретіңнің астында бозғылт көрінеді.
check-reference-fails = Сабақтың өз шешімі жұмыс істемейді, сондықтан бағдарламаңды салыстыратын ештеңе жоқ. Мұғаліміңе айт.
check-construct = { $construct ->
    [loop] цикл (for не while)
    [for_loop] for циклін
    [while_loop] while циклін
    [if] if шартын
    [function] өз функцияңды (def)
    [recursion] рекурсия (өзін-өзі шақыратын функция)
    [return] return
    [comprehension] тізім генераторын
    [f_string] f-жолды
    [try] try … except
    [import] import
    [class] өз класың
    [with] with
   *[match] match … case
}
check-function-call = { $name }() функциясын
pack-error-robot-variant-count = Тапсырмада әлемнің 1-ден { $limit }-ге дейін нұсқасы болады.
pack-error-robot-bad-size = Әлемнің ені мен биіктігі — 1-ден { $limit }-ге дейінгі бүтін сандар.
pack-error-robot-cell-outside = ({ $x }, { $y }) торы әлемнен тыс: әлемнің ені { $width }, биіктігі { $height } тор; (1, 1) — сол жақ төменгі тор.
pack-error-robot-bad-count = Саны — 0-ден { $limit }-ге дейінгі бүтін сан немесе [1, 5] сияқты аралық, онда бірінші сан екіншісінен үлкен емес.
pack-error-robot-bad-length = Қабырғаның ұзындығы (“length”) кемінде 1.
pack-error-robot-wall-on-edge = ({ $x }, { $y }) торының “{ $side }” жағы — әлемнің шеті, онда қабырға әрқашан бар: бұл қабырғаны жазудың керегі жоқ.
pack-error-robot-bad-corner = “to_x” пен “to_y” — тіктөртбұрыштың оң жақ жоғарғы бұрышы, олар “x” пен “y”-тен кіші бола алмайды.
pack-error-robot-goal-conflict = “no_items_left = true” деген мақсатта “items” бола алмайды.
pack-error-robot-empty-goal = Бұл мақсат ештеңе талап етпейді: роботтың торын, бағытын, заттарды немесе сөмкені жаз.
pack-error-world-needs-robot = Әлем (“world”) тек kind = "robot" сабағында болады.
pack-error-check-needs-robot = “goal” тексеруі роботтың әлемін тексереді: оған kind = "robot" сабағы керек.
check-goal = Әр әлемдегі мақсат
check-robot-items = { $variant }-әлем: соңында ({ $x }, { $y }) торында { $expected } зат болуы керек, ал онда { $got } зат бар.
check-robot-cell = { $variant }-әлем: робот ({ $x }, { $y }) торында тоқтауы керек, ал ол ({ $got_x }, { $got_y }) торында тұр.
check-robot-facing = { $variant }-әлем: соңында робот { $direction ->
        [north] солтүстікке
        [east] шығысқа
        [south] оңтүстікке
       *[west] батысқа
    } қарауы керек, ал ол { $got ->
        [north] солтүстікке
        [east] шығысқа
        [south] оңтүстікке
       *[west] батысқа
    } қарап тұр.
check-robot-bag = { $variant }-әлем: соңында сөмкеде { $expected } зат болуы керек, ал онда { $got ->
        [unlimited] қанша болса да
       *[other] { $got }
    } зат бар.
check-robot-crash = { $variant }-әлем, { $line }-жол: { $crash ->
        [wall] ({ $x }, { $y }) торындағы робот { $direction ->
        [north] солтүстікке
        [east] шығысқа
        [south] оңтүстікке
       *[west] батысқа
    } қарап тұрып, қабырғаға соқтығысты.
        [nothing-to-pick] робот ({ $x }, { $y }) торынан зат алмақ болды, бірақ онда ештеңе жоқ.
        [bag-empty] робот ({ $x }, { $y }) торына зат қоймақ болды, бірақ сөмкесі бос.
       *[too-many-items] торда немесе сөмкеде { $limit }-ден көп зат болып кетер еді.
    }
check-robot-error = { $variant }-әлем: бағдарлама { $line }-жолда { $error } қатесімен тоқтады.
check-robot-too-much-work = { $variant }-әлем: бағдарлама тым ұзақ жұмыс істеп, тоқтатылды. Робот шыға алмайтын цикл жоқ па?
check-robot-needs-input = { $variant }-әлем: бағдарлама пернетақтадан енгізуді күтіп тұр, ал робот бағдарламасы оны алмайды.
robot-report-goal-met = { $variant }-әлем: мақсатқа жетті ({ $steps } қадам).
robot-report-no-goal = { $variant }-әлем: тексеретін мақсат жоқ; робот { $steps } қадамнан кейін ({ $x }, { $y }) торында { $direction ->
        [north] солтүстікке
        [east] шығысқа
        [south] оңтүстікке
       *[west] батысқа
    } қарап тоқтады.
pack-error-check-needs-animation = “{ $kind }” тексеруі анимацияны кадр-кадрмен іске қосады: оған kind = "animation" сабағы керек.
pack-error-bad-frame = “frame” 1-ден { $largest }-ге дейінгі бүтін сан болуы керек.
pack-error-bad-input-entry = “{ $entry }” енгізу жазбасы түсініксіз. Кадр нөмірі мен әрекетті жаз: "12 key right", "12 key_down left", "30 key_up left", "5 mouse 100 200", "5 click 100 200", "5 mouse_down 100 200", "9 mouse_up 100 200".
pack-error-bad-condition = “{ $condition }” шарты бір жолдағы бір Python өрнегі емес.
check-frame = { $frame }-кадр
check-no-animation = Бағдарлама { $frames } кадрдан кейін аяқталды: анимацияға `from canvas import *` және әр кадрды салатын `draw()` функциясы керек.
check-condition-false = { $frame }-кадрдан кейін мынау ақиқат болуы керек: { $condition }. Ал нәтиже: { $got }.
check-frame-missing = Бұл кадрда { $shape } фигурасы да болуы керек: сенде ол жоқ немесе басқа жерде.
check-frame-extra = Бұл кадрда { $shape } фигурасы салынған, ол онда болмауы керек.
check-condition-false-message = { $message } ({ $frame }-кадрдан кейін { $condition } мәні: { $got }.)
check-frame-color = Барлық фигура өз орнында, бірақ { $shape } фигурасының түстері басқа болуы керек.
pack-error-field-needs-rover = «field» — доңғалақты робот жүретін алаң: оған kind = "rover" сабағы керек.
pack-error-rover-start-blocked = Робот мұнда бастай алмайды: оның дөңгелек корпусы (радиусы { $radius } см) қабырғаға тиіп не алаңнан шығып кетер еді.
pack-error-rover-too-many = Алаңда мұндай элементтер { $limit }-ден көп болмауы керек.
pack-error-rover-number-range = Бұл сан { $least } мен { $most } аралығында болуы керек.
pack-error-rover-unknown-color = «{ $color }» — түс емес: "red", "black", "қызыл" сияқты атауды немесе "#ff8800" сияқты кодты жаз.
pack-error-rover-points = Фигураға { $least }-ден { $most }-ге дейін нүкте керек, әрқайсысы — [x, y].
pack-error-rover-point = Нүкте — екі сан: [x, y].
pack-error-rover-unknown-zone = Мақсат «{ $zone }» аймағын атайды, бірақ алаңда ондай түсті аймақ жоқ.
pack-error-rover-no-line = Мақсат — сызықпен жүру, бірақ алаңда сызық жоқ.
check-rover-goal = Алаңдағы мақсат
check-rover-touched = Робот { $seconds } с өткенде қабырғаға тиді: ештеңеге тиюге болмайды.
check-rover-not-in-zone = Робот «{ $zone }» аймағында тоқтауы керек.
check-rover-left-line = Робот сызықтан шығып кетті: ол сызықтағы { $of } нүктенің { $point }-нүктесіне жетпеді.
check-rover-far-from-wall = Робот қабырғадан { $distance } см жерде тоқтады, ал { $allowed } см-ден алыс болмауы керек.
check-rover-ended-elsewhere = Робот ({ $x }, { $y }) нүктесінде аяқтауы керек, ал ол ({ $got_x }, { $got_y }) нүктесінде аяқтады.
