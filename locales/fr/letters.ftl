# Lettres par e-mail (le serveur les écrit ; l'application ne charge pas ce fichier).
letter-receipt-subject = { $company } a bien reçu votre dossier { $reference }
letter-greeting = Bonjour { $name },
letter-greeting-anonymous = Bonjour,
letter-receipt-received = { $company } a reçu votre dossier ({ $kind }) le { $date }. Sa référence est { $reference } ; rappelez-la chaque fois que vous contactez { $company } à son sujet.
letter-receipt-deadlines = Les engagements de { $company } :
letter-deadline = { $milestone } : au plus tard le { $date }
letter-deadline-aim = { $milestone } : visé pour le { $date }
letter-receipt-next = { $company } va examiner ce que vous avez décrit et vous répondra par écrit. Vous n'avez rien à faire pour l'instant.
letter-case-link = Suivez votre dossier, répondez aux questions et voyez chaque échéance ici : { $link }
letter-case-link-private = Ce lien ouvre votre dossier sans demander le code d'accès : gardez cet e-mail pour vous et ne le transférez pas.
letter-signature = Le service réclamations de { $company }
letter-new-case-subject = Nouveau dossier { $reference } ({ $kind })
letter-new-case-received = Un nouveau dossier est arrivé le { $date } : { $kind }, référence { $reference }.
letter-new-case-first-deadline = Première échéance : { $milestone }, au plus tard le { $date }.
letter-new-case-link = Ouvrir la file : { $link }
