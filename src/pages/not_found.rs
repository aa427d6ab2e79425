//! Any address the app does not know.

use leptos::prelude::*;

use crate::components::layout::set_title;
use crate::t;

#[component]
pub fn NotFound() -> impl IntoView {
    Effect::new(move |_| set_title(&t!("not-found-title"), false));
    view! {
        <h1 class="heading-xl">{t!("not-found-title")}</h1>
        <p>{t!("not-found-body")}</p>
        <p><a href="/">{t!("not-found-home")}</a></p>
    }
}
