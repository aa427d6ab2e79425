sent-title =
    { $kind ->
        [inquiry] Sorğu göndərildi
        [abuse_report] Bildiriş göndərildi
       *[other] Şikayət göndərildi
    }
sent-reference-label = İşinizin nömrəsi
sent-access-title = Giriş kodunuz
sent-access-body = { $kind ->
        [inquiry] Sorğunuzu
        [abuse_report] Bildirişinizi
       *[other] Şikayətinizi
    } izləmək üçün bu kod və nömrə lazımdır. Onu etibarlı yerdə saxlayın: yalnız bir dəfə göstərilir və heç kim onu sizə yenidən deyə bilməz.
sent-copy = Nömrəni və kodu kopyalayın
sent-copied = Kopyalandı
sent-case-link =
    { $kind ->
        [inquiry] Sorğunuzu izləyin
        [abuse_report] Bildirişinizi izləyin
       *[other] Şikayətinizi izləyin
    }
sent-next-title = Bundan sonra nə olacaq
# Variables:
#   $provider (String) - the company's name
sent-next-body =
    { $kind ->
        [inquiry] Sorğunuz artıq { $provider } şirkətindədir. Vəd edilən cavab verilmədən müddət bitsə, iş səhifəniz bunu göstərəcək.
        [abuse_report] Bildirişiniz artıq { $provider } şirkətindədir. Vəd edilən cavab verilmədən müddət bitsə, iş səhifəniz bunu göstərəcək.
       *[other] Şikayətiniz artıq { $provider } şirkətindədir. Vəd edilən cavab verilmədən müddət bitsə, iş səhifəniz bunu göstərəcək.
    }
sent-escalate-title = Razı qalmasanız
sent-escalate-body =
    { $next ->
        [manager] İş səhifəniz hər mərhələdə nə edə biləcəyinizi göstərir, məsələn, şikayətinizə rəhbərin baxmasını istəmək.
        [escalate] İş səhifəniz hər mərhələdə nə edə biləcəyinizi göstərir, məsələn, şirkətin cavabı məsələni həll etməsə, təkrar şikayət vermək.
       *[other] İş səhifəniz işin hansı mərhələdə olduğunu və şirkətin atdığı hər addımı göstərir.
    }
# Variables:
#   $scheme (String) - the ombudsman scheme's name
sent-adr-later = Şikayətiniz 8 həftə ərzində həll olunmasa və ya şirkət sizə yekun mövqe məktubu göndərsə, { $scheme } qurumuna pulsuz müraciət edə bilərsiniz.
sent-missing-title = Burada göstəriləcək şikayət yoxdur
sent-missing-body = Təsdiq yalnız şikayətin göndərildiyi brauzer vərəqində saxlanılır. Nömrəniz və giriş kodunuz varsa, şikayətinizi yoxlaya bilərsiniz.

# The check page: how the customer wants to hear about the case.
# Variables:
#   $email (String) - the email address the customer gave
letters-choice-title = İşin gedişi barədə necə xəbər almaq istəyirsiniz?
letters-choice-email = { $email } ünvanına e-poçtla və işin səhifəsində
letters-choice-page = Yalnız işin səhifəsində, e-poçt olmadan
letters-choice-page-hint = Yenilikləri görmək üçün işin nömrəsi və giriş kodu lazım olacaq.
sent-access-body-emailed = { $kind ->
        [inquiry] Sorğunuzu
        [abuse_report] Bildirişinizi
       *[other] Şikayətinizi
    } izləmək üçün bu kod və nömrə lazımdır. Onları işi açan keçidlə birlikdə sizə e-poçtla da göndərdik: həmin məktubu oxuya bilən hər kəs işi izləyə bilər.
