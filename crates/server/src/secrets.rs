//! Secrets: case references, access codes, staff tokens, and the sealed copy
//! of a submission's answer kept for idempotent retries.
//!
//! - Codes come from the operating system's CSPRNG.
//! - Only their SHA-256 is stored; they are compared in constant time.
//! - A retry with the same `Idempotency-Key` must get the same 201, access
//!   code included, yet the code must not sit in the database in clear. The
//!   201 is therefore sealed (XChaCha20-Poly1305) under a key derived from the
//!   Idempotency-Key, which is itself stored only as a hash: the client that
//!   holds the key can open it, a reader of the database cannot.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use redress_core::references;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Crockford's base32: no I, L, O or U, so codes survive being read aloud or retyped.
const ALPHABET: &[u8] = references::ALPHABET.as_bytes();

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    bytes
}

/// `count` base32 characters (5 random bits each), in groups of five.
fn random_code(count: usize) -> String {
    let bytes = random_bytes::<32>();
    let mut bits = bytes.iter().flat_map(|byte| (0..8).rev().map(move |i| (byte >> i) & 1));
    let mut out = String::new();
    for index in 0..count {
        if index > 0 && index % 5 == 0 {
            out.push('-');
        }
        let value = (0..5).fold(0u8, |acc, _| (acc << 1) | bits.next().expect("32 bytes give 51 characters"));
        out.push(ALPHABET[usize::from(value)] as char);
    }
    out
}

/// A case reference such as `RD-7KQ3M-X2P9A`: 50 random bits, so references
/// reveal neither volume nor order. They are not secret; the access code is.
pub fn new_reference() -> String {
    format!("RD-{}", random_code(10))
}

/// An access code of 25 characters: 125 random bits.
pub fn new_access_code() -> String {
    random_code(25)
}

/// A staff token: 40 characters, 200 random bits.
pub fn new_staff_token() -> String {
    format!("rst_{}", random_code(40).replace('-', ""))
}

/// A staff member's sign-in code: 8 digits to type from an email. The
/// remainder's bias (2^64 is not a multiple of 10^8) is below 10^-10.
pub fn new_sign_in_code() -> String {
    format!("{:08}", u64::from_le_bytes(random_bytes::<8>()) % 100_000_000)
}

/// What is stored of a sign-in code: bound to the account it was sent for.
/// Spaces and dashes typed between the digits do not count.
pub fn hash_sign_in_code(account: i64, code: &str) -> String {
    let digits: String = code.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    sha256_hex(format!("sign-in\0{account}\0{digits}").as_bytes())
}

/// A staff session's cookie: 256 random bits, as hex.
pub fn new_session_token() -> String {
    hex(&random_bytes::<32>())
}

/// What is stored of a session's cookie.
pub fn hash_session_token(token: &str) -> String {
    sha256_hex(format!("session\0{token}").as_bytes())
}

/// What is stored of a code. Codes are normalised first so that a customer
/// who types lowercase, drops the dashes or reads O for 0 is still
/// recognised (`references::normalise_code`).
pub fn hash_code(code: &str) -> String {
    hex(&Sha256::digest(references::normalise_code(code).as_bytes()))
}

/// The token of a case's stop-letters link: derived from the stored hash
/// of its access code, so that nothing more is stored and the link tells
/// nothing of the code; it can only stop the case's emails.
pub fn letters_token(access_hash: &str) -> String {
    hex(&Sha256::digest(format!("stop letters\0{access_hash}").as_bytes()))[..32].to_string()
}

/// Whether `token` is the stop-letters token of the case whose access code
/// hashes to `access_hash`, in constant time.
pub fn is_letters_token(token: &str, access_hash: &str) -> bool {
    letters_token(access_hash).as_bytes().ct_eq(token.as_bytes()).into()
}

/// What is stored of a staff token: its text without dashes or spaces, in
/// upper case (tokens stored before codes were read more leniently keep
/// matching, since their `rst_` prefix is kept as it is).
pub fn hash_token(token: &str) -> String {
    let normalised: String =
        token.chars().filter(|c| *c != '-' && !c.is_whitespace()).flat_map(char::to_uppercase).collect();
    hex(&Sha256::digest(normalised.as_bytes()))
}

/// Whether `code` hashes to `stored`, in time independent of where they differ.
pub fn code_matches(code: &str, stored: &str) -> bool {
    hash_code(code).as_bytes().ct_eq(stored.as_bytes()).into()
}

/// Whether two stored hashes are the same, in time independent of where they differ.
pub fn same_hash(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How an Idempotency-Key is stored and looked up.
pub fn idempotency_key_hash(key: &str) -> String {
    sha256_hex(format!("redress idempotency id\0{key}").as_bytes())
}

fn idempotency_cipher(key: &str) -> XChaCha20Poly1305 {
    let derived = Sha256::digest(format!("redress idempotency seal\0{key}").as_bytes());
    XChaCha20Poly1305::new(&derived)
}

/// Seals `plain` so that only a holder of `key` can open it.
pub fn seal(key: &str, plain: &[u8]) -> Vec<u8> {
    let nonce = random_bytes::<24>();
    let mut sealed = nonce.to_vec();
    sealed.extend(idempotency_cipher(key).encrypt(XNonce::from_slice(&nonce), plain).expect("sealing cannot fail"));
    sealed
}

/// Opens what [`seal`] sealed with the same key.
pub fn open(key: &str, sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < 24 {
        return None;
    }
    let (nonce, body) = sealed.split_at(24);
    idempotency_cipher(key).decrypt(XNonce::from_slice(nonce), body).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_codes_are_eight_digits_bound_to_their_account() {
        let codes: Vec<String> = (0..50).map(|_| new_sign_in_code()).collect();
        assert!(codes.iter().all(|code| code.len() == 8 && code.bytes().all(|b| b.is_ascii_digit())), "{codes:?}");
        assert!(codes.iter().collect::<std::collections::HashSet<_>>().len() > 45, "{codes:?}");
        assert_eq!(hash_sign_in_code(7, "1234 5678"), hash_sign_in_code(7, "12345678"));
        assert_eq!(hash_sign_in_code(7, "1234-5678"), hash_sign_in_code(7, "12345678"));
        assert_ne!(hash_sign_in_code(8, "12345678"), hash_sign_in_code(7, "12345678"));
        assert_ne!(new_session_token(), new_session_token());
        assert_eq!(new_session_token().len(), 64);
    }

    #[test]
    fn access_codes_carry_125_random_bits_in_groups_of_five() {
        let code = new_access_code();
        assert_eq!(code.len(), 25 + 4);
        assert!(code.split('-').all(|group| group.len() == 5));
        assert!(code.chars().all(|c| c == '-' || ALPHABET.contains(&(c as u8))));
        assert_ne!(new_access_code(), code);
    }

    #[test]
    fn references_have_a_prefix_and_fifty_random_bits() {
        let draws: Vec<String> = (0..10_000).map(|_| new_reference()).collect();
        for reference in &draws {
            let random = reference.strip_prefix("RD-").expect("the prefix");
            let groups: Vec<&str> = random.split('-').collect();
            assert_eq!(groups.iter().map(|g| g.len()).collect::<Vec<_>>(), [5, 5], "{reference}");
            assert!(random.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)), "{reference}");
        }
        // 50 random bits: 10,000 draws repeat one only once in about 2^24.
        let distinct: std::collections::HashSet<&String> = draws.iter().collect();
        assert_eq!(distinct.len(), draws.len(), "a reference repeated");
        // Every one of the 32 symbols turns up in each place.
        for place in [3, 4, 5, 6, 7, 9, 10, 11, 12, 13] {
            let seen: std::collections::HashSet<u8> = draws.iter().map(|r| r.as_bytes()[place]).collect();
            assert_eq!(seen.len(), ALPHABET.len(), "place {place} uses {} symbols", seen.len());
        }
    }

    #[test]
    fn a_code_matches_its_hash_however_it_is_typed() {
        let code = "ABCDE-FGHJK-MNPQR-STVWX-YZ012";
        let stored = hash_code(code);
        assert!(code_matches(code, &stored));
        assert!(code_matches("abcdefghjkmnpqrstvwxyz012", &stored));
        assert!(code_matches("ABCDE FGHJK MNPQR STVWX YZ0I2", &stored));
        assert!(code_matches("abcde-fghjk-mnpqr-stvwx-yzO12", &stored));
        assert!(!code_matches("ABCDE-FGHJK-MNPQR-STVWX-YZ013", &stored));
        assert_ne!(stored, code);
    }

    #[test]
    fn only_the_same_idempotency_key_opens_a_sealed_response() {
        let sealed = seal("key-1", b"{\"access_code\":\"X\"}");
        assert_eq!(open("key-1", &sealed).as_deref(), Some(&b"{\"access_code\":\"X\"}"[..]));
        assert_eq!(open("key-2", &sealed), None);
        assert!(!sealed.windows(13).any(|w| w == b"\"access_code\""));
    }
}
