//! The frame of every page: skip link, header with the language switcher, main.

use leptos::prelude::*;
use leptos_fluent::move_tr;

use crate::components::language_switcher::LanguageSwitcher;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{move_tr!("app-skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href="/">{move_tr!("app-brand")}</a>
                <LanguageSwitcher />
            </div>
        </header>
        <main id="main" class="main" tabindex="-1">
            {children()}
        </main>
    }
}
