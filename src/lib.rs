//! The redress web app: complaint forms and case status for every provider,
//! in English, French, German, Russian and Azerbaijani.
//!
//! Layout: `i18n` holds the languages, `router` the addresses, `pages/` one
//! module per route, `components/` the pieces pages share, `api` the server.
//! The rules come from `redress_core`; `wizard` and `draft` turn them into
//! the form's pages and the answers kept while typing.
//!
//! The app is built as three programs, one per [`Part`]: `src/main.rs` for
//! complaining, `src/bin/redress-case.rs` for following a case, and
//! `src/bin/redress-staff.rs`, the complaints team's console (`staff`). Each
//! lists the pages it shows, says which of them (or of their forms) are
//! downloaded only when first shown ([`lazy_page`]), and starts with [`start`].

pub mod api;
mod components;
pub mod draft;
mod embed;
pub mod i18n;
pub mod labels;
pub mod pages;
pub mod router;
pub mod served_policy;
pub mod staff;
mod storage;
pub mod wizard;

use leptos::prelude::*;
use redress_core::policy::Lang;
use wasm_bindgen::JsCast;

pub use crate::components::form_fields::{FileUpload, file_upload};
use crate::components::layout::Layout;
pub use crate::components::lazy_page::{Loaded, lazy_page, lazy_part};
use crate::router::{Route, provide_location};

/// The three downloads of the app. A customer filing a complaint does not
/// wait for the code of the case pages, nor one looking at a case for the
/// wizard's, and no customer downloads the staff's console. The server
/// sends `case.html`, which loads the case part, for every address under
/// `/status` (and `/embed/status`), `staff.html` for those under `/staff`,
/// and `index.html`, which loads the complaint part, for the others; a
/// link from one part to another loads the page (see `router`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The start page, the providers' pages, the wizard and its confirmation.
    Complaint,
    /// Looking up a case, the case page and its actions.
    Case,
    /// The complaints team's console: signing in, the queue, a case.
    Staff,
}

/// The page a part shows for a route; a route of the other part is never
/// sent to it (the server sends the other part's page).
pub type Pages = fn(Route) -> AnyView;

/// Starts a part of the app: picks the language, downloads its messages, then
/// mounts over the static loading shell of the page (which stays until then,
/// so the page never shows untranslated text).
pub fn start(part: Part, pages: Pages) {
    console_error_panic_hook::set_once();
    let lang = i18n::initial_language();
    // Leptos sets up its own task runner when mounting; until then, the browser's.
    wasm_bindgen_futures::spawn_local(async move {
        // Without the chosen language's messages, English; without those,
        // message ids, which at least say what each line is for.
        let lang = if i18n::load(lang).await.is_ok() {
            lang
        } else {
            let _ = i18n::load(Lang::En).await;
            Lang::En
        };
        // The first page is drawn in a task of its own, not in the one that
        // read the messages, so neither keeps the page from answering for long.
        next_task().await;
        let root = document().get_element_by_id("app").expect("the page has #app");
        root.set_inner_html("");
        let root: web_sys::HtmlElement = root.unchecked_into();
        leptos::mount::mount_to(root, move || view! { <App lang part pages /> }).forget();
    });
}

/// Lets the browser handle what is waiting (input, painting) before going on.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if window().set_timeout_with_callback(&resolve).is_err() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[component]
fn App(lang: Lang, part: Part, pages: Pages) -> impl IntoView {
    i18n::provide(lang);
    embed::report_height();
    view! {
        <Layout>
            <CurrentPage part pages />
        </Layout>
    }
}

/// The page for the current route. Text is rendered as plain strings, not a
/// reactive closure each (hundreds of those cost a third of the download),
/// so a change of language renders the page again; answers live in the
/// draft, so nothing typed is lost.
#[component]
fn CurrentPage(part: Part, pages: Pages) -> impl IntoView {
    let location = provide_location(part);
    move || {
        i18n::track_language();
        pages(location.route())
    }
}
