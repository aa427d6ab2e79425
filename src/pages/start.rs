//! The start page: find the company to complain to. The providers come
//! from the server (`GET /api/providers`), which may run a thousand; the
//! search asks it again as the customer types.

use leptos::prelude::*;

use crate::api::{self, Failure, ProviderSummary};
use crate::components::layout::set_title;
use crate::i18n;
use crate::labels;
use crate::t;

#[component]
pub fn Start() -> impl IntoView {
    Effect::new(move |_| set_title(&t!("start-title"), false));
    // The search is kept in the address (`?q=`), so that Back from a
    // company's page finds it as it was left.
    let search = RwSignal::new(searched());
    let found = RwSignal::new(None::<Result<Vec<ProviderSummary>, Failure>>);
    // Each change of the search asks again; an answer to an older search,
    // arriving late, is dropped.
    let asked = StoredValue::new(0u32);
    Effect::new(move |_| {
        let words = search.get();
        keep_in_address(&words);
        asked.update_value(|n| *n += 1);
        let this = asked.get_value();
        leptos::task::spawn_local(async move {
            let answer = api::providers(&words).await;
            if asked.get_value() == this {
                found.set(Some(answer));
            }
        });
    });
    // What a screen reader hears as the customer types: one short line, how
    // many were found (or that none was), never the cards themselves.
    let status = move || match found.get() {
        None => t!("page-loading"),
        Some(Err(failure)) => failure_text(&failure),
        Some(Ok(providers)) if providers.is_empty() => t!("start-search-none", search = search.get_untracked()),
        Some(Ok(providers)) => t!("start-search-found", count = providers.len()),
    };
    let results = move || match found.get() {
        Some(Ok(providers)) if !providers.is_empty() => {
            let cards = providers.into_iter().map(|provider| view! { <ProviderCard provider /> }).collect_view();
            Some(view! { <ul class="provider-list" aria-labelledby="choose-provider">{cards}</ul> })
        }
        _ => None,
    };
    view! {
        <h1 class="heading-xl">{t!("start-title")}</h1>
        <p class="lead">{t!("start-lead")}</p>
        <h2 class="heading-m" id="choose-provider">{t!("start-choose-provider")}</h2>
        <div class="form-group">
            <label class="label" for="provider-search">{t!("start-search-label")}</label>
            <input
                class="input input--search"
                type="search"
                id="provider-search"
                autocomplete="off"
                spellcheck="false"
                prop:value=search
                on:input=move |event| search.set(event_target_value(&event))
            />
        </div>
        <p class="body" role="status" id="search-status">{status}</p>
        {results}
        <p class="body"><a href="/status">{t!("start-already-complained")}</a></p>
    }
}

/// The search in the address, if the page was left with one.
fn searched() -> String {
    let query = window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&query).ok().and_then(|params| params.get("q")).unwrap_or_default()
}

/// Writes `words` into the address as `?q=` (none when empty), in place of
/// the current entry, keeping the other parameters (`lang`).
fn keep_in_address(words: &str) {
    let location = window().location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default()) else { return };
    if words.is_empty() {
        params.delete("q");
    } else {
        params.set("q", words);
    }
    let query = String::from(params.to_string());
    let path = location.pathname().unwrap_or_default();
    let address = if query.is_empty() { path } else { format!("{path}?{query}") };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// Why the providers could not be listed.
fn failure_text(failure: &Failure) -> String {
    match failure {
        Failure::RateLimited { retry_after } => t!("app-error-rate-limited", seconds = *retry_after as i64),
        Failure::Unavailable => t!("app-error-unavailable"),
        _ => t!("app-error-network"),
    }
}

#[component]
fn ProviderCard(provider: ProviderSummary) -> impl IntoView {
    let kinds = {
        let kinds = provider.kinds.clone();
        move || {
            let names: Vec<String> =
                kinds.iter().filter(|k| k.direct).map(|k| i18n::text(labels::kind(k.id), &[])).collect();
            names.join(" · ")
        }
    };
    let languages: Vec<&str> = provider.languages.iter().map(|l| l.autonym()).collect();
    let channels = provider.channels;
    view! {
        <li class="provider-card" data-provider=provider.id.clone()>
            <h3 class="heading-s provider-card__name">
                <a href=format!("/{}", provider.id)>{provider.name.clone()}</a>
            </h3>
            <dl class="provider-card__facts">
                <dt>{t!("start-provider-jurisdiction")}</dt>
                <dd>{i18n::text(labels::jurisdiction(provider.jurisdiction), &[])}</dd>
                <dt>{t!("start-provider-kinds")}</dt>
                <dd>{kinds}</dd>
                <dt>{t!("start-provider-languages")}</dt>
                <dd>{languages.join(", ")}</dd>
            </dl>
            {(channels > 0).then(|| view! { <p class="provider-card__channels">{t!("start-provider-channels", count = channels)}</p> })}
        </li>
    }
}
