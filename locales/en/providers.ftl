jurisdiction-england = England
jurisdiction-germany-saarland = Saarland, Germany
jurisdiction-azerbaijan = Azerbaijan
jurisdiction-unstated = Not stated by the company

kind-complaint = Complaint
kind-inquiry = Enquiry
kind-abuse-report = Abuse report
kind-escalated-complaint = Escalated complaint
