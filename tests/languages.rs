//! The portal's languages are written out once: the core's `Lang` (a line
//! each) and a folder of messages each under `locales/`. Everything else that
//! needs the list (the build's checks, the loader, the language menu, the
//! browser tests, the API document) makes it from one of those two. These
//! tests keep it so: the two agree, and no file of the project spells out a
//! list of language tags of its own.

use std::fs;
use std::path::{Path, PathBuf};

use redress_core::policy::Lang;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_folders_of_locales_are_the_languages_of_the_core() {
    let mut folders: Vec<String> = fs::read_dir(root().join("locales"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut tags: Vec<String> = Lang::ALL.iter().map(|lang| lang.tag().to_string()).collect();
    tags.sort();
    assert_eq!(folders, tags, "each language of Lang needs locales/<tag>/, and each folder a line in Lang");
}

/// The quoted strings of `text`, with the byte offsets of their quotes.
fn quoted(text: &str) -> Vec<(usize, usize, &str)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let quote = bytes[i];
        if (quote == b'"' || quote == b'\'')
            && let Some(length) = bytes[i + 1..].iter().take(12).position(|&b| b == quote)
        {
            found.push((i, i + 1 + length, &text[i + 1..i + 1 + length]));
            i += length + 2;
            continue;
        }
        i += 1;
    }
    found
}

/// Places in `text` where two language tags stand quoted side by side,
/// separated only by a comma or spaces: the start of a list of languages.
fn lists_of_languages(text: &str) -> Vec<usize> {
    let is_tag = |s: &str| Lang::ALL.iter().any(|lang| lang.tag() == s);
    let strings = quoted(text);
    strings
        .windows(2)
        .filter(|pair| {
            let between = &text[pair[0].1 + 1..pair[1].0];
            is_tag(pair[0].2) && is_tag(pair[1].2) && between.chars().all(|c| c == ',' || c.is_whitespace())
        })
        .map(|pair| text[..pair[0].0].lines().count())
        .collect()
}

fn sources(folder: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !["node_modules", "target", "dist", "screenshots", ".git", ".tools", "var"].contains(&name.as_str()) {
                sources(&path, found);
            }
        } else if ["rs", "js", "mjs", "toml", "html", "sh", "py"].iter().any(|ext| name.ends_with(&format!(".{ext}")))
            || ["link", "collect", "run"].contains(&name.as_str())
        {
            found.push(path);
        }
    }
}

#[test]
fn no_file_spells_out_its_own_list_of_languages() {
    let mut files = Vec::new();
    sources(&root(), &mut files);
    assert!(files.len() > 50, "the project's sources were found: {}", files.len());
    // The one list itself, and the policies (the bundled ones and the
    // browser tests' company), which say which of the languages each company
    // offers.
    let allowed = |path: &Path| {
        path.ends_with("crates/core/src/policy/schema.rs")
            || path.extension() == Some("toml".as_ref())
                && path.parent().is_some_and(|p| p.ends_with("crates/core/policies") || p.ends_with("e2e/providers"))
    };
    let mut lists = Vec::new();
    for file in files.into_iter().filter(|file| !allowed(file)) {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for line in lists_of_languages(&text) {
            lists.push(format!("{}:{line}", file.strip_prefix(root()).unwrap().display()));
        }
    }
    assert!(lists.is_empty(), "lists of languages written out (make them from Lang::ALL or locales/): {lists:#?}");
}

#[test]
fn a_written_out_list_is_found() {
    let list = ["'fr'", "'de'"].join(", ");
    assert_eq!(lists_of_languages(&format!("const spoken = [{list}];")), [1]);
    assert!(lists_of_languages("greet('fr', 'Bonjour')").is_empty());
}
