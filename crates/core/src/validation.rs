//! A submission checked against its provider's form. The browser runs this
//! before sending and the server runs it again before storing, so both speak
//! of the same problems with the same codes, which the UI translates.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::answers::{Answers, FieldValue};
use crate::clock::due_date;
use crate::dates::parse_date;

use crate::policy::{CaseKind, ConditionValue, Field, FieldId, Input, named};

named! {
    /// Why a field's value is refused. Serialized as the stable snake_case code.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum ErrorCode {
        Required = "required",
        /// A required checkbox (a declaration) was left unticked.
        MustAccept = "must_accept",
        UnknownField = "unknown_field",
        WrongType = "wrong_type",
        TooLong = "too_long",
        TooManyItems = "too_many_items",
        /// Control characters, or a line break in a one-line field (which could
        /// otherwise reach an email header).
        InvalidCharacters = "invalid_characters",
        InvalidEmail = "invalid_email",
        InvalidPhone = "invalid_phone",
        InvalidDomain = "invalid_domain",
        InvalidDate = "invalid_date",
        DateInFuture = "date_in_future",
        InvalidChoice = "invalid_choice",
        /// None of the contact fields of `contact_any_of` was given.
        ContactRequired = "contact_required",
        DocumentsRequired = "documents_required",
        DocumentsNotAccepted = "documents_not_accepted",
        TooManyDocuments = "too_many_documents",
        /// A referenced upload does not exist, expired, or belongs to another case.
        UnknownDocument = "unknown_document",
    }
}

/// The key under which problems with the attached documents are reported.
pub const DOCUMENTS: &str = "documents";

/// The longest message, in characters, that goes with a step on a case (the
/// information a customer supplies, a staff member's note).
pub const MESSAGE_LIMIT: usize = 5_000;

/// Problems by field id (or [`DOCUMENTS`]); empty means the submission is valid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub BTreeMap<String, Vec<ErrorCode>>);

impl FieldErrors {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn add(&mut self, field: &str, code: ErrorCode) {
        self.0.entry(field.to_string()).or_default().push(code);
    }

    pub fn get(&self, field: &str) -> &[ErrorCode] {
        self.0.get(field).map_or(&[], Vec::as_slice)
    }
}

/// Something worth telling the customer that does not stop the submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Warning {
    /// The date is older than a time limit of the policy (Modmount: 3 months).
    MayBeTooOld { field: FieldId, limit: NaiveDate },
}

/// Longest values accepted where the policy sets no `max_length`.
pub fn default_max_length(input: Input) -> usize {
    match input {
        Input::Text => 200,
        Input::Textarea => 10_000,
        Input::Email => 254,
        Input::Tel => 32,
        // An upload id.
        Input::File => 64,
        Input::Date => 10,
        Input::Domain => 253,
        Input::Choice | Input::Checkbox => 64,
    }
}

/// Most domain names accepted where the policy sets no `max_items`.
pub const DEFAULT_MAX_DOMAINS: usize = 20;

/// Checks `answers` and the number of attached documents against `kind`'s form.
/// `today` is the customer's day in the provider's time zone.
pub fn validate(kind: &CaseKind, answers: &Answers, documents: usize, today: NaiveDate) -> FieldErrors {
    let mut errors = FieldErrors::default();
    for key in answers.keys() {
        if !kind.fields.iter().any(|field| field.id.as_str() == key) {
            errors.add(key, ErrorCode::UnknownField);
        }
    }
    for field in kind.fields.iter() {
        let value = answers.get(field.id.as_str()).filter(|value| !is_blank(value));
        let required = is_required(field, answers);
        match value {
            None if required => errors.add(field.id.as_str(), ErrorCode::Required),
            None => {}
            Some(value) => {
                if let Err(code) = check_value(field, value, required, today) {
                    errors.add(field.id.as_str(), code);
                }
            }
        }
    }
    // Reported on the first of them, where the customer starts to answer.
    let answered = |id: &FieldId| answers.get(id.as_str()).is_some_and(|value| !is_blank(value));
    if let Some(first) = kind.contact_any_of.first()
        && !kind.contact_any_of.iter().any(answered)
    {
        errors.add(first.as_str(), ErrorCode::ContactRequired);
    }
    if let Some(code) = too_many_documents(kind, documents) {
        errors.add(DOCUMENTS, code);
    } else if documents == 0 && kind.documents.required {
        errors.add(DOCUMENTS, ErrorCode::DocumentsRequired);
    }
    errors
}

/// Why `added` documents cannot join a case of `kind` that holds `held`
/// already (the information the company asked for may come with some): the
/// kind takes none, or the case would hold more than the policy allows.
pub fn check_added_documents(kind: &CaseKind, held: usize, added: usize) -> Option<ErrorCode> {
    if added == 0 { None } else { too_many_documents(kind, held + added) }
}

/// Why a case of `kind` cannot hold `documents`: the kind takes none, or
/// not that many.
fn too_many_documents(kind: &CaseKind, documents: usize) -> Option<ErrorCode> {
    if documents > 0 && !kind.documents.accepted {
        Some(ErrorCode::DocumentsNotAccepted)
    } else if documents > usize::from(kind.documents.max_files) {
        Some(ErrorCode::TooManyDocuments)
    } else {
        None
    }
}

/// A message as a customer or staff member typed it (the information asked
/// for, a step's reason): trimmed, and `None` when nothing is left. Too long
/// a text, or a control character other than a line break or a tab, is
/// refused. The app and the server check it alike.
pub fn check_message(message: &str) -> Result<Option<&str>, ErrorCode> {
    let message = message.trim();
    if message.is_empty() {
        return Ok(None);
    }
    if message.chars().count() > MESSAGE_LIMIT {
        return Err(ErrorCode::TooLong);
    }
    if message.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(ErrorCode::InvalidCharacters);
    }
    Ok(Some(message))
}

/// The day the customer says they first complained, if they gave a valid one.
pub fn first_contact(answers: &Answers) -> Option<NaiveDate> {
    match answers.get(FieldId::FirstContactDate.as_str()) {
        Some(FieldValue::Text(text)) => parse_date(text),
        _ => None,
    }
}

/// Non-blocking remarks on valid answers.
pub fn warnings(kind: &CaseKind, answers: &Answers, today: NaiveDate) -> Vec<Warning> {
    kind.fields
        .iter()
        .filter_map(|field| {
            let clock = field.warn_if_older_than?;
            let Some(FieldValue::Text(text)) = answers.get(field.id.as_str()) else {
                return None;
            };
            let date = parse_date(text)?;
            let limit = due_date(clock, date, &crate::calendar::WEEKDAYS_ONLY).ok()?;
            (limit < today).then_some(Warning::MayBeTooOld { field: field.id, limit })
        })
        .collect()
}

fn is_blank(value: &FieldValue) -> bool {
    match value {
        FieldValue::Text(text) => text.trim().is_empty(),
        FieldValue::List(items) => items.iter().all(|item| item.trim().is_empty()),
        FieldValue::Flag(_) => false,
    }
}

/// Whether `field` must be answered, given the other `answers` (`required`,
/// or `required_if` another answer is the one named). The form marks what
/// is optional by the same rule.
pub fn is_required(field: &Field, answers: &Answers) -> bool {
    field.required || field.required_if.as_ref().is_some_and(|c| condition_holds(answers, &c.equals, c.field))
}

fn condition_holds(answers: &Answers, equals: &ConditionValue, field: FieldId) -> bool {
    match (answers.get(field.as_str()), equals) {
        (Some(FieldValue::Flag(value)), ConditionValue::Bool(expected)) => value == expected,
        (Some(FieldValue::Text(value)), ConditionValue::Text(expected)) => value == expected,
        _ => false,
    }
}

fn check_value(field: &Field, value: &FieldValue, required: bool, today: NaiveDate) -> Result<(), ErrorCode> {
    let max_length = field.max_length.map_or(default_max_length(field.input), |n| n as usize);
    match (field.input, value) {
        (Input::Checkbox, FieldValue::Flag(ticked)) => {
            if required && !ticked {
                return Err(ErrorCode::MustAccept);
            }
            Ok(())
        }
        (Input::Domain, FieldValue::List(items)) => check_domains(field, items.iter().map(String::as_str)),
        // A textarea's worth of domain names, one per line, is accepted too.
        (Input::Domain, FieldValue::Text(text)) => check_domains(field, text.lines()),
        (Input::Checkbox | Input::Domain, _) | (_, FieldValue::Flag(_) | FieldValue::List(_)) => {
            Err(ErrorCode::WrongType)
        }
        (input, FieldValue::Text(text)) => {
            if text.chars().count() > max_length {
                return Err(ErrorCode::TooLong);
            }
            let multiline = input == Input::Textarea;
            if text.chars().any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'))) {
                return Err(ErrorCode::InvalidCharacters);
            }
            let text = text.trim();
            match input {
                Input::Email if !is_email(text) => Err(ErrorCode::InvalidEmail),
                Input::Tel if !is_phone(text) => Err(ErrorCode::InvalidPhone),
                Input::Date => match parse_date(text) {
                    Some(date) if date > today => Err(ErrorCode::DateInFuture),
                    Some(_) => Ok(()),
                    None => Err(ErrorCode::InvalidDate),
                },
                Input::Choice if !field.options.iter().any(|option| option == text) => Err(ErrorCode::InvalidChoice),
                _ => Ok(()),
            }
        }
    }
}

fn check_domains<'a>(field: &Field, items: impl Iterator<Item = &'a str>) -> Result<(), ErrorCode> {
    let names: Vec<&str> = items.map(str::trim).filter(|item| !item.is_empty()).collect();
    let max_items = field.max_items.map_or(DEFAULT_MAX_DOMAINS, |n| n as usize);
    if names.len() > max_items {
        return Err(ErrorCode::TooManyItems);
    }
    if names.iter().all(|name| is_domain(name)) { Ok(()) } else { Err(ErrorCode::InvalidDomain) }
}

/// A pragmatic address check: one `@`, a non-empty local part, and a domain
/// name with a dot. Deliverability is the mail server's business.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && !local.contains(['@', '"', '<', '>', '(', ')', ',', ';', ':', '\\', '[', ']'])
        && !text.chars().any(char::is_whitespace)
        && domain.contains('.')
        && is_domain(domain)
}

/// Digits with the usual separators, an optional leading `+`, and star codes
/// such as Kontakt's `*6060`.
pub fn is_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && text
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.' | '*') || (c == '+' && i == 0))
}

/// A domain name of at least two labels; internationalized names are
/// accepted in their Unicode form.
pub fn is_domain(text: &str) -> bool {
    let name = text.strip_suffix('.').unwrap_or(text);
    let labels: Vec<&str> = name.split('.').collect();
    name.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && !labels.last().is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{KindId, find};

    fn today() -> NaiveDate {
        "2026-11-21".parse().unwrap()
    }

    fn answers(pairs: &[(&str, FieldValue)]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    }

    fn text(value: &str) -> FieldValue {
        FieldValue::Text(value.to_string())
    }

    #[test]
    fn a_value_reads_as_a_flag_a_text_or_a_list_and_anything_else_is_refused_by_name() {
        let read: Answers = toml::from_str("tick = true\nname = 'Ada'\ndomains = ['a.example', 'b.example']").unwrap();
        let expected = answers(&[
            ("tick", FieldValue::Flag(true)),
            ("name", text("Ada")),
            ("domains", FieldValue::List(vec!["a.example".into(), "b.example".into()])),
        ]);
        assert_eq!(read, expected);
        let refused = [
            ("n = 3", "expected a boolean, a string or a list of strings"),
            ("n = { a = 'b' }", "expected a boolean, a string or a list of strings"),
            ("n = ['a', 1]", "expected a string"),
        ];
        for (bad, why) in refused {
            let error = toml::from_str::<Answers>(bad).unwrap_err().to_string();
            assert!(error.contains(why), "{bad}: {error}");
        }
    }

    #[test]
    fn documents_added_later_count_with_those_the_case_holds() {
        let kind = kijoma();
        let max = usize::from(kind.documents.max_files);
        assert_eq!(check_added_documents(kind, 0, 0), None);
        assert_eq!(check_added_documents(kind, max - 1, 1), None);
        assert_eq!(check_added_documents(kind, max - 1, 2), Some(ErrorCode::TooManyDocuments));
        let mut closed = kind.clone();
        closed.documents.accepted = false;
        assert_eq!(check_added_documents(&closed, 0, 1), Some(ErrorCode::DocumentsNotAccepted));
        assert_eq!(check_added_documents(&closed, 0, 0), None);
    }

    fn kijoma() -> &'static CaseKind {
        find("kijoma").unwrap().kind(KindId::Complaint).unwrap()
    }

    #[test]
    fn a_complete_kijoma_complaint_passes() {
        let form = answers(&[
            ("full_name", text("Ada Lovelace")),
            ("email", text("ada@example.org")),
            ("description", text("My line has been down for a week.\nNobody called back.")),
        ]);
        assert_eq!(validate(kijoma(), &form, 0, today()), FieldErrors::default());
    }

    #[test]
    fn kontakt_takes_a_phone_number_or_an_email_address_and_needs_one_of_them() {
        let kind = crate::policy::find("kontakt-az").unwrap().kind(crate::policy::KindId::Complaint).unwrap();
        let name = [("surname", text("Əliyev")), ("first_name", text("Əli")), ("patronymic", text("Vəli oğlu"))];
        let described = [("description", text("Soyuducu işləmir."))];
        let with = |contact: &[(&str, FieldValue)]| {
            let all: Vec<(&str, FieldValue)> = name.iter().chain(&described).chain(contact).cloned().collect();
            validate(kind, &answers(&all), 0, today())
        };
        assert!(with(&[("phone", text("+994 50 123 45 67"))]).is_empty());
        assert!(with(&[("email", text("ali@example.az"))]).is_empty());
        let neither = with(&[("phone", text("  "))]);
        assert_eq!(neither.get("email"), [ErrorCode::ContactRequired]);
        assert_eq!(neither.get("phone"), []);
    }

    #[test]
    fn a_message_is_trimmed_and_refused_when_too_long_or_with_control_characters() {
        assert_eq!(check_message("  Bill attached.\n"), Ok(Some("Bill attached.")));
        assert_eq!(check_message(" \n\t "), Ok(None));
        assert_eq!(check_message("line one\r\nline two\tend"), Ok(Some("line one\r\nline two\tend")));
        assert_eq!(check_message("bell\u{7}"), Err(ErrorCode::InvalidCharacters));
        assert_eq!(check_message(&"я".repeat(MESSAGE_LIMIT + 1)), Err(ErrorCode::TooLong));
        assert_eq!(check_message(&"я".repeat(MESSAGE_LIMIT)).map(|m| m.map(str::len)), Ok(Some(MESSAGE_LIMIT * 2)));
    }

    #[test]
    fn the_first_contact_date_is_read_from_the_answers() {
        assert_eq!(first_contact(&answers(&[("first_contact_date", text("2026-10-03"))])), "2026-10-03".parse().ok());
        assert_eq!(first_contact(&answers(&[("first_contact_date", text("3 October"))])), None);
        assert_eq!(first_contact(&answers(&[])), None);
    }

    #[test]
    fn missing_required_fields_and_bad_email_are_named() {
        let form = answers(&[("email", text("not-an-address"))]);
        let errors = validate(kijoma(), &form, 0, today());
        assert_eq!(errors.get("full_name"), [ErrorCode::Required]);
        assert_eq!(errors.get("email"), [ErrorCode::InvalidEmail]);
        assert_eq!(errors.get("description"), [ErrorCode::Required]);
    }

    #[test]
    fn unknown_and_staff_only_fields_are_refused() {
        let form = answers(&[
            ("full_name", text("A")),
            ("email", text("a@b.co")),
            ("description", text("x")),
            ("stage", text("resolved")),
        ]);
        assert_eq!(validate(kijoma(), &form, 0, today()).get("stage"), [ErrorCode::UnknownField]);
    }

    #[test]
    fn a_line_break_in_a_one_line_field_is_refused() {
        let form = answers(&[("full_name", text("Eve\r\nBcc: all@example.org"))]);
        assert_eq!(validate(kijoma(), &form, 0, today()).get("full_name"), [ErrorCode::InvalidCharacters]);
    }

    #[test]
    fn representative_name_is_required_only_when_complaining_for_someone_else() {
        let base = [("full_name", text("A")), ("email", text("a@b.co")), ("description", text("x"))];
        let mut form = answers(&base);
        form.insert("on_behalf".into(), FieldValue::Flag(false));
        assert!(validate(kijoma(), &form, 0, today()).is_empty());
        form.insert("on_behalf".into(), FieldValue::Flag(true));
        assert_eq!(validate(kijoma(), &form, 0, today()).get("represented_name"), [ErrorCode::Required]);
    }

    #[test]
    fn modmount_complaints_need_documents_declarations_and_authorization_for_others() {
        let complaint = find("modmount").unwrap().kind(KindId::Complaint).unwrap();
        let form = answers(&[
            ("full_name", text("A")),
            ("email", text("a@b.co")),
            ("account_reference", text("MM-1")),
            ("description", text("x")),
            ("incident_date", text("2026-11-01")),
            ("on_behalf", FieldValue::Flag(true)),
            ("represented_name", text("B")),
            ("agreement_scope", FieldValue::Flag(true)),
            ("declaration", FieldValue::Flag(false)),
        ]);
        let errors = validate(complaint, &form, 0, today());
        assert_eq!(errors.get("authorization"), [ErrorCode::Required]);
        assert_eq!(errors.get("declaration"), [ErrorCode::MustAccept]);
        assert_eq!(errors.get(DOCUMENTS), [ErrorCode::DocumentsRequired]);
    }

    #[test]
    fn an_old_incident_warns_about_modmounts_three_months() {
        let complaint = find("modmount").unwrap().kind(KindId::Complaint).unwrap();
        let form = answers(&[("incident_date", text("2026-08-20"))]);
        assert_eq!(
            warnings(complaint, &form, today()),
            [Warning::MayBeTooOld { field: FieldId::IncidentDate, limit: "2026-11-20".parse().unwrap() }]
        );
        let recent = answers(&[("incident_date", text("2026-08-21"))]);
        assert!(warnings(complaint, &recent, today()).is_empty());
    }

    #[test]
    fn dates_must_be_real_and_not_in_the_future() {
        let kontakt = find("kontakt-az").unwrap().kind(KindId::Complaint).unwrap();
        for (value, code) in [("2026-02-30", ErrorCode::InvalidDate), ("2026-11-22", ErrorCode::DateInFuture)] {
            let errors = validate(kontakt, &answers(&[("incident_date", text(value))]), 0, today());
            assert_eq!(errors.get("incident_date"), [code], "{value}");
        }
    }

    #[test]
    fn domain_names_are_checked_one_by_one() {
        let abuse = find("key-systems").unwrap().kind(KindId::AbuseReport).unwrap();
        let good = FieldValue::List(vec!["example.com".into(), "bücher.de".into()]);
        assert!(validate(abuse, &answers(&[("domain_names", good)]), 0, today()).get("domain_names").is_empty());
        let bad = text("example.com\nnot a domain");
        assert_eq!(
            validate(abuse, &answers(&[("domain_names", bad)]), 0, today()).get("domain_names"),
            [ErrorCode::InvalidDomain]
        );
        let many = FieldValue::List((0..21).map(|i| format!("d{i}.com")).collect());
        assert_eq!(
            validate(abuse, &answers(&[("domain_names", many)]), 0, today()).get("domain_names"),
            [ErrorCode::TooManyItems]
        );
    }

    #[test]
    fn choices_must_be_one_of_the_options() {
        let abuse = find("key-systems").unwrap().kind(KindId::AbuseReport).unwrap();
        let errors = validate(abuse, &answers(&[("abuse_type", text("ddos"))]), 0, today());
        assert_eq!(errors.get("abuse_type"), [ErrorCode::InvalidChoice]);
    }

    #[test]
    fn wrong_types_and_overlong_text_are_refused() {
        let form = answers(&[("full_name", FieldValue::Flag(true)), ("description", text(&"x".repeat(10_001)))]);
        let errors = validate(kijoma(), &form, 0, today());
        assert_eq!(errors.get("full_name"), [ErrorCode::WrongType]);
        assert_eq!(errors.get("description"), [ErrorCode::TooLong]);
    }

    #[test]
    fn phone_numbers_accept_star_codes_and_international_form() {
        for good in ["*6060", "+44 330 320 2064", "01798 888001", "(030) 123-45"] {
            assert!(is_phone(good), "{good}");
        }
        for bad in ["12", "call me", "44+1234", "=HYPERLINK(\"x\")"] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn email_addresses_need_a_domain_with_a_dot() {
        assert!(is_email("ada@example.org"));
        for bad in ["ada@localhost", "@example.org", "a b@example.org", "a<b>@example.org", "ada@-x.org"] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
