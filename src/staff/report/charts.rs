//! The report's three charts, over every kind of case: cases received and
//! closed each week, the share of each deadline met on time each month, and
//! the business days the first answers took. Each is drawn in SVG from
//! `bars::layout`, says what it shows in a sentence, and gives its numbers
//! as a table under "Show the numbers" (screen readers read the table; the
//! drawing is hidden from them).

use leptos::prelude::*;
use redress_core::policy::MilestoneName;
use redress_core::report::{Charts, DayBucket, DeadlineCount, MonthOnTime, Spread, WeekCount};

use super::bars::{self, Group, Layout};
use super::{figures, number, or_dash, percent};
use crate::i18n::{self, format};
use crate::labels;
use crate::t;

/// Each deadline's counts over the months, in the order of their names.
pub fn by_deadline(months: &[MonthOnTime]) -> Vec<(MilestoneName, Vec<Option<&DeadlineCount>>)> {
    let mut names: Vec<MilestoneName> =
        months.iter().flat_map(|month| month.deadlines.iter().map(|count| count.name)).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|name| {
            let counts = months.iter().map(|month| month.deadlines.iter().find(|count| count.name == name)).collect();
            (name, counts)
        })
        .collect()
}

/// The week most cases came in: its first day and how many.
pub fn busiest(weeks: &[WeekCount]) -> Option<&WeekCount> {
    weeks.iter().filter(|week| week.received > 0).max_by_key(|week| (week.received, std::cmp::Reverse(week.from)))
}

/// The drawing of `layout`; bars of series 0 are filled, of series 1 drawn
/// in outline, so that they differ without colour.
fn drawing(layout: Layout) -> impl IntoView {
    let view_box = format!("0 0 {} {}", bars::WIDTH, bars::HEIGHT);
    let right = bars::WIDTH;
    let ticks = layout
        .ticks
        .iter()
        .map(|tick| {
            view! {
                <line class="chart__rule" x1=layout.left x2=right y1=tick.y y2=tick.y />
                <text class="chart__scale" x=layout.left - 4.0 y=tick.y + 4.0 text-anchor="end">{number(tick.value)}</text>
            }
        })
        .collect_view();
    let drawn = layout
        .bars
        .into_iter()
        .map(|bar| {
            let text = bar.text.map(|text| {
                view! { <text class="chart__value" x=bar.x + bar.width / 2.0 y=bar.y - 4.0 text-anchor="middle">{text}</text> }
            });
            view! {
                <rect class=format!("chart__bar chart__bar--{}", bar.series) x=bar.x y=bar.y width=bar.width height=bar.height />
                {text}
            }
        })
        .collect_view();
    let below = layout.baseline + 16.0;
    let labels = layout
        .labels
        .into_iter()
        .map(|label| view! { <text class="chart__label" x=label.x y=below text-anchor="middle">{label.text}</text> })
        .collect_view();
    view! {
        <svg class="chart__drawing" viewBox=view_box aria-hidden="true" focusable="false">
            {ticks}{drawn}{labels}
        </svg>
    }
}

/// A chart's numbers, folded under a summary a person opens to read them.
fn numbers(table: impl IntoView) -> impl IntoView {
    view! {
        <details class="chart__numbers">
            <summary>{t!("staff-report-numbers")}</summary>
            {table}
        </details>
    }
}

/// A swatch of series `series` and its name.
fn key(series: usize, name: String) -> impl IntoView {
    view! {
        <li class="chart__key">
            <svg class="chart__swatch" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                <rect class=format!("chart__bar chart__bar--{series}") x="1" y="1" width="12" height="12" />
            </svg>
            {name}
        </li>
    }
}

/// The three charts of `charts`.
pub fn all(charts: &Charts) -> impl IntoView + use<> {
    view! {
        {weekly(&charts.weeks)}
        {on_time(&charts.months)}
        {first_answers(&charts.first_answer, charts.first_answer_spread)}
    }
}

fn weekly(weeks: &[WeekCount]) -> impl IntoView + use<> {
    let lang = i18n::lang();
    let received: u32 = weeks.iter().map(|week| week.received).sum();
    let closed: u32 = weeks.iter().map(|week| week.closed).sum();
    let summary = match busiest(weeks) {
        Some(week) => {
            let date = format::date(lang, week.from);
            t!("staff-report-weeks-summary", received = received, closed = closed, date = date, most = week.received)
        }
        None => t!("staff-report-weeks-none", closed = closed),
    };
    let groups: Vec<Group> = weeks
        .iter()
        .map(|week| Group {
            label: format::day_month(lang, week.from),
            values: vec![week.received, week.closed],
            texts: vec![None, None],
        })
        .collect();
    let rows = weeks
        .iter()
        .map(|week| {
            view! {
                <tr>
                    <th scope="row">{format::date(lang, week.from)}" – "{format::date(lang, week.to)}</th>
                    <td>{number(week.received)}</td>
                    <td>{number(week.closed)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="chart" aria-labelledby="chart-weeks">
            <h3 class="heading-s" id="chart-weeks">{t!("staff-report-weeks-title")}</h3>
            <p class="body">{summary}</p>
            <ul class="chart__keys" aria-hidden="true">
                {key(0, t!("staff-report-received"))}
                {key(1, t!("staff-report-closed"))}
            </ul>
            {drawing(bars::layout(&groups, None))}
            {numbers(view! {
                <table class="figures">
                    <caption class="visually-hidden">{t!("staff-report-weeks-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t!("staff-report-week")}</th>
                        <th scope="col">{t!("staff-report-received")}</th>
                        <th scope="col">{t!("staff-report-closed")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            })}
        </section>
    }
}

fn on_time(months: &[MonthOnTime]) -> impl IntoView + use<> {
    let lang = i18n::lang();
    let deadlines = by_deadline(months);
    let none = deadlines.is_empty().then(|| view! { <p class="body">{t!("staff-report-on-time-none")}</p> });
    let each = deadlines
        .iter()
        .map(|(name, counts)| {
            let deadline = i18n::text(labels::milestone(*name), &[]);
            let (heading, region) = (deadline.clone(), deadline.clone());
            let on_time: u32 = counts.iter().flatten().map(|count| count.on_time).sum();
            let settled: u32 = counts.iter().flatten().map(|count| count.on_time + count.late).sum();
            let summary = if settled == 0 {
                t!("staff-report-on-time-unsettled", deadline = deadline.clone())
            } else {
                let share = percent((f64::from(on_time) * 100.0 / f64::from(settled)).round() as u32);
                let name = deadline.clone();
                let (met, of) = (on_time, settled);
                t!("staff-report-on-time-summary", deadline = name, percent = share, on_time = met, settled = of)
            };
            let groups: Vec<Group> = months
                .iter()
                .zip(counts)
                .map(|(month, count)| {
                    let share = count.and_then(|count| count.on_time_percent());
                    Group {
                        label: format::month(lang, month.from, true),
                        values: vec![share.unwrap_or(0)],
                        texts: vec![Some(or_dash(share, percent))],
                    }
                })
                .collect();
            let rows = months
                .iter()
                .zip(counts)
                .map(|(month, count)| {
                    view! {
                        <tr>
                            <th scope="row">{format::month(lang, month.from, false)}</th>
                            {figures::deadline_cells(*count)}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h4 class="heading-xs">{heading}</h4>
                <p class="body">{summary}</p>
                {drawing(bars::layout(&groups, Some(100)))}
                {numbers(view! {
                    <div class="figures__scroll" tabindex="0" role="region" aria-label=region>
                        <table class="figures">
                            <caption class="visually-hidden">{deadline}</caption>
                            {figures::deadline_head(t!("staff-report-month"))}
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                })}
            }
        })
        .collect_view();
    view! {
        <section class="chart" aria-labelledby="chart-on-time">
            <h3 class="heading-s" id="chart-on-time">{t!("staff-report-on-time-title")}</h3>
            <p class="hint">{t!("staff-report-on-time-hint")}</p>
            {none}
            {each}
        </section>
    }
}

fn first_answers(buckets: &[DayBucket], spread: Spread) -> impl IntoView + use<> {
    let days = |days: u32| t!("staff-report-within-days", days = days);
    let summary = match (spread.median, spread.p90) {
        (Some(half), Some(most)) => {
            t!("staff-report-first-answer-summary", cases = spread.cases, half = days(half), most = days(most))
        }
        _ => t!("staff-report-first-answer-none"),
    };
    let label = |bar: &DayBucket| match bar.to {
        Some(to) if to == bar.from => bar.from.to_string(),
        Some(to) => format!("{}–{to}", bar.from),
        None => format!("{}+", bar.from),
    };
    let groups: Vec<Group> = buckets
        .iter()
        .map(|bar| Group {
            label: label(bar),
            values: vec![bar.cases],
            texts: vec![(bar.cases > 0).then(|| number(bar.cases))],
        })
        .collect();
    let rows = buckets
        .iter()
        .map(|bar| view! { <tr><th scope="row">{label(bar)}</th><td>{number(bar.cases)}</td></tr> })
        .collect_view();
    view! {
        <section class="chart" aria-labelledby="chart-first-answer">
            <h3 class="heading-s" id="chart-first-answer">{t!("staff-report-first-answer-title")}</h3>
            <p class="body">{summary}</p>
            {drawing(bars::layout(&groups, None))}
            {numbers(view! {
                <table class="figures">
                    <caption class="visually-hidden">{t!("staff-report-first-answer-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t!("staff-report-days")}</th>
                        <th scope="col">{t!("staff-report-cases")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_deadline_is_followed_across_the_months() {
        let count = |name, on_time| DeadlineCount { name, fell_due: on_time, on_time, late: 0, not_yet: 0 };
        let day = |text: &str| text.parse().unwrap();
        let months = [
            MonthOnTime {
                from: day("2026-07-01"),
                to: day("2026-07-31"),
                deadlines: vec![count(MilestoneName::Response, 3)],
            },
            MonthOnTime {
                from: day("2026-08-01"),
                to: day("2026-08-31"),
                deadlines: vec![count(MilestoneName::Acknowledgement, 1), count(MilestoneName::Response, 2)],
            },
        ];
        let followed = by_deadline(&months);
        let names: Vec<MilestoneName> = followed.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, [MilestoneName::Acknowledgement, MilestoneName::Response]);
        let acknowledged: Vec<Option<u32>> = followed[0].1.iter().map(|c| c.map(|c| c.on_time)).collect();
        assert_eq!(acknowledged, [None, Some(1)], "no acknowledgement fell due in July");
        let weeks = [
            WeekCount { from: day("2026-07-01"), to: day("2026-07-05"), received: 4, closed: 0 },
            WeekCount { from: day("2026-07-06"), to: day("2026-07-12"), received: 4, closed: 1 },
        ];
        assert_eq!(busiest(&weeks).map(|week| week.from), Some(day("2026-07-01")), "the first of equals");
    }
}
