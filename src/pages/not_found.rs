use leptos::prelude::*;
use leptos_fluent::move_tr;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <h1 class="heading-xl">{move_tr!("not-found-title")}</h1>
        <p>{move_tr!("not-found-body")}</p>
        <p><a href="/">{move_tr!("not-found-home")}</a></p>
    }
}
