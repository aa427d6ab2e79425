milestone-acknowledgement = Acknowledgement
milestone-holding-response = First reply
milestone-resolution = Resolution
milestone-substantive-response = Full reply
milestone-response = Answer
milestone-final-response = Final answer
milestone-remedy-proposal = Proposed remedy
milestone-escalation-window-closes = Last day to escalate
milestone-adr-eligible = Ombudsman available
milestone-considered-closed = May be treated as closed
milestone-role-deadline = the company must act by then
milestone-role-window = you can act until then
milestone-role-opens = an option opens for you
milestone-role-lapse = the case may end then
# Variables:
#   $provider (String) - the company's name
sent-contact-title = Other ways to contact { $provider }
jurisdiction-england = England
jurisdiction-germany-saarland = Saarland, Germany
jurisdiction-azerbaijan = Azerbaijan
jurisdiction-unstated = Not stated by the company
kind-complaint = Complaint
kind-inquiry = Enquiry
kind-abuse-report = Abuse report
kind-escalated-complaint = Escalated complaint
kind-complaint-hint = Something went wrong and you want the company to put it right.
kind-inquiry-hint = A question or a first report of a problem. If the answer does not settle it, you can make a formal complaint afterwards.
kind-abuse-report-hint = Report spam, phishing, malware or other abuse by a domain name the company manages.
kind-escalated-complaint-hint = You are not satisfied with the company's answer to your complaint.
channel-phone = Phone
channel-email = Email
channel-website = Website
channel-web-form = Online form
channel-post = Post
channel-fax = Fax
channel-live-chat = Live chat
channel-callback = Ask to be called back
channel-social-media = Social media
channel-complaints-book = Complaints and suggestions book in the shops
channel-purpose-inquiries = questions
channel-purpose-complaints = complaints
channel-purpose-abuse-reports = abuse reports
channel-purpose-escalations = escalated complaints
channel-purpose-accounts = accounts and billing
channel-purpose-feedback = feedback
channel-note-identity-check = Advisers may ask you some questions to check who you are.
channel-note-acknowledged-with-next-steps = You get an acknowledgement that says when and how the company will reply, and who to contact about progress.
channel-note-message-outside-hours = Outside these hours you can leave a message.
channel-not-accepted = The company does not accept complaints this way.
# Variables:
#   $opens (String) - opening time, 24-hour clock
#   $closes (String) - closing time, 24-hour clock
channel-hours-weekdays = Monday to Friday, { $opens } to { $closes }
# Variables:
#   $provider (String) - the company's name
provider-title = Complain to { $provider }
provider-lead = Use this service to make a formal complaint. It takes about 10 minutes. You can check your answers before you send them, and your answers are kept in this browser tab if you need to stop.
provider-start = Start now
provider-deadlines-title = What the company promises
provider-deadlines-body = Working days are Monday to Friday, except public holidays where the company is based. Each date counts from the day your complaint is received.
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
channel-none = The company's complaints policy gives no address or telephone number. You can use this service, or look on the company's own website.
