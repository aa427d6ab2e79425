//! Policy files as the server reads them (never the web app, which gets the
//! compact form): TOML in the shape of the schema, then the consistency
//! rules (`check_policy`), its `id` the file's name, and its `holidays` a
//! calendar of the data it is read with, which the policy then carries.
//! Every problem is named by its field and rule.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Holidays, Policy, check_policy};
use crate::calendar::Calendar;

/// The holiday calendars policies may name, by name (a file `england.txt`
/// is the calendar `england`).
pub type Calendars = HashMap<String, Arc<Calendar>>;

/// The policy in `text`, from a file named `stem` (`kijoma` for
/// `kijoma.toml`), bound to its calendar of `calendars`, or each problem
/// found in it, one a line, each naming its field.
pub fn read_policy(text: &str, stem: &str, calendars: &Calendars) -> Result<Policy, Vec<String>> {
    let mut policy = parse(text).map_err(|problem| vec![problem])?;
    let mut problems: Vec<String> = check_policy(&policy).iter().map(|p| p.to_string()).collect();
    if policy.id != stem {
        problems.push(format!("field `id`: `{}` must match the file name `{stem}`", policy.id));
    }
    let name = &policy.holidays.name;
    if name != Holidays::NONE {
        match calendars.get(name.as_ref()) {
            Some(calendar) => policy.holidays.bound = Some(calendar.clone()),
            None => {
                let mut known: Vec<&str> = calendars.keys().map(String::as_str).collect();
                known.sort();
                problems.push(format!(
                    "field `holidays`: no calendar `{name}`; the calendars are {}, or `{}` for weekdays only",
                    known.join(", "),
                    Holidays::NONE
                ));
            }
        }
    }
    if problems.is_empty() { Ok(policy) } else { Err(problems) }
}

/// The provider a file is for, as well as it can be told: its `id`, or the
/// file's name when the file cannot be read that far.
pub fn provider_of(text: &str, stem: &str) -> String {
    let table: Option<toml::Table> = text.parse().ok();
    let id = table.as_ref().and_then(|table| table.get("id")?.as_str().map(str::to_owned));
    id.unwrap_or_else(|| stem.to_string())
}

fn parse(text: &str) -> Result<Policy, String> {
    let deserializer = toml::de::Deserializer::parse(text).map_err(|e| one_line(&e.to_string()))?;
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        let message = one_line(&e.inner().to_string());
        if path == "." { message } else { format!("field `{path}`: {message}") }
    })
}

/// toml's messages quote the offending line over several lines; one is enough.
fn one_line(message: &str) -> String {
    message.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::bundled;

    #[test]
    fn a_policy_carries_the_calendar_it_names() {
        let text = include_str!("../../policies/kijoma.toml");
        let policy = read_policy(text, "kijoma", &bundled::calendars()).unwrap();
        assert_eq!(policy.holidays.name, "england");
        assert_eq!(policy.holidays.calendar().years(), 2024..=2035);
    }

    #[test]
    fn a_calendar_the_data_does_not_hold_is_named_with_those_it_does() {
        let text =
            include_str!("../../policies/kijoma.toml").replacen("holidays = \"england\"", "holidays = \"wales\"", 1);
        let problems = read_policy(&text, "kijoma", &bundled::calendars()).unwrap_err();
        assert_eq!(
            problems,
            [
                "field `holidays`: no calendar `wales`; the calendars are azerbaijan, england, saarland, or `none` for weekdays only"
            ]
        );
    }

    #[test]
    fn a_time_zone_outside_the_database_is_refused() {
        let text = include_str!("../../policies/kijoma.toml").replacen(
            "time_zone = \"Europe/London\"",
            "time_zone = \"Europe/Londres\"",
            1,
        );
        let problems = read_policy(&text, "kijoma", &bundled::calendars()).unwrap_err();
        assert_eq!(problems, ["field `time_zone`: `Europe/Londres` is not a time zone of the IANA database"]);
    }

    #[test]
    fn an_id_that_is_an_address_of_the_portal_is_refused() {
        let text = include_str!("../../policies/kijoma.toml").replacen("id = \"kijoma\"", "id = \"staff\"", 1);
        let problems = read_policy(&text, "staff", &bundled::calendars()).unwrap_err();
        assert_eq!(problems, ["field `id`: `staff` is an address of the portal itself; choose another id"]);
    }
}
