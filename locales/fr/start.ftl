start-title = Faire une réclamation
start-lead = Dites à une entreprise ce qui n'a pas fonctionné, suivez votre dossier et sachez quand vous pouvez saisir un médiateur indépendant.
start-choose-provider = Choisissez l'entreprise
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
start-already-complained = Vous avez déjà fait une réclamation ? Suivez son avancement
