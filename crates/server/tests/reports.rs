//! A provider's report over a seeded database, compared with figures this
//! test works out on its own: from the cases' stored histories (read from
//! the database) and the deadlines the staff's view of each case shows,
//! counted here without the report's code. Then its two spreadsheets, read
//! as a spreadsheet program reads them; its refusals; and the facts of
//! cases filed before reports existed, worked out when the server starts.

#[macro_use]
mod common;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use common::{Db, Server};
use redress_core::policy::{Policy, bundled};
use serde_json::Value;
use sqlx::Row;

const NOW: &str = "2026-11-16T09:00:00Z";
const PROVIDER: &str = "key-systems";

/// What the test knows of one case, from its stored history.
struct Case {
    reference: String,
    kind: String,
    received: NaiveDate,
    /// Each event: its kind, its day, the outcome it recorded.
    events: Vec<(String, NaiveDate, Option<String>)>,
}

impl Case {
    fn first(&self, kinds: &[&str]) -> Option<NaiveDate> {
        self.events.iter().find(|(kind, ..)| kinds.contains(&kind.as_str())).map(|(_, day, _)| *day)
    }

    /// The day the company's handling ended.
    fn closed(&self) -> Option<NaiveDate> {
        self.first(&[
            "final_response",
            "deadlock_letter_issued",
            "resolved",
            "closed",
            "withdrawn",
            "considered_resolved",
            "considered_closed",
        ])
    }
}

async fn cases_of(server: &Server, policy: &Policy) -> Vec<Case> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    let rows = sqlx::query(
        "SELECT c.id, c.reference, c.kind AS case_kind, e.kind AS event_kind, e.at, e.outcome FROM cases c \
         JOIN case_events e ON e.case_id = c.id WHERE c.provider = $1 ORDER BY c.id, e.seq",
    )
    .bind(PROVIDER)
    .fetch_all(&pool)
    .await
    .unwrap();
    pool.close().await;
    let day = |text: String| policy.time_zone.local_date(text.parse::<DateTime<Utc>>().unwrap());
    let mut cases: Vec<(i64, Case)> = Vec::new();
    for row in rows {
        let id: i64 = row.get("id");
        let event = (row.get::<String, _>("event_kind"), day(row.get("at")), row.get::<Option<String>, _>("outcome"));
        if cases.last().is_none_or(|(last, _)| *last != id) {
            let case = Case {
                reference: row.get("reference"),
                kind: row.get("case_kind"),
                received: event.1,
                events: Vec::new(),
            };
            cases.push((id, case));
        }
        cases.last_mut().unwrap().1.events.push(event);
    }
    cases.into_iter().map(|(_, case)| case).collect()
}

/// Business days after `from` up to `to`, counted on the policy's calendar.
fn business_days_between(policy: &Policy, from: NaiveDate, to: NaiveDate) -> u64 {
    let calendar = policy.holidays.calendar();
    from.iter_days().skip(1).take_while(|day| *day <= to).filter(|day| calendar.is_business_day(*day).unwrap()).count()
        as u64
}

/// The nearest-rank percentile of sorted `days`.
fn rank(days: &[u64], share: f64) -> Value {
    if days.is_empty() {
        return Value::Null;
    }
    let at = ((share * days.len() as f64).ceil() as usize).max(1) - 1;
    Value::from(days[at])
}

/// The figures of one kind over `from..=to`, worked out here.
fn expected(policy: &Policy, cases: &[&Case], from: NaiveDate, to: NaiveDate) -> BTreeMap<&'static str, Value> {
    let within = |day: Option<NaiveDate>| day.is_some_and(|day| from <= day && day <= to);
    let count = |test: &dyn Fn(&Case) -> bool| Value::from(cases.iter().filter(|case| test(case)).count());
    let open_on = |case: &Case, day: NaiveDate| case.received <= day && case.closed().is_none_or(|closed| closed > day);
    let start = from.pred_opt().unwrap();
    let closed: Vec<&&Case> = cases.iter().filter(|case| within(case.closed())).collect();
    let mut close_days: Vec<u64> =
        closed.iter().map(|case| business_days_between(policy, case.received, case.closed().unwrap())).collect();
    close_days.sort_unstable();
    let outcome = |case: &Case| case.events.iter().rev().find_map(|(_, _, outcome)| outcome.clone());
    let outcomes =
        |name: &str| Value::from(closed.iter().filter(|case| outcome(case).as_deref() == Some(name)).count());
    let mut figures = BTreeMap::new();
    figures.insert("received", count(&|case| within(Some(case.received))));
    figures.insert("open_at_start", count(&|case| open_on(case, start)));
    figures.insert("open_at_end", count(&|case| open_on(case, to)));
    figures.insert("closed", Value::from(closed.len()));
    figures.insert("closed_within_3_business_days", Value::from(close_days.iter().filter(|days| **days <= 3).count()));
    figures.insert(
        "closed_after_8_weeks",
        Value::from(
            closed.iter().filter(|case| case.closed().unwrap() > case.received + chrono::Days::new(56)).count(),
        ),
    );
    figures.insert("upheld", outcomes("upheld"));
    figures.insert("partly_upheld", outcomes("partly_upheld"));
    figures.insert("not_upheld", outcomes("not_upheld"));
    figures.insert("escalations", count(&|case| within(case.first(&["escalated"]))));
    figures.insert(
        "delay_notices",
        Value::from(
            cases
                .iter()
                .flat_map(|case| &case.events)
                .filter(|(kind, day, _)| kind == "delay_notified" && within(Some(*day)))
                .count(),
        ),
    );
    figures.insert("days_to_close_median", rank(&close_days, 0.5));
    figures.insert("days_to_close_p90", rank(&close_days, 0.9));
    figures
}

/// The same figures, as the report gives them.
fn reported(kind: &Value) -> BTreeMap<&'static str, Value> {
    let mut figures = BTreeMap::new();
    for name in [
        "received",
        "open_at_start",
        "open_at_end",
        "closed",
        "closed_within_3_business_days",
        "closed_after_8_weeks",
        "upheld",
        "partly_upheld",
        "not_upheld",
        "escalations",
        "delay_notices",
    ] {
        figures.insert(name, kind[name].clone());
    }
    figures.insert("days_to_close_median", kind["days_to_close"]["median"].clone());
    figures.insert("days_to_close_p90", kind["days_to_close"]["p90"].clone());
    figures
}

/// Each deadline's (fell due, on time, late, not yet) over `from..=to`,
/// from the milestones the staff's view of each case shows on `today`.
async fn deadlines_seen(
    server: &Server,
    token: &str,
    cases: &[&Case],
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> BTreeMap<String, [u64; 4]> {
    let mut counts: BTreeMap<String, [u64; 4]> = BTreeMap::new();
    for case in cases {
        let (status, _, body) = server.staff_get(token, &format!("/cases/{}", case.reference)).await;
        assert_eq!(status, 200);
        let view: Value = serde_json::from_slice(&body).unwrap();
        for milestone in view["milestones"].as_array().unwrap() {
            let (Some(due), Some(status)) = (milestone["due"].as_str(), milestone["status"].as_str()) else { continue };
            let due: NaiveDate = due.parse().unwrap();
            if milestone["role"] != "deadline" || status == "stopped" || due < from || due > to {
                continue;
            }
            let count = counts.entry(milestone["name"].as_str().unwrap().to_string()).or_default();
            count[0] += 1;
            let met_on = milestone["settled_on"].as_str().map(|day| day.parse::<NaiveDate>().unwrap());
            match (status, met_on) {
                ("met", _) => count[1] += 1,
                ("pending", _) if due >= today => count[3] += 1,
                _ => count[2] += 1,
            }
        }
    }
    counts
}

fn deadlines_reported(kind: &Value) -> BTreeMap<String, [u64; 4]> {
    kind["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let n = |field: &str| d[field].as_u64().unwrap();
            (d["name"].as_str().unwrap().to_string(), [n("fell_due"), n("on_time"), n("late"), n("not_yet")])
        })
        .collect()
}

async fn report_of(server: &Server, token: &str, query: &str) -> Value {
    let (status, _, body) = server.staff_get(token, &format!("/report{query}")).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    serde_json::from_slice(&body).unwrap()
}

async fn a_report_agrees_with_the_cases(db: Db) {
    let mut server = Server::start_with(db, NOW, &[("REDRESS_NOW", NOW)]).await;
    let seeded = server.redress(&["db", "seed", "--cases", "1500"]);
    assert!(seeded.status.success(), "{}", String::from_utf8_lossy(&seeded.stderr));
    let policy = bundled::find(PROVIDER).unwrap();
    let token = server.staff_token(PROVIDER, "Sam Jones");
    let cases = cases_of(&server, policy).await;
    let today: NaiveDate = "2026-11-16".parse().unwrap();

    // A past quarter, and two months around the day the report is drawn
    // (some deadlines in them not yet passed).
    let periods = [("2026-07-01", "2026-09-30"), ("2026-11-01", "2026-12-31")];
    let mut answers = Vec::new();
    for (from, to) in periods {
        let report = report_of(&server, &token, &format!("?from={from}&to={to}")).await;
        let (from, to) = (from.parse().unwrap(), to.parse().unwrap());
        assert_eq!(report["today"], "2026-11-16");
        let kinds = report["kinds"].as_array().unwrap();
        assert_eq!(kinds.len(), policy.kinds.len(), "a report for each kind of the policy");
        for kind in kinds {
            let mine: Vec<&Case> = cases.iter().filter(|case| kind["kind"] == case.kind.as_str()).collect();
            assert_eq!(reported(kind), expected(policy, &mine, from, to), "{}: {from} to {to}", kind["kind"]);
            assert_eq!(
                deadlines_reported(kind),
                deadlines_seen(&server, &token, &mine, from, to, today).await,
                "{}'s deadlines: {from} to {to}",
                kind["kind"]
            );
        }
        // The weekly chart counts what the kinds count.
        let weeks = report["charts"]["weeks"].as_array().unwrap();
        let received: u64 = weeks.iter().map(|week| week["received"].as_u64().unwrap()).sum();
        assert_eq!(received, kinds.iter().map(|kind| kind["received"].as_u64().unwrap()).sum::<u64>());
        answers.push(report);
    }
    // Figures that could not be compared if they were all nought.
    let quarter = &answers[0];
    let sum = |report: &Value, figure: &dyn Fn(&Value) -> u64| -> u64 {
        report["kinds"].as_array().unwrap().iter().map(figure).sum()
    };
    for figure in ["received", "closed", "closed_within_8_weeks", "upheld", "not_upheld", "escalations"] {
        assert!(sum(quarter, &|kind| kind[figure].as_u64().unwrap()) > 0, "{figure}: {quarter}");
    }
    let not_yet =
        |kind: &Value| kind["deadlines"].as_array().unwrap().iter().map(|d| d["not_yet"].as_u64().unwrap()).sum();
    assert!(sum(&answers[1], &not_yet) > 0, "some deadlines have not come yet: {}", answers[1]);

    // The sheets, read as a spreadsheet program reads them, say the same.
    let (status, headers, sheet) = server.staff_get(&token, "/report/return.csv?from=2026-07-01&to=2026-09-30").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.contains("key-systems-complaints-return-2026-07-01-2026-09-30.csv"), "{disposition}");
    let sheet = String::from_utf8(sheet).unwrap();
    let mut reader = csv::Reader::from_reader(sheet.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), policy.kinds.len());
    for (row, kind) in rows.iter().zip(quarter["kinds"].as_array().unwrap()) {
        let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].parse::<u64>().unwrap();
        assert_eq!(cell("opened"), kind["received"].as_u64().unwrap());
        assert_eq!(cell("closed_within_3_business_days"), kind["closed_within_3_business_days"].as_u64().unwrap());
        assert_eq!(cell("closed_within_8_weeks"), kind["closed_within_8_weeks"].as_u64().unwrap());
        assert_eq!(cell("closed_after_8_weeks"), kind["closed_after_8_weeks"].as_u64().unwrap());
        assert_eq!(
            cell("closed_within_3_business_days") + cell("closed_within_8_weeks") + cell("closed_after_8_weeks"),
            cell("closed"),
            "the bands share out the closed"
        );
        assert_eq!(
            cell("upheld") + cell("partly_upheld") + cell("not_upheld") + cell("outcome_not_recorded"),
            cell("closed")
        );
    }
    let (status, _, figures) = server.staff_get(&token, "/report.csv?from=2026-07-01&to=2026-09-30").await;
    assert_eq!(status, 200);
    let figures = String::from_utf8(figures).unwrap();
    let mut reader = csv::Reader::from_reader(figures.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let value = |kind: &str, figure: &str| {
        rows.iter().find(|row| &row[2] == kind && &row[3] == figure).map(|row| row[5].to_string()).unwrap()
    };
    let first = &quarter["kinds"][0];
    let kind = first["kind"].as_str().unwrap();
    assert_eq!(value(kind, "received"), first["received"].to_string());
    assert_eq!(value(kind, "days_to_first_answer_median"), first["days_to_first_answer"]["median"].to_string());

    // Refusals, each with its code.
    for (query, status, code) in [
        ("?from=2026-09-30&to=2026-07-01", 422, "invalid_range"),
        ("?from=2025-01-01&to=2026-06-30", 422, "period_too_long"),
        ("?from=2026-02-30&to=2026-03-31", 422, "invalid_date"),
        ("?from=2026-07-01", 400, "invalid_query"),
        ("?from=2026-07-01&to=2026-09-30&kind=complaint", 400, "invalid_query"),
    ] {
        let (got, _, body) = server.staff_get(&token, &format!("/report{query}")).await;
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!((got, body["error"]["code"].as_str()), (status, Some(code)), "{query}: {body}");
    }

    // Cases filed before reports existed get their facts when the server
    // starts: the same report as before.
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    sqlx::query("UPDATE cases SET report_facts = NULL, report_until = ''").execute(&pool).await.unwrap();
    pool.close().await;
    server.restart_at(NOW).await;
    assert_eq!(&report_of(&server, &token, "?from=2026-07-01&to=2026-09-30").await, quarter);
}

on_both_databases!(report_agrees, a_report_agrees_with_the_cases);
