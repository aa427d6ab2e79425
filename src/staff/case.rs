//! A case as its company's staff handle it: what the customer told, the
//! deadlines and what happened, the letters and whether they went, and the
//! steps the policy allows now, each with a message to the customer
//! written out in the case's language from the step's template, for the
//! member to change before it goes.

use leptos::prelude::*;
use redress_core::lifecycle::MilestoneStatus;
use redress_core::policy::{EventKind, Lang, MilestoneName, MilestoneRole, Policy};
use redress_core::report::{Outcome, takes_outcome};

use super::api::{self, Me, StaffCaseView};
use super::kept_form::{self, KeptForm};
use super::step_documents::{self, StepDocuments};
use crate::api::Failure;
use crate::components::answer::answer_row;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::layout::set_title;
use crate::i18n::{self, format};
use crate::labels;
use crate::served_policy;
use crate::{msg, t};

/// The steps of the console, as a member chooses one: their names.
pub fn step_label(step: EventKind) -> &'static str {
    match step {
        EventKind::Acknowledged => msg!("staff-step-acknowledged"),
        EventKind::InformationRequested => msg!("staff-step-information-requested"),
        EventKind::Responded => msg!("staff-step-responded"),
        EventKind::RemedyProposed => msg!("staff-step-remedy-proposed"),
        EventKind::FinalResponse => msg!("staff-step-final-response"),
        EventKind::DeadlockLetterIssued => msg!("staff-step-deadlock-letter-issued"),
        EventKind::Resolved => msg!("staff-step-resolved"),
        EventKind::DelayNotified => msg!("staff-step-delay-notified"),
        EventKind::FirstContactCorrected => msg!("staff-step-first-contact-corrected"),
        _ => msg!("staff-step-closed"),
    }
}

/// Where a template leaves the member to write: a message that still holds
/// it is not sent.
pub const PLACEHOLDER: char = '…';

/// The message to the customer a step starts from, in the case's language;
/// where it needs the member's own words, it holds [`PLACEHOLDER`].
pub fn template(step: EventKind) -> &'static str {
    match step {
        EventKind::Acknowledged => msg!("staff-template-acknowledged"),
        EventKind::InformationRequested => msg!("staff-template-information-requested"),
        EventKind::Responded => msg!("staff-template-responded"),
        EventKind::RemedyProposed => msg!("staff-template-remedy-proposed"),
        EventKind::FinalResponse => msg!("staff-template-final-response"),
        EventKind::DeadlockLetterIssued => msg!("staff-template-deadlock-letter-issued"),
        EventKind::Resolved => msg!("staff-template-resolved"),
        EventKind::DelayNotified => msg!("staff-template-delay-notified"),
        EventKind::FirstContactCorrected => msg!("staff-template-first-contact-corrected"),
        _ => msg!("staff-template-closed"),
    }
}

/// A step in the history as the team reads it: the customer's steps and
/// the team's own, named from the team's side (the customer's page says
/// "you" to the customer); the clock's and the neutral ones as there.
pub fn history_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Acknowledged => msg!("staff-event-acknowledged"),
        EventKind::InformationRequested => msg!("staff-event-information-requested"),
        EventKind::InformationSupplied => msg!("staff-event-information-supplied"),
        EventKind::Responded => msg!("staff-event-responded"),
        EventKind::RemedyProposed => msg!("staff-event-remedy-proposed"),
        EventKind::ManagerReviewRequested => msg!("staff-event-manager-review-requested"),
        EventKind::Escalated => msg!("staff-event-escalated"),
        EventKind::DeadlockLetterIssued => msg!("staff-event-deadlock-letter-issued"),
        EventKind::AdrReferralRequested => msg!("staff-event-adr-referral-requested"),
        EventKind::FinalResponse => msg!("staff-event-final-response"),
        EventKind::Withdrawn => msg!("staff-event-withdrawn"),
        EventKind::DelayNotified => msg!("staff-event-delay-notified"),
        EventKind::FirstContactCorrected => msg!("staff-event-first-contact-corrected"),
        EventKind::Received
        | EventKind::Resolved
        | EventKind::Closed
        | EventKind::ConsideredResolved
        | EventKind::ConsideredClosed => labels::event(kind),
    }
}

/// The name of a kind of letter the outbox records (`LetterKind`).
fn letter_label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "receipt" => msg!("staff-letter-receipt"),
        "new_case" => msg!("staff-letter-new-case"),
        "acknowledgement" => msg!("staff-letter-acknowledgement"),
        "information_request" => msg!("staff-letter-information-request"),
        "delay_notice" => msg!("staff-letter-delay-notice"),
        "response" => msg!("staff-letter-response"),
        "window_reminder" => msg!("staff-letter-window-reminder"),
        "adr" => msg!("staff-letter-adr"),
        "closing" => msg!("staff-letter-closing"),
        "step" => msg!("staff-letter-step"),
        "customer_step" => msg!("staff-letter-customer-step"),
        "merged" => msg!("staff-letter-merged"),
        _ => return None,
    })
}

/// The company's deadlines a delay notice can put back: those still pending.
pub fn deadlines_to_delay(milestones: &[crate::api::CaseMilestone]) -> Vec<redress_core::policy::MilestoneName> {
    milestones
        .iter()
        .filter(|m| m.role == MilestoneRole::Deadline && m.status == MilestoneStatus::Pending && m.due.is_some())
        .map(|m| m.name)
        .collect()
}

/// What the member just did, said at the top of the case once it is drawn
/// again with it, where the focus goes: the page is new, and a keyboard or
/// screen reader user learns at once that it worked.
#[derive(Clone, Copy)]
pub(super) struct Done(RwSignal<Option<String>>);

thread_local! {
    /// What was done, to be said on the next case page drawn (after a merge,
    /// the case kept, at another address).
    static SAID_NEXT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

impl Done {
    /// Says `text` at the top of the next case page drawn.
    pub(super) fn say_on_next_page(text: String) {
        SAID_NEXT.with(|next| *next.borrow_mut() = Some(text));
    }

    /// The case page's notice, taken when a component is made: the tasks
    /// that later report success run outside the components, without their
    /// context.
    fn of_page() -> Option<Done> {
        use_context::<Done>()
    }

    fn say(done: Option<Done>, text: String) {
        if let Some(Done(done)) = done {
            done.set(Some(text));
        }
    }
}

#[component]
pub fn StaffCase(reference: String) -> impl IntoView {
    let case = RwSignal::new(None::<Result<StaffCaseView, Failure>>);
    provide_context(Done(RwSignal::new(SAID_NEXT.with(|next| next.borrow_mut().take()))));
    {
        let reference = reference.clone();
        leptos::task::spawn_local(async move {
            let found = api::case(&reference).await;
            // The templates are in the case's language, whatever the console's.
            if let Ok(found) = &found {
                let _ = i18n::load(found.lang).await;
            }
            case.set(Some(found));
        });
    }
    Effect::new(move |_| {
        let title = match case.get() {
            Some(Ok(found)) => t!("staff-case-title", reference = found.reference),
            Some(Err(_)) => t!("staff-case-not-found"),
            None => t!("staff-loading"),
        };
        set_title(&title, false);
    });
    move || match case.get() {
        None => view! { <p class="loading" role="status">{t!("staff-loading")}</p> }.into_any(),
        Some(Err(failure)) => {
            let why = if failure == Failure::NotFound { t!("staff-case-not-found") } else { t!("staff-unavailable") };
            view! {
                <a class="back-link" href="/staff">{t!("staff-back-to-queue")}</a>
                <h1 class="heading-l">{why}</h1>
            }
            .into_any()
        }
        Some(Ok(found)) => match served_policy::keep(&found.provider, &found.policy) {
            Some(policy) => view! { <CaseView found policy case /> }.into_any(),
            None => view! { <p class="body">{t!("staff-unavailable")}</p> }.into_any(),
        },
    }
}

#[component]
fn CaseView(
    found: StaffCaseView,
    policy: &'static Policy,
    case: RwSignal<Option<Result<StaffCaseView, Failure>>>,
) -> impl IntoView {
    let me = use_context::<Me>().expect("signed in");
    let done = use_context::<Done>().and_then(|Done(done)| done.get_untracked());
    if done.is_some() {
        super::focus_when_drawn("case-done");
    }
    let done = done.map(|text| {
        view! {
            <div class="notification notification--done" role="status" tabindex="-1" id="case-done">
                <p>{text}</p>
            </div>
        }
    });
    let kind = found.kind.as_str();
    let fields = policy.kind(found.kind).map(|k| &*k.fields).unwrap_or_default();
    let document_name = |id: &str| {
        found.documents.iter().find(|d| d.id == id).map_or_else(|| id.to_string(), api::Document::shown_name)
    };
    let answers = fields
        .iter()
        .filter_map(|field| answer_row(field, found.answers.get(field.id.as_str()), document_name))
        .collect_view();
    let documents = documents(&found.reference, &found.documents);
    let deadlines = found
        .milestones
        .iter()
        .map(|m| {
            let status = match m.status {
                MilestoneStatus::Met => t!("staff-milestone-met"),
                MilestoneStatus::Missed => t!("staff-milestone-missed"),
                MilestoneStatus::Stopped => t!("staff-milestone-stopped"),
                MilestoneStatus::Pending => t!("staff-milestone-pending"),
            };
            let due =
                m.due.map(|due| format::date(i18n::lang(), due)).unwrap_or_else(|| t!("staff-milestone-not-started"));
            view! {
                <div class="summary-list__row" data-milestone=m.name.as_str()>
                    <dt class="summary-list__key">{i18n::text(labels::milestone(m.name), &[])}</dt>
                    <dd class="summary-list__value">{due}" · "{status}</dd>
                </div>
            }
        })
        .collect_view();
    let events = found
        .events
        .iter()
        .rev()
        .map(|e| {
            let author = e.author.clone().map(|name| t!("staff-event-by", name = name));
            view! {
                <li class="timeline__item">
                    <h3 class="heading-s timeline__title">{i18n::text(history_label(e.event.kind), &[("kind", kind.into())])}</h3>
                    <p class="timeline__date">{format::instant(i18n::lang(), e.event.at)}{author.map(|a| format!(" · {a}"))}</p>
                    {e.event.message.clone().map(|m| view! { <p class="timeline__message">{m}</p> })}
                    {e.outcome.map(|found| view! {
                        <p class="timeline__message">{t!("staff-event-outcome", outcome = i18n::text(outcome_label(found), &[]))}</p>
                    })}
                </li>
            }
        })
        .collect_view();
    let letters = found
        .letters
        .iter()
        .map(|letter| {
            let status = match letter.status.as_str() {
                "sent" => t!("staff-letter-sent"),
                "failed" => t!("staff-letter-failed"),
                _ => t!("staff-letter-waiting"),
            };
            let kind = letter_label(&letter.kind).map_or_else(|| letter.kind.clone(), |id| i18n::text(id, &[]));
            view! {
                <li>
                    {kind}" → "{letter.recipient.clone()}": "{status}
                    {letter.last_error.clone().map(|e| view! { <span class="hint">" ("{e}")"</span> })}
                </li>
            }
        })
        .collect_view();
    let steps = found.staff_actions.clone();
    let delayable = deadlines_to_delay(&found.milestones);
    let views = found
        .work
        .views
        .iter()
        .map(|viewing| view! { <li>{viewing.by.clone()}" · "{format::instant(i18n::lang(), viewing.at)}</li> })
        .collect_view();
    let stopped = found.letters_stopped.then(|| view! { <p class="body">{t!("staff-letters-stopped")}</p> });
    let merged_into = found.work.merged_into.as_ref().map(super::merge::merged_into);
    let merged = super::merge::merged(&found.work.merged);
    let merge_form = found.work.merged_into.is_none().then(|| {
        view! { <super::merge::MergeForm reference=found.reference.clone() answers=found.answers.clone() /> }
    });

    view! {
        <a class="back-link" href="/staff">{t!("staff-back-to-queue")}</a>
        {done}
        <p class="caption"><span class="caption__provider">{me.provider_name.clone()}</span></p>
        <h1 class="heading-l">{t!("staff-case-title", reference = found.reference.clone())}</h1>
        {merged_into}
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{t!("staff-case-kind")}</dt>
                <dd class="summary-list__value">{i18n::text(labels::kind(found.kind), &[])}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t!("staff-case-stage")}</dt>
                <dd class="summary-list__value" id="case-stage">{match &found.work.merged_into {
                    Some(_) => t!("staff-stage-merged"),
                    None => i18n::text(super::stage_label(found.stage), &[("kind", kind.into())]),
                }}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t!("staff-case-language")}</dt>
                <dd class="summary-list__value">{language_name(found.lang)}</dd>
            </div>
        </dl>
        <h2 class="heading-m">{t!("staff-answers-title")}</h2>
        <dl class="summary-list" id="answers">{answers}</dl>
        {documents}
        <h2 class="heading-m">{t!("staff-deadlines-title")}</h2>
        <dl class="summary-list" id="deadlines">{deadlines}</dl>
        {found.work.merged_into.is_none().then(|| view! {
            <Handler reference=found.reference.clone() assignee=found.work.assignee.clone() case />
        })}
        <StepForm reference=found.reference.clone() provider=found.provider.clone() lang=found.lang steps delayable case />
        <h2 class="heading-m">{t!("staff-history-title")}</h2>
        <ol class="timeline" id="history">{events}</ol>
        <h2 class="heading-m">{t!("staff-letters-title")}</h2>
        {stopped}
        <ul class="list" id="letters">{letters}</ul>
        <Notes reference=found.reference.clone() notes=found.work.notes.clone() case />
        {merged}
        {merge_form}
        <h2 class="heading-m">{t!("staff-views-title")}</h2>
        <ul class="list" id="views">{views}</ul>
    }
}

/// The case's documents, the customer's and those the team attached to a
/// step, each saying which: images shown, each to open in the
/// browser (a PDF in its viewer) or to download. The server sends each as a
/// sandbox of its own, so nothing in one can run as the console.
fn documents(reference: &str, documents: &[api::Document]) -> Option<impl IntoView + use<>> {
    if documents.is_empty() {
        return None;
    }
    let items = documents
        .iter()
        .map(|document| {
            let name = document.shown_name();
            let shown = document.address(reference, true);
            let image = document.media_type.starts_with("image/").then(|| {
                view! { <img class="document__image" src=shown.clone() alt=name.clone() loading="lazy" /> }
            });
            view! {
                <li class="document">
                    {image}
                    <p class="document__name">{format::named_file(i18n::lang(), &name, document.size)}</p>
                    <p class="document__from hint">{match &document.added_by {
                        Some(member) => t!("staff-document-added-by", name = member.clone()),
                        None => t!("staff-document-from-customer"),
                    }}</p>
                    <p class="document__links">
                        <a href=shown target="_blank" rel="noopener">
                            {t!("staff-document-open")}<span class="visually-hidden">": "{name.clone()}</span>
                        </a>
                        <a href=document.address(reference, false) download>
                            {t!("staff-document-download")}<span class="visually-hidden">": "{name.clone()}</span>
                        </a>
                    </p>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h2 class="heading-m">{t!("staff-documents-title")}</h2>
        <ul class="documents" id="documents">{items}</ul>
    })
}

type CaseSignal = RwSignal<Option<Result<StaffCaseView, Failure>>>;

/// Who handles the case, and giving it to oneself, a colleague or nobody.
#[component]
fn Handler(reference: String, assignee: Option<api::Member>, case: CaseSignal) -> impl IntoView {
    let done = Done::of_page();
    let me = use_context::<Me>().expect("signed in");
    let members = RwSignal::new(Vec::<api::Member>::new());
    leptos::task::spawn_local(async move {
        if let Ok(found) = api::members().await {
            members.set(found);
        }
    });
    let chosen = RwSignal::new(assignee.as_ref().map_or_else(String::new, |m| m.account.to_string()));
    let failed = RwSignal::new(false);
    let give = move |account: Option<i64>| {
        let reference = reference.clone();
        leptos::task::spawn_local(async move {
            match api::assign(&reference, account).await {
                Ok(updated) => {
                    Done::say(done, t!("staff-done-saved"));
                    case.set(Some(Ok(updated)));
                }
                Err(_) => failed.set(true),
            }
        });
    };
    let give_chosen = {
        let give = give.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            give(chosen.get_untracked().parse().ok());
        }
    };
    let mine = me.account.is_some() && assignee.as_ref().map(|m| m.account) != me.account;
    let now = match &assignee {
        Some(member) => t!("staff-handled-by", name = member.name.clone()),
        None => t!("staff-handled-by-nobody"),
    };
    view! {
        <h2 class="heading-m">{t!("staff-handler-title")}</h2>
        <p class="body" id="handler">{now}</p>
        {mine.then(|| {
            let give = give.clone();
            view! {
                <p class="body">
                    <button type="button" class="button button--secondary" id="take-case" on:click=move |_| give(me.account)>
                        {t!("staff-take-case")}
                    </button>
                </p>
            }
        })}
        <form novalidate on:submit=give_chosen class="assign-form">
            <div class="form-group">
                <label class="label" for="assign-to">{t!("staff-assign-label")}</label>
                <select class="select" id="assign-to" prop:value=move || chosen.get() on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">{t!("staff-assigned-nobody")}</option>
                    {move || members.get().into_iter().map(|m| {
                        let value = m.account.to_string();
                        let selected = chosen.get_untracked() == value;
                        view! { <option value=value selected=selected>{m.name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button--secondary">{t!("staff-assign")}</button>
        </form>
        {move || failed.get().then(|| view! { <p class="body" role="alert">{t!("staff-unavailable")}</p> })}
    }
}

/// The team's notes on the case, which the customer never sees, and adding one.
#[component]
fn Notes(reference: String, notes: Vec<api::Note>, case: CaseSignal) -> impl IntoView {
    let done = Done::of_page();
    // Kept in the tab until it is added, across a change of language.
    let text = RwSignal::new(KeptForm::load(&reference, kept_form::NOTE).get("text"));
    {
        let reference = reference.clone();
        Effect::new(move |_| KeptForm::save(&reference, kept_form::NOTE, &[("text", &text.get())], Vec::new()));
    }
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sent = RwSignal::new(0u32);
    let busy = RwSignal::new(false);
    let listed = notes
        .into_iter()
        .map(|note| {
            view! {
                <li class="timeline__item">
                    <p class="timeline__date">{note.author}" · "{format::instant(i18n::lang(), note.at)}</p>
                    <p class="timeline__message">{note.text}</p>
                </li>
            }
        })
        .collect_view();
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let written = text.get_untracked();
        if written.trim().is_empty() {
            problems.set(vec![Problem { target: "note-text".into(), message: t!("staff-error-note") }]);
            sent.update(|n| *n += 1);
            return;
        }
        busy.set(true);
        let reference = reference.clone();
        leptos::task::spawn_local(async move {
            match api::add_note(&reference, &written).await {
                Ok(updated) => {
                    KeptForm::clear(&reference, kept_form::NOTE);
                    Done::say(done, t!("staff-done-saved"));
                    case.set(Some(Ok(updated)));
                }
                Err(failure) => {
                    let message = if matches!(failure, Failure::Invalid(_)) {
                        t!("staff-error-note-long")
                    } else {
                        t!("staff-unavailable")
                    };
                    problems.set(vec![Problem { target: "note-text".into(), message }]);
                    sent.update(|n| *n += 1);
                    busy.set(false);
                }
            }
        });
    };
    view! {
        <h2 class="heading-m">{t!("staff-notes-title")}</h2>
        <p class="body">{t!("staff-notes-body")}</p>
        <ol class="timeline" id="notes">{listed}</ol>
        <ErrorSummary problems=Signal::derive(move || problems.get()) sent />
        <form novalidate on:submit=add id="note-form">
            <div class="form-group">
                <label class="label" for="note-text">{t!("staff-note-label")}</label>
                <textarea class="textarea" id="note-text" rows="4"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <button type="submit" class="button button--secondary" disabled=move || busy.get()>{t!("staff-add-note")}</button>
        </form>
    }
}

/// A language's own name, as the language menu says it.
fn language_name(lang: Lang) -> &'static str {
    lang.autonym()
}

/// The steps allowed now, one to choose, with the message to the customer.
#[component]
fn StepForm(
    reference: String,
    provider: String,
    lang: Lang,
    steps: Vec<EventKind>,
    /// The deadlines a delay notice may put back.
    delayable: Vec<MilestoneName>,
    case: RwSignal<Option<Result<StaffCaseView, Failure>>>,
) -> impl IntoView {
    let done = Done::of_page();
    if steps.is_empty() {
        return view! {
            <h2 class="heading-m">{t!("staff-steps-title")}</h2>
            <p class="body">{t!("staff-no-steps")}</p>
        }
        .into_any();
    }
    // What the member has chosen and written is kept in the tab until the
    // step is recorded: a change of language or a reload draws the page
    // again, and loses nothing.
    let kept = KeptForm::load(&reference, kept_form::STEP);
    let chosen = RwSignal::new(EventKind::ALL.into_iter().find(|e| e.as_str() == kept.get("step")));
    let message = RwSignal::new(kept.get("message"));
    // A delay notice's deadline and new date; a corrected first contact's day.
    let first_delayable = delayable.first().map_or_else(String::new, |m| m.as_str().to_string());
    let milestone = RwSignal::new(Some(kept.get("milestone")).filter(|m| !m.is_empty()).unwrap_or(first_delayable));
    let date = RwSignal::new(kept.get("date"));
    let attached = RwSignal::new(kept.documents());
    let outcome = RwSignal::new(Outcome::parse(&kept.get("outcome")));
    {
        let reference = reference.clone();
        Effect::new(move |_| {
            let step = chosen.get().map_or("", EventKind::as_str);
            let texts = [
                ("step", step),
                ("message", &message.get()),
                ("milestone", &milestone.get()),
                ("date", &date.get()),
                ("outcome", outcome.get().map_or("", Outcome::as_str)),
            ];
            KeptForm::save(&reference, kept_form::STEP, &texts, attached.get());
        });
    }
    let busy = RwSignal::new(false);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sent = RwSignal::new(0u32);
    // Another step's template replaces the message only if the member has
    // not written in it: their words are never lost to a change of mind.
    let choose = move |step: EventKind| {
        let untouched = message.with_untracked(|text| {
            text.trim().is_empty()
                || chosen.get_untracked().is_some_and(|before| *text == i18n::text_in(lang, template(before), &[]))
        });
        chosen.set(Some(step));
        if untouched {
            message.set(i18n::text_in(lang, template(step), &[]));
        }
    };
    let options = steps
        .iter()
        .map(|step| {
            let step = *step;
            let id = format!("step-{}", step.as_str().replace('_', "-"));
            view! {
                <div class="radio">
                    <input class="radio__input" type="radio" name="step" id=id.clone() value=step.as_str()
                        prop:checked=move || chosen.get() == Some(step) on:change=move |_| choose(step) />
                    <label class="radio__label" for=id>{i18n::text(step_label(step), &[])}</label>
                </div>
            }
        })
        .collect_view();
    let record = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(step) = chosen.get_untracked() else {
            problems.set(vec![Problem {
                target: format!("step-{}", steps_first(&steps)),
                message: t!("staff-error-step"),
            }]);
            sent.update(|n| *n += 1);
            return;
        };
        let text = message.get_untracked();
        let dated = matches!(step, EventKind::DelayNotified | EventKind::FirstContactCorrected);
        let mut found = Vec::new();
        if dated && date.get_untracked().is_empty() {
            found.push(Problem { target: "step-date".into(), message: t!("staff-error-date") });
        }
        if text.trim().is_empty() {
            found.push(Problem { target: "step-message".into(), message: t!("staff-error-message") });
        } else if text.contains(PLACEHOLDER) {
            found.push(Problem { target: "step-message".into(), message: t!("staff-error-placeholder") });
        }
        if !found.is_empty() {
            problems.set(found);
            sent.update(|n| *n += 1);
            return;
        }
        let named = (step == EventKind::DelayNotified)
            .then(|| MilestoneName::ALL.into_iter().find(|m| m.as_str() == milestone.get_untracked()))
            .flatten();
        let documents = attached.with_untracked(|list| list.iter().map(|d| d.id.clone()).collect());
        let record = api::Step {
            event: step,
            message: text,
            milestone: named,
            date: dated.then(|| date.get_untracked()),
            documents,
            outcome: outcome.get_untracked().filter(|_| takes_outcome(step)),
        };
        busy.set(true);
        let reference = reference.clone();
        leptos::task::spawn_local(async move {
            match api::record(&reference, &record).await {
                Ok(updated) => {
                    KeptForm::clear(&reference, kept_form::STEP);
                    Done::say(done, t!("staff-done-step", step = i18n::text(step_label(step), &[])));
                    problems.set(Vec::new());
                    case.set(Some(Ok(updated)));
                }
                Err(failure) => {
                    let (target, why) = match failure {
                        Failure::Refused { status: 409, code, .. } if code == "delay_not_possible" => {
                            ("step-date", t!("staff-error-delay"))
                        }
                        Failure::Refused { status: 409, message, .. } => {
                            ("step-message", t!("staff-error-not-now", reason = message))
                        }
                        Failure::Invalid(fields) if !fields.get("date").is_empty() => {
                            ("step-date", t!("staff-error-date"))
                        }
                        Failure::Invalid(fields) if step_documents::step_problem(&fields).is_some() => {
                            let problem = step_documents::step_problem(&fields).expect("just seen");
                            (step_documents::INPUT, problem.message)
                        }
                        Failure::Invalid(_) => ("step-message", t!("staff-error-message")),
                        _ => ("step-message", t!("staff-unavailable")),
                    };
                    problems.set(vec![Problem { target: target.into(), message: why }]);
                    sent.update(|n| *n += 1);
                    busy.set(false);
                }
            }
        });
    };
    view! {
        <ErrorSummary problems=Signal::derive(move || problems.get()) sent />
        <form novalidate on:submit=record id="step-form">
            <h2 class="heading-m">{t!("staff-steps-title")}</h2>
            <div class="form-group">
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{t!("staff-step-legend")}</legend>
                    <div class="radios">{options}</div>
                </fieldset>
            </div>
            {move || (chosen.get() == Some(EventKind::DelayNotified)).then(|| {
                let options = delayable
                    .iter()
                    .map(|m| view! { <option value=m.as_str()>{i18n::text(labels::milestone(*m), &[])}</option> })
                    .collect_view();
                view! {
                    <div class="form-group">
                        <label class="label" for="step-milestone">{t!("staff-delay-milestone-label")}</label>
                        <select class="select" id="step-milestone" prop:value=move || milestone.get()
                            on:change=move |ev| milestone.set(event_target_value(&ev))>{options}</select>
                    </div>
                }
            })}
            {move || {
                let label = match chosen.get() {
                    Some(EventKind::DelayNotified) => t!("staff-new-date-label"),
                    Some(EventKind::FirstContactCorrected) => t!("staff-first-contact-label"),
                    _ => return None,
                };
                let has_error = problems.with(|list| list.iter().any(|p| p.target == "step-date"));
                Some(view! {
                    <div class=if has_error { "form-group form-group--error" } else { "form-group" }>
                        <label class="label" for="step-date">{label}</label>
                        {super::field_error(problems, "step-date")}
                        // Its value is set once: a date being typed reads as
                        // empty until whole, and setting it back would clear it.
                        <input class="input input--medium" type="date" id="step-date" prop:value=date.get_untracked()
                            on:input=move |ev| date.set(event_target_value(&ev)) />
                    </div>
                })
            }}
            <div class="form-group">
                <label class="label" for="step-message">{t!("staff-message-label")}</label>
                <p class="hint" id="step-message-hint">{t!("staff-message-hint", language = language_name(lang))}</p>
                {super::field_error(problems, "step-message")}
                <textarea class="textarea" id="step-message" rows="8" aria-describedby="step-message-hint"
                    prop:value=move || message.get() on:input=move |ev| message.set(event_target_value(&ev))></textarea>
            </div>
            {move || chosen.get().filter(|step| takes_outcome(*step)).map(|_| view! { <OutcomeChoice outcome /> })}
            <StepDocuments provider attached problems sent />
            <button type="submit" class="button" disabled=move || busy.get()>{t!("staff-record-step")}</button>
        </form>
    }
    .into_any()
}

/// What the company found, with a step that ends its handling: for the
/// regulator's return, never shown to the customer; left unrecorded if
/// none is chosen.
#[component]
fn OutcomeChoice(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let option = move |value: Option<Outcome>, label: &'static str| {
        let id = format!("outcome-{}", value.map_or("none", Outcome::as_str).replace('_', "-"));
        view! {
            <div class="radio">
                <input class="radio__input" type="radio" name="outcome" id=id.clone()
                    prop:checked=move || outcome.get() == value on:change=move |_| outcome.set(value) />
                <label class="radio__label" for=id>{i18n::text(label, &[])}</label>
            </div>
        }
    };
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby="outcome-hint">
                <legend class="fieldset__legend">{t!("staff-outcome-legend")}</legend>
                <p class="hint" id="outcome-hint">{t!("staff-outcome-hint")}</p>
                <div class="radios">
                    {option(Some(Outcome::Upheld), msg!("staff-outcome-upheld"))}
                    {option(Some(Outcome::PartlyUpheld), msg!("staff-outcome-partly-upheld"))}
                    {option(Some(Outcome::NotUpheld), msg!("staff-outcome-not-upheld"))}
                    {option(None, msg!("staff-outcome-none"))}
                </div>
            </fieldset>
        </div>
    }
}

/// The words of an outcome, in the history.
fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Upheld => msg!("staff-outcome-upheld"),
        Outcome::PartlyUpheld => msg!("staff-outcome-partly-upheld"),
        Outcome::NotUpheld => msg!("staff-outcome-not-upheld"),
    }
}

/// The id of the first step's radio, where the error summary leads.
fn steps_first(steps: &[EventKind]) -> String {
    steps.first().map_or_else(String::new, |step| step.as_str().replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_its_words_and_its_template() {
        let steps = [
            EventKind::Acknowledged,
            EventKind::InformationRequested,
            EventKind::Responded,
            EventKind::RemedyProposed,
            EventKind::FinalResponse,
            EventKind::DeadlockLetterIssued,
            EventKind::Resolved,
            EventKind::Closed,
            EventKind::DelayNotified,
            EventKind::FirstContactCorrected,
        ];
        // Each step of the history has its own words for the team.
        let history: std::collections::HashSet<&str> = EventKind::ALL.iter().map(|e| history_label(*e)).collect();
        assert_eq!(history.len(), EventKind::ALL.len());
        let labels: std::collections::HashSet<&str> = steps.iter().map(|s| step_label(*s)).collect();
        let templates: std::collections::HashSet<&str> = steps.iter().map(|s| template(*s)).collect();
        assert_eq!((labels.len(), templates.len()), (steps.len(), steps.len()));
    }
}
