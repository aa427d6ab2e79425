//! Mounts the app over the static loading shell of `index.html`.

use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let document = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let root = document.get_element_by_id("app").expect("index.html has #app");
    // The shell painted a header and a loading message before the wasm ran;
    // the app replaces it.
    root.set_inner_html("");
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root, redress_app::App).forget();
}
