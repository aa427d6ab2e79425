//! `redress db backup <file>`: a consistent copy of the SQLite database,
//! taken while the server runs. Copying the database file itself is not
//! one: in WAL mode the latest commits live in a second file until they are
//! checkpointed, and a copy taken during a write can be torn.
//!
//! `redress db seed --cases N`: an empty database filled with realistic
//! cases (`seed.rs`), for demonstrations and benchmarks.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use crate::serve::with_store;
use crate::store::{Backend, Store};

#[derive(Subcommand)]
pub enum DbCommand {
    /// Copy the SQLite database (DATABASE_URL) into a new file, while the
    /// server runs, and check the copy. PostgreSQL is backed up with pg_dump.
    Backup {
        /// The new file; an existing one is never overwritten.
        to: PathBuf,
    },
    /// Fill an empty database (DATABASE_URL) with realistic cases of every
    /// provider (REDRESS_POLICIES), received over the last two years (before
    /// REDRESS_NOW, if set), for demonstrations and benchmarks. Refuses a
    /// database that holds any case.
    Seed {
        /// How many cases.
        #[arg(long)]
        cases: u64,
    },
}

pub fn run(command: DbCommand) -> ExitCode {
    let to = match command {
        DbCommand::Backup { to } => to,
        DbCommand::Seed { cases } => return seed(cases),
    };
    if to.exists() {
        eprintln!("error: `{}` exists already; name a new file", to.display());
        return ExitCode::from(2);
    }
    let Some(to_text) = to.to_str() else {
        eprintln!("error: `{}` is not a UTF-8 path", to.display());
        return ExitCode::from(2);
    };
    with_store(|store| async move {
        if store.backend == Backend::Postgres {
            eprintln!("error: `redress db backup` copies SQLite databases; back up PostgreSQL with pg_dump");
            return ExitCode::from(2);
        }
        if let Err(error) = store.backup_sqlite(to_text).await {
            eprintln!("error: no backup written: {error}");
            return ExitCode::FAILURE;
        }
        store.close().await;
        // The copy is opened read-only, so checking it leaves it as it is.
        match Store::check_sqlite_copy(to_text).await {
            Ok((cases, check)) if check == "ok" => {
                eprintln!("Backed up {cases} cases to {to_text}; its integrity check passed.");
                ExitCode::SUCCESS
            }
            Ok((_, check)) => {
                eprintln!("error: the copy in {to_text} fails its integrity check: {check}");
                ExitCode::FAILURE
            }
            Err(error) => {
                eprintln!("error: the copy in {to_text} cannot be read: {error}");
                ExitCode::FAILURE
            }
        }
    })
}

fn seed(cases: u64) -> ExitCode {
    // The cases end before REDRESS_NOW, as the server's clock would see them.
    let now = match std::env::var("REDRESS_NOW") {
        Ok(text) => match chrono::DateTime::parse_from_rfc3339(&text) {
            Ok(at) => at.with_timezone(&chrono::Utc),
            Err(e) => {
                eprintln!("error: REDRESS_NOW `{text}` is not an RFC 3339 instant such as 2026-12-18T10:00:00Z ({e})");
                return ExitCode::from(2);
            }
        },
        Err(_) => chrono::Utc::now(),
    };
    with_store(|store| async move {
        let started = std::time::Instant::now();
        let policies = crate::policies::all();
        let result = crate::seed::seed(&store, policies, cases, now).await;
        store.close().await;
        match result {
            Ok(()) => {
                let seconds = started.elapsed().as_secs_f64();
                eprintln!(
                    "Seeded {cases} cases in {seconds:.1} s ({:.0} a second).",
                    cases as f64 / seconds.max(0.001)
                );
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        }
    })
}
