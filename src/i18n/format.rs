//! Numbers, dates and plural categories, formatted by the browser's `Intl`
//! for the active language: the browser carries the CLDR data, so the app
//! does not have to.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use js_sys::{Array, Intl, Object, Reflect};
use redress_core::policy::{Lang, TimeZone};
use wasm_bindgen::JsValue;

use super::catalog::Numbers;

/// The locale `Intl` formats with: British English, since the English-speaking
/// providers are in England.
fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(lang.locale()))
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

thread_local! {
    static PLURALS: RefCell<HashMap<Lang, Intl::PluralRules>> = RefCell::new(HashMap::new());
    /// Number formats by language and style: a browser takes tens of
    /// milliseconds to make its first, so each is made once.
    static NUMBERS: RefCell<HashMap<(Lang, NumberStyle), js_sys::Function>> = RefCell::new(HashMap::new());
    /// Whether the browser can name months, per language: asked once, not per date.
    static MONTH_NAMES: RefCell<HashMap<Lang, bool>> = RefCell::new(HashMap::new());
    /// The format that gives today's date in the provider's zone, made once
    /// (a page is for one provider): the wizard asks for today at every
    /// keystroke (its warnings).
    static DAY_FORMAT: RefCell<Option<(String, Intl::DateTimeFormat)>> = const { RefCell::new(None) };
}

/// `one`, `few`, `many`, `other`, … for `n` in `lang`.
pub fn plural_category(lang: Lang, n: i64) -> &'static str {
    let category = PLURALS.with(|rules| {
        rules
            .borrow_mut()
            .entry(lang)
            .or_insert_with(|| Intl::PluralRules::new(&locales(lang), &Object::new()))
            .select(n as f64)
            .as_string()
            .unwrap_or_default()
    });
    match category.as_str() {
        "zero" => "zero",
        "one" => "one",
        "two" => "two",
        "few" => "few",
        "many" => "many",
        _ => "other",
    }
}

/// A file's size as people say it: whole kilobytes (rounded up, so never
/// "0 KB"), or megabytes to one decimal. [`file_size`] writes it
/// in the active language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FileSize {
    pub amount: f64,
    pub unit: SizeUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeUnit {
    Kilobyte,
    Megabyte,
}

impl FileSize {
    pub fn of(bytes: u64) -> FileSize {
        if bytes >= 1024 * 1024 {
            let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
            FileSize { amount: tenths as f64 / 10.0, unit: SizeUnit::Megabyte }
        } else {
            FileSize { amount: bytes.div_ceil(1024) as f64, unit: SizeUnit::Kilobyte }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum NumberStyle {
    Plain,
    Kilobytes,
    Megabytes,
}

/// `value` in `lang` and `style`, by the browser's `Intl.NumberFormat`.
fn format_number(lang: Lang, style: NumberStyle, value: f64) -> String {
    let format = NUMBERS.with(|formats| {
        formats
            .borrow_mut()
            .entry((lang, style))
            .or_insert_with(|| {
                let options = match style {
                    NumberStyle::Plain => Object::new(),
                    NumberStyle::Kilobytes => unit_options("kilobyte", "0"),
                    NumberStyle::Megabytes => unit_options("megabyte", "1"),
                };
                Intl::NumberFormat::new(&locales(lang), &options).format()
            })
            .clone()
    });
    format.call1(&JsValue::NULL, &JsValue::from_f64(value)).ok().and_then(|text| text.as_string()).unwrap_or_default()
}

fn unit_options(unit: &str, decimals: &str) -> Object {
    options(&[
        ("style", "unit"),
        ("unit", unit),
        ("unitDisplay", "short"),
        ("minimumFractionDigits", decimals),
        ("maximumFractionDigits", decimals),
    ])
}

/// `n` as `lang` writes it: "5,000" in English, "5 000" in French, "5.000" in German.
pub fn number(lang: Lang, n: i64) -> String {
    // Below a thousand, all five languages write the same plain digits; most
    // pages show only such numbers ("Step 2 of 7"), and making the browser's
    // first number format would cost them tens of milliseconds.
    if (0..1000).contains(&n) {
        return n.to_string();
    }
    format_number(lang, NumberStyle::Plain, n as f64)
}

/// A file as a list names it: "bill.pdf (240 kB)".
pub fn named_file(lang: Lang, name: &str, bytes: u64) -> String {
    format!("{name} ({})", file_size(lang, FileSize::of(bytes)))
}

/// A file's size in `lang`: "240 kB", "1.5 MB"; "1,5 Mo" in French.
pub fn file_size(lang: Lang, size: FileSize) -> String {
    let style = match size.unit {
        SizeUnit::Kilobyte => NumberStyle::Kilobytes,
        SizeUnit::Megabyte => NumberStyle::Megabytes,
    };
    format_number(lang, style, size.amount)
}

/// The app's languages, counted and written by the browser.
pub struct IntlNumbers(pub Lang);

impl Numbers for IntlNumbers {
    fn plural(&self, n: i64) -> &'static str {
        plural_category(self.0, n)
    }

    fn digits(&self, n: i64) -> String {
        number(self.0, n)
    }
}

/// Whether this browser can name the months in `lang`: some builds (Debian's
/// Chromium among them) lack Azerbaijani and print "2026 M11 25" instead.
/// A real month name never contains a digit.
fn has_locale_data(lang: Lang) -> bool {
    MONTH_NAMES.with(|known| {
        *known.borrow_mut().entry(lang).or_insert_with(|| {
            let january = js_sys::Date::new(&JsValue::from_f64(1_000_000_000_000.0 - 250.0 * 86_400_000.0));
            let month: String = january.to_locale_date_string(lang.locale(), &options(&[("month", "long")])).into();
            !month.chars().any(|c| c.is_ascii_digit())
        })
    })
}

/// A calendar date such as "Tuesday 29 December 2026" in `lang`. Russian
/// and Azerbaijani dates go without their weekday ("29 декабря 2026",
/// "29 dekabr 2026"): sentences put a date after a preposition or before a
/// case ending, where a weekday in the nominative is ungrammatical. Where
/// the browser cannot name the months in `lang`, "29.12.2026".
pub fn date(lang: Lang, date: NaiveDate) -> String {
    if lang == Lang::Az {
        return spelled_date(date.day(), date.month0(), date.year());
    }
    if !has_locale_data(lang) {
        return format!("{:02}.{:02}.{}", date.day(), date.month(), date.year());
    }
    // Noon UTC, formatted in UTC: the same calendar day in every time zone.
    let day = js_sys::Date::new_0();
    day.set_utc_full_year_with_month_date(date.year() as u32, date.month0() as i32, date.day() as i32);
    day.set_utc_hours(12);
    if lang == Lang::Ru {
        // Day and month in the genitive, then the year without "г.", which
        // would double the full stop of a sentence that ends with the date.
        let options = options(&[("day", "numeric"), ("month", "long"), ("timeZone", "UTC")]);
        let day_month: String = day.to_locale_date_string(lang.locale(), &options).into();
        return format!("{day_month} {}", date.year());
    }
    let options = options(&[
        ("weekday", "long"),
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
        ("timeZone", "UTC"),
    ]);
    let text: String = day.to_locale_date_string(lang.locale(), &options).into();
    match lang {
        // French writes the first of the month as an ordinal: "mardi 1er décembre".
        Lang::Fr if date.day() == 1 => text.replacen(" 1 ", " 1er ", 1),
        // British style has no comma after the weekday ("Tuesday 1 December
        // 2026"), which some browsers' data adds.
        Lang::En => text.replacen(", ", " ", 1),
        _ => text,
    }
}

/// A month and its year, "July 2026", or its name alone, short, for a
/// chart's axis ("Jul"), in `lang`.
pub fn month(lang: Lang, date: NaiveDate, short: bool) -> String {
    if lang == Lang::Az || !has_locale_data(lang) {
        let name = AZ_MONTHS.get(date.month0() as usize).copied().unwrap_or_default();
        return match (lang, short) {
            (Lang::Az, true) => name.chars().take(3).collect(),
            (Lang::Az, false) => format!("{name} {}", date.year()),
            (_, true) => format!("{:02}", date.month()),
            _ => format!("{:02}.{}", date.month(), date.year()),
        };
    }
    let day = js_sys::Date::new_0();
    day.set_utc_full_year_with_month_date(date.year() as u32, date.month0() as i32, 15);
    day.set_utc_hours(12);
    let wanted: &[(&str, &str)] = if short {
        &[("month", "short"), ("timeZone", "UTC")]
    } else {
        &[("month", "long"), ("year", "numeric"), ("timeZone", "UTC")]
    };
    day.to_locale_date_string(lang.locale(), &options(wanted)).into()
}

/// A day and month in figures for a chart's axis: "6/7" in English, "6.7"
/// in the others.
pub fn day_month(lang: Lang, date: NaiveDate) -> String {
    let mark = if lang == Lang::En { '/' } else { '.' };
    format!("{}{mark}{}", date.day(), date.month())
}

/// The months in Azerbaijani, which browsers may lack (Debian's Chromium
/// has no `az` date data): a date the other languages spell out must not
/// come out as digits in this one alone.
const AZ_MONTHS: [&str; 12] =
    ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"];

/// "12 mart 2026": day, month name, year, as Azerbaijani writes a date.
fn spelled_date(day: u32, month0: u32, year: i32) -> String {
    let month = AZ_MONTHS.get(month0 as usize).copied().unwrap_or_default();
    format!("{day} {month} {year}")
}

/// An instant such as "22 November 2026 at 10:04", in the reader's time zone.
pub fn instant(lang: Lang, at: DateTime<Utc>) -> String {
    if lang == Lang::Az || !has_locale_data(lang) {
        let local = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
        let day = if lang == Lang::Az {
            spelled_date(local.get_date(), local.get_month(), local.get_full_year() as i32)
        } else {
            format!("{:02}.{:02}.{}", local.get_date(), local.get_month() + 1, local.get_full_year())
        };
        return format!("{day}, {:02}:{:02}", local.get_hours(), local.get_minutes());
    }
    let moment = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options = options(&[("dateStyle", "long"), ("timeStyle", "short")]);
    moment.to_locale_string(lang.locale(), &options).into()
}

/// Today's date in the browser, as UTC sees it (the core converts to the
/// provider's time zone where it matters).
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Today's date in a provider's time zone, as the browser's clock and time
/// zone data give it (the app carries no zone tables of its own; the server
/// decides the day of receipt with its own).
pub fn today_in(zone: &TimeZone) -> NaiveDate {
    let parts = DAY_FORMAT.with(|format| {
        let mut format = format.borrow_mut();
        if format.as_ref().is_none_or(|(name, _)| name != zone.name()) {
            let fields = [("timeZone", zone.name()), ("year", "numeric"), ("month", "numeric"), ("day", "numeric")];
            let made = Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str("en")), &options(&fields));
            *format = Some((zone.name().to_string(), made));
        }
        format.as_ref().map(|(_, format)| format.format_to_parts(&js_sys::Date::new_0())).unwrap_or_default()
    });
    let part = |kind: &str| {
        parts.iter().find_map(|part| {
            let is_kind = Reflect::get(&part, &JsValue::from_str("type")).ok()?.as_string()? == kind;
            let value = Reflect::get(&part, &JsValue::from_str("value")).ok()?.as_string()?;
            if is_kind { value.parse::<u32>().ok() } else { None }
        })
    };
    let local = (|| NaiveDate::from_ymd_opt(i32::try_from(part("year")?).ok()?, part("month")?, part("day")?))();
    local.unwrap_or_else(|| now().date_naive())
}

#[cfg(test)]
mod tests {
    use super::{FileSize, SizeUnit};

    fn size(amount: f64, unit: SizeUnit) -> FileSize {
        FileSize { amount, unit }
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(FileSize::of(1), size(1.0, SizeUnit::Kilobyte));
        assert_eq!(FileSize::of(240 * 1024), size(240.0, SizeUnit::Kilobyte));
        assert_eq!(FileSize::of(1024 * 1024 - 1), size(1024.0, SizeUnit::Kilobyte));
        assert_eq!(FileSize::of(1024 * 1024), size(1.0, SizeUnit::Megabyte));
        assert_eq!(FileSize::of(1_572_864), size(1.5, SizeUnit::Megabyte));
        assert_eq!(FileSize::of(10 * 1024 * 1024), size(10.0, SizeUnit::Megabyte));
    }
}
