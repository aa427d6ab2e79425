jurisdiction-england = İngiltərə
jurisdiction-germany-saarland = Saarland, Almaniya
jurisdiction-azerbaijan = Azərbaycan
jurisdiction-unstated = Şirkət göstərməyib

kind-complaint = Şikayət
kind-inquiry = Sorğu
kind-abuse-report = Sui-istifadə barədə bildiriş
kind-escalated-complaint = Təkrar şikayət
