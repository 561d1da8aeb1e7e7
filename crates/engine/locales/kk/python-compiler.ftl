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
