//! The case part of the app (see `Part`): looking up a case with its
//! reference and access code, and the case page with its actions.
//!
//! The case page's forms for answering the company's questions and for
//! escalating, with their fields and uploads, and the withdrawal page, are
//! split points, downloaded when an action opens one (see `lazy_page`). So
//! is the look-up form: a customer following the link to their case never
//! needs it.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use redress_app::api::Case;
use redress_app::pages::answer::AnswerQuestions;
use redress_app::pages::case::{CaseForms, CasePage};
use redress_app::pages::escalate::Escalate;
use redress_app::pages::withdraw::Withdraw;
use redress_app::pages::{not_found::NotFound, status::StatusLookup};
use redress_app::router::Route;
use redress_app::{Loaded, lazy_page};
use redress_core::policy::{CaseKind, Policy};

fn main() {
    redress_app::start(redress_app::Part::Case, pages);
}

fn pages(route: Route) -> AnyView {
    match route {
        Route::StatusLookup => lazy_page(|| Box::pin(status_page())),
        Route::Case { reference } => view! { <CasePage reference forms=CASE_FORMS withdrawing=false /> }.into_any(),
        Route::Withdraw { reference } => view! { <CasePage reference forms=CASE_FORMS withdrawing=true /> }.into_any(),
        Route::Start
        | Route::Provider { .. }
        | Route::Complain { .. }
        | Route::Sent { .. }
        | Route::Staff { .. }
        | Route::NotFound => NotFound().into_any(),
    }
}

const CASE_FORMS: CaseForms = CaseForms {
    answer: |policy, case, code, on_update| Box::pin(answer_form(policy, case, code, on_update)),
    escalate: |policy, kind, open_until, case, code, on_update| {
        Box::pin(escalation_form(policy, kind, open_until, case, code, on_update))
    },
    withdraw: |policy, case, code| Box::pin(withdraw_page(policy, case, code)),
};

#[wasm_split(status_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn status_page() -> Loaded {
    Ok(StatusLookup().into_any())
}

#[wasm_split(withdraw_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn withdraw_page(policy: &'static Policy, case: Case, code: String) -> Loaded {
    Ok(view! { <Withdraw policy case code /> }.into_any())
}

#[wasm_split(answer_form, wasm_split_path = ::leptos::wasm_split, fallible)]
fn answer_form(policy: &'static Policy, case: Case, code: String, on_update: Callback<Case>) -> Loaded {
    Ok(view! { <AnswerQuestions policy case code on_update /> }.into_any())
}

#[wasm_split(escalation_form, wasm_split_path = ::leptos::wasm_split, fallible)]
fn escalation_form(
    policy: &'static Policy,
    kind: &'static CaseKind,
    open_until: Option<NaiveDate>,
    case: Case,
    code: String,
    on_update: Callback<Case>,
) -> Loaded {
    Ok(view! { <Escalate policy kind open_until case code on_update /> }.into_any())
}
