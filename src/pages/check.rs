//! "Check your answers", the declaration, and sending. Sending retries by
//! itself while the network fails, always with the draft's one idempotency
//! key, so however many tries it takes the company receives one complaint;
//! if it still fails the page says plainly that nothing was sent.

use leptos::prelude::*;
use redress_core::policy::{CaseKind, FieldId, Policy};
use redress_core::validation::{self, FieldErrors};

use crate::api::{self, Failure, Submission};
use crate::components::answer::shown_answer;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::field::FieldInput;
use crate::components::layout::{provider_caption, set_title};
use crate::components::radio::Radio;
use crate::draft::Draft;
use crate::i18n;
use crate::i18n::format;
use crate::labels;
use crate::pages::complain::{chosen_kind, problems, step_path, step_title, today};
use crate::router::leave_form;
use crate::storage;
use crate::t;
use crate::wizard::{self, Step};

/// Waits before each retry of a submission that got no answer.
const RETRY_DELAYS_MS: [u32; 3] = [1_000, 2_000, 4_000];

#[derive(Clone, PartialEq)]
enum Sending {
    Idle,
    InProgress,
    /// Not sent: the message says why, in the customer's language.
    Failed(String),
}

async fn sleep(ms: u32) {
    let (sender, receiver) = futures_channel::oneshot::channel::<()>();
    set_timeout(
        move || {
            let _ = sender.send(());
        },
        std::time::Duration::from_millis(ms.into()),
    );
    let _ = receiver.await;
}

#[component]
pub fn CheckAnswers(policy: &'static Policy, draft: RwSignal<Draft>) -> impl IntoView {
    let Some(kind) = chosen_kind(policy, &draft.get_untracked()) else {
        return ().into_any();
    };
    let errors = RwSignal::new(FieldErrors::default());
    let sending = RwSignal::new(Sending::Idle);
    let sent = RwSignal::new(0u32);
    let summary = Signal::derive(move || {
        let mut list = problems(kind, &errors.get());
        if let Sending::Failed(message) = sending.get() {
            list.insert(0, Problem { target: "send".into(), message });
        }
        list
    });
    Effect::new(move |_| {
        let failed = matches!(sending.get(), Sending::Failed(_)) || !errors.with(FieldErrors::is_empty);
        set_title(&step_title(Step::Check, Some(kind.id)), failed)
    });

    let steps = wizard::steps(policy, kind);
    let sections = steps
        .iter()
        .copied()
        .filter(|step| !matches!(step, Step::Check))
        .map(|step| {
            let rows = move || {
                let current = draft.get();
                let mut rows: Vec<(String, String)> = Vec::new();
                match step {
                    Step::Kind => rows.push((t!("wizard-step-kind"), i18n::text(labels::kind(kind.id), &[]))),
                    Step::Documents => {
                        let names: Vec<String> = current
                            .documents
                            .iter()
                            .map(|d| format::named_file(i18n::lang(), &d.name, d.size))
                            .collect();
                        let shown = if names.is_empty() { t!("wizard-check-no-documents") } else { names.join(", ") };
                        rows.push((step_title(Step::Documents, Some(kind.id)), shown));
                    }
                    _ => {
                        for field in kind.fields.iter().filter(|f| wizard::step_of(f.id) == step) {
                            let hidden = step == Step::OnBehalf
                                && field.id != FieldId::OnBehalf
                                && !current.flag(FieldId::OnBehalf);
                            if hidden {
                                continue;
                            }
                            let value = current.answers.get(field.id.as_str());
                            let file_name =
                                |_: &str| current.field_file(field.id).map(|u| u.name.clone()).unwrap_or_default();
                            let answer = shown_answer(field.id, field.input, value, file_name);
                            let answer = if answer.is_empty() { t!("wizard-check-not-given") } else { answer };
                            // "Are you complaining for someone else? No" reads
                            // as an answer; "I am making this complaint for
                            // someone else: No" does not.
                            let question = if field.id == FieldId::OnBehalf {
                                t!("wizard-step-on-behalf")
                            } else {
                                i18n::text(labels::field_label(field.id), &[])
                            };
                            rows.push((question, answer));
                        }
                    }
                }
                rows.into_iter()
                    .map(|(label, answer)| {
                        let change_label = label.clone();
                        view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key">{label}</dt>
                                <dd class="summary-list__value">{answer}</dd>
                                <dd class="summary-list__actions">
                                    <a href=format!("{}?change", step_path(&policy.id, step))>
                                        {t!("app-change")}
                                        <span class="visually-hidden">" " {change_label}</span>
                                    </a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()
            };
            view! {
                <h2 class="heading-m">{step_title(step, Some(kind.id))}</h2>
                <dl class="summary-list">{rows}</dl>
            }
        })
        .collect_view();

    let declarations = kind
        .fields
        .iter()
        .filter(|field| wizard::step_of(field.id) == Step::Check)
        .map(|field| view! { <FieldInput field draft errors /> })
        .collect_view();

    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if sending.get_untracked() == Sending::InProgress {
            return;
        }
        sent.update(|n| *n += 1);
        let current = draft.get_untracked();
        let answers = wizard::answers_for(kind, &current.answers);
        let found = validation::validate(kind, &answers, current.documents.len(), today(policy));
        if !found.is_empty() {
            sending.set(Sending::Idle);
            errors.set(found);
            return;
        }
        errors.set(FieldErrors::default());
        sending.set(Sending::InProgress);
        let lang = i18n::lang();
        leptos::task::spawn_local(async move {
            let submission = Submission {
                kind: kind.id,
                lang: lang.tag(),
                fields: answers,
                documents: current.documents.iter().map(|d| d.id.clone()).collect(),
                letters_by_email: !current.no_emails,
            };
            let mut outcome = api::submit(&policy.id, &current.idempotency_key, &submission).await;
            for delay in RETRY_DELAYS_MS {
                match &outcome {
                    Err(failure) if failure.is_transient() => {
                        sleep(delay).await;
                        outcome = api::submit(&policy.id, &current.idempotency_key, &submission).await;
                    }
                    _ => break,
                }
            }
            match outcome {
                Ok(mut receipt) => {
                    receipt.kind = Some(kind.id);
                    storage::save_receipt(&policy.id, &receipt);
                    storage::clear_draft(&policy.id);
                    if leave_form(&format!("/{}/complain/sent", policy.id)) {
                        storage::expect_confirmation(&policy.id);
                    }
                }
                Err(Failure::Invalid(fields)) => {
                    sending.set(Sending::Idle);
                    errors.set(fields);
                }
                Err(failure) => sending.set(Sending::Failed(not_sent(&failure))),
            }
        });
    };

    view! {
        <a class="back-link" href=step_path(&policy.id, steps[steps.len().saturating_sub(2)])>{t!("app-back")}</a>
        <ErrorSummary problems=summary sent />
        {provider_caption(policy)}
        <h1 class="heading-l">{step_title(Step::Check, Some(kind.id))}</h1>
        {sections}
        <form novalidate on:submit=send>
            <h2 class="heading-m">{t!("wizard-check-send-title", kind = kind.id.as_str())}</h2>
            <p class="body">{t!("wizard-check-send-body", provider = policy.name.clone(), kind = kind.id.as_str())}</p>
            <LettersChoice kind draft />
            {declarations}
            {move || {
                let Sending::Failed(why) = sending.get() else { return None };
                Some(view! {
                    <div class="notification notification--error" role="alert">
                        <h2 class="heading-s">{t!("wizard-not-sent-title")}</h2>
                        <p>{why}</p>
                        <p>{t!("wizard-not-sent-kept")}</p>
                    </div>
                })
            }}
            <p role="status" aria-live="polite" class="sending-status">
                {move || (sending.get() == Sending::InProgress).then(|| t!("wizard-sending"))}
            </p>
            <button type="submit" class="button" id="send" disabled=move || sending.get() == Sending::InProgress>
                {move || {
                    if matches!(sending.get(), Sending::Failed(_)) { t!("wizard-try-again") } else { t!("wizard-send", kind = kind.id.as_str()) }
                }}
            </button>
        </form>
    }
    .into_any()
}

/// How the customer wants to hear about the case, asked where the form took
/// an email address and one was given: by email (the default) or only on
/// the case page.
#[component]
fn LettersChoice(kind: &'static CaseKind, draft: RwSignal<Draft>) -> impl IntoView {
    let email = draft.with_untracked(|d| d.text(FieldId::Email));
    let asked = kind.fields.iter().any(|f| f.id == FieldId::Email) && !email.trim().is_empty();
    asked.then(|| {
        let no_emails = draft.with_untracked(|d| d.no_emails);
        let choose = move |no_emails: bool| Callback::new(move |()| draft.update(|d| d.no_emails = no_emails));
        view! {
            <div class="form-group">
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{t!("letters-choice-title")}</legend>
                    <div class="radios">
                        <Radio
                            id="letters-email".into()
                            name="letters"
                            value="email"
                            checked=!no_emails
                            label=t!("letters-choice-email", email = email.trim().to_string())
                            on_select=choose(false)
                        />
                        <Radio
                            id="letters-page".into()
                            name="letters"
                            value="case_page"
                            checked=no_emails
                            label=t!("letters-choice-page")
                            hint=t!("letters-choice-page-hint")
                            on_select=choose(true)
                        />
                    </div>
                </fieldset>
            </div>
        }
    })
}

/// Why the complaint was not sent, in the customer's words.
fn not_sent(failure: &Failure) -> String {
    match failure {
        Failure::Network => t!("wizard-not-sent-network"),
        Failure::RateLimited { retry_after } => t!("app-error-rate-limited", seconds = *retry_after as i64),
        Failure::Unavailable => t!("app-error-unavailable"),
        _ => t!("wizard-not-sent-refused"),
    }
}
