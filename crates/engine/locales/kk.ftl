# Интерфейс қазақша. Әр хабар ru.ftl мен en.ftl файлдарында да бар,
# айнымалылары бірдей (мұны тест тексереді). Терминдер: shared/GLOSSARY.md.

app-name = Бастау
app-tagline = Мектеп үйірмелеріне арналған бағдарламалау, анимация және роботтар

## Алғашқы кірудегі тіл сұрағы
language-question-title = Тілді таңдаңыз
language-question-hint = Оны кейін баптауларда өзгертуге болады.

## Навигация
nav-home = Сабақтар жинақтары
nav-settings = Баптаулар
nav-back-to-pack = Сабақтарға оралу
skip-to-content = Мазмұнға өту

## Басты бет: сабақтар жинақтары
home-title = Сабақтар жинақтары
home-lesson-count = { $count } сабақ
loading = Жүктелуде…

## Жинақ және оның сабақтары
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

## Баптаулар
settings-title = Баптаулар
settings-language = Интерфейс тілі

## Табылмады
not-found-title = Мұнда ештеңе жоқ
not-found-text = Бұл мекенжай ешқайда апармайды. Сілтеме толық көшірілмеген болуы мүмкін.
not-found-lesson = Бұл жинақта «{ $lesson }» деген сабақ жоқ.
go-home = Сабақтар жинақтарына

## Сабақтар жинағын жүктеу
load-error-title = Сабақтар жинағын ашу мүмкін болмады
load-error-network = Файл жүктелмеді. Байланысты тексеріп, қайталап көріңіз.
load-error-missing = Мұндай сабақтар жинағы жоқ: «{ $pack }».
load-error-broken = Сабақтар жинағында қате бар; мұны мұғаліміңізге көрсетіңіз: { $detail }
try-again = Қайталап көру

## Қосымшаның өзінде қате болғанда
panic-title = Бірдеңе дұрыс болмады
panic-text = Қосымшада күтпеген қате болды. Сақталған жұмысыңыз аман. Жалғастыру үшін бетті қайта жүктеңіз.
reload = Бетті қайта жүктеу
load-failed-title = Қосымша іске қосылмады
load-failed-text = Қосымшаның бір бөлігі жүктелмеді. Байланысты тексеріп, бетті қайта жүктеңіз.
storage-unavailable = Бұл браузер қосымшаға ештеңе сақтауға рұқсат бермейді, сондықтан бет жабылғанда таңдауыңыз ұмытылады.
