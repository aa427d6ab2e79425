//! The tab's `sessionStorage`: drafts (the wizard's and the case page
//! forms') and receipts live there, so a reload keeps them and closing the
//! tab forgets them (a shared computer keeps no complaint once its tab is
//! gone). Everything is also kept in memory: in a
//! widget on another site the browser may refuse storage altogether, and the
//! form must still work from page to page.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::api::Receipt;
use crate::draft::Draft;

fn session() -> Option<web_sys::Storage> {
    leptos::prelude::window().session_storage().ok().flatten()
}

thread_local! {
    static MEMORY: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

fn get(key: &str) -> Option<String> {
    MEMORY.with(|memory| memory.borrow().get(key).cloned()).or_else(|| session()?.get_item(key).ok().flatten())
}

fn set(key: &str, value: &str) {
    MEMORY.with(|memory| memory.borrow_mut().insert(key.to_string(), value.to_string()));
    if let Some(storage) = session() {
        let _ = storage.set_item(key, value);
    }
}

fn remove(key: &str) {
    MEMORY.with(|memory| memory.borrow_mut().remove(key));
    if let Some(storage) = session() {
        let _ = storage.remove_item(key);
    }
}

const STAFF_SIGN_IN_KEY: &str = "redress-staff-sign-in";

/// The address typed on the console's sign-in page, and whether a code was
/// asked for it: kept in the tab until the member is signed in, so that a
/// change of language or a reload while the letter comes loses neither.
pub fn staff_sign_in() -> (String, bool) {
    match get(STAFF_SIGN_IN_KEY) {
        Some(kept) => match kept.split_once('\n') {
            Some(("asked", email)) => (email.to_string(), true),
            _ => (kept.trim_start_matches('\n').to_string(), false),
        },
        None => (String::new(), false),
    }
}

pub fn save_staff_sign_in(email: &str, asked: bool) {
    set(STAFF_SIGN_IN_KEY, &format!("{}\n{email}", if asked { "asked" } else { "" }));
}

pub fn clear_staff_sign_in() {
    remove(STAFF_SIGN_IN_KEY);
}

/// 128 random bits from the browser's CSPRNG, as hex.
pub fn random_key() -> String {
    let mut bytes = [0u8; 16];
    if let Ok(crypto) = leptos::prelude::window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The saved draft for `provider`, or a new one.
pub fn load_draft(provider: &str) -> Draft {
    get(&Draft::storage_key(provider))
        .and_then(|text| Draft::from_saved(&text))
        .unwrap_or_else(|| Draft::new(random_key()))
}

pub fn save_draft(provider: &str, draft: &Draft) {
    set(&Draft::storage_key(provider), &draft.to_saved());
}

pub fn clear_draft(provider: &str) {
    remove(&Draft::storage_key(provider));
}

/// What the customer is typing into one of a case page's forms (`form` names
/// it), kept like the wizard's draft so that a reload loses nothing, until
/// it is sent.
pub fn load_case_form(reference: &str, form: &str) -> Option<Draft> {
    get(&case_form_key(reference, form)).and_then(|text| Draft::from_saved(&text))
}

pub fn save_case_form(reference: &str, form: &str, draft: &Draft) {
    set(&case_form_key(reference, form), &draft.to_saved());
}

pub fn clear_case_form(reference: &str, form: &str) {
    remove(&case_form_key(reference, form));
}

fn case_form_key(reference: &str, form: &str) -> String {
    format!("redress-case-form-{reference}-{form}")
}

/// What the customer typed into the case look-up form's field `field`
/// (its element id), kept until a case opens: a reload, a change of
/// language, or coming back from "no case found" to mend a typo loses nothing.
/// (Storage only, not memory: the case part's first download carries
/// nothing else of this module, and a form of two fields is quickly typed again
/// where the browser refuses storage.)
pub fn load_lookup(field: &str) -> String {
    session().and_then(|storage| storage.get_item(&lookup_key(field)).ok().flatten()).unwrap_or_default()
}

pub fn save_lookup(field: &str, value: &str) {
    if let Some(storage) = session() {
        let _ = storage.set_item(&lookup_key(field), value);
    }
}

/// Forgets the look-up form once a case has opened with what it held.
pub fn clear_lookup() {
    if let Some(storage) = session() {
        for field in LOOKUP_FIELDS {
            let _ = storage.remove_item(&lookup_key(field));
        }
    }
}

/// The look-up form's fields, by element id.
pub const LOOKUP_FIELDS: [&str; 2] = ["lookup-reference", "lookup-code"];

fn lookup_key(field: &str) -> String {
    format!("redress-{field}")
}

fn receipt_key(provider: &str) -> String {
    format!("redress-receipt-{provider}")
}

/// The receipt stays in the tab so the confirmation survives a reload.
pub fn save_receipt(provider: &str, receipt: &Receipt) {
    set(&receipt_key(provider), &serde_json::to_string(receipt).unwrap_or_default());
}

fn confirmation_key(provider: &str) -> String {
    format!("redress-confirm-{provider}")
}

/// Asks the wizard's first page, which the history is going back to, to show
/// the confirmation of the complaint just sent (see `router::leave_form`).
pub fn expect_confirmation(provider: &str) {
    set(&confirmation_key(provider), "1");
}

/// Whether the confirmation is expected here; asked once.
pub fn take_expected_confirmation(provider: &str) -> bool {
    let key = confirmation_key(provider);
    let expected = get(&key).is_some();
    if expected {
        remove(&key);
    }
    expected
}

/// Whether the tab holds a receipt for `provider`, without reading it: the
/// wizard asks, and its first download does without a JSON reader.
pub fn has_receipt(provider: &str) -> bool {
    get(&receipt_key(provider)).is_some()
}

pub fn load_receipt(provider: &str) -> Option<Receipt> {
    get(&receipt_key(provider)).and_then(|json| serde_json::from_str(&json).ok())
}
