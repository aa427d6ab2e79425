//! Fetching the complaint part's pieces ahead of their pages.
//!
//! A later page's code downloads when the page is first shown
//! ([`lazy_page`](super::lazy_page)), so on a slow connection each later page
//! would wait behind "Loading…". A customer who has answered the wizard's
//! first page is likely to go on, so from then on the browser fetches every
//! piece, and the messages of the later pages, at its lowest priority (`<link rel="prefetch">`) while they type, and
//! the pieces' loader finds them in its cache (the server lets it keep them
//! for a year). A visitor who only looks at the form, as on a company's page
//! with the widget, downloads none of them.
//!
//! The build lists the pieces in the `data-pieces` attribute of the tag that
//! loads the app (tools/wasm-split/collect).

use leptos::prelude::document;

/// Asks for every piece once; later calls do nothing.
pub fn later_pages() {
    let document = document();
    let Some(tag) = document.query_selector("script[data-pieces]").ok().flatten() else {
        return;
    };
    let pieces = tag.get_attribute("data-pieces").unwrap_or_default();
    let _ = tag.remove_attribute("data-pieces");
    let Some(head) = document.query_selector("head").ok().flatten() else {
        return;
    };
    // The later pages' messages come with their code.
    let messages = crate::i18n::later_address();
    for piece in pieces.split_whitespace().chain([messages.as_str()]) {
        if let Ok(link) = document.create_element("link") {
            let _ = link.set_attribute("rel", "prefetch");
            let _ = link.set_attribute("href", piece);
            let _ = head.append_child(&link);
        }
    }
}
