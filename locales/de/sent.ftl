sent-title =
    { $kind ->
        [inquiry] Anfrage gesendet
        [abuse_report] Meldung gesendet
       *[other] Beschwerde gesendet
    }
sent-reference-label = Ihr Aktenzeichen lautet
sent-access-title = Ihr Zugangscode
sent-access-body = Sie brauchen diesen Code und Ihr Aktenzeichen, um Ihre { $kind ->
        [inquiry] Anfrage
        [abuse_report] Meldung
       *[other] Beschwerde
    } zu verfolgen. Bewahren Sie ihn gut auf: Er wird nur einmal angezeigt und niemand kann ihn Ihnen erneut nennen.
sent-copy = Aktenzeichen und Code kopieren
sent-copied = Kopiert
sent-case-link =
    { $kind ->
        [inquiry] Ihre Anfrage verfolgen
        [abuse_report] Ihre Meldung verfolgen
       *[other] Ihre Beschwerde verfolgen
    }
sent-next-title = Wie es weitergeht
# Variables:
#   $provider (String) - the company's name
sent-next-body =
    { $kind ->
        [inquiry] { $provider } hat Ihre Anfrage jetzt erhalten. Verstreicht eine Frist ohne die zugesagte Antwort, zeigt Ihre Fallseite das an.
        [abuse_report] { $provider } hat Ihre Meldung jetzt erhalten. Verstreicht eine Frist ohne die zugesagte Antwort, zeigt Ihre Fallseite das an.
       *[other] { $provider } hat Ihre Beschwerde jetzt erhalten. Verstreicht eine Frist ohne die zugesagte Antwort, zeigt Ihre Fallseite das an.
    }
sent-escalate-title = Wenn Sie nicht zufrieden sind
sent-escalate-body =
    { $next ->
        [manager] Ihre Fallseite zeigt, was Sie in jeder Phase tun können, zum Beispiel eine Prüfung durch eine Führungskraft verlangen.
        [escalate] Ihre Fallseite zeigt, was Sie in jeder Phase tun können, zum Beispiel eine erneute Beschwerde einreichen, wenn die Antwort des Unternehmens die Sache nicht klärt.
       *[other] Ihre Fallseite zeigt, wo Ihr Fall steht und welche Schritte das Unternehmen unternimmt.
    }
# Variables:
#   $scheme (String) - the ombudsman scheme's name
sent-adr-later = Ist Ihre Beschwerde nach 8 Wochen nicht gelöst oder schickt Ihnen das Unternehmen eine abschließende Stellungnahme, können Sie sich kostenlos an { $scheme } wenden.
sent-missing-title = Hier gibt es keine Beschwerde anzuzeigen
sent-missing-body = Die Bestätigung bleibt nur in dem Browser-Tab erhalten, in dem die Beschwerde gesendet wurde. Mit Aktenzeichen und Zugangscode können Sie Ihre Beschwerde verfolgen.

# The check page: how the customer wants to hear about the case.
# Variables:
#   $email (String) - the email address the customer gave
letters-choice-title = Wie möchten Sie über den Fortgang informiert werden?
letters-choice-email = Per E-Mail an { $email } und auf der Seite Ihres Falls
letters-choice-page = Nur auf der Seite Ihres Falls, ohne E-Mails
letters-choice-page-hint = Um Neuigkeiten zu sehen, brauchen Sie dann Ihr Aktenzeichen und Ihren Zugangscode.
sent-access-body-emailed = Sie brauchen diesen Code und Ihr Aktenzeichen, um Ihre { $kind ->
        [inquiry] Anfrage
        [abuse_report] Meldung
       *[other] Beschwerde
    } zu verfolgen. Wir haben Ihnen beides auch per E-Mail geschickt, mit einem Link, der den Fall öffnet: Wer diese E-Mail lesen kann, kann den Fall verfolgen.
