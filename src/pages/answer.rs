//! Answering the company's questions: when it asks for information, the
//! customer writes it and may attach documents, as many as the policy lets
//! the case hold. The message's limit is the server's (`MESSAGE_LIMIT`).
//! What they type and attach is kept in the tab until it is sent.

use leptos::prelude::*;
use redress_core::policy::{EventKind, Policy};
use redress_core::validation::{self, DOCUMENTS, ErrorCode, FieldValue, MESSAGE_LIMIT};

use crate::api::{self, Action, Case, Failure};
use crate::components::error_summary::{ErrorSummary, Problem, begin_send};
use crate::components::upload::UploadField;
use crate::draft::Draft;
use crate::i18n::{self, Arg};
use crate::labels;
use crate::pages::case::failure_text;
use crate::storage;
use crate::t;

const MESSAGE: &str = "action-message";
const DOCUMENTS_INPUT: &str = "field-information-documents";
/// The form's name in the tab's storage.
const FORM: &str = "answer";
/// The message in the form's draft, under the name the API gives it.
const MESSAGE_ANSWER: &str = "message";

fn message_of(draft: &Draft) -> String {
    match draft.answers.get(MESSAGE_ANSWER) {
        Some(FieldValue::Text(text)) => text.clone(),
        _ => String::new(),
    }
}

/// A problem with the message, beside it as well as in the summary.
fn message_problem(code: ErrorCode) -> Problem {
    let message = match code {
        ErrorCode::Required => t!("case-error-message-required"),
        code => i18n::text(labels::error(code), &[("max", Arg::Number(MESSAGE_LIMIT as i64))]),
    };
    Problem { target: MESSAGE.into(), message }
}

/// What is wrong with `text` as an answer, if anything.
fn message_error_code(text: &str) -> Option<ErrorCode> {
    match validation::check_message(text) {
        Ok(Some(_)) => None,
        Ok(None) => Some(ErrorCode::Required),
        Err(code) => Some(code),
    }
}

#[component]
pub fn AnswerQuestions(policy: &'static Policy, case: Case, code: String, on_update: Callback<Case>) -> impl IntoView {
    let draft = RwSignal::new(
        storage::load_case_form(&case.reference, FORM).unwrap_or_else(|| Draft::new(storage::random_key())),
    );
    let kept_as = case.reference.clone();
    Effect::new(move |_| draft.with(|d| storage::save_case_form(&kept_as, FORM, d)));
    let problems = RwSignal::new(Vec::<Problem>::new());
    let busy = RwSignal::new(false);
    let sent = RwSignal::new(0u32);
    // Room for documents: what the policy lets the case hold, less what it holds.
    let room = policy
        .kind(case.kind)
        .filter(|kind| kind.documents.accepted)
        .map_or(0, |kind| usize::from(kind.documents.max_files).saturating_sub(case.documents.len()));
    let reference = case.reference.clone();
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if !begin_send(busy, sent) {
            return;
        }
        let text = draft.with_untracked(message_of).trim().to_string();
        if let Some(code) = message_error_code(&text) {
            problems.set(vec![message_problem(code)]);
            return;
        }
        problems.set(Vec::new());
        busy.set(true);
        let body = Action {
            action: EventKind::InformationSupplied,
            message: Some(text),
            fields: None,
            documents: draft.with_untracked(|d| d.documents.iter().map(|u| u.id.clone()).collect()),
        };
        let (reference, code) = (reference.clone(), code.clone());
        leptos::task::spawn_local(async move {
            let result = api::act(&reference, &code, &body).await;
            busy.set(false);
            match result {
                Ok(case) => {
                    storage::clear_case_form(&reference, FORM);
                    // Last: the case page is drawn again, and this form with it.
                    on_update.run(case);
                }
                Err(Failure::Invalid(fields)) => {
                    let mut found: Vec<Problem> = fields.get("message").iter().copied().map(message_problem).collect();
                    found.extend(fields.get(DOCUMENTS).iter().map(|code| Problem {
                        target: DOCUMENTS_INPUT.into(),
                        message: i18n::text(labels::error(*code), &[]),
                    }));
                    problems.set(found);
                }
                Err(failure) => {
                    problems.set(vec![Problem { target: "answer-send".into(), message: failure_text(&failure) }])
                }
            }
        });
    };
    let problem_for = move |target: &'static str| {
        problems.with(|list| list.iter().find(|p| p.target == target).map(|p| p.message.clone()))
    };
    let message_error = move || problem_for(MESSAGE);
    let uploads = (room > 0).then(|| {
        view! {
            <UploadField
                provider={&*policy.id}
                input_id=DOCUMENTS_INPUT.to_string()
                label=t!("wizard-documents-label")
                hint=t!("wizard-documents-hint", max = room)
                files=Signal::derive(move || draft.with(|d| d.documents.clone()))
                max=room
                error=Signal::derive(move || problem_for(DOCUMENTS_INPUT))
                on_change=Callback::new(move |list| draft.update(|d| d.documents = list))
            />
        }
    });
    view! {
        <form class="answer" id="answer-form" novalidate on:submit=send>
            <ErrorSummary problems=Signal::from(problems) sent />
            <div class=move || if message_error().is_some() { "form-group form-group--error" } else { "form-group" }>
                <label class="label" for=MESSAGE>{t!("case-message-label")}</label>
                {move || message_error().map(|text| view! {
                    <p class="error-message" id="action-message-error">
                        <span class="visually-hidden">{t!("app-error-prefix")}</span>
                        {text}
                    </p>
                })}
                // No `maxlength`: it would cut pasted text short without a word.
                <textarea class="textarea" id=MESSAGE rows="4"
                    aria-describedby=move || message_error().map(|_| "action-message-error")
                    prop:value=move || draft.with(message_of)
                    on:input=move |e| {
                        let text = event_target_value(&e);
                        draft.update(|d| drop(d.answers.insert(MESSAGE_ANSWER.into(), FieldValue::Text(text))));
                    }></textarea>
            </div>
            {uploads}
            <button type="submit" class="button button--secondary" id="answer-send"
                data-action=EventKind::InformationSupplied.as_str() disabled=move || busy.get()>
                {i18n::text(labels::action(EventKind::InformationSupplied), &[])}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_needs_words_and_no_more_than_the_limit() {
        assert_eq!(message_error_code(""), Some(ErrorCode::Required));
        assert_eq!(message_error_code(&"я".repeat(MESSAGE_LIMIT)), None);
        assert_eq!(message_error_code(&"я".repeat(MESSAGE_LIMIT + 1)), Some(ErrorCode::TooLong));
        assert_eq!(message_error_code("   \n "), Some(ErrorCode::Required), "only spaces");
        assert_eq!(message_error_code("a\u{7}b"), Some(ErrorCode::InvalidCharacters), "as the server refuses it");
    }
}
