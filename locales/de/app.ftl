sent-print = Diese Seite drucken
sent-print-address = Sie können den Stand jederzeit unter { $address } mit dem Aktenzeichen und dem Zugangscode oben abrufen.
-brand-name = redress
app-brand = { -brand-name }
app-skip-to-content = Zum Hauptinhalt springen
app-language-switcher-label = Sprache
app-widget-label = Beschwerdeformular
app-check-status = Beschwerde verfolgen
app-back = Zurück
app-continue = Weiter
app-change = Ändern
app-yes = Ja
app-no = Nein
# Variables:
#   $label (String) - the field's label
app-optional = { $label } (freiwillig)
app-error-prefix = Fehler:
app-warning-prefix = Achtung
app-error-summary-title = Es gibt ein Problem
app-error-network = Die Verbindung zum Dienst wurde unterbrochen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.
app-error-unavailable = Der Dienst kann Beschwerden gerade weder speichern noch lesen. Es wurde nichts gespeichert. Bitte versuchen Sie es in einigen Minuten erneut.
# Variables:
#   $seconds (Number) - how long to wait
app-error-rate-limited =
    { $seconds ->
        [one] Zu viele Versuche über Ihre Verbindung. Warten Sie { $seconds } Sekunde und versuchen Sie es erneut.
       *[other] Zu viele Versuche über Ihre Verbindung. Warten Sie { $seconds } Sekunden und versuchen Sie es erneut.
    }
page-loading = Die Seite wird geladen…
part-loading = Wird geladen…
page-not-loaded-title = Die Seite konnte nicht geladen werden
page-not-loaded-body = Die Verbindung zum Dienst wurde unterbrochen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Ihre Angaben bleiben erhalten.
page-not-loaded-retry = Erneut versuchen
not-found-title = Seite nicht gefunden
not-found-body = Wenn Sie die Adresse selbst eingegeben haben, prüfen Sie, ob sie stimmt.
not-found-home = Zur Startseite
