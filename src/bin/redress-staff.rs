//! The staff part of the app (see `Part`): a provider's complaints team
//! signs in, works its queue and handles its cases (`redress_app::staff`).
//! Customers never download it: the server sends its page, `staff.html`,
//! for `/staff` and below only.

use leptos::prelude::*;
use redress_app::pages::not_found::NotFound;
use redress_app::router::Route;

fn main() {
    redress_app::start(redress_app::Part::Staff, pages);
}

fn pages(route: Route) -> AnyView {
    match route {
        Route::Staff { path } => redress_app::staff::page(&path),
        _ => NotFound().into_any(),
    }
}
