//! `redress db seed`: an empty database filled with cases the server reads
//! like any other (every one replays through the core), of every provider,
//! in the scripts of their languages, with staff steps, escalations and
//! missed deadlines; and a database that holds cases is refused.

#[macro_use]
mod common;

use common::{Db, Server};
use serde_json::Value;

const NOW: &str = "2026-11-16T09:00:00Z";

async fn seeded_cases_read_like_filed_ones(db: Db) {
    let mut server = Server::start_with(db, NOW, &[("REDRESS_NOW", NOW)]).await;
    // Enough for the first provider's spreadsheet to be read in several
    // batches, and for a search to find more than it counts.
    let seeded = server.redress(&["db", "seed", "--cases", "3000"]);
    assert!(seeded.status.success(), "{}", String::from_utf8_lossy(&seeded.stderr));
    assert!(String::from_utf8_lossy(&seeded.stderr).contains("Seeded 3000 cases"));

    // Every provider's queue, page by page, and each case opened: none is refused.
    let mut total = 0;
    let mut stages = std::collections::BTreeSet::new();
    let mut overdue = 0;
    let mut names = String::new();
    let mut queues = Vec::new();
    for provider in ["kite-mobi", "modmount", "kijoma", "key-systems", "kontakt-az"] {
        let token = server.staff_token(provider, "Sam Jones");
        let cases = whole_queue(&server, &token).await;
        assert!(!cases.is_empty(), "{provider} has cases");
        total += cases.len();
        queues.push((token.clone(), cases.clone()));
        for case in &cases {
            stages.insert(case["stage"].as_str().unwrap().to_string());
            overdue += usize::from(case["overdue"] == Value::Bool(true));
        }
        // A case opens as staff see it, with its history.
        let reference = cases[0]["reference"].as_str().unwrap();
        let (status, _, body) = server.staff_get(&token, &format!("/cases/{reference}")).await;
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
        names.push_str(&String::from_utf8_lossy(&body));
        // The spreadsheet streams (no length known ahead), a row per case.
        let (status, headers, sheet) = server.staff_get(&token, "/cases.csv?sort=next_due").await;
        assert_eq!(status, 200);
        assert!(headers.get("content-length").is_none(), "{headers:?}");
        let sheet = String::from_utf8(sheet).unwrap();
        let mut reader = csv::Reader::from_reader(sheet.as_bytes());
        let references: Vec<String> = reader.records().map(|row| row.unwrap()[0].to_string()).collect();
        let listed: Vec<String> = cases.iter().map(|case| case["reference"].as_str().unwrap().to_string()).collect();
        assert_eq!(references, listed, "{provider}: the spreadsheet has the queue's cases, in its order");
        names.push_str(&sheet);
    }
    assert_eq!(total, 3000);
    assert!(queues[0].1.len() > 1000, "the first provider's spreadsheet took several batches");
    for stage in ["received", "acknowledged", "responded", "escalated", "closed"] {
        assert!(stages.contains(stage), "some case is {stage}: {stages:?}");
    }
    assert!(overdue > 0, "some deadlines were missed");
    // Names in Cyrillic and in Azerbaijani's Latin letters among them.
    assert!(names.chars().any(|c| ('А'..='я').contains(&c)), "Cyrillic");
    assert!(names.contains('ə'), "Azerbaijani");

    // A search that finds more than a thousand cases says "at least 1,000",
    // and its pages hold them all; one that finds a case counts it exactly.
    let (token, cases) = &queues[0];
    let everyone = server.staff_page(token, "?q=example.org").await;
    assert_eq!((everyone["total"].as_u64(), everyone["total_exact"].as_bool()), (Some(1000), Some(false)));
    let mut found = 0;
    let mut query = "?q=example.org&limit=500".to_string();
    loop {
        let page = server.staff_page(token, &query).await;
        found += page["cases"].as_array().unwrap().len();
        let Some(next) = page["next"].as_str() else { break };
        query = format!("?q=example.org&limit=500&after={next}");
    }
    assert!(found > 1000 && found <= cases.len(), "{found} of {}", cases.len());
    let reference = cases[cases.len() / 2]["reference"].as_str().unwrap();
    let one = server.staff_page(token, &format!("?q={}", reference.to_lowercase())).await;
    assert_eq!((one["total"].as_u64(), one["total_exact"].as_bool()), (Some(1), Some(true)), "{one}");
    assert_eq!(one["cases"][0]["reference"], reference);
    let all = server.staff_page(token, "").await;
    assert_eq!(all["total"].as_u64(), Some(cases.len() as u64), "under 10,000 the count is exact");
    assert_eq!(all["total_exact"], true);

    // Cases filed before the queue's columns existed get theirs when the
    // server starts: the same queue as before.
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    sqlx::query("UPDATE cases SET received_day = NULL, next_due = '9999-12-31', search_text = ''")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    server.restart_at(NOW).await;
    for (token, cases) in &queues {
        assert_eq!(&whole_queue(&server, token).await, cases);
    }

    // A database that holds cases is refused, and left as it was.
    let again = server.redress(&["db", "seed", "--cases", "10"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("holds 3000 cases already"));
}

on_both_databases!(seeded_cases, seeded_cases_read_like_filed_ones);

/// The work queue, page after page of 7 through the cursor, checked against
/// the total each page gives and the order of the queue.
async fn whole_queue(server: &Server, token: &str) -> Vec<Value> {
    let mut cases: Vec<Value> = Vec::new();
    let mut query = "?sort=next_due&limit=7".to_string();
    loop {
        let page = server.staff_page(token, &query).await;
        cases.extend(page["cases"].as_array().unwrap().iter().cloned());
        assert!(page["total"].as_u64().unwrap() as usize >= cases.len());
        match page["next"].as_str() {
            Some(next) => query = format!("?sort=next_due&limit=7&after={next}"),
            None => {
                assert_eq!(page["total"].as_u64().unwrap() as usize, cases.len());
                break;
            }
        }
    }
    // Outstanding deadlines first, earliest first; then the cases without one.
    let due: Vec<&str> = cases.iter().map(|case| case["next_due"].as_str().unwrap_or("9999-12-31")).collect();
    assert!(due.windows(2).all(|pair| pair[0] <= pair[1]), "{due:?}");
    cases
}

/// The clock's pass over many due cases at once, as `bench scale` makes it
/// (every case marked due): every case given its own next instant, though
/// the pass writes the instants of hundreds of cases a statement; later, the
/// lapses among them recorded and the letters their dates call for written.
/// A second pass then finds nothing to do.
async fn a_clock_pass_over_many_due_cases_gives_each_its_own_next_instant(db: Db) {
    use redress_server::clock::Clock;
    use redress_server::store::{Store, format_time};
    use redress_server::sweeper::sweep;
    use sqlx::Row;

    let dir = common::TempDir::new();
    let database = common::fresh_database(db, &dir).await;
    let store = Store::connect(&database).await.unwrap();
    let seeded_up_to = chrono::DateTime::parse_from_rfc3339(NOW).unwrap().to_utc();
    redress_server::seed::seed(&store, redress_server::policies::all(), 1_200, seeded_up_to).await.unwrap();
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&database).await.unwrap();
    let count = |sql: &'static str| {
        let pool = pool.clone();
        async move { sqlx::query(sql).fetch_one(&pool).await.unwrap().try_get::<i64, _>(0).unwrap() }
    };
    sqlx::query("UPDATE cases SET clock_due_at = $1").bind(format_time(seeded_up_to)).execute(&pool).await.unwrap();

    // At the seed's instant nothing has lapsed: each case only gets its next instant.
    assert_eq!(sweep(&store, Clock::Fixed(seeded_up_to), URL).await.unwrap(), 0);
    let coming = each_case_has_its_own_next_instant(&store, &pool, seeded_up_to).await;
    assert!(coming > 10, "cases with a clock event or a letter to come: {coming}");

    // Four months on, windows have closed and cases are past eight weeks.
    let (events, letters) =
        (count("SELECT COUNT(*) FROM case_events").await, count("SELECT COUNT(*) FROM letters").await);
    let later = seeded_up_to + chrono::Duration::days(120);
    let recorded = sweep(&store, Clock::Fixed(later), URL).await.unwrap();
    assert!(recorded > 0, "some lapses fell due");
    assert_eq!(count("SELECT COUNT(*) FROM case_events").await, events + recorded as i64);
    let letters_later = count("SELECT COUNT(*) FROM letters").await;
    assert!(letters_later > letters, "the letters the dates call for were written");
    each_case_has_its_own_next_instant(&store, &pool, later).await;

    // Nothing is left due: a second pass records and writes nothing.
    assert_eq!(sweep(&store, Clock::Fixed(later), URL).await.unwrap(), 0);
    assert_eq!(count("SELECT COUNT(*) FROM letters").await, letters_later);
}

on_both_databases!(clock_pass_over_many, a_clock_pass_over_many_due_cases_gives_each_its_own_next_instant);

/// The public address the letters link to.
const URL: &str = "http://localhost";

/// Checks that each case's stored instant is the one its own history gives
/// at `now`, with nothing left to record; how many have one.
async fn each_case_has_its_own_next_instant(
    store: &redress_server::store::Store,
    pool: &sqlx::AnyPool,
    now: chrono::DateTime<chrono::Utc>,
) -> usize {
    use redress_server::case::LiveCase;
    use sqlx::Row;
    let rows = sqlx::query("SELECT reference, clock_due_at FROM cases").fetch_all(pool).await.unwrap();
    assert_eq!(rows.len(), 1_200);
    let mut with_an_instant = 0;
    for row in rows {
        let reference: String = row.try_get("reference").unwrap();
        let stored: Option<String> = row.try_get("clock_due_at").unwrap();
        let case = LiveCase::load(store.load_case(&reference).await.unwrap().unwrap(), now).unwrap();
        assert!(case.pending.is_empty(), "{reference}: its lapses were recorded");
        let (_, next) = case.due_at(now, URL);
        assert_eq!(stored, next.map(redress_server::store::format_time), "{reference}'s next instant");
        with_an_instant += usize::from(stored.is_some());
    }
    with_an_instant
}
