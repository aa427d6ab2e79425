sent-title =
    { $kind ->
        [inquiry] Demande envoyée
        [abuse_report] Signalement envoyé
       *[other] Réclamation envoyée
    }
sent-reference-label = Votre référence
sent-access-title = Votre code d'accès
sent-access-body =
    { $kind ->
        [inquiry] Il vous faut ce code et votre référence pour suivre votre demande. Conservez-le : il n'est affiché qu'une fois et personne ne pourra vous le redonner.
        [abuse_report] Il vous faut ce code et votre référence pour suivre votre signalement. Conservez-le : il n'est affiché qu'une fois et personne ne pourra vous le redonner.
       *[other] Il vous faut ce code et votre référence pour suivre votre réclamation. Conservez-le : il n'est affiché qu'une fois et personne ne pourra vous le redonner.
    }
sent-copy = Copier la référence et le code
sent-copied = Copié
sent-case-link =
    { $kind ->
        [inquiry] Suivre votre demande
        [abuse_report] Suivre votre signalement
       *[other] Suivre votre réclamation
    }
sent-next-title = La suite
# Variables:
#   $provider (String) - the company's name
sent-next-body =
    { $kind ->
        [inquiry] { $provider } a bien reçu votre demande. Si un délai expire sans la réponse promise, la page de votre dossier l'indiquera.
        [abuse_report] { $provider } a bien reçu votre signalement. Si un délai expire sans la réponse promise, la page de votre dossier l'indiquera.
       *[other] { $provider } a bien reçu votre réclamation. Si un délai expire sans la réponse promise, la page de votre dossier l'indiquera.
    }
sent-escalate-title = Si la réponse ne vous satisfait pas
sent-escalate-body =
    { $next ->
        [manager] La page de votre dossier indique ce que vous pouvez faire à chaque étape, par exemple demander un réexamen de votre réclamation par un responsable.
        [escalate] La page de votre dossier indique ce que vous pouvez faire à chaque étape, par exemple former un recours si la réponse de l'entreprise ne règle pas le problème.
       *[other] La page de votre dossier indique où il en est et chaque mesure prise par l'entreprise.
    }
# Variables:
#   $scheme (String) - the ombudsman scheme's name
sent-adr-later = Si votre réclamation n'est pas résolue au bout de 8 semaines, ou si l'entreprise vous adresse une lettre de position finale, vous pouvez saisir gratuitement { $scheme }.
sent-missing-title = Aucune réclamation à afficher ici
sent-missing-body = La confirmation n'est conservée que dans l'onglet d'où la réclamation a été envoyée. Si vous avez votre référence et votre code d'accès, vous pouvez suivre votre réclamation.

# The check page: how the customer wants to hear about the case.
# Variables:
#   $email (String) - the email address the customer gave
letters-choice-title = Comment voulez-vous être informé de la suite ?
letters-choice-email = Par e-mail à { $email }, et sur la page de votre dossier
letters-choice-page = Seulement sur la page de votre dossier, sans e-mail
letters-choice-page-hint = Pour voir les nouvelles, il vous faudra votre référence et votre code d'accès.
sent-access-body-emailed =
    { $kind ->
        [inquiry] Il vous faut ce code et votre référence pour suivre votre demande. Nous vous les avons aussi envoyés par e-mail, avec un lien qui l'ouvre : toute personne qui peut lire cet e-mail peut suivre votre demande.
        [abuse_report] Il vous faut ce code et votre référence pour suivre votre signalement. Nous vous les avons aussi envoyés par e-mail, avec un lien qui l'ouvre : toute personne qui peut lire cet e-mail peut suivre votre signalement.
       *[other] Il vous faut ce code et votre référence pour suivre votre réclamation. Nous vous les avons aussi envoyés par e-mail, avec un lien qui l'ouvre : toute personne qui peut lire cet e-mail peut suivre votre réclamation.
    }
