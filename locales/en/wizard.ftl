wizard-step-kind = What do you want to send?
wizard-step-about-you = About you
wizard-step-contact = How can the company contact you?
wizard-step-on-behalf = Are you complaining for someone else?
wizard-step-account = Your account
wizard-step-what-happened = What happened
wizard-step-remedy = What would put it right?
wizard-step-documents = Supporting documents
wizard-step-check =
    { $kind ->
        [inquiry] Check your answers before sending your enquiry
        [abuse_report] Check your answers before sending your report
       *[other] Check your answers before sending your complaint
    }
# Variables:
#   $current (Number) - this page's number
#   $total (Number) - how many pages there are
wizard-step-of = Step { $current } of { $total }
wizard-on-behalf-allowed = Someone else can make the complaint and deal with the company for the customer.
wizard-on-behalf-needs-authorization = If you complain for someone else, the company needs their written permission. Upload a signed letter from them.
wizard-account-intro-escalation = Give the details of your earlier complaint and why its answer did not settle it.
wizard-warning-may-be-too-old = The date you gave is more than 3 months ago. The company may treat complaints about something this old as closed. You can still send it.
wizard-check-no-documents = None
wizard-check-not-given = Not given
wizard-check-send-title =
    { $kind ->
        [inquiry] Now send your enquiry
        [abuse_report] Now send your report
       *[other] Now send your complaint
    }
# Variables:
#   $provider (String) - the company's name
wizard-check-send-body =
    { $kind ->
        [inquiry] Your enquiry goes to { $provider } as soon as you send it. You will get a reference and an access code to follow it.
        [abuse_report] Your report goes to { $provider } as soon as you send it. You will get a reference and an access code to follow it.
       *[other] Your complaint goes to { $provider } as soon as you send it. You will get a reference and an access code to follow it.
    }
wizard-send =
    { $kind ->
        [inquiry] Send enquiry
        [abuse_report] Send report
       *[other] Send complaint
    }
wizard-try-again = Try sending again
wizard-not-sent-title = Your complaint has not been sent
wizard-not-sent-network = The connection to the service was lost. We tried several times.
wizard-not-sent-refused = The service could not accept it.
wizard-not-sent-kept = Your answers are kept in this browser tab. Try again when you are ready; your complaint will only be filed once.
wizard-step-earlier =
    { $kind ->
        [complaint] Your earlier enquiry
       *[other] Your earlier complaint
    }
