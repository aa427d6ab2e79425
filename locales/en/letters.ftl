# Letters by email (the server writes them; the app never loads this file).
letter-receipt-subject = { $company } has received your case { $reference }
letter-greeting = Dear { $name },
letter-greeting-anonymous = Hello,
letter-receipt-received = { $company } received your case ({ $kind }) on { $date }. Its reference is { $reference }: please quote it whenever you contact { $company } about it.
letter-receipt-deadlines = What { $company } has committed to:
letter-deadline = { $milestone }: by { $date }
letter-deadline-aim = { $milestone }: aimed for by { $date }
letter-receipt-next = { $company } will look into what you told it and answer you in writing. You do not need to do anything now.
letter-case-link = Follow your case, answer questions and see every deadline here: { $link }
letter-case-link-private = This link opens your case without asking for the access code: keep this email to yourself and do not forward it.
letter-signature = { $company } complaints team
letter-new-case-subject = New case { $reference } ({ $kind })
letter-new-case-received = A new case came in on { $date }: { $kind }, reference { $reference }.
letter-new-case-first-deadline = First deadline: { $milestone }, by { $date }.
letter-new-case-link = Open the queue: { $link }
