//! `redress db backup <file>`: a consistent copy of the SQLite database,
//! taken while the server runs. Copying the database file itself is not
//! one: in WAL mode the latest commits live in a second file until they are
//! checkpointed, and a copy taken during a write can be torn.

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
}

pub fn run(command: DbCommand) -> ExitCode {
    let DbCommand::Backup { to } = command;
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
