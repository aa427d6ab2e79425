wizard-documents-label = Upload a file
# Variables:
#   $max (Number) - most files allowed
wizard-documents-hint =
    { $max ->
        [one] PDF, PNG or JPEG, up to 10 MB. You can add { $max } file.
       *[other] PDF, PNG or JPEG, up to 10 MB each. You can add up to { $max } files.
    }
wizard-documents-required =
    { $kind ->
        [inquiry] The company asks for documents that support your enquiry, such as letters, emails or screenshots.
        [abuse_report] The company asks for documents that support your report, such as letters, emails or screenshots.
       *[other] The company asks for documents that support your complaint, such as letters, emails or screenshots.
    }
wizard-documents-optional =
    { $kind ->
        [inquiry] You can add documents that support your enquiry, such as letters, emails or screenshots. This is optional.
        [abuse_report] You can add documents that support your report, such as letters, emails or screenshots. This is optional.
       *[other] You can add documents that support your complaint, such as letters, emails or screenshots. This is optional.
    }
wizard-sending = Sending…
field-full-name = Full name
field-surname = Surname
field-first-name = First name
field-patronymic = Patronymic
field-patronymic-hint = Your father's name, as written in your identity document
field-email = Email address
field-email-hint = The company sends its replies here
field-phone = Phone number
field-phone-hint = For example, 01632 960 001 or +44 7700 900 982
field-preferred-contact = How should the company contact you?
field-account-reference = Account number or customer reference
field-account-reference-hint = You can find it on your bills or in your account online
field-domain-names = Domain names
field-domain-names-hint = One per line, for example example.com
field-employee-name = Name of the employee who served you
field-employee-name-hint = If you know it
field-inquiry-reference = Reference of your earlier enquiry
field-inquiry-reference-hint = If you asked about this before
field-previous-complaint = Your earlier complaint
field-previous-complaint-hint = Its reference or date, and the answer you received
field-dissatisfaction-reasons = Why the answer did not settle it
field-abuse-type = What kind of abuse is it?
field-subject = Subject
field-subject-hint = A few words that sum up your complaint
field-description = What happened?
field-description-hint = Say what went wrong, when, and what you have done about it so far
field-incident-date = When did it happen?
field-incident-date-hint = If it went on for a while, give the date it started
field-first-contact-date = When did you first contact the company about it?
field-first-contact-date-hint = An approximate date is fine
field-desired-remedy = What do you want the company to do?
field-desired-remedy-hint = For example a refund, a repair, a correction or an apology
field-customer-type = Who is the customer?
field-on-behalf = I am making this complaint for someone else
field-represented-name = Full name of the person you are complaining for
field-representative-relationship = Your relationship to them
field-authorization = Their written permission
field-authorization-hint = A signed letter that says you may complain for them. PDF, PNG or JPEG, up to 10 MB.
field-agreement-scope = My complaint is about a service in my client agreement with the company
field-declaration = The information I have given is true and complete to the best of my knowledge
option-customer-type-residential = A household
option-customer-type-small-business = A small business (10 employees or fewer)
option-customer-type-other-business = A larger business
option-abuse-type-spam = Spam
option-abuse-type-phishing = Phishing
option-abuse-type-malware = Malware
option-abuse-type-fraud = Fraud
option-abuse-type-intellectual-property = Intellectual property infringement
option-abuse-type-other = Something else
option-preferred-contact-email = By email
option-preferred-contact-phone = By phone
# Variables:
#   $name (String) - the file's name
#   $percent (Number) - how much has been uploaded
upload-progress = Uploading { $name }: { $percent }%
upload-remove = Remove
# Variables:
#   $name (String) - the file's name
upload-error-type = { $name } must be a PDF, PNG or JPEG file
# Variables:
#   $name (String) - the file's name
upload-error-too-large = { $name } must be smaller than 10 MB
# Variables:
#   $name (String) - the file's name
upload-error-network = { $name } could not be uploaded. Check your connection and choose it again.
# Variables:
#   $max (Number) - most files allowed
upload-error-too-many =
    { $max ->
        [one] You can add only { $max } file
       *[other] You can add up to { $max } files
    }
field-contact-any-hint = Give an email address, a phone number, or both, so that the company can reach you.
kind-complaint = Complaint
kind-inquiry = Enquiry
kind-abuse-report = Abuse report
kind-escalated-complaint = Escalated complaint
kind-complaint-hint = Something went wrong and you want the company to put it right.
kind-inquiry-hint = A question or a first report of a problem. If the answer does not settle it, you can make a formal complaint afterwards.
kind-abuse-report-hint = Report spam, phishing, malware or other abuse by a domain name the company manages.
kind-escalated-complaint-hint = You are not satisfied with the company's answer to your complaint.
