//! The start page: choose the company to complain to.

use leptos::prelude::*;
use redress_core::policy::{self, Policy};

use crate::components::layout::set_title;
use crate::i18n;
use crate::labels;
use crate::t;

#[component]
pub fn Start() -> impl IntoView {
    Effect::new(move |_| set_title(&t!("start-title"), false));
    let providers = policy::all().iter().map(|policy| view! { <ProviderCard policy /> }).collect_view();
    view! {
        <h1 class="heading-xl">{t!("start-title")}</h1>
        <p class="lead">{t!("start-lead")}</p>
        <h2 class="heading-m" id="choose-provider">{t!("start-choose-provider")}</h2>
        <ul class="provider-list" aria-labelledby="choose-provider">{providers}</ul>
        <p class="body"><a href="/status">{t!("start-already-complained")}</a></p>
    }
}

#[component]
fn ProviderCard(policy: &'static Policy) -> impl IntoView {
    let kinds = move || {
        let names: Vec<String> =
            policy.kinds.iter().filter(|k| k.direct).map(|k| i18n::text(labels::kind(k.id), &[])).collect();
        names.join(" · ")
    };
    let languages: Vec<&str> = policy.languages.iter().map(|l| l.autonym()).collect();
    let channels = policy.channels.iter().filter(|c| c.usable()).count();
    view! {
        <li class="provider-card" data-provider=policy.id.clone()>
            <h3 class="heading-s provider-card__name">
                <a href=format!("/{}", policy.id)>{policy.name.clone()}</a>
            </h3>
            <dl class="provider-card__facts">
                <dt>{t!("start-provider-jurisdiction")}</dt>
                <dd>{i18n::text(labels::jurisdiction(policy.jurisdiction), &[])}</dd>
                <dt>{t!("start-provider-kinds")}</dt>
                <dd>{kinds}</dd>
                <dt>{t!("start-provider-languages")}</dt>
                <dd>{languages.join(", ")}</dd>
            </dl>
            {(channels > 0).then(|| view! { <p class="provider-card__channels">{t!("start-provider-channels", count = channels)}</p> })}
        </li>
    }
}
