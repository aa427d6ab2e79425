milestone-acknowledgement = Подтверждение получения
milestone-holding-response = Первый ответ
milestone-resolution = Решение
milestone-substantive-response = Ответ по существу
milestone-response = Ответ
milestone-final-response = Окончательный ответ
milestone-remedy-proposal = Предложение решения
milestone-escalation-window-closes = Последний день для повторной жалобы
milestone-adr-eligible = Можно обратиться к омбудсмену
milestone-considered-closed = Дело может считаться закрытым
# Variables:
#   $provider (String) - the company's name
sent-contact-title = Другие способы связаться с { $provider }
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
channel-purpose-accounts = лицевой счёт и оплата
channel-purpose-feedback = отзывы
channel-note-identity-check = Консультант может задать вопросы, чтобы убедиться, что говорит с вами.
channel-note-acknowledged-with-next-steps = Вы получите подтверждение, где сказано, когда и как компания ответит и к кому обращаться по ходу рассмотрения.
channel-note-message-outside-hours = В другое время можно оставить сообщение.
channel-not-accepted = Компания не принимает жалобы этим способом.
# Variables:
#   $opens (String) - opening time, 24-hour clock
#   $closes (String) - closing time, 24-hour clock
channel-hours-weekdays = С понедельника по пятницу, с { $opens } до { $closes }
channel-none = В политике компании по жалобам нет ни адреса, ни номера телефона. Вы можете воспользоваться этим сервисом или поискать контакты на сайте компании.
milestone-role =
    { $role ->
        [aim] компания стремится уложиться в этот срок, но не обещает
        [deadline_or_notice] к этому дню компания должна действовать или заранее сообщить, почему ей нужно больше времени и когда она ответит
        [window] до этого дня вы можете действовать
        [opens] у вас появляется возможность
        [lapse] в этот день дело может завершиться
        [may_close] с этого дня компания вправе закрыть ваше дело; само оно не закроется
       *[deadline] к этому дню компания должна действовать
    }
milestone-counted-from =
    { $by ->
        [staff] Отсчитывается с { $date } — даты вашей первой жалобы по данным компании
       *[customer] Отсчитывается с { $date } — даты, когда, по вашим словам, вы впервые пожаловались
    }
provider-promise =
    { $promise ->
        [status] Вы можете в любое время узнать у { $provider }, на какой стадии ваша жалоба. Это видно и на странице вашего дела.
       *[every_step] { $provider } сообщает вам о результате и о каждом своём шаге.
    }
