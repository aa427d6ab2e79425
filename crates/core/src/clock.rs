//! The portal's deadline conventions, as functions:
//!
//! - the **day of receipt** is the calendar date, in the provider's time zone,
//!   of the instant the complaint was durably accepted;
//! - **N business days** is the N-th business day strictly after that day;
//! - **N weeks** is that day plus 7N days;
//! - **N months** is the same day-of-month N months later, clamped to the
//!   month's last day.

use chrono::{DateTime, Days, Months, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use crate::calendar::{Calendar, NotCovered};
use crate::policy::{Clock, Retention, TimeZone as Zone};

impl Zone {
    /// The zone's rules; a name the policy check let through always has them.
    pub fn tz(&self) -> Tz {
        self.0.parse().unwrap_or(chrono_tz::UTC)
    }

    /// The IANA name, e.g. `Europe/London`.
    pub fn name(&self) -> &str {
        &self.0
    }

    /// The local calendar date of `instant` in this zone.
    pub fn local_date(&self, instant: DateTime<Utc>) -> NaiveDate {
        instant.with_timezone(&self.tz()).date_naive()
    }

    /// The first instant of `date` in this zone (midnight, or the first
    /// existing moment where a DST change skips midnight).
    pub fn start_of(&self, date: NaiveDate) -> DateTime<Utc> {
        let tz = self.tz();
        let mut time = date.and_hms_opt(0, 0, 0).expect("midnight exists");
        loop {
            if let Some(start) = tz.from_local_datetime(&time).earliest() {
                return start.with_timezone(&Utc);
            }
            time += chrono::Duration::minutes(30);
        }
    }
}

/// When a clock started on `anchor` runs out, counted on `calendar`.
pub fn due_date(clock: Clock, anchor: NaiveDate, calendar: &Calendar) -> Result<NaiveDate, NotCovered> {
    match clock {
        Clock::BusinessDays(n) => calendar.add_business_days(anchor, n),
        Clock::Weeks(n) => anchor.checked_add_days(Days::new(7 * u64::from(n))).ok_or(NotCovered { date: anchor }),
        // chrono clamps the day to the end of a shorter month (31 Jan + 1 month = 28/29 Feb).
        Clock::Months(n) => anchor.checked_add_months(Months::new(n)).ok_or(NotCovered { date: anchor }),
    }
}

impl Retention {
    /// The instant before which a finished case has been kept long enough
    /// at `now`: the period is both the minimum and, as data protection asks,
    /// no longer than needed, so a case is purged as soon as it has passed.
    pub fn kept_since(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now.checked_sub_months(Months::new(self.years.saturating_mul(12))).unwrap_or(DateTime::<Utc>::MIN_UTC)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instant(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn zone(name: &str) -> Zone {
        Zone(name.to_string().into())
    }

    #[test]
    fn receipt_just_before_london_midnight_in_summer_is_the_same_day() {
        // 23:59 BST on 30 June is 22:59 UTC.
        assert_eq!(zone("Europe/London").local_date(instant("2026-06-30T22:59:00Z")), date("2026-06-30"));
        assert_eq!(zone("Europe/London").local_date(instant("2026-06-30T23:00:00Z")), date("2026-07-01"));
    }

    #[test]
    fn baku_is_four_hours_ahead_all_year() {
        assert_eq!(zone("Asia/Baku").local_date(instant("2026-12-31T20:00:00Z")), date("2027-01-01"));
        assert_eq!(zone("Asia/Baku").local_date(instant("2026-12-31T19:59:59Z")), date("2026-12-31"));
    }

    #[test]
    fn berlin_midnight_follows_daylight_saving() {
        // Winter: UTC+1. Summer: UTC+2.
        assert_eq!(zone("Europe/Berlin").start_of(date("2026-01-15")), instant("2026-01-14T23:00:00Z"));
        assert_eq!(zone("Europe/Berlin").start_of(date("2026-07-15")), instant("2026-07-14T22:00:00Z"));
    }

    #[test]
    fn months_clamp_to_the_end_of_a_short_month() {
        let none = &crate::calendar::WEEKDAYS_ONLY;
        assert_eq!(due_date(Clock::Months(1), date("2027-01-31"), none).unwrap(), date("2027-02-28"));
        assert_eq!(due_date(Clock::Months(1), date("2028-01-31"), none).unwrap(), date("2028-02-29"));
        assert_eq!(due_date(Clock::Months(3), date("2026-11-30"), none).unwrap(), date("2027-02-28"));
    }

    #[test]
    fn any_zone_of_the_database_counts_in_its_own_local_time() {
        // Not among the bundled providers' zones: the data may name any.
        assert_eq!(zone("Pacific/Auckland").local_date(instant("2026-11-16T12:00:00Z")), date("2026-11-17"));
        assert_eq!(zone("Pacific/Auckland").tz().name(), "Pacific/Auckland");
    }

    #[test]
    fn eight_weeks_is_fifty_six_days() {
        let due = due_date(Clock::Weeks(8), date("2026-12-18"), &crate::calendar::WEEKDAYS_ONLY).unwrap();
        assert_eq!(due, date("2027-02-12"));
    }

    #[test]
    fn a_retention_period_counts_calendar_years_back_from_now() {
        let seven = Retention { years: 7, at_least: true };
        assert_eq!(seven.kept_since(instant("2033-11-22T10:00:00Z")), instant("2026-11-22T10:00:00Z"));
        // From a leap day, to the last day of February.
        assert_eq!(seven.kept_since(instant("2032-02-29T00:00:00Z")), instant("2025-02-28T00:00:00Z"));
        let forever = Retention { years: u32::MAX, at_least: false };
        assert_eq!(forever.kept_since(instant("2026-01-01T00:00:00Z")), DateTime::<Utc>::MIN_UTC);
    }
}
