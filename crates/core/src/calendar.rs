//! Business days: Monday to Friday, less the provider's public holidays.
//!
//! The holiday lists are generated from the PyPI package `holidays` by
//! `tools/holidays/generate.py` into `calendars/`, and compiled in by build.rs.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::policy::HolidayCalendarId;

mod data {
    include!(concat!(env!("OUT_DIR"), "/calendars.rs"));
}

/// The years the shipped calendars cover.
pub const COVERED_YEARS: std::ops::RangeInclusive<i32> = data::FIRST_YEAR..=data::LAST_YEAR;

/// A date outside the years the holiday calendar covers: counting business
/// days there would silently ignore holidays, so it is refused instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotCovered {
    pub date: NaiveDate,
}

impl std::fmt::Display for NotCovered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} is outside the years {}-{} that the holiday calendars cover",
            self.date,
            COVERED_YEARS.start(),
            COVERED_YEARS.end()
        )
    }
}

impl std::error::Error for NotCovered {}

impl HolidayCalendarId {
    fn days(self) -> &'static [(u16, u8, u8)] {
        match self {
            HolidayCalendarId::England => data::ENGLAND,
            HolidayCalendarId::Saarland => data::SAARLAND,
            HolidayCalendarId::Azerbaijan => data::AZERBAIJAN,
            HolidayCalendarId::None => &[],
        }
    }

    /// Whether `date` is a public holiday of this calendar.
    pub fn is_holiday(self, date: NaiveDate) -> Result<bool, NotCovered> {
        if self != HolidayCalendarId::None && !COVERED_YEARS.contains(&date.year()) {
            return Err(NotCovered { date });
        }
        let key = (date.year() as u16, date.month() as u8, date.day() as u8);
        Ok(self.days().binary_search(&key).is_ok())
    }

    /// Whether `date` is a business day: Monday to Friday and not a holiday.
    pub fn is_business_day(self, date: NaiveDate) -> Result<bool, NotCovered> {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        Ok(!weekend && !self.is_holiday(date)?)
    }

    /// The `n`-th business day strictly after `day`.
    pub fn add_business_days(self, day: NaiveDate, n: u32) -> Result<NaiveDate, NotCovered> {
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
    pub fn holidays(self) -> impl Iterator<Item = NaiveDate> {
        self.days().iter().map(|&(y, m, d)| {
            NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d)).expect("build.rs checked the date")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn england_knows_the_boxing_day_substitute() {
        assert!(HolidayCalendarId::England.is_holiday(date("2026-12-28")).unwrap());
        assert!(!HolidayCalendarId::Saarland.is_holiday(date("2026-12-28")).unwrap());
    }

    #[test]
    fn saarland_keeps_corpus_christi_and_assumption() {
        assert!(HolidayCalendarId::Saarland.is_holiday(date("2026-06-04")).unwrap());
        assert!(HolidayCalendarId::Saarland.is_holiday(date("2026-08-15")).unwrap());
    }

    #[test]
    fn azerbaijan_includes_observed_days() {
        assert!(HolidayCalendarId::Azerbaijan.is_holiday(date("2026-03-09")).unwrap());
        assert!(HolidayCalendarId::Azerbaijan.is_holiday(date("2026-11-10")).unwrap());
    }

    #[test]
    fn no_calendar_means_only_weekends_are_off() {
        let none = HolidayCalendarId::None;
        assert!(none.is_business_day(date("2026-12-25")).unwrap());
        assert!(!none.is_business_day(date("2026-12-26")).unwrap());
        assert!(none.is_business_day(date("2050-01-03")).unwrap());
    }

    #[test]
    fn counting_starts_the_day_after() {
        let england = HolidayCalendarId::England;
        // Friday + 1 business day is the next Monday.
        assert_eq!(england.add_business_days(date("2026-11-20"), 1).unwrap(), date("2026-11-23"));
        assert_eq!(england.add_business_days(date("2026-11-20"), 0).unwrap(), date("2026-11-20"));
    }

    #[test]
    fn dates_beyond_the_calendar_are_refused() {
        let error = HolidayCalendarId::England.add_business_days(date("2035-12-28"), 5).unwrap_err();
        assert_eq!(error.date, date("2036-01-01"));
    }

    #[test]
    fn every_calendar_has_holidays_in_every_covered_year() {
        for calendar in [HolidayCalendarId::England, HolidayCalendarId::Saarland, HolidayCalendarId::Azerbaijan] {
            for year in COVERED_YEARS {
                assert!(calendar.holidays().any(|d| d.year() == year), "{calendar:?} {year}");
            }
        }
    }
}
