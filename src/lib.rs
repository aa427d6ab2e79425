//! The redress web app: complaint forms and case status for every provider,
//! in English, French, German, Russian and Azerbaijani.
//!
//! Layout: `i18n` sets up the languages, `pages/` holds one module per route,
//! `components/` the pieces pages share. Rules come from `redress_core`.

mod components;
mod i18n;
mod labels;
mod pages;
mod router;

use leptos::prelude::*;

use crate::components::layout::Layout;
use crate::i18n::I18nProvider;
use crate::router::{Route, provide_location};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nProvider>
            <Layout>
                <Pages />
            </Layout>
        </I18nProvider>
    }
}

/// The page for the current route.
#[component]
fn Pages() -> impl IntoView {
    let location = provide_location();
    move || match location.route() {
        Route::Start => pages::start::Start().into_any(),
        Route::NotFound => pages::not_found::NotFound().into_any(),
    }
}
