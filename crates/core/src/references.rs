//! Case references (`RD-7KQ3M-X2P9A`) and access codes (25 characters in
//! groups of five) as people type them back: from a letter, read aloud, with
//! spaces, without hyphens, in lower case, with O for 0 and I or L for 1.
//! Both are written in Crockford's base32, which has no I, L, O or U, so
//! reading those letters as the digits they look like never turns one
//! valid reference or code into another.

/// The alphabet references and codes are written in.
pub const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The characters of a reference after its `RD-` prefix.
const REFERENCE_LENGTH: usize = 10;
/// The characters of an access code, without its hyphens.
pub const CODE_LENGTH: usize = 25;

/// The characters a person typed, in the alphabet's form: separators
/// (spaces, hyphens, dots) dropped, upper case, look-alikes read as digits.
/// ASCII only, as the alphabet is: Unicode's letter and case tables would
/// add 16 KB to the case page's download for no reference that exists.
fn canonical_characters(typed: &str) -> String {
    typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// A reference as the portal writes it, from what a person typed:
/// `rd 7kq3m x2p9a` and `RD7KQ3MX2P9A` both give `RD-7KQ3M-X2P9A`. Text
/// that cannot be a reference comes back tidied but otherwise as typed, so
/// the look-up simply finds no case.
pub fn normalise_reference(typed: &str) -> String {
    let characters = canonical_characters(typed);
    match characters.strip_prefix("RD") {
        Some(body) if body.chars().count() == REFERENCE_LENGTH && body.chars().all(|c| ALPHABET.contains(c)) => {
            format!("RD-{}-{}", &body[..5], &body[5..])
        }
        _ => typed.split_whitespace().collect::<String>().to_ascii_uppercase(),
    }
}

/// An access code as it is compared: its 25 characters without hyphens or
/// spaces, upper case, look-alikes read as digits.
pub fn normalise_code(typed: &str) -> String {
    canonical_characters(typed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_is_found_however_it_is_typed() {
        for typed in [
            "RD-7KQ3M-X2P9A",
            "rd-7kq3m-x2p9a",
            " RD 7KQ3M X2P9A ",
            "RD7KQ3MX2P9A",
            "rd-7kq3m-x2p9a\n",
            "RD–7KQ3M–X2P9A",
            "RD‐7KQ3M‐X2P9A",
        ] {
            assert_eq!(normalise_reference(typed), "RD-7KQ3M-X2P9A", "{typed:?}");
        }
    }

    #[test]
    fn look_alike_letters_in_a_reference_are_read_as_digits() {
        assert_eq!(normalise_reference("RD-1OKQM-X2P9A"), "RD-10KQM-X2P9A");
        assert_eq!(normalise_reference("RD-IOKQM-X2P9A"), "RD-10KQM-X2P9A");
        assert_eq!(normalise_reference("rd-lokqm-x2p9a"), "RD-10KQM-X2P9A");
    }

    #[test]
    fn text_that_is_no_reference_is_left_to_find_nothing() {
        assert_eq!(normalise_reference("RD-ABC"), "RD-ABC");
        assert_eq!(normalise_reference("hello world"), "HELLOWORLD");
        assert_eq!(normalise_reference("RD-7KQ3M-X2P9A-EXTRA"), "RD-7KQ3M-X2P9A-EXTRA");
    }

    #[test]
    fn a_code_is_compared_without_its_separators_and_look_alikes() {
        let printed = "7KQ3M-X2P9A-10ABC-DEFGH-JKMNP";
        let expected = "7KQ3MX2P9A10ABCDEFGHJKMNP";
        for typed in
            [printed, "7kq3m x2p9a 10abc defgh jkmnp", "7KQ3MX2P9AIOABCDEFGHJKMNP", "7KQ3M-X2P9A-lOABC-DEFGH-JKMNP"]
        {
            assert_eq!(normalise_code(typed), expected, "{typed:?}");
        }
        assert_eq!(normalise_code(printed).len(), CODE_LENGTH);
    }

    #[test]
    fn the_alphabet_has_no_look_alike_letters() {
        for letter in ['I', 'L', 'O', 'U'] {
            assert!(!ALPHABET.contains(letter));
        }
        assert_eq!(ALPHABET.len(), 32);
    }
}
