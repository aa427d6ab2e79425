# Only the page itself shows these, through public/boot.js, when the app
# cannot speak; the build copies them into the page (Trunk.toml) instead
# of into the messages the app downloads.
app-stopped = На этой странице произошла ошибка. Обновите её, чтобы продолжить: жалоба, которую вы заполняли, сохранена в этой вкладке.
app-stopped-reload = Обновить страницу
