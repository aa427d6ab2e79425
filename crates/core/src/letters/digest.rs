//! The morning's list to a provider's complaints team: the cases overdue,
//! those due today and those due tomorrow, each with its reference, kind
//! and date, in the provider's first language. None is written for a
//! morning with nothing to list.

use chrono::{Days, NaiveDate};

use super::{Addressee, Arg, Letter, LetterKind, Line, kind_message};
use crate::policy::{KindId, Lang, Policy};

/// The hour of the provider's morning from which its list is written.
pub const DIGEST_HOUR: u32 = 7;

/// A case the list names: one whose next deadline is today or earlier, or tomorrow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueCase {
    pub reference: String,
    pub kind: KindId,
    pub due: NaiveDate,
}

/// The list of `today`, from `cases` in the order of their dates; `more`:
/// there are more than these, which the queue (`staff_link`) shows.
pub fn digest(policy: &Policy, today: NaiveDate, cases: &[DueCase], more: bool, staff_link: &str) -> Option<Letter> {
    let tomorrow = today.checked_add_days(Days::new(1))?;
    let overdue: Vec<&DueCase> = cases.iter().filter(|case| case.due < today).collect();
    let due_today: Vec<&DueCase> = cases.iter().filter(|case| case.due == today).collect();
    let due_tomorrow: Vec<&DueCase> = cases.iter().filter(|case| case.due == tomorrow).collect();
    if overdue.is_empty() && due_today.is_empty() && due_tomorrow.is_empty() {
        return None;
    }
    let mut paragraphs = Vec::new();
    for (heading, group) in [
        ("letter-digest-overdue", overdue.as_slice()),
        ("letter-digest-today", &due_today),
        ("letter-digest-tomorrow", &due_tomorrow),
    ] {
        if group.is_empty() {
            continue;
        }
        paragraphs.push(Line::new(heading, vec![("count", Arg::Text(group.len().to_string()))]));
        paragraphs.extend(group.iter().map(|case| {
            Line::item(
                "letter-digest-case",
                vec![
                    ("reference", Arg::Text(case.reference.clone())),
                    ("kind", Arg::Message(kind_message(case.kind))),
                    ("date", Arg::Date(case.due)),
                ],
            )
        }));
    }
    if more {
        paragraphs.push(Line::new("letter-digest-more", vec![]));
    }
    paragraphs.push(Line::new("letter-new-case-link", vec![("link", Arg::Text(staff_link.to_string()))]));
    let count = |group: &[&DueCase]| Arg::Text(group.len().to_string());
    Some(Letter {
        kind: LetterKind::Digest,
        to: Addressee::Company,
        lang: policy.languages.first().copied().unwrap_or(Lang::En),
        subject: Line::new(
            "letter-digest-subject",
            vec![
                ("company", Arg::Text(policy.name.to_string())),
                ("date", Arg::Date(today)),
                ("overdue", count(&overdue)),
                ("today", count(&due_today)),
                ("tomorrow", count(&due_tomorrow)),
            ],
        ),
        paragraphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letters::test_case::day;

    #[test]
    fn the_morning_list_groups_cases_by_their_dates_and_skips_an_empty_morning() {
        let policy = crate::policy::find("kijoma").unwrap();
        let case = |reference: &str, due: &str| DueCase {
            reference: reference.into(),
            kind: KindId::Complaint,
            due: day(due),
        };
        let today = day("2026-12-01");
        assert_eq!(digest(policy, today, &[], false, "https://portal.example/staff"), None);
        let cases =
            [case("A", "2026-11-27"), case("B", "2026-12-01"), case("C", "2026-12-02"), case("D", "2026-12-02")];
        let letter = digest(policy, today, &cases, true, "https://portal.example/staff").unwrap();
        let messages: Vec<&str> = letter.paragraphs.iter().map(|line| line.message).collect();
        assert_eq!(
            messages,
            [
                "letter-digest-overdue",
                "letter-digest-case",
                "letter-digest-today",
                "letter-digest-case",
                "letter-digest-tomorrow",
                "letter-digest-case",
                "letter-digest-case",
                "letter-digest-more",
                "letter-new-case-link"
            ]
        );
        assert_eq!(letter.subject.args[4], ("tomorrow", Arg::Text("2".into())));
    }
}
