//! The staff part of the app (`src/bin/redress-staff.rs`): a provider's
//! complaints team signs in with a code sent by email, works its queue by
//! deadline, and handles a case with the steps its policy allows now.
//! Customers never download it: the server sends `staff.html`, which loads
//! it, for `/staff` and below only, and no customer page links here.
//!
//! Plain logic (which page an address is, how a deadline reads) lives in
//! plain functions with tests; the components bind signals to them.

pub mod api;
pub mod case;
mod console;
mod kept_form;
mod merge;
mod queue;
pub mod report;
pub mod sign_in;
mod step_documents;

use leptos::prelude::*;

use crate::components::error_summary::Problem;
use crate::components::lazy_page::{PageFuture, lazy_page};
use crate::t;

/// The console's pages whose code is downloaded when first shown (see
/// `lazy_page`): the program makes them split points
/// (src/bin/redress-staff.rs), so that the queue, where a member's day
/// starts, comes first and alone.
#[derive(Clone, Copy)]
pub struct LaterPages {
    /// A case (`case::StaffCase`), by its reference.
    pub case: fn(String) -> PageFuture,
    /// Signing in (`sign_in::SignIn`), needed once a working day.
    pub sign_in: fn() -> PageFuture,
    /// The reports (`report::StaffReport`), looked at now and then.
    pub report: fn() -> PageFuture,
}

/// A page of the console, from its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffPage {
    /// The work queue, `/staff`.
    Queue,
    /// Asking for a code and typing it, `/staff/sign-in`.
    SignIn,
    /// One case, `/staff/cases/<reference>`.
    Case {
        reference: String,
    },
    /// The reports, `/staff/reports`.
    Reports,
    NotFound,
}

impl StaffPage {
    pub fn parse(path: &str) -> StaffPage {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            ["staff"] => StaffPage::Queue,
            ["staff", "sign-in"] => StaffPage::SignIn,
            ["staff", "reports"] => StaffPage::Reports,
            ["staff", "cases", reference] => StaffPage::Case { reference: reference.to_string() },
            _ => StaffPage::NotFound,
        }
    }
}

/// The page for `path` (an address under `/staff`).
pub fn page(path: &str, later: LaterPages) -> AnyView {
    match StaffPage::parse(path) {
        StaffPage::SignIn => lazy_page(later.sign_in),
        StaffPage::Queue => view! { <console::SignedIn><queue::Queue /></console::SignedIn> }.into_any(),
        StaffPage::Case { reference } => {
            let case = move || (later.case)(reference.clone());
            view! { <console::SignedIn>{lazy_page(case.clone())}</console::SignedIn> }.into_any()
        }
        StaffPage::Reports => view! { <console::SignedIn>{lazy_page(later.report)}</console::SignedIn> }.into_any(),
        StaffPage::NotFound => crate::pages::not_found::NotFound().into_any(),
    }
}

/// A stage as the team reads it: the customer's page says "waiting for your
/// reply" to the customer; the console, waiting for the customer.
pub fn stage_label(stage: redress_core::lifecycle::Stage) -> &'static str {
    match stage {
        redress_core::lifecycle::Stage::AwaitingCustomer => crate::msg!("staff-stage-awaiting-customer"),
        stage => crate::labels::stage(stage),
    }
}

/// Moves the focus to element `id` once it is drawn.
pub(super) fn focus_when_drawn(id: &'static str) {
    set_timeout(
        move || {
            if let Some(element) = document().get_element_by_id(id) {
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(element).focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The error of field `target`, under its label, if it has one.
pub(super) fn field_error(problems: RwSignal<Vec<Problem>>, target: &'static str) -> impl IntoView {
    move || {
        problems.with(|list| list.iter().find(|p| p.target == target).map(|p| p.message.clone())).map(|message| {
            view! {
                <p class="error-message" id=format!("{target}-error")>
                    <span class="visually-hidden">{t!("app-error-prefix")}</span>
                    {message}
                </p>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_address_under_staff_is_its_page() {
        assert_eq!(StaffPage::parse("/staff"), StaffPage::Queue);
        assert_eq!(StaffPage::parse("/staff/"), StaffPage::Queue);
        assert_eq!(StaffPage::parse("/staff/sign-in"), StaffPage::SignIn);
        assert_eq!(StaffPage::parse("/staff/reports"), StaffPage::Reports);
        assert_eq!(
            StaffPage::parse("/staff/cases/RD-ABCDE-12345"),
            StaffPage::Case { reference: "RD-ABCDE-12345".into() }
        );
        assert_eq!(StaffPage::parse("/staff/cases"), StaffPage::NotFound);
        assert_eq!(StaffPage::parse("/staff/cases/a/b"), StaffPage::NotFound);
    }
}
