//! The letter that carries a staff member's code to sign in to the console.

use super::{Addressee, Arg, Letter, LetterKind, Line};
use crate::policy::{Lang, Policy};

/// The code, how long it is good for, and what to do if nobody asked for
/// it, in the language the console was in when the code was asked for.
/// The code is not in the subject, which the outbox keeps.
pub fn sign_in_code(policy: &Policy, lang: Lang, code: &str, minutes: u32) -> Letter {
    let company = Arg::Text(policy.name.to_string());
    Letter {
        kind: LetterKind::SignInCode,
        to: Addressee::Staff,
        lang,
        subject: Line::new("letter-sign-in-subject", vec![("company", company)]),
        paragraphs: vec![
            Line::new("letter-sign-in-code", vec![("code", Arg::Text(code.to_string()))]),
            Line::new("letter-sign-in-expiry", vec![("minutes", Arg::Text(super::whole_number(lang, minutes)))]),
            Line::new("letter-sign-in-not-you", vec![]),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_in_the_body_and_not_in_the_subject() {
        let policy = crate::policy::bundled::find("kijoma").unwrap();
        let letter = sign_in_code(policy, Lang::De, "01234567", 10);
        assert_eq!((letter.kind, letter.to, letter.lang), (LetterKind::SignInCode, Addressee::Staff, Lang::De));
        assert!(letter.subject.args.iter().all(|(_, arg)| *arg != Arg::Text("01234567".into())));
        assert_eq!(letter.paragraphs[0].args, vec![("code", Arg::Text("01234567".into()))]);
        assert_eq!(letter.paragraphs[1].args, vec![("minutes", Arg::Text("10".into()))]);
    }
}
