//! The complaint wizard's shape, worked out from a provider's policy: which
//! pages a case kind needs, which fields each page asks, and which problems
//! belong to the page the customer is on. Plain Rust, tested natively; the
//! pages only render what this says.

use chrono::NaiveDate;
use redress_core::policy::{CaseKind, FieldId, KindId, Policy};
use redress_core::validation::{self, Answers, DOCUMENTS, ErrorCode, FieldErrors};

/// One page of the wizard, in the order a customer meets them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// Which kind of case, where the provider offers several.
    Kind,
    AboutYou,
    Contact,
    /// Making the complaint for someone else.
    OnBehalf,
    /// Account and domain names.
    Account,
    /// The earlier case this one follows: Key-Systems' first complaint,
    /// Modmount's enquiry.
    EarlierCase,
    WhatHappened,
    Remedy,
    Documents,
    /// Check your answers, the declaration, and send.
    Check,
}

impl Step {
    /// The step's segment in the address, e.g. `/kijoma/complain/contact`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Kind => "kind",
            Step::AboutYou => "about-you",
            Step::Contact => "contact",
            Step::OnBehalf => "on-behalf",
            Step::Account => "account",
            Step::EarlierCase => "earlier",
            Step::WhatHappened => "what-happened",
            Step::Remedy => "remedy",
            Step::Documents => "documents",
            Step::Check => "check",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        ALL_STEPS.into_iter().find(|step| step.slug() == slug)
    }
}

const ALL_STEPS: [Step; 10] = [
    Step::Kind,
    Step::AboutYou,
    Step::Contact,
    Step::OnBehalf,
    Step::Account,
    Step::EarlierCase,
    Step::WhatHappened,
    Step::Remedy,
    Step::Documents,
    Step::Check,
];

/// The page that asks for `field`. The declaration is made on the check
/// page, just before sending, where the customer has read it all back.
pub fn step_of(field: FieldId) -> Step {
    use FieldId::*;
    match field {
        FullName | Surname | FirstName | Patronymic | CustomerType => Step::AboutYou,
        Email | Phone | PreferredContact => Step::Contact,
        OnBehalf | RepresentedName | RepresentativeRelationship | Authorization => Step::OnBehalf,
        AccountReference | DomainNames | AgreementScope => Step::Account,
        InquiryReference | PreviousComplaint | DissatisfactionReasons => Step::EarlierCase,
        // Kontakt: the employee who served the customer is part of what happened.
        AbuseType | Subject | Description | IncidentDate | FirstContactDate | EmployeeName => Step::WhatHappened,
        DesiredRemedy => Step::Remedy,
        Declaration => Step::Check,
    }
}

/// The kinds a customer can start here, in the policy's order.
pub fn direct_kinds(policy: &Policy) -> Vec<KindId> {
    policy.kinds.iter().filter(|kind| kind.direct).map(|kind| kind.id).collect()
}

/// The pages of the wizard for `kind` of `policy`, in order.
pub fn steps(policy: &Policy, kind: &CaseKind) -> Vec<Step> {
    // Picked from ALL_STEPS, which is in order: no sort code in the download.
    let asked = |step: &Step| match step {
        Step::Kind => direct_kinds(policy).len() > 1,
        Step::Documents => kind.documents.accepted,
        Step::Check => true,
        step => kind.fields.iter().any(|field| step_of(field.id) == *step),
    };
    ALL_STEPS.into_iter().filter(asked).collect()
}

/// The fields `step` asks, in the policy's order.
pub fn fields_of(kind: &CaseKind, step: Step) -> Vec<FieldId> {
    kind.fields.iter().map(|field| field.id).filter(|id| step_of(*id) == step).collect()
}

/// The problems of the whole form that the customer can fix on `step`.
/// Answers kept from another kind (after switching kind) are not this
/// step's business, so `unknown_field` is left to the final check.
pub fn errors_for_step(
    kind: &CaseKind,
    step: Step,
    answers: &Answers,
    documents: usize,
    today: NaiveDate,
) -> FieldErrors {
    let mut errors = validation::validate(kind, answers, documents, today);
    let wanted: Vec<&str> = fields_of(kind, step).into_iter().map(FieldId::as_str).collect();
    // In place: collecting into a new map would sort, and the sort's code
    // would be in the first download for this alone.
    errors.0.retain(|field, codes| {
        codes.retain(|code| *code != ErrorCode::UnknownField);
        let on_this_step = if field == DOCUMENTS { step == Step::Documents } else { wanted.contains(&field.as_str()) };
        on_this_step && !codes.is_empty()
    });
    errors
}

/// The answers that belong to `kind`'s form: what a customer typed for
/// another kind stays in the draft but is not sent.
pub fn answers_for(kind: &CaseKind, answers: &Answers) -> Answers {
    answers
        .iter()
        .filter(|(id, _)| kind.fields.iter().any(|f| f.id.as_str() == id.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The first step at or before `wanted` whose earlier steps are all valid:
/// a customer who follows a link deep into the wizard is sent back to the
/// first page that still needs an answer.
pub fn first_incomplete_before(
    kind: &CaseKind,
    steps: &[Step],
    wanted: Step,
    answers: &Answers,
    documents: usize,
    today: NaiveDate,
) -> Step {
    steps
        .iter()
        .copied()
        .take_while(|step| *step < wanted)
        .find(|step| !errors_for_step(kind, *step, answers, documents, today).is_empty())
        .unwrap_or(wanted)
}

/// Where "Continue" leads from `step`, whose answers are complete: the next
/// page, or, after a "Change" from the check page (`changing`), back there
/// unless the change opened a question further on that is still unanswered.
pub fn after(
    kind: &CaseKind,
    steps: &[Step],
    step: Step,
    changing: bool,
    answers: &Answers,
    documents: usize,
    today: NaiveDate,
) -> Step {
    if changing {
        first_incomplete_before(kind, steps, Step::Check, answers, documents, today)
    } else {
        steps.iter().copied().find(|s| *s > step).unwrap_or(Step::Check)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use redress_core::policy::find;
    use redress_core::validation::FieldValue;

    fn today() -> NaiveDate {
        "2026-11-22".parse().unwrap()
    }

    fn kind(provider: &str, kind: KindId) -> (&'static Policy, &'static CaseKind) {
        let policy = find(provider).unwrap();
        (policy, policy.kind(kind).unwrap())
    }

    #[test]
    fn kijoma_has_no_kind_page_and_ends_with_documents_and_check() {
        let (policy, complaint) = kind("kijoma", KindId::Complaint);
        let steps = steps(policy, complaint);
        assert_eq!(steps.first(), Some(&Step::AboutYou));
        assert!(!steps.contains(&Step::Kind));
        assert_eq!(&steps[steps.len() - 2..], &[Step::Documents, Step::Check]);
    }

    #[test]
    fn key_systems_and_modmount_ask_the_kind_first() {
        for provider in ["key-systems", "modmount"] {
            let policy = find(provider).unwrap();
            let first = &policy.kinds[0];
            assert_eq!(steps(policy, first)[0], Step::Kind, "{provider}");
        }
    }

    #[test]
    fn key_systems_offers_its_escalated_complaint_to_customers_who_complained_elsewhere() {
        let kinds = direct_kinds(find("key-systems").unwrap());
        assert_eq!(kinds, [KindId::Complaint, KindId::AbuseReport, KindId::EscalatedComplaint]);
    }

    #[test]
    fn kontakt_asks_three_names_on_the_about_you_page() {
        let (_, complaint) = kind("kontakt-az", KindId::Complaint);
        assert_eq!(fields_of(complaint, Step::AboutYou), [FieldId::Surname, FieldId::FirstName, FieldId::Patronymic]);
    }

    #[test]
    fn every_field_of_every_policy_lands_on_a_page_of_its_kind() {
        for policy in redress_core::policy::all() {
            for kind in policy.kinds.iter() {
                let steps = steps(policy, kind);
                for field in kind.fields.iter() {
                    assert!(steps.contains(&step_of(field.id)), "{} {:?} {:?}", policy.id, kind.id, field.id);
                }
            }
        }
    }

    #[test]
    fn a_step_reports_only_its_own_fields() {
        let (_, complaint) = kind("kijoma", KindId::Complaint);
        let answers = Answers::new();
        let contact = errors_for_step(complaint, Step::Contact, &answers, 0, today());
        assert_eq!(contact.get("email"), &[ErrorCode::Required]);
        assert!(contact.get("full_name").is_empty());
        let about = errors_for_step(complaint, Step::AboutYou, &answers, 0, today());
        assert_eq!(about.get("full_name"), &[ErrorCode::Required]);
        assert!(about.get("email").is_empty());
    }

    #[test]
    fn kontakt_asks_for_a_phone_number_or_an_email_address_on_the_contact_page() {
        let (_, complaint) = kind("kontakt-az", KindId::Complaint);
        let contact = errors_for_step(complaint, Step::Contact, &Answers::new(), 0, today());
        assert_eq!(contact.get("email"), &[ErrorCode::ContactRequired]);
        assert!(errors_for_step(complaint, Step::AboutYou, &Answers::new(), 0, today()).get("email").is_empty());
        let phone: Answers = [("phone".to_string(), FieldValue::Text("*6060".into()))].into();
        assert!(errors_for_step(complaint, Step::Contact, &phone, 0, today()).is_empty());
    }

    #[test]
    fn a_bad_email_is_reported_on_the_contact_page() {
        let (_, complaint) = kind("kijoma", KindId::Complaint);
        let answers: Answers = [("email".to_string(), FieldValue::Text("not-an-email".into()))].into();
        let contact = errors_for_step(complaint, Step::Contact, &answers, 0, today());
        assert_eq!(contact.get("email"), &[ErrorCode::InvalidEmail]);
    }

    #[test]
    fn modmount_documents_are_required_on_the_documents_page_only() {
        let (_, complaint) = kind("modmount", KindId::Complaint);
        let answers = Answers::new();
        let documents = errors_for_step(complaint, Step::Documents, &answers, 0, today());
        assert_eq!(documents.get(DOCUMENTS), &[ErrorCode::DocumentsRequired]);
        assert!(errors_for_step(complaint, Step::Remedy, &answers, 0, today()).get(DOCUMENTS).is_empty());
    }

    #[test]
    fn answers_of_another_kind_are_kept_out_of_the_submission() {
        let (_, complaint) = kind("key-systems", KindId::Complaint);
        let answers: Answers = [
            ("full_name".to_string(), FieldValue::Text("Ada".into())),
            ("abuse_type".to_string(), FieldValue::Text("spam".into())),
        ]
        .into();
        let sent = answers_for(complaint, &answers);
        assert!(sent.contains_key("full_name"));
        assert!(!sent.contains_key("abuse_type"));
    }

    #[test]
    fn a_deep_link_goes_back_to_the_first_page_missing_an_answer() {
        let (policy, complaint) = kind("kijoma", KindId::Complaint);
        let steps = steps(policy, complaint);
        let answers: Answers = [("full_name".to_string(), FieldValue::Text("Ada".into()))].into();
        let landed = first_incomplete_before(complaint, &steps, Step::Check, &answers, 0, today());
        assert_eq!(landed, Step::Contact);
        assert_eq!(first_incomplete_before(complaint, &steps, Step::AboutYou, &answers, 0, today()), Step::AboutYou);
    }

    #[test]
    fn continue_goes_to_the_next_page_or_back_to_the_check_after_a_change() {
        let (policy, complaint) = kind("kijoma", KindId::Complaint);
        let steps = steps(policy, complaint);
        let text = |value: &str| FieldValue::Text(value.into());
        let mut answers: Answers = [
            ("full_name".to_string(), text("Ada")),
            ("email".to_string(), text("ada@example.org")),
            ("description".to_string(), text("It stopped working.")),
            ("desired_remedy".to_string(), text("A refund")),
        ]
        .into();
        let next = after(complaint, &steps, Step::AboutYou, false, &answers, 0, today());
        assert_eq!(next, steps[steps.iter().position(|s| *s == Step::AboutYou).unwrap() + 1]);
        let complete = first_incomplete_before(complaint, &steps, Step::Check, &answers, 0, today());
        assert_eq!(complete, Step::Check, "the answers above complete Kijoma's form");
        assert_eq!(after(complaint, &steps, Step::AboutYou, true, &answers, 0, today()), Step::Check);
        // A change that leaves an earlier page incomplete goes there instead.
        answers.remove("email");
        assert_eq!(after(complaint, &steps, Step::AboutYou, true, &answers, 0, today()), Step::Contact);
    }

    #[test]
    fn slugs_round_trip() {
        for step in ALL_STEPS {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        assert_eq!(Step::from_slug("nope"), None);
    }
}
