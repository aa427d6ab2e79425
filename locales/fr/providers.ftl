milestone-acknowledgement = Accusé de réception
milestone-holding-response = Première réponse
milestone-resolution = Résolution
milestone-substantive-response = Réponse complète
milestone-response = Réponse
milestone-final-response = Réponse finale
milestone-remedy-proposal = Solution proposée
milestone-escalation-window-closes = Dernier jour pour former un recours
milestone-adr-eligible = Saisine du médiateur possible
milestone-considered-closed = Clôture possible
# Variables:
#   $provider (String) - the company's name
sent-contact-title = Autres moyens de contacter { $provider }
channel-phone = Téléphone
channel-email = E-mail
channel-website = Site web
channel-web-form = Formulaire en ligne
channel-post = Courrier
channel-fax = Fax
channel-live-chat = Chat en direct
channel-callback = Demander un rappel
channel-social-media = Réseaux sociaux
channel-complaints-book = Cahier de réclamations et suggestions en magasin
channel-purpose-inquiries = questions
channel-purpose-complaints = réclamations
channel-purpose-abuse-reports = signalements d'abus
channel-purpose-escalations = recours
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
channel-none = La politique de réclamation de l'entreprise n'indique ni adresse ni numéro de téléphone. Vous pouvez utiliser ce service ou consulter le site de l'entreprise.
milestone-role =
    { $role ->
        [aim] l'entreprise s'efforce d'agir d'ici là, sans s'y engager
        [deadline_or_notice] l'entreprise doit agir d'ici là, ou vous dire avant cette date pourquoi il lui faut plus de temps et quand elle répondra
        [window] vous pouvez agir jusqu'à cette date
        [opens] une possibilité s'ouvre à vous
        [lapse] le dossier peut prendre fin à cette date
        [may_close] à partir de cette date, l'entreprise peut clore votre dossier ; il n'est pas clos automatiquement
       *[deadline] l'entreprise doit agir d'ici là
    }
milestone-counted-from =
    { $by ->
        [staff] Délai compté à partir du { $date }, date de votre première réclamation selon l'entreprise
       *[customer] Délai compté à partir du { $date }, date de votre première réclamation selon vos déclarations
    }
provider-promise =
    { $promise ->
        [status] Vous pouvez demander à tout moment à { $provider } où en est votre réclamation. La page de votre dossier l'indique aussi.
       *[every_step] { $provider } vous informe du résultat et de chaque mesure prise.
    }
