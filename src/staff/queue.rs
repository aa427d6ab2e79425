//! The work queue: the provider's open cases by next deadline, the overdue
//! and those due today marked by words and a sign (never by colour alone),
//! with the list's filters and its pages. It looks again every half
//! minute, so a new case shows without a reload.

use chrono::NaiveDate;
use leptos::prelude::*;
use redress_core::lifecycle::Stage;

use super::api::{self, Me, QueuePage, QueuedCase, StageCount};
use crate::components::layout::set_title;
use crate::i18n::{self, format};
use crate::labels;
use crate::t;

/// How often the queue looks for new cases.
const REFRESH_MS: u32 = 30_000;

/// How a case's next deadline reads in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// No deadline of the company is pending.
    None,
    /// Passed this many days ago, unmet.
    Overdue(i64),
    Today,
    Tomorrow,
    Later(NaiveDate),
}

impl Due {
    pub fn of(next_due: Option<NaiveDate>, overdue: bool, today: NaiveDate) -> Due {
        match next_due {
            None => Due::None,
            Some(due) if overdue || due < today => Due::Overdue((today - due).num_days().max(1)),
            Some(due) if due == today => Due::Today,
            Some(due) if due == today.succ_opt().unwrap_or(today) => Due::Tomorrow,
            Some(due) => Due::Later(due),
        }
    }

    /// The words, and the class that sets its sign.
    fn shown(self) -> (String, &'static str) {
        match self {
            Due::None => (t!("staff-due-none"), "due"),
            Due::Overdue(days) => (t!("staff-due-overdue", days = days), "due due--overdue"),
            Due::Today => (t!("staff-due-today"), "due due--today"),
            Due::Tomorrow => (t!("staff-due-tomorrow"), "due"),
            Due::Later(date) => (t!("staff-due-on", date = format::date(i18n::lang(), date)), "due"),
        }
    }
}

/// The list's query for the filters and page: by next deadline.
pub fn query(search: &str, stage: &str, assigned: &str, overdue: bool, after: Option<&str>) -> String {
    let params = web_sys::UrlSearchParams::new().expect("a URLSearchParams");
    params.append("sort", "next_due");
    if !search.trim().is_empty() {
        params.append("q", search.trim());
    }
    if !stage.is_empty() {
        params.append("stage", stage);
    }
    if !assigned.is_empty() {
        params.append("assigned", assigned);
    }
    if overdue {
        params.append("overdue", "true");
    }
    if let Some(after) = after {
        params.append("after", after);
    }
    params.to_string().into()
}

#[component]
pub fn Queue() -> impl IntoView {
    let me = use_context::<Me>().expect("signed in");
    let search = RwSignal::new(String::new());
    let stage = RwSignal::new(String::new());
    // "me", "nobody", or anyone's.
    let assigned = RwSignal::new(String::new());
    let overdue = RwSignal::new(false);
    // The cursors of the pages before this one, to go back.
    let earlier = RwSignal::new(Vec::<Option<String>>::new());
    let after = RwSignal::new(None::<String>);
    let page = RwSignal::new(None::<Result<QueuePage, crate::api::Failure>>);
    let load = move || {
        let wanted = query(
            &search.get_untracked(),
            &stage.get_untracked(),
            &assigned.get_untracked(),
            overdue.get_untracked(),
            after.get_untracked().as_deref(),
        );
        leptos::task::spawn_local(async move {
            let found = api::queue(&wanted).await;
            page.set(Some(found));
        });
    };
    load();
    let every = set_interval_with_handle(load, std::time::Duration::from_millis(REFRESH_MS.into())).ok();
    on_cleanup(move || {
        if let Some(handle) = every {
            handle.clear();
        }
    });
    Effect::new(move |_| set_title(&t!("staff-queue-title"), false));

    let apply = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        earlier.set(Vec::new());
        after.set(None);
        load();
    };
    let next_page = move |cursor: String| {
        earlier.update(|list| list.push(after.get_untracked()));
        after.set(Some(cursor));
        load();
    };
    let previous_page = move || {
        let back = earlier.try_update(|list| list.pop()).flatten().flatten();
        after.set(back);
        load();
    };
    let today = me.today;
    let stage_options = Stage::ALL
        .into_iter()
        .map(|s| {
            let label = i18n::text(super::stage_label(s), &[("kind", "complaint".into())]);
            view! { <option value=s.as_str()>{label}</option> }
        })
        .collect_view();

    view! {
        <p class="caption"><span class="caption__provider">{me.provider_name.clone()}</span></p>
        <h1 class="heading-l">{t!("staff-queue-title")}</h1>
        <form class="queue-filters" novalidate on:submit=apply role="search">
            <div class="form-group">
                <label class="label" for="queue-search">{t!("staff-search-label")}</label>
                <p class="hint" id="queue-search-hint">{t!("staff-search-hint")}</p>
                <input class="input" type="search" id="queue-search" aria-describedby="queue-search-hint"
                    prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev)) />
            </div>
            <div class="form-group">
                <label class="label" for="queue-stage">{t!("staff-stage-label")}</label>
                <select class="select" id="queue-stage" prop:value=move || stage.get()
                    on:change=move |ev| stage.set(event_target_value(&ev))>
                    <option value="">{t!("staff-stage-any")}</option>
                    {stage_options}
                </select>
            </div>
            <div class="form-group">
                <label class="label" for="queue-assigned">{t!("staff-assigned-label")}</label>
                <select class="select" id="queue-assigned" on:change=move |ev| assigned.set(event_target_value(&ev))>
                    <option value="">{t!("staff-assigned-anyone")}</option>
                    <option value="me">{t!("staff-assigned-me")}</option>
                    <option value="nobody">{t!("staff-assigned-nobody")}</option>
                </select>
            </div>
            <div class="checkbox">
                <input class="checkbox__input" type="checkbox" id="queue-overdue"
                    prop:checked=move || overdue.get() on:change=move |ev| overdue.set(event_target_checked(&ev)) />
                <label class="checkbox__label" for="queue-overdue">{t!("staff-overdue-only")}</label>
            </div>
            <button type="submit" class="button button--secondary">{t!("staff-apply")}</button>
        </form>
        {move || match page.get() {
            None => view! { <p class="loading" role="status">{t!("staff-loading")}</p> }.into_any(),
            Some(Err(_)) => view! { <p class="body" role="alert">{t!("staff-unavailable")}</p> }.into_any(),
            Some(Ok(found)) => {
                let count = if found.total_exact {
                    t!("staff-queue-count", count = found.total)
                } else {
                    t!("staff-queue-count-more", count = found.total)
                };
                let rows = found.cases.iter().map(|case| row(case, today)).collect_view();
                let next = found.next.clone();
                let has_earlier = !earlier.with(Vec::is_empty);
                let by_stage = stage_counts(&found.stages, stage, move || {
                    earlier.set(Vec::new());
                    after.set(None);
                    load();
                });
                view! {
                    {by_stage}
                    <p class="body" role="status" id="queue-count">{count}</p>
                    <ul class="queue">{rows}</ul>
                    <nav class="pager" aria-label=t!("staff-pages")>
                        {has_earlier.then(|| view! {
                            <button type="button" class="link-button" on:click=move |_| previous_page()>{t!("staff-previous-page")}</button>
                        })}
                        {next.map(|cursor| view! {
                            <button type="button" class="link-button" on:click=move |_| next_page(cursor.clone())>{t!("staff-next-page")}</button>
                        })}
                    </nav>
                }
                .into_any()
            }
        }}
    }
}

/// The stages that hold cases, each with its count, as buttons that show
/// only that stage's cases (pressed: the stage shown).
fn stage_counts<F>(counts: &[StageCount], stage: RwSignal<String>, show: F) -> impl IntoView + use<F>
where
    F: Fn() + Copy + Send + Sync + 'static,
{
    let items = counts
        .iter()
        .filter(|held| held.count > 0)
        .map(|held| {
            let name = held.stage.as_str();
            let label = i18n::text(super::stage_label(held.stage), &[("kind", "complaint".into())]);
            let count = format::number(i18n::lang(), held.count);
            let count = if held.exact { count } else { format!("{count}+") };
            view! {
                <li>
                    <button type="button" class="stage-count" aria-pressed=move || (stage.get() == name).to_string()
                        on:click=move |_| {
                            stage.set(if stage.get_untracked() == name { String::new() } else { name.to_string() });
                            show();
                        }>
                        {label}" "<strong>{count}</strong>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="stage-counts" aria-label=t!("staff-stage-counts")>{items}</ul> }
}

fn row(case: &QueuedCase, today: NaiveDate) -> impl IntoView + use<> {
    let (due_text, due_class) = Due::of(case.next_due, case.overdue, today).shown();
    let kind = case.kind.as_str();
    let href = format!("/staff/cases/{}", case.reference);
    let handler = match &case.assignee {
        Some(name) => t!("staff-handled-by", name = name.clone()),
        None => t!("staff-handled-by-nobody"),
    };
    view! {
        <li class="queue__case">
            <a class="queue__reference" href=href>{case.reference.clone()}</a>
            {case.customer.clone().map(|name| view! { <span class="queue__customer">{name}</span> })}
            <span class=due_class>{due_text}</span>
            {case.new_from_customer.then(|| view! { <span class="queue__new">{t!("staff-new-from-customer")}</span> })}
            <span class="queue__what">
                {i18n::text(labels::kind(case.kind), &[])}
                " · "
                {i18n::text(super::stage_label(case.stage), &[("kind", kind.into())])}
                " · "
                {t!("staff-received-on", date = format::date(i18n::lang(), case.received_at.date_naive()))}
                " · "
                {handler}
            </span>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_deadline_reads_by_how_near_it_is() {
        let today = day("2026-12-09");
        assert_eq!(Due::of(None, false, today), Due::None);
        assert_eq!(Due::of(Some(day("2026-12-04")), true, today), Due::Overdue(5));
        assert_eq!(Due::of(Some(day("2026-12-09")), false, today), Due::Today);
        assert_eq!(Due::of(Some(day("2026-12-10")), false, today), Due::Tomorrow);
        assert_eq!(Due::of(Some(day("2026-12-14")), false, today), Due::Later(day("2026-12-14")));
        // The server's word counts: a deadline it calls overdue is, also
        // where the browser's day is behind the provider's.
        assert_eq!(Due::of(Some(day("2026-12-09")), true, today), Due::Overdue(1));
    }
}
