//! The complaint wizard: one topic per page, generated from the provider's
//! policy (`crate::wizard` says which pages and fields), ending with "check
//! your answers" (`check.rs`).

use leptos::prelude::*;
use redress_core::policy::{self, CaseKind, KindId, Policy};
use redress_core::validation::{self, DOCUMENTS, FieldErrors, Warning};

use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::field::{input_id, problem_text};
use crate::components::form_fields::{DocumentsUpload, FileUpload, FormField};
use crate::components::layout::{provider_name, set_title};
use crate::components::lazy_page::{PageFuture, lazy_page, lazy_part};
use crate::components::prefetch;
use crate::components::radio::Radio;
use crate::draft::Draft;
use crate::i18n::{self, format};
use crate::labels;
use crate::router::{changing_answer, navigate, redirect};
use crate::served_policy;
use crate::storage;
use crate::t;
use crate::wizard::{self, Step};

/// The page title of a step of the form for `kind`.
pub fn step_title(step: Step, kind: Option<KindId>) -> String {
    match step {
        Step::Kind => t!("wizard-step-kind"),
        Step::AboutYou => t!("wizard-step-about-you"),
        Step::Contact => t!("wizard-step-contact"),
        Step::OnBehalf => t!("wizard-step-on-behalf"),
        Step::Account => t!("wizard-step-account"),
        Step::EarlierCase => t!("wizard-step-earlier", kind = kind.map_or("complaint", KindId::as_str)),
        Step::WhatHappened => t!("wizard-step-what-happened"),
        Step::Remedy => t!("wizard-step-remedy"),
        Step::Documents => t!("wizard-step-documents"),
        Step::Check => t!("wizard-step-check", kind = kind.map_or("complaint", KindId::as_str)),
    }
}

/// The customer's day in the provider's time zone, for date checks.
pub fn today(policy: &Policy) -> chrono::NaiveDate {
    format::today_in(&policy.time_zone)
}

pub fn step_path(provider: &str, step: Step) -> String {
    format!("/{provider}/complain/{}", step.slug())
}

/// The kind being filed: the draft's choice, or the only kind on offer.
pub fn chosen_kind(policy: &'static Policy, draft: &Draft) -> Option<&'static CaseKind> {
    let direct = wizard::direct_kinds(policy);
    let kind = draft.kind.filter(|k| direct.contains(k)).or_else(|| (direct.len() == 1).then(|| direct[0]))?;
    policy.kind(kind)
}

/// Problems as the error summary lists them, in the order of the fields.
pub fn problems(kind: &CaseKind, errors: &FieldErrors) -> Vec<Problem> {
    let mut list: Vec<Problem> = kind
        .fields
        .iter()
        .flat_map(|field| {
            errors
                .get(field.id.as_str())
                .iter()
                .map(move |code| Problem { target: input_id(field.id), message: problem_text(field, *code) })
        })
        .collect();
    for code in errors.get(DOCUMENTS) {
        list.push(Problem { target: "field-documents".into(), message: i18n::text(labels::error(*code), &[]) });
    }
    list
}

/// The wizard's pages whose code is downloaded when they are first shown
/// (see `lazy_page`). The program that shows the wizard makes them split
/// points (src/main.rs); split points in this library would be kept, with
/// all they use, in the other program too.
#[derive(Clone, Copy)]
pub struct LaterPages {
    /// Check your answers, and sending them.
    pub check: fn(&'static Policy, RwSignal<Draft>) -> PageFuture,
    /// The documents page's form, with its uploads.
    pub documents: fn(&'static Policy, &'static CaseKind, RwSignal<Draft>, RwSignal<FieldErrors>) -> PageFuture,
    /// A file field (Modmount's written authorization), with its upload.
    pub file_upload: FileUpload,
}

/// The documents page's form, for `LaterPages::documents`.
pub fn documents(
    policy: &'static Policy,
    kind: &'static CaseKind,
    draft: RwSignal<Draft>,
    errors: RwSignal<FieldErrors>,
) -> AnyView {
    view! { <DocumentsUpload provider={&*policy.id} kind draft errors /> }.into_any()
}

#[component]
pub fn Complain(provider: String, step: Option<Step>, later: LaterPages) -> impl IntoView {
    let Some(policy) = served_policy::find(&provider) else {
        return crate::pages::not_found::NotFound().into_any();
    };
    provide_context(later.file_upload);
    let draft = RwSignal::new(storage::load_draft(&policy.id));
    // Back from the confirmation: the answers were sent and cleared. The
    // confirmation again, not an empty form that invites a second complaint.
    let sent = storage::take_expected_confirmation(&policy.id) || step.is_some();
    if sent && draft.with_untracked(Draft::is_blank) && storage::has_receipt(&policy.id) {
        redirect(&format!("/{}/complain/sent", policy.id));
        return ().into_any();
    }
    Effect::new(move |_| draft.with(|d| storage::save_draft(&policy.id, d)));

    // Where the customer may be: a page whose earlier pages are all answered.
    let kind = chosen_kind(policy, &draft.get_untracked());
    let kind_id = kind.map(|k| k.id);
    let step = match kind {
        None => Step::Kind,
        Some(kind) => {
            let steps = wizard::steps(policy, kind);
            let wanted = step.filter(|s| steps.contains(s)).unwrap_or(steps[0]);
            draft.with_untracked(|d| {
                wizard::first_incomplete_before(kind, &steps, wanted, &d.answers, d.documents.len(), today(policy))
            })
        }
    };
    if step == Step::Check {
        return lazy_page(move || (later.check)(policy, draft));
    }
    let errors = RwSignal::new(FieldErrors::default());
    let sent = RwSignal::new(0u32);
    let summary = Signal::derive(move || {
        let kind = chosen_kind(policy, &draft.get());
        match kind {
            Some(kind) => problems(kind, &errors.get()),
            None => errors.with(|e| {
                e.get("kind")
                    .iter()
                    .map(|_| Problem { target: "field-kind".into(), message: t!("error-required-kind") })
                    .collect()
            }),
        }
    });
    Effect::new(move |_| set_title(&step_title(step, kind_id), !errors.with(FieldErrors::is_empty)));

    let next = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let current = draft.get_untracked();
        let Some(kind) = chosen_kind(policy, &current) else {
            let mut missing = FieldErrors::default();
            missing.0.insert("kind".into(), vec![validation::ErrorCode::Required]);
            errors.set(missing);
            sent.update(|n| *n += 1);
            return;
        };
        let found = wizard::errors_for_step(kind, step, &current.answers, current.documents.len(), today(policy));
        if !found.is_empty() {
            errors.set(found);
            sent.update(|n| *n += 1);
            return;
        }
        errors.set(FieldErrors::default());
        prefetch::later_pages();
        let steps = wizard::steps(policy, kind);
        let (answers, documents) = (&current.answers, current.documents.len());
        let after = wizard::after(kind, &steps, step, changing_answer(), answers, documents, today(policy));
        navigate(&step_path(&policy.id, after));
    };

    let back_href = move || {
        let current = draft.get();
        let earlier = chosen_kind(policy, &current)
            .map(|kind| wizard::steps(policy, kind))
            .and_then(|steps| steps.into_iter().rev().find(|s| *s < step));
        match earlier {
            Some(earlier) => step_path(&policy.id, earlier),
            None => format!("/{}", policy.id),
        }
    };

    let body = match step {
        Step::Kind => view! { <KindChoice policy draft errors /> }.into_any(),
        Step::Documents => match chosen_kind(policy, &draft.get_untracked()) {
            Some(kind) => lazy_part(move || (later.documents)(policy, kind, draft, errors)),
            None => ().into_any(),
        },
        _ => view! { <StepFields policy draft errors step /> }.into_any(),
    };

    view! {
        <a class="back-link" href=back_href>{t!("app-back")}</a>
        <ErrorSummary problems=summary sent />
        <StepIndicator policy draft step />
        <form novalidate on:submit=next>
            <h1 class="heading-l">{step_title(step, kind_id)}</h1>
            {body}
            <button type="submit" class="button">{t!("app-continue")}</button>
        </form>
    }
    .into_any()
}

/// "Step 2 of 7", and the provider's name as a caption (not in the widget,
/// whose host page is the company's own). Before a kind is chosen the
/// number of pages is not known yet, so only the name shows.
#[component]
fn StepIndicator(policy: &'static Policy, draft: RwSignal<Draft>, step: Step) -> impl IntoView {
    let name = provider_name(policy);
    let separator = if name.is_some() { " · " } else { "" };
    let position = move || {
        let steps = chosen_kind(policy, &draft.get()).map(|kind| wizard::steps(policy, kind))?;
        let index = steps.iter().position(|s| *s == step).unwrap_or(0);
        Some(format!("{separator}{}", t!("wizard-step-of", current = index + 1, total = steps.len())))
    };
    view! {
        <p class="caption">
            {name.map(|name| view! { <span class="caption__provider">{name}</span> })}
            <span class="caption__step">{position}</span>
        </p>
    }
}

/// Modmount: an enquiry or a complaint; Key-Systems: a complaint or an abuse report.
#[component]
fn KindChoice(policy: &'static Policy, draft: RwSignal<Draft>, errors: RwSignal<FieldErrors>) -> impl IntoView {
    let has_error = move || !errors.with(|e| e.get("kind").is_empty());
    let options = wizard::direct_kinds(policy)
        .into_iter()
        .enumerate()
        .map(|(index, kind)| {
            let id = if index == 0 { "field-kind".to_string() } else { format!("field-kind-{}", kind.as_str()) };
            view! {
                <Radio
                    id
                    name="kind"
                    value=kind.as_str()
                    checked=draft.with_untracked(|d| d.kind == Some(kind))
                    label=i18n::text(labels::kind(kind), &[])
                    hint=i18n::text(labels::kind_hint(kind), &[])
                    on_select=Callback::new(move |()| draft.update(|d| d.kind = Some(kind)))
                />
            }
        })
        .collect_view();
    view! {
        <div class=move || if has_error() { "form-group form-group--error" } else { "form-group" }>
            <fieldset class="fieldset">
                <legend class="visually-hidden">{t!("wizard-step-kind")}</legend>
                {move || {
                    has_error()
                        .then(|| {
                            view! {
                                <p class="error-message">
                                    <span class="visually-hidden">{t!("app-error-prefix")}</span>
                                    {t!("error-required-kind")}
                                </p>
                            }
                        })
                }}
                <div class="radios">{options}</div>
            </fieldset>
        </div>
    }
}

/// The fields of an ordinary step. On the "someone else" page the details of
/// the person represented appear once the customer says they act for them.
#[component]
fn StepFields(
    policy: &'static Policy,
    draft: RwSignal<Draft>,
    errors: RwSignal<FieldErrors>,
    step: Step,
) -> impl IntoView {
    let Some(kind) = chosen_kind(policy, &draft.get_untracked()) else {
        return ().into_any();
    };
    let intro = match step {
        Step::OnBehalf => Some(view! { <p class="body">{on_behalf_intro(kind)}</p> }.into_any()),
        Step::EarlierCase if kind.subject_keyword.is_some() => {
            Some(view! { <p class="body">{t!("wizard-account-intro-escalation")}</p> }.into_any())
        }
        _ => None,
    };
    let fields = kind
        .fields
        .iter()
        .filter(|field| wizard::step_of(field.id) == step)
        .map(|field| {
            let either = kind.contact_any_of.contains(&field.id);
            view! { <FormField provider={&*policy.id} field draft errors either /> }
        })
        .collect_view();
    // A warning about an answer shows on that answer's page only, just
    // below the answer it is about.
    let warnings = move || {
        let answers = draft.with(|d| d.answers.clone());
        validation::warnings(kind, &answers, today(policy))
            .into_iter()
            .filter(|Warning::MayBeTooOld { field, .. }| wizard::step_of(*field) == step)
            .map(|_| {
                view! {
                    <div class="warning-text">
                        <span class="warning-text__icon" aria-hidden="true">"!"</span>
                        <strong class="warning-text__text">
                            <span class="visually-hidden">{t!("app-warning-prefix")}</span>
                            {t!("wizard-warning-may-be-too-old")}
                        </strong>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        {intro}
        {fields}
        {warnings}
    }
    .into_any()
}

fn on_behalf_intro(kind: &CaseKind) -> String {
    match kind.representation {
        policy::Representation::WrittenAuthorization => t!("wizard-on-behalf-needs-authorization"),
        _ => t!("wizard-on-behalf-allowed"),
    }
}
