sent-title =
    { $kind ->
        [inquiry] Enquiry sent
        [abuse_report] Report sent
       *[other] Complaint sent
    }
sent-reference-label = Your reference is
sent-access-title = Your access code
sent-access-body =
    { $kind ->
        [inquiry] You need this code and your reference to check your enquiry. Keep it safe: it is shown only once and nobody can tell it to you again.
        [abuse_report] You need this code and your reference to check your report. Keep it safe: it is shown only once and nobody can tell it to you again.
       *[other] You need this code and your reference to check your complaint. Keep it safe: it is shown only once and nobody can tell it to you again.
    }
sent-copy = Copy reference and code
sent-copied = Copied
sent-case-link =
    { $kind ->
        [inquiry] Follow your enquiry
        [abuse_report] Follow your report
       *[other] Follow your complaint
    }
sent-next-title = What happens next
# Variables:
#   $provider (String) - the company's name
sent-next-body =
    { $kind ->
        [inquiry] { $provider } has your enquiry now. If a date passes without the reply it promised, your case page will say so.
        [abuse_report] { $provider } has your report now. If a date passes without the reply it promised, your case page will say so.
       *[other] { $provider } has your complaint now. If a date passes without the reply it promised, your case page will say so.
    }
sent-escalate-title = If you are not satisfied
sent-escalate-body =
    { $next ->
        [manager] Your case page shows what you can do at each stage, such as asking for a manager to review your complaint.
        [escalate] Your case page shows what you can do at each stage, such as taking the matter further if the company's answer does not settle it.
       *[other] Your case page shows where your case stands and each step the company takes.
    }
# Variables:
#   $scheme (String) - the ombudsman scheme's name
sent-adr-later = If your complaint is not resolved after 8 weeks, or the company sends you a deadlock letter, you can take it to { $scheme } for free.
sent-missing-title = There is no complaint to show here
sent-missing-body = The confirmation is only kept in the browser tab where the complaint was sent. If you have your reference and access code, you can check your complaint.

# The check page: how the customer wants to hear about the case.
# Variables:
#   $email (String) - the email address the customer gave
letters-choice-title = How do you want to hear about progress?
letters-choice-email = By email to { $email }, and on your case page
letters-choice-page = Only on your case page, with no emails
letters-choice-page-hint = To see any news you will need your reference and access code.
sent-access-body-emailed =
    { $kind ->
        [inquiry] You need this code and your reference to check your enquiry. We have also emailed them to you, with a link that opens it: anyone who can read that email can follow your enquiry.
        [abuse_report] You need this code and your reference to check your report. We have also emailed them to you, with a link that opens it: anyone who can read that email can follow your report.
       *[other] You need this code and your reference to check your complaint. We have also emailed them to you, with a link that opens it: anyone who can read that email can follow your complaint.
    }
