wizard-step-kind = Nə göndərmək istəyirsiniz?
wizard-step-about-you = Sizin haqqınızda
wizard-step-contact = Şirkət sizinlə necə əlaqə saxlaya bilər?
wizard-step-on-behalf = Başqası adından şikayət edirsiniz?
wizard-step-account = Hesabınız
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
wizard-on-behalf-allowed = Başqa şəxs müştəri adından şikayət verə və şirkətlə işi apara bilər.
wizard-on-behalf-needs-authorization = Başqası adından şikayət edirsinizsə, şirkətə onun yazılı razılığı lazımdır. Onun imzaladığı məktubu yükləyin.
wizard-account-intro-escalation = Əvvəlki şikayətinizi və ona verilən cavabın niyə məsələni həll etmədiyini göstərin.
# Variables:
#   $date (String) - the date the customer gave
wizard-warning-may-be-too-old = Göstərdiyiniz tarix ({ $date }) 3 aydan çox əvvəldir. Şirkət belə köhnə şikayətləri bağlanmış saya bilər. Yenə də göndərə bilərsiniz.
wizard-documents-label = Fayl yükləyin
# Variables:
#   $max (Number) - most files allowed
wizard-documents-hint = PDF, PNG və ya JPEG, hər biri 10 MB-a qədər. Ən çox { $max } fayl əlavə edə bilərsiniz.
wizard-documents-required = Şirkət şikayətinizi təsdiq edən sənədlər istəyir: hesablar, məktublar və ya ekran görüntüləri.
wizard-documents-optional = Şikayətinizi təsdiq edən sənədlər əlavə edə bilərsiniz: hesablar, məktublar və ya ekran görüntüləri. Bu, istəyə bağlıdır.
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
wizard-check-send-body = Göndərən kimi şikayətiniz { $provider } şirkətinə çatır. Onu izləmək üçün nömrə və giriş kodu alacaqsınız.
wizard-send =
    { $kind ->
        [inquiry] Sorğunu göndərin
        [abuse_report] Bildirişi göndərin
       *[other] Şikayəti göndərin
    }
wizard-try-again = Yenidən göndərin
wizard-sending = Şikayətiniz göndərilir…
wizard-not-sent-title = Şikayətiniz göndərilmədi
wizard-not-sent-network = Xidmətlə əlaqə kəsildi. Bir neçə dəfə cəhd etdik.
wizard-not-sent-refused = Xidmət onu qəbul edə bilmədi.
wizard-not-sent-kept = Cavablarınız bu brauzer vərəqində saxlanılır. Hazır olanda yenidən cəhd edin; şikayətiniz yalnız bir dəfə qeydə alınacaq.

field-full-name = Tam adınız
field-surname = Soyad
field-first-name = Ad
field-patronymic = Ata adı
field-patronymic-hint = Şəxsiyyət vəsiqənizdə yazıldığı kimi
field-email = E-poçt ünvanı
field-email-hint = Şirkət cavablarını bura göndərəcək
field-phone = Telefon nömrəsi
field-phone-hint = Məsələn, +994 50 123 45 67
field-preferred-contact = Şirkət sizinlə necə əlaqə saxlasın?
field-account-reference = Hesab və ya müştəri nömrəsi
field-account-reference-hint = Onu hesablarınızda və ya şəxsi kabinetinizdə tapa bilərsiniz
field-domain-names = Domen adları
field-domain-names-hint = Hər sətirdə bir, məsələn example.com
field-employee-name = Sizə xidmət edən əməkdaşın adı
field-employee-name-hint = Bilirsinizsə
field-inquiry-reference = Əvvəlki sorğunuzun nömrəsi
field-inquiry-reference-hint = Bu barədə əvvəl soruşmusunuzsa
field-previous-complaint = Əvvəlki şikayətiniz
field-previous-complaint-hint = Onun nömrəsi və ya tarixi və aldığınız cavab
field-dissatisfaction-reasons = Cavab niyə məsələni həll etmədi
field-abuse-type = Hansı növ sui-istifadədir?
field-subject = Mövzu
field-subject-hint = Şikayətinizi ümumiləşdirən bir neçə söz
field-description = Nə baş verdi?
field-description-hint = Nəyin, nə vaxt səhv getdiyini və indiyədək nə etdiyinizi yazın
field-incident-date = Bu nə vaxt baş verdi?
field-incident-date-hint = Uzun sürübsə, başladığı tarixi göstərin
field-first-contact-date = Bu barədə şirkətə ilk dəfə nə vaxt müraciət etdiniz?
field-first-contact-date-hint = Təxmini tarix kifayətdir
field-desired-remedy = Şirkətin nə etməsini istəyirsiniz?
field-desired-remedy-hint = Məsələn, pulun qaytarılması, təmir, düzəliş və ya üzr
field-customer-type = Müştəri kimdir?
field-on-behalf = Bu şikayəti başqası adından verirəm
field-represented-name = Adından şikayət etdiyiniz şəxsin tam adı
field-representative-relationship = Onunla əlaqəniz
field-authorization = Onun yazılı razılığı
field-authorization-hint = Onun adından şikayət edə biləcəyinizi bildirən imzalı məktub. PDF, PNG və ya JPEG, 10 MB-a qədər.
field-agreement-scope = Şikayətim şirkətlə müştəri müqaviləmdəki xidmətə aiddir
field-declaration = Verdiyim məlumat bildiyim qədər doğru və tamdır

option-customer-type-residential = Ev təsərrüfatı
option-customer-type-small-business = Kiçik müəssisə (10 və ya daha az işçi)
option-customer-type-other-business = Daha böyük müəssisə
option-abuse-type-spam = Spam
option-abuse-type-phishing = Fişinq
option-abuse-type-malware = Zərərli proqram
option-abuse-type-fraud = Fırıldaqçılıq
option-abuse-type-intellectual-property = Əqli mülkiyyətin pozulması
option-abuse-type-other = Başqa şey
option-preferred-contact-email = E-poçtla
option-preferred-contact-phone = Telefonla

# Variables:
#   $name (String) - the file's name
#   $percent (Number) - how much has been uploaded
upload-progress = { $name } yüklənir: { $percent }%
upload-remove = Silin
# Variables:
#   $name (String) - the file's name
upload-error-type = { $name } PDF, PNG və ya JPEG faylı olmalıdır
# Variables:
#   $name (String) - the file's name
upload-error-too-large = { $name } 10 MB-dan kiçik olmalıdır
# Variables:
#   $name (String) - the file's name
upload-error-network = { $name } yüklənmədi. Bağlantınızı yoxlayıb onu yenidən seçin.
# Variables:
#   $max (Number) - most files allowed
upload-error-too-many = Ən çox { $max } fayl əlavə edə bilərsiniz
wizard-step-earlier =
    { $kind ->
        [complaint] Əvvəlki sorğunuz
       *[other] Əvvəlki şikayətiniz
    }
