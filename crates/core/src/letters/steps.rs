//! The letters of a step of the procedure: each step of the company's is
//! told to the customer in writing (Kontakt Home promises every step), and
//! each step of the customer's to the company's complaints team.

use super::adr::{self, AdrCause};
use super::{Addressee, Arg, CaseFacts, Letter, LetterKind, Line, milestone_message, quoted};
use crate::lifecycle::{Event, MilestoneStatus};
use crate::policy::{EventKind, MilestoneRole};

/// The letters `event` calls for, with `message`, what its author wrote.
/// `facts` are the case's after the event.
pub fn after_event(facts: &CaseFacts<'_>, event: &Event, message: Option<&str>) -> Vec<Letter> {
    let day = facts.policy.time_zone.local_date(event.at);
    let letter = match event.kind {
        EventKind::Received => return Vec::new(),
        EventKind::Acknowledged => acknowledgement(facts, message),
        EventKind::InformationRequested => information_request(facts, message),
        EventKind::DelayNotified => delay_notice(facts, event, message),
        EventKind::Responded | EventKind::RemedyProposed | EventKind::FinalResponse => {
            response(facts, event.kind, message)
        }
        EventKind::DeadlockLetterIssued => match adr::scheme(facts) {
            Some(scheme) => adr::letter(facts, scheme, AdrCause::Deadlock(message)),
            None => response(facts, event.kind, message),
        },
        EventKind::Resolved | EventKind::Closed | EventKind::ConsideredResolved | EventKind::ConsideredClosed => {
            closing(facts, event.kind, day, message)
        }
        EventKind::FirstContactCorrected => step(facts, message),
        EventKind::InformationSupplied
        | EventKind::ManagerReviewRequested
        | EventKind::Escalated
        | EventKind::AdrReferralRequested
        | EventKind::Withdrawn => customer_step(facts, event.kind, day, message),
    };
    vec![letter]
}

/// The subject most letters to the customer share: their case, by reference.
fn about_case(facts: &CaseFacts<'_>, message: &'static str) -> Line {
    Line::new(message, vec![("company", facts.company()), ("reference", facts.reference())])
}

fn acknowledgement(facts: &CaseFacts<'_>, message: Option<&str>) -> Letter {
    let mut paragraphs = vec![facts.greeting(), about_case(facts, "letter-acknowledged")];
    paragraphs.extend(quoted(message));
    paragraphs.extend(facts.next_deadlines());
    if let Some(contact) = facts.contact_point() {
        paragraphs.push(Line::new("letter-contact", vec![("contact", Arg::Text(contact))]));
    }
    let subject = about_case(facts, "letter-acknowledged-subject");
    facts.to_customer(LetterKind::Acknowledgement, subject, paragraphs)
}

fn information_request(facts: &CaseFacts<'_>, message: Option<&str>) -> Letter {
    let mut paragraphs = vec![facts.greeting(), about_case(facts, "letter-information-requested")];
    paragraphs.extend(quoted(message));
    paragraphs.push(Line::new("letter-information-how", vec![]));
    let subject = about_case(facts, "letter-information-subject");
    facts.to_customer(LetterKind::InformationRequest, subject, paragraphs)
}

fn delay_notice(facts: &CaseFacts<'_>, event: &Event, message: Option<&str>) -> Letter {
    let mut paragraphs = vec![facts.greeting()];
    let delayed = facts.milestones.iter().rev().find(|m| Some(m.name) == event.milestone);
    if let (Some(milestone), Some(new)) = (event.milestone, event.date) {
        let mut args = vec![
            ("company", facts.company()),
            ("reference", facts.reference()),
            ("milestone", Arg::Message(milestone_message(milestone))),
            ("date", Arg::Date(new)),
        ];
        match delayed.and_then(|m| m.delayed_from) {
            Some(old) => {
                args.push(("old", Arg::Date(old)));
                paragraphs.push(Line::new("letter-delay", args));
            }
            None => paragraphs.push(Line::new("letter-delay-new", args)),
        }
    }
    if let Some(reason) = quoted(message) {
        paragraphs.push(Line::new("letter-delay-reason", vec![]));
        paragraphs.push(reason);
    }
    let subject = about_case(facts, "letter-delay-subject");
    facts.to_customer(LetterKind::DelayNotice, subject, paragraphs)
}

fn response(facts: &CaseFacts<'_>, kind: EventKind, message: Option<&str>) -> Letter {
    let (subject, intro) = match kind {
        EventKind::RemedyProposed => ("letter-remedy-subject", "letter-remedy"),
        EventKind::FinalResponse => ("letter-final-response-subject", "letter-final-response"),
        EventKind::DeadlockLetterIssued => ("letter-final-response-subject", "letter-deadlock"),
        _ => ("letter-response-subject", "letter-response"),
    };
    let mut paragraphs = vec![facts.greeting(), about_case(facts, intro)];
    paragraphs.extend(quoted(message));
    paragraphs.extend(escalation_window(facts));
    paragraphs.extend(adr::reminder(facts));
    facts.to_customer(LetterKind::Response, about_case(facts, subject), paragraphs)
}

/// The time the customer has to escalate, where a window is open, and what
/// happens when it closes (Key-Systems: the case counts as resolved).
pub(super) fn escalation_window(facts: &CaseFacts<'_>) -> Vec<Line> {
    let kind = facts.policy.kind(facts.state.kind());
    let open = facts
        .milestones
        .iter()
        .filter(|m| m.kind == facts.state.kind())
        .find(|m| m.role == MilestoneRole::Window && m.status == MilestoneStatus::Pending && m.due.is_some());
    let Some((window, due)) = open.and_then(|m| Some((m, m.due?))) else { return Vec::new() };
    let mut lines = vec![Line::new("letter-escalate-until", vec![("date", Arg::Date(due))])];
    let lapse = kind.and_then(|kind| kind.milestones.iter().find(|m| m.name == window.name)?.on_lapse);
    if lapse == Some(EventKind::ConsideredResolved) {
        lines.push(Line::new("letter-escalate-lapse", vec![("company", facts.company())]));
    }
    lines
}

fn closing(facts: &CaseFacts<'_>, kind: EventKind, day: chrono::NaiveDate, message: Option<&str>) -> Letter {
    let intro = match kind {
        EventKind::Resolved => "letter-closing-resolved",
        EventKind::ConsideredResolved => "letter-closing-considered-resolved",
        EventKind::ConsideredClosed => "letter-closing-considered-closed",
        _ => "letter-closing-closed",
    };
    let args = vec![("company", facts.company()), ("reference", facts.reference()), ("date", Arg::Date(day))];
    let mut paragraphs = vec![facts.greeting(), Line::new(intro, args)];
    paragraphs.extend(quoted(message));
    paragraphs.extend(adr::reminder(facts));
    let subject = about_case(facts, "letter-closing-subject");
    facts.to_customer(LetterKind::Closing, subject, paragraphs)
}

/// A step with no letter of its own (the corrected day of first contact):
/// what it is, what the company wrote, and the deadlines as they now stand.
fn step(facts: &CaseFacts<'_>, message: Option<&str>) -> Letter {
    let mut paragraphs = vec![facts.greeting(), about_case(facts, "letter-first-contact-corrected")];
    paragraphs.extend(quoted(message));
    paragraphs.extend(facts.next_deadlines());
    facts.to_customer(LetterKind::Step, about_case(facts, "letter-step-subject"), paragraphs)
}

/// The company's notice of a step of the customer's, in its first language.
fn customer_step(facts: &CaseFacts<'_>, kind: EventKind, day: chrono::NaiveDate, message: Option<&str>) -> Letter {
    let what = match kind {
        EventKind::InformationSupplied => "letter-customer-information-supplied",
        EventKind::ManagerReviewRequested => "letter-customer-manager-review-requested",
        EventKind::Escalated => "letter-customer-escalated",
        EventKind::AdrReferralRequested => "letter-customer-adr-referral-requested",
        _ => "letter-customer-withdrawn",
    };
    let step = Arg::Message(what.to_string());
    let mut paragraphs = vec![Line::new(
        "letter-customer-step",
        vec![("date", Arg::Date(day)), ("reference", facts.reference()), ("step", step.clone())],
    )];
    // What the customer wrote with it: the answer to a question, the reason.
    if let Some(said) = quoted(message) {
        paragraphs.push(Line::new("letter-customer-wrote", vec![]));
        paragraphs.push(said);
    }
    paragraphs.push(Line::new("letter-staff-case-link", vec![("link", Arg::Text(facts.staff_link.to_string()))]));
    Letter {
        kind: LetterKind::CustomerStep,
        to: Addressee::Company,
        lang: facts.company_lang(),
        subject: Line::new("letter-customer-step-subject", vec![("reference", facts.reference()), ("step", step)]),
        paragraphs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letters::test_case::{TestCase, at, day, messages};
    use crate::policy::{Actor, KindId, Lang, MilestoneName};

    #[test]
    fn key_systems_response_gives_the_day_the_escalation_window_closes() {
        let mut case = TestCase::received("key-systems", KindId::Complaint, at("2026-12-01T09:00:00Z"), &[]);
        let answered = Event::new(EventKind::Responded, at("2026-12-03T09:00:00Z"));
        case.step(Actor::Staff, answered.clone());
        let letters = after_event(&case.facts(Lang::De), &answered, Some("Wir haben die Domain entsperrt."));
        let [letter] = letters.as_slice() else { panic!("one letter: {letters:?}") };
        assert_eq!((letter.kind, letter.to, letter.lang), (LetterKind::Response, Addressee::Customer, Lang::De));
        assert_eq!(
            messages(letter),
            [
                "letter-greeting-anonymous",
                "letter-response",
                "letter-quote",
                "letter-escalate-until",
                "letter-escalate-lapse",
                "letter-case-link-code",
                "letter-signature",
                "letter-stop"
            ]
        );
        // Twenty business days after Thursday 3 December, over Christmas
        // and New Year's Day in Saarland.
        let until = &letter.paragraphs[3];
        assert_eq!(until.args, [("date", Arg::Date(day("2027-01-04")))], "{letter:?}");
    }

    #[test]
    fn a_deadlock_letter_is_the_adr_letter_with_everything_the_scheme_asks_for() {
        let mut case = TestCase::received(
            "kijoma",
            KindId::Complaint,
            at("2026-12-01T09:00:00Z"),
            &[("customer_type", "residential"), ("full_name", "Ada")],
        );
        let deadlock = Event::new(EventKind::DeadlockLetterIssued, at("2027-01-04T09:00:00Z"));
        case.step(Actor::Staff, deadlock.clone());
        let letters = after_event(&case.facts(Lang::En), &deadlock, Some("We cannot agree."));
        let letter = &letters[0];
        assert_eq!(letter.kind, LetterKind::Adr);
        let all = messages(letter);
        for expected in
            ["letter-adr-deadlock", "letter-quote", "letter-adr-free", "case-adr-max-award", "case-adr-needs"]
        {
            assert!(all.contains(&expected), "{expected} in {all:?}");
        }
        let apply_by = letter.paragraphs.iter().find(|line| line.message == "letter-adr-apply-by").unwrap();
        assert!(apply_by.args.contains(&("date", Arg::Date(day("2028-01-04")))), "twelve months: {apply_by:?}");
        let items = letter.paragraphs.iter().filter(|line| line.item).count();
        assert_eq!(items, 2 + 4 + 5 + 3, "whom it takes, what it excludes, what to bring, how to reach it");
    }

    #[test]
    fn a_business_the_scheme_does_not_take_gets_the_company_s_answer_without_the_scheme() {
        let mut case = TestCase::received(
            "kijoma",
            KindId::Complaint,
            at("2026-12-01T09:00:00Z"),
            &[("customer_type", "other_business")],
        );
        let deadlock = Event::new(EventKind::DeadlockLetterIssued, at("2027-01-04T09:00:00Z"));
        case.step(Actor::Staff, deadlock.clone());
        let letter = &after_event(&case.facts(Lang::En), &deadlock, None)[0];
        assert_eq!(letter.kind, LetterKind::Response);
        assert!(!messages(letter).iter().any(|m| m.contains("-adr-")), "{letter:?}");
    }

    #[test]
    fn a_delay_notice_gives_the_old_date_the_new_one_and_the_reason() {
        let mut case = TestCase::received("kijoma", KindId::Complaint, at("2026-12-01T09:00:00Z"), &[]);
        let delay = Event::delay(MilestoneName::SubstantiveResponse, day("2026-12-15"), at("2026-12-02T09:00:00Z"));
        case.step(Actor::Staff, delay.clone());
        let letter = &after_event(&case.facts(Lang::Ru), &delay, Some("Ждём ответа поставщика."))[0];
        assert_eq!((letter.kind, letter.lang), (LetterKind::DelayNotice, Lang::Ru));
        let notice = &letter.paragraphs[1];
        assert_eq!(notice.message, "letter-delay");
        assert!(notice.args.contains(&("old", Arg::Date(day("2026-12-08")))), "{notice:?}");
        assert!(notice.args.contains(&("date", Arg::Date(day("2026-12-15")))), "{notice:?}");
        assert_eq!(messages(letter)[2..4], ["letter-delay-reason", "letter-quote"]);
    }

    #[test]
    fn a_customer_s_step_is_told_to_the_company_in_its_language() {
        let mut case = TestCase::received("kontakt-az", KindId::Complaint, at("2026-12-01T09:00:00Z"), &[]);
        let withdrawn = Event::new(EventKind::Withdrawn, at("2026-12-02T09:00:00Z"));
        case.step(Actor::Customer, withdrawn.clone());
        let letter = &after_event(&case.facts(Lang::Ru), &withdrawn, None)[0];
        assert_eq!((letter.kind, letter.to, letter.lang), (LetterKind::CustomerStep, Addressee::Company, Lang::Az));
    }

    #[test]
    fn closing_tells_the_customer_the_scheme_is_still_there() {
        let mut case = TestCase::received(
            "kite-mobi",
            KindId::Complaint,
            at("2026-12-01T09:00:00Z"),
            &[("customer_type", "residential")],
        );
        let resolved = Event::new(EventKind::Resolved, at("2026-12-03T09:00:00Z"));
        case.step(Actor::Staff, resolved.clone());
        let letter = &after_event(&case.facts(Lang::Fr), &resolved, Some("Remboursé."))[0];
        assert_eq!(letter.kind, LetterKind::Closing);
        assert_eq!(messages(letter)[1..4], ["letter-closing-resolved", "letter-quote", "letter-adr-open-from"]);
    }
}
