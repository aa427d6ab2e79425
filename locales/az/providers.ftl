milestone-acknowledgement = Alınmanın təsdiqi
milestone-holding-response = İlk cavab
milestone-resolution = Həll
milestone-substantive-response = Mahiyyət üzrə cavab
milestone-response = Cavab
milestone-final-response = Yekun cavab
milestone-remedy-proposal = Həll təklifi
milestone-escalation-window-closes = Təkrar şikayət üçün son gün
milestone-adr-eligible = Ombudsmana müraciət mümkündür
milestone-considered-closed = Bağlanmış sayıla bilər
milestone-role-deadline = şirkət bu vaxtadək hərəkət etməlidir
milestone-role-window = bu vaxtadək siz hərəkət edə bilərsiniz
milestone-role-opens = sizin üçün imkan açılır
milestone-role-lapse = iş bu tarixdə bitə bilər
# Variables:
#   $provider (String) - the company's name
sent-contact-title = { $provider } ilə əlaqənin başqa yolları
jurisdiction-england = İngiltərə
jurisdiction-germany-saarland = Saarland, Almaniya
jurisdiction-azerbaijan = Azərbaycan
jurisdiction-unstated = Şirkət göstərmir
kind-complaint = Şikayət
kind-inquiry = Sorğu
kind-abuse-report = Sui-istifadə barədə məlumat
kind-escalated-complaint = Təkrar şikayət
kind-complaint-hint = Nəsə səhv gedib və şirkətin bunu düzəltməsini istəyirsiniz.
kind-inquiry-hint = Sual və ya problem barədə ilk məlumat. Cavab məsələni həll etməsə, sonra rəsmi şikayət verə bilərsiniz.
kind-abuse-report-hint = Şirkətin idarə etdiyi domen adı ilə bağlı spam, fişinq, zərərli proqram və ya başqa sui-istifadə barədə məlumat verin.
kind-escalated-complaint-hint = Şirkətin şikayətinizə cavabı sizi qane etməyib.
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
channel-purpose-abuse-reports = sui-istifadə barədə məlumatlar
channel-purpose-escalations = təkrar şikayətlər
channel-purpose-accounts = hesablar və ödənişlər
channel-purpose-feedback = rəylər
channel-note-identity-check = Məsləhətçilər kimliyinizi yoxlamaq üçün sizə suallar verə bilər.
channel-note-acknowledged-with-next-steps = Şirkətin nə vaxt və necə cavab verəcəyini və gedişlə bağlı kimə müraciət edəcəyinizi bildirən təsdiq alırsınız.
channel-note-message-outside-hours = Bu saatlardan kənarda mesaj qoya bilərsiniz.
channel-not-accepted = Şirkət bu yolla şikayət qəbul etmir.
# Variables:
#   $opens (String) - opening time, 24-hour clock
#   $closes (String) - closing time, 24-hour clock
channel-hours-weekdays = Bazar ertəsindən cüməyədək, { $opens }–{ $closes }
# Variables:
#   $provider (String) - the company's name
provider-title = { $provider } şirkətinə şikayət
provider-lead = Bu xidmətlə rəsmi şikayət verə bilərsiniz. Təxminən 10 dəqiqə çəkir. Göndərməzdən əvvəl cavablarınızı yoxlaya bilərsiniz; dayanmalı olsanız, onlar bu brauzer vərəqində qalır.
provider-start = İndi başlayın
provider-deadlines-title = Şirkət nə vəd edir
provider-deadlines-body = İş günləri bazar ertəsindən cüməyədəkdir, şirkətin yerləşdiyi yerdə bayram günləri istisna olmaqla. Hər müddət şikayətinizin alındığı gündən hesablanır.
# Variables:
#   $count (Number) - number of working days
provider-clock-business-days = { $count } iş günü ərzində
# Variables:
#   $count (Number) - number of weeks
provider-clock-weeks = { $count } həftədən sonra
# Variables:
#   $count (Number) - number of months
provider-clock-months = { $count } aydan sonra
channel-none = Şirkətin şikayət siyasətində nə ünvan, nə də telefon nömrəsi göstərilib. Bu xidmətdən istifadə edə və ya şirkətin öz saytına baxa bilərsiniz.
