//! Who a case's customer is, from their answers: the name the team reads
//! in the queue, and whether two cases are the same customer's, so that one
//! may be merged into the other (the same email address or the same phone
//! number, however each was typed).

use crate::answers::{Answers, FieldValue};
use crate::policy::FieldId;

/// Digits of a phone number compared: the subscriber's number and its
/// area code, the same whether it was typed with the country's code
/// (`+44 7700 900123`) or the trunk prefix (`07700 900123`).
const PHONE_DIGITS_COMPARED: usize = 9;

/// Whether `a` and `b` name the same customer: an email address both gave
/// (letter case and spaces aside), or a phone number both gave.
pub fn same_customer(a: &Answers, b: &Answers) -> bool {
    let same_email = matches!((email(a), email(b)), (Some(x), Some(y)) if x == y);
    let same_phone = matches!((phone(a), phone(b)), (Some(x), Some(y)) if x == y);
    same_email || same_phone
}

/// The customer's name as the form took it: a full name, or given name and
/// surname (with a patronymic where the form asks for one).
pub fn name(answers: &Answers) -> Option<String> {
    if let Some(full) = text(answers, FieldId::FullName) {
        return Some(full.to_string());
    }
    let parts: Vec<&str> = [FieldId::FirstName, FieldId::Patronymic, FieldId::Surname]
        .into_iter()
        .filter_map(|field| text(answers, field))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn text(answers: &Answers, field: FieldId) -> Option<&str> {
    match answers.get(field.as_str()) {
        Some(FieldValue::Text(text)) if !text.trim().is_empty() => Some(text.trim()),
        _ => None,
    }
}

fn email(answers: &Answers) -> Option<String> {
    text(answers, FieldId::Email).map(str::to_lowercase)
}

/// The number's last digits, if it has enough to tell one from another.
fn phone(answers: &Answers) -> Option<String> {
    let digits: Vec<char> = text(answers, FieldId::Phone)?.chars().filter(char::is_ascii_digit).collect();
    let start = digits.len().checked_sub(PHONE_DIGITS_COMPARED)?;
    Some(digits[start..].iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), FieldValue::Text(v.to_string()))).collect()
    }

    #[test]
    fn a_customer_is_named_as_their_form_asked() {
        assert_eq!(name(&answers(&[("full_name", " Ada Lovelace ")])).as_deref(), Some("Ada Lovelace"));
        let kontakt = answers(&[("surname", "Məmmədova"), ("first_name", "Aygün"), ("patronymic", "Rəşid qızı")]);
        assert_eq!(name(&kontakt).as_deref(), Some("Aygün Rəşid qızı Məmmədova"));
        assert_eq!(name(&answers(&[("email", "a@b.c")])), None);
    }

    #[test]
    fn the_same_email_however_typed_is_the_same_customer() {
        let a = answers(&[("email", "Ann.Lee@Example.org "), ("phone", "0161 496 0000")]);
        let b = answers(&[("email", "ann.lee@example.org")]);
        assert!(same_customer(&a, &b));
        let c = answers(&[("email", "ann.lee@example.com")]);
        assert!(!same_customer(&a, &c));
    }

    #[test]
    fn the_same_phone_with_or_without_the_country_code_is_the_same_customer() {
        let a = answers(&[("phone", "+44 7700 900123")]);
        assert!(same_customer(&a, &answers(&[("phone", "07700-900-123")])));
        assert!(!same_customer(&a, &answers(&[("phone", "07700 900124")])));
        // Too short to tell customers apart, and nothing given: never the same.
        assert!(!same_customer(&answers(&[("phone", "123")]), &answers(&[("phone", "123")])));
        assert!(!same_customer(&answers(&[]), &answers(&[])));
        assert!(!same_customer(&answers(&[("email", " ")]), &answers(&[("email", "")])));
    }
}
