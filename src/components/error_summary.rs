//! The GOV.UK error summary: a box at the top of the page that lists every
//! problem as a link to its field, and takes focus each time the form is
//! sent with problems, so that keyboard and screen-reader users land on it.
//! It never takes focus while the person types: the problems a page shows
//! may be recomputed at every keystroke (they follow the draft), and
//! focusing then would pull the cursor out of the field being corrected.

use leptos::html;
use leptos::prelude::*;

use crate::t;

/// One problem: the message, and the id of the element to fix it in.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub target: String,
    pub message: String,
}

/// `sent` counts the times the form was sent (or an action tried): the box
/// takes focus after each, and when it first appears, if there are problems.
/// (A counter rather than a `Trigger`: the app's other counters already
/// bring its code into the download.)
#[component]
pub fn ErrorSummary(#[prop(into)] problems: Signal<Vec<Problem>>, sent: RwSignal<u32>) -> impl IntoView {
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        sent.track();
        // The box itself is tracked: an answer from the server may draw it
        // after the send was counted.
        if let Some(summary) = summary.get()
            && !problems.with_untracked(Vec::is_empty)
        {
            let _ = summary.focus();
        }
    });
    // The box is drawn when the first problem appears and stays while there
    // are any; only the list inside follows each change of the problems.
    let shown = Memo::new(move |_| !problems.with(Vec::is_empty));
    move || {
        shown.get().then(|| {
            view! {
                <div class="error-summary" role="alert" tabindex="-1" node_ref=summary aria-labelledby="error-summary-title">
                    <h2 class="error-summary__title" id="error-summary-title">{t!("app-error-summary-title")}</h2>
                    <ul class="error-summary__list">
                        {move || {
                            problems
                                .get()
                                .into_iter()
                                .map(|problem| {
                                    let target = problem.target.clone();
                                    view! {
                                        <li>
                                            <a href=format!("#{}", problem.target) on:click=move |event| focus_field(event, &target)>
                                                {problem.message}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            }
        })
    }
}

/// Following a summary link puts the cursor in the field, not just the
/// field in view.
fn focus_field(event: leptos::ev::MouseEvent, target: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = document().get_element_by_id(target) else { return };
    event.prevent_default();
    element.scroll_into_view();
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The start of sending a form or taking an action: `false` while one is
/// already under way (a second press or a double-click does nothing), else
/// counts the try in `sent`, so that the summary takes focus if it then
/// shows problems.
pub fn begin_send(busy: RwSignal<bool>, sent: RwSignal<u32>) -> bool {
    if busy.get_untracked() {
        return false;
    }
    sent.update(|n| *n += 1);
    true
}
