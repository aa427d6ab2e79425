# The complaints team's console (the staff part of the app).
staff-loading = Wird geladen …
staff-unavailable-title = Die Konsole ist nicht erreichbar
staff-unavailable = Die Konsole erreicht das Portal gerade nicht. Es wurde nichts geändert; bitte versuchen Sie es in einigen Minuten erneut.
# Variables:
#   $name (String) - the staff member's name
#   $provider (String) - the company's name
staff-signed-in-as = Angemeldet als { $name }, { $provider }
staff-sign-out = Abmelden

## Signing in
staff-sign-in-title = Anmeldung an der Beschwerdekonsole
staff-sign-in-body = Geben Sie die E-Mail-Adresse ein, die Ihr Unternehmen für Sie hinterlegt hat. Wir schicken Ihnen einen Anmeldecode per E-Mail.
staff-email-label = E-Mail-Adresse
staff-send-code = Code per E-Mail senden
staff-code-title = Code aus der E-Mail eingeben
# Variables:
#   $email (String) - the address typed
staff-code-sent = Wenn { $email } zu einem Mitglied eines Beschwerdeteams gehört, ist ein Code dorthin unterwegs. Er gilt 10 Minuten.
staff-code-label = Anmeldecode
staff-code-hint = 8 Ziffern, zum Beispiel 0123 4567
staff-sign-in = Anmelden
staff-code-again = Andere Adresse verwenden oder neuen Code anfordern
staff-error-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@beispiel.de
staff-error-code-format = Geben Sie die 8 Ziffern des Codes ein
staff-error-code-not-accepted = Dieser Code gilt nicht. Vergleichen Sie ihn mit der E-Mail und geben Sie ihn erneut ein; wurde er schon verwendet oder ist er älter als 10 Minuten, fordern Sie einen neuen an.

## The work queue
staff-queue-title = Arbeitsliste
staff-search-label = Fall suchen
staff-search-hint = Ein Aktenzeichen oder Name, E-Mail-Adresse, Telefonnummer oder Kundenkonto
staff-stage-label = Stand
staff-stage-any = Jeder Stand
staff-stage-counts = Fälle nach Stand
staff-overdue-only = Nur Fälle mit versäumter Frist
staff-apply = Fälle anzeigen
# Variables:
#   $count (Number) - how many cases the filters find
staff-queue-count =
    { $count ->
        [0] Kein Fall passt.
        [one] { $count } Fall
       *[other] { $count } Fälle
    }
staff-queue-count-more = Mehr als { $count } Fälle
staff-pages = Seiten der Arbeitsliste
staff-previous-page = Vorherige Seite
staff-next-page = Nächste Seite
# Variables:
#   $date (String) - a day, written out
staff-received-on = eingegangen am { $date }
staff-due-none = Keine Frist offen
# Variables:
#   $days (Number) - days since the deadline passed
staff-due-overdue =
    { $days ->
        [one] Seit { $days } Tag überfällig
       *[other] Seit { $days } Tagen überfällig
    }
staff-due-today = Heute fällig
staff-due-tomorrow = Morgen fällig
# Variables:
#   $date (String) - a day, written out
staff-due-on = Fällig am { $date }

## A case
# Variables:
#   $reference (String) - the case's reference
staff-case-title = Fall { $reference }
staff-case-not-found = Ihr Unternehmen hat keinen Fall mit diesem Aktenzeichen.
staff-back-to-queue = Zurück zur Arbeitsliste
staff-case-kind = Art
staff-case-stage = Stand
staff-case-language = Sprache des Kunden
staff-deadlines-title = Fristen
staff-milestone-met = eingehalten
staff-milestone-missed = versäumt
staff-milestone-stopped = entfällt
staff-milestone-pending = offen
staff-milestone-not-started = noch nicht begonnen
staff-answers-title = Was der Kunde Ihnen mitgeteilt hat
staff-documents-title = Dokumente
staff-document-open = In neuem Tab öffnen
staff-document-download = Herunterladen
staff-history-title = Verlauf
# Variables:
#   $name (String) - who recorded the step
staff-event-by = von { $name }
staff-letters-title = Schreiben
staff-letter-sent = gesendet
staff-letter-failed = fehlgeschlagen
staff-letter-waiting = wartet auf Versand
# The kinds of letter a case's list names.
staff-letter-receipt = Eingangsbestätigung an den Kunden
staff-letter-new-case = Neuer Fall, an Ihr Team
staff-letter-acknowledgement = Bestätigung
staff-letter-information-request = Bitte um Informationen
staff-letter-delay-notice = Verschiebungsmitteilung
staff-letter-response = Ihre Antwort
staff-letter-window-reminder = Erinnerung vor Ende der Frist zur Eskalation
staff-letter-adr = Schlichtungsschreiben (die Schlichtungsstelle)
staff-letter-closing = Abschlussschreiben
staff-letter-step = Ein Schritt von Ihnen
staff-letter-customer-step = Schritt des Kunden, an Ihr Team
staff-letters-stopped = Der Kunde möchte zu diesem Fall keine E-Mails: Er verfolgt ihn auf der Seite des Falls.
staff-steps-title = Nächsten Schritt gehen
staff-no-steps = Zu diesem Fall ist gerade kein Schritt Ihres Verfahrens möglich.
staff-step-legend = Welcher Schritt?
staff-message-label = Nachricht an den Kunden
# Variables:
#   $language (String) - the name of the case's language
staff-message-hint = Für Sie in der Sprache des Kunden vorformuliert ({ $language }); ändern Sie sie nach Bedarf. Der Kunde liest sie auf der Seite des Falls und in der E-Mail.
staff-record-step = Schritt erfassen und Kunden informieren
staff-error-step = Wählen Sie einen Schritt
staff-error-message = Schreiben Sie die Nachricht an den Kunden
# Variables:
#   $reason (String) - why the portal refused, in English
staff-error-not-now = Dieser Schritt ist jetzt nicht möglich: { $reason }
staff-step-acknowledged = Eingang der Beschwerde bestätigen
staff-step-information-requested = Kunden um Informationen bitten
staff-step-responded = Antworten
staff-step-remedy-proposed = Abhilfe vorschlagen
staff-step-final-response = Abschließende Antwort senden
staff-step-deadlock-letter-issued = Schreiben zur Nichteinigung senden
staff-step-resolved = Als erledigt markieren
staff-step-closed = Fall schließen

## Messages to the customer a step starts from, in the case's language.
staff-template-acknowledged = Vielen Dank für Ihre Beschwerde. Wir haben sie erhalten und prüfen sie. Wir antworten Ihnen spätestens zu dem Datum, das auf der Seite Ihres Falls steht.
staff-template-information-requested = Um Ihre Beschwerde zu prüfen, brauchen wir noch einige Angaben von Ihnen: …
staff-template-responded = Wir haben Ihre Beschwerde geprüft. …
staff-template-remedy-proposed = Um die Sache zu bereinigen, schlagen wir vor: …
staff-template-final-response = Dies ist unsere abschließende Antwort auf Ihre Beschwerde. …
staff-template-deadlock-letter-issued = Wir konnten uns über Ihre Beschwerde nicht einigen. Dieses Schreiben ist unsere abschließende Position. …
staff-template-resolved = Wir freuen uns, dass Ihre Beschwerde erledigt ist. Danke, dass Sie uns darauf hingewiesen haben.
staff-template-closed = Wir schließen Ihre Beschwerde ab. …

## Who handles a case, notes and views
staff-assigned-label = Bearbeitet von
staff-assigned-anyone = Allen
staff-assigned-me = Mir
staff-assigned-nobody = Noch niemandem
# Variables:
#   $name (String) - a member of the staff
staff-handled-by = bearbeitet von { $name }
staff-handled-by-nobody = noch von niemandem bearbeitet
staff-handler-title = Wer den Fall bearbeitet
staff-take-case = Selbst bearbeiten
staff-assign-label = Übergeben an
staff-assign = Fall übergeben
staff-notes-title = Notizen für Ihr Team
staff-notes-body = Nur Ihre Kolleginnen und Kollegen lesen sie; der Kunde sieht sie nie.
staff-note-label = Neue Notiz
staff-add-note = Notiz hinzufügen
staff-error-note = Schreiben Sie die Notiz
staff-error-note-long = Die Notiz ist zu lang oder enthält Zeichen, die nicht gespeichert werden können: höchstens 5.000 Zeichen
staff-views-title = Wer den Fall angesehen hat

## Delay notices and a corrected first contact
staff-step-delay-notified = Verschiebung mitteilen
staff-step-first-contact-corrected = Tag des ersten Kontakts berichtigen
staff-template-delay-notified = Wir brauchen mehr Zeit, um Ihre Beschwerde gründlich zu prüfen, weil …
staff-template-first-contact-corrected = Nach unseren Unterlagen haben Sie uns deswegen zuerst an einem anderen Tag kontaktiert: …
staff-delay-milestone-label = Welche Frist wird verschoben?
staff-new-date-label = Ihr neues Datum
staff-first-contact-label = Der Tag des ersten Kontakts
staff-error-date = Geben Sie das Datum ein
staff-error-delay = Diese Frist kann nur vor ihrem Ablauf verschoben werden, und nur auf ein späteres Datum.

## What was just done
staff-done-saved = Gespeichert.
# Variables:
#   $step (String) - the step's name
staff-done-step = Gespeichert: { $step }. Das Schreiben an den Kunden ist unterwegs; der Kunde sieht den Schritt schon jetzt auf seiner Fallseite.

staff-merge-title = Ein Duplikat zusammenführen
staff-merge-body = Wiederholt diese Beschwerde eine andere desselben Kunden, führen Sie sie in jenen Fall zusammen. Nichts wird gelöscht: Dieser Fall behält, was der Kunde geschickt hat, und sein Aktenzeichen zeigt den Fall, den Sie behalten.
staff-merge-label = Aktenzeichen des Falls, der bleibt
staff-merge-button = In diesen Fall zusammenführen
staff-merge-confirm = Diesen Fall in { $into } ({ $customer }) zusammenführen? Die nächsten Schritte erfolgen dort; das lässt sich nicht rückgängig machen.
staff-merge-yes = Ja, zusammenführen
staff-merge-cancel = Abbrechen
staff-merge-error-empty = Geben Sie das Aktenzeichen des Falls ein, der bleibt
staff-merge-error-unknown = Keiner Ihrer Fälle hat dieses Aktenzeichen. Prüfen Sie es und versuchen Sie es erneut
staff-merge-error-same = Das ist der geöffnete Fall. Geben Sie das Aktenzeichen des anderen Falls ein
staff-merge-error-customer = Dieser Fall gehört einem anderen Kunden: Die beiden nennen weder dieselbe E-Mail-Adresse noch dieselbe Telefonnummer
staff-merge-error-merged = Einer der beiden Fälle ist schon in einen anderen zusammengeführt. Führen Sie in jenen zusammen
staff-merged-into = Am { $date } von { $name } zusammengeführt. Die nächsten Schritte erfolgen in dem Fall, in den er zusammengeführt wurde:
staff-merged-title = In diesen Fall zusammengeführte Duplikate
staff-done-merged = { $reference } wurde in diesen Fall zusammengeführt.
staff-document-from-customer = Vom Kunden geschickt
staff-document-added-by = Beigefügt von { $name }
staff-step-documents-label = Dokumente, die mit dem Schreiben gehen (freiwillig)
staff-step-documents-hint = Ein unterschriebenes Schreiben oder seine Anlagen: PDF, PNG oder JPEG, je bis zu 10 MB, höchstens { $most }. Sie gehen mit dem Schreiben an den Kunden und bleiben beim Fall.
staff-document-uploading = { $name } wird hochgeladen …
staff-document-remove = Entfernen
staff-error-document-type = { $name } ist keine PDF-, PNG- oder JPEG-Datei
staff-error-document-size = { $name } ist größer als 10 MB
staff-error-document-count = Fügen Sie einem Schritt höchstens { $most } Dokumente bei
staff-event-acknowledged = Eingang bestätigt
staff-event-information-requested = Den Kunden um weitere Angaben gebeten
staff-event-information-supplied = Der Kunde hat weitere Angaben geschickt
staff-event-responded = Dem Kunden geantwortet
staff-event-remedy-proposed = Abhilfe vorgeschlagen
staff-event-manager-review-requested = Der Kunde hat eine Prüfung durch die Leitung verlangt
staff-event-escalated = Der Kunde hat eine erneute Beschwerde eingereicht
staff-event-deadlock-letter-issued = Abschlussschreiben ohne Einigung geschickt
staff-event-adr-referral-requested = Der Kunde will früher zur Schlichtungsstelle
staff-event-final-response = Abschließende Antwort gegeben
staff-event-withdrawn = Der Kunde hat sie zurückgezogen
staff-event-delay-notified = Dem Kunden mitgeteilt, dass mehr Zeit nötig ist
staff-event-first-contact-corrected = Datum der ersten Beschwerde berichtigt
staff-stage-awaiting-customer = Wartet auf den Kunden
staff-error-placeholder = Ersetzen Sie die … in der Nachricht durch Ihre eigenen Worte
staff-stage-merged = In einen anderen Fall zusammengeführt
staff-letter-merged = Zusammenführung in einen anderen Fall
staff-new-from-customer = Neu vom Kunden
staff-outcome-legend = Was haben Sie festgestellt? (freiwillig)
staff-outcome-hint = Für die Beschwerdestatistik an die Aufsicht. Der Kunde sieht es nicht.
staff-outcome-upheld = Begründet: Der Kunde hatte recht
staff-outcome-partly-upheld = Teilweise begründet
staff-outcome-not-upheld = Nicht begründet
staff-outcome-none = Nicht angegeben
staff-event-outcome = Ergebnis: { $outcome }

## The console's pages, and the reports
staff-nav = Seiten der Konsole
staff-nav-queue = Arbeitsliste
staff-nav-reports = Berichte
staff-report-title = Berichte
staff-report-intro = Wie gut das Team die Zusagen der Richtlinie in einem Zeitraum eingehalten hat: was eingegangen ist, was wie schnell abgeschlossen wurde und welche Frist eingehalten oder versäumt wurde. Es gelten die Tage des Unternehmens in seiner Zeitzone.
staff-report-period = Zeitraum
staff-report-this-month = Dieser Monat
staff-report-last-month = Letzter Monat
staff-report-this-quarter = Dieses Quartal
staff-report-last-quarter = Letztes Quartal
staff-report-dates = Eigene Daten
staff-report-from = Von
staff-report-to = Bis
staff-report-show = Bericht anzeigen
staff-report-error-date = Geben Sie ein Datum ein, zum Beispiel 1. Juli 2026
staff-report-error-range = Der letzte Tag muss derselbe wie der erste sein oder danach liegen
staff-report-error-too-long = Ein Bericht umfasst höchstens ein Jahr: Wählen Sie einen kürzeren Zeitraum
staff-report-heading = { $from } bis { $to }
staff-report-summary =
    { $received ->
        [one] { $received } Fall ist eingegangen,
       *[other] { $received } Fälle sind eingegangen,
    } { $closed } { $closed ->
        [one] wurde
       *[other] wurden
    } abgeschlossen, und { $open } { $open ->
        [one] war
       *[other] waren
    } am Ende des Zeitraums offen.
staff-report-download-figures = Die Zahlen herunterladen (CSV-Tabelle)
staff-report-download-return = Die Beschwerdemeldung in den Stufen der Aufsicht herunterladen (CSV-Tabelle)
staff-report-charts = Diagramme
staff-report-by-kind = Zahlen nach Art des Falls
staff-report-weeks-title = Eingegangene und abgeschlossene Fälle je Woche
staff-report-weeks-summary =
    { $received ->
        [one] { $received } Fall ist eingegangen
       *[other] { $received } Fälle sind eingegangen
    }, { $closed } { $closed ->
        [one] wurde
       *[other] wurden
    } abgeschlossen. Die meisten kamen in der Woche ab { $date }: { $most }.
staff-report-weeks-none = Im Zeitraum ist kein Fall eingegangen; abgeschlossen: { $closed }.
staff-report-received = Eingegangen
staff-report-closed = Abgeschlossen
staff-report-week = Woche
staff-report-on-time-title = Eingehaltene Fristen je Monat
staff-report-on-time-none = Im Zeitraum wurde keine Frist fällig.
staff-report-on-time-unsettled = { $deadline }: Noch keine ist abgelaufen.
staff-report-on-time-summary = { $deadline }: { $percent } rechtzeitig ({ $on_time } von { $settled }).
staff-report-percent = { $percent } %
staff-report-month = Monat
staff-report-fell-due = Fällig im Zeitraum
staff-report-on-time = Rechtzeitig
staff-report-late = Verspätet
staff-report-not-yet = Noch nicht abgelaufen
staff-report-share = Anteil rechtzeitig
staff-report-first-answer-title = Arbeitstage bis zur ersten Antwort
staff-report-within-days =
    { $days ->
        [0] am selben Tag
        [one] innerhalb von { $days } Arbeitstag
       *[other] innerhalb von { $days } Arbeitstagen
    }
staff-report-first-answer-summary =
    { $cases ->
        [one] { $cases } Fall hat im Zeitraum seine erste Antwort erhalten.
       *[other] { $cases } Fälle haben im Zeitraum ihre erste Antwort erhalten.
    } Die Hälfte wurde { $half } beantwortet, 9 von 10 { $most }.
staff-report-first-answer-none = Kein Fall hat im Zeitraum seine erste Antwort erhalten.
staff-report-days = Arbeitstage
staff-report-cases = Fälle
staff-report-open-start = Offen zu Beginn
staff-report-open-end = Offen am Ende
staff-report-closed-3-days = Abgeschlossen innerhalb von 3 Arbeitstagen
staff-report-closed-8-weeks = Abgeschlossen nach 3 Arbeitstagen, innerhalb von 8 Wochen
staff-report-closed-later = Abgeschlossen nach 8 Wochen
staff-report-no-outcome = Abgeschlossen ohne erfasstes Ergebnis
staff-report-first-answered = Fälle mit erster Antwort im Zeitraum
staff-report-first-answer-median = Arbeitstage bis zur ersten Antwort: die Hälfte innerhalb von
staff-report-first-answer-p90 = Arbeitstage bis zur ersten Antwort: 9 von 10 innerhalb von
staff-report-close-median = Arbeitstage bis zum Abschluss: die Hälfte innerhalb von
staff-report-close-p90 = Arbeitstage bis zum Abschluss: 9 von 10 innerhalb von
staff-report-delay-notices = Verzögerungsmitteilungen
staff-report-escalations = Erneute Beschwerden
staff-report-deadlock-letters = Schreiben zur Nichteinigung
staff-report-adr-letters = Schreiben, die den Weg zur Schlichtungsstelle öffnen
staff-report-early-asked = Beantragte frühere Anrufungen der Schlichtungsstelle
staff-report-early-granted = Gewährte frühere Anrufungen
staff-report-figures = { $kind }: Zahlen
staff-report-deadlines = { $kind }: Fristen
staff-report-deadline = Frist
staff-report-kind-empty = Im Zeitraum ist kein Fall dieser Art eingegangen, offen gewesen oder abgeschlossen worden.
staff-report-numbers = Die Zahlen zeigen
staff-report-on-time-hint = Der Anteil zählt die Fristen, die schon eingehalten oder abgelaufen sind; noch kommende bleiben außen vor.
staff-report-drawn = Zahlen mit Stand vom { $date }.
staff-report-upheld = Begründet
