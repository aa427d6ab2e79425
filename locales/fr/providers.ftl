milestone-acknowledgement = Accusé de réception
milestone-holding-response = Première réponse
milestone-resolution = Résolution
milestone-substantive-response = Réponse complète
milestone-response = Réponse
milestone-final-response = Réponse finale
milestone-remedy-proposal = Solution proposée
milestone-escalation-window-closes = Dernier jour pour un recours
milestone-adr-eligible = Médiateur accessible
milestone-considered-closed = Peut être considérée comme close
milestone-role-deadline = l'entreprise doit agir d'ici là
milestone-role-window = vous pouvez agir jusque-là
milestone-role-opens = une possibilité s'ouvre pour vous
milestone-role-lapse = le dossier peut prendre fin à cette date
# Variables:
#   $provider (String) - the company's name
sent-contact-title = Autres moyens de contacter { $provider }
jurisdiction-england = Angleterre
jurisdiction-germany-saarland = Sarre, Allemagne
jurisdiction-azerbaijan = Azerbaïdjan
jurisdiction-unstated = Non précisé par l'entreprise
kind-complaint = Réclamation
kind-inquiry = Demande
kind-abuse-report = Signalement d'abus
kind-escalated-complaint = Réclamation de second niveau
kind-complaint-hint = Quelque chose s'est mal passé et vous voulez que l'entreprise y remédie.
kind-inquiry-hint = Une question ou un premier signalement de problème. Si la réponse ne règle pas la question, vous pourrez ensuite faire une réclamation formelle.
kind-abuse-report-hint = Signalez du spam, de l'hameçonnage, un logiciel malveillant ou un autre abus lié à un nom de domaine géré par l'entreprise.
kind-escalated-complaint-hint = Vous n'êtes pas satisfait de la réponse de l'entreprise à votre réclamation.
channel-phone = Téléphone
channel-email = E-mail
channel-website = Site web
channel-web-form = Formulaire en ligne
channel-post = Courrier
channel-fax = Fax
channel-live-chat = Chat en direct
channel-callback = Demander à être rappelé
channel-social-media = Réseaux sociaux
channel-complaints-book = Livre des réclamations et suggestions en magasin
channel-purpose-inquiries = questions
channel-purpose-complaints = réclamations
channel-purpose-abuse-reports = signalements d'abus
channel-purpose-escalations = réclamations de second niveau
channel-purpose-accounts = comptes et facturation
channel-purpose-feedback = avis
channel-note-identity-check = Les conseillers peuvent vous poser des questions pour vérifier votre identité.
channel-note-acknowledged-with-next-steps = Vous recevez un accusé de réception qui indique quand et comment l'entreprise répondra, et qui contacter pour suivre votre dossier.
channel-note-message-outside-hours = En dehors de ces horaires, vous pouvez laisser un message.
channel-not-accepted = L'entreprise n'accepte pas les réclamations par ce moyen.
# Variables:
#   $opens (String) - opening time, 24-hour clock
#   $closes (String) - closing time, 24-hour clock
channel-hours-weekdays = Du lundi au vendredi, de { $opens } à { $closes }
# Variables:
#   $provider (String) - the company's name
provider-title = Réclamation auprès de { $provider }
provider-lead = Utilisez ce service pour faire une réclamation formelle. Cela prend environ 10 minutes. Vous pourrez vérifier vos réponses avant l'envoi, et elles sont conservées dans cet onglet si vous devez vous interrompre.
provider-start = Commencer
provider-deadlines-title = Ce que l'entreprise s'engage à faire
provider-deadlines-body = Les jours ouvrés vont du lundi au vendredi, hors jours fériés du lieu où l'entreprise est établie. Chaque date est comptée à partir du jour de réception de votre réclamation.
# Variables:
#   $count (Number) - number of working days
provider-clock-business-days =
    { $count ->
        [one] sous { $count } jour ouvré
       *[other] sous { $count } jours ouvrés
    }
# Variables:
#   $count (Number) - number of weeks
provider-clock-weeks =
    { $count ->
        [one] après { $count } semaine
       *[other] après { $count } semaines
    }
# Variables:
#   $count (Number) - number of months
provider-clock-months = après { $count } mois
channel-none = La politique de réclamation de l'entreprise n'indique ni adresse ni numéro de téléphone. Vous pouvez utiliser ce service ou consulter le site de l'entreprise.
