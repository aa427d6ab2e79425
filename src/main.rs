//! The complaint part of the app (see `Part`): the start page, each
//! provider's page, the complaint wizard and its confirmation.
//!
//! The first download holds the wizard's pages of questions; the rest are
//! split points, downloaded when first shown (see `lazy_page`): the start
//! pages, which a company's link to its form skips, the uploads (documents
//! and a written authorization), checking the answers and sending them, and
//! the confirmation.

use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use redress_app::draft::Draft;
use redress_app::pages::complain::{self, Complain, LaterPages};
use redress_app::pages::{check::CheckAnswers, not_found::NotFound, provider::Provider, sent::Sent, start::Start};
use redress_app::router::Route;
use redress_app::{FileUpload, Loaded, file_upload, lazy_page, lazy_part};
use redress_core::policy::{CaseKind, Field, Policy};
use redress_core::validation::FieldErrors;

fn main() {
    redress_app::start(redress_app::Part::Complaint, pages);
}

fn pages(route: Route) -> AnyView {
    match route {
        Route::Start => lazy_page(|| Box::pin(start_page())),
        Route::Provider { provider } => lazy_page(move || Box::pin(provider_page(provider.clone()))),
        Route::Complain { provider, step } => view! { <Complain provider step later=LATER_PAGES /> }.into_any(),
        Route::Sent { provider } => lazy_page(move || Box::pin(sent_page(provider.clone()))),
        Route::StatusLookup | Route::Case { .. } | Route::Withdraw { .. } | Route::Staff { .. } | Route::NotFound => {
            NotFound().into_any()
        }
    }
}

const LATER_PAGES: LaterPages = LaterPages {
    check: |policy, draft| Box::pin(check_page(policy, draft)),
    documents: |policy, kind, draft, errors| Box::pin(documents_page(policy, kind, draft, errors)),
    file_upload: FileUpload(|provider, field, draft, errors| {
        lazy_part(move || Box::pin(file_upload_piece(provider, field, draft, errors)))
    }),
};

#[wasm_split(start_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn start_page() -> Loaded {
    Ok(Start().into_any())
}

#[wasm_split(provider_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn provider_page(provider: String) -> Loaded {
    Ok(view! { <Provider provider /> }.into_any())
}

#[wasm_split(check_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_page(policy: &'static Policy, draft: RwSignal<Draft>) -> Loaded {
    Ok(view! { <CheckAnswers policy draft /> }.into_any())
}

#[wasm_split(documents_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn documents_page(
    policy: &'static Policy,
    kind: &'static CaseKind,
    draft: RwSignal<Draft>,
    errors: RwSignal<FieldErrors>,
) -> Loaded {
    Ok(complain::documents(policy, kind, draft, errors))
}

#[wasm_split(file_upload_piece, wasm_split_path = ::leptos::wasm_split, fallible)]
fn file_upload_piece(
    provider: &'static str,
    field: &'static Field,
    draft: RwSignal<Draft>,
    errors: RwSignal<FieldErrors>,
) -> Loaded {
    Ok(file_upload(provider, field, draft, errors))
}

#[wasm_split(sent_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sent_page(provider: String) -> Loaded {
    Ok(view! { <Sent provider /> }.into_any())
}
