//! The frame of the console's pages for a signed-in member: who is signed
//! in, for which company, and signing out. Without a session, the sign-in
//! page, which comes back here afterwards.

use leptos::prelude::*;

use super::api::{self, Me};
use crate::api::Failure;
use crate::router::{navigate, redirect};
use crate::t;

/// The sign-in page's address, coming back to the current page.
pub fn sign_in_address() -> String {
    let here = window().location().pathname().unwrap_or_default();
    format!("/staff/sign-in?then={}", String::from(js_sys::encode_uri_component(&here)))
}

/// Shows `children` once the session is known to be on; sends the member
/// to sign in if it is not.
#[component]
pub fn SignedIn(children: ChildrenFn) -> impl IntoView {
    let me = RwSignal::new(None::<Result<Me, Failure>>);
    leptos::task::spawn_local(async move {
        let found = api::me().await;
        if matches!(found, Err(Failure::Refused { status: 401, .. })) {
            redirect(&sign_in_address());
            return;
        }
        me.set(Some(found));
    });
    let children = StoredValue::new(children);
    move || match me.get() {
        None => view! { <p class="loading" role="status">{t!("staff-loading")}</p> }.into_any(),
        Some(Err(_)) => view! {
            <h1 class="heading-l">{t!("staff-unavailable-title")}</h1>
            <p class="body">{t!("staff-unavailable")}</p>
        }
        .into_any(),
        Some(Ok(member)) => {
            provide_context(member.clone());
            view! {
                <div class="console-bar">
                    <p class="console-bar__who">{t!("staff-signed-in-as", name = member.name.clone(), provider = member.provider_name.clone())}</p>
                    {pages()}
                    <button type="button" class="button button--secondary console-bar__out" on:click=move |_| sign_out()>
                        {t!("staff-sign-out")}
                    </button>
                </div>
                {children.with_value(|children| children())}
            }
            .into_any()
        }
    }
}

/// The console's own pages, the one shown marked as such.
fn pages() -> impl IntoView {
    let here = window().location().pathname().unwrap_or_default();
    let link = |href: &'static str, label: String| {
        let current = if href == "/staff" { here == "/staff" || here == "/staff/" } else { here.starts_with(href) };
        view! {
            <li><a class="console-nav__link" href=href aria-current=current.then_some("page")>{label}</a></li>
        }
    };
    view! {
        <nav class="console-nav" aria-label=t!("staff-nav")>
            <ul class="console-nav__list">
                {link("/staff", t!("staff-nav-queue"))}
                {link("/staff/reports", t!("staff-nav-reports"))}
            </ul>
        </nav>
    }
}

fn sign_out() {
    leptos::task::spawn_local(async move {
        // Signed out or not, the server has forgotten the session or will
        // after 8 hours; the page goes to sign-in either way.
        let _ = api::sign_out().await;
        navigate("/staff/sign-in");
    });
}
