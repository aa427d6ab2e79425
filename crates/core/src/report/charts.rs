//! The series a report's charts draw, over every kind of case: cases
//! received and closed each week, the share of each deadline met on time
//! each month, and how many business days the first answers took.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{CaseFacts, DeadlineCount, Period, Spread};

/// One week of the period (Monday to Sunday, cut at its ends).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekCount {
    #[serde(deserialize_with = "crate::dates::date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "crate::dates::date")]
    pub to: NaiveDate,
    pub received: u32,
    pub closed: u32,
}

/// One month of the period (cut at its ends), with each deadline that fell
/// due in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthOnTime {
    #[serde(deserialize_with = "crate::dates::date")]
    pub from: NaiveDate,
    #[serde(deserialize_with = "crate::dates::date")]
    pub to: NaiveDate,
    pub deadlines: Vec<DeadlineCount>,
}

/// How many cases had their first answer within `from` to `to` business
/// days of receipt (`to`: none for the last, open-ended bar).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DayBucket {
    pub from: u32,
    pub to: Option<u32>,
    pub cases: u32,
}

/// The bars of the first answers' distribution, by their first day: a day
/// each for the first two weeks, when the policies' first answers fall due,
/// then one bar for the rest.
const BUCKET_STARTS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Charts {
    pub weeks: Vec<WeekCount>,
    pub months: Vec<MonthOnTime>,
    /// Of the cases first answered in the period.
    pub first_answer: Vec<DayBucket>,
    /// The same cases' middle and 90th percentile, exactly.
    pub first_answer_spread: Spread,
}

impl Charts {
    /// The series of `period` on `today` from the cases' facts, with the
    /// business days each first answer in the period took (`report` counts
    /// them, per kind).
    pub(super) fn of(period: Period, today: NaiveDate, cases: &[CaseFacts], mut first_answers: Vec<u32>) -> Charts {
        let mut weeks: Vec<WeekCount> = period
            .weeks()
            .into_iter()
            .map(|week| WeekCount { from: week.from, to: week.to, received: 0, closed: 0 })
            .collect();
        let mut months: Vec<MonthOnTime> = period
            .months()
            .into_iter()
            .map(|month| MonthOnTime { from: month.from, to: month.to, deadlines: Vec::new() })
            .collect();
        let mut first_answer: Vec<DayBucket> = BUCKET_STARTS
            .iter()
            .enumerate()
            .map(|(at, from)| DayBucket { from: *from, to: BUCKET_STARTS.get(at + 1).map(|next| next - 1), cases: 0 })
            .collect();
        // Weeks are in order and cover the period: a day's is found by search.
        let week_of = |weeks: &[WeekCount], day: Option<NaiveDate>| {
            let day = day.filter(|day| period.contains(*day))?;
            Some(weeks.partition_point(|week| week.to < day))
        };
        for case in cases {
            if let Some(at) = week_of(&weeks, Some(case.received_on)) {
                weeks[at].received += 1;
            }
            if let Some(at) = week_of(&weeks, case.closed_on) {
                weeks[at].closed += 1;
            }
            for fact in case.deadlines.iter().filter(|fact| period.contains(fact.due)) {
                if let Some(month) = months.iter_mut().find(|month| month.from <= fact.due && fact.due <= month.to) {
                    DeadlineCount::tally(&mut month.deadlines, fact, today);
                }
            }
        }
        for days in &first_answers {
            let bar = BUCKET_STARTS.iter().rposition(|from| from <= days).unwrap_or(0);
            first_answer[bar].cases += 1;
        }
        for month in &mut months {
            month.deadlines.sort_by_key(|count| count.name);
        }
        Charts { weeks, months, first_answer, first_answer_spread: Spread::of(&mut first_answers) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{KindId, MilestoneName, bundled};
    use crate::report::{DeadlineFact, report};

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn case(received: &str, answered: Option<&str>, closed: Option<&str>) -> CaseFacts {
        CaseFacts {
            kind: KindId::Complaint,
            received_on: day(received),
            first_answer_on: answered.map(day),
            closed_on: closed.map(day),
            deadlines: Vec::new(),
            delay_notices: Vec::new(),
            escalated_on: None,
            deadlock_letter_on: None,
            adr_open_on: None,
            early_referral_asked_on: None,
            early_referral_granted: false,
            outcome: None,
        }
    }

    #[test]
    fn weeks_months_and_days_to_the_first_answer_worked_by_hand() {
        let calendar = bundled::find("key-systems").unwrap().holidays.calendar();
        // Tuesday 1 December to Sunday 20 December 2026: a short first week,
        // then two whole ones.
        let period = Period { from: day("2026-12-01"), to: day("2026-12-20") };
        let mut late = case("2026-12-01", Some("2026-12-03"), Some("2026-12-09"));
        late.deadlines.push(DeadlineFact { name: MilestoneName::Response, due: day("2026-12-08"), met_on: None });
        let mut on_time = case("2026-12-07", Some("2026-12-14"), None);
        on_time.deadlines.push(DeadlineFact {
            name: MilestoneName::Response,
            due: day("2026-12-21"),
            met_on: Some(day("2026-12-14")),
        });
        on_time.deadlines.push(DeadlineFact {
            name: MilestoneName::Acknowledgement,
            due: day("2026-12-09"),
            met_on: Some(day("2026-12-08")),
        });
        // Received before the period, closed in its first week.
        let before = case("2026-11-20", Some("2026-11-23"), Some("2026-12-02"));
        let kinds = [KindId::Complaint];
        let charts = report(&kinds, calendar, period, day("2026-12-20"), &[late, on_time, before], &[]).unwrap().charts;

        let weeks: Vec<(NaiveDate, NaiveDate, u32, u32)> =
            charts.weeks.iter().map(|w| (w.from, w.to, w.received, w.closed)).collect();
        assert_eq!(
            weeks,
            [
                (day("2026-12-01"), day("2026-12-06"), 1, 1),
                (day("2026-12-07"), day("2026-12-13"), 1, 1),
                (day("2026-12-14"), day("2026-12-20"), 0, 0),
            ]
        );
        assert_eq!(charts.months.len(), 1);
        assert_eq!(
            charts.months[0].deadlines,
            [
                DeadlineCount { name: MilestoneName::Acknowledgement, fell_due: 1, on_time: 1, late: 0, not_yet: 0 },
                // The on-time case's response falls due on the 21st, after the period.
                DeadlineCount { name: MilestoneName::Response, fell_due: 1, on_time: 0, late: 1, not_yet: 0 },
            ]
        );
        // 1 → 3 December: 2 business days; 7 → 14 December: 5. The case
        // answered in November is not drawn.
        let drawn: Vec<(u32, u32)> =
            charts.first_answer.iter().filter(|bar| bar.cases > 0).map(|bar| (bar.from, bar.cases)).collect();
        assert_eq!(drawn, [(2, 1), (5, 1)]);
        assert_eq!(charts.first_answer.last().map(|bar| (bar.from, bar.to)), Some((11, None)));
        assert_eq!(charts.first_answer[6].to, Some(6));
        assert_eq!(charts.first_answer_spread, Spread { cases: 2, median: Some(2), p90: Some(5) });
    }

    #[test]
    fn a_period_cuts_into_weeks_from_monday_and_calendar_months() {
        let quarter = Period::quarter(2027, 1).unwrap();
        let months: Vec<(NaiveDate, NaiveDate)> = quarter.months().iter().map(|m| (m.from, m.to)).collect();
        assert_eq!(
            months,
            [
                (day("2027-01-01"), day("2027-01-31")),
                (day("2027-02-01"), day("2027-02-28")),
                (day("2027-03-01"), day("2027-03-31")),
            ]
        );
        let weeks = quarter.weeks();
        // 1 January 2027 is a Friday; 31 March a Wednesday.
        assert_eq!((weeks[0].from, weeks[0].to), (day("2027-01-01"), day("2027-01-03")));
        assert_eq!((weeks[1].from, weeks[1].to), (day("2027-01-04"), day("2027-01-10")));
        assert_eq!(weeks.last().map(|w| (w.from, w.to)), Some((day("2027-03-29"), day("2027-03-31"))));
        assert_eq!(weeks.len(), 14);
    }
}
