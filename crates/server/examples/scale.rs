//! The measuring half of `cargo xtask bench scale`: a running `redress serve`
//! on a seeded database, driven over real HTTP on loopback, and the clock's
//! pass run on the same database. Progress goes to stderr; the figures go to
//! stdout, `key value` a line, which xtask sets beside those of other sizes.
//!
//! usage: REDRESS_NOW=… scale BASE_URL SERVER_PID DATABASE_URL
//!
//! REDRESS_NOW is the instant the database was seeded up to. On an empty
//! database only the load figures are taken. Otherwise, as the staff of the
//! provider with the most cases (a token it writes for them):
//! 1. the queue's first page, by deadline, overdue only, one stage, and two
//!    text searches (one customer's email address; the commonest of the
//!    seed's surnames): p99 of 100;
//! 2. the page 1,000 (or the last, if fewer) reached through the cursor: p99 of 100;
//! 3. the spreadsheet of all the provider's cases: rows a second, and how
//!    much the server's memory grew while it was sent;
//! 4. the clock's pass with nothing due, and with 10,000 cases due;
//! 5. the report of the last whole quarter before REDRESS_NOW: the slowest of 3;
//!
//! and in both cases:
//! 6. submissions and status reads a second at saturation, and the server's
//!    peak memory under the mixed load of `bench api`.

mod http_load;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use redress_server::clock::Clock;
use redress_server::store::{Store, format_time};
use serde_json::Value;
use sqlx::Row;

/// The figures, by name.
type Figures = std::collections::BTreeMap<String, f64>;

/// Requests per latency figure.
const SAMPLES: usize = 100;
/// Seconds of each load measurement.
const LOAD_SECONDS: u64 = 5;
/// Cases due in the busy clock pass.
const DUE: i64 = 10_000;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [base, pid, database] = [0, 1, 2].map(|i| args.get(i).cloned().expect("usage: see the file's comment"));
    assert!(base.starts_with("http://127."), "scale only targets loopback");
    let pid: u32 = pid.parse().expect("SERVER_PID is a number");
    let client = reqwest::Client::builder().pool_max_idle_per_host(256).build().unwrap();
    let mut figures = Figures::new();
    let store = Store::connect(&database).await.expect("the database opens");
    let pool = sqlx::AnyPool::connect(&database).await.expect("the database opens");
    memory_after("starting", pid);
    if let Some(provider) = largest_provider(&pool).await {
        let token = redress_server::secrets::new_staff_token();
        let hash = redress_server::secrets::hash_token(&token);
        store.insert_staff_token(&provider, "Bench", &hash, chrono::Utc::now()).await.expect("a staff token");
        let staff = Staff { client: client.clone(), base: base.clone(), token };
        let rare = an_email_address(&pool, &provider).await;
        let common = commonest_surname(&staff).await;
        eprintln!("  as {provider}'s staff; searching for {rare} and {common}");
        queue(&staff, &rare, &common, &mut figures).await;
        memory_after("the queue", pid);
        spreadsheet(&staff, pid, &mut figures).await;
        memory_after("the spreadsheet", pid);
        report(&staff, &mut figures).await;
        memory_after("the report", pid);
        clock(&store, &pool, &mut figures).await;
    }
    load(&client, &base, pid, &mut figures).await;
    for (key, value) in &figures {
        println!("{key} {value}");
    }
}

/// The provider with the most cases; `None` when there is none.
async fn largest_provider(pool: &sqlx::AnyPool) -> Option<String> {
    let row = sqlx::query("SELECT provider FROM cases GROUP BY provider ORDER BY COUNT(*) DESC LIMIT 1")
        .fetch_optional(pool)
        .await
        .expect("the cases read");
    row.map(|row| row.try_get("provider").expect("a provider"))
}

/// The email address of one of `provider`'s customers, from the middle of its cases.
async fn an_email_address(pool: &sqlx::AnyPool, provider: &str) -> String {
    let count: i64 = sqlx::query("SELECT COUNT(*) AS n FROM cases WHERE provider = $1")
        .bind(provider)
        .fetch_one(pool)
        .await
        .and_then(|row| row.try_get("n"))
        .expect("the cases count");
    let row = sqlx::query(
        "SELECT search_text FROM cases WHERE provider = $1 AND search_text LIKE '%@%' ORDER BY id LIMIT 1 OFFSET $2",
    )
    .bind(provider)
    .bind(count / 2)
    .fetch_one(pool)
    .await
    .expect("a case with an email address");
    let text: String = row.try_get("search_text").expect("its search text");
    text.lines().find(|line| line.contains('@')).expect("an address").to_string()
}

/// The seed's surname that the most of the provider's cases hold.
async fn commonest_surname(staff: &Staff) -> String {
    let mut best = (0, String::new());
    for surname in ["lovelace", "martin", "müller", "иванова", "məmmədova"] {
        let (page, _) = staff.page(&format!("q={surname}")).await;
        best = best.max((page["total"].as_i64().unwrap_or_default(), surname.to_string()));
    }
    best.1
}

/// A provider's staff over HTTP.
struct Staff {
    client: reqwest::Client,
    base: String,
    token: String,
}

impl Staff {
    /// `GET {path}`, which must answer 200.
    async fn get(&self, path: &str) -> reqwest::Response {
        let response =
            self.client.get(format!("{}{path}", self.base)).bearer_auth(&self.token).send().await.expect("an answer");
        assert_eq!(response.status(), 200, "{path} answers 200");
        response
    }

    /// One page of the list; its JSON and how long it took.
    async fn page(&self, query: &str) -> (Value, Duration) {
        let began = Instant::now();
        let response = self.get(&format!("/api/staff/cases?limit=50&{query}")).await;
        let page: Value = response.json().await.expect("a page is JSON");
        (page, began.elapsed())
    }

    /// p99 of `SAMPLES` requests of the same page, in ms, and the page.
    async fn p99(&self, query: &str) -> (f64, Value) {
        let mut times = Vec::with_capacity(SAMPLES);
        let mut page = Value::Null;
        for _ in 0..SAMPLES {
            let (answer, took) = self.page(query).await;
            times.push(took);
            page = answer;
        }
        times.sort();
        (http_load::percentile(&times, 0.99), page)
    }
}

async fn queue(staff: &Staff, rare: &str, common: &str, figures: &mut Figures) {
    let searches = [
        ("queue_by_deadline", "sort=next_due".to_string()),
        ("queue_overdue", "sort=next_due&overdue=true".to_string()),
        ("queue_one_stage", "sort=next_due&stage=acknowledged".to_string()),
        ("queue_search_rare", format!("sort=next_due&q={rare}")),
        ("queue_search_common", format!("sort=next_due&q={common}")),
    ];
    for (name, query) in searches {
        let (p99, page) = staff.p99(&query).await;
        let found = page["total"].as_i64().unwrap_or_default();
        eprintln!("  {name}: p99 {p99:.1} ms ({found} found)");
        figures.insert(name.into(), p99);
        figures.insert(format!("{name}_found"), found as f64);
    }
    // Through the cursor to page 1,000, or the last.
    let mut query = "sort=next_due".to_string();
    let mut walk = Vec::new();
    let mut number = 1;
    loop {
        let (page, took) = staff.page(&query).await;
        walk.push(took);
        let Some(next) = page["next"].as_str() else { break };
        if number == 1_000 {
            break;
        }
        query = format!(
            "sort=next_due&after={}",
            percent_encoding::utf8_percent_encode(next, percent_encoding::NON_ALPHANUMERIC)
        );
        number += 1;
    }
    let (p99, _) = staff.p99(&query).await;
    walk.sort();
    let walked = http_load::percentile(&walk, 0.99);
    eprintln!("  page {number}: p99 {p99:.1} ms (the walk to it: p99 {walked:.1} ms a page)");
    figures.insert("queue_page_number".into(), number as f64);
    figures.insert("queue_page_deep".into(), p99);
}

/// The server's resident memory, in MiB.
fn resident_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(f64::NAN);
    kib / 1024.0
}

/// Says how much memory the server holds after a phase: the mixed load's
/// peak starts from what the phases before it left.
fn memory_after(phase: &str, pid: u32) {
    eprintln!("  server memory after {phase}: {:.0} MiB", resident_mib(pid));
}

/// Samples the server's memory every 20 ms until dropped; the peak, in MiB.
struct PeakMemory {
    stop: Arc<AtomicBool>,
    peak_kib: Arc<AtomicU64>,
}

impl PeakMemory {
    fn watch(pid: u32) -> PeakMemory {
        let (stop, peak_kib) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicU64::new(0)));
        let (until, peak) = (stop.clone(), peak_kib.clone());
        std::thread::spawn(move || {
            while !until.load(Ordering::Relaxed) {
                peak.fetch_max((resident_mib(pid) * 1024.0) as u64, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        PeakMemory { stop, peak_kib }
    }

    fn peak_mib(&self) -> f64 {
        self.peak_kib.load(Ordering::Relaxed) as f64 / 1024.0
    }
}

impl Drop for PeakMemory {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

async fn spreadsheet(staff: &Staff, pid: u32, figures: &mut Figures) {
    use futures_util::StreamExt;
    let before = resident_mib(pid);
    let memory = PeakMemory::watch(pid);
    let began = Instant::now();
    let mut body = staff.get("/api/staff/cases.csv").await.bytes_stream();
    // A row ends at a line break outside quotes (an escaped quote, `""`,
    // goes in and out again).
    let (mut rows, mut quoted) = (0u64, false);
    while let Some(chunk) = body.next().await {
        for &byte in chunk.expect("the spreadsheet arrives whole").iter() {
            match byte {
                b'"' => quoted = !quoted,
                b'\n' if !quoted => rows += 1,
                _ => {}
            }
        }
    }
    let seconds = began.elapsed().as_secs_f64();
    let rows = rows.saturating_sub(1); // the heading
    let growth = memory.peak_mib() - before;
    eprintln!("  spreadsheet: {rows} rows in {seconds:.1} s, server memory +{growth:.1} MiB");
    figures.insert("sheet_rows".into(), rows as f64);
    figures.insert("sheet_rows_per_s".into(), rows as f64 / seconds);
    figures.insert("sheet_memory_growth_mib".into(), growth);
}

/// The report of 1 July to 30 September 2026, the last whole quarter before
/// the seed's instant: the slowest of three.
async fn report(staff: &Staff, figures: &mut Figures) {
    let mut slowest: f64 = 0.0;
    let mut counted = 0;
    for _ in 0..3 {
        let began = Instant::now();
        let report: Value =
            staff.get("/api/staff/report?from=2026-07-01&to=2026-09-30").await.json().await.expect("a report");
        slowest = slowest.max(began.elapsed().as_secs_f64() * 1000.0);
        let kinds = report["kinds"].as_array().expect("a report per kind");
        counted = kinds.iter().map(|kind| kind["received"].as_u64().unwrap_or(0)).sum();
    }
    eprintln!("  report of a quarter: {slowest:.0} ms, {counted} cases received in it");
    figures.insert("report_quarter_ms".into(), slowest);
    figures.insert("report_quarter_received".into(), counted as f64);
}

/// The clock's pass on the database, as the server runs it: with nothing
/// due (at the instant the cases were seeded up to), then with `DUE` cases due.
async fn clock(store: &Store, pool: &sqlx::AnyPool, figures: &mut Figures) {
    let now = std::env::var("REDRESS_NOW").expect("REDRESS_NOW: the instant the cases were seeded up to");
    let now = chrono::DateTime::parse_from_rfc3339(&now).expect("REDRESS_NOW is an RFC 3339 instant").to_utc();
    let mut quiet = Vec::new();
    for _ in 0..5 {
        let began = Instant::now();
        let recorded =
            redress_server::sweeper::sweep(store, Clock::Fixed(now), "http://localhost").await.expect("a pass");
        quiet.push(began.elapsed());
        assert_eq!(recorded, 0, "nothing is due at the seed's instant");
    }
    quiet.sort();
    let quiet = quiet.last().map_or(f64::NAN, |worst| worst.as_secs_f64() * 1000.0);
    // Seeded over two years, few cases still have a clock event to come (a
    // window that closes, a lapse): all of them fall due within 120 days.
    // The rest of the 10,000 are cases marked due now, which the pass reads,
    // replays and reschedules, as it does a case whose event was put back.
    let later = now + chrono::Duration::days(120);
    let natural: i64 = sqlx::query("SELECT COUNT(*) AS n FROM cases WHERE clock_due_at <= $1")
        .bind(format_time(later))
        .fetch_one(pool)
        .await
        .and_then(|row| row.try_get("n"))
        .expect("the clock's index reads");
    sqlx::query(
        "UPDATE cases SET clock_due_at = $1 WHERE id IN \
         (SELECT id FROM cases WHERE clock_due_at IS NULL ORDER BY id DESC LIMIT $2)",
    )
    .bind(format_time(now))
    .bind((DUE - natural).max(0))
    .execute(pool)
    .await
    .expect("cases marked due");
    let began = Instant::now();
    let recorded =
        redress_server::sweeper::sweep(store, Clock::Fixed(later), "http://localhost").await.expect("a pass");
    let busy = began.elapsed().as_secs_f64() * 1000.0;
    let due = DUE.max(natural);
    eprintln!("  clock: {due} cases due, {natural} with events to record: {recorded} recorded");
    eprintln!("  clock pass: nothing due {quiet:.1} ms (worst of 5), {due} due {busy:.0} ms");
    figures.insert("clock_quiet_ms".into(), quiet);
    figures.insert("clock_busy_ms".into(), busy);
    figures.insert("clock_busy_events".into(), recorded as f64);
}

async fn load(client: &reqwest::Client, base: &str, pid: u32, figures: &mut Figures) {
    let submissions = http_load::submissions(client, base, LOAD_SECONDS).await;
    let cases = http_load::cases_to_read(client, base, 200).await;
    let reads = http_load::reads(client, base, &cases, LOAD_SECONDS).await;
    let memory = PeakMemory::watch(pid);
    let mixed = http_load::mixed(client.clone(), base.to_string(), cases, LOAD_SECONDS).await;
    let peak = memory.peak_mib();
    let mut all: Vec<Duration> = mixed.submissions.iter().chain(&mixed.reads).copied().collect();
    all.sort();
    let p99 = http_load::percentile(&all, 0.99);
    let rate = all.len() as f64 / mixed.seconds;
    eprintln!(
        "  load: {submissions:.0} submissions/s, {reads:.0} reads/s; mixed ({rate:.0}/s): p99 {p99:.1} ms, \
         peak memory {peak:.0} MiB, {} failures",
        mixed.failures
    );
    figures.insert("mixed_p99_ms".into(), p99);
    figures.insert("submissions_per_s".into(), submissions);
    figures.insert("reads_per_s".into(), reads);
    figures.insert("mixed_peak_mib".into(), peak);
    figures.insert("mixed_failures".into(), mixed.failures as f64);
}
