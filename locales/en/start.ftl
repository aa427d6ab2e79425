start-title = Make a complaint
start-lead = Tell a company what went wrong, follow your case, and find out when you can go to an independent ombudsman.
start-choose-provider = Choose the company
start-search-label = Search by company name
# Variables:
#   $search (String) - what the customer typed
start-search-none = No company matches “{ $search }”.
# Variables:
#   $count (Number) - how many companies the search found
start-search-found =
    { $count ->
        [one] { $count } company found
       *[other] { $count } companies found
    }
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
jurisdiction-england = England
jurisdiction-germany-saarland = Saarland, Germany
jurisdiction-azerbaijan = Azerbaijan
jurisdiction-unstated = Not stated by the company
# Variables:
#   $provider (String) - the company's name
provider-title = Complain to { $provider }
provider-lead = Use this service to make a formal complaint. It takes about 10 minutes. You can check your answers before you send them, and your answers are kept in this browser tab if you need to stop.
# Variables:
#   $provider (String) - the company's name
#   $languages (String) - the languages it prefers, each named in itself
provider-languages = { $provider } prefers to be written to in: { $languages }.
provider-start = Start now
provider-deadlines-title = What the company promises
provider-deadlines-body =
    { $holidays ->
        [none] Working days are Monday to Friday.
       *[other] Working days are Monday to Friday, except public holidays where the company is based.
    }
# Variables:
#   $count (Number) - number of working days
provider-clock-business-days =
    { $count ->
        [one] within { $count } working day
       *[other] within { $count } working days
    }
# Variables:
#   $count (Number) - number of weeks
provider-clock-weeks =
    { $count ->
        [one] after { $count } week
       *[other] after { $count } weeks
    }
# Variables:
#   $count (Number) - number of months
provider-clock-months =
    { $count ->
        [one] after { $count } month
       *[other] after { $count } months
    }
provider-clock-from =
    { $from ->
        [response] { $milestone }: { $clock }, counted from the company's answer
        [first_contact] { $milestone }: { $clock }, counted from the day you first complained to the company
       *[receipt] { $milestone }: { $clock }, counted from the day the company receives it
    }
