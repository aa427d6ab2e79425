//! Starts the app: picks the language, downloads its messages, then mounts
//! over the static loading shell of `index.html` (which stays until then, so
//! the page never shows untranslated text).

use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let lang = redress_app::i18n::initial_language();
    // Leptos sets up its own task runner when mounting; until then, the browser's.
    wasm_bindgen_futures::spawn_local(async move {
        // Without the chosen language's messages, English; without those,
        // message ids, which at least say what each line is for.
        let lang = if redress_app::i18n::load(lang).await.is_ok() {
            lang
        } else {
            let _ = redress_app::i18n::load(redress_core::policy::Lang::En).await;
            redress_core::policy::Lang::En
        };
        // The first page is drawn in a task of its own, not in the one that
        // read the messages, so neither keeps the page from answering for long.
        next_task().await;
        let document = web_sys::window().and_then(|w| w.document()).expect("a browser document");
        let root = document.get_element_by_id("app").expect("index.html has #app");
        root.set_inner_html("");
        let root: web_sys::HtmlElement = root.unchecked_into();
        leptos::mount::mount_to(root, move || leptos::view! { <redress_app::App lang /> }).forget();
    });
}

/// Lets the browser handle what is waiting (input, painting) before going on.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().is_some_and(|window| window.set_timeout_with_callback(&resolve).is_ok());
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
