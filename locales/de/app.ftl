-brand-name = redress

app-brand = { -brand-name }
app-skip-to-content = Zum Hauptinhalt springen
app-language-switcher-label = Sprache

not-found-title = Seite nicht gefunden
not-found-body = Wenn Sie die Adresse eingegeben haben, prüfen Sie bitte, ob sie stimmt.
not-found-home = Zur Startseite
