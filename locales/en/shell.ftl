# Only the page itself shows these, through public/boot.js, when the app
# cannot speak; the build copies them into the page (Trunk.toml) instead
# of into the messages the app downloads.
app-stopped = Something went wrong on this page. Reload it to carry on: a complaint you were writing is kept in this tab.
app-stopped-reload = Reload the page
