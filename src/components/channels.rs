//! How else to reach a provider, from its policy: each channel with its
//! address, hours and notes, and the channels it says it does not accept.

use leptos::prelude::*;
use redress_core::policy::{ChannelKind, Policy};

use crate::i18n;
use crate::labels;
use crate::t;

#[component]
pub fn Channels(policy: &'static Policy) -> impl IntoView {
    let items = policy
        .channels
        .iter()
        .filter(|channel| channel.shown())
        .map(|channel| {
            let kind = channel.kind;
            let address = channel.address.clone().map(|address| {
                let link = match kind {
                    ChannelKind::Email => Some(format!("mailto:{address}")),
                    ChannelKind::Phone => Some(format!("tel:{}", address.replace(' ', ""))),
                    // A web address is written as people read it ("www.kite.mobi").
                    ChannelKind::Website | ChannelKind::WebForm | ChannelKind::LiveChat => {
                        Some(if address.starts_with("http") { address.to_string() } else { format!("https://{address}") })
                    }
                    _ => None,
                };
                match link {
                    Some(href) if channel.accepted => view! { <a href=href>{address}</a> }.into_any(),
                    _ => view! { <span class="address">{address}</span> }.into_any(),
                }
            });
            let purposes = channel.purposes.clone();
            let notes = channel.notes.clone();
            let hours = channel.hours.clone();
            let accepted = channel.accepted;
            view! {
                <li class="channel" class:channel--refused=!accepted>
                    <strong>{i18n::text(labels::channel(kind), &[])}</strong>
                    {move || {
                        (!purposes.is_empty())
                            .then(|| {
                                let names: Vec<String> =
                                    purposes.iter().map(|p| i18n::text(labels::channel_purpose(*p), &[])).collect();
                                format!(" ({})", names.join(", "))
                            })
                    }}
                    {address.map(|a| view! { <br />{a} })}
                    {hours.map(|h| {
                        view! { <br /><span class="hint">{t!("channel-hours-weekdays", opens = h.opens.clone(), closes = h.closes.clone())}</span> }
                    })}
                    {move || {
                        notes.iter().map(|n| view! { <br /><span class="hint">{i18n::text(labels::channel_note(*n), &[])}</span> }).collect_view()
                    }}
                    {(!accepted).then(|| view! { <br /><strong class="refused">{t!("channel-not-accepted")}</strong> })}
                </li>
            }
        })
        .collect_view();
    if !policy.channels.iter().any(|channel| channel.shown()) {
        return view! { <p class="body" id="no-channels">{t!("channel-none")}</p> }.into_any();
    }
    view! { <ul class="channel-list">{items}</ul> }.into_any()
}
