# Бағдарлама жұмыс істеп тұрғанда табылған қателер (python/vm/), оқушыға түсіндірме.
# Әр ерекшелік түрінің жалпы түсіндірмесі бар; кейбір қателердің нақты түсіндірмесі бар.

python-runtime-exception = Бағдарлама қатеге байланысты тоқтады. Хабарламаны оқып, белгіленген жолды қара.
python-runtime-zero-division-error = Нөлге бөлу: санды 0-ге бөлуге болмайды. Бөлер алдында бөлгішті тексер.
python-runtime-overflow-error = Сан бұл есептеу үшін тым үлкен болып кетті.
python-runtime-assertion-error = «assert» тексерісі өтпеді: «assert» кейінгі шарт жалған.
python-runtime-attribute-error = Бұл мәнде мұндай әдіс немесе атрибут жоқ. Жазылуын және мәннің түрін тексер.
python-runtime-eof-error = «input()» тағы бір жолды күтті, бірақ енгізу аяқталды.
python-runtime-import-error = Бұл модульді мұнда импорттауға болмайды.
python-runtime-index-error = Индекс тізімнің немесе жолдың шегінен тыс: орындар 0-ден ұзындық минус бірге дейін.
python-runtime-key-error = Сөздікте мұндай кілт жоқ. Кілтті тексер немесе «.get()» қолдан.
python-runtime-lookup-error = Бұл кілт немесе индекс үшін элемент табылмады.
python-runtime-memory-error = Бағдарламаға құмсалғыш рұқсат ететіннен көп жады керек. Мүмкін, тізім немесе сан шексіз өсіп жатыр.
python-runtime-name-error = Python бұл атауды білмейді. Алдымен айнымалыға мән бер немесе жазылуын тексер.
python-runtime-unbound-local-error = Айнымалы функция ішінде мән алмай тұрып қолданылған.
python-runtime-recursion-error = Функция өзін-өзі тым көп рет шақырады. Рекурсияның тоқтайтын жағдайы бар екенін тексер.
python-runtime-not-implemented-error = Бұл бөлік әлі жазылмаған.
python-runtime-type-error = Амал бұл мәннің түріне сәйкес келмейді (сан, жол, тізім...). Мәндердің түрін тексер.
python-runtime-value-error = Мәннің түрі дұрыс, бірақ мазмұны сәйкес емес.
python-runtime-stop-iteration = Итераторда басқа элемент қалмады.
python-runtime-keyboard-interrupt = Бағдарлама тоқтатылды.
python-runtime-system-exit = Бағдарлама өз жұмысын аяқтады.
python-runtime-not-supported-yet = Құмсалғыш әзірге { $feature } қолдамайды. Есепті басқа жолмен шеш.
python-runtime-work-limit = Бағдарлама тым көп жұмыс істеп, тоқтатылды. Мүмкін, цикл ешқашан аяқталмайды: шартын тексер.
python-runtime-output-limit = Бағдарлама тым көп шығарып, тоқтатылды. Мүмкін, print шексіз циклдің ішінде тұр.

## Нақты түсіндірмелер.
python-runtime-unbound-local = «{ $name }» айнымалысы мұнда мән алмай тұрып қолданылған. Егер бұл сыртқы айнымалы болса, функцияның басына «global { $name }» деп жаз; әйтпесе алдымен оған мән бер.
python-runtime-name-not-defined = Python «{ $name }» атауын білмейді. Оны қолданбас бұрын мән бер немесе жазылуын тексер.
python-runtime-name-error-did-you-mean = Python «{ $name }» атауын білмейді. Мүмкін, «{ $suggestion }» деп жазғың келген шығар?
python-runtime-name-error-other-keyboard = Python «{ $name }» атауын білмейді: кейбір әріптер басқа пернетақта тілінде терілген ({ $letters }). Мүмкін, «{ $suggestion }» деп жазғың келген шығар? Тілді ауыстырып, оларды қайта тер.
python-runtime-not-callable = «{ $type }» түріндегі мән функция емес, оны «( )» жақшаларымен шақыруға болмайды. Мүмкін, жақшаның алдында «*» сияқты таңба түсіп қалған немесе айнымалы функциямен аттас.
python-runtime-unexpected-keyword = «{ $function }» функциясында «{ $keyword }» деген параметр жоқ. «=» алдындағы атауды тексер.
python-runtime-too-many-arguments = «{ $function }» функциясы { $expected } аргумент қабылдайды, ал { $given } берілді. Артығын алып таста.
python-runtime-missing-arguments = «{ $function }» функциясына аргументтер жетпейді: { $names } жоқ. Әр параметрге мән бер.
python-runtime-raise-non-exception = Тек ерекшелікті шақыруға (raise) болады, мысалы «raise ValueError("...")».
python-runtime-cannot-unpack = «{ $type }» түріндегі мәнді бірнеше айнымалыға бөлуге болмайды. «=» оң жағында не тұрғанын тексер.
python-runtime-too-many-values-to-unpack = Мәндер саны { $given }, ал оларға арналған айнымалылар тек { $expected }. Сандарын теңестір.
python-runtime-not-enough-values-to-unpack = Айнымалылар саны { $expected }, ал оларға мәндер тек { $given }. Сандарын теңестір.
python-runtime-module-not-offered = Құмсалғышта «{ $module }» модулі жоқ. math, random және time модульдерін импорттауға болады.
python-runtime-class-takes-no-arguments = «{ $class }» класында «__init__» әдісі жоқ, сондықтан нысан аргументсіз жасалады: «{ $class }()». Нысанды жасағанда мән беру үшін класқа «def __init__(self, ...):» деп жаз.
python-runtime-special-method-limit = «{ $name }» әдісі Python бір әрекетті (басып шығару, салыстыру не сұрыптау) орындап жатқанда тым ұзақ жұмыс істеді. Оның ішінен шексіз циклді немесе өзін-өзі шақыратын әдісті ізде.
python-runtime-cannot-import-name = «{ $module }» модулінде «{ $name }» жоқ. Жазылуын тексер немесе модульде не бар екенін қара (редактор «{ $module }.» деген соң көрсетеді).
python-runtime-cannot-set-attribute = «{ $type }» түріндегі мәнге «{ $name }» деген жаңа атрибут қосуға болмайды. Мәнді айнымалыда сақта немесе ол үшін өз класыңды жаса.
python-runtime-turtle-no-shape = Тасбақада «{ $shape }» деген пішін жоқ. Бар пішіндер: arrow, turtle, circle, square, triangle, classic.
python-runtime-turtle-too-much = Тасбақа 200 000 рет сызып қойды, сурет осында тоқтатылды. Ешқашан бітпейтін циклді ізде.
python-runtime-turtle-needs-number = «{ $command }» сан күтеді, ал «{ $type }» түріндегі мән берілді. Сан пернетақтадан енгізілсе, алдымен оны int() немесе float() арқылы түрлендір.
python-runtime-turtle-bad-color = Тасбақа { $color } түсін білмейді. "red" не "қызыл" сияқты атауды, "#ff8800" сияқты кодты немесе 0-ден 1-ге дейінгі үш санды қолдан.
python-runtime-robot-crash = { $crash ->
        [wall] ({ $x }, { $y }) торындағы робот { $direction ->
        [north] солтүстікке
        [east] шығысқа
        [south] оңтүстікке
       *[west] батысқа
    } қарап тұр, ал дәл алдында қабырға. алға() (move()) алдында алда_бос() (front_is_clear()) арқылы тексер.
        [nothing-to-pick] ({ $x }, { $y }) торында алатын зат жоқ. ал() (pick()) алдында зат_бар() (item_here()) арқылы тексер.
        [bag-empty] Роботтың сөмкесі бос, ({ $x }, { $y }) торына қоятын ештеңе жоқ. қой() (put()) алдында сөмкедегі_заттар() (items_in_bag()) арқылы тексер.
       *[too-many-items] Торда немесе сөмкеде ең көбі { $limit } зат болады.
    }
python-runtime-robot-too-many-steps = Робот 100 000 қадам жасап қойды, іске қосу осында тоқтатылды. Ешқашан бітпейтін циклді ізде.
python-runtime-robot-no-turn-right = Бұл сабақта роботта оңға_бұрыл() (turn_right()) жоқ: оны өзің үш солға_бұрыл() (turn_left()) арқылы жаз.
python-runtime-canvas-not-finite = «{ $command }» командасына кәдімгі сан керек, ал бұл шексіздік немесе «сан емес» (nan). Нөлге өте жақын санға бөлуді іздеп көр.
python-runtime-canvas-bad-color = Кенеп { $color } түсін білмейді. "red" немесе "қызыл" сияқты атауды, "#ff8800" сияқты кодты, 0-ден 255-ке дейінгі сұр түсті немесе 0-ден 255-ке дейінгі үш санды (қызыл, жасыл, көк) жаз; қаласаң, төртінші сан — мөлдірлік.
python-runtime-canvas-too-many-shapes = Бір кадр { $limit } фигура салып қойды: анимация осында тоқтайды. draw() ішінде ешқашан бітпейтін циклді іздеп көр.
python-runtime-canvas-bad-points = polygon() командасына нүктелер тізімі керек, әр нүкте — (x, y) жұбы: polygon([(10, 10), (50, 10), (30, 40)]).
python-runtime-canvas-bad-size = size() ені мен биіктігін алады, әрқайсысы 1-ден { $largest } пиксельге дейін.
python-runtime-canvas-push-too-deep = push() pop()-сыз тым көп рет шақырылды: әр push()-қа өз pop()-ы керек.
python-runtime-canvas-pop-without-push = pop() push() сақтағанды қайтарады, бірақ бұл кадрда оның алдында push() болған жоқ.
python-runtime-rover-time-up = Роботтың уақыты бітті: бұл тапсырмада оған { $seconds } секунд берілген. Мүмкін, ол ешқашан болмайтын нәрсені күтіп тұр немесе тым баяу жүреді.
python-runtime-rover-bad-sensor = «{ $command }» роботтың астындағы үш датчиктің бірін оқиды: "left", "center" немесе "right".
