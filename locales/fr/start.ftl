start-title = Faire une réclamation
start-lead = Expliquez à une entreprise ce qui ne va pas, suivez votre dossier et découvrez quand vous pouvez saisir un médiateur indépendant.
start-choose-provider = Choisissez l'entreprise
start-search-label = Rechercher par nom d'entreprise
# Variables:
#   $search (String) - what the customer typed
start-search-none = Aucune entreprise ne correspond à « { $search } ».
# Variables:
#   $count (Number) - how many companies the search found
start-search-found =
    { $count ->
        [one] { $count } entreprise trouvée
       *[other] { $count } entreprises trouvées
    }
start-provider-jurisdiction = Où elle est établie
start-provider-kinds = Ce que vous pouvez envoyer
start-provider-languages = Langues préférées
# Variables:
#   $count (Number) - how many ways of contacting the company it accepts
start-provider-channels =
    { $count ->
        [one] Vous pouvez aussi la contacter par { $count } autre moyen.
       *[other] Vous pouvez aussi la contacter par { $count } autres moyens.
    }
start-already-complained = Vous avez déjà fait une réclamation ? Suivez son avancement
jurisdiction-england = Angleterre
jurisdiction-germany-saarland = Sarre, Allemagne
jurisdiction-azerbaijan = Azerbaïdjan
jurisdiction-unstated = Non précisé par l'entreprise
# Variables:
#   $provider (String) - the company's name
provider-title = Réclamation auprès de { $provider }
provider-lead = Utilisez ce service pour faire une réclamation formelle. Cela prend environ 10 minutes. Vous pourrez vérifier vos réponses avant l'envoi, et elles sont conservées dans cet onglet si vous devez vous interrompre.
# Variables:
#   $provider (String) - the company's name
#   $languages (String) - the languages it prefers, each named in itself
provider-languages = { $provider } préfère qu'on lui écrive en : { $languages }.
provider-start = Commencer
provider-deadlines-title = Ce que l'entreprise s'engage à faire
provider-deadlines-body =
    { $holidays ->
        [none] Les jours ouvrés vont du lundi au vendredi.
       *[other] Les jours ouvrés vont du lundi au vendredi, hors jours fériés du lieu où l'entreprise est établie.
    }
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
        [one] au bout de { $count } semaine
       *[other] au bout de { $count } semaines
    }
# Variables:
#   $count (Number) - number of months
provider-clock-months = au bout de { $count } mois
provider-clock-from =
    { $from ->
        [response] { $milestone } : { $clock }, à compter de la réponse de l'entreprise
        [first_contact] { $milestone } : { $clock }, à compter de votre première réclamation auprès de l'entreprise
       *[receipt] { $milestone } : { $clock }, à compter de sa réception par l'entreprise
    }
