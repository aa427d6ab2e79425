//! The letters of a filing: the receipt to the customer and the notice to
//! the company's complaints team.

use super::{Addressee, Arg, CaseFacts, Letter, LetterKind, Line, kind_message, milestone_message, quoted};
use crate::lifecycle::MilestoneStatus;
use crate::policy::{FieldId, MilestoneRole};

/// The receipt: the complaint and its reference, each deadline of the
/// company to come with its date, the access code, and the link to the
/// case page (which carries the code after `#`).
pub fn receipt(facts: &CaseFacts<'_>, access_code: &str) -> Letter {
    let company = facts.company();
    let mut paragraphs = vec![facts.greeting()];
    paragraphs.push(Line::new(
        "letter-receipt-received",
        vec![
            ("company", company.clone()),
            ("kind", Arg::Message(kind_message(facts.state.kind()))),
            ("date", Arg::Date(facts.received_on)),
            ("reference", facts.reference()),
        ],
    ));
    let deadlines = facts.pending_deadlines();
    if !deadlines.is_empty() {
        paragraphs.push(Line::new("letter-receipt-deadlines", vec![("company", company.clone())]));
        paragraphs.extend(deadlines);
    }
    paragraphs.push(Line::new("letter-receipt-next", vec![("company", company.clone())]));
    // The later letters ask for it: the customer finds it here.
    paragraphs.push(Line::new(
        "letter-receipt-code",
        vec![("code", Arg::Text(access_code.to_string())), ("reference", facts.reference())],
    ));
    let subject = Line::new("letter-receipt-subject", vec![("company", company), ("reference", facts.reference())]);
    facts.to_customer(LetterKind::Receipt, subject, paragraphs)
}

/// The notice to the company's complaints team, in its first language: a
/// case has come in, its reference, kind and first deadline, and where the
/// staff open it.
pub fn new_case(facts: &CaseFacts<'_>) -> Letter {
    let kind = Arg::Message(kind_message(facts.state.kind()));
    let mut paragraphs = vec![Line::new(
        "letter-new-case-received",
        vec![("kind", kind.clone()), ("date", Arg::Date(facts.received_on)), ("reference", facts.reference())],
    )];
    let first = facts
        .milestones
        .iter()
        .filter(|m| m.role == MilestoneRole::Deadline && m.status == MilestoneStatus::Pending)
        .filter_map(|m| Some((m.due?, m.name)))
        .min();
    if let Some((due, name)) = first {
        paragraphs.push(Line::new(
            "letter-new-case-first-deadline",
            vec![("milestone", Arg::Message(milestone_message(name))), ("date", Arg::Date(due))],
        ));
    }
    // Enough to start on it from the mailbox: who, how to reach them, what happened.
    if let Some(name) = facts.customer_name() {
        paragraphs.push(Line::new("letter-new-case-from", vec![("name", Arg::Text(name))]));
    }
    for field in [FieldId::Email, FieldId::Phone] {
        if let Some(contact) = facts.text_answer(field) {
            paragraphs.push(Line::item("letter-new-case-contact", vec![("contact", Arg::Text(contact.to_string()))]));
        }
    }
    if let Some(description) = quoted(facts.text_answer(FieldId::Description)) {
        paragraphs.push(Line::new("letter-new-case-description", vec![]));
        paragraphs.push(description);
    }
    paragraphs.push(Line::new("letter-staff-case-link", vec![("link", Arg::Text(facts.staff_link.to_string()))]));
    Letter {
        kind: LetterKind::NewCase,
        to: Addressee::Company,
        lang: facts.company_lang(),
        subject: Line::new("letter-new-case-subject", vec![("kind", kind), ("reference", facts.reference())]),
        paragraphs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letters::test_case::{TestCase, at, day, messages};
    use crate::policy::{KindId, Lang};

    #[test]
    fn a_receipt_names_every_deadline_to_come_and_the_case_link() {
        let case = TestCase::received(
            "kijoma",
            KindId::Complaint,
            at("2026-12-18T10:00:00Z"),
            &[("full_name", "Ada Lovelace")],
        );
        let mut facts = case.facts(Lang::En);
        facts.case_link = "https://portal.example/status/KIJ-7Q2M-4XKD#code";
        let letter = receipt(&facts, "7Q2M4XKD");
        assert_eq!(
            messages(&letter),
            [
                "letter-greeting",
                "letter-receipt-received",
                "letter-receipt-deadlines",
                "letter-deadline-aim",
                "letter-receipt-next",
                "letter-receipt-code",
                "letter-case-link",
                "letter-case-link-private",
                "letter-signature",
                "letter-stop"
            ]
        );
        // Kijoma's full reply: five working days after Friday 18 December, over Christmas.
        assert!(letter.paragraphs[3].args.contains(&("date", Arg::Date(day("2026-12-29")))), "{letter:?}");
        let link = &letter.paragraphs[6].args[0].1;
        assert_eq!(link, &Arg::Text("https://portal.example/status/KIJ-7Q2M-4XKD#code".into()));

        let notice = new_case(&facts);
        assert_eq!((notice.to, notice.lang), (Addressee::Company, Lang::En));
        assert!(notice.paragraphs.iter().any(|line| line.message == "letter-new-case-first-deadline"));
    }

    #[test]
    fn a_customer_without_a_name_is_greeted_all_the_same() {
        let case = TestCase::received("kijoma", KindId::Complaint, at("2026-12-18T10:00:00Z"), &[("full_name", "  ")]);
        assert_eq!(receipt(&case.facts(Lang::En), "CODE").paragraphs[0].message, "letter-greeting-anonymous");
    }
}
