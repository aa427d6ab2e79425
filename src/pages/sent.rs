//! The confirmation: the reference and access code (shown this once), the
//! link to the case, every deadline with its date, what happens next, other
//! ways to reach the company, and how to escalate later.

use leptos::prelude::*;
use redress_core::policy::{AdrScheme, EventKind, KindId, Policy};

use crate::components::channels::Channels;
use crate::components::layout::set_title;
use crate::components::promises::{counted_from, promises, role_hint, status_address};
use crate::i18n::{self, format};
use crate::labels;
use crate::served_policy;
use crate::storage;
use crate::t;

#[component]
pub fn Sent(provider: String) -> impl IntoView {
    let Some(policy) = served_policy::find(&provider) else {
        return crate::pages::not_found::NotFound().into_any();
    };
    let Some(receipt) = storage::load_receipt(&policy.id) else {
        return view! { <NoReceipt policy /> }.into_any();
    };
    let kind = receipt.kind.map_or("complaint", KindId::as_str);
    let kind_policy = policy.kind(receipt.kind.unwrap_or(KindId::Complaint));
    Effect::new(move |_| set_title(&t!("sent-title", kind = kind), false));
    let case_link = format!("/status/{}#{}", receipt.reference, receipt.access_code);
    let copied = RwSignal::new(false);
    let copy_text = format!("{} {}", receipt.reference, receipt.access_code);
    let copy = move |_| {
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&copy_text);
        copied.set(true);
    };
    let milestones = receipt
        .milestones
        .iter()
        .map(|m| {
            let (name, due) = (m.name, m.due);
            let hint = kind_policy.and_then(|k| k.milestone(name)).map(role_hint);
            let from = m.counted_from.map(|day| counted_from(day, false));
            view! {
                <div class="summary-list__row" data-milestone=name.as_str()>
                    <dt class="summary-list__key">{i18n::text(labels::milestone(name), &[])}</dt>
                    <dd class="summary-list__value">
                        {format::date(i18n::lang(), due)}
                        <span class="hint">{hint.unwrap_or_default()}</span>
                        {from.map(|text| view! { <span class="hint counted-from">{text}</span> })}
                    </dd>
                </div>
            }
        })
        .collect_view();
    let reference = receipt.reference.clone();
    let code = receipt.access_code.clone();
    // The receipt names the day the scheme opens only for a customer it takes.
    let opens_for_customer = |scheme: &&AdrScheme| receipt.milestones.iter().any(|m| m.name == scheme.eligible_from);
    let adr = policy.adr.as_ref().filter(opens_for_customer).map(|scheme| {
        view! { <p class="body">{t!("sent-adr-later", scheme = scheme.name.clone())}</p> }
    });
    view! {
        <div class="panel panel--confirmation">
            <h1 class="panel__title">{t!("sent-title", kind = kind)}</h1>
            <div class="panel__body">
                {t!("sent-reference-label")}
                <br />
                <strong class="reference" id="reference">{reference.clone()}</strong>
            </div>
        </div>
        <h2 class="heading-m">{t!("sent-access-title")}</h2>
        <p class="body">
            {if receipt.emailed { t!("sent-access-body-emailed", kind = kind) } else { t!("sent-access-body", kind = kind) }}
        </p>
        <p class="access-code"><strong id="access-code">{code.clone()}</strong></p>
        <p class="no-print">
            <button type="button" class="button button--secondary" on:click=copy>{t!("sent-copy")}</button>
            " "
            <button type="button" class="button button--secondary" on:click=move |_| {
                let _ = window().print();
            }>
                {t!("sent-print")}
            </button>
        </p>
        <p role="status" aria-live="polite">{move || copied.get().then(|| t!("sent-copied"))}</p>
        <p class="body"><a href=case_link id="case-link">{t!("sent-case-link", kind = kind)}</a></p>
        <p class="body print-only">{t!("sent-print-address", address = status_address())}</p>
        <h2 class="heading-m">{t!("sent-next-title")}</h2>
        <dl class="summary-list" id="milestones">{milestones}</dl>
        {kind_policy.map(|k| promises(policy, k))}
        <p class="body">{t!("sent-next-body", provider = policy.name.clone(), kind = kind)}</p>
        <h2 class="heading-m">{t!("sent-escalate-title")}</h2>
        <p class="body">{t!("sent-escalate-body", next = next_step(policy))}</p>
        {adr}
        <h2 class="heading-m">{t!("sent-contact-title", provider = policy.name.clone())}</h2>
        <Channels policy />
    }
    .into_any()
}

/// The customer's next step the confirmation names: only one the policy offers.
fn next_step(policy: &Policy) -> &'static str {
    let offers = |event| policy.kinds.iter().any(|kind| kind.customer_actions.contains(&event));
    if offers(EventKind::ManagerReviewRequested) {
        "manager"
    } else if offers(EventKind::Escalated) {
        "escalate"
    } else {
        "none"
    }
}

/// A reload after the tab forgot the receipt, or a link shared by mistake.
#[component]
fn NoReceipt(policy: &'static Policy) -> impl IntoView {
    Effect::new(move |_| set_title(&t!("sent-missing-title"), false));
    view! {
        <h1 class="heading-l">{t!("sent-missing-title")}</h1>
        <p class="body">{t!("sent-missing-body")}</p>
        <p class="body"><a href="/status">{t!("app-check-status")}</a></p>
        <p class="body"><a href=format!("/{}", policy.id)>{t!("provider-start")}</a></p>
    }
}
