//! Message ids for the policy data the customer sees. A `match` per enum
//! keeps every id a literal the build checks, and a new variant cannot be
//! added without its messages; a test walks every policy and every language.

use redress_core::lifecycle::{MilestoneStatus, Stage};
use redress_core::policy::{
    AdrEvidence, AdrExclusion, ChannelKind, ChannelNote, ChannelPurpose, EventKind, FieldId, Jurisdiction, KindId,
    MilestoneName,
};
use redress_core::validation::ErrorCode;

use crate::msg;

pub fn jurisdiction(jurisdiction: Jurisdiction) -> &'static str {
    match jurisdiction {
        Jurisdiction::England => msg!("jurisdiction-england"),
        Jurisdiction::GermanySaarland => msg!("jurisdiction-germany-saarland"),
        Jurisdiction::Azerbaijan => msg!("jurisdiction-azerbaijan"),
        Jurisdiction::Unstated => msg!("jurisdiction-unstated"),
    }
}

pub fn kind(kind: KindId) -> &'static str {
    match kind {
        KindId::Complaint => msg!("kind-complaint"),
        KindId::Inquiry => msg!("kind-inquiry"),
        KindId::AbuseReport => msg!("kind-abuse-report"),
        KindId::EscalatedComplaint => msg!("kind-escalated-complaint"),
    }
}

/// What choosing the kind means, shown under it on the kind page.
pub fn kind_hint(kind: KindId) -> &'static str {
    match kind {
        KindId::Complaint => msg!("kind-complaint-hint"),
        KindId::Inquiry => msg!("kind-inquiry-hint"),
        KindId::AbuseReport => msg!("kind-abuse-report-hint"),
        KindId::EscalatedComplaint => msg!("kind-escalated-complaint-hint"),
    }
}

pub fn field_label(field: FieldId) -> &'static str {
    match field {
        FieldId::FullName => msg!("field-full-name"),
        FieldId::Surname => msg!("field-surname"),
        FieldId::FirstName => msg!("field-first-name"),
        FieldId::Patronymic => msg!("field-patronymic"),
        FieldId::Email => msg!("field-email"),
        FieldId::Phone => msg!("field-phone"),
        FieldId::PreferredContact => msg!("field-preferred-contact"),
        FieldId::AccountReference => msg!("field-account-reference"),
        FieldId::DomainNames => msg!("field-domain-names"),
        FieldId::EmployeeName => msg!("field-employee-name"),
        FieldId::InquiryReference => msg!("field-inquiry-reference"),
        FieldId::PreviousComplaint => msg!("field-previous-complaint"),
        FieldId::DissatisfactionReasons => msg!("field-dissatisfaction-reasons"),
        FieldId::AbuseType => msg!("field-abuse-type"),
        FieldId::Subject => msg!("field-subject"),
        FieldId::Description => msg!("field-description"),
        FieldId::IncidentDate => msg!("field-incident-date"),
        FieldId::FirstContactDate => msg!("field-first-contact-date"),
        FieldId::DesiredRemedy => msg!("field-desired-remedy"),
        FieldId::CustomerType => msg!("field-customer-type"),
        FieldId::OnBehalf => msg!("field-on-behalf"),
        FieldId::RepresentedName => msg!("field-represented-name"),
        FieldId::RepresentativeRelationship => msg!("field-representative-relationship"),
        FieldId::Authorization => msg!("field-authorization"),
        FieldId::AgreementScope => msg!("field-agreement-scope"),
        FieldId::Declaration => msg!("field-declaration"),
    }
}

/// Help under a field's label, where it needs some.
pub fn field_hint(field: FieldId) -> Option<&'static str> {
    Some(match field {
        FieldId::Email => msg!("field-email-hint"),
        FieldId::Phone => msg!("field-phone-hint"),
        FieldId::AccountReference => msg!("field-account-reference-hint"),
        FieldId::DomainNames => msg!("field-domain-names-hint"),
        FieldId::EmployeeName => msg!("field-employee-name-hint"),
        FieldId::InquiryReference => msg!("field-inquiry-reference-hint"),
        FieldId::PreviousComplaint => msg!("field-previous-complaint-hint"),
        FieldId::Subject => msg!("field-subject-hint"),
        FieldId::Description => msg!("field-description-hint"),
        FieldId::IncidentDate => msg!("field-incident-date-hint"),
        FieldId::FirstContactDate => msg!("field-first-contact-date-hint"),
        FieldId::DesiredRemedy => msg!("field-desired-remedy-hint"),
        FieldId::Authorization => msg!("field-authorization-hint"),
        FieldId::Patronymic => msg!("field-patronymic-hint"),
        // Fields whose label says it all.
        FieldId::FullName
        | FieldId::Surname
        | FieldId::FirstName
        | FieldId::PreferredContact
        | FieldId::DissatisfactionReasons
        | FieldId::AbuseType
        | FieldId::CustomerType
        | FieldId::OnBehalf
        | FieldId::RepresentedName
        | FieldId::RepresentativeRelationship
        | FieldId::AgreementScope
        | FieldId::Declaration => return None,
    })
}

/// The message for a required field left empty, in the GOV.UK way ("Enter
/// your email address"), which names what is missing.
pub fn field_required(field: FieldId) -> &'static str {
    match field {
        FieldId::FullName => msg!("error-required-full-name"),
        FieldId::Surname => msg!("error-required-surname"),
        FieldId::FirstName => msg!("error-required-first-name"),
        FieldId::Patronymic => msg!("error-required-patronymic"),
        FieldId::Email => msg!("error-required-email"),
        FieldId::Phone => msg!("error-required-phone"),
        FieldId::AccountReference => msg!("error-required-account-reference"),
        FieldId::DomainNames => msg!("error-required-domain-names"),
        FieldId::PreviousComplaint => msg!("error-required-previous-complaint"),
        FieldId::DissatisfactionReasons => msg!("error-required-dissatisfaction-reasons"),
        FieldId::AbuseType | FieldId::CustomerType | FieldId::PreferredContact => msg!("error-required-choice"),
        FieldId::Subject => msg!("error-required-subject"),
        FieldId::Description => msg!("error-required-description"),
        FieldId::IncidentDate | FieldId::FirstContactDate => msg!("error-required-date"),
        FieldId::DesiredRemedy => msg!("error-required-desired-remedy"),
        FieldId::RepresentedName => msg!("error-required-represented-name"),
        FieldId::Authorization => msg!("error-required-authorization"),
        // A box to tick says what ticking it confirms.
        FieldId::AgreementScope => msg!("error-required-agreement-scope"),
        FieldId::Declaration => msg!("error-required-declaration"),
        // Fields no policy requires today get the general words.
        FieldId::EmployeeName | FieldId::InquiryReference | FieldId::OnBehalf | FieldId::RepresentativeRelationship => {
            msg!("error-required")
        }
    }
}

/// The message for a validation problem (other than a missing answer).
pub fn error(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Required => msg!("error-required"),
        ErrorCode::MustAccept => msg!("error-must-accept"),
        ErrorCode::UnknownField => msg!("error-unknown-field"),
        ErrorCode::WrongType => msg!("error-wrong-type"),
        ErrorCode::TooLong => msg!("error-too-long"),
        ErrorCode::TooManyItems => msg!("error-too-many-items"),
        ErrorCode::InvalidCharacters => msg!("error-invalid-characters"),
        ErrorCode::InvalidEmail => msg!("error-invalid-email"),
        ErrorCode::InvalidPhone => msg!("error-invalid-phone"),
        ErrorCode::InvalidDomain => msg!("error-invalid-domain"),
        ErrorCode::InvalidDate => msg!("error-invalid-date"),
        ErrorCode::DateInFuture => msg!("error-date-in-future"),
        ErrorCode::InvalidChoice => msg!("error-invalid-choice"),
        ErrorCode::ContactRequired => msg!("error-contact-required"),
        ErrorCode::DocumentsRequired => msg!("error-documents-required"),
        ErrorCode::DocumentsNotAccepted => msg!("error-documents-not-accepted"),
        ErrorCode::TooManyDocuments => msg!("error-too-many-documents"),
        ErrorCode::UnknownDocument => msg!("error-unknown-document"),
    }
}

/// The label of a `choice` option; `None` for an option no message covers
/// (the test over every policy keeps that from happening).
pub fn option(field: FieldId, option: &str) -> Option<&'static str> {
    Some(match (field, option) {
        (FieldId::CustomerType, "residential") => msg!("option-customer-type-residential"),
        (FieldId::CustomerType, "small_business") => msg!("option-customer-type-small-business"),
        (FieldId::CustomerType, "other_business") => msg!("option-customer-type-other-business"),
        (FieldId::AbuseType, "spam") => msg!("option-abuse-type-spam"),
        (FieldId::AbuseType, "phishing") => msg!("option-abuse-type-phishing"),
        (FieldId::AbuseType, "malware") => msg!("option-abuse-type-malware"),
        (FieldId::AbuseType, "fraud") => msg!("option-abuse-type-fraud"),
        (FieldId::AbuseType, "intellectual_property") => msg!("option-abuse-type-intellectual-property"),
        (FieldId::AbuseType, "other") => msg!("option-abuse-type-other"),
        (FieldId::PreferredContact, "email") => msg!("option-preferred-contact-email"),
        (FieldId::PreferredContact, "phone") => msg!("option-preferred-contact-phone"),
        _ => return None,
    })
}

pub fn channel(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Phone => msg!("channel-phone"),
        ChannelKind::Email => msg!("channel-email"),
        ChannelKind::Website => msg!("channel-website"),
        ChannelKind::WebForm => msg!("channel-web-form"),
        ChannelKind::Post => msg!("channel-post"),
        ChannelKind::Fax => msg!("channel-fax"),
        ChannelKind::LiveChat => msg!("channel-live-chat"),
        ChannelKind::Callback => msg!("channel-callback"),
        ChannelKind::SocialMedia => msg!("channel-social-media"),
        ChannelKind::ComplaintsBook => msg!("channel-complaints-book"),
    }
}

pub fn channel_purpose(purpose: ChannelPurpose) -> &'static str {
    match purpose {
        ChannelPurpose::Inquiries => msg!("channel-purpose-inquiries"),
        ChannelPurpose::Complaints => msg!("channel-purpose-complaints"),
        ChannelPurpose::AbuseReports => msg!("channel-purpose-abuse-reports"),
        ChannelPurpose::Escalations => msg!("channel-purpose-escalations"),
        ChannelPurpose::Accounts => msg!("channel-purpose-accounts"),
        ChannelPurpose::Feedback => msg!("channel-purpose-feedback"),
    }
}

pub fn channel_note(note: ChannelNote) -> &'static str {
    match note {
        ChannelNote::IdentityCheck => msg!("channel-note-identity-check"),
        ChannelNote::AcknowledgedWithNextSteps => msg!("channel-note-acknowledged-with-next-steps"),
        ChannelNote::MessageOutsideHours => msg!("channel-note-message-outside-hours"),
    }
}

pub fn milestone(name: MilestoneName) -> &'static str {
    match name {
        MilestoneName::Acknowledgement => msg!("milestone-acknowledgement"),
        MilestoneName::HoldingResponse => msg!("milestone-holding-response"),
        MilestoneName::Resolution => msg!("milestone-resolution"),
        MilestoneName::SubstantiveResponse => msg!("milestone-substantive-response"),
        MilestoneName::Response => msg!("milestone-response"),
        MilestoneName::FinalResponse => msg!("milestone-final-response"),
        MilestoneName::RemedyProposal => msg!("milestone-remedy-proposal"),
        MilestoneName::EscalationWindowCloses => msg!("milestone-escalation-window-closes"),
        MilestoneName::AdrEligible => msg!("milestone-adr-eligible"),
        MilestoneName::ConsideredClosed => msg!("milestone-considered-closed"),
    }
}

pub fn milestone_status(status: MilestoneStatus) -> &'static str {
    match status {
        MilestoneStatus::Pending => msg!("milestone-status-pending"),
        MilestoneStatus::Met => msg!("milestone-status-met"),
        MilestoneStatus::Missed => msg!("milestone-status-missed"),
        MilestoneStatus::Stopped => msg!("milestone-status-stopped"),
    }
}

pub fn stage(stage: Stage) -> &'static str {
    match stage {
        Stage::Received => msg!("stage-received"),
        Stage::Acknowledged => msg!("stage-acknowledged"),
        Stage::AwaitingCustomer => msg!("stage-awaiting-customer"),
        Stage::Responded => msg!("stage-responded"),
        Stage::ManagerReview => msg!("stage-manager-review"),
        Stage::Escalated => msg!("stage-escalated"),
        Stage::Deadlock => msg!("stage-deadlock"),
        Stage::FinalResponse => msg!("stage-final-response"),
        Stage::Resolved => msg!("stage-resolved"),
        Stage::Closed => msg!("stage-closed"),
        Stage::Withdrawn => msg!("stage-withdrawn"),
    }
}

pub fn event(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Received => msg!("event-received"),
        EventKind::Acknowledged => msg!("event-acknowledged"),
        EventKind::InformationRequested => msg!("event-information-requested"),
        EventKind::InformationSupplied => msg!("event-information-supplied"),
        EventKind::Responded => msg!("event-responded"),
        EventKind::RemedyProposed => msg!("event-remedy-proposed"),
        EventKind::ManagerReviewRequested => msg!("event-manager-review-requested"),
        EventKind::Escalated => msg!("event-escalated"),
        EventKind::DeadlockLetterIssued => msg!("event-deadlock-letter-issued"),
        EventKind::AdrReferralRequested => msg!("event-adr-referral-requested"),
        EventKind::FinalResponse => msg!("event-final-response"),
        EventKind::Resolved => msg!("event-resolved"),
        EventKind::Closed => msg!("event-closed"),
        EventKind::Withdrawn => msg!("event-withdrawn"),
        EventKind::ConsideredResolved => msg!("event-considered-resolved"),
        EventKind::ConsideredClosed => msg!("event-considered-closed"),
        EventKind::DelayNotified => msg!("event-delay-notified"),
        EventKind::FirstContactCorrected => msg!("event-first-contact-corrected"),
    }
}

/// The button for a customer action on the case page.
pub fn action(kind: EventKind) -> &'static str {
    match kind {
        EventKind::ManagerReviewRequested => msg!("action-manager-review-requested"),
        EventKind::Escalated => msg!("action-escalated"),
        EventKind::AdrReferralRequested => msg!("action-adr-referral-requested"),
        EventKind::InformationSupplied => msg!("action-information-supplied"),
        EventKind::Withdrawn => msg!("action-withdrawn"),
        // Not the customer's to take: never a button.
        EventKind::Received
        | EventKind::Acknowledged
        | EventKind::InformationRequested
        | EventKind::Responded
        | EventKind::RemedyProposed
        | EventKind::DeadlockLetterIssued
        | EventKind::FinalResponse
        | EventKind::Resolved
        | EventKind::Closed
        | EventKind::ConsideredResolved
        | EventKind::ConsideredClosed
        | EventKind::DelayNotified
        | EventKind::FirstContactCorrected => msg!("action-other"),
    }
}

pub fn adr_exclusion(exclusion: AdrExclusion) -> &'static str {
    match exclusion {
        AdrExclusion::Fraud => msg!("adr-excludes-fraud"),
        AdrExclusion::PropertyDamage => msg!("adr-excludes-property-damage"),
        AdrExclusion::Discrimination => msg!("adr-excludes-discrimination"),
        AdrExclusion::DataProtection => msg!("adr-excludes-data-protection"),
    }
}

pub fn adr_evidence(evidence: AdrEvidence) -> &'static str {
    match evidence {
        AdrEvidence::FirstComplaintDate => msg!("adr-needs-first-complaint-date"),
        AdrEvidence::DeadlockLetterDate => msg!("adr-needs-deadlock-letter-date"),
        AdrEvidence::ComplaintDetails => msg!("adr-needs-complaint-details"),
        AdrEvidence::RemedySought => msg!("adr-needs-remedy-sought"),
        AdrEvidence::Documents => msg!("adr-needs-documents"),
    }
}
