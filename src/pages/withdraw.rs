//! Withdrawing a case: a page of its own, reached from the case page's last
//! link, that says what withdrawing means and that it cannot be undone,
//! with a plain way back. Only its one button withdraws, once however often
//! it is pressed; then the case page shows the case as withdrawn.

use leptos::prelude::*;
use redress_core::policy::{EventKind, Policy};

use crate::api::{self, Action, Case};
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::layout::provider_caption;
use crate::pages::case::failure_text;
use crate::router::redirect;
use crate::t;

/// The page's heading, which is also its title.
pub fn withdraw_title(case: &Case) -> String {
    if withdrawable(case) {
        t!("withdraw-title", kind = case.kind.as_str())
    } else {
        t!("withdraw-not-possible", kind = case.kind.as_str())
    }
}

fn withdrawable(case: &Case) -> bool {
    case.actions.iter().any(|a| a.action == EventKind::Withdrawn)
}

#[component]
pub fn Withdraw(policy: &'static Policy, case: Case, code: String) -> impl IntoView {
    let kind = case.kind.as_str();
    let case_page = format!("/status/{}#{code}", case.reference);
    let back = view! { <p class="body"><a href=case_page.clone() id="withdraw-back">{t!("withdraw-back", kind = kind)}</a></p> };
    if !withdrawable(&case) {
        return view! {
            {provider_caption(policy)}
            <h1 class="heading-l">{withdraw_title(&case)}</h1>
            {back}
        }
        .into_any();
    }
    let busy = RwSignal::new(false);
    let sent = RwSignal::new(0u32);
    let problem = RwSignal::new(Vec::<Problem>::new());
    let reference = case.reference.clone();
    let withdraw = {
        let case_page = case_page.clone();
        move |_| {
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            sent.update(|n| *n += 1);
            problem.set(Vec::new());
            let (reference, code, case_page) = (reference.clone(), code.clone(), case_page.clone());
            leptos::task::spawn_local(async move {
                let body = Action { action: EventKind::Withdrawn, message: None, fields: None, documents: Vec::new() };
                match api::act(&reference, &code, &body).await {
                    // In place of this page: Back does not lead to a question already answered.
                    Ok(_) => redirect(&case_page),
                    Err(failure) => {
                        problem.set(vec![Problem { target: "withdraw".into(), message: failure_text(&failure) }]);
                        busy.set(false);
                    }
                }
            });
        }
    };
    view! {
        <ErrorSummary problems=Signal::from(problem) sent />
        {provider_caption(policy)}
        <h1 class="heading-l">{withdraw_title(&case)}</h1>
        <p class="body">{t!("withdraw-body", kind = kind, provider = policy.name.clone())}</p>
        <div class="warning-text">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="warning-text__text">
                <span class="visually-hidden">{t!("app-warning-prefix")}</span>
                {t!("withdraw-warning", kind = kind)}
            </strong>
        </div>
        <button type="button" class="button button--warning" id="withdraw" disabled=move || busy.get() on:click=withdraw>
            {t!("withdraw-confirm", kind = kind)}
        </button>
        {back}
    }
    .into_any()
}
