//! Merging a duplicate into the customer's other case: the form that asks
//! for the case to keep and confirms before it merges, and what a merged
//! case and the case kept say of it.

use leptos::prelude::*;

use redress_core::customer;
use redress_core::validation::Answers;

use super::api::{self, Merge};
use super::case::Done;
use super::kept_form::{self, KeptForm};
use crate::api::Failure;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::i18n::{self, format};
use crate::router::navigate;
use crate::t;

/// The reference typed, by its name in the kept form.
const INTO: &str = "into";

/// Why the server refused a merge, in words for the member.
pub fn refusal(failure: &Failure) -> String {
    match failure {
        Failure::Refused { code, .. } => match code.as_str() {
            "merge_unknown_case" => t!("staff-merge-error-unknown"),
            "merge_same_case" => t!("staff-merge-error-same"),
            "merge_not_same_customer" => t!("staff-merge-error-customer"),
            "case_merged" => t!("staff-merge-error-merged"),
            _ => t!("staff-unavailable"),
        },
        _ => t!("staff-unavailable"),
    }
}

/// On a duplicate: where it went, and that its steps are taken there.
pub fn merged_into(merge: &Merge) -> impl IntoView + use<> {
    let href = format!("/staff/cases/{}", merge.reference);
    view! {
        <div class="notification" id="merged-into">
            <p>
                {t!("staff-merged-into", date = format::instant(i18n::lang(), merge.at), name = merge.by.clone())}" "
                <a href=href>{merge.reference.clone()}</a>
            </p>
        </div>
    }
}

/// On the case kept: the duplicates merged into it.
pub fn merged(merged: &[Merge]) -> Option<impl IntoView + use<>> {
    if merged.is_empty() {
        return None;
    }
    let items = merged
        .iter()
        .map(|merge| {
            let href = format!("/staff/cases/{}", merge.reference);
            view! {
                <li>
                    <a href=href>{merge.reference.clone()}</a>
                    " · "{format::instant(i18n::lang(), merge.at)}" · "{merge.by.clone()}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h2 class="heading-m">{t!("staff-merged-title")}</h2>
        <ul class="list" id="merged">{items}</ul>
    })
}

/// The reference of the case to keep, checked against it (the same
/// customer, by the core's rule) before the member is asked to confirm,
/// naming its customer; once merged, the case kept is shown, saying so.
/// What is typed is kept in the tab, across a change of language.
#[component]
pub fn MergeForm(reference: String, answers: Answers) -> impl IntoView {
    let into = RwSignal::new(KeptForm::load(&reference, kept_form::MERGE).get(INTO));
    {
        let reference = reference.clone();
        Effect::new(move |_| {
            KeptForm::save(&reference, kept_form::MERGE, &[(INTO, &into.get())], Vec::new());
        });
    }
    // The case to keep and its customer, once the member has confirmed it is theirs to merge into.
    let confirming = RwSignal::new(None::<(String, String)>);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sent = RwSignal::new(0u32);
    let busy = RwSignal::new(false);
    let fail = move |message: String| {
        problems.set(vec![Problem { target: "merge-into".into(), message }]);
        sent.update(|n| *n += 1);
    };
    let ask = {
        let reference = reference.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let typed = redress_core::references::normalise_reference(&into.get_untracked());
            if typed.is_empty() {
                return fail(t!("staff-merge-error-empty"));
            }
            if typed == reference {
                return fail(t!("staff-merge-error-same"));
            }
            let answers = answers.clone();
            leptos::task::spawn_local(async move {
                match api::case(&typed).await {
                    Ok(other) if other.work.merged_into.is_some() => fail(t!("staff-merge-error-merged")),
                    Ok(other) if !customer::same_customer(&answers, &other.answers) => {
                        fail(t!("staff-merge-error-customer"))
                    }
                    Ok(other) => {
                        problems.set(Vec::new());
                        let who = customer::name(&other.answers).unwrap_or_default();
                        confirming.set(Some((other.reference, who)));
                        super::focus_when_drawn("merge-confirm");
                    }
                    Err(Failure::NotFound) => fail(t!("staff-merge-error-unknown")),
                    Err(failure) => fail(refusal(&failure)),
                }
            });
        }
    };
    let merge = move || {
        let Some((into, _)) = confirming.get_untracked() else { return };
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let reference = reference.clone();
        leptos::task::spawn_local(async move {
            match api::merge(&reference, &into).await {
                Ok(kept) => {
                    KeptForm::clear(&reference, kept_form::MERGE);
                    Done::say_on_next_page(t!("staff-done-merged", reference = reference.clone()));
                    navigate(&format!("/staff/cases/{}", kept.reference));
                }
                Err(failure) => {
                    busy.set(false);
                    confirming.set(None);
                    fail(refusal(&failure));
                }
            }
        });
    };
    let cancel = move |_| {
        confirming.set(None);
        super::focus_when_drawn("merge-into");
    };
    view! {
        <h2 class="heading-m">{t!("staff-merge-title")}</h2>
        <p class="body">{t!("staff-merge-body")}</p>
        <ErrorSummary problems=Signal::derive(move || problems.get()) sent />
        <form novalidate on:submit=ask id="merge-form">
            <div class="form-group" class:form-group--error=move || problems.with(|p| !p.is_empty())>
                <label class="label" for="merge-into">{t!("staff-merge-label")}</label>
                {super::field_error(problems, "merge-into")}
                <input class="input input--reference" type="text" id="merge-into" autocomplete="off" spellcheck="false"
                    aria-describedby=move || problems.with(|p| (!p.is_empty()).then_some("merge-into-error"))
                    prop:value=move || into.get()
                    on:input=move |ev| {
                        into.set(event_target_value(&ev));
                        confirming.set(None);
                    } />
            </div>
            <button type="submit" class="button button--secondary">{t!("staff-merge-button")}</button>
        </form>
        {move || confirming.get().map(|(into, who)| {
            let merge = merge.clone();
            view! {
                <div class="notification merge-confirm" id="merge-confirm" tabindex="-1" role="group"
                    aria-labelledby="merge-confirm-text">
                    <p id="merge-confirm-text">{t!("staff-merge-confirm", into = into, customer = who)}</p>
                    <div class="button-group">
                        <button type="button" class="button button--warning" disabled=move || busy.get()
                            on:click=move |_| merge()>{t!("staff-merge-yes")}</button>
                        <button type="button" class="link-button" on:click=cancel>{t!("staff-merge-cancel")}</button>
                    </div>
                </div>
            }
        })}
    }
}
