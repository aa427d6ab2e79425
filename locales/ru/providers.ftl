milestone-acknowledgement = Подтверждение получения
milestone-holding-response = Первый ответ
milestone-resolution = Решение
milestone-substantive-response = Ответ по существу
milestone-response = Ответ
milestone-final-response = Окончательный ответ
milestone-remedy-proposal = Предложение решения
milestone-escalation-window-closes = Последний день для повторной жалобы
milestone-adr-eligible = Можно обратиться к омбудсмену
milestone-considered-closed = Может считаться закрытой
milestone-role-deadline = к этому дню компания должна действовать
milestone-role-window = до этого дня можете действовать вы
milestone-role-opens = у вас появляется возможность
milestone-role-lapse = в этот день дело может закончиться
# Variables:
#   $provider (String) - the company's name
sent-contact-title = Другие способы связаться с { $provider }
jurisdiction-england = Англия
jurisdiction-germany-saarland = Саар, Германия
jurisdiction-azerbaijan = Азербайджан
jurisdiction-unstated = Компания не указывает
kind-complaint = Жалоба
kind-inquiry = Обращение
kind-abuse-report = Сообщение о злоупотреблении
kind-escalated-complaint = Повторная жалоба
kind-complaint-hint = Что-то пошло не так, и вы хотите, чтобы компания это исправила.
kind-inquiry-hint = Вопрос или первое сообщение о проблеме. Если ответ не решит её, потом можно подать официальную жалобу.
kind-abuse-report-hint = Сообщите о спаме, фишинге, вредоносных программах или другом злоупотреблении с доменным именем, которое обслуживает компания.
kind-escalated-complaint-hint = Вас не устроил ответ компании на вашу жалобу.
channel-phone = Телефон
channel-email = Электронная почта
channel-website = Сайт
channel-web-form = Форма на сайте
channel-post = Почта
channel-fax = Факс
channel-live-chat = Онлайн-чат
channel-callback = Заказать обратный звонок
channel-social-media = Социальные сети
channel-complaints-book = Книга жалоб и предложений в магазинах
channel-purpose-inquiries = вопросы
channel-purpose-complaints = жалобы
channel-purpose-abuse-reports = сообщения о злоупотреблениях
channel-purpose-escalations = повторные жалобы
channel-purpose-accounts = счета и оплата
channel-purpose-feedback = отзывы
channel-note-identity-check = Консультант может задать вопросы, чтобы убедиться, что говорит с вами.
channel-note-acknowledged-with-next-steps = Вы получите подтверждение, где сказано, когда и как компания ответит и к кому обращаться по ходу рассмотрения.
channel-note-message-outside-hours = В другое время можно оставить сообщение.
channel-not-accepted = Компания не принимает жалобы этим способом.
# Variables:
#   $opens (String) - opening time, 24-hour clock
#   $closes (String) - closing time, 24-hour clock
channel-hours-weekdays = С понедельника по пятницу, с { $opens } до { $closes }
# Variables:
#   $provider (String) - the company's name
provider-title = Жалоба в { $provider }
provider-lead = С помощью этого сервиса можно подать официальную жалобу. Это займёт около 10 минут. Перед отправкой вы сможете проверить ответы, а если придётся прерваться, они сохранятся в этой вкладке браузера.
provider-start = Начать
provider-deadlines-title = Что обещает компания
provider-deadlines-body = Рабочие дни — с понедельника по пятницу, кроме праздников там, где находится компания. Каждый срок отсчитывается со дня получения жалобы.
# Variables:
#   $count (Number) - number of working days
provider-clock-business-days =
    { $count ->
        [one] в течение { $count } рабочего дня
       *[other] в течение { $count } рабочих дней
    }
# Variables:
#   $count (Number) - number of weeks
provider-clock-weeks =
    { $count ->
        [one] через { $count } неделю
        [few] через { $count } недели
       *[other] через { $count } недель
    }
# Variables:
#   $count (Number) - number of months
provider-clock-months =
    { $count ->
        [one] через { $count } месяц
        [few] через { $count } месяца
       *[other] через { $count } месяцев
    }
channel-none = В политике компании по жалобам нет ни адреса, ни номера телефона. Вы можете воспользоваться этим сервисом или поискать контакты на сайте компании.
