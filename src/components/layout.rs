//! The frame of every page: skip link, header with the language switcher, main.
//! It stays while pages change, so its few texts follow the language
//! reactively (pages are rendered again instead; see `Pages` in lib.rs).

use leptos::prelude::*;

use crate::components::language_switcher::LanguageSwitcher;
use crate::t;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    if crate::embed::active() {
        // In a company's page: no portal header, only the languages.
        return view! {
            // Not a banner: the host page has its own.
            <div class="widget-bar">
                <a class="widget-bar__link" href="/status">{move || t!("app-check-status")}</a>
                <LanguageSwitcher />
            </div>
            // Named, so that it stands apart from the host page's own main landmark.
            <main id="main" class="main main--widget" tabindex="-1" aria-label=move || t!("app-widget-label")>
                {children()}
            </main>
        }
        .into_any();
    }
    view! {
        <a class="skip-link" href="#main">{move || t!("app-skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href="/">{move || t!("app-brand")}</a>
                <a class="site-header__link" href="/status">{move || t!("app-check-status")}</a>
                <LanguageSwitcher />
            </div>
        </header>
        <main id="main" class="main" tabindex="-1">
            {children()}
        </main>
    }
    .into_any()
}

/// Sets the document title: the page's heading and the service's name, with
/// `Error: ` in front while the page shows errors (as GOV.UK does), so screen
/// reader users hear it first.
pub fn set_title(heading: &str, has_errors: bool) {
    let prefix = if has_errors { format!("{} ", t!("app-error-prefix")) } else { String::new() };
    document().set_title(&format!("{prefix}{heading} – {}", t!("app-brand")));
}
