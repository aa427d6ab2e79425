//! Languages: chosen from `?lang=`, then the choice saved in this browser,
//! then the browser's own preferences, else English.

use leptos::prelude::*;
use leptos_fluent::leptos_fluent;

#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "./locales",
        default_language: "en",
        // Every message id used in the code must exist in every locale, and
        // every message must be used: a gap fails the build.
        check_translations: "./src/**/*.rs",
        sync_html_tag_lang: true,
        url_param: "lang",
        initial_language_from_url_param: true,
        initial_language_from_url_param_to_local_storage: true,
        local_storage_key: "redress-lang",
        initial_language_from_local_storage: true,
        set_language_to_local_storage: true,
        initial_language_from_navigator: true,
    }
}
