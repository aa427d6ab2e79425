//! A provider's own start page (`/kijoma`): what the form will ask, how the
//! company handles complaints and its deadlines, and other ways to reach it.

use leptos::prelude::*;
use redress_core::policy::{self, Anchor, CaseKind, Clock, Policy, Promise};

use crate::components::channels::Channels;
use crate::components::layout::set_title;
use crate::i18n;
use crate::labels;
use crate::pages::sent::role_hint;
use crate::t;

fn clock_text(clock: Clock) -> String {
    match clock {
        Clock::BusinessDays(n) => t!("provider-clock-business-days", count = i64::from(n)),
        Clock::Weeks(n) => t!("provider-clock-weeks", count = i64::from(n)),
        Clock::Months(n) => t!("provider-clock-months", count = i64::from(n)),
    }
}

/// What the policy promises about keeping the customer informed, beyond its
/// dates (Kontakt Home: every step reported, the status at any time).
pub fn promises(policy: &'static Policy, kind: &'static CaseKind) -> impl IntoView {
    let items = kind
        .promises
        .iter()
        .map(|promise| {
            let promise = match promise {
                Promise::EveryStepReported => "every_step",
                Promise::StatusAtAnyTime => "status",
            };
            view! { <li>{t!("provider-promise", provider = policy.name.clone(), promise = promise)}</li> }
        })
        .collect_view();
    (!kind.promises.is_empty()).then(|| view! { <ul class="list promises">{items}</ul> })
}

#[component]
pub fn Provider(provider: String) -> impl IntoView {
    let Some(policy) = policy::find(&provider) else {
        return crate::pages::not_found::NotFound().into_any();
    };
    Effect::new(move |_| set_title(&t!("provider-title", provider = policy.name.clone()), false));
    let kinds = policy
        .kinds
        .iter()
        .filter(|k| k.direct)
        .map(|kind| {
            let id = kind.id;
            let milestones = kind
                .milestones
                .iter()
                .map(|m| {
                    let from = match m.from {
                        Anchor::Receipt => "receipt",
                        Anchor::Response => "response",
                        Anchor::FirstContact => "first_contact",
                    };
                    let name = i18n::text(labels::milestone(m.name), &[]);
                    view! {
                        <li>
                            {t!("provider-clock-from", milestone = name, clock = clock_text(m.clock), from = from)}
                            " " <span class="hint">"(" {role_hint(m)} ")"</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3 class="heading-s">{i18n::text(labels::kind(id), &[])}</h3>
                <p class="body">{i18n::text(labels::kind_hint(id), &[])}</p>
                <ul class="list">{milestones}</ul>
                {promises(policy, kind)}
            }
        })
        .collect_view();
    view! {
        <h1 class="heading-xl">{t!("provider-title", provider = policy.name.clone())}</h1>
        <p class="lead">{t!("provider-lead")}</p>
        <a class="button button--start" href=format!("/{}/complain", policy.id) role="button" draggable="false">
            {t!("provider-start")}
        </a>
        <h2 class="heading-m">{t!("provider-deadlines-title")}</h2>
        <p class="body">{t!("provider-deadlines-body")}</p>
        {kinds}
        <h2 class="heading-m">{t!("sent-contact-title", provider = policy.name.clone())}</h2>
        <Channels policy />
    }
    .into_any()
}
