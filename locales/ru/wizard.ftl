wizard-step-kind = Что вы хотите отправить?
wizard-step-about-you = О вас
wizard-step-contact = Как компания может с вами связаться?
wizard-step-on-behalf = Вы подаёте жалобу от имени другого человека?
wizard-step-account = Ваш лицевой счёт
wizard-step-what-happened = Что произошло
wizard-step-remedy = Что исправит ситуацию?
wizard-step-documents = Подтверждающие документы
wizard-step-check =
    { $kind ->
        [inquiry] Проверьте ответы перед отправкой обращения
        [abuse_report] Проверьте ответы перед отправкой сообщения
       *[other] Проверьте ответы перед отправкой жалобы
    }
# Variables:
#   $current (Number) - this page's number
#   $total (Number) - how many pages there are
wizard-step-of = Шаг { $current } из { $total }
wizard-on-behalf-allowed = Подать жалобу и вести дела с компанией от имени клиента может другой человек.
wizard-on-behalf-needs-authorization = Если вы подаёте жалобу от имени другого человека, компании нужно его письменное согласие. Загрузите подписанное им письмо.
wizard-account-intro-escalation = Укажите данные прежней жалобы и объясните, почему ответ на неё вас не устроил.
wizard-warning-may-be-too-old = С указанной даты прошло больше 3 месяцев. Компания может считать жалобы на столь давние события закрытыми. Отправить жалобу всё равно можно.
wizard-check-no-documents = Нет
wizard-check-not-given = Не указано
wizard-check-send-title =
    { $kind ->
        [inquiry] Теперь отправьте обращение
        [abuse_report] Теперь отправьте сообщение
       *[other] Теперь отправьте жалобу
    }
# Variables:
#   $provider (String) - the company's name
wizard-check-send-body = { $kind ->
        [inquiry] Обращение поступит
        [abuse_report] Сообщение поступит
       *[other] Жалоба поступит
    } в { $provider } сразу после отправки. Вы получите номер и код доступа, чтобы следить за делом.
wizard-send =
    { $kind ->
        [inquiry] Отправить обращение
        [abuse_report] Отправить сообщение
       *[other] Отправить жалобу
    }
wizard-try-again = Отправить ещё раз
wizard-not-sent-title = Жалоба не отправлена
wizard-not-sent-network = Связь с сервисом прервалась. Мы пробовали несколько раз.
wizard-not-sent-refused = Сервис не смог её принять.
wizard-not-sent-kept = Ваши ответы сохранены в этой вкладке браузера. Попробуйте ещё раз, когда будете готовы: жалоба будет зарегистрирована только один раз.
wizard-step-earlier =
    { $kind ->
        [complaint] Ваше прежнее обращение
       *[other] Ваша прежняя жалоба
    }
