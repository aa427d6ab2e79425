//! Business days: Monday to Friday, less the provider's public holidays.
//!
//! A holiday calendar is data: a file of `YYYY-MM-DD<TAB>name` lines (the
//! bundled ones are generated from the PyPI package `holidays` by
//! `tools/holidays/generate.py` into `calendars/`), read with the policies
//! that name it. It covers the years from its first holiday's to its last's;
//! a date outside them is `NotCovered`, never miscounted.

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate, Weekday};

/// A date outside the years the holiday calendar covers: counting business
/// days there would silently ignore holidays, so it is refused instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotCovered {
    pub date: NaiveDate,
}

impl std::fmt::Display for NotCovered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} is outside the years the provider's holiday calendar covers", self.date)
    }
}

impl std::error::Error for NotCovered {}

/// A holiday calendar: the public holidays of a place, over the years it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    years: RangeInclusive<i32>,
    /// In increasing order.
    days: Vec<NaiveDate>,
}

/// Business days with no holidays: every year is covered.
pub static WEEKDAYS_ONLY: Calendar = Calendar { years: i32::MIN..=i32::MAX, days: Vec::new() };

/// A calendar that covers no year: what a policy read without its data
/// folder counts on, so that it refuses to count rather than miscount.
#[allow(clippy::reversed_empty_ranges)] // empty on purpose: no year is covered
pub static UNKNOWN: Calendar = Calendar { years: 1..=0, days: Vec::new() };

impl Calendar {
    /// Reads `YYYY-MM-DD<TAB>name` lines (`#` comments and blank lines
    /// aside): real dates, strictly increasing, and at least one in every
    /// year from the first to the last, which are the years it covers.
    pub fn parse(text: &str) -> Result<Calendar, String> {
        let mut days: Vec<NaiveDate> = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let date = line.split('\t').next().unwrap_or_default();
            let day =
                crate::dates::parse_date(date).ok_or_else(|| format!("line {}: `{date}` is not a date", index + 1))?;
            if days.last().is_some_and(|last| *last >= day) {
                return Err(format!("line {}: dates must be in increasing order", index + 1));
            }
            days.push(day);
        }
        let (Some(first), Some(last)) = (days.first(), days.last()) else {
            return Err("no holiday: a calendar lists at least one".to_string());
        };
        let years = first.year()..=last.year();
        if let Some(gap) = years.clone().find(|year| !days.iter().any(|day| day.year() == *year)) {
            return Err(format!("no holiday in {gap}: the calendar must cover every year from {first} to {last}"));
        }
        Ok(Calendar { years, days })
    }

    /// The years the calendar covers.
    pub fn years(&self) -> RangeInclusive<i32> {
        self.years.clone()
    }

    /// Whether `date` is a public holiday of this calendar.
    pub fn is_holiday(&self, date: NaiveDate) -> Result<bool, NotCovered> {
        if !self.years.contains(&date.year()) {
            return Err(NotCovered { date });
        }
        Ok(self.days.binary_search(&date).is_ok())
    }

    /// Whether `date` is a business day: Monday to Friday and not a holiday.
    pub fn is_business_day(&self, date: NaiveDate) -> Result<bool, NotCovered> {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        Ok(!weekend && !self.is_holiday(date)?)
    }

    /// The `n`-th business day strictly after `day`.
    pub fn add_business_days(&self, day: NaiveDate, n: u32) -> Result<NaiveDate, NotCovered> {
        let mut date = day;
        let mut counted = 0;
        while counted < n {
            date = date.succ_opt().ok_or(NotCovered { date })?;
            if self.is_business_day(date)? {
                counted += 1;
            }
        }
        Ok(date)
    }

    /// Every holiday of the calendar, for display and tests.
    pub fn holidays(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.days.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn calendar(name: &str) -> Calendar {
        let text = match name {
            "england" => include_str!("../calendars/england.txt"),
            "saarland" => include_str!("../calendars/saarland.txt"),
            _ => include_str!("../calendars/azerbaijan.txt"),
        };
        Calendar::parse(text).unwrap()
    }

    #[test]
    fn england_knows_the_boxing_day_substitute() {
        assert!(calendar("england").is_holiday(date("2026-12-28")).unwrap());
        assert!(!calendar("saarland").is_holiday(date("2026-12-28")).unwrap());
    }

    #[test]
    fn saarland_keeps_corpus_christi_and_assumption() {
        assert!(calendar("saarland").is_holiday(date("2026-06-04")).unwrap());
        assert!(calendar("saarland").is_holiday(date("2026-08-15")).unwrap());
    }

    #[test]
    fn azerbaijan_includes_observed_days() {
        assert!(calendar("azerbaijan").is_holiday(date("2026-03-09")).unwrap());
        assert!(calendar("azerbaijan").is_holiday(date("2026-11-10")).unwrap());
    }

    #[test]
    fn no_calendar_means_only_weekends_are_off() {
        assert!(WEEKDAYS_ONLY.is_business_day(date("2026-12-25")).unwrap());
        assert!(!WEEKDAYS_ONLY.is_business_day(date("2026-12-26")).unwrap());
        assert!(WEEKDAYS_ONLY.is_business_day(date("2050-01-03")).unwrap());
    }

    #[test]
    fn counting_starts_the_day_after() {
        let england = calendar("england");
        // Friday + 1 business day is the next Monday.
        assert_eq!(england.add_business_days(date("2026-11-20"), 1).unwrap(), date("2026-11-23"));
        assert_eq!(england.add_business_days(date("2026-11-20"), 0).unwrap(), date("2026-11-20"));
    }

    #[test]
    fn dates_beyond_the_calendar_are_refused() {
        let error = calendar("england").add_business_days(date("2035-12-28"), 5).unwrap_err();
        assert_eq!(error.date, date("2036-01-01"));
        assert_eq!(UNKNOWN.is_business_day(date("2026-11-16")), Err(NotCovered { date: date("2026-11-16") }));
    }

    #[test]
    fn every_bundled_calendar_covers_2024_to_2035() {
        for name in ["england", "saarland", "azerbaijan"] {
            assert_eq!(calendar(name).years(), 2024..=2035, "{name}");
        }
    }

    #[test]
    fn a_calendar_file_must_be_real_increasing_dates_in_every_year_it_spans() {
        let two_years = Calendar::parse("# a comment\n2026-01-01\tNew Year\n\n2027-01-01\tNew Year\n").unwrap();
        assert_eq!(two_years.years(), 2026..=2027);
        for (text, problem) in [
            ("", "no holiday: a calendar lists at least one"),
            ("2026-02-30\tNo such day", "line 1: `2026-02-30` is not a date"),
            ("2026-05-01\tA\n2026-01-01\tB", "line 2: dates must be in increasing order"),
            (
                "2026-01-01\tA\n2028-01-01\tB",
                "no holiday in 2027: the calendar must cover every year from 2026-01-01 to 2028-01-01",
            ),
        ] {
            assert_eq!(Calendar::parse(text), Err(problem.to_string()), "{text}");
        }
    }
}
