//! The widget mode: the same pages under `/embed/…`, inside an iframe on a
//! company's site. Addresses keep the prefix, the site header gives way to a
//! slim bar, and the page tells its host how tall it is so that the iframe
//! fits it. The host's origin comes from `embed.js` (`?host=`); the portal's
//! `frame-ancestors` already limits which hosts can show the page at all, and
//! a message to any other origin is simply not delivered.

use std::cell::OnceCell;

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

pub const PREFIX: &str = "/embed";

thread_local! {
    static HOST: OnceCell<Option<String>> = const { OnceCell::new() };
}

/// Whether the app runs as the widget (decided once, from the first address).
pub fn active() -> bool {
    HOST.with(|host| host.get_or_init(read_host).is_some())
}

fn read_host() -> Option<String> {
    let location = window().location();
    if !location.pathname().unwrap_or_default().starts_with(&format!("{PREFIX}/")) {
        return None;
    }
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default()).ok()?;
    // Without a host the widget still works; it only cannot report its height.
    Some(params.get("host").filter(|h| redress_core::policy::is_origin(h)).unwrap_or_default())
}

fn host() -> Option<String> {
    HOST.with(|host| host.get_or_init(read_host).clone()).filter(|h| !h.is_empty())
}

/// The query a page load within the widget carries over (`host=…&lang=…`);
/// outside the widget, nothing.
pub fn carried_parameters() -> String {
    if !active() {
        return String::new();
    }
    let mut parameters = format!("lang={}", crate::i18n::lang().tag());
    if let Some(host) = host() {
        parameters.push_str(&format!("&host={}", js_sys::encode_uri_component(&host)));
    }
    parameters
}

/// Sends `{type, …fields}` to the host page, if there is one.
fn tell_host(kind: &str, fields: &[(&str, wasm_bindgen::JsValue)]) {
    let (Some(host), Ok(Some(parent))) = (host(), window().parent()) else { return };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    for (name, value) in fields {
        let _ = Reflect::set(&message, &(*name).into(), value);
    }
    let _ = parent.post_message(&message, &host);
}

/// A new page in the widget: the host brings the widget's top into view, so
/// that keyboard and screen-reader users start reading at the page's start.
pub fn page_changed() {
    tell_host("redress:page", &[]);
}

/// Reports the page's height to the host whenever it changes, shorter as
/// well as taller. The height is the body's, which follows the content: the
/// document's own (`scrollHeight` of `<html>`) is never less than the
/// iframe, so a frame once made tall would never shrink again.
pub fn report_height() {
    if host().is_none() {
        return;
    }
    // Not while a "Loading…" line stands for the page: the frame would
    // collapse to one line and spring back, moving the host page twice.
    let send = Closure::<dyn Fn()>::new(move || {
        let document = document();
        if document.query_selector("main .loading").ok().flatten().is_some() {
            return;
        }
        let height = document.body().map_or(0, |body| body.offset_height());
        tell_host("redress:height", &[("height", height.into())]);
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref())
        && let Some(body) = document().body()
    {
        observer.observe(&body);
        // Kept for the life of the page: nothing else refers to it, and an
        // observer the browser collected would leave the frame's height
        // behind its content.
        std::mem::forget(observer);
    }
    // The callback lives as long as the page, too.
    send.forget();
}
