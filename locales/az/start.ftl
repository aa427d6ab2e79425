start-title = Şikayət verin
start-lead = Şirkətə nəyin səhv getdiyini bildirin, işinizi izləyin və müstəqil ombudsmana nə vaxt müraciət edə biləcəyinizi öyrənin.
start-choose-provider = Şirkəti seçin
start-search-label = Şirkəti adı ilə axtarın
# Variables:
#   $search (String) - what the customer typed
start-search-none = «{ $search }» axtarışına uyğun şirkət yoxdur.
# Variables:
#   $count (Number) - how many companies the search found
start-search-found =
    { $count ->
        [one] { $count } şirkət tapıldı
       *[other] { $count } şirkət tapıldı
    }
start-provider-jurisdiction = Harada yerləşir
start-provider-kinds = Nə göndərə bilərsiniz
start-provider-languages = Üstünlük verdiyi dillər
# Variables:
#   $count (Number) - how many ways of contacting the company it accepts
start-provider-channels = Onunla başqa { $count } yolla da əlaqə saxlaya bilərsiniz.
start-already-complained = Artıq şikayət vermisiniz? Gedişini yoxlayın
jurisdiction-england = İngiltərə
jurisdiction-germany-saarland = Saarland, Almaniya
jurisdiction-azerbaijan = Azərbaycan
jurisdiction-unstated = Şirkət göstərmir
# Variables:
#   $provider (String) - the company's name
provider-title = { $provider } şirkətinə şikayət
provider-lead = Bu xidmətlə rəsmi şikayət verə bilərsiniz. Təxminən 10 dəqiqə çəkir. Göndərməzdən əvvəl cavablarınızı yoxlaya bilərsiniz; dayanmalı olsanız, onlar bu brauzer vərəqində qalır.
# Variables:
#   $provider (String) - the company's name
#   $languages (String) - the languages it prefers, each named in itself
provider-languages = { $provider } bu dillərdə yazılmasını üstün tutur: { $languages }.
provider-start = İndi başlayın
provider-deadlines-title = Şirkət nə vəd edir
provider-deadlines-body =
    { $holidays ->
        [none] İş günləri bazar ertəsindən cüməyədəkdir.
       *[other] İş günləri bazar ertəsindən cüməyədəkdir; şirkətin yerləşdiyi yerdəki bayram günləri istisnadır.
    }
# Variables:
#   $count (Number) - number of working days
provider-clock-business-days = { $count } iş günü ərzində
# Variables:
#   $count (Number) - number of weeks
provider-clock-weeks = { $count } həftədən sonra
# Variables:
#   $count (Number) - number of months
provider-clock-months = { $count } aydan sonra
provider-clock-from =
    { $from ->
        [response] { $milestone }: { $clock }, şirkətin cavabından başlayaraq
        [first_contact] { $milestone }: { $clock }, şirkətə ilk şikayət etdiyiniz gündən başlayaraq
       *[receipt] { $milestone }: { $clock }, şirkətin aldığı gündən başlayaraq
    }
