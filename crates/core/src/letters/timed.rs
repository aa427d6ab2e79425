//! Letters a date calls for rather than a step: the ADR letter when the
//! scheme's milestone comes with the complaint still open (Ofcom: at eight
//! weeks), and a reminder five business days before the customer's time
//! to escalate runs out (Key-Systems). Each is due at the start of its day
//! in the provider's time zone, and carries a key that is the same however
//! often it is worked out, so that it is written once.

use chrono::{DateTime, NaiveDate, Utc};

use super::adr::{self, AdrCause};
use super::steps::escalation_window;
use super::{Arg, CaseFacts, Letter, LetterKind, Line};
use crate::calendar::NotCovered;
use crate::lifecycle::MilestoneStatus;
use crate::policy::{EventKind, MilestoneRole};

/// Business days before a window closes that the customer is reminded.
const REMINDER_BUSINESS_DAYS: u32 = 5;

/// A letter due at an instant.
#[derive(Debug, Clone, PartialEq)]
pub struct Timed {
    pub at: DateTime<Utc>,
    /// The same for the same letter of the same case, whenever it is worked
    /// out: the outbox writes a letter with a key once.
    pub once: String,
    pub letter: Letter,
}

/// Every timed letter the case calls for as it stands, due or to come.
pub fn timed(facts: &CaseFacts<'_>) -> Result<Vec<Timed>, NotCovered> {
    if !facts.state.stage.is_open() {
        return Ok(Vec::new());
    }
    let mut letters = Vec::new();
    letters.extend(adr_at_time(facts));
    letters.extend(window_reminder(facts)?);
    Ok(letters)
}

/// The ADR letter at the scheme's milestone, unless the deadlock letter
/// (which is the ADR letter) came first.
fn adr_at_time(facts: &CaseFacts<'_>) -> Option<Timed> {
    let scheme = adr::scheme(facts)?;
    let milestone = adr::milestone(facts, scheme)?;
    let due = milestone.due?;
    if facts.state.events().any(|event| event.kind == EventKind::DeadlockLetterIssued) {
        return None;
    }
    Some(Timed {
        at: facts.policy.time_zone.start_of(due),
        once: format!("adr:{due}"),
        letter: adr::letter(facts, scheme, AdrCause::Time { since: due }),
    })
}

/// The reminder before the open window closes.
fn window_reminder(facts: &CaseFacts<'_>) -> Result<Option<Timed>, NotCovered> {
    let open = facts
        .milestones
        .iter()
        .filter(|m| m.kind == facts.state.kind())
        .find(|m| m.role == MilestoneRole::Window && m.status == MilestoneStatus::Pending && m.due.is_some());
    let Some((window, due)) = open.and_then(|m| Some((m, m.due?))) else { return Ok(None) };
    let day = business_days_before(facts, due, REMINDER_BUSINESS_DAYS)?;
    // A window shorter than the reminder's notice gets none.
    let answered = facts.state.events().filter(|e| e.kind.answers_customer()).map(|e| e.at).max();
    let at = facts.policy.time_zone.start_of(day);
    if answered.is_none_or(|answered| at <= answered) {
        return Ok(None);
    }
    let mut paragraphs = vec![
        facts.greeting(),
        Line::new("letter-reminder", vec![("company", facts.company()), ("reference", facts.reference())]),
    ];
    paragraphs.extend(escalation_window(facts));
    let subject =
        Line::new("letter-reminder-subject", vec![("reference", facts.reference()), ("date", Arg::Date(due))]);
    let letter = facts.to_customer(LetterKind::WindowReminder, subject, paragraphs);
    Ok(Some(Timed { at, once: format!("reminder:{}:{due}", window.name.as_str()), letter }))
}

/// The business day `n` business days before `day`.
fn business_days_before(facts: &CaseFacts<'_>, day: NaiveDate, n: u32) -> Result<NaiveDate, NotCovered> {
    let calendar = facts.policy.holidays.calendar();
    let (mut date, mut counted) = (day, 0);
    while counted < n {
        date = date.pred_opt().ok_or(NotCovered { date })?;
        if calendar.is_business_day(date)? {
            counted += 1;
        }
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letters::test_case::{TestCase, at, day};
    use crate::lifecycle::Event;
    use crate::policy::{Actor, KindId, Lang};

    #[test]
    fn the_adr_letter_is_due_at_eight_weeks_while_the_complaint_is_open() {
        let case = TestCase::received(
            "kijoma",
            KindId::Complaint,
            at("2026-12-01T09:00:00Z"),
            &[("customer_type", "small_business")],
        );
        let letters = timed(&case.facts(Lang::Az)).unwrap();
        let [adr] = letters.as_slice() else { panic!("one: {letters:?}") };
        // Eight weeks after Tuesday 1 December, at midnight in London.
        assert_eq!(adr.at, at("2027-01-26T00:00:00Z"));
        assert_eq!(adr.once, "adr:2027-01-26");
        assert_eq!((adr.letter.kind, adr.letter.lang), (LetterKind::Adr, Lang::Az));
        assert_eq!(adr.letter.paragraphs[1].message, "letter-adr-time");
    }

    #[test]
    fn no_adr_letter_at_eight_weeks_after_a_deadlock_letter_or_once_the_case_is_over() {
        for (step, actor) in [(EventKind::DeadlockLetterIssued, Actor::Staff), (EventKind::Withdrawn, Actor::Customer)]
        {
            let mut case = TestCase::received("kijoma", KindId::Complaint, at("2026-12-01T09:00:00Z"), &[]);
            case.step(actor, Event::new(step, at("2026-12-10T09:00:00Z")));
            assert_eq!(timed(&case.facts(Lang::En)).unwrap(), [], "after {step:?}");
        }
    }

    #[test]
    fn key_systems_reminds_five_business_days_before_the_window_closes() {
        let mut case = TestCase::received("key-systems", KindId::Complaint, at("2026-12-01T09:00:00Z"), &[]);
        assert_eq!(timed(&case.facts(Lang::De)).unwrap(), [], "no window before the answer");
        case.step(Actor::Staff, Event::new(EventKind::Responded, at("2026-12-03T09:00:00Z")));
        let letters = timed(&case.facts(Lang::De)).unwrap();
        let [reminder] = letters.as_slice() else { panic!("one: {letters:?}") };
        // The window closes on Monday 4 January; five business days before
        // it, over New Year's Day, is Thursday 24 December, in Berlin's time.
        assert_eq!(reminder.at, at("2026-12-23T23:00:00Z"));
        assert_eq!(reminder.once, "reminder:escalation_window_closes:2027-01-04");
        assert_eq!(reminder.letter.kind, LetterKind::WindowReminder);
        let day_of = |text| Arg::Date(day(text));
        assert_eq!(reminder.letter.subject.args[1], ("date", day_of("2027-01-04")));
    }
}
