//! One field of a provider's form, drawn from its policy entry: a label (not
//! a placeholder), "(optional)" where it may be left empty, a hint, the
//! error message beside it, and the right input for its type. Inputs keep
//! their own text while the customer types; every change is copied into the
//! draft, which saves it.

use leptos::prelude::*;
use redress_core::policy::{Field, FieldId, Input};
use redress_core::validation::{self, ErrorCode, FieldErrors, default_max_length};
use wasm_bindgen::JsCast;

use crate::components::radio::Radio;
use crate::draft::Draft;
use crate::i18n::{self, Arg};
use crate::labels;
use crate::t;

/// The element id of a field's input (error summary links point here).
pub fn input_id(field: FieldId) -> String {
    format!("field-{}", field.as_str().replace('_', "-"))
}

/// The text of one problem with `field`.
pub fn problem_text(field: &Field, code: ErrorCode) -> String {
    let max = field.max_length.map_or(default_max_length(field.input) as i64, i64::from);
    let missing = code == ErrorCode::Required || (code == ErrorCode::MustAccept && field.input == Input::Checkbox);
    let id = if missing { labels::field_required(field.id) } else { labels::error(code) };
    i18n::text(id, &[("max", Arg::Number(max))])
}

/// What the browser may fill in for the customer.
fn autocomplete(field: FieldId) -> &'static str {
    match field {
        FieldId::FullName => "name",
        FieldId::Surname => "family-name",
        FieldId::FirstName => "given-name",
        FieldId::Patronymic => "additional-name",
        FieldId::Email => "email",
        FieldId::Phone => "tel",
        _ => "off",
    }
}

fn event_value(event: &leptos::ev::Event) -> String {
    let target = event.target();
    if let Some(input) = target.as_ref().and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>()) {
        return input.value();
    }
    target.and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()).map(|t| t.value()).unwrap_or_default()
}

#[component]
pub fn FieldInput(
    field: &'static Field,
    draft: RwSignal<Draft>,
    #[prop(into)] errors: Signal<FieldErrors>,
    /// One of several contact fields of which the customer gives at least one.
    #[prop(optional)]
    either: bool,
) -> impl IntoView {
    let id = field.id;
    let input_id = input_id(id);
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-error");
    let problems = move || errors.with(|e| e.get(id.as_str()).to_vec());
    let has_error = move || !problems().is_empty();
    let hint = if either { Some(crate::msg!("field-contact-any-hint")) } else { labels::field_hint(id) };
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if has_error() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    // Whether "(optional)" shows can change as the customer answers (`required_if`).
    let label_text = move || {
        let label = i18n::text(labels::field_label(id), &[]);
        if either || draft.with(|d| validation::is_required(field, &d.answers)) || field.input == Input::Checkbox {
            label
        } else {
            t!("app-optional", label = label)
        }
    };
    let hint_view = hint.map(|hint| {
        view! { <p class="hint" id=hint_id.clone()>{i18n::text(hint, &[])}</p> }
    });
    let error_view = {
        let error_id = error_id.clone();
        move || {
            has_error().then(|| {
                let text = problems().into_iter().map(|code| problem_text(field, code)).collect::<Vec<_>>().join(" ");
                view! {
                    <p class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">{t!("app-error-prefix")}</span>
                        {text}
                    </p>
                }
            })
        }
    };
    let group_class = move || if has_error() { "form-group form-group--error" } else { "form-group" };
    let initial = draft.with_untracked(|d| d.text(id));
    // No `maxlength`: a browser would cut pasted text short without a word.
    // Too long an answer gets the error message instead, with nothing lost.
    let control = match field.input {
        Input::Checkbox => {
            let checked = draft.with_untracked(|d| d.flag(id));
            return view! {
                <div class=group_class>
                    {error_view}
                    <div class="checkbox">
                        <input
                            class="checkbox__input"
                            type="checkbox"
                            id=input_id.clone()
                            name=id.as_str()
                            prop:checked=checked
                            aria-describedby=described_by
                            aria-invalid=move || has_error().to_string()
                            on:change=move |event| {
                                let ticked = event
                                    .target()
                                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                                    .is_some_and(|input| input.checked());
                                draft.update(|d| d.set_flag(id, ticked));
                            }
                        />
                        <label class="checkbox__label" for=input_id>{label_text}</label>
                    </div>
                    {hint_view}
                </div>
            }
            .into_any();
        }
        Input::Choice => {
            let options = field
                .options
                .iter()
                .enumerate()
                .map(|(index, option)| {
                    let option_id = if index == 0 { input_id.clone() } else { format!("{input_id}-{option}") };
                    let label =
                        labels::option(id, option).map(|l| i18n::text(l, &[])).unwrap_or_else(|| option.to_string());
                    let chosen = option.to_string();
                    view! {
                        <Radio
                            id=option_id
                            name=id.as_str()
                            value={&**option}
                            checked=initial == *option
                            label
                            on_select=Callback::new(move |()| draft.update(|d| d.set_text(id, chosen.clone())))
                        />
                    }
                })
                .collect_view();
            return view! {
                <div class=group_class>
                    <fieldset class="fieldset" aria-describedby=described_by>
                        <legend class="fieldset__legend">{label_text}</legend>
                        {hint_view}
                        {error_view}
                        <div class="radios">{options}</div>
                    </fieldset>
                </div>
            }
            .into_any();
        }
        Input::Textarea | Input::Domain => {
            let lines = field.input == Input::Domain;
            view! {
                <textarea
                    class="textarea"
                    id=input_id.clone()
                    name=id.as_str()
                    rows=if lines { "3" } else { "6" }
                    spellcheck=(!lines).to_string()
                    autocomplete="off"
                    prop:value=initial
                    aria-describedby=described_by
                    aria-invalid=move || has_error().to_string()
                    on:input=move |event| {
                        let value = event_value(&event);
                        draft.update(|d| if lines { d.set_lines(id, &value) } else { d.set_text(id, value) });
                    }
                ></textarea>
            }
            .into_any()
        }
        Input::Text | Input::Email | Input::Tel | Input::Date | Input::File => {
            let kind = match field.input {
                Input::Email => "email",
                Input::Tel => "tel",
                Input::Date => "date",
                _ => "text",
            };
            view! {
                <input
                    class="input"
                    type=kind
                    id=input_id.clone()
                    name=id.as_str()
                    autocomplete=autocomplete(id)
                    spellcheck="false"
                    prop:value=initial
                    aria-describedby=described_by
                    aria-invalid=move || has_error().to_string()
                    on:input=move |event| {
                        let value = event_value(&event);
                        draft.update(|d| d.set_text(id, value));
                    }
                />
            }
            .into_any()
        }
    };
    view! {
        <div class=group_class>
            <label class="label" for=input_id>{label_text}</label>
            {hint_view}
            {error_view}
            {control}
        </div>
    }
    .into_any()
}
