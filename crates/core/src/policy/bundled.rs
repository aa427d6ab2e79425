//! The five providers redress ships with, and the calendars they name: the
//! data the server runs on unless it is given a folder of its own
//! (`REDRESS_POLICIES`), and the providers the core's tests count on. Read
//! from the files of `policies/` and `calendars/`, embedded in the program,
//! as a folder's are read; never in the web app.

use std::sync::{Arc, OnceLock};

use super::Policy;
use super::read::{Calendars, read_policy};
use crate::calendar::Calendar;

/// The bundled policy files, by provider id (`bundled_files_are_the_folders`
/// keeps this list to the folder).
const POLICIES: [(&str, &str); 5] = [
    ("kite-mobi", include_str!("../../policies/kite-mobi.toml")),
    ("modmount", include_str!("../../policies/modmount.toml")),
    ("kijoma", include_str!("../../policies/kijoma.toml")),
    ("key-systems", include_str!("../../policies/key-systems.toml")),
    ("kontakt-az", include_str!("../../policies/kontakt-az.toml")),
];

/// The bundled holiday calendars, by name.
const CALENDARS: [(&str, &str); 3] = [
    ("england", include_str!("../../calendars/england.txt")),
    ("saarland", include_str!("../../calendars/saarland.txt")),
    ("azerbaijan", include_str!("../../calendars/azerbaijan.txt")),
];

/// The bundled calendars, which a folder's policies may name too.
pub fn calendars() -> Calendars {
    CALENDARS
        .iter()
        .map(|(name, text)| {
            let calendar = Calendar::parse(text).unwrap_or_else(|e| panic!("bundled calendar {name}: {e}"));
            (name.to_string(), Arc::new(calendar))
        })
        .collect()
}

/// Every bundled provider, in the order of the documents their policies
/// come from (`source`).
pub fn all() -> &'static [Policy] {
    static ALL: OnceLock<Vec<Policy>> = OnceLock::new();
    ALL.get_or_init(|| {
        let calendars = calendars();
        let mut policies: Vec<Policy> = POLICIES
            .iter()
            .map(|(id, text)| {
                read_policy(text, id, &calendars).unwrap_or_else(|e| panic!("bundled policy {id}: {}", e.join("; ")))
            })
            .collect();
        policies.sort_by(|a, b| a.source.cmp(&b.source));
        policies
    })
}

/// The bundled provider with this id.
pub fn find(id: &str) -> Option<&'static Policy> {
    all().iter().find(|policy| policy.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(folder: &str, extension: &str) -> Vec<String> {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == extension))
            .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn bundled_files_are_the_folders() {
        let mut policies: Vec<&str> = POLICIES.iter().map(|(id, _)| *id).collect();
        policies.sort();
        assert_eq!(policies, names_in("policies", "toml"));
        let mut calendars: Vec<&str> = CALENDARS.iter().map(|(name, _)| *name).collect();
        calendars.sort();
        assert_eq!(calendars, names_in("calendars", "txt"));
    }

    #[test]
    fn every_bundled_policy_reads_and_holds_its_calendar() {
        assert_eq!(all().len(), POLICIES.len());
        for policy in all() {
            let bound = policy.holidays.bound.is_some() || policy.holidays.name == super::super::Holidays::NONE;
            assert!(bound, "{}", policy.id);
        }
    }
}
