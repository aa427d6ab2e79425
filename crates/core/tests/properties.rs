//! Invariants of the deadline engine for every provider and any instant the
//! calendars cover.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use proptest::prelude::*;
use redress_core::calendar::{Calendar, WEEKDAYS_ONLY};
use redress_core::clock::due_date;
use redress_core::policy::{self, Clock, bundled};
use redress_core::timeline::timeline;

/// Instants from 2024-01-01 to mid-2035, so every clock ends inside the calendars.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    let start = "2024-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap().timestamp();
    let end = "2035-06-30T00:00:00Z".parse::<DateTime<Utc>>().unwrap().timestamp();
    (start..end).prop_map(|seconds| DateTime::from_timestamp(seconds, 0).unwrap())
}

/// Each bundled calendar, and weekdays without holidays.
fn calendar() -> impl Strategy<Value = Calendar> {
    let mut calendars: Vec<Calendar> = bundled::calendars().into_values().map(|c| (*c).clone()).collect();
    calendars.sort_by_key(|calendar| calendar.holidays().next());
    calendars.push(WEEKDAYS_ONLY.clone());
    proptest::sample::select(calendars)
}

proptest! {
    #[test]
    fn every_milestone_of_every_provider_obeys_its_clock(received in instant()) {
        for policy in policy::all() {
            for kind in policy.kinds.iter() {
                let timeline = timeline(policy, kind.id, received, None).unwrap();
                let day = timeline.day_of_receipt;
                // The day of receipt is the UTC date or a neighbour of it.
                prop_assert!((day - received.date_naive()).num_days().abs() <= 1);
                for due in timeline.milestones.iter() {
                    let clock = kind.milestone(due.name).unwrap().clock;
                    match clock {
                        Clock::BusinessDays(n) => {
                            prop_assert!(due.due > day);
                            let calendar = policy.holidays.calendar();
                            prop_assert!(calendar.is_business_day(due.due).unwrap());
                            prop_assert_eq!(business_days_between(calendar, day, due.due), n);
                        }
                        Clock::Weeks(n) => prop_assert_eq!((due.due - day).num_days(), 7 * i64::from(n)),
                        Clock::Months(n) => {
                            let months = (due.due.year() - day.year()) * 12 + due.due.month() as i32 - day.month() as i32;
                            prop_assert_eq!(months, n as i32);
                            let clamped = due.due.day() < day.day() && due.due.succ_opt().unwrap().day() == 1;
                            prop_assert!(due.due.day() == day.day() || clamped);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn more_business_days_never_end_sooner(day in instant(), calendar in calendar(), n in 1u32..40) {
        let day = day.date_naive();
        let shorter = due_date(Clock::BusinessDays(n), day, &calendar).unwrap();
        let longer = due_date(Clock::BusinessDays(n + 1), day, &calendar).unwrap();
        prop_assert!(longer > shorter);
    }

    #[test]
    fn receipt_on_a_day_off_counts_from_the_next_business_day(day in instant(), calendar in calendar(), n in 1u32..30) {
        // Any day between a business day and the next one gives the same due dates.
        // (Walking back from early January 2024 would leave the covered years.)
        let day = day.date_naive();
        prop_assume!(day >= NaiveDate::from_ymd_opt(2024, 1, 20).unwrap());
        let mut previous_business_day = day;
        while !calendar.is_business_day(previous_business_day).unwrap() {
            previous_business_day -= Duration::days(1);
        }
        prop_assert_eq!(
            due_date(Clock::BusinessDays(n), day, &calendar).unwrap(),
            due_date(Clock::BusinessDays(n), previous_business_day, &calendar).unwrap()
        );
    }
}

/// Business days in (from, to].
fn business_days_between(calendar: &Calendar, from: NaiveDate, to: NaiveDate) -> u32 {
    from.iter_days().skip(1).take_while(|d| *d <= to).filter(|d| calendar.is_business_day(*d).unwrap()).count() as u32
}
