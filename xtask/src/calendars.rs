//! The checked-in holiday calendars must be exactly what the pinned
//! `holidays` package generates today: any drift fails the test run.

use std::path::Path;

use crate::cmd::{self, command};
use crate::setup::holidays_venv_dir;

pub fn check(root: &Path) -> Result<(), String> {
    let fresh = root.join("target/holidays-check");
    let _ = std::fs::remove_dir_all(&fresh);
    let python = holidays_venv_dir(root).join("bin/python");
    cmd::run(command(&python).arg(root.join("tools/holidays/generate.py")).arg(&fresh))?;
    let checked_in = root.join("crates/core/calendars");
    let mut drifted = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(&fresh)
        .map_err(|e| e.to_string())?
        .chain(std::fs::read_dir(&checked_in).map_err(|e| e.to_string())?)
        .filter_map(|entry| entry.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names.dedup();
    for name in names {
        let generated = std::fs::read_to_string(fresh.join(&name)).unwrap_or_default();
        let stored = std::fs::read_to_string(checked_in.join(&name)).unwrap_or_default();
        if generated != stored {
            let first = generated
                .lines()
                .zip(stored.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(generated.lines().count().min(stored.lines().count()));
            drifted.push(format!("{name} (first difference at line {})", first + 1));
        }
    }
    if drifted.is_empty() {
        println!("  the calendars in crates/core/calendars match a fresh generation");
        Ok(())
    } else {
        Err(format!(
            "holiday calendars drifted: {}. Regenerate with `{} tools/holidays/generate.py crates/core/calendars` and review the diff",
            drifted.join(", "),
            python.display()
        ))
    }
}
