# Briefe per E-Mail (der Server schreibt sie; die App lädt diese Datei nie).
letter-receipt-subject = { $company } hat Ihren Vorgang { $reference } erhalten
letter-greeting = Guten Tag { $name },
letter-greeting-anonymous = Guten Tag,
letter-receipt-received = { $company } hat Ihren Vorgang ({ $kind }) am { $date } erhalten. Das Aktenzeichen lautet { $reference }; bitte geben Sie es an, wenn Sie { $company } dazu kontaktieren.
letter-receipt-deadlines = Dazu hat sich { $company } verpflichtet:
letter-deadline = { $milestone }: bis { $date }
letter-deadline-aim = { $milestone }: angestrebt bis { $date }
letter-receipt-next = { $company } prüft Ihre Angaben und antwortet Ihnen schriftlich. Sie müssen jetzt nichts tun.
letter-case-link = Hier verfolgen Sie Ihren Vorgang, beantworten Rückfragen und sehen jede Frist: { $link }
letter-case-link-private = Dieser Link öffnet Ihren Vorgang ohne den Zugangscode: Behalten Sie diese E-Mail für sich und leiten Sie sie nicht weiter.
letter-signature = Das Beschwerdeteam von { $company }
letter-new-case-subject = Neuer Vorgang { $reference } ({ $kind })
letter-new-case-received = Am { $date } ist ein neuer Vorgang eingegangen: { $kind }, Aktenzeichen { $reference }.
letter-new-case-first-deadline = Erste Frist: { $milestone }, bis { $date }.
letter-new-case-link = Zur Warteschlange: { $link }
