//! The five languages, each labelled in its own language. On a wide screen
//! they are a row of buttons; on a narrow one a single button showing the
//! current language's code opens them, so the header stays one line high.

use leptos::prelude::*;
use redress_core::policy::Lang;

use crate::i18n::{self, I18n};
use crate::labels;
use crate::msg;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let open = RwSignal::new(false);
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
                        on:click=move |_| {
                            open.set(false);
                            i18n.switch(language);
                        }
                    >
                        {labels::language_autonym(language.tag())}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav
            class=move || if open.get() { "language-switcher language-switcher--open" } else { "language-switcher" }
            aria-label=i18n::live(msg!("app-language-switcher-label"))
        >
            <button
                type="button"
                class="language-switcher__toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="language-list"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                // Two letters on screen, to fit a phone's header in one line;
                // the language's own name for screen readers.
                <span aria-hidden="true">{move || i18n.lang.get().tag().to_ascii_uppercase()}</span>
                <span class="visually-hidden">
                    {i18n::live(msg!("app-language-switcher-label"))} ": "
                    <span lang=move || i18n.lang.get().tag()>{move || labels::language_autonym(i18n.lang.get().tag())}</span>
                </span>
            </button>
            <ul class="language-switcher__list" id="language-list">{buttons}</ul>
        </nav>
    }
}
