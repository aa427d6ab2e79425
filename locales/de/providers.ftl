jurisdiction-england = England
jurisdiction-germany-saarland = Saarland, Deutschland
jurisdiction-azerbaijan = Aserbaidschan
jurisdiction-unstated = Vom Unternehmen nicht angegeben

kind-complaint = Beschwerde
kind-inquiry = Anfrage
kind-abuse-report = Missbrauchsmeldung
kind-escalated-complaint = Weitergeleitete Beschwerde
