# Only the page itself shows these, through public/boot.js, when the app
# cannot speak; the build copies them into the page (Trunk.toml) instead
# of into the messages the app downloads.
app-stopped = Auf dieser Seite ist ein Fehler aufgetreten. Laden Sie sie neu, um fortzufahren: Eine Beschwerde, die Sie gerade verfassen, bleibt in diesem Tab erhalten.
app-stopped-reload = Seite neu laden
