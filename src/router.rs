//! Client-side routing: the path is parsed into a [`Route`], links within the
//! app change it without a page load, and the back button works.
//!
//! Written here rather than taken from `leptos_router`: that crate (with its
//! URL parsing) added 47 KB gzip to the wasm, a third of the download budget,
//! for a handful of fixed paths.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The pages of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    NotFound,
}

impl Route {
    /// The route for a location path such as `/` or `/kijoma/complain`.
    pub fn parse(path: &str) -> Route {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Start,
            _ => Route::NotFound,
        }
    }
}

/// The current route, as a signal every page can read.
#[derive(Clone, Copy)]
pub struct Location(RwSignal<String>);

impl Location {
    pub fn route(&self) -> Route {
        Route::parse(&self.0.get())
    }
}

fn current_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".into())
}

/// Provides the [`Location`] and keeps it in step with the address bar.
pub fn provide_location() -> Location {
    let location = Location(RwSignal::new(current_path()));
    provide_context(location);
    let on_popstate = window_event_listener(ev::popstate, move |_| location.0.set(current_path()));
    let on_click = window_event_listener(ev::click, move |event| follow_link(event, location));
    on_cleanup(move || {
        on_popstate.remove();
        on_click.remove();
    });
    location
}

/// A plain left click on a link to a page of this app is handled here: the
/// address changes, the page re-renders, and focus moves to the main content
/// so screen readers announce the new page.
fn follow_link(event: ev::MouseEvent, location: Location) {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return;
    }
    let Some(anchor) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("a[href]").ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let same_origin = anchor.origin() == window().location().origin().unwrap_or_default();
    if !same_origin || !anchor.target().is_empty() || anchor.has_attribute("download") || anchor.hash() != "" {
        return;
    }
    event.prevent_default();
    let path = anchor.pathname() + &anchor.search();
    if path != current_path() + &window().location().search().unwrap_or_default() {
        let _ = window()
            .history()
            .and_then(|history| history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)));
    }
    location.0.set(anchor.pathname());
    window().scroll_to_with_x_and_y(0.0, 0.0);
    if let Some(main) = document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_is_the_start_page() {
        assert_eq!(Route::parse("/"), Route::Start);
        assert_eq!(Route::parse(""), Route::Start);
    }

    #[test]
    fn anything_else_is_not_found_for_now() {
        assert_eq!(Route::parse("/nowhere"), Route::NotFound);
    }
}
