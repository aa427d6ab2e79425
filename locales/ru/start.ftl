start-title = Подать жалобу
start-lead = Сообщите компании, что пошло не так, следите за ходом рассмотрения и узнайте, когда можно обратиться к независимому омбудсмену.
start-choose-provider = Выберите компанию
start-search-label = Поиск по названию компании
# Variables:
#   $search (String) - what the customer typed
start-search-none = Ни одна компания не подходит под «{ $search }».
# Variables:
#   $count (Number) - how many companies the search found
start-search-found =
    { $count ->
        [one] Найдена { $count } компания
        [few] Найдено { $count } компании
       *[other] Найдено { $count } компаний
    }
start-provider-jurisdiction = Где находится
start-provider-kinds = Что можно отправить
start-provider-languages = Предпочитаемые языки
# Variables:
#   $count (Number) - how many ways of contacting the company it accepts
start-provider-channels =
    { $count ->
        [one] С ней можно связаться ещё { $count } способом.
       *[other] С ней можно связаться ещё { $count } способами.
    }
start-already-complained = Уже подали жалобу? Проверьте её статус
jurisdiction-england = Англия
jurisdiction-germany-saarland = Саар, Германия
jurisdiction-azerbaijan = Азербайджан
jurisdiction-unstated = Компания не указывает
# Variables:
#   $provider (String) - the company's name
provider-title = Жалоба в { $provider }
provider-lead = С помощью этого сервиса можно подать официальную жалобу. Это займёт около 10 минут. Перед отправкой вы сможете проверить ответы, а если придётся прерваться, они сохранятся в этой вкладке браузера.
# Variables:
#   $provider (String) - the company's name
#   $languages (String) - the languages it prefers, each named in itself
provider-languages = { $provider } предпочитает получать обращения на этих языках: { $languages }.
provider-start = Начать
provider-deadlines-title = Что обещает компания
provider-deadlines-body =
    { $holidays ->
        [none] Рабочие дни — с понедельника по пятницу.
       *[other] Рабочие дни — с понедельника по пятницу, кроме праздников по месту нахождения компании.
    }
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
provider-clock-from =
    { $from ->
        [response] { $milestone }: { $clock } с момента ответа компании
        [first_contact] { $milestone }: { $clock } со дня вашей первой жалобы в компанию
       *[receipt] { $milestone }: { $clock } со дня получения компанией
    }
