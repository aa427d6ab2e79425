//! Client-side routing: the path is parsed into a [`Route`], links within the
//! app change it without a page load, and the back button works.
//!
//! Written here rather than taken from `leptos_router`: that crate (with its
//! URL parsing) added 47 KB gzip to the wasm, a third of the download budget,
//! for a handful of fixed paths.

use leptos::ev;
use leptos::prelude::*;
use redress_core::policy::is_provider_id;
use wasm_bindgen::JsCast;

use crate::Part;
use crate::served_policy;
use crate::wizard::Step;

/// The pages of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    /// A provider's own start page, e.g. `/kijoma`.
    Provider {
        provider: String,
    },
    /// A page of the complaint wizard; `None` is its first page.
    Complain {
        provider: String,
        step: Option<Step>,
    },
    /// The confirmation after a complaint was received.
    Sent {
        provider: String,
    },
    /// Look up a case by reference and access code.
    StatusLookup,
    /// A case; its access code travels in the URL fragment, never the query.
    Case {
        reference: String,
    },
    /// Withdrawing a case: a page of its own that asks to be sure.
    Withdraw {
        reference: String,
    },
    /// A page of the staff's console (`/staff` and below), which the staff
    /// part reads further (`staff::StaffPage`).
    Staff {
        path: String,
    },
    NotFound,
}

impl Route {
    /// The route for a location path such as `/` or `/kijoma/complain`
    /// (the widget's `/embed/kijoma/complain` is the same page).
    pub fn parse(path: &str) -> Route {
        let widget = path.strip_prefix(crate::embed::PREFIX).filter(|rest| rest.starts_with('/'));
        let embedded = widget.is_some();
        let path = widget.unwrap_or(path);
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        // Whether the provider exists is the page's business: the server
        // writes its policy into the page (`provider_of` in its files.rs reads
        // the address the same way), and a page without it says not found.
        match segments.as_slice() {
            [] => Route::Start,
            ["status"] => Route::StatusLookup,
            ["status", reference] => Route::Case { reference: reference.to_string() },
            ["status", reference, "withdraw"] => Route::Withdraw { reference: reference.to_string() },
            // The console is never in a company's widget.
            ["staff", ..] if embedded => Route::NotFound,
            ["staff", ..] => Route::Staff { path: path.to_string() },
            [provider] if is_provider_id(provider) => Route::Provider { provider: provider.to_string() },
            [provider, "complain"] if is_provider_id(provider) => {
                Route::Complain { provider: provider.to_string(), step: None }
            }
            [provider, "complain", "sent"] if is_provider_id(provider) => {
                Route::Sent { provider: provider.to_string() }
            }
            [provider, "complain", slug] if is_provider_id(provider) => match Step::from_slug(slug) {
                Some(step) => Route::Complain { provider: provider.to_string(), step: Some(step) },
                None => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    /// The provider whose page this is, if any.
    pub fn provider(&self) -> Option<&str> {
        match self {
            Route::Provider { provider } | Route::Complain { provider, .. } | Route::Sent { provider } => {
                Some(provider)
            }
            _ => None,
        }
    }

    /// Whether going to this route from a page of `part` is a page load:
    /// a page of the other part, or of a provider whose policy this page
    /// does not hold (the server writes it into the page it sends).
    fn loads_page(&self, part: Part) -> bool {
        self.part() != part || self.provider().is_some_and(|id| served_policy::find(id).is_none())
    }

    /// The part of the app that shows this page. Everything under `/status`
    /// is the case part; the server follows the same rule when it chooses
    /// the page to send.
    pub fn part(&self) -> Part {
        match self {
            Route::StatusLookup | Route::Case { .. } | Route::Withdraw { .. } => Part::Case,
            Route::Staff { .. } => Part::Staff,
            _ => Part::Complaint,
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

thread_local! {
    /// The app's one location, for code that runs outside any component
    /// (a submission finishing in a task), and the part of the app running.
    static CURRENT: std::cell::Cell<Option<(Location, Part)>> = const { std::cell::Cell::new(None) };
}

/// Provides the [`Location`] and keeps it in step with the address bar.
pub fn provide_location(part: Part) -> Location {
    let location = Location(RwSignal::new(current_path()));
    provide_context(location);
    CURRENT.with(|current| current.set(Some((location, part))));
    let on_popstate = window_event_listener(ev::popstate, move |_| location.0.set(current_path()));
    let on_click = window_event_listener(ev::click, move |event| follow_link(event, location, part));
    on_cleanup(move || {
        on_popstate.remove();
        on_click.remove();
    });
    location
}

/// The address of an app path: in the widget, under `/embed`.
fn address(path: &str) -> String {
    if crate::embed::active() { format!("{}{path}", crate::embed::PREFIX) } else { path.to_string() }
}

/// Goes to `path` (which may carry a `#fragment`) as a link would.
pub fn navigate(path: &str) {
    let Some((location, part)) = CURRENT.with(std::cell::Cell::get) else { return };
    let path_only = path.split('#').next().unwrap_or_default();
    if Route::parse(path_only).loads_page(part) {
        load_page(path);
        return;
    }
    push(&address(path));
    location.0.set(current_path());
    arrived();
}

/// Adds `address` to the browser's history. Each entry notes how many pages
/// of one form came before it in a row (`form_depth`), so that a form once
/// sent can step back over them all (`leave_form`).
fn push(address: &str) {
    let Ok(history) = window().history() else { return };
    let in_form = |path: &str| matches!(Route::parse(path), Route::Complain { .. });
    let path = address.split(['?', '#']).next().unwrap_or_default();
    let depth = if in_form(&current_path()) && in_form(path) { form_depth() + 1 } else { 0 };
    let _ = history.push_state_with_url(&wasm_bindgen::JsValue::from(depth), "", Some(address));
}

/// How many pages of the wizard precede this one in the history, in a row.
fn form_depth() -> u32 {
    window().history().ok().and_then(|h| h.state().ok()).and_then(|state| state.as_f64()).map_or(0, |n| n as u32)
}

/// After a complaint is sent: back to the history entry of the wizard's
/// first page, which is to show the confirmation in its place (`true`: the
/// caller says so to that page), or, where the wizard has no earlier page,
/// to the confirmation in place of this one. The Back button then leaves the
/// form from the confirmation in one press, instead of passing through every
/// page of a form already sent.
pub fn leave_form(confirmation: &str) -> bool {
    let depth = form_depth();
    match window().history() {
        Ok(history) if depth > 0 => history.go_with_delta(-(depth as i32)).is_ok(),
        _ => {
            redirect(confirmation);
            false
        }
    }
}

/// Goes to `path` in place of the current page, which the back button then
/// skips: for a page that has nothing to show and sends the customer on.
/// Done once the current page has been drawn, not while it is.
pub fn redirect(path: &str) {
    let path = path.to_string();
    leptos::task::spawn_local(async move {
        let Some((location, _)) = CURRENT.with(std::cell::Cell::get) else { return };
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address(&path)));
        }
        location.0.set(current_path());
        arrived();
    });
}

/// Whether the address asks to come back to "check your answers" after
/// this page (its "Change" links carry `?change`).
pub fn changing_answer() -> bool {
    let search = window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search).is_ok_and(|params| params.has("change"))
}

/// Loads the page for `path` (see `Route::loads_page`). In the widget, the
/// host's origin and the language go along in the address: the widget may
/// have no storage to find them in.
fn load_page(path: &str) {
    let _ = window().location().assign(&with_parameters(&address(path), &crate::embed::carried_parameters()));
}

/// `address` with `parameters` (`a=1&b=2`) added to its query, before any
/// `#fragment`.
fn with_parameters(address: &str, parameters: &str) -> String {
    if parameters.is_empty() {
        return address.to_string();
    }
    let (path, fragment) = address.split_once('#').map_or((address, None), |(path, fragment)| (path, Some(fragment)));
    let joint = if path.contains('?') { '&' } else { '?' };
    match fragment {
        Some(fragment) => format!("{path}{joint}{parameters}#{fragment}"),
        None => format!("{path}{joint}{parameters}"),
    }
}

/// After a page change: to the top, and focus on the main content so screen
/// readers announce the new page (unless the page put focus somewhere itself).
fn arrived() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    crate::embed::page_changed();
    if let Some(main) = document().get_element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}

/// A plain left click on a link to a page of this app is handled here.
fn follow_link(event: ev::MouseEvent, location: Location, part: Part) {
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
    let same_page = anchor.pathname() == current_path();
    // Links within a page (`#main`, an error summary's `#field-…`) are left to the browser.
    let in_page = same_page && !anchor.hash().is_empty();
    if !same_origin || !anchor.target().is_empty() || anchor.has_attribute("download") || in_page {
        return;
    }
    event.prevent_default();
    let target = anchor.pathname() + &anchor.search() + &anchor.hash();
    if Route::parse(&anchor.pathname()).loads_page(part) {
        load_page(&target);
        return;
    }
    // Links are written as app paths; in the widget they stay under /embed.
    push(&address(&target));
    location.0.set(current_path());
    arrived();
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
    fn a_provider_id_leads_to_its_page_and_its_wizard() {
        assert_eq!(Route::parse("/kijoma"), Route::Provider { provider: "kijoma".into() });
        assert_eq!(Route::parse("/kijoma/complain"), Route::Complain { provider: "kijoma".into(), step: None });
        assert_eq!(
            Route::parse("/kijoma/complain/contact"),
            Route::Complain { provider: "kijoma".into(), step: Some(Step::Contact) }
        );
        assert_eq!(Route::parse("/kijoma/complain/sent"), Route::Sent { provider: "kijoma".into() });
    }

    #[test]
    fn status_pages_take_the_reference_from_the_path() {
        assert_eq!(Route::parse("/status"), Route::StatusLookup);
        assert_eq!(Route::parse("/status/RD-ABC"), Route::Case { reference: "RD-ABC".into() });
        assert_eq!(Route::parse("/status/RD-ABC/withdraw"), Route::Withdraw { reference: "RD-ABC".into() });
    }

    #[test]
    fn the_widget_shows_the_same_pages_under_embed() {
        assert_eq!(Route::parse("/embed/kijoma"), Route::Provider { provider: "kijoma".into() });
        assert_eq!(Route::parse("/embed/status"), Route::StatusLookup);
        // Not the widget: an address the server answers for a provider `embedded`.
        assert_eq!(Route::parse("/embedded"), Route::Provider { provider: "embedded".into() });
    }

    #[test]
    fn the_case_part_shows_everything_under_status_and_nothing_else() {
        for path in ["/status", "/status/RD-ABC", "/status/RD-ABC/withdraw", "/embed/status", "/embed/status/RD-ABC"] {
            assert_eq!(Route::parse(path).part(), Part::Case, "{path}");
        }
        for path in ["/", "/kijoma", "/kijoma/complain", "/kijoma/complain/check", "/kijoma/complain/sent", "/nope"] {
            assert_eq!(Route::parse(path).part(), Part::Complaint, "{path}");
        }
    }

    #[test]
    fn the_staff_part_shows_everything_under_staff() {
        for path in ["/staff", "/staff/sign-in", "/staff/cases/RD-ABC"] {
            assert_eq!(Route::parse(path), Route::Staff { path: path.into() });
            assert_eq!(Route::parse(path).part(), Part::Staff, "{path}");
        }
        assert_eq!(Route::parse("/staffing").part(), Part::Complaint);
        assert_eq!(Route::parse("/embed/staff"), Route::NotFound);
    }

    #[test]
    fn parameters_join_the_query_and_leave_the_fragment_last() {
        assert_eq!(with_parameters("/embed/status", "lang=fr"), "/embed/status?lang=fr");
        assert_eq!(
            with_parameters("/embed/status/RD-A#code", "lang=fr&host=h"),
            "/embed/status/RD-A?lang=fr&host=h#code"
        );
        assert_eq!(with_parameters("/embed/kijoma?x=1#top", "lang=de"), "/embed/kijoma?x=1&lang=de#top");
        assert_eq!(with_parameters("/status/RD-A#code", ""), "/status/RD-A#code");
    }

    #[test]
    fn addresses_that_cannot_be_a_provider_or_step_are_not_found() {
        assert_eq!(Route::parse("/No_Where"), Route::NotFound);
        assert_eq!(Route::parse("/nowhere"), Route::Provider { provider: "nowhere".into() });
        assert_eq!(Route::parse("/kijoma/complain/nope"), Route::NotFound);
        assert_eq!(Route::parse("/status/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/status/a/withdraw/b"), Route::NotFound);
    }
}
