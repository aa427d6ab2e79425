//! The period a report covers, as the member chooses it: this or last
//! month or quarter, or dates of their own, checked before the server is
//! asked (the core's own rule for how long a period may be).

use chrono::{Datelike, Months, NaiveDate};
use redress_core::dates::parse_date;
use redress_core::report::{Period, PeriodError};

/// The periods offered, in the order of the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    /// Dates the member types.
    Dates,
}

impl Choice {
    pub const ALL: [Choice; 5] =
        [Choice::ThisMonth, Choice::LastMonth, Choice::ThisQuarter, Choice::LastQuarter, Choice::Dates];

    /// Its value in the menu.
    pub fn as_str(self) -> &'static str {
        match self {
            Choice::ThisMonth => "this-month",
            Choice::LastMonth => "last-month",
            Choice::ThisQuarter => "this-quarter",
            Choice::LastQuarter => "last-quarter",
            Choice::Dates => "dates",
        }
    }

    pub fn parse(value: &str) -> Choice {
        Choice::ALL.into_iter().find(|choice| choice.as_str() == value).unwrap_or(Choice::ThisQuarter)
    }

    /// The period it names on `today` (the provider's day); `None` for dates
    /// the member types.
    pub fn period(self, today: NaiveDate) -> Option<Period> {
        let quarter = |day: NaiveDate| Period::quarter(day.year(), day.month0() / 3 + 1);
        let month = |day: NaiveDate| Period::month(day.year(), day.month());
        match self {
            Choice::ThisMonth => month(today),
            Choice::LastMonth => month(today.checked_sub_months(Months::new(1))?),
            Choice::ThisQuarter => quarter(today),
            Choice::LastQuarter => quarter(today.checked_sub_months(Months::new(3))?),
            Choice::Dates => None,
        }
    }
}

/// What is wrong with the dates typed, by the field it is told beside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatesProblem {
    /// The first day is missing or not a date.
    From,
    /// The last day is missing or not a date.
    To,
    /// The last day is before the first.
    Reversed,
    /// Longer than a report covers.
    TooLong,
}

/// The period of the dates typed (`YYYY-MM-DD`, as a date field gives them).
pub fn typed(from: &str, to: &str) -> Result<Period, Vec<DatesProblem>> {
    let (first, last) = (parse_date(from.trim()), parse_date(to.trim()));
    let (Some(first), Some(last)) = (first, last) else {
        let mut problems = Vec::new();
        if first.is_none() {
            problems.push(DatesProblem::From);
        }
        if last.is_none() {
            problems.push(DatesProblem::To);
        }
        return Err(problems);
    };
    Period::new(first, last).map_err(|error| match error {
        PeriodError::Reversed => vec![DatesProblem::Reversed],
        PeriodError::TooLong => vec![DatesProblem::TooLong],
    })
}

/// The period an address's query asks for (`?period=last-quarter`, or
/// `?from=2026-07-01&to=2026-09-30`), if any: a report bookmarked or sent
/// to a colleague opens on its period.
pub fn asked(search: &str) -> Option<(Choice, String, String)> {
    let value = |name: &str| {
        search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    };
    match (value("period"), value("from"), value("to")) {
        (_, Some(from), Some(to)) => Some((Choice::Dates, from.to_string(), to.to_string())),
        (Some(period), _, _) => Some((Choice::parse(period), String::new(), String::new())),
        _ => None,
    }
}

/// The query that asks the server for `period`'s report or sheets.
pub fn query(period: Period) -> String {
    format!("from={}&to={}", period.from, period.to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn each_choice_is_its_period_on_the_day() {
        let today = day("2027-01-20");
        let period = |choice: Choice| choice.period(today).map(|p| (p.from.to_string(), p.to.to_string()));
        let pair = |from: &str, to: &str| Some((from.to_string(), to.to_string()));
        assert_eq!(period(Choice::ThisMonth), pair("2027-01-01", "2027-01-31"));
        assert_eq!(period(Choice::LastMonth), pair("2026-12-01", "2026-12-31"), "across the year");
        assert_eq!(period(Choice::ThisQuarter), pair("2027-01-01", "2027-03-31"));
        assert_eq!(period(Choice::LastQuarter), pair("2026-10-01", "2026-12-31"));
        assert_eq!(period(Choice::Dates), None);
        assert_eq!(Choice::parse("last-month"), Choice::LastMonth);
        assert_eq!(Choice::parse("nonsense"), Choice::ThisQuarter);
    }

    #[test]
    fn an_address_asks_for_its_period() {
        let dates = |from: &str, to: &str| Some((Choice::Dates, from.to_string(), to.to_string()));
        assert_eq!(asked("?lang=fr&from=2026-07-01&to=2026-09-30"), dates("2026-07-01", "2026-09-30"));
        assert_eq!(asked("?period=last-month"), Some((Choice::LastMonth, String::new(), String::new())));
        assert_eq!(asked("?lang=de"), None);
        assert_eq!(asked(""), None);
    }

    #[test]
    fn typed_dates_are_checked_before_the_server_is_asked() {
        assert_eq!(typed("2026-07-01", " 2026-09-30 ").map(query).as_deref(), Ok("from=2026-07-01&to=2026-09-30"));
        assert_eq!(typed("", "2026-13-01"), Err(vec![DatesProblem::From, DatesProblem::To]));
        assert_eq!(typed("2026-09-30", "2026-07-01"), Err(vec![DatesProblem::Reversed]));
        assert_eq!(typed("2025-01-01", "2026-06-30"), Err(vec![DatesProblem::TooLong]));
    }
}
