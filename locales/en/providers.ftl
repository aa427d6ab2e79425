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
# Variables:
#   $provider (String) - the company's name
sent-contact-title = Other ways to contact { $provider }
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
channel-none = The company's complaints policy gives no address or telephone number. You can use this service, or look on the company's own website.
milestone-role =
    { $role ->
        [aim] the company aims to act by then, but does not promise it
        [deadline_or_notice] the company must act by then, or tell you before then why it needs longer and when it will answer
        [window] you can act until then
        [opens] an option opens for you
        [lapse] the case may end then
        [may_close] from then the company may close your case; it does not close by itself
       *[deadline] the company must act by then
    }
milestone-counted-from =
    { $by ->
        [staff] Counted from { $date }, the date of your first complaint in the company's records
       *[customer] Counted from { $date }, the date you told us you first complained
    }
provider-promise =
    { $promise ->
        [status] You can ask { $provider } where your complaint stands at any time. Your case page here shows it too.
       *[every_step] { $provider } tells you the result and every step it takes.
    }
