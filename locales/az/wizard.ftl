wizard-step-kind = Nə göndərmək istəyirsiniz?
wizard-step-about-you = Sizin haqqınızda
wizard-step-contact = Şirkət sizinlə necə əlaqə saxlaya bilər?
wizard-step-on-behalf = Başqa şəxsi təmsil edirsiniz?
wizard-step-account = Şəxsi hesabınız
wizard-step-what-happened = Nə baş verdi
wizard-step-remedy = Vəziyyəti nə düzəldər?
wizard-step-documents = Təsdiqedici sənədlər
wizard-step-check =
    { $kind ->
        [inquiry] Sorğunu göndərməzdən əvvəl cavablarınızı yoxlayın
        [abuse_report] Bildirişi göndərməzdən əvvəl cavablarınızı yoxlayın
       *[other] Şikayəti göndərməzdən əvvəl cavablarınızı yoxlayın
    }
# Variables:
#   $current (Number) - this page's number
#   $total (Number) - how many pages there are
wizard-step-of = Addım { $current } / { $total }
wizard-on-behalf-allowed = Başqa şəxs müştərinin adından şikayət verə və şirkətlə işi apara bilər.
wizard-on-behalf-needs-authorization = Başqa şəxsi təmsil edirsinizsə, şirkətə onun yazılı razılığı lazımdır. Onun imzaladığı məktubu yükləyin.
wizard-account-intro-escalation = Əvvəlki şikayətinizi və ona verilən cavabın niyə məsələni həll etmədiyini göstərin.
wizard-warning-may-be-too-old = Göstərdiyiniz tarixdən 3 aydan çox keçib. Şirkət bu qədər köhnə hadisələrə dair şikayətləri bağlanmış saya bilər. Yenə də göndərə bilərsiniz.
wizard-check-no-documents = Yoxdur
wizard-check-not-given = Göstərilməyib
wizard-check-send-title =
    { $kind ->
        [inquiry] İndi sorğunuzu göndərin
        [abuse_report] İndi bildirişinizi göndərin
       *[other] İndi şikayətinizi göndərin
    }
# Variables:
#   $provider (String) - the company's name
wizard-check-send-body =
    { $kind ->
        [inquiry] Göndərən kimi sorğunuz { $provider } şirkətinə çatır. Onu izləmək üçün nömrə və giriş kodu alacaqsınız.
        [abuse_report] Göndərən kimi bildirişiniz { $provider } şirkətinə çatır. Onu izləmək üçün nömrə və giriş kodu alacaqsınız.
       *[other] Göndərən kimi şikayətiniz { $provider } şirkətinə çatır. Onu izləmək üçün nömrə və giriş kodu alacaqsınız.
    }
wizard-send =
    { $kind ->
        [inquiry] Sorğunu göndərin
        [abuse_report] Bildirişi göndərin
       *[other] Şikayəti göndərin
    }
wizard-try-again = Yenidən göndərin
wizard-not-sent-title = Şikayətiniz göndərilmədi
wizard-not-sent-network = Xidmətlə əlaqə kəsildi. Bir neçə dəfə cəhd etdik.
wizard-not-sent-refused = Xidmət onu qəbul edə bilmədi.
wizard-not-sent-kept = Cavablarınız bu brauzer vərəqində saxlanılır. Hazır olanda yenidən cəhd edin; şikayətiniz yalnız bir dəfə qeydə alınacaq.
wizard-step-earlier =
    { $kind ->
        [complaint] Əvvəlki sorğunuz
       *[other] Əvvəlki şikayətiniz
    }
