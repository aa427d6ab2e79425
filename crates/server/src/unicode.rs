//! Unicode facts the server needs and `std` does not have.

/// Unicode's format characters (general category Cf): marks that change
/// how text around them shows, and show nothing themselves.
pub fn is_format_character(c: char) -> bool {
    matches!(
        c as u32,
        0x00AD
            | 0x0600..=0x0605
            | 0x061C
            | 0x06DD
            | 0x070F
            | 0x0890..=0x0891
            | 0x08E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_characters_are_the_invisible_ones() {
        for c in ['\u{AD}', '\u{200B}', '\u{200E}', '\u{202E}', '\u{2066}', '\u{FEFF}', '\u{E0041}'] {
            assert!(is_format_character(c), "{c:?}");
        }
        for c in ['a', ' ', '\u{A0}', '\u{3000}', 'ё', '\u{1F600}'] {
            assert!(!is_format_character(c), "{c:?}");
        }
    }
}
