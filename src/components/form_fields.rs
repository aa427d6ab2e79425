//! The fields of a policy's form, kept in its draft, as the wizard and the
//! escalation form of the case page both ask them: each field with its
//! input or its upload (Modmount's written authorization), and the
//! supporting documents.

use leptos::prelude::*;
use redress_core::policy::{CaseKind, Field, FieldId, Input};
use redress_core::validation::{DOCUMENTS, FieldErrors};

use crate::components::field::{FieldInput, input_id, problem_text};
use crate::components::upload::UploadField;
use crate::draft::{Draft, Upload};
use crate::i18n;
use crate::labels;
use crate::t;
use crate::wizard::{self, Step};

/// How a page draws a file field's upload, given as a context by the page
/// that holds the form. The wizard's comes from its program (src/main.rs),
/// which downloads the upload code when such a field first shows (see
/// `lazy_page`); the case page's is [`file_upload`], with the code at hand.
/// A function handed down rather than called here: a call would put the
/// upload code into every program's first download.
#[derive(Clone, Copy)]
pub struct FileUpload(pub fn(&'static str, &'static Field, RwSignal<Draft>, RwSignal<FieldErrors>) -> AnyView);

/// A file field's upload, drawn at once.
pub fn file_upload(
    provider: &'static str,
    field: &'static Field,
    draft: RwSignal<Draft>,
    errors: RwSignal<FieldErrors>,
) -> AnyView {
    view! { <FileFieldUpload provider field draft errors /> }.into_any()
}

/// One field: its input, or its upload for a file field (drawn as the
/// page's [`FileUpload`] says). The representative's details show only once
/// the customer says they act for someone else.
#[component]
pub fn FormField(
    provider: &'static str,
    field: &'static Field,
    draft: RwSignal<Draft>,
    errors: RwSignal<FieldErrors>,
    /// One of the contact fields of which the customer gives at least one
    /// (`CaseKind::contact_any_of`).
    #[prop(optional)]
    either: bool,
) -> impl IntoView {
    let conditional = wizard::step_of(field.id) == Step::OnBehalf && field.id != FieldId::OnBehalf;
    let shown = move || !conditional || draft.with(|d| d.flag(FieldId::OnBehalf));
    let control = if field.input == Input::File {
        let FileUpload(upload) = expect_context::<FileUpload>();
        upload(provider, field, draft, errors)
    } else {
        view! { <FieldInput field draft errors either /> }.into_any()
    };
    view! { <div class:conditional=conditional hidden=move || !shown()>{control}</div> }
}

/// Supporting documents for `kind`, with whether the policy requires them.
#[component]
pub fn DocumentsUpload(
    provider: &'static str,
    kind: &'static CaseKind,
    draft: RwSignal<Draft>,
    errors: RwSignal<FieldErrors>,
) -> impl IntoView {
    let files = Signal::derive(move || draft.with(|d| d.documents.clone()));
    let error = Signal::derive(move || {
        errors.with(|e| e.get(DOCUMENTS).first().map(|code| i18n::text(labels::error(*code), &[])))
    });
    let max = usize::from(kind.documents.max_files);
    view! {
        <p class="body">
            {if kind.documents.required {
                t!("wizard-documents-required", kind = kind.id.as_str())
            } else {
                t!("wizard-documents-optional", kind = kind.id.as_str())
            }}
        </p>
        <UploadField
            provider
            input_id="field-documents".to_string()
            label=t!("wizard-documents-label")
            hint=t!("wizard-documents-hint", max = max)
            files
            max
            error
            on_change=Callback::new(move |list: Vec<Upload>| {
                // A document arrived: "upload at least one" no longer applies.
                if !list.is_empty() {
                    errors.update(|e| drop(e.0.remove(DOCUMENTS)));
                }
                draft.update(|d| d.documents = list)
            })
        />
    }
}

/// A file field: a single upload whose id becomes the field's answer.
#[component]
fn FileFieldUpload(
    provider: &'static str,
    field: &'static Field,
    draft: RwSignal<Draft>,
    errors: RwSignal<FieldErrors>,
) -> impl IntoView {
    let files = Signal::derive(move || draft.with(|d| d.field_file(field.id).cloned().into_iter().collect::<Vec<_>>()));
    let error = Signal::derive(move || {
        errors.with(|e| e.get(field.id.as_str()).first().map(|code| problem_text(field, *code)))
    });
    view! {
        <UploadField
            provider
            input_id=input_id(field.id)
            label=i18n::text(labels::field_label(field.id), &[])
            hint=labels::field_hint(field.id).map(|h| i18n::text(h, &[])).unwrap_or_default()
            files
            max=1
            error
            on_change=Callback::new(move |list: Vec<Upload>| {
                if !list.is_empty() {
                    errors.update(|e| drop(e.0.remove(field.id.as_str())));
                }
                draft.update(|d| d.set_field_file(field.id, list.into_iter().next()))
            })
        />
    }
}
