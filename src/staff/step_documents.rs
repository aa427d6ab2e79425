//! Documents a member attaches to a step (a deadlock letter, a final
//! response): each uploaded as it is chosen, listed with a way to remove
//! it, and sent with the step, which gives them to the case and to the
//! letter to the customer.

use leptos::prelude::*;
use redress_core::validation::DOCUMENTS;

use crate::api::{self, Failure};
use crate::components::error_summary::Problem;
use crate::draft::Upload;
use crate::i18n::{self, format};
use crate::t;

/// The documents a step may carry, as the server allows.
pub const MOST: usize = 5;

/// The input's id, where a problem with the documents is said.
pub const INPUT: &str = "step-documents";

/// Why an upload was refused, in words for the member.
fn refusal(name: &str, failure: &Failure) -> String {
    match failure {
        Failure::Refused { status: 415, .. } => t!("staff-error-document-type", name = name.to_string()),
        Failure::Refused { status: 413, .. } => t!("staff-error-document-size", name = name.to_string()),
        _ => t!("staff-unavailable"),
    }
}

/// What the server said of a step's documents, if anything.
pub fn step_problem(fields: &redress_core::validation::FieldErrors) -> Option<Problem> {
    (!fields.get(DOCUMENTS).is_empty())
        .then(|| Problem { target: INPUT.into(), message: t!("staff-error-document-count", most = MOST as i64) })
}

#[component]
pub fn StepDocuments(
    provider: String,
    attached: RwSignal<Vec<Upload>>,
    problems: RwSignal<Vec<Problem>>,
    sent: RwSignal<u32>,
) -> impl IntoView {
    // The names of the files on their way up.
    let uploading = RwSignal::new(Vec::<String>::new());
    let fail = move |message: String| {
        problems.set(vec![Problem { target: INPUT.into(), message }]);
        sent.update(|n| *n += 1);
    };
    let chosen = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        let Some(files) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|n| files.get(n)).collect();
        input.set_value("");
        if attached.with_untracked(Vec::len) + files.len() > MOST {
            return fail(t!("staff-error-document-count", most = MOST as i64));
        }
        problems.update(|list| list.retain(|p| p.target != INPUT));
        for file in files {
            let provider = provider.clone();
            let name = file.name();
            uploading.update(|list| list.push(name.clone()));
            leptos::task::spawn_local(async move {
                let result = api::upload(&provider, &file, |_| {}).await;
                uploading.update(|list| list.retain(|n| *n != name));
                match result {
                    Ok(stored) => attached.update(|list| list.push(Upload { id: stored.id, name, size: stored.size })),
                    Err(failure) => fail(refusal(&name, &failure)),
                }
            });
        }
    };
    let listed = move || {
        attached
            .get()
            .into_iter()
            .map(|document| {
                let id = document.id.clone();
                view! {
                    <li>
                        {format::named_file(i18n::lang(), &document.name, document.size)}" "
                        <button type="button" class="link-button"
                            on:click=move |_| attached.update(|list| list.retain(|d| d.id != id))>
                            {t!("staff-document-remove")}<span class="visually-hidden">": "{document.name.clone()}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let has_error = move || problems.with(|list| list.iter().any(|p| p.target == INPUT));
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <label class="label" for=INPUT>{t!("staff-step-documents-label")}</label>
            <p class="hint" id="step-documents-hint">{t!("staff-step-documents-hint", most = MOST as i64)}</p>
            {super::field_error(problems, INPUT)}
            <input class="file-upload" type="file" id=INPUT multiple accept=".pdf,.png,.jpg,.jpeg"
                aria-describedby="step-documents-hint" on:change=chosen />
            <ul class="list" id="step-documents-list" aria-live="polite">
                {listed}
                {move || uploading.get().into_iter().map(|name| view! {
                    <li class="hint">{t!("staff-document-uploading", name = name)}</li>
                }).collect_view()}
            </ul>
        </div>
    }
}
