-brand-name = redress

app-brand = { -brand-name }
app-skip-to-content = Əsas məzmuna keçin
app-language-switcher-label = Dil

not-found-title = Səhifə tapılmadı
not-found-body = Ünvanı özünüz yazmısınızsa, düzgün olduğunu yoxlayın.
not-found-home = Başlanğıc səhifəsinə keçin
