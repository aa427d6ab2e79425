//! Dates and whole numbers as the case page writes them, in each language
//! of the portal.

use chrono::{Datelike, NaiveDate};

use crate::policy::Lang;

/// A date as the case page writes it in `lang`: "Tuesday 29 December 2026",
/// "mardi 1er décembre 2026", "Dienstag, 29. Dezember 2026"; Russian and
/// Azerbaijani without the weekday, which a sentence puts after a
/// preposition ("29 декабря 2026", "29 dekabr 2026").
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    let (day, month, year) = (date.day(), date.month0() as usize, date.year());
    let weekday = date.weekday().num_days_from_monday() as usize;
    match lang {
        Lang::En => format!("{} {day} {} {year}", EN_WEEKDAYS[weekday], EN_MONTHS[month]),
        Lang::Fr => {
            let day = if day == 1 { "1er".to_string() } else { day.to_string() };
            format!("{} {day} {} {year}", FR_WEEKDAYS[weekday], FR_MONTHS[month])
        }
        Lang::De => format!("{}, {day}. {} {year}", DE_WEEKDAYS[weekday], DE_MONTHS[month]),
        Lang::Ru => format!("{day} {} {year}", RU_MONTHS_GENITIVE[month]),
        Lang::Az => format!("{day} {} {year}", AZ_MONTHS[month]),
    }
}

/// A whole number as the case page writes it in `lang` (the browser's
/// grouping): "10,000", "10 000" (French and Russian, with a space that
/// does not break), "10.000" (German and Azerbaijani).
pub fn whole_number(lang: Lang, n: u32) -> String {
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202F}",
        Lang::Ru => "\u{A0}",
        Lang::De | Lang::Az => ".",
    };
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    grouped
}

const EN_WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR_WEEKDAYS: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const DE_WEEKDAYS: [&str; 7] = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
const DE_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const RU_MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const AZ_MONTHS: [&str; 12] =
    ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"];

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        crate::dates::parse_date(text).unwrap()
    }

    #[test]
    fn dates_read_as_the_case_page_writes_them() {
        let tuesday = day("2026-12-29");
        assert_eq!(long_date(Lang::En, tuesday), "Tuesday 29 December 2026");
        assert_eq!(long_date(Lang::Fr, tuesday), "mardi 29 décembre 2026");
        assert_eq!(long_date(Lang::Fr, day("2026-12-01")), "mardi 1er décembre 2026");
        assert_eq!(long_date(Lang::De, tuesday), "Dienstag, 29. Dezember 2026");
        assert_eq!(long_date(Lang::Ru, tuesday), "29 декабря 2026");
        assert_eq!(long_date(Lang::Az, tuesday), "29 dekabr 2026");
    }

    #[test]
    fn numbers_are_grouped_as_each_language_groups_them() {
        assert_eq!(whole_number(Lang::En, 10_000), "10,000");
        assert_eq!(whole_number(Lang::Fr, 10_000), "10\u{202F}000");
        assert_eq!(whole_number(Lang::De, 1_234_567), "1.234.567");
        assert_eq!(whole_number(Lang::Ru, 999), "999");
    }
}
