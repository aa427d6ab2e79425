wizard-documents-label = Fayl yükləyin
# Variables:
#   $max (Number) - most files allowed
wizard-documents-hint = PDF, PNG və ya JPEG, hər biri 10 MB-a qədər. Ən çox { $max } fayl əlavə edə bilərsiniz.
wizard-documents-required = Şirkət { $kind ->
        [inquiry] sorğunuzu
        [abuse_report] bildirişinizi
       *[other] şikayətinizi
    } təsdiq edən sənədlər istəyir: məktublar, e-poçtlar və ya ekran görüntüləri.
wizard-documents-optional = { $kind ->
        [inquiry] Sorğunuzu
        [abuse_report] Bildirişinizi
       *[other] Şikayətinizi
    } təsdiq edən sənədlər əlavə edə bilərsiniz: məktublar, e-poçtlar və ya ekran görüntüləri. Bu, istəyə bağlıdır.
wizard-sending = Göndərilir…
field-full-name = Tam ad
field-surname = Soyad
field-first-name = Ad
field-patronymic = Ata adı
field-patronymic-hint = Şəxsiyyət vəsiqənizdə yazıldığı kimi
field-email = E-poçt ünvanı
field-email-hint = Şirkət cavablarını bura göndərəcək
field-phone = Telefon nömrəsi
field-phone-hint = Məsələn, +994 50 123 45 67
field-preferred-contact = Şirkət sizinlə necə əlaqə saxlasın?
field-account-reference = Şəxsi hesab və ya müştəri nömrəsi
field-account-reference-hint = Onu hesab-fakturalarınızda və ya şəxsi kabinetinizdə tapa bilərsiniz
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
field-on-behalf = Bu şikayəti başqa şəxsin adından verirəm
field-represented-name = Təmsil etdiyiniz şəxsin tam adı
field-representative-relationship = Onunla münasibətiniz
field-authorization = Onun yazılı razılığı
field-authorization-hint = Onun adından şikayət edə biləcəyinizi bildirən imzalı məktub. PDF, PNG və ya JPEG, 10 MB-a qədər.
field-agreement-scope = Şikayətim şirkətlə müştəri müqaviləmdəki xidmətə aiddir
field-declaration = Verdiyim məlumat bildiyim qədər doğru və tamdır
option-customer-type-residential = Fiziki şəxs
option-customer-type-small-business = Kiçik müəssisə (ən çox 10 işçi)
option-customer-type-other-business = Daha böyük müəssisə
option-abuse-type-spam = Spam
option-abuse-type-phishing = Fişinq
option-abuse-type-malware = Zərərli proqram
option-abuse-type-fraud = Fırıldaqçılıq
option-abuse-type-intellectual-property = Əqli mülkiyyətin pozulması
option-abuse-type-other = Digər
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
field-contact-any-hint = Şirkət sizinlə əlaqə saxlaya bilsin deyə e-poçt ünvanı, telefon nömrəsi və ya hər ikisini göstərin.
kind-complaint = Şikayət
kind-inquiry = Sorğu
kind-abuse-report = Sui-istifadə barədə bildiriş
kind-escalated-complaint = Təkrar şikayət
kind-complaint-hint = Nəsə səhv gedib və şirkətin bunu düzəltməsini istəyirsiniz.
kind-inquiry-hint = Sual və ya problem barədə ilk müraciət. Cavab məsələni həll etməsə, sonra rəsmi şikayət verə bilərsiniz.
kind-abuse-report-hint = Şirkətin idarə etdiyi domen adı ilə bağlı spam, fişinq, zərərli proqram və ya başqa sui-istifadə barədə bildirin.
kind-escalated-complaint-hint = Şirkətin şikayətinizə cavabı sizi qane etməyib.
