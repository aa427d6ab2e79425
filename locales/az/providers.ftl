milestone-acknowledgement = Qəbulun təsdiqi
milestone-holding-response = İlk cavab
milestone-resolution = Həll
milestone-substantive-response = Mahiyyət üzrə cavab
milestone-response = Cavab
milestone-final-response = Yekun cavab
milestone-remedy-proposal = Həll təklifi
milestone-escalation-window-closes = Təkrar şikayət üçün son gün
milestone-adr-eligible = Ombudsmana müraciət mümkündür
milestone-considered-closed = Bağlanmış sayıla bilər
# Variables:
#   $provider (String) - the company's name
sent-contact-title = { $provider } ilə əlaqənin başqa yolları
channel-phone = Telefon
channel-email = E-poçt
channel-website = Veb-sayt
channel-web-form = Onlayn forma
channel-post = Poçt
channel-fax = Faks
channel-live-chat = Canlı çat
channel-callback = Geri zəng sifariş edin
channel-social-media = Sosial şəbəkələr
channel-complaints-book = Mağazalarda şikayət və təkliflər kitabı
channel-purpose-inquiries = suallar
channel-purpose-complaints = şikayətlər
channel-purpose-abuse-reports = sui-istifadə barədə bildirişlər
channel-purpose-escalations = təkrar şikayətlər
channel-purpose-accounts = şəxsi hesablar və ödənişlər
channel-purpose-feedback = rəylər
channel-note-identity-check = Məsləhətçilər kimliyinizi yoxlamaq üçün sizə suallar verə bilər.
channel-note-acknowledged-with-next-steps = Şirkətin nə vaxt və necə cavab verəcəyini və gedişlə bağlı kimə müraciət edəcəyinizi bildirən təsdiq alırsınız.
channel-note-message-outside-hours = Bu saatlardan kənarda mesaj qoya bilərsiniz.
channel-not-accepted = Şirkət bu yolla şikayət qəbul etmir.
# Variables:
#   $opens (String) - opening time, 24-hour clock
#   $closes (String) - closing time, 24-hour clock
channel-hours-weekdays = Bazar ertəsindən cüməyədək, { $opens }–{ $closes }
channel-none = Şirkətin şikayət siyasətində nə ünvan, nə də telefon nömrəsi göstərilib. Bu xidmətdən istifadə edə və ya şirkətin öz saytına baxa bilərsiniz.
milestone-role =
    { $role ->
        [aim] şirkət bu tarixədək tədbir görməyə çalışır, lakin bunu vəd etmir
        [deadline_or_notice] şirkət bu tarixədək tədbir görməli və ya ondan əvvəl sizə niyə daha çox vaxt lazım olduğunu və nə vaxt cavab verəcəyini bildirməlidir
        [window] bu tarixədək siz addım ata bilərsiniz
        [opens] sizin üçün yeni imkan açılır
        [lapse] iş bu tarixdə bitə bilər
        [may_close] bu tarixdən şirkət işinizi bağlaya bilər; iş öz-özünə bağlanmır
       *[deadline] şirkət bu tarixədək tədbir görməlidir
    }
milestone-counted-from =
    { $by ->
        [staff] { $date } tarixindən hesablanır – şirkətin qeydlərinə görə ilk şikayətinizin tarixi
       *[customer] { $date } tarixindən hesablanır – bildirdiyinizə görə ilk şikayətinizin tarixi
    }
provider-promise =
    { $promise ->
        [status] İstənilən vaxt { $provider } şirkətindən şikayətinizin hansı mərhələdə olduğunu soruşa bilərsiniz. Buradakı iş səhifəniz də bunu göstərir.
       *[every_step] { $provider } sizə nəticəni və atılan hər addımı bildirir.
    }
