//! The five languages, each labelled in its own language, those of the
//! provider whose page it is first. On a wide screen
//! they are a row of buttons; on a narrow one a single button showing the
//! current language's code opens them, so the header stays one line high.

use leptos::prelude::*;
use redress_core::policy::Lang;
use wasm_bindgen::JsCast;

use crate::i18n::{self, I18n};
use crate::msg;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    // On a provider's pages, the languages it speaks come first, in its order.
    let spoken = crate::served_policy::held().map(|policy| &*policy.languages).unwrap_or_default();
    let mut languages: Vec<Lang> = spoken.to_vec();
    languages.extend(Lang::ALL.into_iter().filter(|language| !spoken.contains(language)));
    let buttons = languages
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
                        on:click=move |event| {
                            set_open(&event, false);
                            i18n.switch(language);
                        }
                    >
                        {language.autonym()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        // Escape closes the menu, back on its button.
        <nav
            class="language-switcher"
            aria-label=i18n::live(msg!("app-language-switcher-label"))
            on:keydown=move |event: leptos::ev::KeyboardEvent| {
                if event.key() == "Escape"
                    && let Some(toggle) = toggle(&event)
                {
                    let _ = toggle.set_attribute("aria-expanded", "false");
                    if let Ok(toggle) = toggle.dyn_into::<web_sys::HtmlElement>() {
                        let _ = toggle.focus();
                    }
                }
            }
        >
            // Two letters on screen, to fit a phone's header in one line; the
            // language's own name for screen readers, inside the menu the
            // navigation landmark names ("Language").
            <button
                type="button"
                class="language-switcher__toggle"
                aria-expanded="false"
                aria-controls="language-list"
                aria-label=move || i18n.lang.get().autonym().to_string()
                on:click=move |event| {
                    let open = toggle(&event).is_some_and(|t| t.get_attribute("aria-expanded").as_deref() == Some("true"));
                    set_open(&event, !open);
                }
            >
                {move || i18n.lang.get().tag().to_ascii_uppercase()}
            </button>
            <ul class="language-switcher__list" id="language-list">{buttons}</ul>
        </nav>
    }
}

/// The menu's button, found from an event inside the menu.
fn toggle(event: &web_sys::Event) -> Option<web_sys::Element> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    target.closest(".language-switcher").ok().flatten()?.query_selector(".language-switcher__toggle").ok().flatten()
}

/// Opens or closes the menu. The state lives in the button's
/// `aria-expanded`, which the stylesheet follows: one fact, and no
/// reactive state for it in the download.
fn set_open(event: &web_sys::Event, open: bool) {
    if let Some(toggle) = toggle(event) {
        let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
}
