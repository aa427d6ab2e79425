//! The redress web app: complaint forms and case status for every provider,
//! in English, French, German, Russian and Azerbaijani.
//!
//! Layout: `i18n` holds the languages, `router` the addresses, `pages/` one
//! module per route, `components/` the pieces pages share, `api` the server.
//! The rules come from `redress_core`; `wizard` and `draft` turn them into
//! the form's pages and the answers kept while typing.

pub mod api;
mod components;
pub mod draft;
mod embed;
pub mod i18n;
pub mod labels;
mod pages;
pub mod router;
mod storage;
pub mod wizard;

use leptos::prelude::*;
use redress_core::policy::Lang;

use crate::components::layout::Layout;
use crate::router::{Route, provide_location};

#[component]
pub fn App(lang: Lang) -> impl IntoView {
    i18n::provide(lang);
    embed::report_height();
    view! {
        <Layout>
            <Pages />
        </Layout>
    }
}

/// The page for the current route. Text is rendered as plain strings, not a
/// reactive closure each (hundreds of those cost a third of the download),
/// so a change of language renders the page again; answers live in the
/// draft, so nothing typed is lost.
#[component]
fn Pages() -> impl IntoView {
    let location = provide_location();
    move || {
        i18n::track_language();
        match location.route() {
            Route::Start => pages::start::Start().into_any(),
            Route::Provider { provider } => view! { <pages::provider::Provider provider /> }.into_any(),
            Route::Complain { provider, step } => view! { <pages::complain::Complain provider step /> }.into_any(),
            Route::Sent { provider } => view! { <pages::sent::Sent provider /> }.into_any(),
            Route::StatusLookup => pages::status::StatusLookup().into_any(),
            Route::Case { reference } => view! { <pages::case::CasePage reference /> }.into_any(),
            Route::NotFound => pages::not_found::NotFound().into_any(),
        }
    }
}
