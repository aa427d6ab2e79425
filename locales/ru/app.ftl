sent-print = Распечатать эту страницу
sent-print-address = Проверить, как идут дела, можно в любое время на { $address } с номером и кодом доступа, указанными выше.
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
app-error-rate-limited =
    { $seconds ->
        [one] Слишком много попыток с вашего подключения. Подождите { $seconds } секунду и попробуйте ещё раз.
        [few] Слишком много попыток с вашего подключения. Подождите { $seconds } секунды и попробуйте ещё раз.
       *[other] Слишком много попыток с вашего подключения. Подождите { $seconds } секунд и попробуйте ещё раз.
    }
page-loading = Страница загружается…
part-loading = Загрузка…
page-not-loaded-title = Не удалось загрузить страницу
page-not-loaded-body = Соединение с сервисом прервалось. Проверьте подключение к интернету и попробуйте ещё раз. Ваши ответы сохранены.
page-not-loaded-retry = Попробовать ещё раз
not-found-title = Страница не найдена
not-found-body = Если вы вводили адрес вручную, проверьте, что он верен.
not-found-home = На начальную страницу
