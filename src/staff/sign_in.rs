//! Signing in: the member's email address, then the code the letter
//! brings. The first answer never says whether the address has an account
//! (the server answers alike), so the page says where a code goes if it
//! does.

use leptos::prelude::*;

use super::api;
use crate::api::Failure;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::layout::set_title;
use crate::i18n;
use crate::router::navigate;
use crate::storage;
use crate::t;

/// Where to go once signed in: the page that sent the member here, if it
/// is a page of the console.
fn then_address() -> String {
    let search = window().location().search().unwrap_or_default();
    let then = web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get("then"));
    then_or_queue(then.as_deref())
}

/// `then` if it is an address of the console, else the queue: a link can
/// never send a member elsewhere after signing in.
pub fn then_or_queue(then: Option<&str>) -> String {
    match then {
        Some(path) if path == "/staff" || path.starts_with("/staff/") => path.to_string(),
        _ => "/staff".to_string(),
    }
}

/// The problem to show for a failed request, on the field it concerns.
fn problem(failure: &Failure, field: &str) -> Problem {
    let message = match failure {
        Failure::Invalid(_) if field == "code" => t!("staff-error-code-format"),
        Failure::Invalid(_) => t!("staff-error-email"),
        Failure::Refused { code, .. } if code == "code_not_accepted" => t!("staff-error-code-not-accepted"),
        Failure::RateLimited { retry_after } => t!("app-error-rate-limited", seconds = *retry_after as i64),
        Failure::Unavailable => t!("app-error-unavailable"),
        _ => t!("app-error-network"),
    };
    Problem { target: format!("sign-in-{field}"), message }
}

#[component]
pub fn SignIn() -> impl IntoView {
    let (kept_email, kept_asked) = storage::staff_sign_in();
    let email = RwSignal::new(kept_email);
    let code = RwSignal::new(String::new());
    // Whether the code was asked for: the page then asks for it.
    let asked = RwSignal::new(kept_asked);
    Effect::new(move |_| storage::save_staff_sign_in(&email.get(), asked.get()));
    let busy = RwSignal::new(false);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sent = RwSignal::new(0u32);
    Effect::new(move |_| {
        let heading = if asked.get() { t!("staff-code-title") } else { t!("staff-sign-in-title") };
        set_title(&heading, !problems.with(Vec::is_empty));
    });
    let fail = move |found: Problem| {
        problems.set(vec![found]);
        sent.update(|n| *n += 1);
        busy.set(false);
    };

    let ask = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let address = email.get_untracked().trim().to_string();
        if address.is_empty() || !redress_core::validation::is_email(&address) {
            return fail(Problem { target: "sign-in-email".into(), message: t!("staff-error-email") });
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::ask_for_code(&address, i18n::lang()).await {
                Ok(()) => {
                    problems.set(Vec::new());
                    busy.set(false);
                    asked.set(true);
                    // The code is all the next page asks for.
                    super::focus_when_drawn("sign-in-code");
                }
                Err(failure) => fail(problem(&failure, "email")),
            }
        });
    };

    let enter = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let typed: String = code.get_untracked().chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if typed.len() != 8 || !typed.bytes().all(|b| b.is_ascii_digit()) {
            return fail(Problem { target: "sign-in-code".into(), message: t!("staff-error-code-format") });
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api::sign_in(email.get_untracked().trim(), &typed).await {
                Ok(()) => {
                    storage::clear_staff_sign_in();
                    navigate(&then_address());
                }
                Err(failure) => fail(problem(&failure, "code")),
            }
        });
    };

    let group_class = move |target: &'static str| {
        move || {
            if problems.with(|list| list.iter().any(|p| p.target == target)) {
                "form-group form-group--error"
            } else {
                "form-group"
            }
        }
    };

    view! {
        <ErrorSummary problems=Signal::derive(move || problems.get()) sent />
        {move || if !asked.get() {
            view! {
                <h1 class="heading-l">{t!("staff-sign-in-title")}</h1>
                <p class="body">{t!("staff-sign-in-body")}</p>
                <form novalidate on:submit=ask>
                    <div class=group_class("sign-in-email")>
                        <label class="label" for="sign-in-email">{t!("staff-email-label")}</label>
                        {super::field_error(problems, "sign-in-email")}
                        <input class="input" type="email" id="sign-in-email" name="email" autocomplete="username"
                            spellcheck="false" prop:value=move || email.get()
                            on:input=move |ev| email.set(event_target_value(&ev)) />
                    </div>
                    <button type="submit" class="button" disabled=move || busy.get()>{t!("staff-send-code")}</button>
                </form>
            }
            .into_any()
        } else {
            view! {
                <h1 class="heading-l">{t!("staff-code-title")}</h1>
                <p class="body" role="status">{t!("staff-code-sent", email = email.get_untracked().trim().to_string())}</p>
                <form novalidate on:submit=enter>
                    <div class=group_class("sign-in-code")>
                        <label class="label" for="sign-in-code">{t!("staff-code-label")}</label>
                        <p class="hint" id="sign-in-code-hint">{t!("staff-code-hint")}</p>
                        {super::field_error(problems, "sign-in-code")}
                        <input class="input input--code" type="text" id="sign-in-code" name="code"
                            inputmode="numeric" autocomplete="one-time-code" spellcheck="false"
                            aria-describedby="sign-in-code-hint" prop:value=move || code.get()
                            on:input=move |ev| code.set(event_target_value(&ev)) />
                    </div>
                    <button type="submit" class="button" disabled=move || busy.get()>{t!("staff-sign-in")}</button>
                </form>
                <p class="body">
                    <button type="button" class="link-button" on:click=move |_| { code.set(String::new()); problems.set(Vec::new()); asked.set(false); }>
                        {t!("staff-code-again")}
                    </button>
                </p>
            }
            .into_any()
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_signing_in_only_a_page_of_the_console_is_followed() {
        assert_eq!(then_or_queue(Some("/staff/cases/RD-A")), "/staff/cases/RD-A");
        assert_eq!(then_or_queue(None), "/staff");
        assert_eq!(then_or_queue(Some("https://evil.example/staff")), "/staff");
        assert_eq!(then_or_queue(Some("//evil.example/staff")), "/staff");
        assert_eq!(then_or_queue(Some("/status/RD-A")), "/staff");
        assert_eq!(then_or_queue(Some("/staffing")), "/staff", "not the console's");
    }
}
