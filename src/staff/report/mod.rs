//! The report page, `/staff/reports`: how well the team kept its policy's
//! promises over a period it chooses. The period's figures overall, three
//! charts, each kind of case's figures and deadlines, and the two
//! spreadsheets (the figures, and the regulator's complaints return) to
//! download. Its code is downloaded when the page is first shown.
//!
//! The period chosen is kept in the tab, so that a change of language,
//! which draws the page again, shows the same report, and in the address,
//! so that a report can be bookmarked or sent to a colleague.

mod bars;
mod charts;
mod figures;
mod period;

use leptos::prelude::*;
use redress_core::report::{Period, Report};

use super::api::{self, Me};
use super::kept_form::{self, KeptForm};
use crate::api::Failure;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::layout::set_title;
use crate::i18n::{self, format};
use crate::t;
use period::{Choice, DatesProblem};

/// Where the page's period is kept in the tab: it belongs to no case.
const KEPT_UNDER: &str = "report";
const CHOICE: &str = "period";
const FROM: &str = "from";
const TO: &str = "to";

/// A number as the page writes it.
fn number(n: u32) -> String {
    format::number(i18n::lang(), i64::from(n))
}

/// A whole percentage as the page writes it ("95 %" in French).
fn percent(value: u32) -> String {
    t!("staff-report-percent", percent = value)
}

/// `value` written by `write`, or "–" where no case gives it.
fn or_dash(value: Option<u32>, write: fn(u32) -> String) -> String {
    value.map_or_else(|| "–".to_string(), write)
}

/// Each problem with the dates typed, beside its field.
fn problems_of(found: &[DatesProblem]) -> Vec<Problem> {
    found
        .iter()
        .map(|problem| {
            let (target, message) = match problem {
                DatesProblem::From => ("report-from", t!("staff-report-error-date")),
                DatesProblem::To => ("report-to", t!("staff-report-error-date")),
                DatesProblem::Reversed => ("report-to", t!("staff-report-error-range")),
                DatesProblem::TooLong => ("report-to", t!("staff-report-error-too-long")),
            };
            Problem { target: target.into(), message }
        })
        .collect()
}

#[component]
pub fn StaffReport() -> impl IntoView {
    let me = use_context::<Me>().expect("signed in");
    let kept = KeptForm::load(KEPT_UNDER, kept_form::REPORT);
    let (asked_for, first, last) = period::asked(&window().location().search().unwrap_or_default())
        .unwrap_or_else(|| (Choice::parse(&kept.get(CHOICE)), kept.get(FROM), kept.get(TO)));
    let choice = RwSignal::new(asked_for);
    let from = RwSignal::new(first);
    let to = RwSignal::new(last);
    Effect::new(move |_| {
        let texts = [(CHOICE, choice.get().as_str()), (FROM, &from.get()), (TO, &to.get())];
        KeptForm::save(KEPT_UNDER, kept_form::REPORT, &texts, Vec::new());
    });
    let problems = RwSignal::new(Vec::<Problem>::new());
    let sent = RwSignal::new(0u32);
    let shown = RwSignal::new(None::<Period>);
    let report = RwSignal::new(None::<Result<Report, Failure>>);
    let today = me.today;
    let show = move || {
        let wanted = match choice.get_untracked().period(today) {
            Some(period) => Ok(period),
            None => period::typed(&from.get_untracked(), &to.get_untracked()),
        };
        match wanted {
            Err(found) => {
                // The report of another period would not match the form.
                shown.set(None);
                problems.set(problems_of(&found));
                sent.update(|n| *n += 1);
            }
            Ok(period) => {
                problems.set(Vec::new());
                keep_in_address(choice.get_untracked(), period);
                shown.set(Some(period));
                report.set(None);
                leptos::task::spawn_local(async move {
                    let found = api::report(&period::query(period)).await;
                    // An answer for a period no longer asked for is dropped.
                    if shown.get_untracked() == Some(period) {
                        report.set(Some(found));
                    }
                });
            }
        }
    };
    // The kept period's report, or this quarter's, at once.
    if choice.get_untracked() != Choice::Dates || period::typed(&from.get_untracked(), &to.get_untracked()).is_ok() {
        show();
    }
    Effect::new(move |_| set_title(&t!("staff-report-title"), false));
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        show();
    };
    let options = Choice::ALL
        .into_iter()
        .map(|option| {
            let label = match option {
                Choice::ThisMonth => t!("staff-report-this-month"),
                Choice::LastMonth => t!("staff-report-last-month"),
                Choice::ThisQuarter => t!("staff-report-this-quarter"),
                Choice::LastQuarter => t!("staff-report-last-quarter"),
                Choice::Dates => t!("staff-report-dates"),
            };
            view! { <option value=option.as_str() selected=move || choice.get() == option>{label}</option> }
        })
        .collect_view();
    // A date field's value is set once, when it is drawn: a date being
    // edited reads as empty until whole, and setting that back would clear
    // what the member is typing.
    let date_field = move |id: &'static str, label: String, value: RwSignal<String>| {
        let error_id = format!("{id}-error");
        view! {
            <div class="form-group" class:form-group--error=move || problems.with(|p| p.iter().any(|p| p.target == id))>
                <label class="label" for=id>{label}</label>
                {super::field_error(problems, id)}
                <input class="input input--medium" type="date" id=id
                    aria-describedby=move || problems.with(|p| p.iter().any(|p| p.target == id).then(|| error_id.clone()))
                    prop:value=value.get_untracked() on:input=move |ev| value.set(event_target_value(&ev)) />
            </div>
        }
    };

    view! {
        <p class="caption"><span class="caption__provider">{me.provider_name.clone()}</span></p>
        <h1 class="heading-l">{t!("staff-report-title")}</h1>
        <p class="body">{t!("staff-report-intro")}</p>
        <ErrorSummary problems=Signal::derive(move || problems.get()) sent />
        <form class="report-period no-print" novalidate on:submit=submit>
            <div class="form-group">
                <label class="label" for="report-period">{t!("staff-report-period")}</label>
                <select class="select" id="report-period"
                    on:change=move |ev| choice.set(Choice::parse(&event_target_value(&ev)))>
                    {options}
                </select>
            </div>
            {move || (choice.get() == Choice::Dates).then(|| view! {
                <div class="report-period__dates">
                    {date_field("report-from", t!("staff-report-from"), from)}
                    {date_field("report-to", t!("staff-report-to"), to)}
                </div>
            })}
            <button type="submit" class="button button--secondary">{t!("staff-report-show")}</button>
        </form>
        {move || shown.get().map(|period| drawn(period, report.get()))}
    }
}

/// Puts the period shown in the address, in place of the one before: a
/// named period by its name (a bookmark of "this quarter" follows the
/// quarters), dates by their days. The address's other parameters stay.
fn keep_in_address(choice: Choice, period: Period) {
    let location = window().location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default()) else { return };
    for name in ["period", FROM, TO] {
        params.delete(name);
    }
    if choice == Choice::Dates {
        params.set(FROM, &period.from.to_string());
        params.set(TO, &period.to.to_string());
    } else {
        params.set("period", choice.as_str());
    }
    let address = format!("{}?{}", location.pathname().unwrap_or_default(), String::from(params.to_string()));
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// The report of `period`, once `found` has come.
fn drawn(period: Period, found: Option<Result<Report, Failure>>) -> AnyView {
    let lang = i18n::lang();
    let heading =
        t!("staff-report-heading", from = format::date(lang, period.from), to = format::date(lang, period.to));
    let body = match found {
        None => view! { <p class="loading" role="status">{t!("staff-loading")}</p> }.into_any(),
        Some(Err(_)) => view! { <p class="body" role="alert">{t!("staff-unavailable")}</p> }.into_any(),
        Some(Ok(report)) => {
            let received: u32 = report.kinds.iter().map(|kind| kind.received).sum();
            let closed: u32 = report.kinds.iter().map(|kind| kind.closed).sum();
            let open: u32 = report.kinds.iter().map(|kind| kind.open_at_end).sum();
            let query = period::query(period);
            let kinds = report.kinds.iter().map(figures::of_kind).collect_view();
            view! {
                <p class="body" id="report-summary">{t!("staff-report-summary", received = received, closed = closed, open = open)}</p>
                <p class="hint">{t!("staff-report-drawn", date = format::date(lang, report.today))}</p>
                <ul class="list report-downloads no-print">
                    <li><a href=format!("/api/staff/report.csv?{query}") download="">{t!("staff-report-download-figures")}</a></li>
                    <li><a href=format!("/api/staff/report/return.csv?{query}") download="">{t!("staff-report-download-return")}</a></li>
                </ul>
                <h2 class="heading-m">{t!("staff-report-charts")}</h2>
                {charts::all(&report.charts)}
                <h2 class="heading-m">{t!("staff-report-by-kind")}</h2>
                {kinds}
            }
            .into_any()
        }
    };
    view! {
        <section class="report" aria-labelledby="report-heading">
            <h2 class="heading-m" id="report-heading">{heading}</h2>
            {body}
        </section>
    }
    .into_any()
}
