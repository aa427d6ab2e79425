wizard-step-kind = Что вы хотите отправить?
wizard-step-about-you = О вас
wizard-step-contact = Как компания может с вами связаться?
wizard-step-on-behalf = Вы подаёте жалобу за другого человека?
wizard-step-account = Ваш счёт
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
wizard-on-behalf-allowed = Другой человек может подать жалобу и вести дела с компанией за клиента.
wizard-on-behalf-needs-authorization = Если вы подаёте жалобу за другого человека, компании нужно его письменное согласие. Загрузите подписанное им письмо.
wizard-account-intro-escalation = Укажите вашу прежнюю жалобу и почему ответ на неё вас не устроил.
# Variables:
#   $date (String) - the date the customer gave
wizard-warning-may-be-too-old = Указанная дата ({ $date }) была больше 3 месяцев назад. Компания может считать такие давние жалобы закрытыми. Отправить жалобу всё равно можно.
wizard-documents-label = Загрузить файл
# Variables:
#   $max (Number) - most files allowed
wizard-documents-hint =
    { $max ->
        [one] PDF, PNG или JPEG, до 10 МБ. Можно добавить { $max } файл.
        [few] PDF, PNG или JPEG, до 10 МБ каждый. Можно добавить до { $max } файлов.
       *[other] PDF, PNG или JPEG, до 10 МБ каждый. Можно добавить до { $max } файлов.
    }
wizard-documents-required = Компания просит документы, подтверждающие жалобу: счета, письма или снимки экрана.
wizard-documents-optional = Можно добавить документы, подтверждающие жалобу: счета, письма или снимки экрана. Это необязательно.
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
wizard-check-send-body = Жалоба поступит в { $provider }, как только вы её отправите. Вы получите номер и код доступа, чтобы следить за ней.
wizard-send =
    { $kind ->
        [inquiry] Отправить обращение
        [abuse_report] Отправить сообщение
       *[other] Отправить жалобу
    }
wizard-try-again = Отправить ещё раз
wizard-sending = Жалоба отправляется…
wizard-not-sent-title = Жалоба не отправлена
wizard-not-sent-network = Связь с сервисом прервалась. Мы пробовали несколько раз.
wizard-not-sent-refused = Сервис не смог её принять.
wizard-not-sent-kept = Ваши ответы сохранены в этой вкладке браузера. Попробуйте ещё раз, когда будете готовы: жалоба будет зарегистрирована только один раз.

field-full-name = Полное имя
field-surname = Фамилия
field-first-name = Имя
field-patronymic = Отчество
field-patronymic-hint = Как в документе, удостоверяющем личность
field-email = Адрес электронной почты
field-email-hint = Сюда компания пришлёт ответы
field-phone = Номер телефона
field-phone-hint = Например, +994 50 123 45 67
field-preferred-contact = Как компании связаться с вами?
field-account-reference = Номер счёта или клиентский номер
field-account-reference-hint = Он указан в счетах или в личном кабинете
field-domain-names = Доменные имена
field-domain-names-hint = По одному в строке, например example.com
field-employee-name = Имя сотрудника, который вас обслуживал
field-employee-name-hint = Если знаете
field-inquiry-reference = Номер вашего прежнего обращения
field-inquiry-reference-hint = Если вы уже спрашивали об этом
field-previous-complaint = Ваша прежняя жалоба
field-previous-complaint-hint = Её номер или дата и ответ, который вы получили
field-dissatisfaction-reasons = Почему ответ вас не устроил
field-abuse-type = Какое это злоупотребление?
field-subject = Тема
field-subject-hint = Несколько слов о сути жалобы
field-description = Что произошло?
field-description-hint = Опишите, что пошло не так, когда и что вы уже предприняли
field-incident-date = Когда это произошло?
field-incident-date-hint = Если это длилось долго, укажите, когда началось
field-first-contact-date = Когда вы впервые обратились в компанию по этому поводу?
field-first-contact-date-hint = Можно указать примерно
field-desired-remedy = Что вы хотите, чтобы сделала компания?
field-desired-remedy-hint = Например, вернула деньги, отремонтировала, исправила ошибку или извинилась
field-customer-type = Кто клиент?
field-on-behalf = Я подаю эту жалобу за другого человека
field-represented-name = Полное имя человека, за которого вы подаёте жалобу
field-representative-relationship = Кем вы ему приходитесь
field-authorization = Его письменное согласие
field-authorization-hint = Подписанное письмо о том, что вы можете подать жалобу за него. PDF, PNG или JPEG, до 10 МБ.
field-agreement-scope = Моя жалоба касается услуги из моего договора с компанией
field-declaration = Сведения, которые я сообщил(а), верны и полны, насколько мне известно

option-customer-type-residential = Частное лицо
option-customer-type-small-business = Малое предприятие (не более 10 сотрудников)
option-customer-type-other-business = Более крупное предприятие
option-abuse-type-spam = Спам
option-abuse-type-phishing = Фишинг
option-abuse-type-malware = Вредоносная программа
option-abuse-type-fraud = Мошенничество
option-abuse-type-intellectual-property = Нарушение интеллектуальной собственности
option-abuse-type-other = Другое
option-preferred-contact-email = По электронной почте
option-preferred-contact-phone = По телефону

# Variables:
#   $name (String) - the file's name
#   $percent (Number) - how much has been uploaded
upload-progress = Загрузка { $name }: { $percent } %
upload-remove = Удалить
# Variables:
#   $name (String) - the file's name
upload-error-type = { $name }: нужен файл PDF, PNG или JPEG
# Variables:
#   $name (String) - the file's name
upload-error-too-large = { $name }: файл должен быть меньше 10 МБ
# Variables:
#   $name (String) - the file's name
upload-error-network = Не удалось загрузить { $name }. Проверьте подключение и выберите файл ещё раз.
# Variables:
#   $max (Number) - most files allowed
upload-error-too-many =
    { $max ->
        [one] Можно добавить только { $max } файл
        [few] Можно добавить не больше { $max } файлов
       *[other] Можно добавить не больше { $max } файлов
    }
wizard-step-earlier =
    { $kind ->
        [complaint] Ваше предыдущее обращение
       *[other] Ваша предыдущая жалоба
    }
