# E-poçt məktubları (onları server yazır; tətbiq bu faylı yükləmir).
letter-receipt-subject = { $company }: { $reference } nömrəli işiniz qəbul edildi
letter-greeting = Hörmətli { $name },
letter-greeting-anonymous = Salam,
letter-receipt-received = { $company } işinizi ({ $kind }) { $date } tarixində qəbul etdi. İşin nömrəsi: { $reference }. { $company } ilə bu barədə əlaqə saxlayanda onu göstərin.
letter-receipt-deadlines = { $company } şirkətinin öhdəlikləri:
letter-deadline = { $milestone }: ən gec { $date }
letter-deadline-aim = { $milestone }: təxminən { $date }
letter-receipt-next = { $company } bildirdiklərinizi araşdıracaq və sizə yazılı cavab verəcək. İndi heç nə etməyiniz lazım deyil.
letter-case-link = İşinizi izləyin, suallara cavab verin və bütün müddətləri burada görün: { $link }
letter-case-link-private = Bu keçid işinizi giriş kodu soruşmadan açır: bu məktubu heç kimə göstərməyin və yönləndirməyin.
letter-signature = { $company } şikayətlər komandası
letter-new-case-subject = Yeni iş { $reference } ({ $kind })
letter-new-case-received = { $date } tarixində yeni iş daxil oldu: { $kind }, işin nömrəsi { $reference }.
letter-new-case-first-deadline = İlk müddət: { $milestone }, ən gec { $date }.
letter-new-case-link = Növbəni açın: { $link }
