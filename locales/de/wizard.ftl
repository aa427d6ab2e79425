wizard-step-kind = Was möchten Sie einreichen?
wizard-step-about-you = Angaben zu Ihrer Person
wizard-step-contact = Wie kann das Unternehmen Sie erreichen?
wizard-step-on-behalf = Vertreten Sie eine andere Person?
wizard-step-account = Ihr Kundenkonto
wizard-step-what-happened = Was passiert ist
wizard-step-remedy = Was würde die Sache in Ordnung bringen?
wizard-step-documents = Belege
wizard-step-check =
    { $kind ->
        [inquiry] Prüfen Sie Ihre Angaben, bevor Sie die Anfrage absenden
        [abuse_report] Prüfen Sie Ihre Angaben, bevor Sie die Meldung absenden
       *[other] Prüfen Sie Ihre Angaben, bevor Sie die Beschwerde absenden
    }
# Variables:
#   $current (Number) - this page's number
#   $total (Number) - how many pages there are
wizard-step-of = Schritt { $current } von { $total }
wizard-on-behalf-allowed = Eine andere Person kann die Beschwerde für die Kundin oder den Kunden einreichen und die Sache mit dem Unternehmen klären.
wizard-on-behalf-needs-authorization = Wenn Sie eine andere Person vertreten, braucht das Unternehmen deren schriftliche Vollmacht. Laden Sie ein von ihr unterschriebenes Schreiben hoch.
wizard-account-intro-escalation = Machen Sie Angaben zu Ihrer früheren Beschwerde und erklären Sie, warum die Antwort darauf die Sache nicht geklärt hat.
wizard-warning-may-be-too-old = Das angegebene Datum liegt mehr als 3 Monate zurück. Das Unternehmen kann Beschwerden über so alte Vorgänge als erledigt betrachten. Sie können sie trotzdem absenden.
wizard-check-no-documents = Keine
wizard-check-not-given = Nicht angegeben
wizard-check-send-title =
    { $kind ->
        [inquiry] Anfrage jetzt absenden
        [abuse_report] Meldung jetzt absenden
       *[other] Beschwerde jetzt absenden
    }
# Variables:
#   $provider (String) - the company's name
wizard-check-send-body = Ihre { $kind ->
        [inquiry] Anfrage
        [abuse_report] Meldung
       *[other] Beschwerde
    } geht an { $provider }, sobald Sie sie absenden. Sie erhalten ein Aktenzeichen und einen Zugangscode, um sie zu verfolgen.
wizard-send =
    { $kind ->
        [inquiry] Anfrage absenden
        [abuse_report] Meldung absenden
       *[other] Beschwerde absenden
    }
wizard-try-again = Erneut absenden
wizard-not-sent-title = Ihre Beschwerde wurde nicht gesendet
wizard-not-sent-network = Die Verbindung zum Dienst wurde unterbrochen. Wir haben es mehrmals versucht.
wizard-not-sent-refused = Der Dienst konnte sie nicht annehmen.
wizard-not-sent-kept = Ihre Angaben bleiben in diesem Browser-Tab erhalten. Versuchen Sie es erneut, wenn Sie so weit sind; Ihre Beschwerde wird nur einmal erfasst.
wizard-step-earlier =
    { $kind ->
        [complaint] Ihre frühere Anfrage
       *[other] Ihre frühere Beschwerde
    }
