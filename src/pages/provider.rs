//! A provider's own start page (`/kijoma`): what the form will ask, how the
//! company handles complaints and its deadlines, and other ways to reach it.

use leptos::prelude::*;
use redress_core::policy::{Anchor, Clock, Holidays};

use crate::components::channels::Channels;
use crate::components::layout::set_title;
use crate::components::promises::{promises, role_hint};
use crate::i18n;
use crate::labels;
use crate::served_policy;
use crate::t;

fn clock_text(clock: Clock) -> String {
    match clock {
        Clock::BusinessDays(n) => t!("provider-clock-business-days", count = i64::from(n)),
        Clock::Weeks(n) => t!("provider-clock-weeks", count = i64::from(n)),
        Clock::Months(n) => t!("provider-clock-months", count = i64::from(n)),
    }
}

#[component]
pub fn Provider(provider: String) -> impl IntoView {
    let Some(policy) = served_policy::find(&provider) else {
        return crate::pages::not_found::NotFound().into_any();
    };
    Effect::new(move |_| set_title(&t!("provider-title", provider = policy.name.clone()), false));
    let languages: Vec<&str> = policy.languages.iter().map(|l| l.autonym()).collect();
    let languages = languages.join(", ");
    // Without a holiday calendar, working days are every weekday.
    let holidays = if policy.holidays.name == Holidays::NONE { "none" } else { "other" };
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
        <p class="body" id="provider-languages">{t!("provider-languages", provider = policy.name.clone(), languages = languages)}</p>
        // A link, announced as one: it goes to the form's first page.
        <a class="button button--start" href=format!("/{}/complain", policy.id) draggable="false">
            {t!("provider-start")}
        </a>
        <h2 class="heading-m">{t!("provider-deadlines-title")}</h2>
        <p class="body">{t!("provider-deadlines-body", holidays = holidays)}</p>
        {kinds}
        <h2 class="heading-m">{t!("sent-contact-title", provider = policy.name.clone())}</h2>
        <Channels policy />
    }
    .into_any()
}
