//! Look up a case by its reference and access code. The code goes into the
//! case page's URL fragment, which browsers never send to a server.

use leptos::prelude::*;
use redress_core::references;

use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::layout::set_title;
use crate::router::navigate;
use crate::storage::{self, LOOKUP_FIELDS};
use crate::t;

#[component]
pub fn StatusLookup() -> impl IntoView {
    let [reference_id, code_id] = LOOKUP_FIELDS;
    // A letter's link names the case (`?reference=`): the customer types the code.
    let reference = RwSignal::new(reference_in_address().unwrap_or_else(|| storage::load_lookup(reference_id)));
    let code = RwSignal::new(storage::load_lookup(code_id));
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sent = RwSignal::new(0u32);
    Effect::new(move |_| set_title(&t!("status-title"), !problems.with(Vec::is_empty)));
    let error_for = move |target: &'static str| {
        move || problems.with(|p| p.iter().find(|p| p.target == target).map(|p| p.message.clone()))
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        sent.update(|n| *n += 1);
        // As a person types them: spaces, no hyphens, O for 0 and I for 1 are forgiven.
        let reference_text = references::normalise_reference(&reference.get_untracked());
        let code_text = references::normalise_code(&code.get_untracked());
        let mut found = Vec::new();
        if reference_text.is_empty() {
            found.push(Problem { target: reference_id.into(), message: t!("status-error-reference") });
        }
        if code_text.is_empty() {
            found.push(Problem { target: code_id.into(), message: t!("status-error-code") });
        }
        if !found.is_empty() {
            problems.set(found);
            return;
        }
        navigate(&format!("/status/{reference_text}#{code_text}"));
    };
    let field = move |id: &'static str, label: fn() -> String, hint: fn() -> String, value: RwSignal<String>| {
        let error = error_for(id);
        let has_error = move || error().is_some();
        view! {
            <div class=move || if has_error() { "form-group form-group--error" } else { "form-group" }>
                <label class="label" for=id>{label}</label>
                <p class="hint" id=format!("{id}-hint")>{hint}</p>
                {move || error().map(|message| view! {
                    <p class="error-message" id=format!("{id}-error")>
                        <span class="visually-hidden">{t!("app-error-prefix")}</span>{message}
                    </p>
                })}
                <input
                    class="input input--medium"
                    id=id
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=move || if has_error() { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }
                    prop:value=move || value.get()
                    on:input=move |e| {
                        let typed = event_target_value(&e);
                        storage::save_lookup(id, &typed);
                        value.set(typed);
                    }
                />
            </div>
        }
    };
    view! {
        <ErrorSummary problems=Signal::from(problems) sent />
        <h1 class="heading-l">{t!("status-title")}</h1>
        <p class="body">{t!("status-lead")}</p>
        <form novalidate on:submit=submit>
            {field(reference_id, || t!("status-reference-label"), || t!("status-reference-hint"), reference)}
            {field(code_id, || t!("status-code-label"), || t!("status-code-hint"), code)}
            <button type="submit" class="button">{t!("status-submit")}</button>
        </form>
    }
}

/// The reference the page's address gives, if any.
fn reference_in_address() -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get("reference")
}
