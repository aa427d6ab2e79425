sent-title =
    { $kind ->
        [inquiry] Обращение отправлено
        [abuse_report] Сообщение отправлено
       *[other] Жалоба отправлена
    }
sent-reference-label = Номер вашего дела
sent-access-title = Ваш код доступа
sent-access-body = Этот код и номер нужны, чтобы следить за { $kind ->
        [inquiry] обращением
        [abuse_report] сообщением
       *[other] жалобой
    }. Сохраните код: он показывается только один раз, и никто не сможет сообщить его вам снова.
sent-copy = Скопировать номер и код
sent-copied = Скопировано
sent-case-link =
    { $kind ->
        [inquiry] Следить за обращением
        [abuse_report] Следить за сообщением
       *[other] Следить за жалобой
    }
sent-next-title = Что дальше
# Variables:
#   $provider (String) - the company's name
sent-next-body = { $kind ->
        [inquiry] Обращение
        [abuse_report] Сообщение
       *[other] Жалоба
    } уже у { $provider }. Если обещанный срок пройдёт без ответа, это будет видно на странице дела.
sent-escalate-title = Если вас не устроит ответ
sent-escalate-body = На странице дела видно, { $next ->
        [manager] что можно сделать на каждом этапе, например попросить, чтобы жалобу рассмотрел руководитель
        [escalate] что можно сделать на каждом этапе, например подать повторную жалобу, если ответ компании не решил вопрос
       *[other] на каком этапе дело и какие шаги предпринимает компания
    }.
# Variables:
#   $scheme (String) - the ombudsman scheme's name
sent-adr-later = Если за 8 недель вопрос не решат или компания пришлёт письмо с окончательной позицией, можно бесплатно обратиться в { $scheme }.
sent-missing-title = Здесь нечего показать
sent-missing-body = Подтверждение хранится только во вкладке, из которой жалоба была отправлена. Если у вас есть номер и код доступа, вы можете проверить жалобу.

# The check page: how the customer wants to hear about the case.
# Variables:
#   $email (String) - the email address the customer gave
letters-choice-title = Как сообщать вам о ходе дела?
letters-choice-email = Письмом на { $email } и на странице дела
letters-choice-page = Только на странице дела, без писем
letters-choice-page-hint = Чтобы узнать новости, вам понадобятся номер дела и код доступа.
sent-access-body-emailed = Этот код и номер нужны, чтобы следить за { $kind ->
        [inquiry] обращением
        [abuse_report] сообщением
       *[other] жалобой
    }. Мы также отправили их вам письмом со ссылкой на дело: любой, кто может прочитать это письмо, может следить за делом.
