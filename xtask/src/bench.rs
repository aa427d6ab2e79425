//! `cargo xtask bench api`: the API's throughput and latency on this machine,
//! on SQLite and on PostgreSQL, printed, never asserted. The load comes from
//! `crates/server/examples/load.rs`, over real HTTP on loopback.

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
