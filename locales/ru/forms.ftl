wizard-documents-label = Загрузить файл
# Variables:
#   $max (Number) - most files allowed
wizard-documents-hint =
    { $max ->
        [one] PDF, PNG или JPEG, до 10 МБ. Можно добавить { $max } файл.
       *[other] PDF, PNG или JPEG, до 10 МБ каждый. Можно добавить до { $max } файлов.
    }
wizard-documents-required = Компания просит документы, подтверждающие { $kind ->
        [inquiry] обращение
        [abuse_report] сообщение
       *[other] жалобу
    }, например письма, переписку или снимки экрана.
wizard-documents-optional = Можно добавить документы, подтверждающие { $kind ->
        [inquiry] обращение
        [abuse_report] сообщение
       *[other] жалобу
    }, например письма, переписку или снимки экрана. Это необязательно.
wizard-sending = Отправка…
field-full-name = Имя и фамилия
field-surname = Фамилия
field-first-name = Имя
field-patronymic = Отчество
field-patronymic-hint = Как в документе, удостоверяющем личность
field-email = Адрес электронной почты
field-email-hint = Сюда компания пришлёт ответы
field-phone = Номер телефона
field-phone-hint = Например, +994 50 123 45 67
field-preferred-contact = Как компании связаться с вами?
field-account-reference = Номер лицевого счёта или номер клиента
field-account-reference-hint = Он указан в счетах на оплату или в личном кабинете
field-domain-names = Доменные имена
field-domain-names-hint = По одному в строке, например example.com
field-employee-name = Имя сотрудника, который вас обслуживал
field-employee-name-hint = Если знаете
field-inquiry-reference = Номер вашего прежнего обращения
field-inquiry-reference-hint = Если вы уже спрашивали об этом
field-previous-complaint = Ваша прежняя жалоба
field-previous-complaint-hint = Её номер или дата и ответ, который вы получили
field-dissatisfaction-reasons = Почему ответ вас не устроил
field-abuse-type = Какого рода злоупотребление?
field-subject = Тема
field-subject-hint = Несколько слов о сути жалобы
field-description = Что произошло?
field-description-hint = Опишите, что пошло не так, когда и что вы уже предприняли
field-incident-date = Когда это произошло?
field-incident-date-hint = Если это длилось долго, укажите, когда началось
field-first-contact-date = Когда вы впервые обратились в компанию по этому поводу?
field-first-contact-date-hint = Можно указать примерно
field-desired-remedy = Чего вы ждёте от компании?
field-desired-remedy-hint = Например, возврата денег, ремонта, исправления ошибки или извинений
field-customer-type = Кто клиент?
field-on-behalf = Я подаю эту жалобу от имени другого человека
field-represented-name = Имя и фамилия человека, которого вы представляете
field-representative-relationship = Кем вы ему приходитесь
field-authorization = Его письменное согласие
field-authorization-hint = Подписанное им письмо о том, что вы можете подать жалобу от его имени. PDF, PNG или JPEG, до 10 МБ.
field-agreement-scope = Моя жалоба касается услуги из моего договора с компанией
field-declaration = Насколько мне известно, сообщённые мной сведения верны и полны
option-customer-type-residential = Частное лицо
option-customer-type-small-business = Малое предприятие (не более 10 сотрудников)
option-customer-type-other-business = Более крупное предприятие
option-abuse-type-spam = Спам
option-abuse-type-phishing = Фишинг
option-abuse-type-malware = Вредоносная программа
option-abuse-type-fraud = Мошенничество
option-abuse-type-intellectual-property = Нарушение интеллектуальных прав
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
       *[other] Можно добавить не больше { $max } файлов
    }
field-contact-any-hint = Укажите адрес электронной почты, номер телефона или и то и другое, чтобы компания могла с вами связаться.
kind-complaint = Жалоба
kind-inquiry = Обращение
kind-abuse-report = Сообщение о злоупотреблении
kind-escalated-complaint = Повторная жалоба
kind-complaint-hint = Что-то пошло не так, и вы хотите, чтобы компания это исправила.
kind-inquiry-hint = Вопрос или проблема, о которой вы пишете впервые. Если ответ не решит её, можно подать официальную жалобу.
kind-abuse-report-hint = Сообщите о спаме, фишинге, вредоносных программах или другом злоупотреблении с доменным именем, которое обслуживает компания.
kind-escalated-complaint-hint = Вас не устроил ответ компании на вашу жалобу.
