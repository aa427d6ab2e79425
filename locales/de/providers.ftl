milestone-acknowledgement = Eingangsbestätigung
milestone-holding-response = Erste Antwort
milestone-resolution = Lösung
milestone-substantive-response = Vollständige Antwort
milestone-response = Antwort
milestone-final-response = Abschließende Antwort
milestone-remedy-proposal = Lösungsvorschlag
milestone-escalation-window-closes = Letzter Tag für eine erneute Beschwerde
milestone-adr-eligible = Schlichtung möglich
milestone-considered-closed = Kann als abgeschlossen gelten
# Variables:
#   $provider (String) - the company's name
sent-contact-title = Weitere Kontaktwege zu { $provider }
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
channel-purpose-escalations = erneute Beschwerden
channel-purpose-accounts = Kundenkonto und Rechnungen
channel-purpose-feedback = Rückmeldungen
channel-note-identity-check = Das Serviceteam stellt Ihnen eventuell Fragen, um Ihre Identität zu prüfen.
channel-note-acknowledged-with-next-steps = Sie erhalten eine Eingangsbestätigung, aus der hervorgeht, wann und wie das Unternehmen antwortet und an wen Sie sich wegen des Bearbeitungsstands wenden können.
channel-note-message-outside-hours = Außerhalb dieser Zeiten können Sie eine Nachricht hinterlassen.
channel-not-accepted = Das Unternehmen nimmt auf diesem Weg keine Beschwerden an.
# Variables:
#   $opens (String) - opening time, 24-hour clock
#   $closes (String) - closing time, 24-hour clock
channel-hours-weekdays = Montag bis Freitag, { $opens } bis { $closes } Uhr
channel-none = Die Beschwerderichtlinie des Unternehmens nennt keine Adresse und keine Telefonnummer. Sie können diesen Dienst nutzen oder auf der Website des Unternehmens nachsehen.
milestone-role =
    { $role ->
        [aim] das Unternehmen strebt an, bis dahin zu handeln, sagt es aber nicht verbindlich zu
        [deadline_or_notice] bis dahin muss das Unternehmen handeln oder Ihnen vorher sagen, warum es länger braucht und wann es antwortet
        [window] bis dahin können Sie handeln
        [opens] ab dann steht Ihnen ein weiterer Schritt offen
        [lapse] der Fall kann dann enden
        [may_close] ab dann darf das Unternehmen Ihren Fall abschließen; er wird nicht automatisch abgeschlossen
       *[deadline] bis dahin muss das Unternehmen handeln
    }
milestone-counted-from =
    { $by ->
        [staff] Gezählt ab { $date }, dem Datum Ihrer ersten Beschwerde laut Unterlagen des Unternehmens
       *[customer] Gezählt ab { $date }, dem Datum Ihrer ersten Beschwerde laut Ihren Angaben
    }
provider-promise =
    { $promise ->
        [status] Sie können { $provider } jederzeit fragen, wie es um Ihre Beschwerde steht. Ihre Fallseite hier zeigt es ebenfalls.
       *[every_step] { $provider } teilt Ihnen das Ergebnis und jeden unternommenen Schritt mit.
    }
