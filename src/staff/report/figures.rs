//! A kind of case's figures as tables: what came in and was closed, in the
//! regulator's bands, what the company found, how long answers took, the
//! steps the regulator counts, and each deadline of the policy.

use leptos::prelude::*;
use redress_core::report::{DeadlineCount, Figure, KindReport};

use super::{number, or_dash, percent};
use crate::i18n;
use crate::labels;
use crate::t;

/// A figure's words.
fn label(figure: Figure) -> String {
    match figure {
        Figure::Received => t!("staff-report-received"),
        Figure::OpenAtStart => t!("staff-report-open-start"),
        Figure::OpenAtEnd => t!("staff-report-open-end"),
        Figure::Closed => t!("staff-report-closed"),
        Figure::ClosedWithin3BusinessDays => t!("staff-report-closed-3-days"),
        Figure::ClosedWithin8Weeks => t!("staff-report-closed-8-weeks"),
        Figure::ClosedAfter8Weeks => t!("staff-report-closed-later"),
        Figure::Upheld => t!("staff-report-upheld"),
        Figure::PartlyUpheld => t!("staff-outcome-partly-upheld"),
        Figure::NotUpheld => t!("staff-outcome-not-upheld"),
        Figure::OutcomeNotRecorded => t!("staff-report-no-outcome"),
        Figure::FirstAnswered => t!("staff-report-first-answered"),
        Figure::DaysToFirstAnswerMedian => t!("staff-report-first-answer-median"),
        Figure::DaysToFirstAnswerP90 => t!("staff-report-first-answer-p90"),
        Figure::DaysToCloseMedian => t!("staff-report-close-median"),
        Figure::DaysToCloseP90 => t!("staff-report-close-p90"),
        Figure::DelayNotices => t!("staff-report-delay-notices"),
        Figure::Escalations => t!("staff-report-escalations"),
        Figure::DeadlockLetters => t!("staff-report-deadlock-letters"),
        Figure::AdrLetters => t!("staff-report-adr-letters"),
        Figure::EarlyReferralsAsked => t!("staff-report-early-asked"),
        Figure::EarlyReferralsGranted => t!("staff-report-early-granted"),
    }
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
    view! {
        <td>{or_dash(count.and_then(DeadlineCount::on_time_percent), percent)}</td>
        <td>{or_dash(count.map(|c| c.fell_due), number)}</td>
        <td>{or_dash(count.map(|c| c.on_time), number)}</td>
        <td>{or_dash(count.map(|c| c.late), number)}</td>
        <td>{or_dash(count.map(|c| c.not_yet), number)}</td>
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
    let figures = kind
        .figures()
        .into_iter()
        .map(|(figure, value)| view! { <tr><th scope="row">{label(figure)}</th><td>{or_dash(value, number)}</td></tr> })
        .collect_view();
    let deadlines = (!kind.deadlines.is_empty()).then(|| deadlines_of(&name, &kind.deadlines));
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

/// How a row of the deadlines' table writes one deadline's count.
type WriteCount = fn(&DeadlineCount) -> String;

/// A kind's deadlines, a column each and a row for each count. A kind has
/// a few deadlines, so the table fits a phone's width, where a row for each
/// deadline (six columns) did not.
fn deadlines_of(kind_name: &str, deadlines: &[DeadlineCount]) -> impl IntoView + use<> {
    let head = deadlines
        .iter()
        .map(|count| view! { <th scope="col">{i18n::text(labels::milestone(count.name), &[])}</th> })
        .collect_view();
    let counts: [(String, WriteCount); 5] = [
        (t!("staff-report-share"), |c| or_dash(c.on_time_percent(), percent)),
        (t!("staff-report-fell-due"), |c| number(c.fell_due)),
        (t!("staff-report-on-time"), |c| number(c.on_time)),
        (t!("staff-report-late"), |c| number(c.late)),
        (t!("staff-report-not-yet"), |c| number(c.not_yet)),
    ];
    let rows = counts
        .into_iter()
        .map(|(words, write)| {
            let cells = deadlines.iter().map(|count| view! { <td>{write(count)}</td> }).collect_view();
            view! { <tr><th scope="row">{words}</th>{cells}</tr> }
        })
        .collect_view();
    let caption = t!("staff-report-deadlines", kind = kind_name.to_string());
    let region = caption.clone();
    // A policy with many deadlines may still be wider than the screen: it
    // scrolls sideways, by keyboard too.
    view! {
        <div class="figures__scroll" tabindex="0" role="region" aria-label=region>
            <table class="figures">
                <caption class="figures__caption">{caption}</caption>
                <thead><tr><th scope="col">{t!("staff-report-deadline")}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
