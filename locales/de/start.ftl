start-title = Beschwerde einreichen
start-lead = Teilen Sie einem Unternehmen mit, was schiefgelaufen ist, verfolgen Sie Ihren Fall und erfahren Sie, wann Sie sich an eine unabhängige Schlichtungsstelle wenden können.
start-choose-provider = Wählen Sie das Unternehmen
start-search-label = Nach dem Namen des Unternehmens suchen
# Variables:
#   $search (String) - what the customer typed
start-search-none = Kein Unternehmen passt zu „{ $search }“.
# Variables:
#   $count (Number) - how many companies the search found
start-search-found =
    { $count ->
        [one] { $count } Unternehmen gefunden
       *[other] { $count } Unternehmen gefunden
    }
start-provider-jurisdiction = Sitz
start-provider-kinds = Was Sie einreichen können
start-provider-languages = Bevorzugte Sprachen
# Variables:
#   $count (Number) - how many ways of contacting the company it accepts
start-provider-channels =
    { $count ->
        [one] Sie erreichen es auch auf { $count } anderem Weg.
       *[other] Sie erreichen es auch auf { $count } anderen Wegen.
    }
start-already-complained = Schon eine Beschwerde eingereicht? Verfolgen Sie ihren Stand
jurisdiction-england = England
jurisdiction-germany-saarland = Saarland, Deutschland
jurisdiction-azerbaijan = Aserbaidschan
jurisdiction-unstated = Vom Unternehmen nicht angegeben
# Variables:
#   $provider (String) - the company's name
provider-title = Beschwerde bei { $provider }
provider-lead = Mit diesem Dienst reichen Sie eine förmliche Beschwerde ein. Das dauert etwa 10 Minuten. Sie können Ihre Antworten vor dem Absenden prüfen, und sie bleiben in diesem Browser-Tab erhalten, falls Sie unterbrechen müssen.
# Variables:
#   $provider (String) - the company's name
#   $languages (String) - the languages it prefers, each named in itself
provider-languages = { $provider } möchte am liebsten in diesen Sprachen angeschrieben werden: { $languages }.
provider-start = Jetzt beginnen
provider-deadlines-title = Was das Unternehmen zusagt
provider-deadlines-body =
    { $holidays ->
        [none] Arbeitstage sind Montag bis Freitag.
       *[other] Arbeitstage sind Montag bis Freitag, außer an Feiertagen am Sitz des Unternehmens.
    }
# Variables:
#   $count (Number) - number of working days
provider-clock-business-days =
    { $count ->
        [one] innerhalb von { $count } Arbeitstag
       *[other] innerhalb von { $count } Arbeitstagen
    }
# Variables:
#   $count (Number) - number of weeks
provider-clock-weeks =
    { $count ->
        [one] nach { $count } Woche
       *[other] nach { $count } Wochen
    }
# Variables:
#   $count (Number) - number of months
provider-clock-months =
    { $count ->
        [one] nach { $count } Monat
       *[other] nach { $count } Monaten
    }
provider-clock-from =
    { $from ->
        [response] { $milestone }: { $clock }, gezählt ab der Antwort des Unternehmens
        [first_contact] { $milestone }: { $clock }, gezählt ab Ihrer ersten Beschwerde beim Unternehmen
       *[receipt] { $milestone }: { $clock }, gezählt ab Eingang beim Unternehmen
    }
