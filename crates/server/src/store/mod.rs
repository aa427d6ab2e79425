//! Durable storage in SQLite (the default) or PostgreSQL, through one set of
//! queries on sqlx's `Any` driver (`$1` placeholders work in both); only the
//! staff's text search asks each engine's own trigram index (`queue.rs`).
//!
//! SQLite runs in WAL mode with `synchronous=FULL`, so a commit has reached
//! the disk before the API answers 201. All writes go through one
//! connection: SQLite has one writer anyway, and queueing in the pool is far
//! cheaper than SQLite's busy-wait sleeps. New cases are group-committed
//! (`writer.rs`). Reads use a pool of their own.

mod accounts;
mod cases;
mod letters;
mod queue;
mod reports;
mod staff;
mod turns;

mod uploads;
mod work;
mod writer;

use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};

pub use accounts::{CODE_LIFETIME, CODE_TRIES, SESSION_IDLE, StaffAccount, StaffSession, member_email};
use cases::{CASE_COLUMNS, EVENT_COLUMNS, group_cases};
pub use cases::{
    CaseRecord, NO_DEADLINE, NewCase, NewEvent, NewIdempotency, QueueColumns, ReportColumns, Rescheduled, SeededCase,
    Standing, StoredCase,
};
pub use letters::{CaseLetter, Delivery, DueRow, LetterAttachment, NewLetter, OutboxEntry, OutgoingLetter};
pub use queue::{QueueCursor, QueueOrder, QueuePage, QueueQuery, QueueRow};
pub use staff::{StaffMember, StaffTokenRecord};
pub use turns::{Turn, Work};
pub use uploads::{CaseDocument, NewUpload};
pub use work::{CaseNote, CaseViewing, CaseWork, Colleague, Merge};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Store {
    write: AnyPool,
    read: AnyPool,
    /// SQLite's group committer for new cases (`None` on PostgreSQL).
    writer: Option<writer::Writer>,
    pub backend: Backend,
}

/// Why a storage operation failed, as the API needs to tell it.
#[derive(Debug)]
pub enum StoreError {
    /// The database cannot be reached, is full or read-only: try again later.
    Unavailable(String),
    /// A uniqueness rule refused the write (a concurrent duplicate).
    Conflict,
    /// Anything else: a bug or a corrupt database.
    Internal(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable(why) => write!(f, "database unavailable: {why}"),
            StoreError::Conflict => write!(f, "conflicting write"),
            StoreError::Internal(why) => write!(f, "database error: {why}"),
        }
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => {
                StoreError::Unavailable(error.to_string())
            }
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict,
            sqlx::Error::Database(db) => {
                let code = db.code().unwrap_or_default();
                // SQLite: full, I/O error, read-only, cannot open, busy, locked.
                // PostgreSQL: insufficient resources (disk full), connection exceptions,
                // shutdown, refused logins, a database missing or not accepting connections.
                let unavailable = matches!(code.as_ref(), "13" | "10" | "8" | "14" | "5" | "6" | "55000" | "3D000")
                    || ["53", "08", "57P", "28"].iter().any(|class| code.starts_with(class));
                if unavailable {
                    StoreError::Unavailable(error.to_string())
                } else {
                    StoreError::Internal(error.to_string())
                }
            }
            _ => StoreError::Internal(error.to_string()),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Times are stored as RFC 3339 UTC text with microseconds: sortable as text
/// in both databases and readable in a shell.
pub fn format_time(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

pub fn parse_time(text: &str) -> StoreResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|e| StoreError::Internal(format!("bad time `{text}` in the database: {e}")))
}

/// The SQLite writer's page cache: 64 MiB (negative: in KiB).
const WRITER_CACHE: &str = "PRAGMA cache_size = -65536";

impl Store {
    /// Connects to `url` (sqlx's URL forms) and applies the migrations.
    pub async fn connect(url: &str) -> StoreResult<Store> {
        install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(StoreError::Internal(format!(
                "DATABASE_URL must start with sqlite: or postgres:, not `{}`",
                url.split(':').next().unwrap_or_default()
            )));
        };
        if backend == Backend::Sqlite {
            create_sqlite_folder(url)?;
        }
        let options = |more_pragmas: &'static str| {
            AnyPoolOptions::new().acquire_timeout(Duration::from_secs(5)).after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;",
                        )
                        .await?;
                        if !more_pragmas.is_empty() {
                            conn.execute(more_pragmas).await?;
                        }
                    } else {
                        // A query whose estimate is large (a count through
                        // the trigram index misjudges its rows) gets compiled
                        // by PostgreSQL's JIT: 7 to 30 ms spent on a query
                        // that runs in 40, every time it is asked.
                        conn.execute("SET jit = off").await?;
                    }
                    Ok(())
                })
            })
        };
        let (write, read) = match backend {
            Backend::Sqlite => {
                // The one writer keeps the pages its inserts touch: at a
                // million cases, a random reference lands on an index page
                // SQLite's default 2 MiB cache no longer holds.
                let write = options(WRITER_CACHE).max_connections(1).connect(url).await?;
                // Migrate before the readers open, so they see the schema.
                migrate(&write, backend).await?;
                (write, options("").max_connections(4).connect(url).await?)
            }
            Backend::Postgres => {
                let pool = options("").max_connections(16).connect(url).await?;
                migrate(&pool, backend).await?;
                (pool.clone(), pool)
            }
        };
        let writer = (backend == Backend::Sqlite).then(|| writer::Writer::start(write.clone()));
        Ok(Store { write, read, writer, backend })
    }

    /// Whether the database can take a complaint now: its tables can be read
    /// and, on SQLite, the one write lock can be had (another program holding
    /// it, or a disk that refuses writes, stops intake while reads still work).
    pub async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1 FROM cases LIMIT 1").execute(&self.read).await?;
        if self.backend == Backend::Sqlite {
            let mut connection = self.write.acquire().await?;
            connection.execute("BEGIN IMMEDIATE").await?;
            connection.execute("ROLLBACK").await?;
        }
        Ok(())
    }

    /// SQLite's own consistency check (`ok` when sound); PostgreSQL has none to run.
    pub async fn integrity_check(&self) -> StoreResult<String> {
        match self.backend {
            Backend::Sqlite => {
                let row: (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&self.write).await?;
                Ok(row.0)
            }
            Backend::Postgres => Ok("ok".to_string()),
        }
    }

    /// Writes a consistent copy of this SQLite database into the new file
    /// `to` (`VACUUM INTO`: one read transaction, so every committed case and
    /// nothing half-written), while others go on writing.
    pub async fn backup_sqlite(&self, to: &str) -> StoreResult<()> {
        sqlx::query("VACUUM INTO $1").bind(to).execute(&self.read).await?;
        Ok(())
    }

    /// The number of cases in the SQLite database file `path`, and its
    /// integrity check (`ok` when sound), read without changing the file.
    pub async fn check_sqlite_copy(path: &str) -> StoreResult<(i64, String)> {
        install_default_drivers();
        let pool = AnyPoolOptions::new().max_connections(1).connect(&format!("sqlite://{path}?mode=ro")).await?;
        let (cases,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM cases").fetch_one(&pool).await?;
        let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&pool).await?;
        pool.close().await;
        Ok((cases, check))
    }

    pub async fn close(&self) {
        self.write.close().await;
        self.read.close().await;
    }
}

async fn migrate(pool: &AnyPool, backend: Backend) -> StoreResult<()> {
    let result = match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite").run(pool).await,
        Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(pool).await,
    };
    result.map_err(|e| match e {
        sqlx::migrate::MigrateError::Execute(error) => StoreError::from(error),
        other => StoreError::Internal(format!("migration failed: {other}")),
    })
}

/// `sqlite://var/redress.db?mode=rwc` needs `var/` to exist.
/// `$first, $first+1, …`: `count` numbered parameters, for a list in `IN (…)`.
pub(super) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}

/// The file of a `sqlite:` database URL; `None` for an in-memory database
/// or another kind of URL.
pub fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let path = url.strip_prefix("sqlite:")?.trim_start_matches("//");
    let path = path.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.starts_with(':')).then(|| std::path::PathBuf::from(path))
}

fn create_sqlite_folder(url: &str) -> StoreResult<()> {
    let Some(path) = sqlite_file(url) else { return Ok(()) };
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .map_err(|e| StoreError::Unavailable(format!("cannot create {}: {e}", folder.display())))?;
    }
    Ok(())
}
