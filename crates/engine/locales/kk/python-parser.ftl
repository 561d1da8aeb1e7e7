# Бағдарламаны талдау қателері (python/syntax/grammar_error.rs), оқушыға түсіндірме.
# $what — айнымалы тұруы керек жерде не тұрғаны; $statement — блоктың
# бірінші жолындағы кілт сөз; $line — жолдың нөмірі.

python-parser-invalid-syntax = Python бұл жерде «{ $token }» күтпеген еді. Осы жерді тексеріңіз: белгі, жақша немесе сөз жетіспей тұруы не артық болуы мүмкін.
python-parser-invalid-syntax-end-of-line = Жол тым ерте аяқталды: Python оның жалғасын күтті. Мән, жақша немесе белгі жетіспей тұрған болуы мүмкін.
python-parser-invalid-syntax-end-of-file = Бағдарлама тым ерте аяқталды: Python соңғы жолдан кейін тағы код күтті.
python-parser-forgot-comma = Жақша ішінде екі мән қатар тұр. Олардың арасына үтір «,» қойыңыз.
python-parser-equals-in-condition = Жалғыз «=» белгісі айнымалыға мән береді. Екі мәнді салыстыру үшін «==» деп жазыңыз.
python-parser-cannot-assign-maybe-comparison =
    «=» белгісінің сол жағында айнымалы емес, { $what ->
        [literal] сан немесе мәтін
        [function-call] функцияны шақыру
        [expression] есептеу
        [comparison] салыстыру
        [attribute] атрибут
        [subscript] тізім элементі
       *[other] өрнек
    } тұр. Салыстыру үшін «==» деп жазыңыз; мәнді сақтау үшін сол жаққа айнымалының атын жазыңыз.
python-parser-cannot-assign =
    Бұл жерге мән жазуға болмайды: мұнда { $what ->
        [literal] сан немесе мәтін
        [function-call] функцияны шақыру
        [expression] есептеу
        [comparison] салыстыру
        [none] None
        [true] True
        [false] False
        [starred] жұлдызшасы бар өрнек
       *[other] осындай өрнек
    } тұр. Мәнді тек айнымалыға (немесе тізім элементіне) жазуға болады.
python-parser-cannot-delete =
    «del» айнымалыларды, тізім мен сөздік элементтерін өшіреді, ал мұнда { $what ->
        [literal] сан немесе мәтін
        [function-call] функцияны шақыру
        [expression] есептеу
        [starred] жұлдызшасы бар өрнек
       *[other] басқа өрнек
    } тұр.
python-parser-augmented-assignment-target =
    «+=» сияқты белгілер айнымалыны өзгертеді, ал олардың сол жағында { $what ->
        [tuple] бірнеше мән
        [literal] сан немесе мәтін
        [function-call] функцияны шақыру
        [expression] есептеу
       *[other] өрнек
    } тұр. Ол жерге бір айнымалының атын жазыңыз.
python-parser-annotated-several-targets = «:» арқылы типті тек бір айнымалыға көрсетуге болады. Әр айнымалыны жеке жолға жазыңыз.
python-parser-illegal-annotation-target = «:» арқылы типті тек айнымалыға көрсетуге болады. «:» белгісінің алдында не тұрғанын тексеріңіз.
python-parser-assignment-to-yield = «yield» өрнегіне «=» арқылы мән беруге болмайды.
python-parser-walrus-target =
    «:=» белгісі айнымалыға мән береді, сондықтан оның сол жағында айнымалының аты тұруы керек, ал мұнда { $what ->
        [literal] сан немесе мәтін
        [function-call] функцияны шақыру
        [attribute] атрибут
        [subscript] тізім элементі
       *[other] өрнек
    } тұр.
python-parser-expected-colon =
    Python мұнда «:» күтті. { $line }-жолдың соңына, { $statement ->
        [if] шарттан
        [elif] шарттан
        [while] шарттан
        [for] цикл жүріп өтетін мәндерден
        [with] «with» ашатын нәрседен
        [except] қатенің түрінен
        [def] параметрлер жазылған жақшадан
        [match] салыстырылатын мәннен
        [case] үлгіден
        [class] класстың атынан
        [else] «else» сөзінен
        [try] «try» сөзінен
       *[finally] «finally» сөзінен
    } кейін «:» қойыңыз.
python-parser-expected-parenthesis = «def { $name }» сөзінен кейін параметрлер жазылатын жақша керек, параметр болмаса да: def { $name }():
python-parser-expected-else = Шартқа қарай таңдалатын мәнге «else» керек: «A if шарт else B» деп жазыңыз.
python-parser-expected-except-or-finally = «try» блогынан кейін «except» блогы (қате болғанда не істеу керегі) немесе «finally» блогы келуі керек.
python-parser-expected-indented-block =
    { $line }-жолдағы { $statement ->
        [if] «if»
        [elif] «elif»
        [else] «else»
        [while] «while» циклі
        [for] «for» циклі
        [with] «with»
        [try] «try»
        [except] «except»
        [finally] «finally»
        [match] «match»
        [case] «case»
        [def] функция
       *[class] класс
    } ішіндегі жолдар шегініспен жазылуы керек: әр жолды 4 бос орыннан бастаңыз. Онда әзірге ештеңе орындалмауы керек болса, «pass» деп жазыңыз.
python-parser-unexpected-indent = Бұл жол шегініспен жазылған, бірақ ол ешбір блоктың ішінде емес (блок «:» белгісімен аяқталған жолдан кейін келеді). Жол алдыңғы жолдың дәл астында тұратындай, басындағы бос орындарды өшіріңіз.
python-parser-unexpected-unindent = Бұл жолдың шегінісі Python күткеннен аз. Осы жолдың және оның үстіндегі жолдың басындағы бос орындарды тексеріңіз.
python-parser-missing-parentheses = Python 3-те { $name } — функция: оған берілетін мәнді жақшаға жазыңыз, мысалы { $name }("Сәлем").
python-parser-positional-after-keyword = Функцияны шақырғанда алдымен атаусыз мәндер, содан кейін аты бар мәндер («атау=мән») жазылады. Бұл мәнді солға жылжытыңыз.
python-parser-positional-after-keyword-unpacking = Функцияны шақырғанда атаусыз мәндер «**» белгісінен бұрын жазылады. Бұл мәнді солға жылжытыңыз.
python-parser-iterable-after-keyword-unpacking = Функцияны шақырғанда «*» белгісі «**» белгісінен бұрын тұруы керек.
python-parser-unparenthesized-generator = Шақырудағы басқа мәндердің қасында тұрған «… for … in …» генераторын жеке жақшаға алыңыз.
python-parser-assignment-in-argument = Функцияны шақырғанда жақша ішінде «=» тек параметрдің атынан кейін тұра алады. Салыстыру үшін «==» деп жазыңыз.
python-parser-non-default-after-default = Әдепкі мәні жоқ параметрлер әдепкі мәні бар параметрлерден («атау=мән») бұрын жазылады. Бұл параметрді солға жылжытыңыз.
python-parser-parameter-after-double-star = «**» белгісі бар параметр ең соңында тұруы керек.
python-parser-parenthesized-parameters = Параметрлер жеке жақшасыз жазылады: ((a, b)) емес, (a, b).
python-parser-slash-first = «/» белгісінің алдында кемінде бір параметр болуы керек.
python-parser-slash-twice = Параметрлердің арасында «/» белгісі тек бір рет тұра алады.
python-parser-slash-after-star = Параметрлердің арасында «/» белгісі «*» белгісінен бұрын, үтір арқылы жазылады.
python-parser-expected-default = «=» белгісінен кейін параметрдің әдепкі мәнін жазыңыз, мысалы «n=0».
python-parser-bare-star = Параметрлердің арасындағы жалғыз «*» белгісінен кейін тағы кемінде бір параметр болуы керек.
python-parser-star-parameter-default = «*» немесе «**» белгісі бар параметрлердің әдепкі мәні болмайды.
python-parser-star-twice = «*» белгісімен тек бір параметр басталуы мүмкін.
python-parser-unpacking-in-comprehension = «for» алдындағы мән «*» немесе «**» белгісімен басталмайды. Жұлдызшаларды өшіріңіз.
python-parser-comprehension-target-parentheses = «for» алдындағы бірнеше мәнді жақшаға алыңыз, мысалы [(x, y) for x in a].
python-parser-starred-here = Бұл жерде «*» пен «**» жақша ішінде жалғыз тұра алмайды.
python-parser-import-trailing-comma = Жол соңындағы үтір тағы бір атауды күтіп тұр. Үтірді өшіріңіз немесе атауларды жақшаға алыңыз.
python-parser-unparenthesized-exception-types = Бірнеше түрлі қатені ұстау үшін оларды жақшаға алыңыз: except (ValueError, TypeError):
python-parser-dictionary-colon = Сөздікте әр кілттен кейін «:» мен оның мәні жазылады, мысалы {"{"}"алма": 3{"}"}.
python-parser-dictionary-value = Сөздіктің кілті мен «:» белгісінен кейін мәнін жазыңыз.
python-parser-starred-dictionary-value = Сөздіктегі мән «*» белгісімен басталмайды.
python-parser-mixed-bytes = Байттарды (b"…") кәдімгі мәтінмен біріктіруге болмайды.
python-parser-fstring-empty-expression = F-мәтіндегі фигуралық жақшалар бос болмауы керек, олардың ішіне айнымалы жазыңыз, мысалы f"{"{"}name{"}"}". Жақшаның өзін шығару үшін оны екі рет жазыңыз: {"{{"}.
python-parser-fstring-expression-required = F-мәтіннің фигуралық жақшаларының ішінде «{ $sign }» белгісінің алдында айнымалы немесе өрнек болуы керек.
python-parser-too-complex = Мұнда Python үшін кірістіру тым терең: жақшалар, амалдар немесе блоктар бір-бірінің ішінде тым көп. Мұны айнымалылары бар бірнеше қарапайым жолға бөліңіз.
