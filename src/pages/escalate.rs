//! Escalating a case into the provider's next kind (Key-Systems' escalated
//! complaint within its 20-business-day window, Modmount's formal complaint
//! after an enquiry): that kind's form, filled in advance with what the
//! customer already told, with the documents that kind asks for, checked by
//! the domain core, then sent. What they type is kept in the tab until it is
//! sent.

use leptos::prelude::*;
use redress_core::policy::{CaseKind, FieldId, Policy};
use redress_core::validation::{self, DOCUMENTS, FieldErrors};

use crate::api::{self, Action, Case, Failure};
use crate::components::error_summary::{ErrorSummary, begin_send};
use crate::components::form_fields::{DocumentsUpload, FileUpload, FormField, file_upload};
use crate::draft::Draft;
use crate::i18n::{self, format};
use crate::labels;
use crate::pages::complain::problems;
use crate::storage;
use crate::t;
use crate::wizard;

/// The form's name in the tab's storage.
const FORM: &str = "escalation";

/// Answers the new kind shares with the case, as a starting point, and the
/// reference of the case it follows, which the customer need not type.
fn prefilled(kind: &CaseKind, case: &Case) -> Draft {
    let mut draft = Draft::new(storage::random_key());
    draft.answers = wizard::answers_for(kind, &case.answers);
    if kind.fields.iter().any(|field| field.id == FieldId::InquiryReference) {
        draft.set_text(FieldId::InquiryReference, case.reference.clone());
    }
    draft
}

#[component]
pub fn Escalate(
    policy: &'static Policy,
    kind: &'static CaseKind,
    open_until: Option<chrono::NaiveDate>,
    case: Case,
    code: String,
    on_update: Callback<Case>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let case_kind = case.kind.as_str();
    let draft = RwSignal::new(storage::load_case_form(&case.reference, FORM).unwrap_or_else(|| prefilled(kind, &case)));
    let kept_as = case.reference.clone();
    Effect::new(move |_| draft.with(|d| storage::save_case_form(&kept_as, FORM, d)));
    let errors = RwSignal::new(FieldErrors::default());
    let busy = RwSignal::new(false);
    let sent = RwSignal::new(0u32);
    let failure = RwSignal::new(None::<String>);
    let summary = Signal::derive(move || problems(kind, &errors.get()));
    let reference = case.reference.clone();
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if !begin_send(busy, sent) {
            return;
        }
        let current = draft.get_untracked();
        let answers = wizard::answers_for(kind, &current.answers);
        let documents: Vec<String> = current.documents.iter().map(|d| d.id.clone()).collect();
        let today = format::today_in(&policy.time_zone);
        let mut found = validation::validate(kind, &answers, documents.len(), today);
        if documents.is_empty() {
            // Documents sent with the case earlier may be enough: the server knows.
            found.0.remove(DOCUMENTS);
        }
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        errors.set(FieldErrors::default());
        busy.set(true);
        let (reference, code) = (reference.clone(), code.clone());
        leptos::task::spawn_local(async move {
            let body = Action {
                action: redress_core::policy::EventKind::Escalated,
                message: None,
                fields: Some(answers),
                documents,
            };
            let result = api::act(&reference, &code, &body).await;
            busy.set(false);
            match result {
                // Last: the case page is drawn again, and this form with it.
                Ok(case) => {
                    storage::clear_case_form(&reference, FORM);
                    on_update.run(case)
                }
                Err(Failure::Invalid(fields)) => errors.set(fields),
                Err(_) => failure.set(Some(t!("case-action-refused"))),
            }
        });
    };
    let provider: &str = &policy.id;
    provide_context(FileUpload(file_upload));
    // The earlier case's reference is known: not asked again.
    let fields = kind
        .fields
        .iter()
        .filter(|field| field.id != FieldId::InquiryReference)
        .map(|field| {
            let either = kind.contact_any_of.contains(&field.id);
            view! { <FormField provider field draft errors either /> }
        })
        .collect_view();
    let sent_before = !case.documents.is_empty();
    let documents = kind.documents.accepted.then(|| {
        view! {
            {sent_before.then(|| view! { <p class="body" id="documents-kept">{t!("case-escalate-documents-kept")}</p> })}
            <DocumentsUpload provider kind draft errors />
        }
    });
    view! {
        <div class="action">
            <button
                type="button"
                class="button button--secondary"
                data-action="escalated"
                aria-expanded=move || open.get().to_string()
                aria-controls="escalation-form"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {i18n::text(labels::action(redress_core::policy::EventKind::Escalated), &[("kind", case_kind.into())])}
            </button>
            {open_until.map(|until| view! { <p class="hint">{t!("case-escalate-until", date = format::date(i18n::lang(), until))}</p> })}
        </div>
        <div id="escalation-form" hidden=move || !open.get()>
            <ErrorSummary problems=summary sent />
            <form novalidate on:submit=send>
                <h3 class="heading-m">{i18n::text(labels::kind(kind.id), &[])}</h3>
                <p class="body">{i18n::text(labels::kind_hint(kind.id), &[])}</p>
                {fields}
                {documents}
                <p role="alert">{move || failure.get()}</p>
                <p role="status" aria-live="polite" class="sending-status">
                    {move || busy.get().then(|| t!("wizard-sending"))}
                </p>
                <button type="submit" class="button" id="escalate-send" disabled=move || busy.get()>
                    {t!("case-escalate-send")}
                </button>
            </form>
        </div>
    }
}
