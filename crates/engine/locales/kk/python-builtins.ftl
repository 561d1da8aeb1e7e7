# Explanations of errors raised by builtin functions, methods and modules (python/vm/builtins/).

python-builtins-argument-count = «{ $name }» функциясына { $given } аргумент берілді, бұл оған керек сан емес. Шақырудың жақшаларын тексеріңіз: бұл функцияға неше мән керек?
python-builtins-attribute-missing = { $subject } үшін «{ $name }» деген әдіс не атрибут жоқ. Жазылуын және нүктенің алдындағы мәннің түрін тексеріңіз.
python-builtins-attribute-on-none = Мән None болып тұр, сондықтан онда «{ $name }» жоқ. Көбіне айнымалы ештеңе қайтармайтын функциядан None алады: «list.sort()», «list.append()» және «print()» None қайтарады.
python-builtins-attribute-suggestion = { $subject } үшін «{ $name }» деген әдіс не атрибут жоқ. Мүмкін, «{ $suggestion }» деп жазғыңыз келген шығар?
python-builtins-empty-min-max = «{ $name }()» функциясына бос тізбек берілді, таңдайтын ештеңе жоқ. Тізімнің бос емес екенін тексеріңіз немесе «default=» мәнін беріңіз.
python-builtins-input-eof = «input()» тағы бір жолды күтті, бірақ енгізу аяқталып қалды. Бағдарлама есепте берілгеннен көп жол оқитын шығар.
python-builtins-invalid-float-literal = «{ $text }» мәтіні сан емес, сондықтан «float()» оны түрлендіре алмайды. Не енгізілгенін тексеріңіз: тек цифрлар, бір нүкте және таңба болуы керек.
python-builtins-invalid-int-literal = «{ $text }» мәтіні бүтін сан емес, сондықтан «int()» оны түрлендіре алмайды. Онда тек цифрлар бар екенін тексеріңіз (ішінде бос орын, нүкте, әріп болмауы керек).
python-builtins-join-not-str = «join()» тек жолдарды біріктіреді, ал { $index } нөмірлі элементтің түрі — «{ $type }». Алдымен элементтерді «str()» арқылы жолға айналдырыңыз.
python-builtins-list-index-missing = { $item } мәні тізімде жоқ, сондықтан «index()» оның орнын таба алмайды. Алдымен «in» арқылы тексеріңіз.
python-builtins-list-remove-missing = «remove()» бұл мәнді тізімнен таппады. Өшірмес бұрын «in» арқылы тексеріңіз.
python-builtins-no-len = «{ $type }» түріндегі мәннің ұзындығы жоқ: «len()» жолдармен, тізімдермен, кортеждермен, сөздіктермен және жиындармен жұмыс істейді.
python-builtins-ord-length = «ord()» дәл бір таңбаны қабылдайды, ал жолда { $length } таңба бар.
