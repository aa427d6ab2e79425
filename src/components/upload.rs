//! Uploading documents: a file input, a progress bar per file while it goes
//! up, and the list of files the server accepted, each removable. Files are
//! checked here first (type and size) so that a wrong file is refused at
//! once, with the same limits as the server.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::{self, Failure};
use crate::draft::Upload;
use crate::i18n;
use crate::i18n::format::{self, FileSize};
use crate::t;

/// The server's limit for one document.
const MAX_BYTES: f64 = 10.0 * 1024.0 * 1024.0;
const ACCEPT: &str = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

/// A file on its way up.
#[derive(Clone, PartialEq)]
struct InProgress {
    name: String,
    percent: u32,
}

/// Why a file was not taken, in the customer's language.
fn refusal(failure: &Failure, name: &str) -> String {
    match failure {
        Failure::Refused { status: 413, .. } => t!("upload-error-too-large", name = name),
        Failure::Refused { status: 415, .. } => t!("upload-error-type", name = name),
        Failure::RateLimited { retry_after } => t!("app-error-rate-limited", seconds = *retry_after as i64),
        Failure::Unavailable => t!("app-error-unavailable"),
        _ => t!("upload-error-network", name = name),
    }
}

/// Uploads for `provider`. `files` is the list kept in the draft; `max`
/// files at most; `on_change` receives the new list.
#[component]
pub fn UploadField(
    provider: &'static str,
    input_id: String,
    label: String,
    hint: String,
    #[prop(into)] files: Signal<Vec<Upload>>,
    max: usize,
    #[prop(into)] error: Signal<Option<String>>,
    on_change: Callback<Vec<Upload>>,
) -> impl IntoView {
    let in_progress = RwSignal::new(Vec::<InProgress>::new());
    let refused = RwSignal::new(Vec::<String>::new());
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-error");
    let status_id = format!("{input_id}-status");

    let choose = move |event: leptos::ev::Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(list) = input.files() else { return };
        refused.set(Vec::new());
        let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        // The same file can be chosen again after a failure.
        input.set_value("");
        for file in chosen {
            let name = file.name();
            let room = max.saturating_sub(files.get_untracked().len() + in_progress.with_untracked(Vec::len));
            if room == 0 {
                refused.update(|r| r.push(t!("upload-error-too-many", max = max as i64)));
                break;
            }
            // ASCII only: the extensions are ASCII, and full Unicode case tables cost the download 11 KB.
            let lower = name.to_ascii_lowercase();
            if ![".pdf", ".png", ".jpg", ".jpeg"].iter().any(|ext| lower.ends_with(ext)) {
                refused.update(|r| r.push(t!("upload-error-type", name = name.clone())));
                continue;
            }
            if file.size() > MAX_BYTES {
                refused.update(|r| r.push(t!("upload-error-too-large", name = name.clone())));
                continue;
            }
            in_progress.update(|p| p.push(InProgress { name: name.clone(), percent: 0 }));
            let size = file.size() as u64;
            leptos::task::spawn_local(async move {
                let progress_name = name.clone();
                let result = api::upload(provider, &file, move |percent| {
                    in_progress.update(|p| {
                        if let Some(entry) = p.iter_mut().find(|e| e.name == progress_name) {
                            entry.percent = percent;
                        }
                    });
                })
                .await;
                in_progress.update(|p| p.retain(|e| e.name != name));
                match result {
                    Ok(uploaded) => {
                        let mut list = files.get_untracked();
                        list.push(Upload { id: uploaded.id, name, size: uploaded.size.max(size) });
                        on_change.run(list);
                    }
                    Err(failure) => refused.update(|r| r.push(refusal(&failure, &name))),
                }
            });
        }
    };

    let remove = move |id: String| {
        let list: Vec<Upload> = files.get_untracked().into_iter().filter(|f| f.id != id).collect();
        on_change.run(list);
    };
    let has_error = move || error.with(Option::is_some) || !refused.with(Vec::is_empty);
    let described_by = format!("{hint_id} {status_id}");
    let group_class = move || if has_error() { "form-group form-group--error" } else { "form-group" };
    let full = move || files.with(Vec::len) >= max;

    // Lists of a few files, drawn again whole when they change: simpler, and
    // smaller in the download, than keyed lists.
    let in_progress_view = move || {
        in_progress
            .get()
            .into_iter()
            .map(|entry| {
                view! {
                    <p class="upload-progress">
                        <label>
                            {t!("upload-progress", name = entry.name, percent = entry.percent as i64)}
                            <progress max="100" value=entry.percent.to_string()></progress>
                        </label>
                    </p>
                }
            })
            .collect_view()
    };
    let uploaded_view = move || {
        let items = files
            .get()
            .into_iter()
            .map(|file| {
                let id = file.id.clone();
                view! {
                    <li class="upload-list__item">
                        <span>{file.name.clone()} " (" {format::file_size(i18n::lang(), FileSize::of(file.size))} ")"</span>
                        <button
                            type="button"
                            class="button button--secondary button--small"
                            on:click=move |_| remove(id.clone())
                        >
                            {t!("upload-remove")}
                            <span class="visually-hidden">" " {file.name}</span>
                        </button>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        (!items.is_empty()).then(|| view! { <ul class="upload-list">{items}</ul> })
    };

    view! {
        <div class=group_class>
            <label class="label" for=input_id.clone()>{label}</label>
            <p class="hint" id=hint_id>{hint}</p>
            // Each problem on a line of its own: the form's ("upload at
            // least one") and each refused file's.
            {move || {
                let mut messages: Vec<String> = error.get().into_iter().collect();
                messages.extend(refused.get());
                (!messages.is_empty())
                    .then(|| {
                        let lines = messages
                            .into_iter()
                            .map(|message| view! {
                                <span class="error-message__line">
                                    <span class="visually-hidden">{t!("app-error-prefix")}</span>
                                    {message}
                                </span>
                            })
                            .collect_view();
                        view! { <p class="error-message" id=error_id.clone()>{lines}</p> }
                    })
            }}
            <input
                class="file-upload"
                type="file"
                id=input_id
                accept=ACCEPT
                multiple={ max > 1 }
                disabled=full
                aria-describedby=described_by
                on:change=choose
            />
            <div id=status_id role="status" aria-live="polite">{in_progress_view}</div>
            {uploaded_view}
        </div>
    }
}
