//! The modules of the core and of the server are layers: each top-level
//! module (a file or folder of `src/`) may use those below it, never one
//! above, so there is no cycle. In the core: answers and dates at the bottom,
//! the policy schema above them, calendars, clocks and validation above that,
//! the life cycle and the timeline on top. In the server: the API (`http/`)
//! above the life of a case (`case.rs`), above the store. A new import that
//! closes a cycle fails `cargo xtask test` here, naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const CRATES: [&str; 2] = ["crates/core/src", "crates/server/src"];

pub fn check(root: &Path) -> Result<(), String> {
    let mut cycles = Vec::new();
    for src in CRATES {
        let graph = imports(&root.join(src))?;
        if let Some(cycle) = find_cycle(&graph) {
            cycles.push(format!("{src}: {}", cycle.join(" → ")));
        }
    }
    if cycles.is_empty() {
        println!("no module cycle in {}", CRATES.join(" or "));
        Ok(())
    } else {
        Err(format!("modules that use each other (one of them must move down a layer):\n{}", cycles.join("\n")))
    }
}

/// Each top-level module of `src` and the others its code names with
/// `crate::` (unit tests, after `#[cfg(test)]`, left out: they may use anything).
fn imports(src: &Path) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = Vec::new();
    rust_files(src, &mut files)?;
    for file in files {
        let relative = file.strip_prefix(src).expect("found under src").to_string_lossy().replace('\\', "/");
        let module = relative.split('/').next().unwrap_or_default().trim_end_matches(".rs").to_string();
        if module == "lib" || module == "main" {
            continue;
        }
        let text = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let used = graph.entry(module.clone()).or_default();
        for name in named_modules(code) {
            if name != module {
                used.insert(name);
            }
        }
    }
    Ok(graph)
}

/// The modules `code` names after `crate::`, also inside `crate::{a, b::c}`.
fn named_modules(code: &str) -> BTreeSet<String> {
    let word = |text: &str| -> String { text.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect() };
    let mut names = BTreeSet::new();
    for after in code.split("crate::").skip(1) {
        if let Some(group) = after.strip_prefix('{') {
            let group = group.split('}').next().unwrap_or_default();
            names.extend(group.split(',').map(|item| word(item.trim())));
        } else {
            names.insert(word(after));
        }
    }
    names.retain(|name| !name.is_empty());
    names
}

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) -> Result<(), String> {
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            rust_files(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    Ok(())
}

/// A cycle of `graph`, as the modules along it with the first repeated at the end.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit<'a>(
        module: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| *m == module) {
            let mut cycle: Vec<String> = path[start..].iter().map(|m| m.to_string()).collect();
            cycle.push(module.to_string());
            return Some(cycle);
        }
        if !done.insert(module) {
            return None;
        }
        path.push(module);
        for next in graph.get(module).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|module| visit(module, graph, &mut Vec::new(), &mut done))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in edges {
            graph.entry(from.to_string()).or_default().insert(to.to_string());
            graph.entry(to.to_string()).or_default();
        }
        graph
    }

    #[test]
    fn a_cycle_is_found_and_named() {
        let cycle = find_cycle(&graph(&[("calendar", "policy"), ("policy", "validation"), ("validation", "calendar")]));
        assert_eq!(cycle.unwrap(), ["calendar", "policy", "validation", "calendar"]);
        assert_eq!(find_cycle(&graph(&[("lifecycle", "clock"), ("clock", "policy"), ("lifecycle", "policy")])), None);
    }

    #[test]
    fn imports_are_read_in_both_forms() {
        let code =
            "use crate::policy::Lang;\nuse crate::{secrets, unicode::is_format};\nlet x = crate::dates::parse(y);";
        let names: Vec<String> = named_modules(code).into_iter().collect();
        assert_eq!(names, ["dates", "policy", "secrets", "unicode"]);
    }

    #[test]
    fn the_core_and_the_server_have_no_cycle() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        check(root).unwrap();
    }
}
