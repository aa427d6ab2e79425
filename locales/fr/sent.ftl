sent-title =
    { $kind ->
        [inquiry] Demande envoyée
        [abuse_report] Signalement envoyé
       *[other] Réclamation envoyée
    }
sent-reference-label = Votre référence est
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
        [inquiry] { $provider } a maintenant votre demande. Si une date passe sans la réponse promise, la page de votre dossier l'indiquera.
        [abuse_report] { $provider } a maintenant votre signalement. Si une date passe sans la réponse promise, la page de votre dossier l'indiquera.
       *[other] { $provider } a maintenant votre réclamation. Si une date passe sans la réponse promise, la page de votre dossier l'indiquera.
    }
sent-escalate-title = Si vous n'êtes pas satisfait
sent-escalate-body =
    { $next ->
        [manager] La page de votre dossier indique ce que vous pouvez faire à chaque étape, par exemple demander qu'un responsable réexamine votre réclamation.
        [escalate] La page de votre dossier indique ce que vous pouvez faire à chaque étape, par exemple aller plus loin si la réponse de l'entreprise ne règle pas le problème.
       *[other] La page de votre dossier indique où en est votre dossier et chaque étape franchie par l'entreprise.
    }
# Variables:
#   $scheme (String) - the ombudsman scheme's name
sent-adr-later = Si votre réclamation n'est pas résolue après 8 semaines, ou si l'entreprise vous envoie une lettre de blocage, vous pouvez saisir gratuitement { $scheme }.
sent-missing-title = Aucune réclamation à afficher ici
sent-missing-body = La confirmation n'est conservée que dans l'onglet où la réclamation a été envoyée. Si vous avez votre référence et votre code d'accès, vous pouvez suivre votre réclamation.
