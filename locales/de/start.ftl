start-title = Eine Beschwerde einreichen
start-lead = Sagen Sie einem Unternehmen, was schiefgelaufen ist, verfolgen Sie Ihren Fall und erfahren Sie, wann Sie sich an eine unabhängige Schlichtungsstelle wenden können.
start-choose-provider = Wählen Sie das Unternehmen
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
