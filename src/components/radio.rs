//! One radio button with its label and, optionally, a hint under it (the
//! GOV.UK radios pattern), shared by the policy's choice fields and the
//! choice of case kind.

use leptos::prelude::*;

#[component]
pub fn Radio(
    id: String,
    name: &'static str,
    value: &'static str,
    checked: bool,
    label: String,
    #[prop(optional)] hint: Option<String>,
    on_select: Callback<()>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described_by = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="radio">
            <input
                class="radio__input"
                type="radio"
                id=id.clone()
                name=name
                value=value
                prop:checked=checked
                aria-describedby=described_by
                on:change=move |_| on_select.run(())
            />
            <label class="radio__label" for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint radio__hint" id=hint_id>{hint}</p> })}
        </div>
    }
}
