start-title = Şikayət edin
start-lead = Şirkətə nəyin səhv getdiyini bildirin, işinizi izləyin və müstəqil ombudsmana nə vaxt müraciət edə biləcəyinizi öyrənin.
start-choose-provider = Şirkəti seçin
start-provider-jurisdiction = Harada yerləşir
start-provider-kinds = Nə göndərə bilərsiniz
start-provider-languages = Üstünlük verdiyi dillər
# Variables:
#   $count (Number) - how many ways of contacting the company it accepts
start-provider-channels = Onunla başqa { $count } yolla da əlaqə saxlaya bilərsiniz.
start-already-complained = Artıq şikayət etmisiniz? Onun gedişini yoxlayın
