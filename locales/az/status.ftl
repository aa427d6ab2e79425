status-title = Şikayətinizi yoxlayın
status-lead = Şikayəti göndərəndə aldığınız nömrəni və giriş kodunu daxil edin.
status-reference-label = İşin nömrəsi
status-reference-hint = Məsələn, RD-7K2M9-QX4TB
status-code-label = Giriş kodu
status-code-hint = Beşli qruplarla 25 hərf və rəqəm, məsələn 7KQ3M-X2P9A-HW4TB-QC8NR-5ZJ6E. Böyük-kiçik hərf, boşluq və defis fərq etmir.
status-submit = Şikayəti yoxlayın
status-error-reference = İşin nömrəsini daxil edin
status-error-code = Giriş kodunu daxil edin
# Variables:
#   $reference (String) - the case reference
case-title =
    { $kind ->
        [inquiry] Sorğu { $reference }
        [abuse_report] Sui-istifadə barədə bildiriş { $reference }
       *[other] Şikayət { $reference }
    }
case-loading = Şikayətiniz yüklənir…
case-not-found-title = Şikayət tapılmadı
case-not-found = Bu nömrə və giriş kodu ilə şikayət yoxdur. Hər ikisini göndərərkən çap etdiyiniz və ya saxladığınız təsdiq səhifəsi ilə tutuşdurun. Əgər onlar artıq sizdə yoxdursa, şikayət etdiyiniz şirkətə müraciət edin.
case-try-again = Nömrəni və giriş kodunu yenidən daxil edin
case-stage-label = Vəziyyət:
case-milestones-title = Müddətlər
case-history-title = Tarixçə
case-answers-title = Nə göndərdiniz
case-answer-document = Sənəd (əlavə olunub)
case-documents-label = Sənədlər
case-document-unnamed = Sənəd
case-actions-title = İndi nə edə bilərsiniz
case-message-label = Şirkətə mesajınız
case-error-message-required = Şirkətin istədiyi məlumatı yazın
case-action-refused = Bu addım hazırda mümkün deyil.
case-not-started = Şirkət cavab verəndə başlayır
# Variables:
#   $days (Number) - days until the date
case-due-in-days =
    { $days ->
        [0] Son gün bu gündür
       *[other] { $days } gün qalıb
    }
# Variables:
#   $days (Number) - days since the date
case-overdue-days =
    { $days ->
        [0] Gecikib
       *[other] { $days } gün gecikib
    }
# Variables:
#   $date (String) - the last day
case-escalate-until = { $date } tarixinədək mümkündür
case-escalate-send = Təkrar şikayəti göndərin
case-adr-open = İndi ombudsmana müraciət edə bilərsiniz
case-adr-not-yet = Hələ yox
# Variables:
#   $date (String) - the day it opens
case-adr-opens-on = { $date } tarixindən şikayətinizi bu müstəqil ombudsmana verə bilərsiniz. Şirkət sizə yekun mövqe məktubu göndərsə, bunu daha tez edə bilərsiniz.
case-adr-open-body = Bu müstəqil ombudsman şikayətinizə baxa bilər. O, heç kimin tərəfini tutmur.
# Variables:
#   $months (Number) - months to apply
case-adr-free-within = Pulsuzdur. Şirkətin yekun cavabından sonra { $months } ay ərzində müraciət edin.
# Variables:
#   $amount (Number) - the highest award, in pounds
case-adr-max-award = Ombudsman sizə ən çox { $amount } £ təzminat təyin edə bilər.
case-adr-representatives = Etibar etdiyiniz şəxs sizin adınızdan müraciət edə bilər.
# Variables:
#   $scheme (String) - the ombudsman scheme
case-adr-only-for = { $scheme } yalnız bu müştərilərin şikayətlərinə baxır:
case-adr-excludes = Baxmadığı məsələlər:
case-adr-needs = Hazır saxlayın:
case-adr-pack = Müraciət üçün bu səhifəni çap edin və ya PDF kimi saxlayın: { $scheme } qurumunun istədiyi hər şey burada var (tarixlər, şikayətinizin mahiyyəti və istədiyiniz həll, şirkətin cavabları və sənədləriniz).
stage-received = Alınıb
stage-acknowledged = Alındığı təsdiqlənib
stage-awaiting-customer = Cavabınızı gözləyir
stage-responded = Şirkət cavab verib
stage-manager-review = Rəhbərin baxışındadır
stage-escalated = Təkrar şikayət verilib
stage-deadlock = Yekun mövqe məktubu göndərilib
stage-final-response = Yekun cavab verilib
stage-resolved = Həll olunub
stage-closed = Bağlanıb
stage-withdrawn = Geri götürülüb
event-received =
    { $kind ->
        [inquiry] Sorğu alındı
        [abuse_report] Bildiriş alındı
       *[other] Şikayət alındı
    }
event-acknowledged = Şirkət şikayətinizin alındığını təsdiqlədi
event-information-requested = Şirkət sizdən əlavə məlumat istədi
event-information-supplied = Siz əlavə məlumat göndərdiniz
event-responded = Şirkət cavab verdi
event-remedy-proposed = Şirkət həll yolu təklif etdi
event-manager-review-requested = Şikayətə rəhbərin baxmasını istədiniz
event-escalated = Təkrar şikayət verdiniz
event-deadlock-letter-issued = Şirkət yekun mövqe məktubu göndərdi
event-adr-referral-requested = Ombudsmana vaxtından əvvəl müraciət etməyə icazə istədiniz
event-final-response = Şirkət yekun cavab verdi
event-resolved = Həll olundu
event-closed = Bağlandı
event-withdrawn =
    { $kind ->
        [inquiry] Sorğunu geri götürdünüz
        [abuse_report] Bildirişi geri götürdünüz
       *[other] Şikayəti geri götürdünüz
    }
event-considered-resolved = Həll olunmuş sayılır: təkrar şikayət müddəti bitdi
event-considered-closed = Bağlanmış sayılır: 3 ay keçdi
milestone-status-pending = Gözlənilir
milestone-status-met = Yerinə yetirilib
milestone-status-missed = Vaxtı keçib
milestone-status-stopped = Artıq lazım deyil
action-manager-review-requested = Rəhbərin baxmasını istəyin
action-escalated =
    { $kind ->
        [inquiry] Rəsmi şikayət verin
       *[other] Təkrar şikayət verin
    }
action-adr-referral-requested = İndi ombudsmana müraciət etməyə icazə istəyin
action-information-supplied = Məlumatı göndərin
action-withdrawn =
    { $kind ->
        [inquiry] Sorğunu geri götürün
        [abuse_report] Bildirişi geri götürün
       *[other] Şikayəti geri götürün
    }
action-other = Davam edin
adr-excludes-fraud = fırıldaqçılıq
adr-excludes-property-damage = əmlaka ziyan
adr-excludes-discrimination = ayrı-seçkilik
adr-excludes-data-protection = məlumatların qorunması
adr-needs-first-complaint-date = ilk şikayətinizin tarixi
adr-needs-deadlock-letter-date = yekun mövqe məktubunun tarixi
adr-needs-complaint-details = şikayətinizin təfərrüatı
adr-needs-remedy-sought = nə istədiyiniz
adr-needs-documents = sənədləriniz
withdraw-title =
    { $kind ->
        [inquiry] Sorğunuzu geri götürmək istədiyinizə əminsiniz?
        [abuse_report] Bildirişinizi geri götürmək istədiyinizə əminsiniz?
       *[other] Şikayətinizi geri götürmək istədiyinizə əminsiniz?
    }
withdraw-body =
    { $kind ->
        [inquiry] Sorğunuzu geri götürsəniz, { $provider } ona baxmağı dayandıracaq və onun müddətləri artıq tətbiq olunmayacaq.
        [abuse_report] Bildirişinizi geri götürsəniz, { $provider } ona baxmağı dayandıracaq və onun müddətləri artıq tətbiq olunmayacaq.
       *[other] Şikayətinizi geri götürsəniz, { $provider } ona baxmağı dayandıracaq və onun müddətləri artıq tətbiq olunmayacaq.
    }
withdraw-warning =
    { $kind ->
        [inquiry] Bunu geri qaytarmaq mümkün deyil. Məsələni yenidən qaldırmaq üçün yeni sorğu göndərməli olacaqsınız.
        [abuse_report] Bunu geri qaytarmaq mümkün deyil. Məsələni yenidən qaldırmaq üçün yeni bildiriş göndərməli olacaqsınız.
       *[other] Bunu geri qaytarmaq mümkün deyil. Məsələni yenidən qaldırmaq üçün yeni şikayət verməli olacaqsınız.
    }
withdraw-confirm =
    { $kind ->
        [inquiry] Bəli, sorğumu geri götürürəm
        [abuse_report] Bəli, bildirişimi geri götürürəm
       *[other] Bəli, şikayətimi geri götürürəm
    }
withdraw-back =
    { $kind ->
        [inquiry] Xeyr, sorğuma qayıdıram
        [abuse_report] Xeyr, bildirişimə qayıdıram
       *[other] Xeyr, şikayətimə qayıdıram
    }
withdraw-not-possible =
    { $kind ->
        [inquiry] Bu sorğunu artıq geri götürmək mümkün deyil
        [abuse_report] Bu bildirişi artıq geri götürmək mümkün deyil
       *[other] Bu şikayəti artıq geri götürmək mümkün deyil
    }
case-request-explained =
    { $action ->
        [adr_referral_requested] Siz { $provider } şirkətindən şikayətinizi 8 həftə keçməmiş, indi { $scheme } qurumuna verməyə icazə istəyirsiniz. { $provider } şikayətinizi tezliklə həll edəcəyini gözləyirsə və artıq bunun üzərində işləyirsə, imtina edə bilər.
       *[other] { $provider } şikayətinizi rəhbərə və ya şikayətlərlə işləyən komandasına ötürəcək; onlar şikayətə yenidən baxıb sizə cavab verəcəklər. Bunu bir dəfə istəyə bilərsiniz.
    }
case-request-send = Müraciəti göndərin
case-opens-in-days =
    { $days ->
        [0] Bu gündən mümkündür
       *[other] { $days } gündən sonra mümkün olacaq
    }
case-window-days-left =
    { $days ->
        [0] Bu gün son gündür
       *[other] { $days } gün qalıb
    }
case-lapses-in-days =
    { $days ->
        [0] Bu gün bitə bilər
       *[other] { $days } gündən sonra bitə bilər
    }
milestone-status-open = Sizin üçün açıqdır
case-escalate-documents-kept = Artıq göndərdiyiniz sənədlər nəzərə alınır: onları yenidən göndərmək lazım deyil.
event-delay-notified = Şirkət daha çox vaxt lazım olduğunu bildirdi
event-first-contact-corrected = Şirkət ilk şikayətinizin tarixini düzəltdi
case-event-new-date = «{ $milestone }» üçün yeni tarix: { $date }
case-event-first-contact = Şirkətin qeydlərinə görə ilk şikayətinizin tarixi: { $date }
case-delayed-from = Yeni tarix vaxtında bildirilib. İlkin tarix: { $date }.
milestone-status-may-close = Şirkət indi bağlaya bilər
milestone-status-aim-missed = Hədəfə çatılmayıb
case-delay-reason = Şirkətin göstərdiyi səbəb: { $reason }
