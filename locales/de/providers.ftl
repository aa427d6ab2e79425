milestone-acknowledgement = Eingangsbestätigung
milestone-holding-response = Erste Antwort
milestone-resolution = Lösung
milestone-substantive-response = Vollständige Antwort
milestone-response = Antwort
milestone-final-response = Abschließende Antwort
milestone-remedy-proposal = Lösungsvorschlag
milestone-escalation-window-closes = Letzter Tag zur Weiterleitung
milestone-adr-eligible = Schlichtung möglich
milestone-considered-closed = Kann als geschlossen gelten
milestone-role-deadline = bis dahin muss das Unternehmen handeln
milestone-role-window = bis dahin können Sie handeln
milestone-role-opens = eine Möglichkeit öffnet sich für Sie
milestone-role-lapse = der Fall kann dann enden
# Variables:
#   $provider (String) - the company's name
sent-contact-title = Andere Wege zu { $provider }
jurisdiction-england = England
jurisdiction-germany-saarland = Saarland, Deutschland
jurisdiction-azerbaijan = Aserbaidschan
jurisdiction-unstated = Vom Unternehmen nicht angegeben
kind-complaint = Beschwerde
kind-inquiry = Anfrage
kind-abuse-report = Missbrauchsmeldung
kind-escalated-complaint = Weitergeleitete Beschwerde
kind-complaint-hint = Etwas ist schiefgelaufen und Sie möchten, dass das Unternehmen es in Ordnung bringt.
kind-inquiry-hint = Eine Frage oder eine erste Meldung eines Problems. Klärt die Antwort die Sache nicht, können Sie danach eine förmliche Beschwerde einreichen.
kind-abuse-report-hint = Melden Sie Spam, Phishing, Schadsoftware oder anderen Missbrauch über einen Domainnamen, den das Unternehmen verwaltet.
kind-escalated-complaint-hint = Sie sind mit der Antwort des Unternehmens auf Ihre Beschwerde nicht zufrieden.
channel-phone = Telefon
channel-email = E-Mail
channel-website = Website
channel-web-form = Online-Formular
channel-post = Post
channel-fax = Fax
channel-live-chat = Live-Chat
channel-callback = Rückruf anfordern
channel-social-media = Soziale Netzwerke
channel-complaints-book = Beschwerde- und Vorschlagsbuch in den Filialen
channel-purpose-inquiries = Fragen
channel-purpose-complaints = Beschwerden
channel-purpose-abuse-reports = Missbrauchsmeldungen
channel-purpose-escalations = weitergeleitete Beschwerden
channel-purpose-accounts = Konten und Rechnungen
channel-purpose-feedback = Rückmeldungen
channel-note-identity-check = Die Beraterinnen und Berater stellen Ihnen eventuell Fragen, um Ihre Identität zu prüfen.
channel-note-acknowledged-with-next-steps = Sie erhalten eine Eingangsbestätigung, die sagt, wann und wie das Unternehmen antwortet und an wen Sie sich wegen des Stands wenden können.
channel-note-message-outside-hours = Außerhalb dieser Zeiten können Sie eine Nachricht hinterlassen.
channel-not-accepted = Das Unternehmen nimmt auf diesem Weg keine Beschwerden an.
# Variables:
#   $opens (String) - opening time, 24-hour clock
#   $closes (String) - closing time, 24-hour clock
channel-hours-weekdays = Montag bis Freitag, { $opens } bis { $closes } Uhr
# Variables:
#   $provider (String) - the company's name
provider-title = Beschwerde bei { $provider }
provider-lead = Mit diesem Dienst reichen Sie eine förmliche Beschwerde ein. Das dauert etwa 10 Minuten. Sie können Ihre Antworten vor dem Absenden prüfen, und sie bleiben in diesem Browser-Tab erhalten, falls Sie unterbrechen müssen.
provider-start = Jetzt beginnen
provider-deadlines-title = Was das Unternehmen zusagt
provider-deadlines-body = Werktage sind Montag bis Freitag, außer an Feiertagen am Sitz des Unternehmens. Jede Frist zählt ab dem Tag, an dem Ihre Beschwerde eingeht.
# Variables:
#   $count (Number) - number of working days
provider-clock-business-days =
    { $count ->
        [one] innerhalb von { $count } Werktag
       *[other] innerhalb von { $count } Werktagen
    }
# Variables:
#   $count (Number) - number of weeks
provider-clock-weeks =
    { $count ->
        [one] nach { $count } Woche
       *[other] nach { $count } Wochen
    }
# Variables:
#   $count (Number) - number of months
provider-clock-months =
    { $count ->
        [one] nach { $count } Monat
       *[other] nach { $count } Monaten
    }
channel-none = Die Beschwerderichtlinie des Unternehmens nennt keine Adresse und keine Telefonnummer. Sie können diesen Dienst nutzen oder auf der Website des Unternehmens nachsehen.
