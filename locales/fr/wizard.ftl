wizard-step-kind = Que voulez-vous envoyer ?
wizard-step-about-you = Votre identité
wizard-step-contact = Comment l'entreprise peut-elle vous contacter ?
wizard-step-on-behalf = Agissez-vous pour le compte d'une autre personne ?
wizard-step-account = Votre compte
wizard-step-what-happened = Ce qui s'est passé
wizard-step-remedy = Comment y remédier ?
wizard-step-documents = Pièces justificatives
wizard-step-check =
    { $kind ->
        [inquiry] Vérifiez vos réponses avant d'envoyer votre demande
        [abuse_report] Vérifiez vos réponses avant d'envoyer votre signalement
       *[other] Vérifiez vos réponses avant d'envoyer votre réclamation
    }
# Variables:
#   $current (Number) - this page's number
#   $total (Number) - how many pages there are
wizard-step-of = Étape { $current } sur { $total }
wizard-on-behalf-allowed = Une autre personne peut faire la réclamation et échanger avec l'entreprise au nom du client.
wizard-on-behalf-needs-authorization = Si vous agissez pour le compte d'une autre personne, l'entreprise a besoin de son autorisation écrite. Joignez une lettre signée de sa main.
wizard-account-intro-escalation = Donnez les détails de votre réclamation précédente et expliquez pourquoi la réponse n'a pas réglé le problème.
wizard-warning-may-be-too-old = La date indiquée remonte à plus de 3 mois. L'entreprise peut considérer comme closes les réclamations sur des faits aussi anciens. Vous pouvez tout de même l'envoyer.
wizard-check-no-documents = Aucun
wizard-check-not-given = Non renseigné
wizard-check-send-title =
    { $kind ->
        [inquiry] Envoyez maintenant votre demande
        [abuse_report] Envoyez maintenant votre signalement
       *[other] Envoyez maintenant votre réclamation
    }
# Variables:
#   $provider (String) - the company's name
wizard-check-send-body =
    { $kind ->
        [inquiry] Votre demande est transmise à { $provider } dès son envoi. Vous recevrez une référence et un code d'accès pour la suivre.
        [abuse_report] Votre signalement est transmis à { $provider } dès son envoi. Vous recevrez une référence et un code d'accès pour le suivre.
       *[other] Votre réclamation est transmise à { $provider } dès son envoi. Vous recevrez une référence et un code d'accès pour la suivre.
    }
wizard-send =
    { $kind ->
        [inquiry] Envoyer la demande
        [abuse_report] Envoyer le signalement
       *[other] Envoyer la réclamation
    }
wizard-try-again = Réessayer l'envoi
wizard-not-sent-title = Votre réclamation n'a pas été envoyée
wizard-not-sent-network = La connexion au service a été perdue. Nous avons réessayé plusieurs fois.
wizard-not-sent-refused = Le service n'a pas pu l'accepter.
wizard-not-sent-kept = Vos réponses sont conservées dans cet onglet. Réessayez quand vous le souhaitez ; votre réclamation ne sera enregistrée qu'une seule fois.
wizard-step-earlier =
    { $kind ->
        [complaint] Votre demande précédente
       *[other] Votre réclamation précédente
    }
