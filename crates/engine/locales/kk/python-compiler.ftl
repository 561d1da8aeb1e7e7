# Компилятор қателері (python/compiler/), оқушыға түсіндірілген.

python-compiler-assigned-before-global = «{ $name }» айнымалысы «global { $name }» жолынан бұрын мән алады. «global { $name }» жолын функцияның басына көшіріңіз.
python-compiler-used-before-global = «{ $name }» айнымалысы «global { $name }» жолынан бұрын қолданылады. «global { $name }» жолын функцияның басына көшіріңіз.
python-compiler-assigned-before-nonlocal = «{ $name }» айнымалысы «nonlocal { $name }» жолынан бұрын мән алады. «nonlocal { $name }» жолын функцияның басына көшіріңіз.
python-compiler-used-before-nonlocal = «{ $name }» айнымалысы «nonlocal { $name }» жолынан бұрын қолданылады. «nonlocal { $name }» жолын функцияның басына көшіріңіз.
python-compiler-parameter-and-global = «{ $name }» осы функцияның параметрі, сондықтан ол бір мезгілде глобал бола алмайды. Параметрдің атын өзгертіңіз немесе «global { $name }» жолын алып тастаңыз.
python-compiler-parameter-and-nonlocal = «{ $name }» осы функцияның параметрі, сондықтан ол бір мезгілде nonlocal бола алмайды. Параметрдің атын өзгертіңіз немесе «nonlocal { $name }» жолын алып тастаңыз.
python-compiler-nonlocal-and-global = «{ $name }» әрі global, әрі nonlocal деп жарияланған. Осы екі жолдың біреуін ғана қалдырыңыз.
python-compiler-nonlocal-at-module-level = «nonlocal» басқа функцияның ішіндегі функцияда ғана жұмыс істейді. Мұнда ол барлық функциялардың сыртында: оны алып тастаңыз.
python-compiler-no-binding-for-nonlocal = «nonlocal { $name }» үшін «{ $name }» айнымалысы бар сыртқы функция керек, бірақ ондай функция жоқ. Алдымен сыртқы функцияда «{ $name }» айнымалысына мән беріңіз немесе «global» қолданыңыз.
python-compiler-annotated-and-declared = «{ $name }» айнымалысының типі көрсетілген және ол global немесе nonlocal деп те жарияланған. Тип көрсеткішін алып тастаңыз.
python-compiler-return-outside-function = «return» тек функцияның ішінде («def»-тен кейін) жазылады. Мұнда ол барлық функциялардың сыртында тұр: оны өшіріңіз немесе бұл кодты функцияның ішіне көшіріңіз.
python-compiler-break-outside-loop = «break» циклді тоқтатады, бірақ бұл жол ешбір «for» немесе «while» циклінің ішінде емес. Оны өшіріңіз немесе циклдің ішіне қойыңыз.
python-compiler-continue-not-in-loop = «continue» циклдің келесі қадамына өтеді, бірақ бұл жол ешбір «for» немесе «while» циклінің ішінде емес. Оны өшіріңіз немесе циклдің ішіне қойыңыз.
python-compiler-yield-outside-function = «yield» тек функцияның ішінде жазылады. Мұнда ол барлық функциялардың сыртында тұр: оны функцияның ішіне көшіріңіз.
python-compiler-yield-inside-comprehension = «yield» тізім, жиын, сөздік генераторының немесе генераторлық өрнектің ішінде жазылмайды. Оның орнына кәдімгі цикл жазыңыз.
python-compiler-import-star-not-at-module-level = «from … import *» тек бағдарламаның жоғарғы деңгейінде жазылады, функцияның ішінде емес. Оны бағдарламаның басына көшіріңіз немесе керекті атауларды бір-бірлеп импорттаңыз.
python-compiler-int-literal-too-long = Бұл бүтін сан { $digits } цифрмен жазылған, ал Python 4300 цифрдан артық рұқсат етпейді. Қысқарақ сан жазыңыз.
python-compiler-starred-here = Жұлдызшасы бар өрнекті («*бірдеңе») мұнда қолдануға болмайды. «*» белгісін өшіріңіз.
python-compiler-multiple-starred-in-assignment = «=» белгісінің сол жағында жұлдызшасы бар тек бір атау («*атау») болуы мүмкін. Біреуін ғана қалдырыңыз.
python-compiler-starred-target-alone = «=» белгісінің сол жағындағы жұлдызшасы бар атау («*атау») атаулар тізімінің бөлігі болуы керек, мысалы «first, *rest = values».
python-compiler-cannot-assign = «=» белгісінің сол жағындағы нәрсеге мән беруге болмайды. Тек атауларға, элементтерге («a[i]») және атрибуттарға («a.b») мән беріледі.
python-compiler-cannot-delete = «del» тек атауларды, элементтерді («a[i]») және атрибуттарды («a.b») өшіре алады.
python-compiler-not-supported-yet = Бағдарламада «{ $feature }» қолданылған: бұл нағыз Python, бірақ құмсалғыш оны әлі орындай алмайды. Басқаша жазып көріңіз.
python-compiler-default-except-not-last = Қате түрі көрсетілмеген «except:» кез келген қатені ұстайды, сондықтан ол «try» ішіндегі соңғы «except» болуы керек. Оны соңына көшіріңіз.
python-compiler-await-outside-function = «await» тек «async def» функциясының ішінде қолданылады.
python-compiler-await-outside-async-function = «await» тек «async def» функциясының ішінде қолданылады, ал бұл функция кәдімгі «def».
python-compiler-duplicate-argument = Функцияның «{ $name }» деп аталған екі параметрі бар. Әр параметрге өз атын беріңіз.
python-compiler-keyword-argument-repeated = Бұл шақыруда «{ $name }=» аргументі екі рет берілген. Біреуін ғана қалдырыңыз.
python-compiler-unreachable-patterns = Бұл «case» кез келген мәнге сәйкес келеді, сондықтан одан кейінгі «case» жолдары ешқашан орындалмайды. Оны соңына жылжыт немесе үлгісін тарылт.
python-compiler-pattern-name-repeated = «{ $name }» атауы бір үлгіде екі рет қолданылған. Әр алынатын бөлікке жеке ат бер.
python-compiler-alternatives-bind-different-names = «|» арқылы жалғанған барлық нұсқалар бірдей атауларды алуы керек, сонда қай нұсқа сәйкес келсе де, атаулар анықталады.
python-compiler-multiple-starred-in-pattern = Тізбек үлгісінде тек бір «*атау» болады: ол басқа бөліктерден қалған элементтерді алады.
python-compiler-pattern-attribute-repeated = «{ $name }» атрибуты бір класс үлгісінде екі рет кездеседі. Әр атрибутты бір рет жаз.
