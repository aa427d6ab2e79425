# The complaints team's console (the staff part of the app).
staff-loading = Yüklənir…
staff-unavailable-title = Konsola qoşulmaq mümkün deyil
staff-unavailable = Konsol hazırda portala qoşula bilmir. Heç nə dəyişdirilmədi; bir neçə dəqiqədən sonra yenidən cəhd edin.
# Variables:
#   $name (String) - the staff member's name
#   $provider (String) - the company's name
staff-signed-in-as = { $name } kimi daxil olmusunuz, { $provider }
staff-sign-out = Çıxış

## Signing in
staff-sign-in-title = Şikayət konsoluna giriş
staff-sign-in-body = Şirkətinizin sizin üçün qeydə aldığı e-poçt ünvanını yazın. Giriş kodunu e-poçtla göndərəcəyik.
staff-email-label = E-poçt ünvanı
staff-send-code = Kodu göndərin
staff-code-title = Məktubdakı kodu yazın
# Variables:
#   $email (String) - the address typed
staff-code-sent = { $email } şikayət komandasının üzvünə məxsusdursa, kod artıq bu ünvana göndərilib. Kod 10 dəqiqə qüvvədədir.
staff-code-label = Giriş kodu
staff-code-hint = 8 rəqəm, məsələn 0123 4567
staff-sign-in = Daxil olun
staff-code-again = Başqa ünvan yazın və ya yeni kod istəyin
staff-error-email = E-poçt ünvanı yazın, məsələn ad@example.az
staff-error-code-format = Kodun 8 rəqəmini yazın
staff-error-code-not-accepted = Bu kod işləmir. Onu məktubla tutuşdurub yenidən yazın; artıq istifadə olunubsa və ya 10 dəqiqədən köhnədirsə, yenisini istəyin.

## The work queue
staff-queue-title = İş növbəsi
staff-search-label = İş axtarın
staff-search-hint = İşin nömrəsi və ya müştərinin adı, e-poçtu, telefonu, şəxsi hesabı
staff-stage-label = Mərhələ
staff-stage-any = İstənilən mərhələ
staff-stage-counts = Mərhələlər üzrə işlər
staff-overdue-only = Yalnız müddəti keçmiş işlər
staff-apply = İşləri göstərin
# Variables:
#   $count (Number) - how many cases the filters find
staff-queue-count =
    { $count ->
        [0] Uyğun iş yoxdur.
       *[other] { $count } iş
    }
staff-queue-count-more = { $count } işdən çox
staff-pages = Növbənin səhifələri
staff-previous-page = Əvvəlki səhifə
staff-next-page = Növbəti səhifə
# Variables:
#   $date (String) - a day, written out
staff-received-on = { $date } tarixində alınıb
staff-due-none = Açıq müddət yoxdur
# Variables:
#   $days (Number) - days since the deadline passed
staff-due-overdue =
    { $days ->
       *[other] { $days } gün gecikib
    }
staff-due-today = Müddət bu gündür
staff-due-tomorrow = Müddət sabahdır
# Variables:
#   $date (String) - a day, written out
staff-due-on = Müddət: { $date }

## A case
# Variables:
#   $reference (String) - the case's reference
staff-case-title = İş { $reference }
staff-case-not-found = Şirkətinizin bu nömrəli işi yoxdur.
staff-back-to-queue = İş növbəsinə qayıdın
staff-case-kind = Növ
staff-case-stage = Mərhələ
staff-case-language = Müştərinin dili
staff-deadlines-title = Müddətlər
staff-milestone-met = gözlənilib
staff-milestone-missed = keçib
staff-milestone-stopped = artıq tətbiq olunmur
staff-milestone-pending = davam edir
staff-milestone-not-started = hələ başlamayıb
staff-answers-title = Müştərinin bildirdikləri
staff-documents-title = Sənədlər
staff-document-open = Yeni tabda açmaq
staff-document-download = Yükləmək
staff-history-title = Baş verənlər
# Variables:
#   $name (String) - who recorded the step
staff-event-by = qeyd edən: { $name }
staff-letters-title = Məktublar
staff-letter-sent = göndərilib
staff-letter-failed = çatdırılmayıb
staff-letter-waiting = göndərilməyi gözləyir
# The kinds of letter a case's list names.
staff-letter-receipt = Müştəriyə qəbul bildirişi
staff-letter-new-case = Yeni iş, komandanıza
staff-letter-acknowledgement = Təsdiq
staff-letter-information-request = Məlumat sorğusu
staff-letter-delay-notice = Müddətin uzadılması bildirişi
staff-letter-response = Cavabınız
staff-letter-window-reminder = Şikayət müddəti bitməzdən əvvəl xatırlatma
staff-letter-adr = Ombudsman məktubu
staff-letter-closing = Bağlanış məktubu
staff-letter-step = Sizin addımınız
staff-letter-customer-step = Müştərinin addımı, komandanıza
staff-letters-stopped = Müştəri bu iş üzrə e-poçt istəmir: işi onun səhifəsində izləyir.
staff-steps-title = Növbəti addım
staff-no-steps = Hazırda bu işdə prosedurunuzun heç bir addımı mümkün deyil.
staff-step-legend = Hansı addım?
staff-message-label = Müştəriyə mesaj
# Variables:
#   $language (String) - the name of the case's language
staff-message-hint = Sizin üçün müştərinin dilində yazılıb ({ $language }); lazım olduqca dəyişin. Müştəri onu işin səhifəsində və e-poçtda oxuyacaq.
staff-record-step = Addımı qeyd edin və müştəriyə bildirin
staff-error-step = Addım seçin
staff-error-message = Müştəriyə mesaj yazın
# Variables:
#   $reason (String) - why the portal refused, in English
staff-error-not-now = Bu addım indi mümkün deyil: { $reason }
staff-step-acknowledged = Şikayətin alındığını təsdiq edin
staff-step-information-requested = Müştəridən məlumat istəyin
staff-step-responded = Cavab verin
staff-step-remedy-proposed = Həll yolu təklif edin
staff-step-final-response = Yekun cavabı göndərin
staff-step-deadlock-letter-issued = Razılaşmama məktubu göndərin
staff-step-resolved = Həll olunmuş kimi qeyd edin
staff-step-closed = İşi bağlayın

## Messages to the customer a step starts from, in the case's language.
staff-template-acknowledged = Şikayətiniz üçün təşəkkür edirik. Onu aldıq və araşdırırıq. İşinizin səhifəsində göstərilən tarixədək cavab verəcəyik.
staff-template-information-requested = Şikayətinizi araşdırmaq üçün sizdən əlavə məlumat lazımdır: …
staff-template-responded = Şikayətinizi araşdırdıq. …
staff-template-remedy-proposed = Vəziyyəti düzəltmək üçün təklif edirik: …
staff-template-final-response = Bu, şikayətinizə yekun cavabımızdır. …
staff-template-deadlock-letter-issued = Şikayətiniz üzrə razılığa gələ bilmədik. Bu məktub yekun mövqeyimizdir. …
staff-template-resolved = Şikayətinizin həll olunmasına şadıq. Bizə bildirdiyiniz üçün təşəkkür edirik.
staff-template-closed = Şikayətinizi bağlayırıq. …

## Who handles a case, notes and views
staff-assigned-label = Kim aparır
staff-assigned-anyone = İstənilən
staff-assigned-me = Mən
staff-assigned-nobody = Hələ heç kim
# Variables:
#   $name (String) - a member of the staff
staff-handled-by = aparan: { $name }
staff-handled-by-nobody = hələ heç kim aparmır
staff-handler-title = İşi kim aparır
staff-take-case = İşi özüm aparım
staff-assign-label = Kimə verilsin
staff-assign = İşi verin
staff-notes-title = Komanda üçün qeydlər
staff-notes-body = Bunları yalnız həmkarlarınız oxuyur; müştəri heç vaxt görmür.
staff-note-label = Yeni qeyd
staff-add-note = Qeydi əlavə edin
staff-error-note = Qeydi yazın
staff-error-note-long = Qeyd çox uzundur və ya saxlanıla bilməyən simvollar var: ən çoxu 5.000 simvol
staff-views-title = İşə kimlər baxıb

## Delay notices and a corrected first contact
staff-step-delay-notified = Müddətin uzadılmasını bildirin
staff-step-first-contact-corrected = İlk müraciət gününü düzəldin
staff-template-delay-notified = Şikayətinizi lazımınca araşdırmaq üçün bizə daha çox vaxt lazımdır, çünki …
staff-template-first-contact-corrected = Qeydlərimizə görə, bu barədə bizə ilk dəfə başqa gün müraciət etmisiniz: …
staff-delay-milestone-label = Hansı müddət uzadılır?
staff-new-date-label = Yeni tarix
staff-first-contact-label = İlk müraciət günü
staff-error-date = Tarixi yazın
staff-error-delay = Bu müddəti yalnız bitməzdən əvvəl və yalnız daha gec tarixə uzatmaq olar.

## What was just done
staff-done-saved = Saxlanıldı.
# Variables:
#   $step (String) - the step's name
staff-done-step = Qeydə alındı: { $step }. Müştəriyə məktub yoldadır; müştəri bu addımı artıq iş səhifəsində görür.

staff-merge-title = Dublikatı birləşdirmək
staff-merge-body = Bu şikayət eyni müştərinin başqa şikayətini təkrarlayırsa, onu həmin işə birləşdirin. Heç nə silinmir: bu iş müştərinin göndərdiklərini saxlayır, onun nömrəsi isə saxlanılan işi göstərəcək.
staff-merge-label = Saxlanılan işin nömrəsi
staff-merge-button = Həmin işə birləşdirmək
staff-merge-confirm = Bu iş { $into } ({ $customer }) işinə birləşdirilsin? Növbəti addımlar orada atılacaq və bunu geri qaytarmaq olmaz.
staff-merge-yes = Bəli, birləşdirmək
staff-merge-cancel = Ləğv etmək
staff-merge-error-empty = Saxlanılan işin nömrəsini daxil edin
staff-merge-error-unknown = İşləriniz arasında bu nömrəli iş yoxdur. Nömrəni yoxlayıb yenidən cəhd edin
staff-merge-error-same = Bu, açıq olan işdir. Digər işin nömrəsini daxil edin
staff-merge-error-customer = Bu iş başqa müştərinindir: ikisində nə eyni e-poçt ünvanı, nə də eyni telefon nömrəsi var
staff-merge-error-merged = İki işdən biri artıq başqa işə birləşdirilib. Həmin işə birləşdirin
staff-merged-into = { $date } tarixində { $name } tərəfindən birləşdirilib. Növbəti addımlar birləşdirildiyi işdə atılır:
staff-merged-title = Bu işə birləşdirilmiş dublikatlar
staff-done-merged = { $reference } bu işə birləşdirildi.
staff-document-from-customer = Müştəri göndərib
staff-document-added-by = { $name } əlavə edib
staff-step-documents-label = Məktubla göndəriləcək sənədlər (istəyə bağlı)
staff-step-documents-hint = İmzalanmış məktub və ya onun əlavələri: PDF, PNG və ya JPEG, hər biri 10 MB-dan çox olmayaraq, ən çoxu { $most }. Onlar məktubla müştəriyə gedir və işdə qalır.
staff-document-uploading = { $name } yüklənir…
staff-document-remove = Çıxarmaq
staff-error-document-type = { $name } PDF, PNG və ya JPEG faylı deyil
staff-error-document-size = { $name } 10 MB-dan böyükdür
staff-error-document-count = Bir addıma ən çoxu { $most } sənəd əlavə edin
staff-event-acknowledged = Qəbul təsdiqləndi
staff-event-information-requested = Müştəridən əlavə məlumat istənildi
staff-event-information-supplied = Müştəri əlavə məlumat göndərdi
staff-event-responded = Müştəriyə cavab verildi
staff-event-remedy-proposed = Həll yolu təklif edildi
staff-event-manager-review-requested = Müştəri rəhbərin baxmasını istədi
staff-event-escalated = Müştəri təkrar şikayət verdi
staff-event-deadlock-letter-issued = Razılığa gəlinmədiyi barədə məktub göndərildi
staff-event-adr-referral-requested = Müştəri ombudsmana daha tez müraciət etmək istədi
staff-event-final-response = Yekun cavab verildi
staff-event-withdrawn = Müştəri onu geri götürdü
staff-event-delay-notified = Müştəriyə daha çox vaxt lazım olduğu bildirildi
staff-event-first-contact-corrected = İlk şikayətin tarixi düzəldildi
staff-stage-awaiting-customer = Müştəridən cavab gözlənilir
staff-error-placeholder = Mesajdakı … yerinə öz sözlərinizi yazın
staff-stage-merged = Başqa işə birləşdirilib
staff-letter-merged = Başqa işə birləşdirmə
staff-new-from-customer = Müştəridən yeni
staff-outcome-legend = Nəticə nədir? (istəyə bağlı)
staff-outcome-hint = Tənzimləyiciyə şikayətlər hesabatı üçün. Müştəri bunu görmür.
staff-outcome-upheld = Əsaslıdır: müştəri haqlı idi
staff-outcome-partly-upheld = Qismən əsaslıdır
staff-outcome-not-upheld = Əsassızdır
staff-outcome-none = Qeyd edilmir
staff-event-outcome = Nəticə: { $outcome }

## The console's pages, and the reports
staff-nav = Konsolun səhifələri
staff-nav-queue = İş növbəsi
staff-nav-reports = Hesabatlar
staff-report-title = Hesabatlar
staff-report-intro = Komanda bir dövr ərzində siyasətin vədlərinə necə əməl edib: nə daxil olub, nə bağlanıb və nə qədər tez, hansı müddətə vaxtında, hansına gec əməl olunub. Günlər şirkətin öz saat qurşağındakı təqvimi ilə sayılır.
staff-report-period = Dövr
staff-report-this-month = Bu ay
staff-report-last-month = Keçən ay
staff-report-this-quarter = Bu rüb
staff-report-last-quarter = Keçən rüb
staff-report-dates = Seçdiyiniz tarixlər
staff-report-from = Başlanğıc
staff-report-to = Son
staff-report-show = Hesabatı göstərin
staff-report-error-date = Tarix daxil edin, məsələn, 1 iyul 2026
staff-report-error-range = Son gün birinci gün ilə eyni və ya ondan sonra olmalıdır
staff-report-error-too-long = Hesabat ən çoxu bir ili əhatə edir: daha qısa dövr seçin
staff-report-heading = { $from } – { $to }
staff-report-summary = Daxil olan işlər: { $received }, bağlanan: { $closed }, dövrün sonunda açıq qalan: { $open }.
staff-report-download-figures = Göstəriciləri yükləyin (CSV cədvəli)
staff-report-download-return = Tənzimləyicinin qruplarına görə şikayət hesabatını yükləyin (CSV cədvəli)
staff-report-charts = Diaqramlar
staff-report-by-kind = İş növlərinə görə göstəricilər
staff-report-weeks-title = Hər həftə daxil olan və bağlanan işlər
staff-report-weeks-summary = Daxil olan işlər: { $received }, bağlanan: { $closed }. Ən çox iş { $date } tarixindən başlayan həftədə daxil olub: { $most }.
staff-report-weeks-none = Dövr ərzində iş daxil olmayıb; bağlanan: { $closed }.
staff-report-received = Daxil olan
staff-report-closed = Bağlanan
staff-report-week = Həftə
staff-report-on-time-title = Aylar üzrə vaxtında əməl olunan müddətlər
staff-report-on-time-none = Dövr ərzində heç bir müddətin vaxtı çatmayıb.
staff-report-on-time-unsettled = { $deadline }: heç birinin vaxtı hələ keçməyib.
staff-report-on-time-summary = { $deadline }: { $percent } vaxtında ({ $on_time } / { $settled }).
staff-report-percent = { $percent }%
staff-report-month = Ay
staff-report-fell-due = Vaxtı dövrə düşən
staff-report-on-time = Vaxtında
staff-report-late = Gec
staff-report-not-yet = Vaxtı hələ keçməyib
staff-report-share = Vaxtında payı
staff-report-first-answer-title = İlk cavaba qədər iş günləri
staff-report-within-days =
    { $days ->
        [0] elə həmin gün
       *[other] { $days } iş günü ərzində
    }
staff-report-first-answer-summary = Dövr ərzində ilk cavabını alan işlər: { $cases }. Onların yarısı { $half }, 10-dan 9-u { $most } cavab alıb.
staff-report-first-answer-none = Dövr ərzində heç bir iş ilk cavabını almayıb.
staff-report-days = İş günləri
staff-report-cases = İşlər
staff-report-open-start = Əvvəldə açıq
staff-report-open-end = Sonda açıq
staff-report-closed-3-days = 3 iş günü ərzində bağlanan
staff-report-closed-8-weeks = 3 iş günündən sonra, 8 həftə ərzində bağlanan
staff-report-closed-later = 8 həftədən sonra bağlanan
staff-report-no-outcome = Nəticə qeyd olunmadan bağlanan
staff-report-first-answered = Dövr ərzində ilk cavabını alan işlər
staff-report-first-answer-median = İlk cavaba qədər iş günləri: yarısı ərzində
staff-report-first-answer-p90 = İlk cavaba qədər iş günləri: 10-dan 9-u ərzində
staff-report-close-median = Bağlanmaya qədər iş günləri: yarısı ərzində
staff-report-close-p90 = Bağlanmaya qədər iş günləri: 10-dan 9-u ərzində
staff-report-delay-notices = Gecikmə bildirişləri
staff-report-escalations = Təkrar şikayətlər
staff-report-deadlock-letters = Razılaşmama məktubları
staff-report-adr-letters = Ombudsmana yol açan məktublar
staff-report-early-asked = Ombudsmana vaxtından əvvəl müraciət istəkləri
staff-report-early-granted = Verilən vaxtından əvvəl müraciət icazələri
staff-report-figures = { $kind }: göstəricilər
staff-report-deadlines = { $kind }: müddətlər
staff-report-deadline = Müddət
staff-report-kind-empty = Dövr ərzində bu növdən iş daxil olmayıb, açıq olmayıb və bağlanmayıb.
staff-report-numbers = Rəqəmləri göstərin
staff-report-on-time-hint = Pay artıq əməl olunmuş və ya vaxtı keçmiş müddətlərə görə sayılır; hələ gələcək olanlar nəzərə alınmır.
staff-report-drawn = { $date } tarixinə olan göstəricilər.
staff-report-upheld = Əsaslıdır
