sent-print = Bu səhifəni çap edin
sent-print-address = İşinizi yuxarıdakı nömrə və giriş kodu ilə istənilən vaxt { $address } ünvanında yoxlaya bilərsiniz.
-brand-name = redress
app-brand = { -brand-name }
app-skip-to-content = Əsas məzmuna keçin
app-language-switcher-label = Dil
app-widget-label = Şikayət forması
app-check-status = Şikayəti yoxlayın
app-back = Geri
app-continue = Davam edin
app-change = Dəyişin
app-yes = Bəli
app-no = Xeyr
# Variables:
#   $label (String) - the field's label
app-optional = { $label } (istəyə bağlı)
app-error-prefix = Xəta:
app-warning-prefix = Diqqət
app-error-summary-title = Problem var
app-error-network = Xidmətlə əlaqə kəsildi. İnternet bağlantınızı yoxlayıb yenidən cəhd edin.
app-error-unavailable = Xidmət hazırda şikayətləri saxlaya və ya oxuya bilmir. Heç nə saxlanmadı. Bir neçə dəqiqədən sonra yenidən cəhd edin.
# Variables:
#   $seconds (Number) - how long to wait
app-error-rate-limited = Bağlantınızdan həddən çox cəhd edilib. { $seconds } saniyə gözləyib yenidən cəhd edin.
page-loading = Səhifə yüklənir…
part-loading = Yüklənir…
page-not-loaded-title = Səhifəni yükləmək mümkün olmadı
page-not-loaded-body = Xidmətlə əlaqə kəsildi. İnternet bağlantınızı yoxlayıb yenidən cəhd edin. Cavablarınız saxlanılıb.
page-not-loaded-retry = Yenidən cəhd edin
not-found-title = Səhifə tapılmadı
not-found-body = Ünvanı özünüz yazmısınızsa, düzgün olduğunu yoxlayın.
not-found-home = Başlanğıc səhifəsinə keçin
