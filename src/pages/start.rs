//! The start page: choose the company to complain to.

use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};
use redress_core::policy::{self, Policy};

use crate::labels;

#[component]
pub fn Start() -> impl IntoView {
    let providers = policy::all().iter().map(|policy| view! { <ProviderCard policy /> }).collect_view();
    view! {
        <h1 class="heading-xl">{move_tr!("start-title")}</h1>
        <p class="lead">{move_tr!("start-lead")}</p>
        <h2 class="heading-m">{move_tr!("start-choose-provider")}</h2>
        <ul class="provider-list" aria-label=move_tr!("start-choose-provider")>{providers}</ul>
    }
}

#[component]
fn ProviderCard(policy: &'static Policy) -> impl IntoView {
    let kinds = move || {
        let names: Vec<String> = policy.kinds.iter().filter(|k| k.direct).map(|k| labels::kind(k.id)).collect();
        names.join(" · ")
    };
    let languages: Vec<&str> = policy.languages.iter().map(|l| labels::language_autonym(l.tag())).collect();
    view! {
        <li class="provider-card" data-provider=policy.id.clone()>
            <h3 class="heading-s provider-card__name">{policy.name.clone()}</h3>
            <dl class="provider-card__facts">
                <dt>{move_tr!("start-provider-jurisdiction")}</dt>
                <dd>{move || labels::jurisdiction(policy.jurisdiction)}</dd>
                <dt>{move_tr!("start-provider-kinds")}</dt>
                <dd>{kinds}</dd>
                <dt>{move_tr!("start-provider-languages")}</dt>
                <dd>{languages.join(", ")}</dd>
            </dl>
            <p class="provider-card__channels">
                {move || tr!("start-provider-channels", { "count" => policy.channels.iter().filter(|c| c.accepted).count() })}
            </p>
        </li>
    }
}
