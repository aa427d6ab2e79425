sent-title = Жалоба отправлена
sent-reference-label = Номер вашей жалобы
sent-access-title = Ваш код доступа
sent-access-body = Этот код и номер жалобы нужны, чтобы следить за ней. Сохраните его: он показывается только один раз, и никто не сможет сообщить его вам снова.
sent-copy = Скопировать номер и код
sent-copied = Скопировано
sent-print = Распечатать эту страницу
sent-case-link = Следить за жалобой
sent-next-title = Что дальше
# Variables:
#   $provider (String) - the company's name
sent-next-body = Жалоба уже у { $provider }. Если обещанный срок пройдёт без ответа, это будет видно на странице вашей жалобы.
sent-escalate-title = Если вас не устроит ответ
sent-escalate-body = На странице жалобы видно, что можно сделать на каждом этапе, например попросить, чтобы её рассмотрел руководитель.
# Variables:
#   $scheme (String) - the ombudsman scheme's name
sent-adr-later = Если жалобу не решат за 8 недель или компания пришлёт письмо о тупиковой ситуации, можно бесплатно обратиться в { $scheme }.
# Variables:
#   $provider (String) - the company's name
sent-contact-title = Другие способы связаться с { $provider }
sent-missing-title = Здесь нечего показать
sent-missing-body = Подтверждение хранится только во вкладке, из которой жалоба была отправлена. Если у вас есть номер и код доступа, вы можете проверить жалобу.
