# The complaints team's console (the staff part of the app).
staff-loading = Chargement…
staff-unavailable-title = La console est injoignable
staff-unavailable = La console ne peut pas joindre le portail pour le moment. Rien n'a été modifié ; réessayez dans quelques minutes.
# Variables:
#   $name (String) - the staff member's name
#   $provider (String) - the company's name
staff-signed-in-as = Connecté en tant que { $name }, { $provider }
staff-sign-out = Se déconnecter

## Signing in
staff-sign-in-title = Connexion à la console des réclamations
staff-sign-in-body = Saisissez l'adresse e-mail que votre entreprise a enregistrée pour vous. Nous vous enverrons un code de connexion par e-mail.
staff-email-label = Adresse e-mail
staff-send-code = M'envoyer un code
staff-code-title = Saisissez le code reçu par e-mail
# Variables:
#   $email (String) - the address typed
staff-code-sent = Si { $email } appartient à un membre d'une équipe réclamations, un code lui a été envoyé. Il est valable 10 minutes.
staff-code-label = Code de connexion
staff-code-hint = 8 chiffres, par exemple 0123 4567
staff-sign-in = Se connecter
staff-code-again = Utiliser une autre adresse ou demander un nouveau code
staff-error-email = Saisissez une adresse e-mail, par exemple nom@exemple.fr
staff-error-code-format = Saisissez les 8 chiffres du code
staff-error-code-not-accepted = Ce code ne fonctionne pas. Vérifiez-le dans l'e-mail et saisissez-le à nouveau ; s'il a déjà servi ou date de plus de 10 minutes, demandez-en un nouveau.

## The work queue
staff-queue-title = File de travail
staff-search-label = Trouver un dossier
staff-search-hint = Une référence, ou le nom, l'adresse e-mail, le téléphone ou le compte d'un client
staff-stage-label = Étape
staff-stage-any = Toutes les étapes
staff-stage-counts = Dossiers par étape
staff-overdue-only = Seulement les dossiers dont un délai est dépassé
staff-apply = Afficher les dossiers
# Variables:
#   $count (Number) - how many cases the filters find
staff-queue-count =
    { $count ->
        [0] Aucun dossier ne correspond.
        [one] { $count } dossier
       *[other] { $count } dossiers
    }
staff-queue-count-more = Plus de { $count } dossiers
staff-pages = Pages de la file
staff-previous-page = Page précédente
staff-next-page = Page suivante
# Variables:
#   $date (String) - a day, written out
staff-received-on = reçu le { $date }
staff-due-none = Aucun délai en cours
# Variables:
#   $days (Number) - days since the deadline passed
staff-due-overdue =
    { $days ->
        [one] En retard de { $days } jour
       *[other] En retard de { $days } jours
    }
staff-due-today = À traiter aujourd'hui
staff-due-tomorrow = À traiter demain
# Variables:
#   $date (String) - a day, written out
staff-due-on = À traiter pour le { $date }

## A case
# Variables:
#   $reference (String) - the case's reference
staff-case-title = Dossier { $reference }
staff-case-not-found = Votre entreprise n'a aucun dossier avec cette référence.
staff-back-to-queue = Retour à la file de travail
staff-case-kind = Type
staff-case-stage = Étape
staff-case-language = Langue du client
staff-deadlines-title = Délais
staff-milestone-met = tenu
staff-milestone-missed = dépassé
staff-milestone-stopped = ne s'applique plus
staff-milestone-pending = en cours
staff-milestone-not-started = pas encore commencé
staff-answers-title = Ce que le client vous a dit
staff-documents-title = Documents
staff-document-open = Ouvrir dans un nouvel onglet
staff-document-download = Télécharger
staff-history-title = Historique
# Variables:
#   $name (String) - who recorded the step
staff-event-by = par { $name }
staff-letters-title = Courriers
staff-letter-sent = envoyé
staff-letter-failed = échec
staff-letter-waiting = en attente d'envoi
# The kinds of letter a case's list names.
staff-letter-receipt = Accusé de dépôt au client
staff-letter-new-case = Nouveau dossier, à votre équipe
staff-letter-acknowledgement = Accusé de réception
staff-letter-information-request = Demande d'informations
staff-letter-delay-notice = Avis de report
staff-letter-response = Votre réponse
staff-letter-window-reminder = Rappel avant la fin du délai de recours
staff-letter-adr = Courrier de médiation (le médiateur)
staff-letter-closing = Courrier de clôture
staff-letter-step = Une de vos étapes
staff-letter-customer-step = Étape du client, à votre équipe
staff-letters-stopped = Le client ne souhaite pas d'e-mail pour ce dossier : il le suit sur la page du dossier.
staff-steps-title = Passer à l'étape suivante
staff-no-steps = Aucune étape de votre procédure n'est possible sur ce dossier pour le moment.
staff-step-legend = Quelle étape ?
staff-message-label = Message au client
# Variables:
#   $language (String) - the name of the case's language
staff-message-hint = Rédigé pour vous dans la langue du client ({ $language }) ; modifiez-le si besoin. Le client le lit sur la page du dossier et dans l'e-mail.
staff-record-step = Enregistrer l'étape et informer le client
staff-error-step = Choisissez une étape
staff-error-message = Rédigez le message au client
# Variables:
#   $reason (String) - why the portal refused, in English
staff-error-not-now = Cette étape n'est pas possible maintenant : { $reason }
staff-step-acknowledged = Accuser réception de la réclamation
staff-step-information-requested = Demander des informations au client
staff-step-responded = Répondre
staff-step-remedy-proposed = Proposer une solution
staff-step-final-response = Envoyer la réponse définitive
staff-step-deadlock-letter-issued = Envoyer une lettre de désaccord
staff-step-resolved = Marquer comme résolue
staff-step-closed = Clore le dossier

## Messages to the customer a step starts from, in the case's language.
staff-template-acknowledged = Merci pour votre réclamation. Nous l'avons bien reçue et nous l'examinons. Nous vous répondrons au plus tard à la date indiquée sur la page de votre dossier.
staff-template-information-requested = Pour examiner votre réclamation, nous avons besoin de quelques informations complémentaires : …
staff-template-responded = Nous avons examiné votre réclamation. …
staff-template-remedy-proposed = Pour régler la situation, nous vous proposons : …
staff-template-final-response = Voici notre réponse définitive à votre réclamation. …
staff-template-deadlock-letter-issued = Nous ne sommes pas parvenus à un accord sur votre réclamation. Ce courrier exprime notre position définitive. …
staff-template-resolved = Nous sommes heureux que votre réclamation soit résolue. Merci de nous l'avoir signalée.
staff-template-closed = Nous clôturons votre réclamation. …

## Who handles a case, notes and views
staff-assigned-label = Traité par
staff-assigned-anyone = N'importe qui
staff-assigned-me = Moi
staff-assigned-nobody = Personne pour l'instant
# Variables:
#   $name (String) - a member of the staff
staff-handled-by = traité par { $name }
staff-handled-by-nobody = traité par personne pour l'instant
staff-handler-title = Qui traite le dossier
staff-take-case = Le traiter moi-même
staff-assign-label = Le confier à
staff-assign = Confier le dossier
staff-notes-title = Notes pour votre équipe
staff-notes-body = Seuls vos collègues les lisent ; le client ne les voit jamais.
staff-note-label = Nouvelle note
staff-add-note = Ajouter la note
staff-error-note = Rédigez la note
staff-error-note-long = La note est trop longue ou contient des caractères qui ne peuvent pas être conservés : 5 000 caractères au plus
staff-views-title = Qui a consulté le dossier

## Delay notices and a corrected first contact
staff-step-delay-notified = Annoncer un report
staff-step-first-contact-corrected = Corriger le jour du premier contact
staff-template-delay-notified = Il nous faut plus de temps pour examiner correctement votre réclamation, car …
staff-template-first-contact-corrected = D'après nos dossiers, vous nous avez contactés pour la première fois à ce sujet un autre jour : …
staff-delay-milestone-label = Quel délai est reporté ?
staff-new-date-label = Sa nouvelle date
staff-first-contact-label = Le jour du premier contact
staff-error-date = Saisissez la date
staff-error-delay = Ce délai ne peut être reporté qu'avant son échéance, et seulement à une date plus tardive.

## What was just done
staff-done-saved = Enregistré.
# Variables:
#   $step (String) - the step's name
staff-done-step = Enregistré : { $step }. Le courrier au client est en route ; le client voit l’étape sur la page de son dossier dès maintenant.

staff-merge-title = Fusionner un doublon
staff-merge-body = Si cette réclamation répète une autre du même client, fusionnez-la dans ce dossier. Rien n’est supprimé : ce dossier garde ce que le client a envoyé, et sa référence affichera le dossier conservé.
staff-merge-label = Référence du dossier à conserver
staff-merge-button = Fusionner dans ce dossier
staff-merge-confirm = Fusionner ce dossier dans { $into } ({ $customer }) ? Les prochaines étapes se feront là-bas, et c’est définitif.
staff-merge-yes = Oui, fusionner
staff-merge-cancel = Annuler
staff-merge-error-empty = Saisissez la référence du dossier à conserver
staff-merge-error-unknown = Aucun de vos dossiers n’a cette référence. Vérifiez-la et réessayez
staff-merge-error-same = C’est le dossier ouvert. Saisissez la référence de l’autre dossier
staff-merge-error-customer = Ce dossier est celui d’un autre client : les deux n’ont ni la même adresse e-mail ni le même numéro de téléphone
staff-merge-error-merged = L’un des deux dossiers est déjà fusionné dans un autre. Fusionnez dans ce dernier
staff-merged-into = Fusionné le { $date } par { $name }. Les prochaines étapes se font dans le dossier où il a été fusionné :
staff-merged-title = Doublons fusionnés dans ce dossier
staff-done-merged = { $reference } a été fusionné dans ce dossier.
staff-document-from-customer = Envoyé par le client
staff-document-added-by = Joint par { $name }
staff-step-documents-label = Documents à joindre au courrier (facultatif)
staff-step-documents-hint = Un courrier signé ou ses pièces jointes : PDF, PNG ou JPEG, 10 Mo au plus chacun, { $most } au plus. Ils partent avec le courrier au client et restent dans le dossier.
staff-document-uploading = Envoi de { $name }…
staff-document-remove = Retirer
staff-error-document-type = { $name } n’est pas un fichier PDF, PNG ou JPEG
staff-error-document-size = { $name } dépasse 10 Mo
staff-error-document-count = Joignez au plus { $most } documents à une étape
staff-event-acknowledged = Accusé de réception envoyé
staff-event-information-requested = Informations demandées au client
staff-event-information-supplied = Le client a envoyé des informations
staff-event-responded = Réponse envoyée au client
staff-event-remedy-proposed = Solution proposée
staff-event-manager-review-requested = Le client a demandé l’avis d’un responsable
staff-event-escalated = Le client a formé un recours
staff-event-deadlock-letter-issued = Lettre de fin de désaccord envoyée
staff-event-adr-referral-requested = Le client a demandé à saisir le médiateur plus tôt
staff-event-final-response = Réponse définitive donnée
staff-event-withdrawn = Le client l’a retirée
staff-event-delay-notified = Client informé qu’il faut plus de temps
staff-event-first-contact-corrected = Date de la première réclamation corrigée
staff-stage-awaiting-customer = En attente du client
staff-error-placeholder = Remplacez les … du message par vos propres mots
staff-stage-merged = Fusionné dans un autre dossier
staff-letter-merged = Fusion dans un autre dossier
staff-new-from-customer = Nouveau message du client
staff-outcome-legend = Qu’avez-vous conclu ? (facultatif)
staff-outcome-hint = Pour le relevé des réclamations destiné au régulateur. Le client ne le voit pas.
staff-outcome-upheld = Fondée : le client avait raison
staff-outcome-partly-upheld = Partiellement fondée
staff-outcome-not-upheld = Non fondée
staff-outcome-none = Non indiqué
staff-event-outcome = Conclusion : { $outcome }

## The console's pages, and the reports
staff-nav = Les pages de la console
staff-nav-queue = File de travail
staff-nav-reports = Rapports
staff-report-title = Rapports
staff-report-intro = Comment l’équipe a tenu les engagements de la politique sur une période : ce qui est arrivé, ce qui a été clos et en combien de temps, et chaque délai tenu ou dépassé. Les jours sont ceux de l’entreprise, dans son fuseau horaire.
staff-report-period = Période
staff-report-this-month = Ce mois-ci
staff-report-last-month = Le mois dernier
staff-report-this-quarter = Ce trimestre
staff-report-last-quarter = Le trimestre dernier
staff-report-dates = Dates de votre choix
staff-report-from = Du
staff-report-to = Au
staff-report-show = Afficher le rapport
staff-report-error-date = Saisissez une date, par exemple le 1er juillet 2026
staff-report-error-range = Le dernier jour doit être le même que le premier ou venir après
staff-report-error-too-long = Un rapport couvre au plus un an : choisissez une période plus courte
staff-report-heading = Du { $from } au { $to }
staff-report-summary =
    { $received ->
        [one] { $received } dossier est arrivé,
       *[other] { $received } dossiers sont arrivés,
    } { $closed } { $closed ->
        [one] a été clos
       *[other] ont été clos
    }, et { $open } { $open ->
        [one] était ouvert
       *[other] étaient ouverts
    } à la fin de la période.
staff-report-download-figures = Télécharger les chiffres (tableur CSV)
staff-report-download-return = Télécharger le relevé des réclamations selon les tranches du régulateur (tableur CSV)
staff-report-charts = Graphiques
staff-report-by-kind = Chiffres par type de dossier
staff-report-weeks-title = Dossiers reçus et clos chaque semaine
staff-report-weeks-summary =
    { $received ->
        [one] { $received } dossier est arrivé
       *[other] { $received } dossiers sont arrivés
    } et { $closed } { $closed ->
        [one] a été clos
       *[other] ont été clos
    }. La semaine la plus chargée a commencé le { $date }, avec { $most } reçus.
staff-report-weeks-none = Aucun dossier n’est arrivé pendant la période ; { $closed } clos.
staff-report-received = Reçus
staff-report-closed = Clos
staff-report-week = Semaine
staff-report-on-time-title = Délais tenus, par mois
staff-report-on-time-none = Aucun délai n’est arrivé à échéance pendant la période.
staff-report-on-time-unsettled = { $deadline } : aucun n’est encore passé.
staff-report-on-time-summary = { $deadline } : { $percent } tenus ({ $on_time } sur { $settled }).
staff-report-percent = { $percent } %
staff-report-month = Mois
staff-report-fell-due = À échéance dans la période
staff-report-on-time = Tenus
staff-report-late = En retard
staff-report-not-yet = Pas encore passés
staff-report-share = Part tenue
staff-report-first-answer-title = Jours ouvrés jusqu’à la première réponse
staff-report-within-days =
    { $days ->
        [0] le jour même
        [one] en { $days } jour ouvré
       *[other] en { $days } jours ouvrés
    }
staff-report-first-answer-summary =
    { $cases ->
        [one] { $cases } dossier a reçu sa première réponse pendant la période.
       *[other] { $cases } dossiers ont reçu leur première réponse pendant la période.
    } La moitié a reçu une réponse { $half }, et 9 sur 10 { $most }.
staff-report-first-answer-none = Aucun dossier n’a reçu sa première réponse pendant la période.
staff-report-days = Jours ouvrés
staff-report-cases = Dossiers
staff-report-open-start = Ouverts au début
staff-report-open-end = Ouverts à la fin
staff-report-closed-3-days = Clos en 3 jours ouvrés au plus
staff-report-closed-8-weeks = Clos après 3 jours ouvrés, en 8 semaines au plus
staff-report-closed-later = Clos après 8 semaines
staff-report-no-outcome = Clos sans conclusion enregistrée
staff-report-first-answered = Dossiers ayant reçu leur première réponse pendant la période
staff-report-first-answer-median = Jours ouvrés jusqu’à la première réponse : la moitié en
staff-report-first-answer-p90 = Jours ouvrés jusqu’à la première réponse : 9 sur 10 en
staff-report-close-median = Jours ouvrés jusqu’à la clôture : la moitié en
staff-report-close-p90 = Jours ouvrés jusqu’à la clôture : 9 sur 10 en
staff-report-delay-notices = Avis de retard
staff-report-escalations = Recours
staff-report-deadlock-letters = Lettres de désaccord
staff-report-adr-letters = Lettres ouvrant l’accès au médiateur
staff-report-early-asked = Saisines anticipées du médiateur demandées
staff-report-early-granted = Saisines anticipées accordées
staff-report-figures = { $kind } : chiffres
staff-report-deadlines = { $kind } : délais
staff-report-deadline = Délai
staff-report-kind-empty = Aucun dossier de ce type n’est arrivé, n’était ouvert ou n’a été clos pendant la période.
staff-report-numbers = Afficher les chiffres
staff-report-on-time-hint = La part compte les délais déjà tenus ou dépassés ; ceux à venir en sont exclus.
staff-report-drawn = Chiffres à la date du { $date }.
staff-report-upheld = Fondée
