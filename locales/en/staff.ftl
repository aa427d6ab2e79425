# The complaints team's console (the staff part of the app).
staff-loading = Loading…
staff-unavailable-title = The console cannot be reached
staff-unavailable = The console cannot reach the portal at the moment. Nothing was changed; please try again in a few minutes.
# Variables:
#   $name (String) - the staff member's name
#   $provider (String) - the company's name
staff-signed-in-as = Signed in as { $name }, { $provider }
staff-sign-out = Sign out

## Signing in
staff-sign-in-title = Sign in to the complaints console
staff-sign-in-body = Enter the email address your company registered for you. We will email you a code to sign in.
staff-email-label = Email address
staff-send-code = Email me a code
staff-code-title = Enter the code from the email
# Variables:
#   $email (String) - the address typed
staff-code-sent = If { $email } belongs to a member of a complaints team, a code is on its way to it. It works for 10 minutes.
staff-code-label = Sign-in code
staff-code-hint = 8 digits, for example 0123 4567
staff-sign-in = Sign in
staff-code-again = Use another address, or ask for a new code
staff-error-email = Enter an email address, like name@example.com
staff-error-code-format = Enter the 8 digits of the code
staff-error-code-not-accepted = This code does not work. Check it against the email and type it again; if it was used already or is more than 10 minutes old, ask for a new one.

## The work queue
staff-queue-title = Work queue
staff-search-label = Find a case
staff-search-hint = A reference, or a customer's name, email address, phone number or account
staff-stage-label = Stage
staff-stage-any = Any stage
staff-stage-counts = Cases by stage
staff-overdue-only = Only cases with a missed deadline
staff-apply = Show cases
# Variables:
#   $count (Number) - how many cases the filters find
staff-queue-count =
    { $count ->
        [0] No cases match.
        [one] { $count } case
       *[other] { $count } cases
    }
staff-queue-count-more = More than { $count } cases
staff-pages = Pages of the queue
staff-previous-page = Previous page
staff-next-page = Next page
# Variables:
#   $date (String) - a day, written out
staff-received-on = received { $date }
staff-due-none = No deadline pending
# Variables:
#   $days (Number) - days since the deadline passed
staff-due-overdue =
    { $days ->
        [one] Overdue by { $days } day
       *[other] Overdue by { $days } days
    }
staff-due-today = Due today
staff-due-tomorrow = Due tomorrow
# Variables:
#   $date (String) - a day, written out
staff-due-on = Due { $date }

## A case
# Variables:
#   $reference (String) - the case's reference
staff-case-title = Case { $reference }
staff-case-not-found = There is no case of your company with this reference.
staff-back-to-queue = Back to the work queue
staff-case-kind = Kind
staff-case-stage = Stage
staff-case-language = The customer's language
staff-deadlines-title = Deadlines
staff-milestone-met = met
staff-milestone-missed = missed
staff-milestone-stopped = no longer applies
staff-milestone-pending = pending
staff-milestone-not-started = not started yet
staff-answers-title = What the customer told you
staff-documents-title = Documents
staff-document-open = Open in a new tab
staff-document-download = Download
staff-history-title = What happened
# Variables:
#   $name (String) - who recorded the step
staff-event-by = by { $name }
staff-letters-title = Letters
staff-letter-sent = sent
staff-letter-failed = failed
staff-letter-waiting = waiting to be sent
# The kinds of letter a case's list names.
staff-letter-receipt = Receipt to the customer
staff-letter-new-case = New case, to your team
staff-letter-acknowledgement = Acknowledgement
staff-letter-information-request = Request for information
staff-letter-delay-notice = Delay notice
staff-letter-response = Your answer
staff-letter-window-reminder = Reminder before the window to escalate closes
staff-letter-adr = ADR letter (the ombudsman scheme)
staff-letter-closing = Closing letter
staff-letter-step = A step of yours
staff-letter-customer-step = The customer's step, to your team
staff-letters-stopped = The customer asked for no emails about this case: they follow it on the case page.
staff-steps-title = Take the next step
staff-no-steps = No step of your procedure is open on this case now.
staff-step-legend = Which step?
staff-message-label = Message to the customer
# Variables:
#   $language (String) - the name of the case's language
staff-message-hint = Written for you in the customer's language ({ $language }); change it as you need. The customer reads it on the case page and in the email.
staff-record-step = Record the step and tell the customer
staff-error-step = Choose a step
staff-error-message = Write the message to the customer
# Variables:
#   $reason (String) - why the portal refused, in English
staff-error-not-now = This step cannot be taken now: { $reason }
staff-step-acknowledged = Acknowledge the complaint
staff-step-information-requested = Ask the customer for information
staff-step-responded = Reply
staff-step-remedy-proposed = Propose a remedy
staff-step-final-response = Send the final response
staff-step-deadlock-letter-issued = Send a deadlock letter
staff-step-resolved = Mark as resolved
staff-step-closed = Close the case

## Messages to the customer a step starts from, in the case's language.
staff-template-acknowledged = Thank you for your complaint. We have received it and are looking into it. We will reply by the date shown on your case page.
staff-template-information-requested = To look into your complaint we need some more information from you: …
staff-template-responded = We have looked into your complaint. …
staff-template-remedy-proposed = To put things right, we propose: …
staff-template-final-response = This is our final response to your complaint. …
staff-template-deadlock-letter-issued = We have not been able to agree on how to settle your complaint. This letter is our final position. …
staff-template-resolved = We are glad your complaint is resolved. Thank you for telling us about it.
staff-template-closed = We are closing your complaint. …

## Who handles a case, notes and views
staff-assigned-label = Handled by
staff-assigned-anyone = Anyone
staff-assigned-me = Me
staff-assigned-nobody = Nobody yet
# Variables:
#   $name (String) - a member of the staff
staff-handled-by = handled by { $name }
staff-handled-by-nobody = not handled by anyone yet
staff-handler-title = Who handles it
staff-take-case = Handle it myself
staff-assign-label = Give it to
staff-assign = Give the case
staff-notes-title = Notes for your team
staff-notes-body = Only your colleagues read these; the customer never sees them.
staff-note-label = New note
staff-add-note = Add the note
staff-error-note = Write the note
staff-error-note-long = The note is too long or holds characters that cannot be kept: at most 5,000 characters
staff-views-title = Who has looked at the case

## Delay notices and a corrected first contact
staff-step-delay-notified = Give notice of a delay
staff-step-first-contact-corrected = Correct the day of first contact
staff-template-delay-notified = We need more time to look into your complaint properly, because …
staff-template-first-contact-corrected = Our records show that you first contacted us about this on another day: …
staff-delay-milestone-label = Which deadline is put back?
staff-new-date-label = Its new date
staff-first-contact-label = The day of first contact
staff-error-date = Enter the date
staff-error-delay = This deadline can be put back only before it falls due, and only to a later date.

## What was just done
staff-done-saved = Saved.
# Variables:
#   $step (String) - the step's name
staff-done-step = Recorded: { $step }. The letter to the customer is on its way; the customer sees the step on their case page now.

staff-merge-title = Merge a duplicate
staff-merge-body = If this complaint repeats another of the same customer, merge it into that case. Nothing is deleted: this case keeps what the customer sent, and its reference will show the case you keep.
staff-merge-label = Reference of the case to keep
staff-merge-button = Merge into that case
staff-merge-confirm = Merge this case into { $into } ({ $customer })? Its next steps will be taken there, and this cannot be undone.
staff-merge-yes = Yes, merge
staff-merge-cancel = Cancel
staff-merge-error-empty = Enter the reference of the case to keep
staff-merge-error-unknown = No case of yours has this reference. Check it and try again
staff-merge-error-same = This is the case you are on. Enter the reference of the other case
staff-merge-error-customer = That case is another customer’s: the two give neither the same email address nor the same phone number
staff-merge-error-merged = One of the two cases is already merged into another. Merge into the case it was merged into
staff-merged-into = Merged on { $date } by { $name }. Its next steps are taken in the case it was merged into:
staff-merged-title = Duplicates merged into this case
staff-done-merged = { $reference } was merged into this case.
staff-document-from-customer = Sent by the customer
staff-document-added-by = Attached by { $name }
staff-step-documents-label = Documents to send with the letter (optional)
staff-step-documents-hint = A signed letter or what it encloses: PDF, PNG or JPEG, up to 10 MB each, at most { $most }. They go with the letter to the customer and stay with the case.
staff-document-uploading = Uploading { $name }…
staff-document-remove = Remove
staff-error-document-type = { $name } is not a PDF, PNG or JPEG file
staff-error-document-size = { $name } is larger than 10 MB
staff-error-document-count = Attach at most { $most } documents to a step
staff-event-acknowledged = Acknowledged
staff-event-information-requested = Asked the customer for more information
staff-event-information-supplied = The customer sent more information
staff-event-responded = Replied to the customer
staff-event-remedy-proposed = Proposed a remedy
staff-event-manager-review-requested = The customer asked for a manager to review it
staff-event-escalated = The customer escalated the complaint
staff-event-deadlock-letter-issued = Sent a deadlock letter
staff-event-adr-referral-requested = The customer asked to go to the ombudsman early
staff-event-final-response = Gave the final answer
staff-event-withdrawn = The customer withdrew it
staff-event-delay-notified = Told the customer more time is needed
staff-event-first-contact-corrected = Corrected the date of the first complaint
staff-stage-awaiting-customer = Waiting for the customer
staff-error-placeholder = Write your own words in place of the … in the message
staff-stage-merged = Merged into another case
staff-letter-merged = Merged into another case
staff-new-from-customer = New from the customer
staff-outcome-legend = What did you find? (optional)
staff-outcome-hint = For the regulator’s complaints return. The customer does not see it.
staff-outcome-upheld = Upheld: the customer was right
staff-outcome-partly-upheld = Partly upheld
staff-outcome-not-upheld = Not upheld
staff-outcome-none = Not recorded
staff-event-outcome = Outcome: { $outcome }

## The console's pages, and the reports
staff-nav = The console’s pages
staff-nav-queue = Work queue
staff-nav-reports = Reports
staff-report-title = Reports
staff-report-intro = How well the team kept the policy’s promises over a period: what came in, what was closed and how fast, and each deadline met on time or late. Days are the company’s, in its time zone.
staff-report-period = Period
staff-report-this-month = This month
staff-report-last-month = Last month
staff-report-this-quarter = This quarter
staff-report-last-quarter = Last quarter
staff-report-dates = Dates of your choice
staff-report-from = From
staff-report-to = To
staff-report-show = Show the report
staff-report-error-date = Enter a date, for example 1 July 2026
staff-report-error-range = The last day must be the same as or after the first
staff-report-error-too-long = A report covers at most a year: choose a shorter period
# Variables:
#   $from (String) - the first day of the period, written out
#   $to (String) - its last day
staff-report-heading = { $from } to { $to }
# Variables:
#   $received (Number) - cases received in the period
#   $closed (Number) - cases closed in it
#   $open (Number) - cases open at its end
staff-report-summary =
    { $received ->
        [one] { $received } case came in,
       *[other] { $received } cases came in,
    } { $closed } closed, and { $open } { $open ->
        [one] was
       *[other] were
    } open at the end of the period.
staff-report-download-figures = Download the figures (CSV spreadsheet)
staff-report-download-return = Download the complaints return in the regulator’s bands (CSV spreadsheet)
staff-report-charts = Charts
staff-report-by-kind = Figures by kind of case
staff-report-weeks-title = Cases received and closed each week
# Variables:
#   $received (Number) - cases received in the period
#   $closed (Number) - cases closed in it
#   $date (String) - the first day of the week with most cases received
#   $most (Number) - how many came in that week
staff-report-weeks-summary =
    { $received ->
        [one] { $received } case came in
       *[other] { $received } cases came in
    } and { $closed } closed. The busiest week began on { $date }, with { $most } received.
# Variables:
#   $closed (Number) - cases closed in the period
staff-report-weeks-none = No case came in during the period; { $closed } closed.
staff-report-received = Received
staff-report-closed = Closed
staff-report-week = Week
staff-report-on-time-title = Deadlines met on time, by month
staff-report-on-time-none = No deadline fell due in the period.
# Variables:
#   $deadline (String) - the deadline's name
staff-report-on-time-unsettled = { $deadline }: none of them has passed yet.
# Variables:
#   $deadline (String) - the deadline's name
#   $percent (String) - the share met on time, as a percentage
#   $on_time (Number) - how many were met on time
#   $settled (Number) - how many were met or missed
staff-report-on-time-summary = { $deadline }: { $percent } met on time ({ $on_time } of { $settled }).
# Variables:
#   $percent (Number) - a whole percentage
staff-report-percent = { $percent }%
staff-report-month = Month
staff-report-fell-due = Due in the period
staff-report-on-time = On time
staff-report-late = Late
staff-report-not-yet = Not yet passed
staff-report-share = Share on time
staff-report-first-answer-title = Business days to the first answer
# Variables:
#   $days (Number) - business days
staff-report-within-days =
    { $days ->
        [0] on the same day
        [one] within { $days } business day
       *[other] within { $days } business days
    }
# Variables:
#   $cases (Number) - cases first answered in the period
#   $half (String) - how long half of them took, in words
#   $most (String) - how long 9 in 10 of them took, in words
staff-report-first-answer-summary =
    { $cases ->
        [one] { $cases } case had its first answer in the period.
       *[other] { $cases } cases had their first answer in the period.
    } Half were answered { $half }, and 9 in 10 { $most }.
staff-report-first-answer-none = No case had its first answer in the period.
staff-report-days = Business days
staff-report-cases = Cases
staff-report-open-start = Open at the start
staff-report-open-end = Open at the end
staff-report-closed-3-days = Closed within 3 business days
staff-report-closed-8-weeks = Closed after 3 business days, within 8 weeks
staff-report-closed-later = Closed after 8 weeks
staff-report-no-outcome = Closed with no outcome recorded
staff-report-first-answered = Cases first answered in the period
staff-report-first-answer-median = Business days to the first answer: half within
staff-report-first-answer-p90 = Business days to the first answer: 9 in 10 within
staff-report-close-median = Business days to the close: half within
staff-report-close-p90 = Business days to the close: 9 in 10 within
staff-report-delay-notices = Delay notices
staff-report-escalations = Escalations
staff-report-deadlock-letters = Deadlock letters
staff-report-adr-letters = Letters opening the ombudsman scheme
staff-report-early-asked = Early referrals to the ombudsman asked for
staff-report-early-granted = Early referrals granted
# Variables:
#   $kind (String) - the kind of case
staff-report-figures = { $kind }: figures
# Variables:
#   $kind (String) - the kind of case
staff-report-deadlines = { $kind }: deadlines
staff-report-deadline = Deadline
staff-report-kind-empty = No case of this kind came in, was open or was closed in the period.
staff-report-numbers = Show the numbers
staff-report-on-time-hint = The share counts the deadlines already met or passed; those still to come are left out.
# Variables:
#   $date (String) - the day the report was drawn, written out
staff-report-drawn = Figures as they stood on { $date }.
staff-report-upheld = Upheld
