start-title = Make a complaint
start-lead = Tell a company what went wrong, follow your case, and find out when you can go to an independent ombudsman.
start-choose-provider = Choose the company
start-provider-jurisdiction = Where it is based
start-provider-kinds = What you can send
start-provider-languages = Languages it prefers
# Variables:
#   $count (Number) - how many ways of contacting the company it accepts
start-provider-channels =
    { $count ->
        [one] You can also contact it { $count } other way.
       *[other] You can also contact it { $count } other ways.
    }
start-already-complained = Already made a complaint? Check its progress
