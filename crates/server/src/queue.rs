//! What the staff's queue reads of a case, kept on the case's row with each
//! event appended (`store::QueueColumns`), so that a page of the queue is an
//! indexed read, never a replay of every case: the provider's day of
//! receipt, the earliest deadline the company has not met, and the text the
//! search looks in.

use chrono::{DateTime, NaiveDate, Utc};
use redress_core::lifecycle::{CaseState, MilestoneStatus};
use redress_core::policy::{MilestoneRole, Policy};
use redress_core::validation::{Answers, FieldValue};

use crate::store::QueueColumns;

/// The queue's columns for a case of `policy`, standing as `state` after
/// its last event (at `at`), received at `received_at` as `reference`, on
/// `answers` (the form it now stands on).
pub fn columns(
    policy: &Policy,
    state: &CaseState,
    at: DateTime<Utc>,
    received_at: DateTime<Utc>,
    reference: &str,
    answers: &Answers,
) -> QueueColumns {
    QueueColumns {
        received_day: policy.time_zone.local_date(received_at).to_string(),
        next_due: next_due(policy, state, at).map(|day| day.to_string()),
        search_text: search_text(reference, answers),
    }
}

/// The columns of a case whose deadlines cannot be worked out (its history
/// does not replay): found by its day and text, with no deadline.
pub fn without_deadline(received_day: NaiveDate, reference: &str, answers: &Answers) -> QueueColumns {
    QueueColumns {
        received_day: received_day.to_string(),
        next_due: None,
        search_text: search_text(reference, answers),
    }
}

/// The earliest deadline of the company not yet met, while the case is
/// open: in the past when it is overdue. Whether a date has passed is the
/// reader's question (it depends on the day it asks), so the deadlines
/// pending and those missed and still outstanding both count.
fn next_due(policy: &Policy, state: &CaseState, at: DateTime<Utc>) -> Option<NaiveDate> {
    if !state.stage.is_open() {
        return None;
    }
    let milestones = state.milestones(policy, at).ok()?;
    milestones
        .iter()
        .filter(|m| m.role == MilestoneRole::Deadline)
        .filter(|m| {
            m.status == MilestoneStatus::Pending || m.status == MilestoneStatus::Missed && m.settled_on.is_none()
        })
        .filter_map(|m| m.due)
        .min()
}

/// The reference and every answer's text, in lower case, one a line: what
/// the staff's search finds a case by (a name, an email address, a phone
/// number, an account, a domain), whatever the script or the case.
pub fn search_text(reference: &str, answers: &Answers) -> String {
    let mut text = reference.to_lowercase();
    for value in answers.values() {
        let items: Vec<&str> = match value {
            FieldValue::Text(text) => vec![text],
            FieldValue::List(items) => items.iter().map(String::as_str).collect(),
            FieldValue::Flag(_) => Vec::new(),
        };
        for item in items {
            text.push('\n');
            text.push_str(&item.to_lowercase());
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_text_holds_the_reference_and_each_answer_in_lower_case() {
        let mut answers = Answers::new();
        answers.insert("full_name".into(), FieldValue::Text("Лейла Мамедова".into()));
        answers.insert("domain_names".into(), FieldValue::List(vec!["example.com".into(), "ÜBER.de".into()]));
        answers.insert("on_behalf".into(), FieldValue::Flag(true));
        assert_eq!(search_text("RD-7K2M0", &answers), "rd-7k2m0\nexample.com\nüber.de\nлейла мамедова");
    }
}
