status-title = Check your complaint
status-lead = Enter the reference and access code you got when you sent your complaint.
status-reference-label = Reference
status-reference-hint = For example, RD-7K2M9-QX4TB
status-code-label = Access code
status-code-hint = 25 letters and digits in groups of five, for example 7KQ3M-X2P9A-HW4TB-QC8NR-5ZJ6E. Capitals, spaces and hyphens do not matter.
status-submit = Check complaint
status-error-reference = Enter your reference
status-error-code = Enter your access code
# Variables:
#   $reference (String) - the case reference
case-title =
    { $kind ->
        [inquiry] Enquiry { $reference }
        [abuse_report] Abuse report { $reference }
       *[other] Complaint { $reference }
    }
case-loading = Loading your complaint…
case-not-found-title = Complaint not found
case-not-found = No complaint matches this reference and access code. Check both against the confirmation page you printed or saved when you sent it. If you no longer have them, contact the company you complained to.
case-try-again = Enter your reference and access code again
case-stage-label = Status:
case-milestones-title = Dates
case-history-title = What has happened
case-answers-title = What you sent
case-answer-document = A document (attached)
case-documents-label = Documents
case-document-unnamed = Document
case-actions-title = What you can do now
case-message-label = Your message to the company
case-error-message-required = Write the information the company asked for
case-action-refused = This step is not possible at the moment.
case-not-started = Starts when the company replies
# Variables:
#   $days (Number) - days until the date
case-due-in-days =
    { $days ->
        [0] Due today
        [one] Due in { $days } day
       *[other] Due in { $days } days
    }
# Variables:
#   $days (Number) - days since the date
case-overdue-days =
    { $days ->
        [0] Overdue
        [one] Overdue by { $days } day
       *[other] Overdue by { $days } days
    }
# Variables:
#   $date (String) - the last day
case-escalate-until = You can do this until { $date }
case-escalate-send = Send the escalated complaint
case-adr-open = You can go to the ombudsman now
case-adr-not-yet = Not yet
# Variables:
#   $date (String) - the day it opens
case-adr-opens-on = You can take your complaint to this independent scheme from { $date }, or sooner if the company sends you a deadlock letter.
case-adr-open-body = This independent scheme can look at your complaint. It does not take sides.
# Variables:
#   $months (Number) - months to apply
case-adr-free-within =
    { $months ->
        [one] It is free. Apply within { $months } month of the company's final answer.
       *[other] It is free. Apply within { $months } months of the company's final answer.
    }
stage-received = Received
stage-acknowledged = Acknowledged
stage-awaiting-customer = Waiting for your reply
stage-responded = Company replied
stage-manager-review = With a manager
stage-escalated = Escalated
stage-deadlock = Deadlock letter issued
stage-final-response = Final answer given
stage-resolved = Resolved
stage-closed = Closed
stage-withdrawn = Withdrawn
event-received =
    { $kind ->
        [inquiry] Enquiry received
        [abuse_report] Report received
       *[other] Complaint received
    }
event-acknowledged = The company acknowledged your complaint
event-information-requested = The company asked you for more information
event-information-supplied = You sent more information
event-responded = The company replied
event-remedy-proposed = The company proposed a remedy
event-manager-review-requested = You asked for a manager to review it
event-escalated = You escalated the complaint
event-deadlock-letter-issued = The company sent a deadlock letter
event-adr-referral-requested = You asked to go to the ombudsman early
event-final-response = The company gave its final answer
event-resolved = Resolved
event-closed = Closed
event-withdrawn =
    { $kind ->
        [inquiry] You withdrew the enquiry
        [abuse_report] You withdrew the report
       *[other] You withdrew the complaint
    }
event-considered-resolved = Treated as resolved: the time to escalate ran out
event-considered-closed = Treated as closed: 3 months passed
milestone-status-pending = Due
milestone-status-met = Done
milestone-status-missed = Missed
milestone-status-stopped = No longer needed
action-manager-review-requested = Ask for a manager to review it
action-escalated =
    { $kind ->
        [inquiry] Make a formal complaint
       *[other] Escalate the complaint
    }
action-adr-referral-requested = Ask to go to the ombudsman now
action-information-supplied = Send the information
action-withdrawn =
    { $kind ->
        [inquiry] Withdraw this enquiry
        [abuse_report] Withdraw this report
       *[other] Withdraw this complaint
    }
action-other = Continue
# Variables:
#   $amount (Number) - the highest award, in pounds
case-adr-max-award = It can award you up to £{ $amount }.
case-adr-representatives = Someone you trust can apply for you.
# Variables:
#   $scheme (String) - the ombudsman scheme
case-adr-only-for = { $scheme } only takes complaints from:
case-adr-excludes = It does not deal with:
case-adr-needs = Have these ready:
case-adr-pack = To apply, print this page or save it as a PDF: it has everything { $scheme } asks for (the dates, what you complained about and the remedy you want, the company's answers and your documents).
adr-excludes-fraud = fraud
adr-excludes-property-damage = damage to property
adr-excludes-discrimination = discrimination
adr-excludes-data-protection = data protection
adr-needs-first-complaint-date = the date of your first complaint
adr-needs-deadlock-letter-date = the date of the deadlock letter
adr-needs-complaint-details = the details of your complaint
adr-needs-remedy-sought = what you want to put it right
adr-needs-documents = your documents
withdraw-title =
    { $kind ->
        [inquiry] Are you sure you want to withdraw your enquiry?
        [abuse_report] Are you sure you want to withdraw your report?
       *[other] Are you sure you want to withdraw your complaint?
    }
withdraw-body =
    { $kind ->
        [inquiry] If you withdraw your enquiry, { $provider } stops working on it and its dates no longer apply.
        [abuse_report] If you withdraw your report, { $provider } stops working on it and its dates no longer apply.
       *[other] If you withdraw your complaint, { $provider } stops working on it and its dates no longer apply.
    }
withdraw-warning =
    { $kind ->
        [inquiry] You cannot undo this. To raise the matter again, you would have to send a new enquiry.
        [abuse_report] You cannot undo this. To raise the matter again, you would have to send a new report.
       *[other] You cannot undo this. To raise the matter again, you would have to send a new complaint.
    }
withdraw-confirm =
    { $kind ->
        [inquiry] Yes, withdraw my enquiry
        [abuse_report] Yes, withdraw my report
       *[other] Yes, withdraw my complaint
    }
withdraw-back =
    { $kind ->
        [inquiry] No, go back to my enquiry
        [abuse_report] No, go back to my report
       *[other] No, go back to my complaint
    }
withdraw-not-possible =
    { $kind ->
        [inquiry] This enquiry can no longer be withdrawn
        [abuse_report] This report can no longer be withdrawn
       *[other] This complaint can no longer be withdrawn
    }
case-request-explained =
    { $action ->
        [adr_referral_requested] You are asking { $provider } to let you take your complaint to { $scheme } now, before 8 weeks have passed. { $provider } may refuse if it expects to resolve your complaint shortly and is already acting on it.
       *[other] { $provider } will pass your complaint to a manager or to its complaints team, who will look at it again and reply to you. You can ask for this once.
    }
case-request-send = Send this request
case-opens-in-days =
    { $days ->
        [0] Opens today
        [one] Opens in { $days } day
       *[other] Opens in { $days } days
    }
case-window-days-left =
    { $days ->
        [0] Last day today
        [one] { $days } day left
       *[other] { $days } days left
    }
case-lapses-in-days =
    { $days ->
        [0] May end today
        [one] May end in { $days } day
       *[other] May end in { $days } days
    }
milestone-status-open = Open to you
case-escalate-documents-kept = Documents you already sent count: you do not need to send them again.
event-delay-notified = The company told you it needs more time
event-first-contact-corrected = The company corrected the date of your first complaint
case-event-new-date = New date for “{ $milestone }”: { $date }
case-event-first-contact = Date of your first complaint in the company's records: { $date }
case-delayed-from = A new date, given in time. The first date was { $date }.
milestone-status-may-close = The company may close it now
milestone-status-aim-missed = Aim not met
case-delay-reason = The company's reason: { $reason }
