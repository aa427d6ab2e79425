//! A policy file read and checked: TOML in the shape of the core's schema,
//! then the core's consistency rules (`check_policy`), and its `id` the
//! file's name, with every problem named by its field and rule, as the
//! core's build reads the bundled policies (`crates/core/build.rs`, which
//! keeps its own copy of these few lines: sharing them would make the core's
//! build script, and with it the web app's download, change with the server).

use redress_core::policy::{Policy, check_policy};

/// The policy in `text`, from a file named `stem` (`kijoma` for
/// `kijoma.toml`), or each problem found in it, one a line, each naming its
/// field.
pub fn read_policy(text: &str, stem: &str) -> Result<Policy, Vec<String>> {
    let policy = parse(text).map_err(|problem| vec![problem])?;
    let mut problems: Vec<String> = check_policy(&policy).iter().map(|p| p.to_string()).collect();
    if policy.id != stem {
        problems.push(format!("field `id`: `{}` must match the file name `{stem}`", policy.id));
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
