//! Buttons for the five languages, each labelled in its own language.

use leptos::prelude::*;
use leptos_fluent::{I18n, move_tr};

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let buttons = i18n
        .languages
        .iter()
        .map(|&language| {
            let active = move || i18n.language.get().id == language.id;
            view! {
                <li>
                    <button
                        type="button"
                        class="language-switcher__button"
                        lang=language.id
                        aria-pressed=move || active().to_string()
                        on:click=move |_| i18n.language.set(language)
                    >
                        {crate::labels::language_autonym(language.id)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switcher" aria-label=move_tr!("app-language-switcher-label")>
            <ul class="language-switcher__list">{buttons}</ul>
        </nav>
    }
}
