status-title = Проверить жалобу
status-lead = Введите номер и код доступа, которые вы получили при отправке жалобы.
status-reference-label = Номер дела
status-reference-hint = Например, RD-7K2M9-QX4TB
status-code-label = Код доступа
status-code-hint = 25 букв и цифр группами по пять, например 7KQ3M-X2P9A-HW4TB-QC8NR-5ZJ6E. Регистр, пробелы и дефисы не важны.
status-submit = Проверить жалобу
status-error-reference = Введите номер дела
status-error-code = Введите код доступа
# Variables:
#   $reference (String) - the case reference
case-title =
    { $kind ->
        [inquiry] Обращение { $reference }
        [abuse_report] Сообщение о злоупотреблении { $reference }
       *[other] Жалоба { $reference }
    }
case-loading = Загрузка жалобы…
case-not-found-title = Жалоба не найдена
case-not-found = Нет жалобы с таким номером и кодом доступа. Сверьте их со страницей подтверждения, которую вы распечатали или сохранили при отправке. Если их у вас больше нет, обратитесь в компанию, на которую вы жаловались.
case-try-again = Ввести номер и код доступа ещё раз
case-stage-label = Статус:
case-milestones-title = Сроки
case-history-title = История
case-answers-title = Что вы отправили
case-answer-document = Документ (приложен)
case-documents-label = Документы
case-document-unnamed = Документ
case-actions-title = Что вы можете сделать сейчас
case-message-label = Ваше сообщение компании
case-error-message-required = Укажите сведения, которые запросила компания
case-action-refused = Этот шаг сейчас невозможен.
case-not-started = Отсчёт начнётся после ответа компании
# Variables:
#   $days (Number) - days until the date
case-due-in-days =
    { $days ->
        [0] Срок сегодня
        [one] Осталось { $days } день
        [few] Осталось { $days } дня
       *[other] Осталось { $days } дней
    }
# Variables:
#   $days (Number) - days since the date
case-overdue-days =
    { $days ->
        [0] Просрочено
        [one] Просрочено на { $days } день
        [few] Просрочено на { $days } дня
       *[other] Просрочено на { $days } дней
    }
# Variables:
#   $date (String) - the last day
case-escalate-until = Можно до { $date }
case-escalate-send = Отправить повторную жалобу
case-adr-open = Можно обратиться к омбудсмену уже сейчас
case-adr-not-yet = Пока нет
# Variables:
#   $date (String) - the day it opens
case-adr-opens-on = Передать жалобу этому независимому омбудсмену можно с { $date } или раньше, если компания пришлёт письмо с окончательной позицией.
case-adr-open-body = Этот независимый омбудсмен может рассмотреть вашу жалобу. Он беспристрастен.
# Variables:
#   $months (Number) - months to apply
case-adr-free-within =
    { $months ->
        [one] Это бесплатно. Обратитесь в течение { $months } месяца после окончательного ответа компании.
       *[other] Это бесплатно. Обратитесь в течение { $months } месяцев после окончательного ответа компании.
    }
# Variables:
#   $amount (Number) - the highest award, in pounds
case-adr-max-award = Омбудсмен может присудить вам компенсацию до { $amount } £.
case-adr-representatives = Обратиться за вас может доверенное лицо.
# Variables:
#   $scheme (String) - the ombudsman scheme
case-adr-only-for = Обратиться в { $scheme } может только:
case-adr-excludes = Не рассматривает:
case-adr-needs = Подготовьте:
case-adr-pack = Для обращения распечатайте эту страницу или сохраните её в PDF: на ней есть всё, что просит { $scheme } (даты, суть жалобы и желаемое решение, ответы компании и ваши документы).
stage-received = Получено
stage-acknowledged = Получение подтверждено
stage-awaiting-customer = Ждёт вашего ответа
stage-responded = Компания ответила
stage-manager-review = У руководителя
stage-escalated = Подана повторная жалоба
stage-deadlock = Отправлено письмо с окончательной позицией
stage-final-response = Дан окончательный ответ
stage-resolved = Решено
stage-closed = Закрыто
stage-withdrawn = Отозвано
event-received =
    { $kind ->
        [inquiry] Обращение получено
        [abuse_report] Сообщение получено
       *[other] Жалоба получена
    }
event-acknowledged = Компания подтвердила получение жалобы
event-information-requested = Компания попросила у вас дополнительные сведения
event-information-supplied = Вы отправили дополнительные сведения
event-responded = Компания ответила
event-remedy-proposed = Компания предложила решение
event-manager-review-requested = Вы попросили, чтобы жалобу рассмотрел руководитель
event-escalated = Вы подали повторную жалобу
event-deadlock-letter-issued = Компания прислала письмо с окончательной позицией
event-adr-referral-requested = Вы попросили разрешения обратиться к омбудсмену досрочно
event-final-response = Компания дала окончательный ответ
event-resolved = Решено
event-closed = Закрыто
event-withdrawn =
    { $kind ->
        [inquiry] Вы отозвали обращение
        [abuse_report] Вы отозвали сообщение
       *[other] Вы отозвали жалобу
    }
event-considered-resolved = Вопрос считается решённым: срок для повторной жалобы истёк
event-considered-closed = Дело считается закрытым: прошло 3 месяца
milestone-status-pending = Ожидается
milestone-status-met = Выполнено
milestone-status-missed = Не выполнено
milestone-status-stopped = Не требуется
action-manager-review-requested = Попросить о рассмотрении руководителем
action-escalated =
    { $kind ->
        [inquiry] Подать официальную жалобу
       *[other] Подать повторную жалобу
    }
action-adr-referral-requested = Попросить разрешения обратиться к омбудсмену досрочно
action-information-supplied = Отправить сведения
action-withdrawn =
    { $kind ->
        [inquiry] Отозвать обращение
        [abuse_report] Отозвать сообщение
       *[other] Отозвать жалобу
    }
action-other = Продолжить
adr-excludes-fraud = мошенничество
adr-excludes-property-damage = ущерб имуществу
adr-excludes-discrimination = дискриминацию
adr-excludes-data-protection = защиту персональных данных
adr-needs-first-complaint-date = дату первой жалобы
adr-needs-deadlock-letter-date = дату письма с окончательной позицией
adr-needs-complaint-details = подробности жалобы
adr-needs-remedy-sought = чего вы добиваетесь
adr-needs-documents = ваши документы
withdraw-title =
    { $kind ->
        [inquiry] Вы уверены, что хотите отозвать своё обращение?
        [abuse_report] Вы уверены, что хотите отозвать своё сообщение?
       *[other] Вы уверены, что хотите отозвать свою жалобу?
    }
withdraw-body =
    { $kind ->
        [inquiry] Если вы отзовёте обращение, { $provider } прекратит его рассмотрение, а его сроки перестанут действовать.
        [abuse_report] Если вы отзовёте сообщение, { $provider } прекратит его рассмотрение, а его сроки перестанут действовать.
       *[other] Если вы отзовёте жалобу, { $provider } прекратит её рассмотрение, а её сроки перестанут действовать.
    }
withdraw-warning =
    { $kind ->
        [inquiry] Отменить это нельзя. Чтобы снова поднять этот вопрос, придётся отправить новое обращение.
        [abuse_report] Отменить это нельзя. Чтобы снова поднять этот вопрос, придётся отправить новое сообщение.
       *[other] Отменить это нельзя. Чтобы снова поднять этот вопрос, придётся подать новую жалобу.
    }
withdraw-confirm =
    { $kind ->
        [inquiry] Да, отозвать обращение
        [abuse_report] Да, отозвать сообщение
       *[other] Да, отозвать жалобу
    }
withdraw-back =
    { $kind ->
        [inquiry] Нет, вернуться к обращению
        [abuse_report] Нет, вернуться к сообщению
       *[other] Нет, вернуться к жалобе
    }
withdraw-not-possible =
    { $kind ->
        [inquiry] Это обращение уже нельзя отозвать
        [abuse_report] Это сообщение уже нельзя отозвать
       *[other] Эту жалобу уже нельзя отозвать
    }
case-request-explained =
    { $action ->
        [adr_referral_requested] Вы просите { $provider } разрешить вам обратиться в { $scheme } сейчас, не дожидаясь 8 недель. { $provider } может отказать, если рассчитывает вскоре решить вопрос по вашей жалобе и уже занимается им.
       *[other] { $provider } передаст вашу жалобу руководителю или отделу по работе с жалобами: там её рассмотрят заново и ответят вам. Попросить об этом можно один раз.
    }
case-request-send = Отправить просьбу
case-opens-in-days =
    { $days ->
        [0] Доступно сегодня
        [one] Станет доступно через { $days } день
        [few] Станет доступно через { $days } дня
       *[other] Станет доступно через { $days } дней
    }
case-window-days-left =
    { $days ->
        [0] Сегодня последний день
        [one] Остался { $days } день
        [few] Осталось { $days } дня
       *[other] Осталось { $days } дней
    }
case-lapses-in-days =
    { $days ->
        [0] Может завершиться сегодня
        [one] Может завершиться через { $days } день
        [few] Может завершиться через { $days } дня
       *[other] Может завершиться через { $days } дней
    }
milestone-status-open = Доступно
case-escalate-documents-kept = Уже отправленные документы учитываются: отправлять их заново не нужно.
event-delay-notified = Компания сообщила, что ей нужно больше времени
event-first-contact-corrected = Компания исправила дату вашей первой жалобы
case-event-new-date = Новый срок для этапа «{ $milestone }»: { $date }
case-event-first-contact = Дата вашей первой жалобы по данным компании: { $date }
case-delayed-from = Новый срок сообщён вовремя. Прежний срок: { $date }.
milestone-status-may-close = Компания вправе закрыть дело
milestone-status-aim-missed = Цель не достигнута
case-delay-reason = Причина, названная компанией: { $reason }
