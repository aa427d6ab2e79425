//! The staff part of the app (see `Part`): a provider's complaints team
//! signs in, works its queue and handles its cases (`redress_app::staff`).
//! Customers never download it: the server sends its page, `staff.html`,
//! for `/staff` and below only.
//!
//! The queue is the first download; a case, the sign-in and the reports
//! are split points, downloaded when first shown (see `lazy_page`).

use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use redress_app::Loaded;
use redress_app::pages::not_found::NotFound;
use redress_app::router::Route;
use redress_app::staff::LaterPages;
use redress_app::staff::case::StaffCase;
use redress_app::staff::report::StaffReport;
use redress_app::staff::sign_in::SignIn;

fn main() {
    redress_app::start(redress_app::Part::Staff, pages);
}

fn pages(route: Route) -> AnyView {
    match route {
        Route::Staff { path } => redress_app::staff::page(&path, LATER_PAGES),
        _ => NotFound().into_any(),
    }
}

const LATER_PAGES: LaterPages = LaterPages {
    case: |reference| Box::pin(case_page(reference)),
    sign_in: || Box::pin(sign_in_page()),
    report: || Box::pin(report_page()),
};

#[wasm_split(staff_case_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn case_page(reference: String) -> Loaded {
    Ok(view! { <StaffCase reference /> }.into_any())
}

#[wasm_split(staff_sign_in_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sign_in_page() -> Loaded {
    Ok(SignIn().into_any())
}

#[wasm_split(staff_report_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn report_page() -> Loaded {
    Ok(StaffReport().into_any())
}
