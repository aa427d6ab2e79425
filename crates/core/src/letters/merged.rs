//! The letter that tells a customer their complaint was merged into
//! another of theirs, which the company handles from then on.

use super::{Addressee, Arg, Letter, LetterKind, Line};
use crate::policy::{Lang, Policy};

/// `duplicate` is joined to `kept`, followed at `link`; the customer's code
/// for `duplicate` opens `kept` too. In the duplicate's language.
pub fn merged(policy: &Policy, lang: Lang, duplicate: &str, kept: &str, link: &str) -> Letter {
    let text = |value: &str| Arg::Text(value.to_string());
    Letter {
        kind: LetterKind::Merged,
        to: Addressee::Customer,
        lang,
        subject: Line::new("letter-merged-subject", vec![("reference", text(duplicate)), ("kept", text(kept))]),
        paragraphs: vec![
            Line::new(
                "letter-merged-body",
                vec![("company", text(&policy.name)), ("reference", text(duplicate)), ("kept", text(kept))],
            ),
            Line::new("letter-merged-code", vec![("reference", text(duplicate)), ("link", text(link))]),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letter_names_both_cases_and_the_way_to_follow_the_one_kept() {
        let policy = crate::policy::bundled::find("kijoma").unwrap();
        let letter = merged(policy, Lang::Fr, "RD-AAAAA-11111", "RD-BBBBB-22222", "https://p.example/status");
        assert_eq!((letter.kind, letter.to, letter.lang), (LetterKind::Merged, Addressee::Customer, Lang::Fr));
        assert!(letter.paragraphs[0].args.contains(&("kept", Arg::Text("RD-BBBBB-22222".into()))));
        assert!(letter.paragraphs[1].args.contains(&("link", Arg::Text("https://p.example/status".into()))));
    }
}
