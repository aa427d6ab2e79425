//! The benchmarks, printed, never asserted:
//! - `cargo xtask bench api`: the API's throughput and latency on this
//!   machine, on SQLite and on PostgreSQL, driven over real HTTP on loopback
//!   by `crates/server/examples/load.rs`;
//! - `cargo xtask bench mail`: intake with mail off and on, and letters a
//!   second from the outbox to a local SMTP sink, on SQLite
//!   (`crates/server/examples/mail_bench.rs`);
//! - `cargo xtask bench web`: Lighthouse (mobile preset, Debian Chromium) on
//!   the start page and the first wizard page, and on a company's page with
//!   and without the widget.

use std::path::Path;

use crate::cmd::{self, command, step};
use crate::postgres::Postgres;
use crate::server;

/// Seconds of each measurement: long enough for steady state, short enough
/// that the whole bench takes about a minute.
const SECONDS: &str = "5";

pub fn api(root: &Path) -> Result<(), String> {
    step("build the server and the load generator (release)", || {
        cmd::cargo(root, &["build", "--release", "-p", "redress-server", "--bin", "redress", "--example", "load"])
    })?;
    let binary = root.join("target/release/redress");
    let load = root.join("target/release/examples/load");
    // Generous rate limits: the load comes from one address, and the bench
    // measures the server, not the limiter that protects it.
    let limits = [
        ("REDRESS_SUBMISSIONS_PER_MINUTE", "100000000".to_string()),
        ("REDRESS_LOOKUPS_PER_MINUTE", "100000000".to_string()),
    ];

    let scratch = root.join("target/bench-db");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    step("SQLite (a file under target/bench-db, WAL, synchronous=FULL)", || {
        let database = format!("sqlite://{}?mode=rwc", scratch.join("redress.db").display());
        let server = server::start(root, &binary, &[&[("DATABASE_URL", database)], &limits[..]].concat())?;
        cmd::run(command(&load).args([server.base_url.as_str(), SECONDS]))
    })?;
    step("PostgreSQL (a throwaway local cluster)", || {
        let postgres = Postgres::start()?;
        let server = server::start(root, &binary, &[&[("DATABASE_URL", postgres.url())], &limits[..]].concat())?;
        cmd::run(command(&load).args([server.base_url.as_str(), SECONDS]))
    })
}

pub fn mail(root: &Path) -> Result<(), String> {
    step("build the server and the mail bench's client (release)", || {
        cmd::cargo(root, &["build", "--release", "-p", "redress-server", "--bin", "redress", "--example", "mail_bench"])
    })?;
    let binary = root.join("target/release/redress");
    let client = root.join("target/release/examples/mail_bench");
    let limits = [
        ("REDRESS_SUBMISSIONS_PER_MINUTE", "100000000".to_string()),
        ("REDRESS_LOOKUPS_PER_MINUTE", "100000000".to_string()),
    ];
    let scratch = root.join("target/bench-mail");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    step("SQLite, mail off and on (files under target/bench-mail, WAL, synchronous=FULL)", || {
        let database = |name: &str| format!("sqlite://{}?mode=rwc", scratch.join(name).display());
        let sink = server::free_port()?;
        let off = server::start(root, &binary, &[&[("DATABASE_URL", database("off.db"))], &limits[..]].concat())?;
        let on_settings =
            [("DATABASE_URL", database("on.db")), ("REDRESS_SMTP_URL", format!("smtp://127.0.0.1:{sink}"))];
        let on = server::start(root, &binary, &[&on_settings[..], &limits[..]].concat())?;
        cmd::run(command(&client).args([off.base_url.as_str(), on.base_url.as_str(), &sink.to_string(), SECONDS]))
    })
}

/// The pages a customer meets first.
const WEB_PAGES: [&str; 2] = ["/", "/kijoma/complain"];

/// Lighthouse runs per page. A single run's performance score moves by several
/// points with whatever else the machine does; the report gives the median run.
const LIGHTHOUSE_RUNS: u32 = 5;

pub fn web(root: &Path) -> Result<(), String> {
    crate::setup::lighthouse(root)?;
    crate::build_app(root)?;
    step("build the server (release)", || {
        cmd::cargo(root, &["build", "--release", "-p", "redress-server", "--bin", "redress"])
    })?;
    let scratch = root.join("target/bench-web");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let database = format!("sqlite://{}?mode=rwc", scratch.join("redress.db").display());
    // Two company pages on their own origins: with the widget, and without.
    // `localhost` is another site than the portal's 127.0.0.1, as a company's
    // site would be, so the browser runs the widget in a process of its own.
    let (with_widget, without_widget) = (server::free_port()?, server::free_port()?);
    let server = server::start(
        root,
        &root.join("target/release/redress"),
        &[
            ("DATABASE_URL", database),
            ("REDRESS_DIST", root.join("dist").display().to_string()),
            ("REDRESS_EMBED_ORIGINS", format!("http://localhost:{with_widget}")),
        ],
    )?;
    let host_page = crate::demo_host::page(root, &server.base_url)?;
    crate::demo_host::serve(&format!("127.0.0.1:{without_widget}"), crate::demo_host::without_widget(&host_page))?;
    crate::demo_host::serve(&format!("127.0.0.1:{with_widget}"), host_page)?;
    let mut urls: Vec<String> = WEB_PAGES.iter().map(|page| format!("{}{page}?lang=en", server.base_url)).collect();
    urls.push(format!("http://localhost:{without_widget}/"));
    urls.push(format!("http://localhost:{with_widget}/"));
    let lighthouse = root.join("tools/lighthouse/node_modules/.bin/lighthouse");
    let mut reports = Vec::new();
    for (index, url) in urls.iter().enumerate() {
        for run in 1..=LIGHTHOUSE_RUNS {
            let report = scratch.join(format!("page-{index}-run-{run}.json"));
            step(&format!("Lighthouse on {url} (mobile, run {run} of {LIGHTHOUSE_RUNS})"), || {
                cmd::run(
                    command(&lighthouse)
                        .arg(url)
                        .args([
                            "--quiet",
                            "--output=json",
                            "--only-categories=performance,accessibility,best-practices",
                        ])
                        .arg(format!("--output-path={}", report.display()))
                        .arg(
                            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic \
                         --disable-background-networking --disable-component-update --disable-sync",
                        )
                        .env("CHROME_PATH", "/usr/bin/chromium"),
                )
            })?;
            reports.push(report);
        }
    }
    println!();
    cmd::run(command("node").arg(root.join("tools/lighthouse/report.mjs")).args(&reports))
}

/// The instant `bench scale` seeds its cases up to, and the servers' clock.
const SEEDED_UP_TO: &str = "2026-11-16T09:00:00Z";

/// The sizes `bench scale` measures: empty, small, and `cases`.
fn scale_sizes(cases: u64) -> [u64; 3] {
    [0, 10_000, cases]
}

/// `cargo xtask bench scale [CASES]`: the staff's queue, the spreadsheet,
/// the clock and the API on an empty database, on 10,000 cases and on
/// `cases` (a million by default), on SQLite and on PostgreSQL; the figures
/// side by side, for the ratio.
pub fn scale(root: &Path, cases: u64) -> Result<(), String> {
    step("build the server and the measuring client (release)", || {
        cmd::cargo(root, &["build", "--release", "-p", "redress-server", "--bin", "redress", "--example", "scale"])
    })?;
    let scratch = root.join("target/bench-scale");
    let sizes = scale_sizes(cases);
    let mut tables = Vec::new();
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let mut columns = Vec::new();
        for size in sizes {
            let _ = std::fs::remove_dir_all(&scratch);
            std::fs::create_dir_all(&scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
            let figures = step(&format!("{} with {size} cases", engine.name()), || {
                // Dropped before the next size starts its own.
                let postgres = match engine {
                    Engine::Sqlite => None,
                    Engine::Postgres => Some(Postgres::start()?),
                };
                let database = match &postgres {
                    None => format!("sqlite://{}?mode=rwc", scratch.join("redress.db").display()),
                    Some(postgres) => postgres.url(),
                };
                measure_scale(root, &database, size)
            })?;
            columns.push(figures);
        }
        tables.push((engine, columns));
    }
    println!();
    for (engine, columns) in &tables {
        print_scale_table(engine.name(), &sizes, columns);
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    fn name(self) -> &'static str {
        match self {
            Engine::Sqlite => "SQLite",
            Engine::Postgres => "PostgreSQL",
        }
    }
}

/// What the measuring client printed, `key value` a line.
type Figures = std::collections::BTreeMap<String, f64>;

/// Seeds `size` cases into `database`, serves it, and measures.
fn measure_scale(root: &Path, database: &str, size: u64) -> Result<Figures, String> {
    let binary = root.join("target/release/redress");
    let now = ("REDRESS_NOW", SEEDED_UP_TO.to_string());
    let mut seed_rate = None;
    if size > 0 {
        let began = std::time::Instant::now();
        cmd::run(
            command(&binary)
                .args(["db", "seed", "--cases", &size.to_string()])
                .env("DATABASE_URL", database)
                .env(now.0, &now.1),
        )?;
        seed_rate = Some(size as f64 / began.elapsed().as_secs_f64());
    }
    let server = server::start(
        root,
        &binary,
        &[
            ("DATABASE_URL", database.to_string()),
            now.clone(),
            ("REDRESS_SUBMISSIONS_PER_MINUTE", "100000000".to_string()),
            ("REDRESS_LOOKUPS_PER_MINUTE", "100000000".to_string()),
            // The bench runs the clock's passes itself, and times them.
            ("REDRESS_SWEEP_SECS", "86400".to_string()),
        ],
    )?;
    let output = command(root.join("target/release/examples/scale"))
        .args([server.base_url.as_str(), &server.pid().to_string(), database])
        .env(now.0, &now.1)
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run the measuring client: {e}"))?;
    if !output.status.success() {
        return Err(format!("the measuring client failed ({})", output.status));
    }
    let mut figures = Figures::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let figure = line.split_once(' ').and_then(|(key, value)| Some((key.to_string(), value.parse().ok()?)));
        let (key, value) = figure.ok_or_else(|| format!("the measuring client printed `{line}`, not a figure"))?;
        figures.insert(key, value);
    }
    if let Some(rate) = seed_rate {
        figures.insert("seed_per_s".into(), rate);
    }
    Ok(figures)
}

/// One line of the table: the figure's key, its label, its unit, its target.
const SCALE_FIGURES: [(&str, &str, &str, &str); 20] = [
    ("seed_per_s", "seeding", "cases/s", "1M in 180 s"),
    ("queue_by_deadline", "queue, first page by deadline", "ms p99", "<= 50"),
    ("queue_overdue", "queue, first page overdue only", "ms p99", "<= 50"),
    ("queue_one_stage", "queue, first page one stage", "ms p99", "<= 50"),
    ("queue_search_rare", "queue, search an email address", "ms p99", "<= 50"),
    ("queue_search_common", "queue, search a common surname", "ms p99", "<= 50"),
    ("queue_search_common_found", "  cases it finds", "", ""),
    ("queue_page_deep", "queue, page 1,000 through the cursor", "ms p99", "<= 50"),
    ("queue_page_number", "  (the page reached)", "", ""),
    ("sheet_rows_per_s", "spreadsheet of all the provider's", "rows/s", ">= 20,000"),
    ("sheet_memory_growth_mib", "  server memory growth", "MiB", "<= 64"),
    ("report_quarter_ms", "report of a quarter", "ms", "<= 2,000"),
    ("report_quarter_received", "  (cases received in it)", "", ""),
    ("clock_quiet_ms", "clock pass, nothing due", "ms", "<= 50"),
    ("clock_busy_ms", "clock pass, 10,000 due", "ms", "<= 5,000"),
    ("clock_busy_events", "  (lapses among them, recorded)", "", ""),
    ("submissions_per_s", "submissions", "/s", "within 10 % of empty"),
    ("reads_per_s", "status reads", "/s", "within 10 % of empty"),
    ("mixed_p99_ms", "mixed load (bench api's), latency", "ms p99", ""),
    ("mixed_peak_mib", "  server memory under it", "MiB peak", "<= 200"),
];

fn print_scale_table(engine: &str, sizes: &[u64], columns: &[Figures]) {
    let heading: Vec<String> = sizes.iter().map(|size| format!("{size} cases")).collect();
    println!("{engine}");
    println!("  {:<40} {:>10} {:>14} {:>14} {:>16}  target", "", "", heading[0], heading[1], heading[2]);
    for (key, label, unit, target) in SCALE_FIGURES {
        let cells: Vec<String> = columns
            .iter()
            .map(|figures| match figures.get(key).copied().filter(|value| value.is_finite()) {
                Some(value) if value >= 100.0 => format!("{value:.0}"),
                Some(value) => format!("{value:.1}"),
                None => "-".to_string(),
            })
            .collect();
        println!("  {label:<40} {unit:>10} {:>14} {:>14} {:>16}  {target}", cells[0], cells[1], cells[2]);
    }
    println!();
}
