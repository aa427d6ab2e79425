//! The complaint part of the app (see `Part`): the start page, each
//! provider's page, the complaint wizard and its confirmation.

use leptos::prelude::*;
use redress_app::pages::{complain::Complain, not_found::NotFound, provider::Provider, sent::Sent, start::Start};
use redress_app::router::Route;

fn main() {
    redress_app::start(redress_app::Part::Complaint, pages);
}

fn pages(route: Route) -> AnyView {
    match route {
        Route::Start => Start().into_any(),
        Route::Provider { provider } => view! { <Provider provider /> }.into_any(),
        Route::Complain { provider, step } => view! { <Complain provider step /> }.into_any(),
        Route::Sent { provider } => view! { <Sent provider /> }.into_any(),
        Route::StatusLookup | Route::Case { .. } | Route::NotFound => NotFound().into_any(),
    }
}
