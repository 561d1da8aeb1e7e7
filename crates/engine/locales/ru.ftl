# Интерфейс на русском. Каждое сообщение есть и в kk.ftl, и в en.ftl,
# с теми же переменными (это проверяет тест). Термины: shared/GLOSSARY.md.

app-name = Бастау
app-tagline = Программирование, анимация и роботы для школьных кружков

## Вопрос о языке при первом посещении
language-question-title = Выберите язык
language-question-hint = Его можно изменить позже в настройках.

## Навигация
nav-home = Наборы уроков
nav-settings = Настройки
nav-back-to-pack = Назад к урокам
skip-to-content = Перейти к содержимому

## Главная: наборы уроков
home-title = Наборы уроков
home-lesson-count = { $count ->
    [one] { $count } урок
    [few] { $count } урока
   *[many] { $count } уроков
}
loading = Загрузка…

## Набор и его уроки
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

## Настройки
settings-title = Настройки
settings-language = Язык интерфейса

## Не найдено
not-found-title = Здесь ничего нет
not-found-text = Этот адрес никуда не ведёт. Возможно, ссылку скопировали не полностью.
not-found-lesson = В этом наборе нет урока «{ $lesson }».
go-home = К наборам уроков

## Загрузка набора уроков
load-error-title = Не удалось открыть набор уроков
load-error-network = Файл не загрузился. Проверьте подключение и попробуйте ещё раз.
load-error-missing = Такого набора уроков нет: «{ $pack }».
load-error-broken = В наборе уроков ошибка; покажите это учителю: { $detail }
try-again = Попробовать ещё раз

## Когда ошибка в самом приложении
panic-title = Что-то пошло не так
panic-text = В приложении произошла непредвиденная ошибка. Сохранённая работа цела. Перезагрузите страницу, чтобы продолжить.
reload = Перезагрузить страницу
load-failed-title = Приложение не запустилось
load-failed-text = Часть приложения не загрузилась. Проверьте подключение и перезагрузите страницу.
storage-unavailable = Этот браузер не даёт приложению ничего сохранять, поэтому ваш выбор забудется, когда страница закроется.
