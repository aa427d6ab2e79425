//! What a policy promises, in the customer's words, as the company's page,
//! the confirmation and the case page all say it: what each date binds the
//! company to, the day a clock counts from, how the customer is kept
//! informed, and where a case can be checked later. Both parts of the app
//! show these, so their messages are in files both parts download.

use chrono::NaiveDate;
use leptos::prelude::*;
use redress_core::policy::{CaseKind, Milestone, MilestoneRole, Policy, Promise, Strength};

use crate::i18n::{self, format};
use crate::t;

/// What a milestone means for the customer: what the company must do, or
/// only aims to do, or may do; what the customer may do.
pub fn role_hint(milestone: &Milestone) -> String {
    let role = match (milestone.role, milestone.strength) {
        (MilestoneRole::Deadline, Strength::Aim) => "aim",
        (MilestoneRole::Deadline, _) if milestone.delay_notice => "deadline_or_notice",
        (MilestoneRole::Deadline, _) => "deadline",
        (MilestoneRole::Window, _) => "window",
        (MilestoneRole::Opens, _) => "opens",
        (MilestoneRole::Lapse, _) => "lapse",
        (MilestoneRole::MayClose, _) => "may_close",
    };
    t!("milestone-role", role = role)
}

/// The day a clock counts from, where it is the customer's first contact:
/// the one they gave, or the one the company's records show.
pub fn counted_from(day: NaiveDate, from_records: bool) -> String {
    let by = if from_records { "staff" } else { "customer" };
    t!("milestone-counted-from", date = format::date(i18n::lang(), day), by = by)
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

/// Where a case can be checked, for a printed page: the look-up page of
/// this portal.
pub fn status_address() -> String {
    format!("{}/status", window().location().origin().unwrap_or_default())
}
