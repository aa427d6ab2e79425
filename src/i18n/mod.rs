//! The app's languages. The active one is chosen from `?lang=`, then the
//! choice saved in this browser, then the browser's own preferences, else
//! English; only its messages are downloaded, and only those of the part of
//! the app that is running (`/locales/<part>/<lang>.ftl`, built from the
//! files `locales/parts.txt` lists for the part).
//!
//! Pages ask for text with the `t!` macro (a message id, then any
//! `name = value` arguments); inside a reactive closure it follows language
//! changes. Message ids that come from data go through `msg!`. `build.rs` checks every id named
//! either way against every language, so a missing message fails the build.

pub mod catalog;
pub mod format;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use redress_core::policy::Lang;

pub use catalog::{Arg, Catalog, Numbers};

/// A message id from data (a field, a milestone, a stage): the build checks it
/// like the ids in `t!`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $id
    };
}

/// The text of a message in the active language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// Where the chosen language is kept between visits.
const STORAGE_KEY: &str = "redress-lang";

#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: ReadSignal<Lang>,
    set_lang: WriteSignal<Lang>,
    /// Bumped when a catalog arrives, so text re-renders.
    loaded: RwSignal<u32>,
}

thread_local! {
    static CATALOGS: RefCell<HashMap<Lang, Rc<Catalog>>> = RefCell::new(HashMap::new());
    /// The messages of the part's later pages, by language, once one of those
    /// pages was shown (see `load_later`).
    static LATER: RefCell<HashMap<Lang, Rc<Catalog>>> = RefCell::new(HashMap::new());
    static ACTIVE: RefCell<Option<I18n>> = const { RefCell::new(None) };
}

/// The language to start in.
pub fn initial_language() -> Lang {
    let from_url = web_sys::UrlSearchParams::new_with_str(&window().location().search().unwrap_or_default())
        .ok()
        .and_then(|params| params.get("lang"))
        .and_then(|tag| Lang::parse(&tag));
    if let Some(lang) = from_url {
        save(lang);
        return lang;
    }
    let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()).and_then(|tag| Lang::parse(&tag));
    saved.or_else(navigator_language).unwrap_or(Lang::En)
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn save(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.tag());
    }
}

/// The first of the browser's preferred languages that the app speaks.
fn navigator_language() -> Option<Lang> {
    let navigator = window().navigator();
    // Some browsers have no `languages`, only `language`.
    let languages = navigator.languages();
    let preferred: Vec<String> = if js_sys::Array::is_array(&languages) {
        languages.iter().filter_map(|l| l.as_string()).collect()
    } else {
        Vec::new()
    };
    preferred.iter().chain(navigator.language().iter()).find_map(|tag| {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Lang::parse(&primary)
    })
}

/// Downloads a language's messages (once; later calls reuse them).
pub async fn load(lang: Lang) -> Result<Rc<Catalog>, String> {
    if let Some(catalog) = CATALOGS.with(|c| c.borrow().get(&lang).cloned()) {
        return Ok(catalog);
    }
    let catalog = download(&html_data("data-locales"), lang).await?;
    CATALOGS.with(|c| c.borrow_mut().insert(lang, catalog.clone()));
    // Switching language on a later page: its messages come along.
    if LATER.with(|later| !later.borrow().is_empty()) {
        load_later(lang).await?;
    }
    Ok(catalog)
}

/// Downloads the messages of the part's later pages in `lang` (once): the
/// files after `|` in `locales/parts.txt`, which the first page does without.
/// A later page waits for them with its code (`lazy_page`).
pub async fn load_later(lang: Lang) -> Result<(), String> {
    if LATER.with(|later| later.borrow().contains_key(&lang)) {
        return Ok(());
    }
    let catalog = download(&later_folder(), lang).await?;
    LATER.with(|later| later.borrow_mut().insert(lang, catalog));
    Ok(())
}

/// Where the messages of the part's later pages are, in the active language.
pub fn later_address() -> String {
    address(&later_folder(), lang())
}

/// The folder of the part's later pages' messages (`locales/<part>-later/`).
fn later_folder() -> String {
    format!("{}-later", html_data("data-locales"))
}

fn address(folder: &str, lang: Lang) -> String {
    format!("/locales/{folder}/{}.ftl?v={}", lang.tag(), locales_version())
}

async fn download(folder: &str, lang: Lang) -> Result<Rc<Catalog>, String> {
    let url = address(folder, lang);
    let text = fetch_text(&url).await.map_err(|e| format!("{url}: {e}"))?;
    Ok(Rc::new(Catalog::parse(&text).map_err(|e| format!("{url} line {}: {}", e.line, e.message))?))
}

/// The body of a GET, with the browser's `fetch` itself: this is the first
/// download's only request (the API's are made by the pages that load
/// later), so it does without gloo-net's request builder.
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    // The browser's own message ("Failed to fetch"): `Debug` output is not
    // built into the release app.
    let failed = |error: wasm_bindgen::JsValue| {
        error.dyn_ref::<js_sys::Error>().map_or_else(|| "the request failed".to_string(), |e| e.message().into())
    };
    let response: web_sys::Response =
        JsFuture::from(window().fetch_with_str(url)).await.map_err(failed)?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Added to a language's address as `?v=`: it changes whenever a translation
/// does (the build writes it into `<html data-locales-version>`), so a browser
/// never pairs new code with old messages from its cache. `public/boot.js`
/// builds the same address to start the download while the app's code is
/// still arriving.
fn locales_version() -> String {
    html_data("data-locales-version")
}

/// An attribute of the page's `<html>`: `data-locales` names the part whose
/// messages the page downloads (`locales/parts.txt`).
fn html_data(name: &str) -> String {
    document().document_element().and_then(|html| html.get_attribute(name)).unwrap_or_default()
}

/// Makes `lang` (already loaded) the active language of the app.
pub fn provide(lang: Lang) -> I18n {
    let (lang, set_lang) = signal(lang);
    let i18n = I18n { lang, set_lang, loaded: RwSignal::new(0) };
    ACTIVE.with(|active| *active.borrow_mut() = Some(i18n));
    provide_context(i18n);
    // `<html lang>` tells screen readers how to pronounce the page.
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().tag());
        }
    });
    i18n
}

impl I18n {
    /// Switches language: the new messages are downloaded first, so the page
    /// never shows a mix; the choice is remembered, and a `?lang=` in the
    /// address follows it so that a reload keeps it.
    pub fn switch(self, lang: Lang) {
        leptos::task::spawn_local(async move {
            if load(lang).await.is_ok() {
                save(lang);
                replace_lang_param(lang);
                self.set_lang.set(lang);
                self.loaded.update(|n| *n += 1);
            }
        });
    }
}

fn replace_lang_param(lang: Lang) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else { return };
    if params.get("lang").is_none() {
        return;
    }
    params.set("lang", lang.tag());
    let url = format!(
        "{}?{}{}",
        location.pathname().unwrap_or_default(),
        String::from(params.to_string()),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A message that follows language changes by itself, for the frame around
/// the pages (`Layout`), which stays while pages are drawn again.
pub fn live(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || {
        track_language();
        text(id, &[])
    }
}

/// Subscribes the running reactive closure to language changes.
pub fn track_language() {
    ACTIVE.with(|active| {
        if let Some(i18n) = *active.borrow() {
            i18n.lang.track();
            i18n.loaded.track();
        }
    });
}

/// The active language. Not tracked: a page is drawn again whole when the
/// language changes (`CurrentPage` in lib.rs), so nothing inside it follows
/// the language by itself. If parts of a page did, they would run once more
/// after the page that owns them is gone, and read what it had disposed.
pub fn lang() -> Lang {
    ACTIVE.with(|active| active.borrow().map_or(Lang::En, |i18n| i18n.lang.get_untracked()))
}

/// The formatted message `id` in `lang`, whose messages were loaded
/// (`load`) without making it the active language: the staff write to a
/// customer in the customer's language, whatever the console's.
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    match CATALOGS.with(|c| c.borrow().get(&lang).cloned()) {
        Some(catalog) => catalog.format(id, args, &format::IntlNumbers(lang)),
        None => text(id, args),
    }
}

/// The formatted message `id` in the active language (not tracked, see [`lang`]).
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    let lang = lang();
    let first = CATALOGS.with(|c| c.borrow().get(&lang).cloned());
    let catalog = match first {
        Some(first) if !first.contains(id) => LATER.with(|c| c.borrow().get(&lang).cloned()).or(Some(first)),
        first => first,
    };
    match catalog {
        Some(catalog) => catalog.format(id, args, &format::IntlNumbers(lang)),
        None => id.to_string(),
    }
}
