start-title = Déposer une réclamation
start-lead = Dites à une entreprise ce qui n’a pas fonctionné, suivez votre dossier et sachez quand vous pouvez saisir un médiateur indépendant.
start-choose-provider = Choisissez l’entreprise
start-provider-jurisdiction = Où elle est établie
start-provider-kinds = Ce que vous pouvez envoyer
start-provider-languages = Langues qu’elle privilégie
# Variables:
#   $count (Number) - how many ways of contacting the company it accepts
start-provider-channels =
    { $count ->
        [one] Vous pouvez aussi la contacter d’{ $count } autre façon.
       *[other] Vous pouvez aussi la contacter de { $count } autres façons.
    }
