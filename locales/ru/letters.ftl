# Письма по электронной почте (их пишет сервер; приложение этот файл не загружает).
letter-receipt-subject = { $company }: ваше обращение { $reference } получено
letter-greeting = Здравствуйте, { $name }!
letter-greeting-anonymous = Здравствуйте!
letter-receipt-received = Компания { $company } получила ваше обращение ({ $kind }) { $date }. Номер дела — { $reference }; называйте его каждый раз, когда связываетесь с компанией { $company } по этому вопросу.
letter-receipt-deadlines = Что обязуется сделать компания { $company }:
letter-deadline = { $milestone }: не позднее { $date }
letter-deadline-aim = { $milestone }: ориентировочно к { $date }
letter-receipt-next = Компания { $company } изучит то, что вы сообщили, и ответит вам письменно. Сейчас от вас ничего не требуется.
letter-case-link = Следите за делом, отвечайте на вопросы и смотрите все сроки здесь: { $link }
letter-case-link-private = Эта ссылка открывает ваше дело без кода доступа: не пересылайте это письмо и никому его не показывайте.
letter-signature = Служба по работе с жалобами компании { $company }
letter-new-case-subject = Новое дело { $reference } ({ $kind })
letter-new-case-received = { $date } поступило новое дело: { $kind }, номер дела { $reference }.
letter-new-case-first-deadline = Первый срок: { $milestone }, не позднее { $date }.
letter-new-case-link = Открыть очередь: { $link }
