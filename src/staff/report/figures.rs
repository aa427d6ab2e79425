//! A kind of case's figures as tables: what came in and was closed, in the
//! regulator's bands, what the company found, how long answers took, the
//! steps the regulator counts, and each deadline of the policy.

use leptos::prelude::*;
use redress_core::report::{DeadlineCount, KindReport, Spread};

use crate::i18n::{self, format};
use crate::labels;
use crate::t;

fn number(n: u32) -> String {
    format::number(i18n::lang(), i64::from(n))
}

/// "–" where no case gives a figure.
fn days(n: Option<u32>) -> String {
    n.map_or_else(|| "–".to_string(), number)
}

/// The rows of `kind`'s figures: each label and its value.
pub fn rows(kind: &KindReport) -> Vec<(String, String)> {
    let spread = |spread: Spread| (days(spread.median), days(spread.p90));
    let (first_median, first_most) = spread(kind.days_to_first_answer);
    let (close_median, close_most) = spread(kind.days_to_close);
    vec![
        (t!("staff-report-received"), number(kind.received)),
        (t!("staff-report-open-start"), number(kind.open_at_start)),
        (t!("staff-report-open-end"), number(kind.open_at_end)),
        (t!("staff-report-closed"), number(kind.closed)),
        (t!("staff-report-closed-3-days"), number(kind.closed_within_3_business_days)),
        (t!("staff-report-closed-8-weeks"), number(kind.closed_within_8_weeks)),
        (t!("staff-report-closed-later"), number(kind.closed_after_8_weeks)),
        (t!("staff-report-upheld"), number(kind.upheld)),
        (t!("staff-outcome-partly-upheld"), number(kind.partly_upheld)),
        (t!("staff-outcome-not-upheld"), number(kind.not_upheld)),
        (t!("staff-report-no-outcome"), number(kind.outcome_not_recorded())),
        (t!("staff-report-first-answer-median"), first_median),
        (t!("staff-report-first-answer-p90"), first_most),
        (t!("staff-report-close-median"), close_median),
        (t!("staff-report-close-p90"), close_most),
        (t!("staff-report-delay-notices"), number(kind.delay_notices)),
        (t!("staff-report-escalations"), number(kind.escalations)),
        (t!("staff-report-deadlock-letters"), number(kind.deadlock_letters)),
        (t!("staff-report-adr-letters"), number(kind.adr_letters)),
        (t!("staff-report-early-asked"), number(kind.early_referrals_asked)),
        (t!("staff-report-early-granted"), number(kind.early_referrals_granted)),
    ]
}

/// The header row of a table of deadline counts, `first` heading the rows.
pub fn deadline_head(first: String) -> impl IntoView {
    view! {
        <thead><tr>
            <th scope="col">{first}</th>
            <th scope="col">{t!("staff-report-share")}</th>
            <th scope="col">{t!("staff-report-fell-due")}</th>
            <th scope="col">{t!("staff-report-on-time")}</th>
            <th scope="col">{t!("staff-report-late")}</th>
            <th scope="col">{t!("staff-report-not-yet")}</th>
        </tr></thead>
    }
}

/// A deadline's counts as the cells after its row's header; "–" where
/// none fell due.
pub fn deadline_cells(count: Option<&DeadlineCount>) -> impl IntoView + use<> {
    let cell = |n: Option<u32>| n.map_or_else(|| "–".to_string(), number);
    let share = count.and_then(DeadlineCount::on_time_percent);
    view! {
        <td>{share.map_or_else(|| "–".to_string(), |p| t!("staff-report-percent", percent = p))}</td>
        <td>{cell(count.map(|c| c.fell_due))}</td>
        <td>{cell(count.map(|c| c.on_time))}</td>
        <td>{cell(count.map(|c| c.late))}</td>
        <td>{cell(count.map(|c| c.not_yet))}</td>
    }
}

/// Whether nothing of `kind` is counted in the period: no case came in,
/// was open or closed, and no deadline fell due. Its rows would all be
/// nought, and say less than a sentence.
pub fn nothing_in(kind: &KindReport) -> bool {
    kind.received == 0
        && kind.open_at_start == 0
        && kind.open_at_end == 0
        && kind.closed == 0
        && kind.deadlines.is_empty()
}

/// `kind`'s section: its figures, then its deadlines.
pub fn of_kind(kind: &KindReport) -> AnyView {
    let name = i18n::text(labels::kind(kind.kind), &[]);
    let id = format!("figures-{}", kind.kind.as_str());
    let labelled_by = id.clone();
    if nothing_in(kind) {
        return view! {
            <section class="figures-of-kind" aria-labelledby=labelled_by>
                <h3 class="heading-s" id=id>{name}</h3>
                <p class="body">{t!("staff-report-kind-empty")}</p>
            </section>
        }
        .into_any();
    }
    let figures = rows(kind)
        .into_iter()
        .map(|(label, value)| view! { <tr><th scope="row">{label}</th><td>{value}</td></tr> })
        .collect_view();
    let deadlines = (!kind.deadlines.is_empty()).then(|| {
        let rows = kind
            .deadlines
            .iter()
            .map(|count| {
                view! {
                    <tr>
                        <th scope="row">{i18n::text(labels::milestone(count.name), &[])}</th>
                        {deadline_cells(Some(count))}
                    </tr>
                }
            })
            .collect_view();
        let caption = t!("staff-report-deadlines", kind = name.clone());
        let region = caption.clone();
        // On a narrow screen the table scrolls sideways: by keyboard too.
        view! {
            <div class="figures__scroll" tabindex="0" role="region" aria-label=region>
                <table class="figures">
                    <caption class="figures__caption">{caption}</caption>
                    {deadline_head(t!("staff-report-deadline"))}
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <section class="figures-of-kind" aria-labelledby=labelled_by>
            <h3 class="heading-s" id=id>{name.clone()}</h3>
            <table class="figures">
                <caption class="figures__caption">{t!("staff-report-figures", kind = name)}</caption>
                <tbody>{figures}</tbody>
            </table>
            {deadlines}
        </section>
    }
    .into_any()
}
