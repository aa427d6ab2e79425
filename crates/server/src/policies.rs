//! The providers the server runs with: the policies bundled with it, or the
//! policy files of the folder `REDRESS_POLICIES` names, with the holiday
//! calendars of its `calendars/` folder (`<name>.txt`) besides the bundled
//! ones. Each file is read and checked by the core (`policy::read`), as the
//! bundled ones are, and a folder with any bad file is refused as a whole,
//! naming each file, field and rule: the server does not start on it, and
//! `redress policy check` says the same of one file before it is deployed.
//! Adding or changing a provider is a file and a restart.
//!
//! The set is read once per process, before anything asks for a provider, and
//! lives as long as it: a policy is `&'static`, as the bundled ones are.

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use redress_core::calendar::Calendar;
use redress_core::policy::read::{Calendars, provider_of, read_policy};
use redress_core::policy::{self, Policy, bundled, compact};

/// The providers in the order of their sources, and by id for the look-up
/// every request makes, with each one's compact form for the app.
struct Loaded {
    all: Vec<&'static Policy>,
    by_id: HashMap<&'static str, (&'static Policy, String)>,
}

impl Loaded {
    fn new(all: Vec<&'static Policy>) -> Loaded {
        let by_id = all.iter().map(|policy| (&*policy.id, (*policy, compact::written(policy)))).collect();
        Loaded { all, by_id }
    }
}

static LOADED: OnceLock<Loaded> = OnceLock::new();

/// Reads the policies of `folder` (all `*.toml` files), or says everything
/// wrong with them.
pub fn read_folder(folder: &Path) -> Result<Vec<Policy>, String> {
    let calendars = read_calendars(folder)?;
    let entries =
        fs::read_dir(folder).map_err(|e| format!("cannot read the policy folder {}: {e}", folder.display()))?;
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut policies: Vec<Policy> = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        match read_file(&file, &calendars) {
            Ok(policy) => policies.push(policy),
            Err(found) => problems.push(found),
        }
    }
    for (index, policy) in policies.iter().enumerate() {
        if policies[..index].iter().any(|other| other.id == policy.id) {
            problems.push(format!("provider `{}` is in the folder twice", policy.id));
        }
    }
    if policies.is_empty() && problems.is_empty() {
        problems.push(format!("the policy folder {} holds no policy (*.toml)", folder.display()));
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    // Listed in the order of the documents they come from, as the bundled ones.
    policies.sort_by(|a, b| a.source.cmp(&b.source));
    Ok(policies)
}

/// The calendars policies of `folder` may name: the bundled ones, and those
/// of its `calendars/` folder, which take the place of a bundled one of the
/// same name.
pub fn read_calendars(folder: &Path) -> Result<Calendars, String> {
    let mut calendars = bundled::calendars();
    let Ok(entries) = fs::read_dir(folder.join("calendars")) else { return Ok(calendars) };
    let mut problems = Vec::new();
    for path in entries.filter_map(Result::ok).map(|entry| entry.path()) {
        let Some(name) = path.file_stem().filter(|_| path.extension().is_some_and(|e| e == "txt")) else { continue };
        let shown = path.display();
        match fs::read_to_string(&path).map_err(|e| e.to_string()).and_then(|text| Calendar::parse(&text)) {
            Ok(calendar) => {
                calendars.insert(name.to_string_lossy().into_owned(), Arc::new(calendar));
            }
            Err(problem) => problems.push(format!("calendar file {shown}: {problem}")),
        }
    }
    if problems.is_empty() { Ok(calendars) } else { Err(problems.join("\n")) }
}

/// Reads and checks one policy file against `calendars`; the problems name
/// the file and provider.
pub fn read_file(file: &Path, calendars: &Calendars) -> Result<Policy, String> {
    let shown = file.display();
    let text = fs::read_to_string(file).map_err(|e| format!("policy file {shown}: cannot be read: {e}"))?;
    let stem = file.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    read_policy(&text, &stem, calendars).map_err(|problems| {
        let provider = provider_of(&text, &stem);
        let lines: Vec<String> =
            problems.iter().map(|problem| format!("policy file {shown} (provider `{provider}`): {problem}")).collect();
        lines.join("\n")
    })
}

/// Runs the server and its commands with the policies of `folder` instead of
/// the bundled ones. Called once, at start, before any provider is asked for.
pub fn use_folder(folder: &Path) -> Result<(), String> {
    let policies = read_folder(folder)?;
    let leaked: Vec<&'static Policy> = policies.into_iter().map(|p| &*Box::leak(Box::new(p))).collect();
    LOADED.set(Loaded::new(leaked)).map_err(|_| "the policies were already chosen".to_string())
}

/// Every provider, in the order of their policies' sources.
pub fn all() -> &'static [&'static Policy] {
    &loaded().all
}

fn loaded() -> &'static Loaded {
    LOADED.get_or_init(|| Loaded::new(policy::all().iter().collect()))
}

/// The provider `id`, if the server runs it.
pub fn find(id: &str) -> Option<&'static Policy> {
    loaded().by_id.get(id).map(|(policy, _)| *policy)
}

/// The policy of provider `id` as the app reads it: its compact form
/// (`redress_core::policy::compact`) in base64.
pub fn written_for_app(id: &str) -> Option<&'static str> {
    loaded().by_id.get(id).map(|(_, written)| written.as_str())
}
