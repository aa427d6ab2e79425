sent-title =
    { $kind ->
        [inquiry] Sorğu göndərildi
        [abuse_report] Bildiriş göndərildi
       *[other] Şikayət göndərildi
    }
sent-reference-label = Şikayətinizin nömrəsi
sent-access-title = Giriş kodunuz
sent-access-body =
    { $kind ->
        [inquiry] Sorğunuzu izləmək üçün bu kod və nömrə lazımdır. Onu qoruyun: yalnız bir dəfə göstərilir və heç kim onu sizə yenidən deyə bilməz.
        [abuse_report] Bildirişinizi izləmək üçün bu kod və nömrə lazımdır. Onu qoruyun: yalnız bir dəfə göstərilir və heç kim onu sizə yenidən deyə bilməz.
       *[other] Şikayətinizi izləmək üçün bu kod və nömrə lazımdır. Onu qoruyun: yalnız bir dəfə göstərilir və heç kim onu sizə yenidən deyə bilməz.
    }
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
        [inquiry] Sorğunuz artıq { $provider } şirkətindədir. Vəd edilən cavab olmadan müddət keçsə, sorğu səhifəniz bunu göstərəcək.
        [abuse_report] Bildirişiniz artıq { $provider } şirkətindədir. Vəd edilən cavab olmadan müddət keçsə, bildiriş səhifəniz bunu göstərəcək.
       *[other] Şikayətiniz artıq { $provider } şirkətindədir. Vəd edilən cavab olmadan müddət keçsə, şikayət səhifəniz bunu göstərəcək.
    }
sent-escalate-title = Razı qalmasanız
sent-escalate-body =
    { $next ->
        [manager] Şikayət səhifəniz hər mərhələdə nə edə biləcəyinizi göstərir, məsələn şikayətə rəhbərin baxmasını istəmək.
        [escalate] Səhifəniz hər mərhələdə nə edə biləcəyinizi göstərir, məsələn şirkətin cavabı məsələni həll etməsə, növbəti addımı atmaq.
       *[other] Səhifəniz işin hansı mərhələdə olduğunu və şirkətin atdığı hər addımı göstərir.
    }
# Variables:
#   $scheme (String) - the ombudsman scheme's name
sent-adr-later = Şikayətiniz 8 həftə ərzində həll olunmasa və ya şirkət sizə dalan məktubu göndərsə, pulsuz olaraq { $scheme } xidmətinə müraciət edə bilərsiniz.
sent-missing-title = Burada göstəriləcək şikayət yoxdur
sent-missing-body = Təsdiq yalnız şikayətin göndərildiyi brauzer vərəqində saxlanılır. Nömrəniz və giriş kodunuz varsa, şikayətinizi yoxlaya bilərsiniz.
