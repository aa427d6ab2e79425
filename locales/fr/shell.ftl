# Only the page itself shows these, through public/boot.js, when the app
# cannot speak; the build copies them into the page (Trunk.toml) instead
# of into the messages the app downloads.
app-stopped = Un problème est survenu sur cette page. Rechargez-la pour continuer : une réclamation en cours de rédaction est conservée dans cet onglet.
app-stopped-reload = Recharger la page
