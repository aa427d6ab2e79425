//! Pages, and parts of pages, whose code is downloaded only when they are
//! first shown.
//!
//! A function marked as a split point (`#[wasm_split(…, fallible)]`, see
//! `tools/wasm-split/link`) is cut out of the program's main download, with
//! the code only it uses; calling it downloads that piece first. The first
//! page of the wizard must work before anything else is downloaded, so what
//! a customer reaches later (the uploads, check your answers, the
//! confirmation; on the case page, the forms an action opens) and the start
//! pages, which a link from a company's site skips, are such functions. They
//! are declared in each program's own file (src/main.rs,
//! src/bin/redress-case.rs) and handed to the pages that show them, not
//! declared in this library: the linker keeps a split point, and all it
//! uses, in every program that links the library.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;

use crate::components::layout::set_title;
use crate::t;

/// What a split page function returns: the page, or why its code did not arrive.
pub type Loaded = Result<AnyView, SplitLoaderError>;

/// A call of a split page function, for a page that is handed one.
pub type PageFuture = Pin<Box<dyn Future<Output = Loaded>>>;

/// The page that `load` draws once its code has arrived: until then a line
/// saying it is loading; if the download fails, a message and a button that
/// tries again (the loader keeps no failure, so it downloads afresh).
pub fn lazy_page(load: impl Fn() -> PageFuture + Send + Sync + 'static) -> AnyView {
    lazy(Box::new(load), Scope::Page)
}

/// The same for a part of a page (a form's upload): the failure is told
/// beside it, without taking over the page's heading and title.
pub fn lazy_part(load: impl Fn() -> PageFuture + Send + Sync + 'static) -> AnyView {
    lazy(Box::new(load), Scope::Part)
}

#[derive(Clone, Copy, PartialEq)]
enum Scope {
    Page,
    Part,
}

/// Not generic, so that the program carries one copy of it however many
/// pages load this way.
fn lazy(load: Box<dyn Fn() -> PageFuture + Send + Sync>, scope: Scope) -> AnyView {
    let attempt = RwSignal::new(0u32);
    let view = move || {
        attempt.track();
        let view = load();
        Suspend::new(SendWrapper::new(async move {
            // The messages of the part's later pages come with the first of
            // them (`i18n::load_later`); `prefetch` has usually fetched them.
            let messages = crate::i18n::load_later(crate::i18n::lang()).await;
            match (view.await, messages) {
                (Ok(view), Ok(())) => view,
                _ => view! { <NotLoaded scope retry=move || attempt.update(|n| *n += 1) /> }.into_any(),
            }
        }))
    };
    // A page says the page is loading; a part, inside a page that is shown, only that it is.
    let loading = move || {
        let text = if scope == Scope::Page { t!("page-loading") } else { t!("part-loading") };
        view! { <p class="loading" role="status">{text}</p> }
    };
    view! { <Suspense fallback=loading>{view}</Suspense> }.into_any()
}

#[component]
fn NotLoaded(scope: Scope, retry: impl Fn() + 'static) -> impl IntoView {
    let heading = (scope == Scope::Page).then(|| {
        set_title(&t!("page-not-loaded-title"), false);
        view! { <h1 class="heading-xl">{t!("page-not-loaded-title")}</h1> }
    });
    view! {
        {heading}
        <p role="alert">{t!("page-not-loaded-body")}</p>
        <button type="button" class="button" on:click=move |_| retry()>{t!("page-not-loaded-retry")}</button>
    }
}
