//! The frame of every page: skip link, header with the language switcher, main.
//! It stays while pages change, so its few texts follow the language
//! reactively (pages are rendered again instead; see `Pages` in lib.rs).

use leptos::prelude::*;

use crate::components::language_switcher::LanguageSwitcher;
use crate::i18n;
use crate::{msg, t};

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    if crate::embed::active() {
        // In a company's page: no portal header, only the languages.
        return view! {
            // Not a banner: the host page has its own.
            <div class="widget-bar">
                <a class="widget-bar__link" href="/status">{i18n::live(msg!("app-check-status"))}</a>
                <LanguageSwitcher />
            </div>
            // Named, so that it stands apart from the host page's own main landmark.
            <main id="main" class="main main--widget" tabindex="-1" aria-label=i18n::live(msg!("app-widget-label"))>
                {children()}
            </main>
        }
        .into_any();
    }
    view! {
        <a class="skip-link" href="#main">{i18n::live(msg!("app-skip-to-content"))}</a>
        <header class="site-header">
            <div class="site-header__inner">
                // The brand is a name, the same in every language.
                <a class="site-header__brand" href="/">{t!("app-brand")}</a>
                <a class="site-header__link" href="/status">{i18n::live(msg!("app-check-status"))}</a>
                <LanguageSwitcher />
            </div>
        </header>
        <main id="main" class="main" tabindex="-1">
            {children()}
        </main>
    }
    .into_any()
}

/// The provider's name, as a caption above a page's heading; `None` in the
/// widget, where the company's own page around it already says whose form
/// it is.
pub fn provider_name(policy: &redress_core::policy::Policy) -> Option<String> {
    (!crate::embed::active()).then(|| policy.name.to_string())
}

/// The provider's name as a caption above a page's heading (see [`provider_name`]).
pub fn provider_caption(policy: &redress_core::policy::Policy) -> impl IntoView + use<> {
    provider_name(policy).map(|name| view! { <p class="caption"><span class="caption__provider">{name}</span></p> })
}

/// Sets the document title: the page's heading and the service's name, with
/// `Error: ` in front while the page shows errors (as GOV.UK does), so screen
/// reader users hear it first.
pub fn set_title(heading: &str, has_errors: bool) {
    let prefix = if has_errors { format!("{} ", t!("app-error-prefix")) } else { String::new() };
    document().set_title(&format!("{prefix}{heading} – {}", t!("app-brand")));
}
