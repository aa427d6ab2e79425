//! How well a company keeps its promises over a period, per kind of case:
//! what came in, what ended, each deadline of the policy met on time, late
//! or not yet, how many business days the first answer and the end took,
//! and the steps a regulator counts (delay notices, escalations, deadlock
//! and ombudsman letters, early referrals). Worked out from each case's
//! [`CaseFacts`], which the server keeps per case as the case changes, so
//! that a quarter's report reads them without replaying a history.

mod charts;
mod facts;

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::{Calendar, NotCovered};
use crate::policy::{Actor, EventKind, KindId, MilestoneName};

pub use charts::{Charts, DayBucket, MonthOnTime, WeekCount};
pub use facts::{CaseFacts, DeadlineFact};

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

/// The steps an outcome is recorded with: the staff's steps that end the
/// company's handling of the complaint.
pub fn takes_outcome(step: EventKind) -> bool {
    facts::ends_handling(step) && step.actor() == Actor::Staff
}

/// Days of the provider's calendar, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Why two days make no period a report is drawn for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodError {
    /// It ends before it starts.
    Reversed,
    /// Longer than [`Period::LONGEST_DAYS`]: its weekly chart would not read.
    TooLong,
}

impl Period {
    /// A report covers at most about a year.
    pub const LONGEST_DAYS: i64 = 366;

    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodError> {
        if to < from {
            Err(PeriodError::Reversed)
        } else if (to - from).num_days() >= Period::LONGEST_DAYS {
            Err(PeriodError::TooLong)
        } else {
            Ok(Period { from, to })
        }
    }

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

    /// The period cut into weeks from Monday to Sunday: the first and the
    /// last may be shorter.
    pub fn weeks(&self) -> Vec<Period> {
        self.cut(|day| day + chrono::Duration::days(7 - i64::from(day.weekday().num_days_from_monday())))
    }

    /// The period cut into calendar months: the first and the last may be shorter.
    pub fn months(&self) -> Vec<Period> {
        self.cut(|day| {
            let first = day.with_day(1).unwrap_or(day);
            first.checked_add_months(Months::new(1)).unwrap_or(NaiveDate::MAX)
        })
    }

    /// The period in pieces, each starting on the day `next_start` gives
    /// after the previous piece's start.
    fn cut(&self, next_start: impl Fn(NaiveDate) -> NaiveDate) -> Vec<Period> {
        let mut pieces = Vec::new();
        let mut from = self.from;
        while from <= self.to {
            let next = next_start(from);
            let to = next.pred_opt().unwrap_or(next).min(self.to);
            pieces.push(Period { from, to });
            from = next;
        }
        pieces
    }
}

/// How each deadline of one name fared among the cases it fell due for in
/// the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeadlineCount {
    pub name: MilestoneName,
    pub fell_due: u32,
    pub on_time: u32,
    pub late: u32,
    /// Due in the period, not met, and not yet passed on the report's day.
    pub not_yet: u32,
}

impl DeadlineCount {
    /// Counts `fact` into the count of its name in `counts`, on `today`.
    fn tally(counts: &mut Vec<DeadlineCount>, fact: &DeadlineFact, today: NaiveDate) {
        let at = match counts.iter().position(|count| count.name == fact.name) {
            Some(at) => at,
            None => {
                counts.push(DeadlineCount { name: fact.name, fell_due: 0, on_time: 0, late: 0, not_yet: 0 });
                counts.len() - 1
            }
        };
        let count = &mut counts[at];
        count.fell_due += 1;
        match fact.met_on {
            Some(met) if met <= fact.due => count.on_time += 1,
            None if fact.due >= today => count.not_yet += 1,
            _ => count.late += 1,
        }
    }

    /// The share met on time of those settled (on time or late), in whole
    /// per cent; `None` when none is.
    pub fn on_time_percent(&self) -> Option<u32> {
        let settled = self.on_time + self.late;
        (settled > 0).then(|| (f64::from(self.on_time) * 100.0 / f64::from(settled)).round() as u32)
    }
}

/// The middle and the 90th percentile of a list of business days (nearest
/// rank), of how many cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Spread {
    pub cases: u32,
    pub median: Option<u32>,
    pub p90: Option<u32>,
}

impl Spread {
    pub(crate) fn of(days: &mut [u32]) -> Spread {
        days.sort_unstable();
        let rank = |share: f64| {
            let at = ((share * days.len() as f64).ceil() as usize).clamp(1, days.len().max(1)) - 1;
            days.get(at).copied()
        };
        Spread { cases: days.len() as u32, median: rank(0.5), p90: rank(0.9) }
    }
}

/// The report of one kind of case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KindReport {
    pub kind: KindId,
    pub received: u32,
    pub open_at_start: u32,
    pub open_at_end: u32,
    /// Cases whose handling the company closed in the period (see
    /// [`CaseFacts::closed_on`]), in the regulator's three bands.
    pub closed: u32,
    pub closed_within_3_business_days: u32,
    /// After 3 business days, within 8 weeks of receipt.
    pub closed_within_8_weeks: u32,
    pub closed_after_8_weeks: u32,
    /// What the company found, of the cases closed in the period; the rest
    /// have no outcome recorded.
    pub upheld: u32,
    pub partly_upheld: u32,
    pub not_upheld: u32,
    pub deadlines: Vec<DeadlineCount>,
    /// Business days from the day of receipt to the first answer, of the
    /// cases first answered in the period.
    pub days_to_first_answer: Spread,
    /// Business days from the day of receipt to the close, of the cases
    /// closed in the period.
    pub days_to_close: Spread,
    /// Each counted on the day it happened, in the period.
    pub delay_notices: u32,
    pub escalations: u32,
    pub deadlock_letters: u32,
    /// Cases whose ombudsman scheme opened (its letter went) in the period.
    pub adr_letters: u32,
    pub early_referrals_asked: u32,
    pub early_referrals_granted: u32,
}

impl KindReport {
    /// The cases closed in the period with no outcome recorded.
    pub fn outcome_not_recorded(&self) -> u32 {
        self.closed.saturating_sub(self.upheld + self.partly_upheld + self.not_upheld)
    }

    /// Each figure but the deadlines', in the order a reader takes them:
    /// the one list the figures' sheet and the console's table both show.
    /// `None` where no case gives it (a median of no case).
    pub fn figures(&self) -> [(Figure, Option<u32>); 22] {
        let first = self.days_to_first_answer;
        [
            (Figure::Received, Some(self.received)),
            (Figure::OpenAtStart, Some(self.open_at_start)),
            (Figure::OpenAtEnd, Some(self.open_at_end)),
            (Figure::Closed, Some(self.closed)),
            (Figure::ClosedWithin3BusinessDays, Some(self.closed_within_3_business_days)),
            (Figure::ClosedWithin8Weeks, Some(self.closed_within_8_weeks)),
            (Figure::ClosedAfter8Weeks, Some(self.closed_after_8_weeks)),
            (Figure::Upheld, Some(self.upheld)),
            (Figure::PartlyUpheld, Some(self.partly_upheld)),
            (Figure::NotUpheld, Some(self.not_upheld)),
            (Figure::OutcomeNotRecorded, Some(self.outcome_not_recorded())),
            (Figure::FirstAnswered, Some(first.cases)),
            (Figure::DaysToFirstAnswerMedian, first.median),
            (Figure::DaysToFirstAnswerP90, first.p90),
            // The cases behind the close's spread are the closed.
            (Figure::DaysToCloseMedian, self.days_to_close.median),
            (Figure::DaysToCloseP90, self.days_to_close.p90),
            (Figure::DelayNotices, Some(self.delay_notices)),
            (Figure::Escalations, Some(self.escalations)),
            (Figure::DeadlockLetters, Some(self.deadlock_letters)),
            (Figure::AdrLetters, Some(self.adr_letters)),
            (Figure::EarlyReferralsAsked, Some(self.early_referrals_asked)),
            (Figure::EarlyReferralsGranted, Some(self.early_referrals_granted)),
        ]
    }
}

/// A figure of a kind's report (see [`KindReport::figures`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Received,
    OpenAtStart,
    OpenAtEnd,
    Closed,
    ClosedWithin3BusinessDays,
    ClosedWithin8Weeks,
    ClosedAfter8Weeks,
    Upheld,
    PartlyUpheld,
    NotUpheld,
    OutcomeNotRecorded,
    /// Cases first answered in the period.
    FirstAnswered,
    DaysToFirstAnswerMedian,
    DaysToFirstAnswerP90,
    DaysToCloseMedian,
    DaysToCloseP90,
    DelayNotices,
    Escalations,
    DeadlockLetters,
    AdrLetters,
    EarlyReferralsAsked,
    EarlyReferralsGranted,
}

impl Figure {
    /// Its name in the figures' sheet: the JSON field's, where it has one.
    pub fn as_str(self) -> &'static str {
        match self {
            Figure::Received => "received",
            Figure::OpenAtStart => "open_at_start",
            Figure::OpenAtEnd => "open_at_end",
            Figure::Closed => "closed",
            Figure::ClosedWithin3BusinessDays => "closed_within_3_business_days",
            Figure::ClosedWithin8Weeks => "closed_within_8_weeks",
            Figure::ClosedAfter8Weeks => "closed_after_8_weeks",
            Figure::Upheld => "upheld",
            Figure::PartlyUpheld => "partly_upheld",
            Figure::NotUpheld => "not_upheld",
            Figure::OutcomeNotRecorded => "outcome_not_recorded",
            Figure::FirstAnswered => "days_to_first_answer_cases",
            Figure::DaysToFirstAnswerMedian => "days_to_first_answer_median",
            Figure::DaysToFirstAnswerP90 => "days_to_first_answer_p90",
            Figure::DaysToCloseMedian => "days_to_close_median",
            Figure::DaysToCloseP90 => "days_to_close_p90",
            Figure::DelayNotices => "delay_notices",
            Figure::Escalations => "escalations",
            Figure::DeadlockLetters => "deadlock_letters",
            Figure::AdrLetters => "adr_letters",
            Figure::EarlyReferralsAsked => "early_referrals_asked",
            Figure::EarlyReferralsGranted => "early_referrals_granted",
        }
    }
}

/// The report of a period for one provider: its figures per kind of case,
/// and the series its charts draw over all kinds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Report {
    #[serde(deserialize_with = "crate::dates::date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "crate::dates::date")]
    pub to: NaiveDate,
    /// The provider's day the report was drawn on: deadlines after it are
    /// "not yet".
    #[serde(deserialize_with = "crate::dates::date")]
    pub today: NaiveDate,
    pub kinds: Vec<KindReport>,
    pub charts: Charts,
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

/// Eight weeks, as the regulator counts them: in calendar days.
const EIGHT_WEEKS: chrono::Duration = chrono::Duration::weeks(8);

/// The report of `period` on `today` (the provider's day), per kind, in
/// the order of `kinds`, from the facts of every case it may count, and
/// how many cases of each kind were open through the period with nothing
/// else in it to count (their last fact before it: see
/// [`CaseFacts::last_day`]), which need no facts read. Counted by the day
/// each thing happened: a case is received, answered and closed on its days.
pub fn report(
    kinds: &[KindId],
    calendar: &Calendar,
    period: Period,
    today: NaiveDate,
    cases: &[CaseFacts],
    open_throughout: &[(KindId, u32)],
) -> Result<Report, NotCovered> {
    let open_on =
        |case: &CaseFacts, day: NaiveDate| case.received_on <= day && case.closed_on.is_none_or(|end| end > day);
    let in_period = |day: Option<NaiveDate>| day.is_some_and(|day| period.contains(day));
    let start = period.from.pred_opt().unwrap_or(period.from);
    let mut reports = Vec::with_capacity(kinds.len());
    // Every kind's, for the chart of the first answers.
    let mut first_answers = Vec::new();
    for kind in kinds {
        let mine: Vec<&CaseFacts> = cases.iter().filter(|case| case.kind == *kind).collect();
        let happened = |day: &dyn Fn(&CaseFacts) -> Option<NaiveDate>| {
            mine.iter().filter(|case| in_period(day(case))).count() as u32
        };
        let mut deadlines: Vec<DeadlineCount> = Vec::new();
        for fact in mine.iter().flat_map(|case| &case.deadlines).filter(|fact| period.contains(fact.due)) {
            DeadlineCount::tally(&mut deadlines, fact, today);
        }
        let mut to_first = Vec::new();
        let mut to_close = Vec::new();
        let quiet: u32 = open_throughout.iter().filter(|(of, _)| of == kind).map(|(_, count)| count).sum();
        let mut report = KindReport {
            kind: *kind,
            received: mine.iter().filter(|case| period.contains(case.received_on)).count() as u32,
            open_at_start: quiet + mine.iter().filter(|case| open_on(case, start)).count() as u32,
            open_at_end: quiet + mine.iter().filter(|case| open_on(case, period.to)).count() as u32,
            closed: 0,
            closed_within_3_business_days: 0,
            closed_within_8_weeks: 0,
            closed_after_8_weeks: 0,
            upheld: 0,
            partly_upheld: 0,
            not_upheld: 0,
            deadlines,
            days_to_first_answer: Spread::default(),
            days_to_close: Spread::default(),
            delay_notices: mine.iter().flat_map(|case| &case.delay_notices).filter(|day| period.contains(**day)).count()
                as u32,
            escalations: happened(&|case| case.escalated_on),
            deadlock_letters: happened(&|case| case.deadlock_letter_on),
            adr_letters: happened(&|case| case.adr_open_on.filter(|day| *day <= today)),
            early_referrals_asked: happened(&|case| case.early_referral_asked_on),
            early_referrals_granted: happened(&|case| {
                case.early_referral_asked_on.filter(|_| case.early_referral_granted)
            }),
        };
        for case in &mine {
            if let Some(answer) = case.first_answer_on.filter(|day| period.contains(*day)) {
                to_first.push(business_days(calendar, case.received_on, answer)?);
            }
            let Some(closed) = case.closed_on.filter(|day| period.contains(*day)) else { continue };
            let days = business_days(calendar, case.received_on, closed)?;
            to_close.push(days);
            report.closed += 1;
            if days <= 3 {
                report.closed_within_3_business_days += 1;
            } else if closed <= case.received_on + EIGHT_WEEKS {
                report.closed_within_8_weeks += 1;
            } else {
                report.closed_after_8_weeks += 1;
            }
            match case.outcome {
                Some(Outcome::Upheld) => report.upheld += 1,
                Some(Outcome::PartlyUpheld) => report.partly_upheld += 1,
                Some(Outcome::NotUpheld) => report.not_upheld += 1,
                None => {}
            }
        }
        first_answers.extend_from_slice(&to_first);
        report.days_to_first_answer = Spread::of(&mut to_first);
        report.days_to_close = Spread::of(&mut to_close);
        reports.push(report);
    }
    let charts = Charts::of(period, today, cases, first_answers);
    Ok(Report { from: period.from, to: period.to, today, kinds: reports, charts })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::{CaseState, Event};
    use crate::policy::bundled;
    use chrono::{DateTime, Utc};

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// Key-Systems' complaints (acknowledgement in 2 business days, a
    /// response in 10, Berlin's calendar), each from its history.
    fn facts(events: &[Event]) -> CaseFacts {
        let policy = bundled::find("key-systems").unwrap();
        let kind = KindId::Complaint;
        let state = CaseState::replay(policy, kind, events).unwrap();
        CaseFacts::of(policy, kind, &state, None).unwrap()
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
        let christmas = facts(&christmas());
        assert_eq!((christmas.received_on, christmas.first_answer_on), (day("2026-12-25"), Some(day("2027-01-13"))));
        assert_eq!(christmas.closed_on, None);
        let due: Vec<(MilestoneName, NaiveDate, Option<NaiveDate>)> =
            christmas.deadlines.iter().map(|d| (d.name, d.due, d.met_on)).collect();
        assert_eq!(
            due,
            [
                (MilestoneName::Acknowledgement, day("2026-12-29"), Some(day("2026-12-28"))),
                (MilestoneName::Response, day("2027-01-11"), Some(day("2027-01-13"))),
            ]
        );
        let delayed = facts(&delayed());
        assert_eq!(delayed.delay_notices, [day("2026-12-10")]);
        assert_eq!(delayed.closed_on, Some(day("2026-12-23")));
        let response = delayed.deadlines.iter().find(|d| d.name == MilestoneName::Response).unwrap();
        assert_eq!((response.due, response.met_on), (day("2026-12-22"), Some(day("2026-12-21"))), "the date put back");
    }

    #[test]
    fn december_and_january_worked_by_hand() {
        let policy = bundled::find("key-systems").unwrap();
        let calendar = policy.holidays.calendar();
        let cases = [facts(&christmas()), facts(&delayed())];
        let kinds = [KindId::Complaint];
        let today = day("2027-01-20");

        let december = report(&kinds, calendar, Period::month(2026, 12).unwrap(), today, &cases, &[]).unwrap();
        let december = &december.kinds[0];
        assert_eq!((december.received, december.open_at_start, december.open_at_end, december.closed), (2, 0, 1, 1));
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
        assert_eq!(december.days_to_close, Spread { cases: 1, median: Some(16), p90: Some(16) });
        assert_eq!(december.delay_notices, 1);

        let january =
            report(&kinds, calendar, Period::month(2027, 1).unwrap(), today, &cases, &[(KindId::Complaint, 5)])
                .unwrap();
        let january = &january.kinds[0];
        // Five more cases open through January, counted without their facts.
        assert_eq!((january.received, january.open_at_start, january.open_at_end, january.closed), (0, 6, 6, 0));
        assert_eq!(
            january.deadlines,
            [DeadlineCount { name: MilestoneName::Response, fell_due: 1, on_time: 0, late: 1, not_yet: 0 }]
        );
        // From the holiday: 28–31 December, 4–8 and 11–13 January are 12 business days.
        assert_eq!(january.days_to_first_answer, Spread { cases: 1, median: Some(12), p90: Some(12) });
        assert_eq!(january.delay_notices, 0);
    }

    #[test]
    fn the_regulators_bands_and_outcomes_worked_by_hand() {
        let policy = bundled::find("key-systems").unwrap();
        let step = |kind, when: &str| Event::new(kind, at(when));
        // Resolved on the third business day after receipt (2, 3, 4 December).
        let mut quick = facts(&[
            step(EventKind::Received, "2026-12-01T09:00:00Z"),
            step(EventKind::Acknowledged, "2026-12-02T09:00:00Z"),
            step(EventKind::Responded, "2026-12-03T09:00:00Z"),
            step(EventKind::Resolved, "2026-12-04T09:00:00Z"),
        ]);
        quick.outcome = Some(Outcome::Upheld);
        // Received on 1 October: eight weeks ran to 26 November.
        let mut slow = facts(&[
            step(EventKind::Received, "2026-10-01T09:00:00Z"),
            step(EventKind::Acknowledged, "2026-10-02T09:00:00Z"),
            step(EventKind::Responded, "2026-10-05T09:00:00Z"),
            step(EventKind::Resolved, "2026-12-10T09:00:00Z"),
        ]);
        slow.outcome = Some(Outcome::NotUpheld);
        let cases = [quick, slow, facts(&delayed())];
        let december = report(
            &[KindId::Complaint],
            policy.holidays.calendar(),
            Period::month(2026, 12).unwrap(),
            day("2027-01-20"),
            &cases,
            &[],
        )
        .unwrap();
        let december = &december.kinds[0];
        assert_eq!(december.closed, 3);
        assert_eq!(
            (december.closed_within_3_business_days, december.closed_within_8_weeks, december.closed_after_8_weeks),
            (1, 1, 1)
        );
        assert_eq!((december.upheld, december.partly_upheld, december.not_upheld), (1, 0, 1));
        assert_eq!(december.outcome_not_recorded(), 1);
        // 3, 16 and, from 1 October to 10 December, 50 business days (3
        // October is a Saturday; Berlin keeps no holiday in between).
        assert_eq!(december.days_to_close, Spread { cases: 3, median: Some(16), p90: Some(50) });
    }

    #[test]
    fn kept_facts_read_back_and_say_how_long_they_matter() {
        let delayed = facts(&delayed());
        let json = serde_json::to_string(&delayed).unwrap();
        assert_eq!(serde_json::from_str::<CaseFacts>(&json).unwrap(), delayed);
        assert!(!json.contains("null") && !json.contains("escalated_on"), "absent facts are left out: {json}");
        // Resolved on the 23rd, after its response's due day, the 22nd.
        assert_eq!((delayed.last_day(), delayed.is_open()), (day("2026-12-23"), false));
        // Open: answered on 13 January, after both its deadlines.
        let christmas = facts(&christmas());
        assert_eq!((christmas.last_day(), christmas.is_open()), (day("2027-01-13"), true));
    }

    #[test]
    fn a_deadline_not_yet_passed_is_neither_met_nor_late() {
        let policy = bundled::find("key-systems").unwrap();
        let open = facts(&christmas()[..1]);
        let counted = report(
            &[KindId::Complaint],
            policy.holidays.calendar(),
            Period::month(2026, 12).unwrap(),
            day("2026-12-28"),
            &[open],
            &[],
        )
        .unwrap();
        assert_eq!(
            counted.kinds[0].deadlines,
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
        let spread = Spread::of(&mut [9, 1, 2, 3, 4, 5, 6, 7, 8, 10]);
        assert_eq!(spread, Spread { cases: 10, median: Some(5), p90: Some(9) });
        assert_eq!(Spread::of(&mut []), Spread { cases: 0, median: None, p90: None });
        assert_eq!(Period::quarter(2027, 1).unwrap(), Period { from: day("2027-01-01"), to: day("2027-03-31") });
        assert_eq!(Period::quarter(2027, 5), None);
    }
}
