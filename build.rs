//! Checks the translations before the app compiles, so a gap fails the build:
//!
//! - every `locales/<lang>/*.ftl` is valid Fluent (by the reference parser)
//!   and uses only what the app's reader supports (`src/i18n/catalog.rs`);
//! - every language has the same messages, in the same files, with the same
//!   variables;
//! - every id the code names (`t!("…")`, `msg!("…")`) exists, and every
//!   message is named somewhere;
//! - every message a part of the app names is in the files that part
//!   downloads (`locales/parts.txt`), and a message the part downloads only
//!   with its later pages is named only by the code of those pages.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::exit;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

/// The code only one part of the app runs, as its program (src/main.rs,
/// src/bin/redress-case.rs) lists its pages. Every other file is shared and
/// may name only messages both parts download, except `labels.rs`, the
/// catalogue of the words for data, whose functions each part calls for its
/// own data.
const PART_SOURCES: [(&str, &[&str]); 3] = [
    (
        "complaint",
        &["main.rs", "pages/start.rs", "pages/provider.rs", "pages/complain.rs", "pages/check.rs", "pages/sent.rs"],
    ),
    (
        "case",
        &[
            "bin/redress-case.rs",
            "pages/case.rs",
            "pages/status.rs",
            "pages/answer.rs",
            "pages/escalate.rs",
            "pages/withdraw.rs",
        ],
    ),
    (
        "staff",
        &[
            "bin/redress-staff.rs",
            "staff/mod.rs",
            "staff/api.rs",
            "staff/case.rs",
            "staff/merge.rs",
            "staff/console.rs",
            "staff/kept_form.rs",
            "staff/queue.rs",
            "staff/sign_in.rs",
            "staff/step_documents.rs",
            "staff/report/mod.rs",
            "staff/report/charts.rs",
            "staff/report/figures.rs",
        ],
    ),
];

/// The pages of a part that are shown only as split points (src/main.rs,
/// src/bin/redress-case.rs), never on the part's first page: they alone may
/// name the messages the part downloads with its later pages, the files
/// after `|` on its line of `locales/parts.txt`.
/// The components listed are those that only such pages of the part use.
const LATER_SOURCES: [(&str, &[&str]); 3] = [
    (
        "complaint",
        &[
            "pages/start.rs",
            "pages/provider.rs",
            "pages/check.rs",
            "pages/sent.rs",
            "components/channels.rs",
            "components/promises.rs",
        ],
    ),
    ("case", &[]),
    ("staff", &[]),
];

/// The names of the folders of `locales/`: one per language.
fn language_folders(root: &Path) -> Vec<String> {
    let entries = fs::read_dir(root.join("locales")).expect("locales/ is readable");
    let mut folders: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    folders
}

/// A message's file and the variables it uses.
struct Message {
    file: String,
    variables: BTreeSet<String>,
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src");
    let mut errors = Vec::new();
    // The languages are the folders of locales/ (tests/languages.rs checks
    // they are the core's `Lang`); English is the reference.
    let mut languages: BTreeMap<String, BTreeMap<String, Message>> = BTreeMap::new();
    for lang in language_folders(&root) {
        let messages = read_language(&root, &lang, &mut errors);
        languages.insert(lang, messages);
    }
    let english = &languages["en"];
    for (lang, messages) in &languages {
        for (id, message) in english {
            match messages.get(id) {
                None => errors.push(format!("locales/{lang}/{}: message `{id}` is missing", message.file)),
                Some(other) if other.file != message.file => errors.push(format!(
                    "locales/{lang}/{}: message `{id}` belongs in {} as in English",
                    other.file, message.file
                )),
                Some(other) if other.variables != message.variables => errors.push(format!(
                    "locales/{lang}/{}: message `{id}` uses variables {:?}, English uses {:?}",
                    other.file, other.variables, message.variables
                )),
                Some(_) => {}
            }
        }
        for (id, message) in messages {
            if !english.contains_key(id) {
                errors.push(format!("locales/{lang}/{}: message `{id}` is not in English", message.file));
            }
        }
    }
    let mut used = used_ids(&root.join("src"));
    used.extend(boot_script_ids(&root.join("public/boot.js")));
    for dir in LETTERS_SOURCES {
        used.extend(letter_ids(&root.join(dir)));
    }
    for (id, place) in &used {
        if !english.contains_key(id) {
            errors.push(format!("{place}: message `{id}` is not in locales/en"));
        }
    }
    for (id, message) in english {
        if !used.contains_key(id) {
            errors.push(format!("locales/en/{}: message `{id}` is never used by the app", message.file));
        }
    }
    check_parts(&root, english, &mut errors);
    if !errors.is_empty() {
        for error in &errors {
            eprintln!("error: {error}");
        }
        eprintln!("{} problem(s) in the translations", errors.len());
        exit(1);
    }
}

fn read_language(root: &Path, lang: &str, errors: &mut Vec<String>) -> BTreeMap<String, Message> {
    let dir = root.join("locales").join(lang);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    let mut messages = BTreeMap::new();
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let shown = format!("locales/{lang}/{file}");
        let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {shown}: {e}"));
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((_, parse_errors)) => {
                for error in parse_errors {
                    let line = source[..error.pos.start.min(source.len())].lines().count().max(1);
                    errors.push(format!("{shown}:{line}: not valid Fluent: {:?}", error.kind));
                }
                continue;
            }
        };
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let id = message.id.name.to_string();
                    if !message.attributes.is_empty() {
                        errors.push(format!("{shown}: message `{id}` has attributes, which the app does not read"));
                    }
                    let Some(pattern) = message.value else {
                        errors.push(format!("{shown}: message `{id}` has no value"));
                        continue;
                    };
                    let mut variables = BTreeSet::new();
                    check_pattern(&pattern, &mut variables, &mut |problem| {
                        errors.push(format!("{shown}: message `{id}`: {problem}"))
                    });
                    if messages.insert(id.clone(), Message { file: file.clone(), variables }).is_some() {
                        errors.push(format!("{shown}: message `{id}` is defined twice"));
                    }
                }
                Entry::Term(term) => {
                    let mut variables = BTreeSet::new();
                    let id = term.id.name;
                    check_pattern(&term.value, &mut variables, &mut |problem| {
                        errors.push(format!("{shown}: term `-{id}`: {problem}"))
                    });
                }
                Entry::Junk { content } => errors.push(format!("{shown}: cannot read `{}`", content.trim())),
                Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
            }
        }
    }
    messages
}

/// Refuses what `src/i18n/catalog.rs` does not read, and collects variables.
fn check_pattern(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, problem: &mut dyn FnMut(String)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(inline) => check_inline(inline, variables, problem),
                Expression::Select { selector, variants } => {
                    match selector {
                        InlineExpression::VariableReference { id } => {
                            variables.insert(id.name.to_string());
                        }
                        _ => problem("a select must be on a `$variable`".into()),
                    }
                    for variant in variants {
                        if let VariantKey::NumberLiteral { value } = &variant.key
                            && value.parse::<i64>().is_err()
                        {
                            problem(format!("variant key `{value}` must be a whole number or a word"));
                        }
                        check_pattern(&variant.value, variables, problem);
                    }
                }
            }
        }
    }
}

fn check_inline(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>, problem: &mut dyn FnMut(String)) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_string());
        }
        InlineExpression::TermReference { attribute: None, arguments: None, .. } => {}
        InlineExpression::StringLiteral { value } if !value.contains('\\') => {}
        other => problem(format!("`{other:?}` is not supported; use `$variable`, `-term` or a plain string")),
    }
}

/// Message ids named in the code, with where each was first seen.
fn used_ids(src: &Path) -> BTreeMap<String, String> {
    let mut used = BTreeMap::new();
    let mut files = Vec::new();
    collect_rust_files(src, &mut files);
    files.sort();
    for path in files {
        for (id, place) in used_ids_in(&path) {
            used.entry(id).or_insert(place);
        }
    }
    used
}

/// The letters by email are the server's, but their messages live with the
/// app's so that every language has each of them with the same variables,
/// checked here: the core's letters module names them (`"letter-…"`), and
/// the server's names those of the stop-letters page.
const LETTERS_SOURCES: [&str; 2] = ["crates/core/src/letters", "crates/server/src/letters"];

fn letter_ids(dir: &Path) -> Vec<(String, String)> {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    files.sort();
    let mut used = Vec::new();
    for path in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for (line_number, line) in source.lines().enumerate() {
            for piece in line.split('"').skip(1).step_by(2) {
                if piece.starts_with("letter-") && piece.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    used.push((piece.to_string(), format!("{}:{}", path.display(), line_number + 1)));
                }
            }
        }
    }
    used
}

/// Message ids named in one source file (`t!("…")`, `msg!("…")`), each with
/// where it is named.
fn used_ids_in(path: &Path) -> Vec<(String, String)> {
    let source = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut used = Vec::new();
    for (line_number, line) in source.lines().enumerate() {
        for marker in ["t!(\"", "msg!(\""] {
            let mut rest = line;
            while let Some(at) = rest.find(marker) {
                let before = rest[..at].chars().next_back();
                let after = &rest[at + marker.len()..];
                rest = after;
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue; // `format!("…")` and the like
                }
                if let Some(end) = after.find('"') {
                    used.push((after[..end].to_string(), format!("{}:{}", path.display(), line_number + 1)));
                }
            }
        }
    }
    used
}

/// Each part's code names only messages in the files that part downloads.
fn check_parts(root: &Path, english: &BTreeMap<String, Message>, errors: &mut Vec<String>) {
    let list = root.join("locales/parts.txt");
    println!("cargo::rerun-if-changed={}", list.display());
    let text = fs::read_to_string(&list).unwrap_or_else(|e| panic!("cannot read {}: {e}", list.display()));
    // Each part's files, and those of them it downloads with its later pages.
    let mut parts: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut later: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for line in text.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty()) {
        let (first, afterwards) = line.split_once('|').unwrap_or((line, ""));
        let mut words = first.split_whitespace();
        let Some(part) = words.next() else { continue };
        let afterwards: Vec<String> = afterwards.split_whitespace().map(|file| format!("{file}.ftl")).collect();
        parts.insert(part, words.map(|file| format!("{file}.ftl")).chain(afterwards.iter().cloned()).collect());
        later.insert(part, afterwards);
    }
    for (part, _) in PART_SOURCES {
        if !parts.contains_key(part) {
            errors.push(format!("locales/parts.txt: no line for the {part} part"));
        }
    }
    let src = root.join("src");
    let mut files = Vec::new();
    collect_rust_files(&src, &mut files);
    for path in files {
        let relative = path.strip_prefix(&src).expect("under src").to_string_lossy().replace('\\', "/");
        if relative == "labels.rs" {
            continue;
        }
        let owner =
            PART_SOURCES.iter().find(|(_, sources)| sources.contains(&relative.as_str())).map(|(part, _)| *part);
        let downloading: Vec<&str> = match owner {
            Some(part) => vec![part],
            None => PART_SOURCES.iter().map(|(part, _)| *part).collect(),
        };
        for (id, place) in used_ids_in(&path) {
            let Some(message) = english.get(&id) else { continue };
            for part in &downloading {
                if parts.get(part).is_some_and(|files| !files.contains(&message.file)) {
                    errors.push(format!(
                        "{place}: message `{id}` is in {}, which the {part} part does not download (locales/parts.txt)",
                        message.file
                    ));
                }
                let later_page = LATER_SOURCES.iter().any(|(p, sources)| p == part && sources.contains(&&*relative));
                if later.get(part).is_some_and(|files| files.contains(&message.file)) && !later_page {
                    errors.push(format!(
                        "{place}: message `{id}` is in {}, which the {part} part downloads only with its later \
                         pages (after `|` in locales/parts.txt), but this code is not one of them (build.rs: LATER_SOURCES)",
                        message.file
                    ));
                }
            }
        }
    }
}

/// The messages `public/boot.js` shows before the app runs or after it has
/// stopped, named there as `text(lang, '…')`; the build copies them into the
/// page (Trunk.toml).
fn boot_script_ids(path: &Path) -> BTreeMap<String, String> {
    println!("cargo::rerun-if-changed={}", path.display());
    let source = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut used = BTreeMap::new();
    for (line_number, line) in source.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("text(") {
            rest = &rest[at + "text(".len()..];
            let Some((first, after)) = rest.split_once(", '") else { continue };
            if !first.chars().all(|c| c.is_ascii_alphabetic()) {
                continue; // the function's own definition, or English named outright
            }
            if let Some((id, _)) = after.split_once('\'') {
                used.entry(id.to_string()).or_insert_with(|| format!("{}:{}", path.display(), line_number + 1));
            }
        }
    }
    used
}

fn collect_rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            collect_rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}
