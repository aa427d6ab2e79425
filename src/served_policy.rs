//! The one policy the app holds: that of the provider the server sent this
//! page for. No policy is compiled into the app, so its download is the same
//! for five providers or a thousand. The server writes the provider's policy
//! into the page it serves for the provider's addresses (`data-policy` on
//! `<html>`), and into a case it sends a customer (`policy`), in the compact
//! form of `redress_core::policy::compact`, as base64.

use std::cell::Cell;

use leptos::prelude::window;
use redress_core::policy::{Policy, compact};

thread_local! {
    /// Read once, then kept for the life of the page.
    static HELD: Cell<Option<&'static Policy>> = const { Cell::new(None) };
}

/// The policy of provider `id`, if this page holds it. A page holds at most
/// one; another provider's pages are another page load (see `router`).
pub fn find(id: &str) -> Option<&'static Policy> {
    held().filter(|policy| policy.id == id)
}

/// The policy this page holds, read from the page on first use.
pub fn held() -> Option<&'static Policy> {
    if let Some(policy) = HELD.get() {
        return Some(policy);
    }
    let written = leptos::prelude::document().document_element()?.get_attribute(compact::PAGE_ATTRIBUTE)?;
    read(&written)
}

/// Holds provider `id`'s policy, written as `base64` (a case's `policy`),
/// unless it is held already; `None` if it is not a policy.
pub fn keep(id: &str, base64: &str) -> Option<&'static Policy> {
    if let Some(held) = find(id) {
        return Some(held);
    }
    read(base64)
}

/// Reads and holds the policy written as `base64`.
fn read(base64: &str) -> Option<&'static Policy> {
    let bytes: Vec<u8> = window().atob(base64).ok()?.chars().map(|c| c as u8).collect();
    // Never freed: the code to free a policy would weigh more than the
    // policy (see `decode`).
    let policy: &'static Policy = Box::leak(Box::new(compact::decode(&bytes)?));
    HELD.set(Some(policy));
    Some(policy)
}
