//! What can be checked mechanically of the wording, in every message of
//! every language: French typography, one alphabet per language, and the
//! variants locales/GLOSSARY.md forbids (a term that reads as a calque, or a
//! second word for a concept that has one).

use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use redress_core::policy::Lang;

fn locales() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))
}

/// Every message of `lang` as (file, id, its text pieces: the literal text
/// of its pattern and of each variant, without placeables).
fn messages(lang: &str) -> Vec<(String, String, Vec<String>)> {
    let mut files: Vec<_> =
        std::fs::read_dir(locales().join(lang)).unwrap().map(|entry| entry.unwrap().path()).collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, e)| panic!("{path:?}: {e:?}"));
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut texts = Vec::new();
                if let Some(pattern) = &message.value {
                    collect(pattern, &mut texts);
                }
                out.push((file.clone(), message.id.name.to_string(), texts));
            }
        }
    }
    out
}

/// The text pieces of `pattern`: one per run of literal text, so that a
/// check sees where a placeable interrupts it.
fn collect(pattern: &Pattern<&str>, texts: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => texts.push(value.to_string()),
            PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                for variant in variants {
                    collect(&variant.value, texts);
                }
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::Placeable { expression }),
            } => {
                if let Expression::Select { variants, .. } = expression.as_ref() {
                    for variant in variants {
                        collect(&variant.value, texts);
                    }
                }
            }
            PatternElement::Placeable { .. } => texts.push(String::new()),
        }
    }
}

const NO_BREAK: [char; 2] = ['\u{a0}', '\u{202f}'];

/// French sets `:` `;` `!` `?` and the guillemets apart with a space that
/// never breaks (U+00A0, or the narrow U+202F): a line must not start with
/// a colon. A colon inside a word or number ("https://", "09:00") is not
/// punctuation.
fn french_typography(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut problems = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let punctuation = matches!(c, ':' | ';' | '!' | '?') && after.is_none_or(char::is_whitespace);
        let set_apart = before.is_some_and(|b| NO_BREAK.contains(&b));
        if (punctuation || (matches!(c, ':' | ';' | '!' | '?') && before == Some(' '))) && !set_apart
            || c == '»' && !set_apart
            || c == '«' && !after.is_some_and(|a| NO_BREAK.contains(&a))
        {
            let start = i.saturating_sub(25);
            problems
                .push(format!("`{c}` needs a non-breaking space: …{}", chars[start..=i].iter().collect::<String>()));
        }
    }
    problems
}

#[test]
fn french_sets_its_punctuation_apart_with_non_breaking_spaces() {
    let mut problems = Vec::new();
    for (file, id, texts) in messages("fr") {
        for text in texts {
            problems.extend(french_typography(&text).into_iter().map(|p| format!("fr/{file} {id}: {p}")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_typography_check_catches_what_it_claims() {
    assert!(french_typography("Votre référence\u{a0}: 123. Prêt\u{202f}? «\u{a0}Oui\u{a0}»").is_empty());
    assert_eq!(french_typography("«Oui»").len(), 2, "guillemets without spaces");
    assert_eq!(french_typography("Référence : 123").len(), 1, "an ordinary space");
    assert_eq!(french_typography("Prêt?").len(), 1, "no space");
    assert!(french_typography("https://www.example.fr, 09:00").is_empty());
}

#[test]
fn azerbaijani_is_written_in_latin_letters_only() {
    let cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c);
    for (file, id, texts) in messages("az") {
        for text in texts {
            assert!(!text.chars().any(cyrillic), "az/{file} {id}: Cyrillic letters in {text:?}");
        }
    }
}

/// Every language but English, whose words the others translate.
fn translations() -> Vec<&'static str> {
    Lang::ALL.into_iter().filter(|lang| *lang != Lang::En).map(Lang::tag).collect()
}

/// The glossary's forbidden variants: (language, variant) from the table
/// under its "Forbidden variants" heading.
fn forbidden_variants() -> Vec<(String, String)> {
    let glossary = std::fs::read_to_string(locales().join("GLOSSARY.md")).unwrap();
    let (_, table) =
        glossary.split_once("## Forbidden variants").expect("GLOSSARY.md has a Forbidden variants section");
    let mut variants = Vec::new();
    for line in table.lines().take_while(|line| !line.starts_with("## ")) {
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').map(str::trim).collect();
        let (Some(lang), Some(forbidden)) = (cells.first(), cells.get(1)) else { continue };
        if !translations().contains(lang) {
            continue;
        }
        variants.extend(forbidden.split('`').skip(1).step_by(2).map(|v| (lang.to_string(), v.to_string())));
    }
    variants
}

#[test]
fn no_message_uses_a_variant_the_glossary_forbids() {
    let variants = forbidden_variants();
    assert!(variants.len() >= 8, "the glossary lists only {} forbidden variants", variants.len());
    for lang in translations() {
        assert!(variants.iter().any(|(l, _)| l == lang), "the glossary forbids nothing in {lang}");
        let messages = messages(lang);
        for (_, variant) in variants.iter().filter(|(l, _)| l == lang) {
            let variant_lower = variant.to_lowercase();
            for (file, id, texts) in &messages {
                let found = texts.iter().any(|text| text.to_lowercase().contains(&variant_lower));
                assert!(!found, "{lang}/{file} {id}: uses `{variant}`, which locales/GLOSSARY.md forbids");
            }
        }
    }
}
