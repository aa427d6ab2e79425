start-title = Подать жалобу
start-lead = Сообщите компании, что пошло не так, следите за ходом рассмотрения и узнайте, когда можно обратиться к независимому омбудсмену.
start-choose-provider = Выберите компанию
start-provider-jurisdiction = Где находится
start-provider-kinds = Что можно подать
start-provider-languages = Предпочитаемые языки
# Variables:
#   $count (Number) - how many ways of contacting the company it accepts
start-provider-channels =
    { $count ->
        [one] С ней можно связаться ещё { $count } способом.
       *[other] С ней можно связаться ещё { $count } способами.
    }
start-already-complained = Уже подали жалобу? Узнайте, как она рассматривается
