jurisdiction-england = Англия
jurisdiction-germany-saarland = Саар, Германия
jurisdiction-azerbaijan = Азербайджан
jurisdiction-unstated = Компания не указала

kind-complaint = Жалоба
kind-inquiry = Запрос
kind-abuse-report = Сообщение о злоупотреблении
kind-escalated-complaint = Повторная жалоба
