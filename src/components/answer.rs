//! An answer as the customer reads it back, on the check page before sending
//! and on the case page after: a checkbox as yes or no, a choice as its
//! option's words, a date in their language, a file as its name, text and
//! lists as typed.

use leptos::prelude::*;
use redress_core::policy::{Field, FieldId, Input};
use redress_core::validation::FieldValue;

use crate::i18n::{self, format};
use crate::labels;
use crate::t;

/// The row of a summary list for the answer to `field`, if it has one, with
/// the field's label; `file_name` as for [`shown_answer`].
pub fn answer_row(field: &Field, value: Option<&FieldValue>, file_name: impl Fn(&str) -> String) -> Option<AnyView> {
    let answer = shown_answer(field.id, field.input, Some(value?), file_name);
    Some(
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{i18n::text(labels::field_label(field.id), &[])}</dt>
                <dd class="summary-list__value">{answer}</dd>
            </div>
        }
        .into_any(),
    )
}

/// `value`, the answer to `field` (an `input`); `file_name` names the upload
/// a file field's answer holds.
pub fn shown_answer(
    field: FieldId,
    input: Input,
    value: Option<&FieldValue>,
    file_name: impl Fn(&str) -> String,
) -> String {
    match (input, value) {
        (Input::Checkbox, Some(FieldValue::Flag(true))) => t!("app-yes"),
        (Input::Checkbox, _) => t!("app-no"),
        (Input::File, Some(FieldValue::Text(id))) => file_name(id),
        (Input::Choice, Some(FieldValue::Text(option))) => {
            labels::option(field, option).map(|id| i18n::text(id, &[])).unwrap_or_else(|| option.clone())
        }
        (Input::Date, Some(FieldValue::Text(date))) => {
            redress_core::dates::parse_date(date).map_or_else(|| date.clone(), |d| format::date(i18n::lang(), d))
        }
        (_, Some(FieldValue::Text(text))) => text.clone(),
        (_, Some(FieldValue::List(items))) => items.join("\n"),
        (_, Some(FieldValue::Flag(true))) => t!("app-yes"),
        (_, Some(FieldValue::Flag(false))) => t!("app-no"),
        (_, None) => String::new(),
    }
}
