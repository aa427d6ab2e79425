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
    let search = RwSignal::new(String::new());
    let found = RwSignal::new(None::<Result<Vec<ProviderSummary>, Failure>>);
    // Each change of the search asks again; an answer to an older search,
    // arriving late, is dropped.
    let asked = StoredValue::new(0u32);
    Effect::new(move |_| {
        let words = search.get();
        asked.update_value(|n| *n += 1);
        let this = asked.get_value();
        leptos::task::spawn_local(async move {
            let answer = api::providers(&words).await;
            if asked.get_value() == this {
                found.set(Some(answer));
            }
        });
    });
    let results = move || match found.get() {
        None => view! { <p class="loading" role="status">{t!("page-loading")}</p> }.into_any(),
        Some(Err(failure)) => view! { <p class="body" role="alert">{failure_text(&failure)}</p> }.into_any(),
        Some(Ok(providers)) if providers.is_empty() => {
            view! { <p class="body">{t!("start-search-none", search = search.get_untracked())}</p> }.into_any()
        }
        Some(Ok(providers)) => {
            let cards = providers.into_iter().map(|provider| view! { <ProviderCard provider /> }).collect_view();
            view! { <ul class="provider-list" aria-labelledby="choose-provider">{cards}</ul> }.into_any()
        }
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
        <div aria-live="polite">{results}</div>
        <p class="body"><a href="/status">{t!("start-already-complained")}</a></p>
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
