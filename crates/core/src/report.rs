//! How well a company keeps its promises over a period, per kind of case:
//! what came in, what ended, each deadline of the policy met on time, late
//! or not yet, how many business days the first answer and the end took,
//! and the steps a regulator counts (delay notices, escalations, deadlock
//! and ombudsman letters, early referrals). Worked out from each case's
//! [`CaseFacts`], which the server keeps per case as the case changes, so
//! that a quarter's report reads them without replaying a history.

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::{Calendar, NotCovered};
use crate::lifecycle::{CaseState, MilestoneStatus};
use crate::policy::{EventKind, KindId, MilestoneName, MilestoneRole, Policy};

/// What the company found, recorded with the step that ends its handling:
/// the regulator's return counts the complaints upheld.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Upheld,
    PartlyUpheld,
    NotUpheld,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Upheld, Outcome::PartlyUpheld, Outcome::NotUpheld];

    /// Its name in the API and the database: serde's.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Upheld => "upheld",
            Outcome::PartlyUpheld => "partly_upheld",
            Outcome::NotUpheld => "not_upheld",
        }
    }

    pub fn parse(text: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|outcome| outcome.as_str() == text)
    }
}

/// The steps an outcome is recorded with: those that end the company's
/// handling of the complaint.
pub fn takes_outcome(step: EventKind) -> bool {
    matches!(step, EventKind::FinalResponse | EventKind::DeadlockLetterIssued | EventKind::Resolved | EventKind::Closed)
}

/// Days of the provider's calendar, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// A calendar month.
    pub fn month(year: i32, month: u32) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(year, month, 1)?;
        Some(Period { from, to: from.checked_add_months(Months::new(1))?.pred_opt()? })
    }

    /// A quarter (1 to 4) of a calendar year.
    pub fn quarter(year: i32, quarter: u32) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(year, (quarter.checked_sub(1)?) * 3 + 1, 1).filter(|_| quarter <= 4)?;
        Some(Period { from, to: from.checked_add_months(Months::new(3))?.pred_opt()? })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// A deadline of the company's, as one case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineFact {
    pub name: MilestoneName,
    /// The day it falls due (after any delay notice).
    pub due: NaiveDate,
    /// The day it was met, in time or late.
    pub met_on: Option<NaiveDate>,
}

/// What a report needs of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFacts {
    /// The kind the customer filed.
    pub kind: KindId,
    pub received_on: NaiveDate,
    /// The day of the company's first answer (a reply, a remedy, its final
    /// answer, a deadlock letter, or the case resolved or closed by it).
    pub first_answer_on: Option<NaiveDate>,
    /// The day the case ended (resolved, closed, withdrawn, or so treated).
    pub ended_on: Option<NaiveDate>,
    /// The company's deadlines that have a date; those the case ended
    /// before are left out.
    pub deadlines: Vec<DeadlineFact>,
    /// The day of each delay notice.
    pub delay_notices: Vec<NaiveDate>,
    pub escalated_on: Option<NaiveDate>,
    pub deadlock_letter_on: Option<NaiveDate>,
    /// The day the ombudsman scheme opened to the customer (at deadlock, or
    /// at the policy's date), when its letter went.
    pub adr_open_on: Option<NaiveDate>,
    pub early_referral_asked_on: Option<NaiveDate>,
    /// Asked for, and the scheme then opened before the policy's date.
    pub early_referral_granted: bool,
    /// What the company found, if it recorded it.
    pub outcome: Option<Outcome>,
}

/// The company's steps that answer the customer.
const ANSWERS: [EventKind; 6] = [
    EventKind::Responded,
    EventKind::RemedyProposed,
    EventKind::FinalResponse,
    EventKind::DeadlockLetterIssued,
    EventKind::Resolved,
    EventKind::Closed,
];

/// The steps after which a case is over.
const ENDS: [EventKind; 5] = [
    EventKind::Resolved,
    EventKind::Closed,
    EventKind::Withdrawn,
    EventKind::ConsideredResolved,
    EventKind::ConsideredClosed,
];

impl CaseFacts {
    /// The facts of a case of `policy` filed as `kind`, as `state` stands at
    /// `now`, with the outcome its latest closing step recorded.
    pub fn of(
        policy: &Policy,
        kind: KindId,
        state: &CaseState,
        now: DateTime<Utc>,
        outcome: Option<Outcome>,
    ) -> Result<CaseFacts, NotCovered> {
        let day = |at: DateTime<Utc>| policy.time_zone.local_date(at);
        let events: Vec<_> = state.events().collect();
        let received_on = events.first().map_or_else(|| day(now), |event| day(event.at));
        let first = |kinds: &[EventKind]| events.iter().find(|e| kinds.contains(&e.kind)).map(|e| day(e.at));
        let milestones = state.milestones(policy, now)?;
        let deadlines = milestones
            .iter()
            .filter(|m| m.role == MilestoneRole::Deadline && m.status != MilestoneStatus::Stopped)
            .filter_map(|m| {
                let met_on = m.settled_on.filter(|_| m.status != MilestoneStatus::Pending);
                Some(DeadlineFact { name: m.name, due: m.due?, met_on })
            })
            .collect();
        let adr = policy.adr.as_ref().and_then(|scheme| milestones.iter().find(|m| m.name == scheme.eligible_from));
        let adr_open_on = adr.filter(|m| m.status == MilestoneStatus::Met).and_then(|m| m.settled_on.or(m.due));
        let early_referral_asked_on = first(&[EventKind::AdrReferralRequested]);
        let opened_early = adr.is_some_and(|m| m.settled_on.zip(m.due).is_some_and(|(on, due)| on < due));
        Ok(CaseFacts {
            kind,
            received_on,
            first_answer_on: first(&ANSWERS),
            ended_on: first(&ENDS),
            deadlines,
            delay_notices: events.iter().filter(|e| e.kind == EventKind::DelayNotified).map(|e| day(e.at)).collect(),
            escalated_on: first(&[EventKind::Escalated]),
            deadlock_letter_on: first(&[EventKind::DeadlockLetterIssued]),
            adr_open_on,
            early_referral_asked_on,
            early_referral_granted: early_referral_asked_on.is_some() && adr_open_on.is_some() && opened_early,
            outcome,
        })
    }
}

/// How each deadline of one name fared among the cases it fell due for in
/// the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineCount {
    pub name: MilestoneName,
    pub fell_due: u32,
    pub on_time: u32,
    pub late: u32,
    /// Due in the period, not met, and not yet passed on the report's day.
    pub not_yet: u32,
}

/// The middle and the 90th percentile of a list of business days (nearest
/// rank), of how many cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spread {
    pub cases: u32,
    pub median: Option<u32>,
    pub p90: Option<u32>,
}

impl Spread {
    fn of(mut days: Vec<u32>) -> Spread {
        days.sort_unstable();
        let rank = |share: f64| {
            let at = ((share * days.len() as f64).ceil() as usize).clamp(1, days.len().max(1)) - 1;
            days.get(at).copied()
        };
        Spread { cases: days.len() as u32, median: rank(0.5), p90: rank(0.9) }
    }
}

/// The report of one kind of case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindReport {
    pub kind: KindId,
    pub received: u32,
    pub open_at_start: u32,
    pub open_at_end: u32,
    pub ended: u32,
    pub deadlines: Vec<DeadlineCount>,
    /// Business days from the day of receipt to the first answer, of the
    /// cases first answered in the period.
    pub days_to_first_answer: Spread,
    /// Business days from the day of receipt to the end, of the cases that
    /// ended in the period.
    pub days_to_end: Spread,
    /// Each counted on the day it happened, in the period.
    pub delay_notices: u32,
    pub escalations: u32,
    pub deadlock_letters: u32,
    /// Cases whose ombudsman scheme opened (its letter went) in the period.
    pub adr_open: u32,
    pub early_referrals_asked: u32,
    pub early_referrals_granted: u32,
}

/// Business days after `from` up to and including `to` (0 the same day).
pub fn business_days(calendar: &Calendar, from: NaiveDate, to: NaiveDate) -> Result<u32, NotCovered> {
    let mut days = 0;
    let mut day = from;
    while day < to {
        day = day.succ_opt().unwrap_or(day);
        if calendar.is_business_day(day)? {
            days += 1;
        }
    }
    Ok(days)
}

/// The report of `period` on `today` (the provider's day), per kind, in
/// the order of `kinds`, from every case's facts. Counted by the day each
/// thing happened: a case is received, answered and ended on its days.
pub fn report(
    kinds: &[KindId],
    calendar: &Calendar,
    period: Period,
    today: NaiveDate,
    cases: &[CaseFacts],
) -> Result<Vec<KindReport>, NotCovered> {
    let open_on =
        |case: &CaseFacts, day: NaiveDate| case.received_on <= day && case.ended_on.is_none_or(|end| end > day);
    let in_period = |day: Option<NaiveDate>| day.is_some_and(|day| period.contains(day));
    let mut reports = Vec::with_capacity(kinds.len());
    for kind in kinds {
        let mine: Vec<&CaseFacts> = cases.iter().filter(|case| case.kind == *kind).collect();
        let received = mine.iter().filter(|case| period.contains(case.received_on)).count() as u32;
        let happened = |day: &dyn Fn(&CaseFacts) -> Option<NaiveDate>| {
            mine.iter().filter(|case| in_period(day(case))).count() as u32
        };
        let mut deadlines: Vec<DeadlineCount> = Vec::new();
        for fact in mine.iter().flat_map(|case| &case.deadlines).filter(|fact| period.contains(fact.due)) {
            let at = match deadlines.iter().position(|count| count.name == fact.name) {
                Some(at) => at,
                None => {
                    deadlines.push(DeadlineCount { name: fact.name, fell_due: 0, on_time: 0, late: 0, not_yet: 0 });
                    deadlines.len() - 1
                }
            };
            let counted = &mut deadlines[at];
            counted.fell_due += 1;
            match fact.met_on {
                Some(met) if met <= fact.due => counted.on_time += 1,
                None if fact.due >= today => counted.not_yet += 1,
                _ => counted.late += 1,
            }
        }
        let mut to_first = Vec::new();
        let mut to_end = Vec::new();
        for case in &mine {
            if let Some(answer) = case.first_answer_on.filter(|day| period.contains(*day)) {
                to_first.push(business_days(calendar, case.received_on, answer)?);
            }
            if let Some(end) = case.ended_on.filter(|day| period.contains(*day)) {
                to_end.push(business_days(calendar, case.received_on, end)?);
            }
        }
        let start = period.from.pred_opt().unwrap_or(period.from);
        reports.push(KindReport {
            kind: *kind,
            received,
            open_at_start: mine.iter().filter(|case| open_on(case, start)).count() as u32,
            open_at_end: mine.iter().filter(|case| open_on(case, period.to)).count() as u32,
            ended: happened(&|case| case.ended_on),
            deadlines,
            days_to_first_answer: Spread::of(to_first),
            days_to_end: Spread::of(to_end),
            delay_notices: mine.iter().flat_map(|case| &case.delay_notices).filter(|day| period.contains(**day)).count()
                as u32,
            escalations: happened(&|case| case.escalated_on),
            deadlock_letters: happened(&|case| case.deadlock_letter_on),
            adr_open: happened(&|case| case.adr_open_on),
            early_referrals_asked: happened(&|case| case.early_referral_asked_on),
            early_referrals_granted: happened(&|case| {
                case.early_referral_asked_on.filter(|_| case.early_referral_granted)
            }),
        });
    }
    Ok(reports)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::Event;
    use crate::policy::bundled;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// Key-Systems' complaints (acknowledgement in 2 business days, a
    /// response in 10, Berlin's calendar), each from its history.
    fn facts(events: &[Event], now: &str) -> CaseFacts {
        let policy = bundled::find("key-systems").unwrap();
        let kind = KindId::Complaint;
        let state = CaseState::replay(policy, kind, events).unwrap();
        CaseFacts::of(policy, kind, &state, at(now), None).unwrap()
    }

    /// Received on Christmas Day, a holiday: its clocks count from the next
    /// business day (acknowledgement due Tuesday 29 December, response
    /// Monday 11 January). Acknowledged in time, answered two business days late.
    fn christmas() -> Vec<Event> {
        vec![
            Event::new(EventKind::Received, at("2026-12-25T09:00:00Z")),
            Event::new(EventKind::Acknowledged, at("2026-12-28T10:00:00Z")),
            Event::new(EventKind::Responded, at("2027-01-13T10:00:00Z")),
        ]
    }

    /// Received on 1 December; its response, due 15 December, put back to
    /// 22 December by a notice on the 10th, given on the 21st, and the case
    /// resolved on the 23rd.
    fn delayed() -> Vec<Event> {
        vec![
            Event::new(EventKind::Received, at("2026-12-01T09:00:00Z")),
            Event::new(EventKind::Acknowledged, at("2026-12-02T10:00:00Z")),
            Event::delay(MilestoneName::Response, day("2026-12-22"), at("2026-12-10T10:00:00Z")),
            Event::new(EventKind::Responded, at("2026-12-21T10:00:00Z")),
            Event::new(EventKind::Resolved, at("2026-12-23T10:00:00Z")),
        ]
    }

    #[test]
    fn a_case_keeps_the_days_a_report_counts() {
        let christmas = facts(&christmas(), "2027-01-20T12:00:00Z");
        assert_eq!((christmas.received_on, christmas.first_answer_on), (day("2026-12-25"), Some(day("2027-01-13"))));
        assert_eq!(christmas.ended_on, None);
        let due: Vec<(MilestoneName, NaiveDate, Option<NaiveDate>)> =
            christmas.deadlines.iter().map(|d| (d.name, d.due, d.met_on)).collect();
        assert_eq!(
            due,
            [
                (MilestoneName::Acknowledgement, day("2026-12-29"), Some(day("2026-12-28"))),
                (MilestoneName::Response, day("2027-01-11"), Some(day("2027-01-13"))),
            ]
        );
        let delayed = facts(&delayed(), "2027-01-20T12:00:00Z");
        assert_eq!(delayed.delay_notices, [day("2026-12-10")]);
        assert_eq!(delayed.ended_on, Some(day("2026-12-23")));
        let response = delayed.deadlines.iter().find(|d| d.name == MilestoneName::Response).unwrap();
        assert_eq!((response.due, response.met_on), (day("2026-12-22"), Some(day("2026-12-21"))), "the date put back");
    }

    #[test]
    fn december_and_january_worked_by_hand() {
        let policy = bundled::find("key-systems").unwrap();
        let calendar = policy.holidays.calendar();
        let cases = [facts(&christmas(), "2027-01-20T12:00:00Z"), facts(&delayed(), "2027-01-20T12:00:00Z")];
        let kinds = [KindId::Complaint];
        let today = day("2027-01-20");

        let december = report(&kinds, calendar, Period::month(2026, 12).unwrap(), today, &cases).unwrap();
        let december = &december[0];
        assert_eq!((december.received, december.open_at_start, december.open_at_end, december.ended), (2, 0, 1, 1));
        assert_eq!(
            december.deadlines,
            [
                DeadlineCount { name: MilestoneName::Acknowledgement, fell_due: 2, on_time: 2, late: 0, not_yet: 0 },
                // The delayed case's response fell due on its new date, and was met.
                DeadlineCount { name: MilestoneName::Response, fell_due: 1, on_time: 1, late: 0, not_yet: 0 },
            ]
        );
        // 1 December to the answer on the 21st: 2–4, 7–11, 14–18 and 21
        // December are 14 business days; to the end on the 23rd, 16.
        assert_eq!(december.days_to_first_answer, Spread { cases: 1, median: Some(14), p90: Some(14) });
        assert_eq!(december.days_to_end, Spread { cases: 1, median: Some(16), p90: Some(16) });
        assert_eq!(december.delay_notices, 1);

        let january = report(&kinds, calendar, Period::month(2027, 1).unwrap(), today, &cases).unwrap();
        let january = &january[0];
        assert_eq!((january.received, january.open_at_start, january.open_at_end, january.ended), (0, 1, 1, 0));
        assert_eq!(
            january.deadlines,
            [DeadlineCount { name: MilestoneName::Response, fell_due: 1, on_time: 0, late: 1, not_yet: 0 }]
        );
        // From the holiday: 28–31 December, 4–8 and 11–13 January are 12 business days.
        assert_eq!(january.days_to_first_answer, Spread { cases: 1, median: Some(12), p90: Some(12) });
        assert_eq!(january.delay_notices, 0);
    }

    #[test]
    fn a_deadline_not_yet_passed_is_neither_met_nor_late() {
        let policy = bundled::find("key-systems").unwrap();
        let open = facts(&christmas()[..1], "2026-12-28T12:00:00Z");
        let counted = report(
            &[KindId::Complaint],
            policy.holidays.calendar(),
            Period::month(2026, 12).unwrap(),
            day("2026-12-28"),
            &[open],
        )
        .unwrap();
        assert_eq!(
            counted[0].deadlines,
            [DeadlineCount { name: MilestoneName::Acknowledgement, fell_due: 1, on_time: 0, late: 0, not_yet: 1 }]
        );
    }

    #[test]
    fn an_outcome_is_recorded_with_a_step_that_ends_the_handling() {
        assert!(takes_outcome(EventKind::Resolved) && takes_outcome(EventKind::DeadlockLetterIssued));
        assert!(!takes_outcome(EventKind::Acknowledged) && !takes_outcome(EventKind::Withdrawn));
    }

    #[test]
    fn the_median_and_90th_percentile_are_by_nearest_rank() {
        let spread = Spread::of(vec![9, 1, 2, 3, 4, 5, 6, 7, 8, 10]);
        assert_eq!(spread, Spread { cases: 10, median: Some(5), p90: Some(9) });
        assert_eq!(Spread::of(Vec::new()), Spread { cases: 0, median: None, p90: None });
        assert_eq!(Period::quarter(2027, 1).unwrap(), Period { from: day("2027-01-01"), to: day("2027-03-31") });
        assert_eq!(Period::quarter(2027, 5), None);
    }
}
