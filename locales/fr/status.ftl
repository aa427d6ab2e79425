status-title = Suivre votre réclamation
status-lead = Saisissez la référence et le code d'accès reçus lors de l'envoi de votre réclamation.
status-reference-label = Référence
status-reference-hint = Par exemple RD-7K2M9-QX4TB
status-code-label = Code d'accès
status-code-hint = 25 lettres et chiffres par groupes de cinq, par exemple 7KQ3M-X2P9A-HW4TB-QC8NR-5ZJ6E. Majuscules, espaces et tirets sont sans importance.
status-submit = Suivre la réclamation
status-error-reference = Saisissez votre référence
status-error-code = Saisissez votre code d'accès
# Variables:
#   $reference (String) - the case reference
case-title =
    { $kind ->
        [inquiry] Demande { $reference }
        [abuse_report] Signalement d'abus { $reference }
       *[other] Réclamation { $reference }
    }
case-loading = Chargement de votre réclamation…
case-not-found-title = Réclamation introuvable
case-not-found = Aucune réclamation ne correspond à cette référence et à ce code d'accès. Vérifiez-les sur la page de confirmation que vous avez imprimée ou enregistrée lors de l'envoi. Si vous ne les avez plus, contactez l'entreprise visée par votre réclamation.
case-try-again = Saisir à nouveau la référence et le code d'accès
case-stage-label = État :
case-milestones-title = Dates
case-history-title = Historique
case-answers-title = Ce que vous avez envoyé
case-answer-document = Un document (joint)
case-documents-label = Documents
case-document-unnamed = Document
case-actions-title = Ce que vous pouvez faire maintenant
case-message-label = Votre message à l'entreprise
case-error-message-required = Indiquez les informations demandées par l'entreprise
case-action-refused = Cette action n'est pas possible pour le moment.
case-not-started = Court à partir de la réponse de l'entreprise
# Variables:
#   $days (Number) - days until the date
case-due-in-days =
    { $days ->
        [0] Échéance aujourd'hui
        [one] Échéance dans { $days } jour
       *[other] Échéance dans { $days } jours
    }
# Variables:
#   $days (Number) - days since the date
case-overdue-days =
    { $days ->
        [0] En retard
        [one] En retard de { $days } jour
       *[other] En retard de { $days } jours
    }
# Variables:
#   $date (String) - the last day
case-escalate-until = Possible jusqu'au { $date }
case-escalate-send = Envoyer le recours
case-adr-open = Vous pouvez saisir le médiateur dès maintenant
case-adr-not-yet = Pas encore
# Variables:
#   $date (String) - the day it opens
case-adr-opens-on = Vous pourrez saisir ce médiateur indépendant à partir du { $date }, ou plus tôt si l'entreprise vous adresse une lettre de position finale.
case-adr-open-body = Ce médiateur indépendant peut examiner votre réclamation. Il est impartial.
# Variables:
#   $months (Number) - months to apply
case-adr-free-within = C'est gratuit. Saisissez-le dans les { $months } mois qui suivent la réponse finale de l'entreprise.
# Variables:
#   $amount (Number) - the highest award, in pounds
case-adr-max-award = Le médiateur peut vous accorder jusqu'à { $amount } £.
case-adr-representatives = Vous pouvez vous faire représenter par une personne de confiance.
# Variables:
#   $scheme (String) - the ombudsman scheme
case-adr-only-for = Seuls peuvent saisir { $scheme } :
case-adr-excludes = Il ne traite pas :
case-adr-needs = Préparez :
case-adr-pack = Pour saisir { $scheme }, imprimez cette page ou enregistrez-la en PDF : elle contient tout ce qu'il demande (les dates, l'objet de votre réclamation et la solution souhaitée, les réponses de l'entreprise et vos documents).
stage-received = Reçu
stage-acknowledged = Accusé de réception envoyé
stage-awaiting-customer = En attente de votre réponse
stage-responded = L'entreprise a répondu
stage-manager-review = Réexamen par un responsable
stage-escalated = Recours formé
stage-deadlock = Lettre de position finale envoyée
stage-final-response = Réponse finale donnée
stage-resolved = Résolu
stage-closed = Clos
stage-withdrawn = Retiré
event-received =
    { $kind ->
        [inquiry] Demande reçue
        [abuse_report] Signalement reçu
       *[other] Réclamation reçue
    }
event-acknowledged = L'entreprise a accusé réception de votre réclamation
event-information-requested = L'entreprise vous a demandé des informations complémentaires
event-information-supplied = Vous avez envoyé des informations complémentaires
event-responded = L'entreprise a répondu
event-remedy-proposed = L'entreprise a proposé une solution
event-manager-review-requested = Vous avez demandé un réexamen par un responsable
event-escalated = Vous avez formé un recours
event-deadlock-letter-issued = L'entreprise a envoyé une lettre de position finale
event-adr-referral-requested = Vous avez demandé à saisir le médiateur sans attendre
event-final-response = L'entreprise a donné sa réponse finale
event-resolved = Résolu
event-closed = Clos
event-withdrawn =
    { $kind ->
        [inquiry] Vous avez retiré la demande
        [abuse_report] Vous avez retiré le signalement
       *[other] Vous avez retiré la réclamation
    }
event-considered-resolved = Considéré comme résolu : le délai de recours a expiré
event-considered-closed = Considéré comme clos : 3 mois se sont écoulés
milestone-status-pending = À venir
milestone-status-met = Respecté
milestone-status-missed = Non respecté
milestone-status-stopped = Sans objet
action-manager-review-requested = Demander un réexamen par un responsable
action-escalated =
    { $kind ->
        [inquiry] Faire une réclamation formelle
       *[other] Former un recours
    }
action-adr-referral-requested = Demander à saisir le médiateur dès maintenant
action-information-supplied = Envoyer les informations
action-withdrawn =
    { $kind ->
        [inquiry] Retirer cette demande
        [abuse_report] Retirer ce signalement
       *[other] Retirer cette réclamation
    }
action-other = Continuer
adr-excludes-fraud = la fraude
adr-excludes-property-damage = les dommages matériels
adr-excludes-discrimination = la discrimination
adr-excludes-data-protection = la protection des données
adr-needs-first-complaint-date = la date de votre première réclamation
adr-needs-deadlock-letter-date = la date de la lettre de position finale
adr-needs-complaint-details = le détail de votre réclamation
adr-needs-remedy-sought = la solution que vous demandez
adr-needs-documents = vos justificatifs
withdraw-title =
    { $kind ->
        [inquiry] Voulez-vous vraiment retirer votre demande ?
        [abuse_report] Voulez-vous vraiment retirer votre signalement ?
       *[other] Voulez-vous vraiment retirer votre réclamation ?
    }
withdraw-body =
    { $kind ->
        [inquiry] Si vous retirez votre demande, { $provider } cesse de la traiter et les délais ne s'appliquent plus.
        [abuse_report] Si vous retirez votre signalement, { $provider } cesse de le traiter et les délais ne s'appliquent plus.
       *[other] Si vous retirez votre réclamation, { $provider } cesse de la traiter et les délais ne s'appliquent plus.
    }
withdraw-warning =
    { $kind ->
        [inquiry] Ce choix est définitif. Pour soulever de nouveau la question, il faudrait envoyer une nouvelle demande.
        [abuse_report] Ce choix est définitif. Pour soulever de nouveau la question, il faudrait envoyer un nouveau signalement.
       *[other] Ce choix est définitif. Pour soulever de nouveau la question, il faudrait envoyer une nouvelle réclamation.
    }
withdraw-confirm =
    { $kind ->
        [inquiry] Oui, retirer ma demande
        [abuse_report] Oui, retirer mon signalement
       *[other] Oui, retirer ma réclamation
    }
withdraw-back =
    { $kind ->
        [inquiry] Non, revenir à ma demande
        [abuse_report] Non, revenir à mon signalement
       *[other] Non, revenir à ma réclamation
    }
withdraw-not-possible =
    { $kind ->
        [inquiry] Cette demande ne peut plus être retirée
        [abuse_report] Ce signalement ne peut plus être retiré
       *[other] Cette réclamation ne peut plus être retirée
    }
case-request-explained =
    { $action ->
        [adr_referral_requested] Vous demandez à { $provider } de pouvoir saisir { $scheme } dès maintenant, avant la fin des 8 semaines. L'entreprise peut refuser si elle compte résoudre votre réclamation prochainement et s'y emploie déjà.
       *[other] { $provider } transmettra votre réclamation à un responsable ou à son service réclamations, qui la réexaminera et vous répondra. Vous ne pouvez le demander qu'une fois.
    }
case-request-send = Envoyer cette demande
case-opens-in-days =
    { $days ->
        [0] Accessible dès aujourd'hui
        [one] Accessible dans { $days } jour
       *[other] Accessible dans { $days } jours
    }
case-window-days-left =
    { $days ->
        [0] Dernier jour aujourd'hui
        [one] Encore { $days } jour
       *[other] Encore { $days } jours
    }
case-lapses-in-days =
    { $days ->
        [0] Peut prendre fin aujourd'hui
        [one] Peut prendre fin dans { $days } jour
       *[other] Peut prendre fin dans { $days } jours
    }
milestone-status-open = Accessible
case-escalate-documents-kept = Les documents déjà envoyés sont pris en compte : inutile de les renvoyer.
event-delay-notified = L'entreprise vous a fait savoir qu'il lui fallait plus de temps
event-first-contact-corrected = L'entreprise a corrigé la date de votre première réclamation
case-event-new-date = Nouvelle date pour « { $milestone } » : { $date }
case-event-first-contact = Date de votre première réclamation selon l'entreprise : { $date }
case-delayed-from = Nouvelle date, annoncée à temps. La date initiale était le { $date }.
milestone-status-may-close = L'entreprise peut désormais clore le dossier
milestone-status-aim-missed = Objectif non atteint
case-delay-reason = Motif donné par l'entreprise : { $reason }
