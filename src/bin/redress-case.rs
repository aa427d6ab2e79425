//! The case part of the app (see `Part`): looking up a case with its
//! reference and access code, and the case page with its actions.

use leptos::prelude::*;
use redress_app::pages::{case::CasePage, not_found::NotFound, status::StatusLookup};
use redress_app::router::Route;

fn main() {
    redress_app::start(redress_app::Part::Case, pages);
}

fn pages(route: Route) -> AnyView {
    match route {
        Route::StatusLookup => StatusLookup().into_any(),
        Route::Case { reference } => view! { <CasePage reference /> }.into_any(),
        Route::Start | Route::Provider { .. } | Route::Complain { .. } | Route::Sent { .. } | Route::NotFound => {
            NotFound().into_any()
        }
    }
}
