status-title = Ihre Beschwerde verfolgen
status-lead = Geben Sie das Aktenzeichen und den Zugangscode ein, die Sie beim Absenden Ihrer Beschwerde erhalten haben.
status-reference-label = Aktenzeichen
status-reference-hint = Zum Beispiel RD-7K2M9-QX4TB
status-code-label = Zugangscode
status-code-hint = 25 Buchstaben und Ziffern in Fünfergruppen, zum Beispiel 7KQ3M-X2P9A-HW4TB-QC8NR-5ZJ6E. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.
status-submit = Beschwerde anzeigen
status-error-reference = Geben Sie Ihr Aktenzeichen ein
status-error-code = Geben Sie Ihren Zugangscode ein
# Variables:
#   $reference (String) - the case reference
case-title =
    { $kind ->
        [inquiry] Anfrage { $reference }
        [abuse_report] Missbrauchsmeldung { $reference }
       *[other] Beschwerde { $reference }
    }
case-loading = Ihre Beschwerde wird geladen…
case-not-found-title = Beschwerde nicht gefunden
case-not-found = Zu diesem Aktenzeichen und Zugangscode gibt es keine Beschwerde. Vergleichen Sie beides mit der Bestätigungsseite, die Sie beim Absenden gedruckt oder gespeichert haben. Wenn Sie sie nicht mehr haben, wenden Sie sich an das Unternehmen, bei dem Sie sich beschwert haben.
case-try-again = Aktenzeichen und Zugangscode erneut eingeben
case-stage-label = Stand:
case-milestones-title = Fristen
case-history-title = Was bisher geschah
case-answers-title = Was Sie gesendet haben
case-answer-document = Ein Dokument (beigefügt)
case-documents-label = Dokumente
case-document-unnamed = Dokument
case-actions-title = Was Sie jetzt tun können
case-message-label = Ihre Nachricht an das Unternehmen
case-error-message-required = Machen Sie die Angaben, um die das Unternehmen gebeten hat
case-action-refused = Dieser Schritt ist gerade nicht möglich.
case-not-started = Beginnt mit der Antwort des Unternehmens
# Variables:
#   $days (Number) - days until the date
case-due-in-days =
    { $days ->
        [0] Heute fällig
        [one] Fällig in { $days } Tag
       *[other] Fällig in { $days } Tagen
    }
# Variables:
#   $days (Number) - days since the date
case-overdue-days =
    { $days ->
        [0] Überfällig
        [one] Seit { $days } Tag überfällig
       *[other] Seit { $days } Tagen überfällig
    }
# Variables:
#   $date (String) - the last day
case-escalate-until = Möglich bis { $date }
case-escalate-send = Erneute Beschwerde absenden
case-adr-open = Sie können sich jetzt an die Schlichtungsstelle wenden
case-adr-not-yet = Noch nicht
# Variables:
#   $date (String) - the day it opens
case-adr-opens-on = Ab { $date }, können Sie Ihre Beschwerde dieser unabhängigen Schlichtungsstelle vorlegen – oder früher, wenn Ihnen das Unternehmen eine abschließende Stellungnahme schickt.
case-adr-open-body = Diese unabhängige Schlichtungsstelle kann Ihre Beschwerde prüfen. Sie ist unparteiisch.
# Variables:
#   $months (Number) - months to apply
case-adr-free-within =
    { $months ->
        [one] Das Verfahren ist kostenlos. Stellen Sie den Antrag innerhalb von { $months } Monat nach der abschließenden Antwort des Unternehmens.
       *[other] Das Verfahren ist kostenlos. Stellen Sie den Antrag innerhalb von { $months } Monaten nach der abschließenden Antwort des Unternehmens.
    }
# Variables:
#   $amount (Number) - the highest award, in pounds
case-adr-max-award = Die Schlichtungsstelle kann Ihnen bis zu { $amount } £ zusprechen.
case-adr-representatives = Eine Person Ihres Vertrauens kann den Antrag für Sie stellen.
# Variables:
#   $scheme (String) - the ombudsman scheme
case-adr-only-for = An { $scheme } können sich nur wenden:
case-adr-excludes = Nicht zuständig für:
case-adr-needs = Halten Sie bereit:
case-adr-pack = Für Ihren Antrag drucken Sie diese Seite oder speichern Sie sie als PDF: Sie enthält alles, was { $scheme } verlangt (die Daten, Ihre Beschwerde und die gewünschte Lösung, die Antworten des Unternehmens und Ihre Dokumente).
stage-received = Eingegangen
stage-acknowledged = Eingang bestätigt
stage-awaiting-customer = Wartet auf Ihre Antwort
stage-responded = Unternehmen hat geantwortet
stage-manager-review = Bei einer Führungskraft
stage-escalated = Erneute Beschwerde eingereicht
stage-deadlock = Abschließende Stellungnahme versandt
stage-final-response = Abschließende Antwort erteilt
stage-resolved = Gelöst
stage-closed = Abgeschlossen
stage-withdrawn = Zurückgezogen
event-received =
    { $kind ->
        [inquiry] Anfrage eingegangen
        [abuse_report] Meldung eingegangen
       *[other] Beschwerde eingegangen
    }
event-acknowledged = Das Unternehmen hat den Eingang Ihrer Beschwerde bestätigt
event-information-requested = Das Unternehmen hat Sie um weitere Angaben gebeten
event-information-supplied = Sie haben weitere Angaben geschickt
event-responded = Das Unternehmen hat geantwortet
event-remedy-proposed = Das Unternehmen hat eine Lösung vorgeschlagen
event-manager-review-requested = Sie haben eine Prüfung durch eine Führungskraft verlangt
event-escalated = Sie haben eine erneute Beschwerde eingereicht
event-deadlock-letter-issued = Das Unternehmen hat eine abschließende Stellungnahme geschickt
event-adr-referral-requested = Sie haben um vorzeitige Schlichtung gebeten
event-final-response = Das Unternehmen hat abschließend geantwortet
event-resolved = Gelöst
event-closed = Abgeschlossen
event-withdrawn =
    { $kind ->
        [inquiry] Sie haben die Anfrage zurückgezogen
        [abuse_report] Sie haben die Meldung zurückgezogen
       *[other] Sie haben die Beschwerde zurückgezogen
    }
event-considered-resolved = Als gelöst betrachtet: Die Frist für eine erneute Beschwerde ist abgelaufen
event-considered-closed = Als abgeschlossen betrachtet: 3 Monate sind vergangen
milestone-status-pending = Ausstehend
milestone-status-met = Erledigt
milestone-status-missed = Versäumt
milestone-status-stopped = Entfällt
action-manager-review-requested = Prüfung durch eine Führungskraft verlangen
action-escalated =
    { $kind ->
        [inquiry] Förmliche Beschwerde einreichen
       *[other] Erneute Beschwerde einreichen
    }
action-adr-referral-requested = Um vorzeitige Schlichtung bitten
action-information-supplied = Angaben senden
action-withdrawn =
    { $kind ->
        [inquiry] Diese Anfrage zurückziehen
        [abuse_report] Diese Meldung zurückziehen
       *[other] Diese Beschwerde zurückziehen
    }
action-other = Weiter
adr-excludes-fraud = Betrug
adr-excludes-property-damage = Sachschäden
adr-excludes-discrimination = Diskriminierung
adr-excludes-data-protection = Datenschutz
adr-needs-first-complaint-date = das Datum Ihrer ersten Beschwerde
adr-needs-deadlock-letter-date = das Datum der abschließenden Stellungnahme
adr-needs-complaint-details = die Einzelheiten Ihrer Beschwerde
adr-needs-remedy-sought = Ihre gewünschte Lösung
adr-needs-documents = Ihre Unterlagen
withdraw-title =
    { $kind ->
        [inquiry] Möchten Sie Ihre Anfrage wirklich zurückziehen?
        [abuse_report] Möchten Sie Ihre Meldung wirklich zurückziehen?
       *[other] Möchten Sie Ihre Beschwerde wirklich zurückziehen?
    }
withdraw-body =
    { $kind ->
        [inquiry] Wenn Sie Ihre Anfrage zurückziehen, bearbeitet { $provider } sie nicht weiter, und die zugehörigen Fristen gelten nicht mehr.
        [abuse_report] Wenn Sie Ihre Meldung zurückziehen, bearbeitet { $provider } sie nicht weiter, und die zugehörigen Fristen gelten nicht mehr.
       *[other] Wenn Sie Ihre Beschwerde zurückziehen, bearbeitet { $provider } sie nicht weiter, und die zugehörigen Fristen gelten nicht mehr.
    }
withdraw-warning =
    { $kind ->
        [inquiry] Das lässt sich nicht rückgängig machen. Um die Sache erneut vorzubringen, müssten Sie eine neue Anfrage senden.
        [abuse_report] Das lässt sich nicht rückgängig machen. Um die Sache erneut vorzubringen, müssten Sie eine neue Meldung senden.
       *[other] Das lässt sich nicht rückgängig machen. Um die Sache erneut vorzubringen, müssten Sie eine neue Beschwerde einreichen.
    }
withdraw-confirm =
    { $kind ->
        [inquiry] Ja, meine Anfrage zurückziehen
        [abuse_report] Ja, meine Meldung zurückziehen
       *[other] Ja, meine Beschwerde zurückziehen
    }
withdraw-back =
    { $kind ->
        [inquiry] Nein, zurück zu meiner Anfrage
        [abuse_report] Nein, zurück zu meiner Meldung
       *[other] Nein, zurück zu meiner Beschwerde
    }
withdraw-not-possible =
    { $kind ->
        [inquiry] Diese Anfrage kann nicht mehr zurückgezogen werden
        [abuse_report] Diese Meldung kann nicht mehr zurückgezogen werden
       *[other] Diese Beschwerde kann nicht mehr zurückgezogen werden
    }
case-request-explained =
    { $action ->
        [adr_referral_requested] Sie bitten { $provider }, sich schon jetzt, vor Ablauf von 8 Wochen, an { $scheme } wenden zu dürfen. Das Unternehmen kann das ablehnen, wenn es Ihre Beschwerde voraussichtlich bald löst und bereits daran arbeitet.
       *[other] { $provider } gibt Ihre Beschwerde an eine Führungskraft oder an das Beschwerdeteam weiter, die sie erneut prüfen und Ihnen antworten. Sie können das nur einmal verlangen.
    }
case-request-send = Absenden
case-opens-in-days =
    { $days ->
        [0] Ab heute möglich
        [one] In { $days } Tag möglich
       *[other] In { $days } Tagen möglich
    }
case-window-days-left =
    { $days ->
        [0] Heute letzter Tag
        [one] Noch { $days } Tag
       *[other] Noch { $days } Tage
    }
case-lapses-in-days =
    { $days ->
        [0] Kann heute enden
        [one] Kann in { $days } Tag enden
       *[other] Kann in { $days } Tagen enden
    }
milestone-status-open = Jetzt möglich
case-escalate-documents-kept = Bereits gesendete Unterlagen zählen: Sie müssen sie nicht erneut senden.
event-delay-notified = Das Unternehmen hat Ihnen mitgeteilt, dass es mehr Zeit braucht
event-first-contact-corrected = Das Unternehmen hat das Datum Ihrer ersten Beschwerde berichtigt
case-event-new-date = Neues Datum für „{ $milestone }“: { $date }
case-event-first-contact = Datum Ihrer ersten Beschwerde laut Unterlagen des Unternehmens: { $date }
case-delayed-from = Neues Datum, rechtzeitig mitgeteilt. Ursprüngliches Datum: { $date }.
milestone-status-may-close = Darf jetzt abgeschlossen werden
milestone-status-aim-missed = Ziel nicht erreicht
case-delay-reason = Begründung des Unternehmens: { $reason }
