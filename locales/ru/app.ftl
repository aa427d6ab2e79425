sent-print = Распечатать эту страницу
sent-print-address = Следить за делом можно в любое время на { $address } по номеру и коду доступа, указанным выше.
-brand-name = redress
app-brand = { -brand-name }
app-skip-to-content = Перейти к основному содержанию
app-language-switcher-label = Язык
app-widget-label = Форма жалобы
app-check-status = Проверить жалобу
app-back = Назад
app-continue = Продолжить
app-change = Изменить
app-yes = Да
app-no = Нет
# Variables:
#   $label (String) - the field's label
app-optional = { $label } (необязательно)
app-error-prefix = Ошибка:
app-warning-prefix = Внимание
app-error-summary-title = Есть проблема
app-error-network = Связь с сервисом прервалась. Проверьте подключение к интернету и попробуйте ещё раз.
app-error-unavailable = Сервис сейчас не может сохранять или читать жалобы. Ничего не сохранено. Попробуйте ещё раз через несколько минут.
# Variables:
#   $seconds (Number) - how long to wait
app-error-rate-limited = Слишком много попыток с вашего подключения. Подождите { $seconds } { $seconds ->
        [one] секунду
        [few] секунды
       *[other] секунд
    } и попробуйте ещё раз.
page-loading = Страница загружается…
part-loading = Загрузка…
page-not-loaded-title = Не удалось загрузить страницу
page-not-loaded-body = Связь с сервисом прервалась. Проверьте подключение к интернету и попробуйте ещё раз. Ваши ответы сохранены.
page-not-loaded-retry = Попробовать ещё раз
not-found-title = Страница не найдена
not-found-body = Если вы вводили адрес вручную, проверьте, что он верен.
not-found-home = На главную страницу
