//! The benchmarks, printed, never asserted:
//! - `cargo xtask bench api`: the API's throughput and latency on this
//!   machine, on SQLite and on PostgreSQL, driven over real HTTP on loopback
//!   by `crates/server/examples/load.rs`;
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
