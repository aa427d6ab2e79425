//! Buttons for the five languages, each labelled in its own language.

use leptos::prelude::*;
use redress_core::policy::Lang;

use crate::i18n::I18n;
use crate::labels;
use crate::t;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let buttons = Lang::ALL
        .into_iter()
        .map(|language| {
            let active = move || i18n.lang.get() == language;
            view! {
                <li>
                    <button
                        type="button"
                        class="language-switcher__button"
                        lang=language.tag()
                        aria-pressed=move || active().to_string()
                        on:click=move |_| i18n.switch(language)
                    >
                        {labels::language_autonym(language.tag())}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switcher" aria-label=move || t!("app-language-switcher-label")>
            <ul class="language-switcher__list">{buttons}</ul>
        </nav>
    }
}
