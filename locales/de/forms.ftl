wizard-documents-label = Datei hochladen
# Variables:
#   $max (Number) - most files allowed
wizard-documents-hint =
    { $max ->
        [one] PDF, PNG oder JPEG, bis 10 MB. Sie können { $max } Datei hinzufügen.
       *[other] PDF, PNG oder JPEG, je bis 10 MB. Sie können bis zu { $max } Dateien hinzufügen.
    }
wizard-documents-required = Das Unternehmen verlangt Unterlagen, die Ihre { $kind ->
        [inquiry] Anfrage
        [abuse_report] Meldung
       *[other] Beschwerde
    } belegen, etwa Briefe, E-Mails oder Bildschirmfotos.
wizard-documents-optional = Sie können Unterlagen hinzufügen, die Ihre { $kind ->
        [inquiry] Anfrage
        [abuse_report] Meldung
       *[other] Beschwerde
    } belegen, etwa Briefe, E-Mails oder Bildschirmfotos. Das ist freiwillig.
wizard-sending = Wird gesendet…
field-full-name = Vollständiger Name
field-surname = Nachname
field-first-name = Vorname
field-patronymic = Vatersname
field-patronymic-hint = Der Vorname Ihres Vaters, wie in Ihrem Ausweis angegeben
field-email = E-Mail-Adresse
field-email-hint = Das Unternehmen schickt seine Antworten an diese Adresse
field-phone = Telefonnummer
field-phone-hint = Zum Beispiel 06894 9396 0 oder +49 170 1234567
field-preferred-contact = Wie soll das Unternehmen Sie kontaktieren?
field-account-reference = Kontonummer oder Kundennummer
field-account-reference-hint = Sie finden sie auf Ihren Rechnungen oder online in Ihrem Kundenkonto
field-domain-names = Domainnamen
field-domain-names-hint = Einer pro Zeile, zum Beispiel example.com
field-employee-name = Name der Person, die Sie bedient hat
field-employee-name-hint = Falls bekannt
field-inquiry-reference = Aktenzeichen Ihrer früheren Anfrage
field-inquiry-reference-hint = Falls Sie schon einmal danach gefragt haben
field-previous-complaint = Ihre frühere Beschwerde
field-previous-complaint-hint = Deren Aktenzeichen oder Datum und die Antwort, die Sie erhalten haben
field-dissatisfaction-reasons = Warum die Antwort die Sache nicht geklärt hat
field-abuse-type = Um welche Art von Missbrauch geht es?
field-subject = Betreff
field-subject-hint = Ein paar Worte, die Ihre Beschwerde zusammenfassen
field-description = Was ist passiert?
field-description-hint = Schreiben Sie, was schiefgelaufen ist, wann, und was Sie bisher unternommen haben
field-incident-date = Wann ist es passiert?
field-incident-date-hint = Falls es länger andauerte, nennen Sie das Anfangsdatum
field-first-contact-date = Wann haben Sie sich deswegen zum ersten Mal an das Unternehmen gewandt?
field-first-contact-date-hint = Ein ungefähres Datum genügt
field-desired-remedy = Was soll das Unternehmen tun?
field-desired-remedy-hint = Zum Beispiel eine Erstattung, eine Reparatur, eine Korrektur oder eine Entschuldigung
field-customer-type = Wer ist die Kundin oder der Kunde?
field-on-behalf = Ich reiche diese Beschwerde für eine andere Person ein
field-represented-name = Vollständiger Name der Person, die Sie vertreten
field-representative-relationship = Ihre Beziehung zu dieser Person
field-authorization = Schriftliche Vollmacht der vertretenen Person
field-authorization-hint = Ein von ihr unterschriebenes Schreiben, dass Sie sich für sie beschweren dürfen. PDF, PNG oder JPEG, bis 10 MB.
field-agreement-scope = Meine Beschwerde betrifft eine Leistung aus meinem Kundenvertrag mit dem Unternehmen
field-declaration = Meine Angaben sind nach bestem Wissen wahr und vollständig
option-customer-type-residential = Ein Privathaushalt
option-customer-type-small-business = Ein kleines Unternehmen (bis 10 Beschäftigte)
option-customer-type-other-business = Ein größeres Unternehmen
option-abuse-type-spam = Spam
option-abuse-type-phishing = Phishing
option-abuse-type-malware = Schadsoftware
option-abuse-type-fraud = Betrug
option-abuse-type-intellectual-property = Verletzung geistigen Eigentums
option-abuse-type-other = Sonstiges
option-preferred-contact-email = Per E-Mail
option-preferred-contact-phone = Per Telefon
# Variables:
#   $name (String) - the file's name
#   $percent (Number) - how much has been uploaded
upload-progress = { $name } wird hochgeladen: { $percent } %
upload-remove = Entfernen
# Variables:
#   $name (String) - the file's name
upload-error-type = { $name } muss eine PDF-, PNG- oder JPEG-Datei sein
# Variables:
#   $name (String) - the file's name
upload-error-too-large = { $name } muss kleiner als 10 MB sein
# Variables:
#   $name (String) - the file's name
upload-error-network = { $name } konnte nicht hochgeladen werden. Prüfen Sie Ihre Verbindung und wählen Sie die Datei erneut.
# Variables:
#   $max (Number) - most files allowed
upload-error-too-many =
    { $max ->
        [one] Sie können nur { $max } Datei hinzufügen
       *[other] Sie können bis zu { $max } Dateien hinzufügen
    }
field-contact-any-hint = Geben Sie eine E-Mail-Adresse, eine Telefonnummer oder beides an, damit das Unternehmen Sie erreichen kann.
kind-complaint = Beschwerde
kind-inquiry = Anfrage
kind-abuse-report = Missbrauchsmeldung
kind-escalated-complaint = Erneute Beschwerde
kind-complaint-hint = Etwas ist schiefgelaufen und Sie möchten, dass das Unternehmen es in Ordnung bringt.
kind-inquiry-hint = Eine Frage oder eine erste Meldung eines Problems. Klärt die Antwort die Sache nicht, können Sie danach eine förmliche Beschwerde einreichen.
kind-abuse-report-hint = Melden Sie Spam, Phishing, Schadsoftware oder anderen Missbrauch über einen Domainnamen, den das Unternehmen verwaltet.
kind-escalated-complaint-hint = Sie sind mit der Antwort des Unternehmens auf Ihre Beschwerde nicht zufrieden.
