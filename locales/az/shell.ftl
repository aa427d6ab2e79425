# Only the page itself shows these, through public/boot.js, when the app
# cannot speak; the build copies them into the page (Trunk.toml) instead
# of into the messages the app downloads.
app-stopped = Bu səhifədə xəta baş verdi. Davam etmək üçün səhifəni yeniləyin: yazdığınız şikayət bu vərəqdə saxlanılır.
app-stopped-reload = Səhifəni yeniləyin
