//! A case as its customer follows it: the stage, a timeline of what happened
//! and what is due (met, due in N days, overdue), the steps open to the
//! customer now, and the ombudsman card. The access code comes from the URL
//! fragment and is sent only in the `Authorization` header.

use chrono::NaiveDate;
use leptos::prelude::*;
use redress_core::lifecycle::{MilestoneStatus, Stage};
use redress_core::policy::{CaseKind, EventKind, MilestoneRole, Policy};

use crate::api::{self, Action, Case, CaseAction, CaseDocument, CaseMilestone, Failure};
use crate::components::answer::answer_row;
use crate::components::channels::Channels;
use crate::components::error_summary::{ErrorSummary, Problem, begin_send};
use crate::components::layout::{provider_caption, set_title};
use crate::components::lazy_page::{PageFuture, lazy_page, lazy_part};
use crate::components::promises::{counted_from, promises, role_hint, status_address};
use crate::i18n::{self, format};
use crate::labels;
use crate::router::navigate;
use crate::served_policy;
use crate::storage;
use crate::t;

fn access_code() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.trim_start_matches('#').to_string()
}

/// How a milestone reads in the timeline, relative to today, worded by its
/// role: a deadline falls due, an option opens for the customer, a window
/// has days left, a lapse may end the case.
pub fn milestone_state(milestone: &CaseMilestone, today: NaiveDate) -> String {
    let role = milestone.role;
    match (milestone.status, milestone.due) {
        (MilestoneStatus::Met, _) if role == MilestoneRole::Opens => t!("milestone-status-open"),
        (MilestoneStatus::Met, _) if role == MilestoneRole::MayClose => t!("milestone-status-may-close"),
        // An aim that passed was not a promise broken: it reads as not met.
        (MilestoneStatus::Missed, _) if milestone.aim => t!("milestone-status-aim-missed"),
        (MilestoneStatus::Met, _) => i18n::text(labels::milestone_status(MilestoneStatus::Met), &[]),
        (MilestoneStatus::Stopped, _) => i18n::text(labels::milestone_status(MilestoneStatus::Stopped), &[]),
        (MilestoneStatus::Missed, Some(due)) => t!("case-overdue-days", days = (today - due).num_days().max(0)),
        (_, Some(due)) => {
            let days = (due - today).num_days().max(0);
            match role {
                MilestoneRole::Deadline => t!("case-due-in-days", days = days),
                MilestoneRole::Opens => t!("case-opens-in-days", days = days),
                MilestoneRole::Window => t!("case-window-days-left", days = days),
                MilestoneRole::Lapse | MilestoneRole::MayClose => t!("case-lapses-in-days", days = days),
            }
        }
        (_, None) => t!("case-not-started"),
    }
}

pub fn failure_text(failure: &Failure) -> String {
    match failure {
        Failure::NotFound => t!("case-not-found"),
        Failure::RateLimited { retry_after } => t!("app-error-rate-limited", seconds = *retry_after as i64),
        Failure::Unavailable => t!("app-error-unavailable"),
        Failure::Network => t!("app-error-network"),
        _ => t!("case-action-refused"),
    }
}

/// The case page's forms, whose code is downloaded when an action opens
/// one (see `lazy_page`): the program makes them split points
/// (src/bin/redress-case.rs), as `LaterPages` for the wizard.
#[derive(Clone, Copy)]
pub struct CaseForms {
    /// Answering the company's questions (`AnswerQuestions`).
    pub answer: fn(&'static Policy, Case, String, Callback<Case>) -> PageFuture,
    /// Escalating to the kind of case given (`Escalate`), open until a date.
    pub escalate: EscalationForm,
    /// The page that asks to be sure before withdrawing (`Withdraw`).
    pub withdraw: fn(&'static Policy, Case, String) -> PageFuture,
}

/// See `CaseForms::escalate`.
pub type EscalationForm =
    fn(&'static Policy, &'static CaseKind, Option<NaiveDate>, Case, String, Callback<Case>) -> PageFuture;

/// A case's page, or with `withdrawing` the page that withdraws it.
#[component]
pub fn CasePage(reference: String, forms: CaseForms, withdrawing: bool) -> impl IntoView {
    provide_context(forms);
    let code = access_code();
    let case = RwSignal::new(None::<Result<Case, Failure>>);
    let load = {
        let (reference, code) = (reference.clone(), code.clone());
        move || {
            let (reference, code) = (reference.clone(), code.clone());
            leptos::task::spawn_local(async move {
                let found = api::case(&reference, &code).await;
                if found.is_ok() {
                    storage::clear_lookup();
                }
                case.set(Some(found));
            });
        }
    };
    // An address without its code (a bookmark, a later letter's link):
    // the look-up form, with the reference filled in, asks for it.
    if code.is_empty() {
        navigate(&format!("/status?reference={reference}"));
    } else {
        load();
    }
    Effect::new(move |_| {
        let title = match case.get() {
            Some(Ok(case)) if withdrawing => crate::pages::withdraw::withdraw_title(&case),
            Some(Ok(case)) => t!("case-title", reference = case.reference, kind = case.kind.as_str()),
            Some(Err(_)) => t!("case-not-found-title"),
            None => t!("case-loading"),
        };
        set_title(&title, false);
    });
    view! {
        {move || match case.get() {
            None => view! { <p class="loading" role="status">{t!("case-loading")}</p> }.into_any(),
            Some(Err(failure)) => view! {
                <h1 class="heading-l">{t!("case-not-found-title")}</h1>
                <p class="body">{failure_text(&failure)}</p>
                <p class="body"><a href="/status">{t!("case-try-again")}</a></p>
            }
            .into_any(),
            Some(Ok(loaded)) => match served_policy::keep(&loaded.provider, &loaded.policy) {
                Some(policy) if withdrawing => {
                    let code = code.clone();
                    lazy_page(move || (forms.withdraw)(policy, loaded.clone(), code.clone()))
                }
                Some(policy) => view! { <CaseView case=loaded policy code=code.clone() on_update=Callback::new(move |c| case.set(Some(Ok(c)))) /> }.into_any(),
                None => view! { <p class="body">{t!("case-not-found")}</p> }.into_any(),
            },
        }}
    }
}

#[component]
fn CaseView(case: Case, policy: &'static Policy, code: String, on_update: Callback<Case>) -> impl IntoView {
    let today = format::today_in(&policy.time_zone);
    let stage = case.stage;
    let reference = case.reference.clone();
    let answers = your_answers(&case, policy);
    let for_actions = case.clone();
    let case_kind = case.kind.as_str();
    let events = case
        .events
        .iter()
        .rev()
        .map(|event| {
            let (kind, at, message) = (event.kind, event.at, event.message.clone());
            // A delay notice's new date, a corrected first contact.
            let date = event.date.map(|date| {
                let date = format::date(i18n::lang(), date);
                match event.milestone {
                    Some(m) => t!("case-event-new-date", milestone = i18n::text(labels::milestone(m), &[]), date = date),
                    None => t!("case-event-first-contact", date = date),
                }
            });
            view! {
                <li class="timeline__item">
                    <h3 class="heading-s timeline__title">{i18n::text(labels::event(kind), &[("kind", case_kind.into())])}</h3>
                    <p class="timeline__date">{format::instant(i18n::lang(), at)}</p>
                    {date.map(|d| view! { <p class="timeline__message">{d}</p> })}
                    {message.map(|m| view! { <p class="timeline__message">{m}</p> })}
                </li>
            }
        })
        .collect_view();
    let milestones = case
        .milestones
        .into_iter()
        .map(|milestone| {
            let (name, status) = (milestone.name, milestone.status);
            // An option opened early (the scheme, after a deadlock letter)
            // shows the day it opened, not the day it would have.
            let opened_early = milestone.role == MilestoneRole::Opens && status == MilestoneStatus::Met;
            let due = if opened_early { milestone.settled_on.or(milestone.due) } else { milestone.due };
            let state_class = match status {
                MilestoneStatus::Met => "tag tag--green",
                MilestoneStatus::Missed if milestone.aim => "tag tag--grey",
                MilestoneStatus::Missed => "tag tag--red",
                MilestoneStatus::Stopped => "tag tag--grey",
                MilestoneStatus::Pending => "tag",
            };
            let hint = policy.kind(milestone.kind).and_then(|k| k.milestone(name)).map(role_hint);
            // A delay notice's new date, or the first contact a clock counts
            // from: a milestone has at most one of them.
            let note = match (milestone.delayed_from, milestone.counted_from) {
                (Some(was), _) => {
                    // The reason goes with the new date, not only in the history.
                    let notice = case
                        .events
                        .iter()
                        .rev()
                        .find(|e| e.kind == EventKind::DelayNotified && e.milestone == Some(name));
                    let reason =
                        notice.and_then(|e| e.message.clone()).map(|reason| t!("case-delay-reason", reason = reason));
                    let delayed = t!("case-delayed-from", date = format::date(i18n::lang(), was));
                    Some(reason.map_or(delayed.clone(), |reason| format!("{delayed} {reason}")))
                }
                (None, Some(day)) => Some(counted_from(day, milestone.counted_from_records)),
                (None, None) => None,
            };
            view! {
                <div class="summary-list__row" data-milestone=name.as_str()>
                    <dt class="summary-list__key">
                        {i18n::text(labels::milestone(name), &[])}
                        <br />
                        <span class="hint">{hint}</span>
                    </dt>
                    <dd class="summary-list__value">
                        {due.map(|d| format::date(i18n::lang(), d)).unwrap_or_default()}
                        {note.map(|text| view! { <span class="hint milestone-note">{text}</span> })}
                    </dd>
                    <dd class="summary-list__actions">
                        <strong class=state_class>{milestone_state(&milestone, today)}</strong>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let actions = case.actions.clone();
    // A customer the scheme does not take (`open_to`, the rule the server
    // follows too) is told whom it takes. (A withdrawn case has no card
    // either, but for another reason: no scheme opens for it.)
    let withdrawn = stage == Stage::Withdrawn;
    let turned_away = policy.adr_milestone_not_for(&case.answers).is_some();
    let not_for_you = policy.adr.as_ref().filter(|_| turned_away).and_then(|scheme| {
        let rule = scheme.open_to.as_ref()?;
        let customers = rule.one_of.iter().filter_map(|value| labels::option(rule.field, value)).collect();
        labelled_list(t!("case-adr-only-for", scheme = scheme.name.clone()), customers)
    });
    let adr = case.adr.clone().zip(policy.adr.as_ref()).map(|(adr, scheme)| {
        let opens = adr.eligible_from;
        let open = adr.open;
        view! {
            <section class="adr-card" aria-labelledby="adr-title">
                <h2 class="heading-m" id="adr-title">{scheme.name.clone()}</h2>
                <p class="body">
                    <strong class=if open { "tag tag--green" } else { "tag" }>
                        {if open { t!("case-adr-open") } else { t!("case-adr-not-yet") }}
                    </strong>
                </p>
                <p class="body" id="adr-when">
                    {match opens {
                        Some(date) if !open => t!("case-adr-opens-on", date = format::date(i18n::lang(), date)),
                        _ => t!("case-adr-open-body"),
                    }}
                </p>
                <p class="body">{t!("case-adr-free-within", months = i64::from(scheme.apply_within_months))}</p>
                {scheme.max_award_gbp.map(|amount| view! {
                    <p class="body" id="adr-award">{t!("case-adr-max-award", amount = i64::from(amount))}</p>
                })}
                {scheme.accepts_representatives.then(|| view! {
                    <p class="body" id="adr-representatives">{t!("case-adr-representatives")}</p>
                })}
                {labelled_list(t!("case-adr-excludes"), scheme.excludes.iter().map(|e| labels::adr_exclusion(*e)).collect())}
                {labelled_list(t!("case-adr-needs"), scheme.needs.iter().map(|n| labels::adr_evidence(*n)).collect())}
                // The page printed is the pack the scheme asks for: the
                // dates, the complaint and remedy, the company's answers
                // and the documents are all on it.
                {open.then(|| view! {
                    <p class="body no-print" id="adr-pack">{t!("case-adr-pack", scheme = scheme.name.clone())}</p>
                    <p class="no-print"><button type="button" class="button button--secondary" on:click=print_page>
                        {t!("sent-print")}
                    </button></p>
                })}
                <ul class="list">
                    {scheme.address.clone().map(|a| view! { <li class="address">{a}</li> })}
                    {scheme.phone.clone().map(|p| view! { <li><a href=format!("tel:{}", p.replace(' ', ""))>{p.clone()}</a></li> })}
                    {scheme.email.clone().map(|e| view! { <li><a href=format!("mailto:{e}")>{e.clone()}</a></li> })}
                    <li><a href=scheme.website.clone() rel="noopener noreferrer">{scheme.website.clone()}</a></li>
                </ul>
            </section>
        }
    });
    view! {
        {provider_caption(policy)}
        <h1 class="heading-l">{unbroken(t!("case-title", reference = SLOT, kind = case.kind.as_str()), &reference)}</h1>
        <p class="body">
            {t!("case-stage-label")} " "
            <strong class="tag" id="stage">{i18n::text(labels::stage(stage), &[])}</strong>
        </p>
        {withdrawn.then(|| view! {
            <div class="notification" role="status" id="withdrawn">
                <p>{i18n::text(labels::event(EventKind::Withdrawn), &[("kind", case_kind.into())])}</p>
            </div>
        })}
        <Actions actions policy case=for_actions code on_update />
        <h2 class="heading-m">{t!("case-milestones-title")}</h2>
        <dl class="summary-list" id="milestones">{milestones}</dl>
        {policy.kind(case.kind).map(|k| promises(policy, k))}
        {adr}
        {not_for_you.map(|text| view! { <div id="adr-not-for-you">{text}</div> })}
        <h2 class="heading-m">{t!("case-answers-title")}</h2>
        <dl class="summary-list" id="answers">{answers}</dl>
        <h2 class="heading-m">{t!("case-history-title")}</h2>
        <ol class="timeline" id="history">{events}</ol>
        <h2 class="heading-m">{t!("sent-contact-title", provider = policy.name.clone())}</h2>
        <Channels policy />
        <p class="body print-only">{t!("sent-print-address", address = status_address())}</p>
        <p class="no-print"><button type="button" class="button button--secondary" on:click=print_page>
            {t!("sent-print")}
        </button></p>
    }
}

/// The browser's print dialog, where the page can also be saved as a PDF.
fn print_page(_: leptos::ev::MouseEvent) {
    let _ = window().print();
}

/// Where a message shows a reference, given as its argument so that
/// [`unbroken`] can find the place.
const SLOT: &str = "\u{1}";

/// `text`, a message formatted with [`SLOT`] for the reference, with the
/// reference in its place, kept on one line: a reference broken across lines
/// is misread and miscopied.
fn unbroken(text: String, reference: &str) -> impl IntoView + use<> {
    let (before, after) = text.split_once('\u{1}').unwrap_or((&text, ""));
    view! { {before.to_string()} <span class="nowrap">{reference.to_string()}</span> {after.to_string()} }
}

/// "It does not deal with: fraud, …", or nothing when the list is empty.
fn labelled_list(label: String, ids: Vec<&'static str>) -> Option<impl IntoView + use<>> {
    let items: Vec<String> = ids.into_iter().map(|id| i18n::text(id, &[])).collect();
    (!items.is_empty()).then(|| view! { <p class="body">{label} " " {items.join(", ")}</p> })
}

/// A document as the case page names it: "bill.pdf (12 kB)".
fn document_text(document: &CaseDocument) -> String {
    let name = document.name.clone().unwrap_or_else(|| t!("case-document-unnamed"));
    format::named_file(i18n::lang(), &name, document.size)
}

/// What the customer sent, question by question, as plain text, and the
/// documents they sent.
fn your_answers(case: &Case, policy: &'static Policy) -> impl IntoView + use<> {
    let fields = policy.kind(case.kind).map(|kind| &*kind.fields).unwrap_or_default();
    // What the customer sent: the company's documents came to them by email.
    let list: Vec<String> = case.documents.iter().filter(|d| !d.from_company).map(document_text).collect();
    let documents = (!list.is_empty()).then(|| {
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{t!("case-documents-label")}</dt>
                <dd class="summary-list__value" id="documents">{list.join(", ")}</dd>
            </div>
        }
    });
    let rows = fields
        .iter()
        .filter_map(|field| {
            // An upload's id means nothing to the customer; its file name does.
            let file_name = |id: &str| {
                let document = case.documents.iter().find(|document| document.id == id);
                document.map_or_else(|| t!("case-answer-document"), document_text)
            };
            answer_row(field, case.answers.get(field.id.as_str()), file_name)
        })
        .collect_view();
    (rows, documents)
}

/// The customer's moves open now. Answering the company's questions and
/// escalating have forms of their own (`AnswerQuestions`, `Escalate`); a
/// request (a manager's review, an early referral) says what it does and
/// is sent from the panel that says so; withdrawing, which cannot be
/// undone, comes last, as a link to a page of its own that asks to be sure.
#[component]
fn Actions(
    actions: Vec<CaseAction>,
    policy: &'static Policy,
    case: Case,
    code: String,
    on_update: Callback<Case>,
) -> impl IntoView {
    if actions.is_empty() {
        return ().into_any();
    }
    let reference = case.reference.clone();
    let kind = case.kind.as_str();
    let forms = expect_context::<CaseForms>();
    let answer = actions.iter().any(|a| a.action == EventKind::InformationSupplied).then(|| {
        let (case, code) = (case.clone(), code.clone());
        lazy_part(move || (forms.answer)(policy, case.clone(), code.clone(), on_update))
    });
    let escalation = actions.iter().find(|a| a.action == EventKind::Escalated).and_then(|a| {
        let kind = policy.kind(a.to_kind?)?;
        let (case, code, open_until) = (case.clone(), code.clone(), a.open_until);
        Some(lazy_part(move || (forms.escalate)(policy, kind, open_until, case.clone(), code.clone(), on_update)))
    });
    let problem = RwSignal::new(Vec::<Problem>::new());
    let sent = RwSignal::new(0u32);
    let busy = RwSignal::new(false);
    let open = RwSignal::new(None::<EventKind>);
    let run = move |action: EventKind| {
        let (reference, code) = (reference.clone(), code.clone());
        move |_| {
            if !begin_send(busy, sent) {
                return;
            }
            problem.set(Vec::new());
            busy.set(true);
            let (reference, code) = (reference.clone(), code.clone());
            let body = Action { action, message: None, fields: None, documents: Vec::new() };
            leptos::task::spawn_local(async move {
                match api::act(&reference, &code, &body).await {
                    Ok(case) => on_update.run(case),
                    Err(failure) => {
                        problem.set(vec![Problem { target: "actions".into(), message: failure_text(&failure) }])
                    }
                }
                busy.set(false);
            });
        }
    };
    let scheme = policy.adr.as_ref().map(|scheme| scheme.name.clone()).unwrap_or_default();
    let requests = actions
        .iter()
        .map(|a| a.action)
        .filter(|action| matches!(action, EventKind::ManagerReviewRequested | EventKind::AdrReferralRequested))
        .map(|action| {
            let panel = format!("request-{}", action.as_str());
            let name = policy.name.clone();
            let explained = t!("case-request-explained", action = action.as_str(), provider = name, scheme = scheme.clone());
            view! {
                <div class="action">
                    <button
                        type="button"
                        class="button button--secondary"
                        data-action=action.as_str()
                        aria-expanded=move || (open.get() == Some(action)).to_string()
                        aria-controls=panel.clone()
                        on:click=move |_| open.update(|o| *o = if *o == Some(action) { None } else { Some(action) })
                    >
                        {i18n::text(labels::action(action), &[])}
                    </button>
                    <div class="action__panel" id=panel hidden=move || open.get() != Some(action)>
                        <p class="body">{explained}</p>
                        <button type="button" class="button" data-send=action.as_str() disabled=move || busy.get() on:click=run(action)>
                            {t!("case-request-send")}
                        </button>
                    </div>
                </div>
            }
        })
        .collect_view();
    let withdraw = actions.iter().any(|a| a.action == EventKind::Withdrawn).then(|| {
        view! {
            <p class="action action--last">
                <a href=format!("/status/{}/withdraw#{}", case.reference, access_code()) data-action="withdrawn">
                    {t!("action-withdrawn", kind = kind)}
                </a>
            </p>
        }
    });
    view! {
        <section class="actions" id="actions" aria-labelledby="actions-title">
            <h2 class="heading-m" id="actions-title">{t!("case-actions-title")}</h2>
            <ErrorSummary problems=Signal::from(problem) sent />
            {answer}
            {escalation}
            {requests}
            {withdraw}
        </section>
    }
    .into_any()
}
