//! Dates and instants as they travel in the API and forms: `YYYY-MM-DD`
//! (RFC 3339's full-date) and RFC 3339 instants. Read by hand rather than by
//! chrono's general parser, which would be one of the largest functions of
//! the browser app, for two fixed formats; the serde helpers let a type read
//! them so (chrono still writes them).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer};

/// A date as a date field sends it: `YYYY-MM-DD`, and nothing else.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(&bytes[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(&bytes[5..7])?, digits(&bytes[8..10])?)
}

/// An RFC 3339 instant with a 4-digit year, e.g. `2026-12-18T10:00:00Z`,
/// `2026-12-18T10:00:00.123456789Z` or `2026-12-18T11:00:00+01:00`.
pub fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    let bytes = text.as_bytes();
    if bytes.len() < 20 || !matches!(bytes[10], b'T' | b't') || bytes[13] != b':' || bytes[16] != b':' {
        return None;
    }
    let date = parse_date(text.get(..10)?)?;
    let time = date.and_hms_opt(digits(&bytes[11..13])?, digits(&bytes[14..16])?, digits(&bytes[17..19])?)?;
    let mut rest = &bytes[19..];
    let mut nanos = 0u32;
    if let Some(fraction) = rest.strip_prefix(b".") {
        let length = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
        if length == 0 || length > 9 {
            return None;
        }
        nanos = digits(&fraction[..length])? * 10u32.pow(9 - length as u32);
        rest = &fraction[length..];
    }
    let offset_seconds = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let minutes = digits(&[*h1, *h2])? * 60 + digits(&[*m1, *m2])?;
            let seconds = i64::from(minutes) * 60;
            if *sign == b'+' { seconds } else { -seconds }
        }
        _ => return None,
    };
    DateTime::from_timestamp(time.and_utc().timestamp() - offset_seconds, nanos)
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

/// `#[serde(deserialize_with = "dates::date")]`
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_date(&text).ok_or_else(|| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
}

/// `#[serde(default, deserialize_with = "dates::optional_date")]`
pub fn optional_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(deserializer)? {
        None => Ok(None),
        Some(text) => {
            parse_date(&text).map(Some).ok_or_else(|| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
        }
    }
}

/// `#[serde(deserialize_with = "dates::instant")]`
pub fn instant<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_instant(&text).ok_or_else(|| serde::de::Error::custom("expected an RFC 3339 instant"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn a_date_is_read_only_in_the_form_a_date_field_sends() {
        assert_eq!(parse_date("2026-11-21"), NaiveDate::from_ymd_opt(2026, 11, 21));
        assert_eq!(parse_date("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-11-31",
            "2026-1-21",
            "26-11-21",
            " 2026-11-21",
            "2026-11-21 ",
            "+202-11-21",
            "2026/11/21",
            "",
            "2026-11-2x",
            "２０２６-11-21",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
        // Agrees with chrono's reading wherever the format is the date field's.
        let mut day = NaiveDate::from_ymd_opt(2023, 12, 25).unwrap();
        while day.year() < 2025 {
            let text = day.format("%Y-%m-%d").to_string();
            assert_eq!(parse_date(&text), text.parse().ok());
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn an_instant_reads_as_chrono_reads_it_in_every_form_the_server_writes() {
        for text in [
            "2026-12-18T10:00:00Z",
            "2026-12-18T10:00:00.5Z",
            "2026-12-18T10:00:00.123456789Z",
            "2026-03-29T00:59:59.999Z",
            "2026-12-18T11:00:00+01:00",
            "2026-12-18T05:30:00-04:30",
            "2024-02-29T23:59:59+04:00",
        ] {
            let chrono = DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc);
            assert_eq!(parse_instant(text), Some(chrono), "{text}");
            // As chrono's serde writes it, read back.
            assert_eq!(parse_instant(&chrono.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)), Some(chrono));
        }
        for bad in [
            "2026-12-18 10:00:00Z",
            "2026-12-18T10:00:00",
            "2026-12-18T25:00:00Z",
            "2026-12-18T10:00:00.Z",
            "2026-12-18T10:00:00.1234567890Z",
            "2026-12-18T10:00:00+0100",
            "2026-12-18T10:00Z",
            "2026-02-30T10:00:00Z",
            "",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad:?}");
        }
    }
}
