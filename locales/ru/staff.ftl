# The complaints team's console (the staff part of the app).
staff-loading = Загрузка…
staff-unavailable-title = Консоль недоступна
staff-unavailable = Консоль сейчас не может связаться с порталом. Ничего не изменено; попробуйте ещё раз через несколько минут.
# Variables:
#   $name (String) - the staff member's name
#   $provider (String) - the company's name
staff-signed-in-as = Вы вошли как { $name }, { $provider }
staff-sign-out = Выйти

## Signing in
staff-sign-in-title = Вход в консоль жалоб
staff-sign-in-body = Введите адрес электронной почты, который для вас зарегистрировала компания. Мы пришлём на него код для входа.
staff-email-label = Адрес электронной почты
staff-send-code = Прислать код
staff-code-title = Введите код из письма
# Variables:
#   $email (String) - the address typed
staff-code-sent = Если { $email } принадлежит сотруднику отдела жалоб, код уже отправлен на этот адрес. Он действует 10 минут.
staff-code-label = Код для входа
staff-code-hint = 8 цифр, например 0123 4567
staff-sign-in = Войти
staff-code-again = Указать другой адрес или запросить новый код
staff-error-email = Введите адрес электронной почты, например name@example.com
staff-error-code-format = Введите 8 цифр кода
staff-error-code-not-accepted = Этот код не подходит. Сверьте его с письмом и введите снова; если он уже использован или старше 10 минут, запросите новый.

## The work queue
staff-queue-title = Очередь дел
staff-search-label = Найти дело
staff-search-hint = Номер дела или имя, адрес почты, телефон или лицевой счёт клиента
staff-stage-label = Этап
staff-stage-any = Любой этап
staff-stage-counts = Дела по этапам
staff-overdue-only = Только дела с пропущенным сроком
staff-apply = Показать дела
# Variables:
#   $count (Number) - how many cases the filters find
staff-queue-count =
    { $count ->
        [0] Подходящих дел нет.
        [one] { $count } дело
        [few] { $count } дела
       *[other] { $count } дел
    }
staff-queue-count-more = Больше { $count } дел
staff-pages = Страницы очереди
staff-previous-page = Предыдущая страница
staff-next-page = Следующая страница
# Variables:
#   $date (String) - a day, written out
staff-received-on = получено { $date }
staff-due-none = Открытых сроков нет
# Variables:
#   $days (Number) - days since the deadline passed
staff-due-overdue =
    { $days ->
        [one] Просрочено на { $days } день
        [few] Просрочено на { $days } дня
       *[other] Просрочено на { $days } дней
    }
staff-due-today = Срок сегодня
staff-due-tomorrow = Срок завтра
# Variables:
#   $date (String) - a day, written out
staff-due-on = Срок: { $date }

## A case
# Variables:
#   $reference (String) - the case's reference
staff-case-title = Дело { $reference }
staff-case-not-found = У вашей компании нет дела с таким номером.
staff-back-to-queue = Вернуться к очереди
staff-case-kind = Вид
staff-case-stage = Этап
staff-case-language = Язык клиента
staff-deadlines-title = Сроки
staff-milestone-met = соблюдён
staff-milestone-missed = пропущен
staff-milestone-stopped = больше не действует
staff-milestone-pending = идёт
staff-milestone-not-started = ещё не начался
staff-answers-title = Что сообщил клиент
staff-documents-title = Документы
staff-document-open = Открыть в новой вкладке
staff-document-download = Скачать
staff-history-title = Что произошло
# Variables:
#   $name (String) - who recorded the step
staff-event-by = записал(а) { $name }
staff-letters-title = Письма
staff-letter-sent = отправлено
staff-letter-failed = не доставлено
staff-letter-waiting = ждёт отправки
# The kinds of letter a case's list names.
staff-letter-receipt = Подтверждение получения клиенту
staff-letter-new-case = Новое дело, вашей команде
staff-letter-acknowledgement = Подтверждение рассмотрения
staff-letter-information-request = Запрос сведений
staff-letter-delay-notice = Уведомление о переносе срока
staff-letter-response = Ваш ответ
staff-letter-window-reminder = Напоминание до конца срока обжалования
staff-letter-adr = Письмо об омбудсмене
staff-letter-closing = Письмо о закрытии
staff-letter-step = Ваш шаг
staff-letter-customer-step = Шаг клиента, вашей команде
staff-letters-stopped = Клиент отказался от писем по этому делу: он следит за ним на странице дела.
staff-steps-title = Следующий шаг
staff-no-steps = Сейчас по этому делу нет доступных шагов вашей процедуры.
staff-step-legend = Какой шаг?
staff-message-label = Сообщение клиенту
# Variables:
#   $language (String) - the name of the case's language
staff-message-hint = Составлено для вас на языке клиента ({ $language }); измените его при необходимости. Клиент прочтёт его на странице дела и в письме.
staff-record-step = Записать шаг и сообщить клиенту
staff-error-step = Выберите шаг
staff-error-message = Напишите сообщение клиенту
# Variables:
#   $reason (String) - why the portal refused, in English
staff-error-not-now = Этот шаг сейчас невозможен: { $reason }
staff-step-acknowledged = Подтвердить получение жалобы
staff-step-information-requested = Запросить у клиента сведения
staff-step-responded = Ответить
staff-step-remedy-proposed = Предложить решение
staff-step-final-response = Отправить окончательный ответ
staff-step-deadlock-letter-issued = Отправить письмо о несогласии
staff-step-resolved = Отметить как решённое
staff-step-closed = Закрыть дело

## Messages to the customer a step starts from, in the case's language.
staff-template-acknowledged = Спасибо за вашу жалобу. Мы её получили и рассматриваем. Мы ответим не позднее даты, указанной на странице вашего дела.
staff-template-information-requested = Чтобы рассмотреть вашу жалобу, нам нужны дополнительные сведения: …
staff-template-responded = Мы рассмотрели вашу жалобу. …
staff-template-remedy-proposed = Чтобы исправить ситуацию, мы предлагаем: …
staff-template-final-response = Это наш окончательный ответ на вашу жалобу. …
staff-template-deadlock-letter-issued = Нам не удалось договориться о решении по вашей жалобе. Это письмо — наша окончательная позиция. …
staff-template-resolved = Мы рады, что ваша жалоба решена. Спасибо, что сообщили нам о проблеме.
staff-template-closed = Мы закрываем вашу жалобу. …

## Who handles a case, notes and views
staff-assigned-label = Кто ведёт
staff-assigned-anyone = Любой
staff-assigned-me = Я
staff-assigned-nobody = Пока никто
# Variables:
#   $name (String) - a member of the staff
staff-handled-by = ведёт { $name }
staff-handled-by-nobody = пока никто не ведёт
staff-handler-title = Кто ведёт дело
staff-take-case = Взять дело себе
staff-assign-label = Передать
staff-assign = Передать дело
staff-notes-title = Заметки для команды
staff-notes-body = Их читают только ваши коллеги; клиент их никогда не видит.
staff-note-label = Новая заметка
staff-add-note = Добавить заметку
staff-error-note = Напишите заметку
staff-error-note-long = Заметка слишком длинная или содержит символы, которые нельзя сохранить: не больше 5 000 символов
staff-views-title = Кто просматривал дело

## Delay notices and a corrected first contact
staff-step-delay-notified = Сообщить о переносе срока
staff-step-first-contact-corrected = Исправить день первого обращения
staff-template-delay-notified = Нам нужно больше времени, чтобы как следует рассмотреть вашу жалобу, потому что …
staff-template-first-contact-corrected = По нашим данным, впервые вы обратились к нам по этому вопросу в другой день: …
staff-delay-milestone-label = Какой срок переносится?
staff-new-date-label = Новая дата
staff-first-contact-label = День первого обращения
staff-error-date = Введите дату
staff-error-delay = Этот срок можно перенести только до его наступления и только на более позднюю дату.

## What was just done
staff-done-saved = Сохранено.
# Variables:
#   $step (String) - the step's name
staff-done-step = Записано: { $step }. Письмо клиенту отправляется; клиент уже видит этот шаг на странице своего дела.

staff-merge-title = Объединить дубликат
staff-merge-body = Если эта жалоба повторяет другую жалобу того же клиента, объедините её с тем делом. Ничего не удаляется: это дело сохранит всё, что прислал клиент, а по его номеру будет открываться сохранённое дело.
staff-merge-label = Номер дела, которое остаётся
staff-merge-button = Объединить с этим делом
staff-merge-confirm = Объединить это дело с { $into } ({ $customer })? Дальнейшие шаги будут выполняться там, отменить это нельзя.
staff-merge-yes = Да, объединить
staff-merge-cancel = Отмена
staff-merge-error-empty = Введите номер дела, которое остаётся
staff-merge-error-unknown = Среди ваших дел нет дела с таким номером. Проверьте номер и попробуйте ещё раз
staff-merge-error-same = Это открытое сейчас дело. Введите номер другого дела
staff-merge-error-customer = Это дело другого клиента: в них не совпадают ни адрес электронной почты, ни номер телефона
staff-merge-error-merged = Одно из двух дел уже объединено с другим. Объединяйте с тем делом
staff-merged-into = Объединено { $date }, { $name }. Дальнейшие шаги выполняются в деле, с которым оно объединено:
staff-merged-title = Дубликаты, объединённые с этим делом
staff-done-merged = Дело { $reference } объединено с этим делом.
staff-document-from-customer = Прислал клиент
staff-document-added-by = Приложил(а) { $name }
staff-step-documents-label = Документы к письму (необязательно)
staff-step-documents-hint = Подписанное письмо или приложения к нему: PDF, PNG или JPEG, каждый не больше 10 МБ, не больше { $most }. Они уйдут с письмом клиенту и останутся в деле.
staff-document-uploading = Загружается { $name }…
staff-document-remove = Убрать
staff-error-document-type = { $name } не является файлом PDF, PNG или JPEG
staff-error-document-size = { $name } больше 10 МБ
staff-error-document-count = К одному шагу можно приложить не больше { $most } документов
staff-event-acknowledged = Получение подтверждено
staff-event-information-requested = У клиента запрошены сведения
staff-event-information-supplied = Клиент прислал сведения
staff-event-responded = Клиенту дан ответ
staff-event-remedy-proposed = Предложено решение
staff-event-manager-review-requested = Клиент попросил рассмотрения руководителем
staff-event-escalated = Клиент подал повторную жалобу
staff-event-deadlock-letter-issued = Отправлено письмо о недостигнутом согласии
staff-event-adr-referral-requested = Клиент попросил раньше обратиться к омбудсмену
staff-event-final-response = Дан окончательный ответ
staff-event-withdrawn = Клиент отозвал обращение
staff-event-delay-notified = Клиенту сообщено, что нужно больше времени
staff-event-first-contact-corrected = Исправлена дата первого обращения
staff-stage-awaiting-customer = Ждём ответа клиента
staff-error-placeholder = Замените … в сообщении своими словами
staff-stage-merged = Объединено с другим делом
staff-letter-merged = Объединение с другим делом
staff-new-from-customer = Новое от клиента
staff-outcome-legend = Каков итог? (необязательно)
staff-outcome-hint = Для отчёта о жалобах для регулятора. Клиент этого не видит.
staff-outcome-upheld = Обоснована: клиент был прав
staff-outcome-partly-upheld = Частично обоснована
staff-outcome-not-upheld = Не обоснована
staff-outcome-none = Не указано
staff-event-outcome = Итог: { $outcome }

## The console's pages, and the reports
staff-nav = Страницы консоли
staff-nav-queue = Очередь дел
staff-nav-reports = Отчёты
staff-report-title = Отчёты
staff-report-intro = Насколько команда выполнила обещания политики за период: что поступило, что закрыто и как быстро, какие сроки соблюдены, а какие пропущены. Дни считаются по календарю компании, в её часовом поясе.
staff-report-period = Период
staff-report-this-month = Этот месяц
staff-report-last-month = Прошлый месяц
staff-report-this-quarter = Этот квартал
staff-report-last-quarter = Прошлый квартал
staff-report-dates = Свои даты
staff-report-from = С
staff-report-to = По
staff-report-show = Показать отчёт
staff-report-error-date = Введите дату, например 1 июля 2026
staff-report-error-range = Последний день должен совпадать с первым или быть позже
staff-report-error-too-long = Отчёт охватывает не больше года: выберите период короче
staff-report-heading = С { $from } по { $to }
staff-report-summary = Поступило дел: { $received }, закрыто: { $closed }, открыто на конец периода: { $open }.
staff-report-download-figures = Скачать показатели (таблица CSV)
staff-report-download-return = Скачать отчёт о жалобах в группах регулятора (таблица CSV)
staff-report-charts = Диаграммы
staff-report-by-kind = Показатели по видам дел
staff-report-weeks-title = Поступившие и закрытые дела по неделям
staff-report-weeks-summary = Поступило дел: { $received }, закрыто: { $closed }. Больше всего поступило за неделю с { $date }: { $most }.
staff-report-weeks-none = За период дела не поступали; закрыто: { $closed }.
staff-report-received = Поступило
staff-report-closed = Закрыто
staff-report-week = Неделя
staff-report-on-time-title = Соблюдённые сроки по месяцам
staff-report-on-time-none = За период не наступил ни один срок.
staff-report-on-time-unsettled = { $deadline }: ни один срок ещё не истёк.
staff-report-on-time-summary = { $deadline }: соблюдено { $percent } ({ $on_time } из { $settled }).
staff-report-percent = { $percent } %
staff-report-month = Месяц
staff-report-fell-due = Со сроком в периоде
staff-report-on-time = В срок
staff-report-late = С опозданием
staff-report-not-yet = Ещё не истекло
staff-report-share = Доля в срок
staff-report-first-answer-title = Рабочие дни до первого ответа
staff-report-within-days =
    { $days ->
        [0] в тот же день
        [one] в течение { $days } рабочего дня
       *[other] в течение { $days } рабочих дней
    }
staff-report-first-answer-summary = Первый ответ за период получили дела: { $cases }. Половина из них — { $half }, 9 из 10 — { $most }.
staff-report-first-answer-none = За период ни одно дело не получило первого ответа.
staff-report-days = Рабочие дни
staff-report-cases = Дела
staff-report-open-start = Открыто на начало
staff-report-open-end = Открыто на конец
staff-report-closed-3-days = Закрыто в течение 3 рабочих дней
staff-report-closed-8-weeks = Закрыто после 3 рабочих дней, в течение 8 недель
staff-report-closed-later = Закрыто позже 8 недель
staff-report-no-outcome = Закрыто без записанного итога
staff-report-first-answered = Дела, получившие первый ответ за период
staff-report-first-answer-median = Рабочие дни до первого ответа: половина в течение
staff-report-first-answer-p90 = Рабочие дни до первого ответа: 9 из 10 в течение
staff-report-close-median = Рабочие дни до закрытия: половина в течение
staff-report-close-p90 = Рабочие дни до закрытия: 9 из 10 в течение
staff-report-delay-notices = Уведомления о переносе срока
staff-report-escalations = Повторные жалобы
staff-report-deadlock-letters = Письма о несогласии
staff-report-adr-letters = Письма, открывающие путь к омбудсмену
staff-report-early-asked = Просьбы обратиться к омбудсмену раньше
staff-report-early-granted = Разрешённые досрочные обращения
staff-report-figures = { $kind }: показатели
staff-report-deadlines = { $kind }: сроки
staff-report-deadline = Срок
staff-report-kind-empty = За период дела этого вида не поступали, не были открыты и не закрывались.
staff-report-numbers = Показать числа
staff-report-on-time-hint = Доля считается по срокам, которые уже соблюдены или истекли; предстоящие не учитываются.
staff-report-drawn = Данные на { $date }.
staff-report-upheld = Обоснована
