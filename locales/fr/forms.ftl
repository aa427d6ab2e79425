wizard-documents-label = Ajouter un fichier
# Variables:
#   $max (Number) - most files allowed
wizard-documents-hint =
    { $max ->
        [one] PDF, PNG ou JPEG, jusqu'à 10 Mo. Vous pouvez ajouter { $max } fichier.
       *[other] PDF, PNG ou JPEG, jusqu'à 10 Mo chacun. Vous pouvez ajouter jusqu'à { $max } fichiers.
    }
wizard-documents-required =
    { $kind ->
        [inquiry] L'entreprise attend des documents à l'appui de votre demande, comme des lettres, des e-mails ou des captures d'écran.
        [abuse_report] L'entreprise attend des documents à l'appui de votre signalement, comme des lettres, des e-mails ou des captures d'écran.
       *[other] L'entreprise attend des documents à l'appui de votre réclamation, comme des lettres, des e-mails ou des captures d'écran.
    }
wizard-documents-optional =
    { $kind ->
        [inquiry] Vous pouvez ajouter des documents à l'appui de votre demande, comme des lettres, des e-mails ou des captures d'écran. C'est facultatif.
        [abuse_report] Vous pouvez ajouter des documents à l'appui de votre signalement, comme des lettres, des e-mails ou des captures d'écran. C'est facultatif.
       *[other] Vous pouvez ajouter des documents à l'appui de votre réclamation, comme des lettres, des e-mails ou des captures d'écran. C'est facultatif.
    }
wizard-sending = Envoi en cours…
field-full-name = Nom et prénom
field-surname = Nom de famille
field-first-name = Prénom
field-patronymic = Patronyme
field-patronymic-hint = Le prénom de votre père, tel qu'il figure sur votre pièce d'identité
field-email = Adresse e-mail
field-email-hint = L'entreprise vous répondra à cette adresse
field-phone = Numéro de téléphone
field-phone-hint = Par exemple 01 23 45 67 89 ou +33 6 12 34 56 78
field-preferred-contact = Comment l'entreprise doit-elle vous contacter ?
field-account-reference = Numéro de compte ou référence client
field-account-reference-hint = Il figure sur vos factures ou dans votre espace client
field-domain-names = Noms de domaine
field-domain-names-hint = Un par ligne, par exemple example.com
field-employee-name = Nom de la personne qui vous a servi
field-employee-name-hint = Si vous le connaissez
field-inquiry-reference = Référence de votre demande précédente
field-inquiry-reference-hint = Si vous avez déjà posé la question
field-previous-complaint = Votre réclamation précédente
field-previous-complaint-hint = Sa référence ou sa date, et la réponse reçue
field-dissatisfaction-reasons = Pourquoi la réponse n'a pas réglé le problème
field-abuse-type = De quel type d'abus s'agit-il ?
field-subject = Objet
field-subject-hint = Quelques mots qui résument votre réclamation
field-description = Que s'est-il passé ?
field-description-hint = Expliquez ce qui n'a pas fonctionné, quand, et ce que vous avez déjà fait
field-incident-date = Quand cela s'est-il produit ?
field-incident-date-hint = Si cela a duré, indiquez la date de début
field-first-contact-date = Quand avez-vous contacté l'entreprise à ce sujet pour la première fois ?
field-first-contact-date-hint = Une date approximative suffit
field-desired-remedy = Qu'attendez-vous de l'entreprise ?
field-desired-remedy-hint = Par exemple un remboursement, une réparation, une correction ou des excuses
field-customer-type = Qui est le client ?
field-on-behalf = Je fais cette réclamation pour le compte d'une autre personne
field-represented-name = Nom et prénom de la personne que vous représentez
field-representative-relationship = Votre lien avec cette personne
field-authorization = Son autorisation écrite
field-authorization-hint = Une lettre signée de sa main qui vous autorise à faire la réclamation en son nom. PDF, PNG ou JPEG, jusqu'à 10 Mo.
field-agreement-scope = Ma réclamation porte sur un service prévu dans mon contrat client avec l'entreprise
field-declaration = Les informations que j'ai fournies sont, à ma connaissance, exactes et complètes
option-customer-type-residential = Un particulier
option-customer-type-small-business = Une petite entreprise (10 salariés au plus)
option-customer-type-other-business = Une entreprise plus grande
option-abuse-type-spam = Spam
option-abuse-type-phishing = Hameçonnage
option-abuse-type-malware = Logiciel malveillant
option-abuse-type-fraud = Fraude
option-abuse-type-intellectual-property = Atteinte à la propriété intellectuelle
option-abuse-type-other = Autre
option-preferred-contact-email = Par e-mail
option-preferred-contact-phone = Par téléphone
# Variables:
#   $name (String) - the file's name
#   $percent (Number) - how much has been uploaded
upload-progress = Envoi de { $name } : { $percent } %
upload-remove = Supprimer
# Variables:
#   $name (String) - the file's name
upload-error-type = { $name } doit être un fichier PDF, PNG ou JPEG
# Variables:
#   $name (String) - the file's name
upload-error-too-large = { $name } doit faire moins de 10 Mo
# Variables:
#   $name (String) - the file's name
upload-error-network = { $name } n'a pas pu être envoyé. Vérifiez votre connexion et sélectionnez-le à nouveau.
# Variables:
#   $max (Number) - most files allowed
upload-error-too-many =
    { $max ->
        [one] Vous ne pouvez ajouter que { $max } fichier
       *[other] Vous pouvez ajouter jusqu'à { $max } fichiers
    }
field-contact-any-hint = Indiquez une adresse e-mail, un numéro de téléphone, ou les deux, pour que l'entreprise puisse vous joindre.
kind-complaint = Réclamation
kind-inquiry = Demande
kind-abuse-report = Signalement d'abus
kind-escalated-complaint = Recours
kind-complaint-hint = Un problème est survenu et vous voulez que l'entreprise y remédie.
kind-inquiry-hint = Une question, ou un problème que vous soulevez pour la première fois. Si la réponse ne suffit pas, vous pourrez ensuite faire une réclamation formelle.
kind-abuse-report-hint = Signalez du spam, de l'hameçonnage, un logiciel malveillant ou un autre abus lié à un nom de domaine géré par l'entreprise.
kind-escalated-complaint-hint = La réponse de l'entreprise à votre réclamation ne vous satisfait pas.
