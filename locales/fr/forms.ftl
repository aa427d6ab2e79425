wizard-documents-label = Téléverser un fichier
# Variables:
#   $max (Number) - most files allowed
wizard-documents-hint =
    { $max ->
        [one] PDF, PNG ou JPEG, jusqu'à 10 Mo. Vous pouvez ajouter { $max } fichier.
       *[other] PDF, PNG ou JPEG, jusqu'à 10 Mo chacun. Vous pouvez ajouter jusqu'à { $max } fichiers.
    }
wizard-documents-required =
    { $kind ->
        [inquiry] L'entreprise demande des documents à l'appui de votre demande, comme des lettres, des e-mails ou des captures d'écran.
        [abuse_report] L'entreprise demande des documents à l'appui de votre signalement, comme des lettres, des e-mails ou des captures d'écran.
       *[other] L'entreprise demande des documents à l'appui de votre réclamation, comme des lettres, des e-mails ou des captures d'écran.
    }
wizard-documents-optional =
    { $kind ->
        [inquiry] Vous pouvez ajouter des documents à l'appui de votre demande, comme des lettres, des e-mails ou des captures d'écran. C'est facultatif.
        [abuse_report] Vous pouvez ajouter des documents à l'appui de votre signalement, comme des lettres, des e-mails ou des captures d'écran. C'est facultatif.
       *[other] Vous pouvez ajouter des documents à l'appui de votre réclamation, comme des lettres, des e-mails ou des captures d'écran. C'est facultatif.
    }
wizard-sending = Envoi en cours…
field-full-name = Nom complet
field-surname = Nom de famille
field-first-name = Prénom
field-patronymic = Patronyme
field-patronymic-hint = Le prénom de votre père, tel qu'il figure sur votre pièce d'identité
field-email = Adresse e-mail
field-email-hint = L'entreprise vous répondra à cette adresse
field-phone = Numéro de téléphone
field-phone-hint = Par exemple 01 23 45 67 89 ou +33 6 12 34 56 78
field-preferred-contact = Comment l'entreprise doit-elle vous contacter ?
field-account-reference = Numéro de compte ou référence client
field-account-reference-hint = Il figure sur vos factures ou dans votre espace client
field-domain-names = Noms de domaine
field-domain-names-hint = Un par ligne, par exemple example.com
field-employee-name = Nom de l'employé qui vous a servi
field-employee-name-hint = Si vous le connaissez
field-inquiry-reference = Référence de votre demande précédente
field-inquiry-reference-hint = Si vous avez déjà posé la question
field-previous-complaint = Votre réclamation précédente
field-previous-complaint-hint = Sa référence ou sa date, et la réponse reçue
field-dissatisfaction-reasons = Pourquoi la réponse ne l'a pas réglée
field-abuse-type = De quel type d'abus s'agit-il ?
field-subject = Objet
field-subject-hint = Quelques mots qui résument votre réclamation
field-description = Que s'est-il passé ?
field-description-hint = Dites ce qui n'a pas fonctionné, quand, et ce que vous avez déjà fait
field-incident-date = Quand cela s'est-il produit ?
field-incident-date-hint = Si cela a duré, indiquez la date de début
field-first-contact-date = Quand avez-vous contacté l'entreprise à ce sujet pour la première fois ?
field-first-contact-date-hint = Une date approximative suffit
field-desired-remedy = Que voulez-vous que l'entreprise fasse ?
field-desired-remedy-hint = Par exemple un remboursement, une réparation, une correction ou des excuses
field-customer-type = Qui est le client ?
field-on-behalf = Je fais cette réclamation pour quelqu'un d'autre
field-represented-name = Nom complet de la personne pour qui vous faites la réclamation
field-representative-relationship = Votre lien avec cette personne
field-authorization = Son autorisation écrite
field-authorization-hint = Une lettre signée indiquant que vous pouvez faire la réclamation en son nom. PDF, PNG ou JPEG, jusqu'à 10 Mo.
field-agreement-scope = Ma réclamation porte sur un service prévu dans mon contrat client avec l'entreprise
field-declaration = Les informations que j'ai données sont vraies et complètes à ma connaissance
option-customer-type-residential = Un particulier
option-customer-type-small-business = Une petite entreprise (10 salariés ou moins)
option-customer-type-other-business = Une entreprise plus grande
option-abuse-type-spam = Spam
option-abuse-type-phishing = Hameçonnage
option-abuse-type-malware = Logiciel malveillant
option-abuse-type-fraud = Fraude
option-abuse-type-intellectual-property = Atteinte à la propriété intellectuelle
option-abuse-type-other = Autre chose
option-preferred-contact-email = Par e-mail
option-preferred-contact-phone = Par téléphone
# Variables:
#   $name (String) - the file's name
#   $percent (Number) - how much has been uploaded
upload-progress = Téléversement de { $name } : { $percent } %
upload-remove = Supprimer
# Variables:
#   $name (String) - the file's name
upload-error-type = { $name } doit être un fichier PDF, PNG ou JPEG
# Variables:
#   $name (String) - the file's name
upload-error-too-large = { $name } doit faire moins de 10 Mo
# Variables:
#   $name (String) - the file's name
upload-error-network = { $name } n'a pas pu être téléversé. Vérifiez votre connexion et choisissez-le à nouveau.
# Variables:
#   $max (Number) - most files allowed
upload-error-too-many =
    { $max ->
        [one] Vous ne pouvez ajouter que { $max } fichier
       *[other] Vous pouvez ajouter jusqu'à { $max } fichiers
    }
