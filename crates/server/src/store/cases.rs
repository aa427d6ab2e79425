//! Cases and their append-only event history.

use chrono::{DateTime, Utc};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::letters::{NewLetter, insert_letters_in, insert_letters_of_cases_in};
use super::{Backend, Store, StoreError, StoreResult, format_time, parse_time, placeholders};

/// What a case is filed as: the same fields when it is written and when it
/// is read back.
#[derive(Debug, Clone)]
pub struct CaseRecord {
    pub reference: String,
    pub provider: String,
    pub kind: String,
    pub lang: String,
    pub access_hash: String,
    pub received_at: DateTime<Utc>,
    /// The answers, as JSON.
    pub answers: String,
}

/// What the staff's queue reads of a case, kept on its row (see the
/// server's `queue.rs`): dates as `YYYY-MM-DD`.
#[derive(Debug, Clone)]
pub struct QueueColumns {
    pub received_day: String,
    /// `None`: no deadline is outstanding.
    pub next_due: Option<String>,
    pub search_text: String,
}

/// How the row writes "no deadline outstanding": last in the queue's order.
pub const NO_DEADLINE: &str = "9999-12-31";

/// What the reports read of a case, kept on its row (see the server's
/// `reports.rs`).
#[derive(Debug, Clone)]
pub struct ReportColumns {
    /// The case's report facts, as JSON; empty when they cannot be worked
    /// out (the case is then left out of reports).
    pub facts: String,
    /// The last day any of its facts falls on (`YYYY-MM-DD`; empty when
    /// they cannot be worked out): a report reads the facts of the cases
    /// whose day is in or after its period, and only counts the others that
    /// are still open.
    pub until: String,
    /// The company's handling has not ended.
    pub open: bool,
}

impl ReportColumns {
    /// The columns of a case whose facts cannot be worked out, or which no
    /// report counts (a merged duplicate).
    pub fn unknown() -> ReportColumns {
        ReportColumns { facts: String::new(), until: String::new(), open: false }
    }
}

/// A case as the submission creates it, with everything stored alongside
/// it. Owned, so that it can wait in the group-commit queue (see `writer.rs`).
pub struct NewCase {
    pub record: CaseRecord,
    pub queue: QueueColumns,
    pub report: ReportColumns,
    /// When its first clock event falls due, if it has one.
    pub clock_due_at: Option<DateTime<Utc>>,
    pub idempotency: Option<NewIdempotency>,
    /// Uploads the case claims.
    pub uploads: Vec<String>,
    /// The letters its filing calls for (the receipt, the company's notice).
    pub letters: Vec<NewLetter>,
    /// The customer chose to follow the case on its page only: no email
    /// about it is written, as after the stop link.
    pub letters_stopped: bool,
}

/// The idempotency record written in the same transaction as the case.
pub struct NewIdempotency {
    pub key_hash: String,
    pub body_hash: String,
    pub sealed_response: Vec<u8>,
}

/// Where a case stands after an append, copied onto its row for the SQL
/// filters and the clock's index (the events remain the only source), and
/// the letters the append calls for.
pub struct Standing<'a> {
    pub stage: &'a str,
    pub current_kind: &'a str,
    /// When its next clock event or timed letter falls due; `None`: none is coming.
    pub clock_due_at: Option<DateTime<Utc>>,
    pub queue: QueueColumns,
    pub report: ReportColumns,
    pub letters: Vec<NewLetter>,
    /// When the append is made: its letters' time of writing.
    pub at: DateTime<Utc>,
}

/// A case the clock looked at with no event to record: when it is next due,
/// and the letters its dates call for now.
pub struct Rescheduled {
    pub id: i64,
    pub clock_due_at: Option<DateTime<Utc>>,
    pub letters: Vec<NewLetter>,
}

/// A case written whole by `redress db seed`: its row, where it stands, and
/// its history from the `received` event on.
pub struct SeededCase {
    pub record: CaseRecord,
    pub queue: QueueColumns,
    pub report: ReportColumns,
    pub stage: String,
    pub current_kind: String,
    pub clock_due_at: Option<DateTime<Utc>>,
    pub events: Vec<NewEvent>,
}

/// Cases rescheduled by one statement of the clock's pass.
const RESCHEDULED_PER_STATEMENT: usize = 500;

/// Rows of a seeding statement: a few thousand values, well under either
/// engine's limit on parameters (SQLite's 32,766, PostgreSQL's 65,535).
const SEEDED_PER_STATEMENT: usize = 200;

/// `rows` rows of `columns` placeholders: `($1, …, $columns), …`, or
/// SQLite's anonymous `(?, …)`, which it binds in order; it looks each
/// numbered one up by name, which costs time in the square of their number.
fn rows_of_placeholders(backend: Backend, columns: usize, rows: usize) -> String {
    let row = |first| match backend {
        Backend::Sqlite => vec!["?"; columns].join(", "),
        Backend::Postgres => placeholders(first, columns),
    };
    (0..rows).map(|n| format!("({})", row(1 + n * columns))).collect::<Vec<_>>().join(", ")
}

/// One event to append.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub kind: String,
    pub actor: String,
    pub at: DateTime<Utc>,
    pub to_kind: Option<String>,
    pub message: Option<String>,
    /// The staff member's name, for staff events.
    pub author: Option<String>,
    /// Answers that came with the event (an escalated complaint's form), as JSON.
    pub answers: Option<String>,
    /// For a delay notice: the milestone it puts back.
    pub milestone: Option<String>,
    /// For a delay notice, the new date; for a first-contact correction, that
    /// day (YYYY-MM-DD).
    pub date: Option<String>,
    /// For a step that ends the company's handling: what it found
    /// (`redress_core::report::Outcome`'s name).
    pub outcome: Option<String>,
}

#[derive(Debug, Clone)]
pub struct StoredEvent {
    pub seq: i64,
    pub event: NewEvent,
}

#[derive(Debug, Clone)]
pub struct StoredCase {
    pub id: i64,
    pub record: CaseRecord,
    pub stage: String,
    pub events: Vec<StoredEvent>,
    /// The customer stopped the emails about the case.
    pub letters_stopped: bool,
    /// When the clock is next due for the case, as last written.
    pub clock_due_at: Option<DateTime<Utc>>,
    /// The reference of the case it was merged into, if it is a duplicate.
    pub merged_into: Option<String>,
}

pub(super) const CASE_COLUMNS: &str = "c.id, c.reference, c.provider, c.kind, c.lang, c.access_hash, c.received_at, \
                                       c.answers, c.stage, c.letters_stopped_at, c.clock_due_at, \
                                       (SELECT m.reference FROM cases m WHERE m.id = c.merged_into_id) AS merged_into";
// Aliased: cases and events both have `kind` and `answers`.
pub(super) const EVENT_COLUMNS: &str = "e.seq AS e_seq, e.kind AS e_kind, e.actor AS e_actor, e.at AS e_at, e.to_kind AS e_to_kind, \
                             e.message AS e_message, e.author AS e_author, e.answers AS e_answers, \
                             e.milestone AS e_milestone, e.date AS e_date, e.outcome AS e_outcome";

impl Store {
    /// Stores a new case, its `received` event, its idempotency record and
    /// the uploads it references, atomically: either all of it is durable
    /// when this returns, or none of it is. On SQLite the case joins the next
    /// group commit; PostgreSQL commits it on a connection of its own.
    pub async fn insert_case(&self, case: NewCase) -> StoreResult<i64> {
        if let Some(writer) = &self.writer {
            return writer.insert(case).await;
        }
        let mut tx = self.write.begin().await?;
        let id = insert_case_in(&mut tx, &case).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The stored body hash and sealed 201 of an earlier submission with this key.
    pub async fn find_idempotency(&self, provider: &str, key_hash: &str) -> StoreResult<Option<(String, Vec<u8>)>> {
        let row = sqlx::query("SELECT body_hash, response FROM idempotency WHERE provider = $1 AND key_hash = $2")
            .bind(provider)
            .bind(key_hash)
            .fetch_optional(&self.write)
            .await?;
        Ok(match row {
            Some(row) => Some((row.try_get("body_hash")?, row.try_get("response")?)),
            None => None,
        })
    }

    pub async fn load_case(&self, reference: &str) -> StoreResult<Option<StoredCase>> {
        let sql = format!(
            "SELECT {CASE_COLUMNS}, {EVENT_COLUMNS} FROM cases c JOIN case_events e ON e.case_id = c.id \
             WHERE c.reference = $1 ORDER BY e.seq"
        );
        let rows = sqlx::query(&sql).bind(reference).fetch_all(&self.read).await?;
        Ok(group_cases(&rows)?.into_iter().next())
    }

    /// Stops the emails to the customer about case `case_id`, from `at`
    /// (the first time counts).
    pub async fn stop_letters(&self, case_id: i64, at: DateTime<Utc>) -> StoreResult<()> {
        sqlx::query("UPDATE cases SET letters_stopped_at = COALESCE(letters_stopped_at, $1) WHERE id = $2")
            .bind(format_time(at))
            .bind(case_id)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// The cases whose next clock event was due by `now`, found by the index
    /// of `clock_due_at`: a pass with nothing due reads nothing.
    pub async fn clock_due_cases(&self, now: DateTime<Utc>) -> StoreResult<Vec<StoredCase>> {
        // The ids first, by the clock's index: asked together, SQLite would
        // read every case in the order of their ids instead.
        let sql = format!(
            "SELECT {CASE_COLUMNS}, {EVENT_COLUMNS} FROM cases c JOIN case_events e ON e.case_id = c.id \
             WHERE c.id IN (SELECT id FROM cases WHERE clock_due_at <= $1 AND stage <> 'purging') ORDER BY c.id, e.seq"
        );
        let rows = sqlx::query(&sql).bind(format_time(now)).fetch_all(&self.read).await?;
        group_cases(&rows)
    }

    /// Records when each case's next clock event falls due (`None`: none is
    /// coming), where no event was appended to say so, in one transaction.
    /// With the letters their dates call for, written at `at` (each once,
    /// by its key).
    pub async fn set_clock_due_of(&self, cases: &[Rescheduled], at: DateTime<Utc>) -> StoreResult<()> {
        let mut tx = self.write.begin().await?;
        // A statement for many cases: at 10,000 due, a statement each was
        // 10,000 round trips, most of PostgreSQL's pass. VALUES names its
        // columns column1, column2 in both engines.
        for chunk in cases.chunks(RESCHEDULED_PER_STATEMENT) {
            let sql = format!(
                "UPDATE cases SET clock_due_at = v.column2 FROM (VALUES {}) AS v WHERE cases.id = v.column1",
                rows_of_placeholders(self.backend, 2, chunk.len())
            );
            let query = chunk
                .iter()
                .fold(sqlx::query(&sql), |query, case| query.bind(case.id).bind(case.clock_due_at.map(format_time)));
            query.execute(&mut *tx).await?;
        }
        let letters: Vec<(Option<i64>, &NewLetter)> =
            cases.iter().flat_map(|case| case.letters.iter().map(|letter| (Some(case.id), letter))).collect();
        insert_letters_of_cases_in(&mut tx, &letters, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Appends `events` after sequence number `after`, records the stage they
    /// lead to and when the next clock event falls due, writes the letters
    /// they call for, and gives the case the unclaimed `uploads` of its
    /// provider. If
    /// another writer appended first, or took one of the uploads, the write is
    /// refused with [`StoreError::Conflict`].
    pub async fn append_events(
        &self,
        case_id: i64,
        after: i64,
        events: &[NewEvent],
        standing: &Standing<'_>,
        uploads: &[(String, Option<String>)],
    ) -> StoreResult<()> {
        let mut tx = self.write.begin().await?;
        for (offset, event) in events.iter().enumerate() {
            insert_event(&mut tx, case_id, after + 1 + offset as i64, event).await?;
        }
        let standing_written = sqlx::query(
            "UPDATE cases SET stage = $1, current_kind = $2, clock_due_at = $3, received_day = $4, next_due = $5, \
             search_text = $6, last_event_at = COALESCE($7, last_event_at), report_facts = $9, report_until = $10, \
             report_open = $11 WHERE id = $8 AND merged_into_id IS NULL",
        )
        .bind(standing.stage)
        .bind(standing.current_kind)
        .bind(standing.clock_due_at.map(format_time))
        .bind(&standing.queue.received_day)
        .bind(standing.queue.next_due.as_deref().unwrap_or(NO_DEADLINE))
        .bind(&standing.queue.search_text)
        .bind(events.last().map(|event| format_time(event.at)))
        .bind(case_id)
        .bind(&standing.report.facts)
        .bind(&standing.report.until)
        .bind(standing.report.open)
        .execute(&mut *tx)
        .await?;
        if standing_written.rows_affected() != 1 {
            // Merged into another case meanwhile: its history is closed.
            return Err(StoreError::Conflict);
        }
        for (upload, added_by) in uploads {
            let attached = sqlx::query(
                "UPDATE uploads SET case_id = $1, added_by = $3 WHERE id = $2 AND case_id IS NULL \
                 AND provider = (SELECT provider FROM cases WHERE id = $1)",
            )
            .bind(case_id)
            .bind(upload)
            .bind(added_by)
            .execute(&mut *tx)
            .await?;
            if attached.rows_affected() != 1 {
                return Err(StoreError::Conflict);
            }
        }
        insert_letters_in(&mut tx, Some(case_id), &standing.letters, standing.at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes `cases` in one transaction: all of them, or none.
    pub async fn insert_seeded(&self, cases: &[SeededCase]) -> StoreResult<()> {
        let mut tx = self.write.begin().await?;
        for chunk in cases.chunks(SEEDED_PER_STATEMENT) {
            let sql = format!(
                "INSERT INTO cases (reference, provider, kind, lang, access_hash, received_at, answers, stage, \
                 current_kind, clock_due_at, received_day, next_due, search_text, last_event_at, report_facts, \
                 report_until, report_open) VALUES {} RETURNING id, reference",
                rows_of_placeholders(self.backend, 17, chunk.len())
            );
            let query = chunk.iter().fold(sqlx::query(&sql), |query, case| {
                let last_event_at = case.events.last().map_or(case.record.received_at, |event| event.at);
                query
                    .bind(&case.record.reference)
                    .bind(&case.record.provider)
                    .bind(&case.record.kind)
                    .bind(&case.record.lang)
                    .bind(&case.record.access_hash)
                    .bind(format_time(case.record.received_at))
                    .bind(&case.record.answers)
                    .bind(&case.stage)
                    .bind(&case.current_kind)
                    .bind(case.clock_due_at.map(format_time))
                    .bind(&case.queue.received_day)
                    .bind(case.queue.next_due.as_deref().unwrap_or(NO_DEADLINE))
                    .bind(&case.queue.search_text)
                    .bind(format_time(last_event_at))
                    .bind(&case.report.facts)
                    .bind(&case.report.until)
                    .bind(case.report.open)
            });
            // The order of RETURNING rows is not promised: ids are matched by reference.
            let mut ids = std::collections::HashMap::with_capacity(chunk.len());
            for row in query.fetch_all(&mut *tx).await? {
                ids.insert(row.try_get::<String, _>("reference")?, row.try_get::<i64, _>("id")?);
            }
            let mut events = Vec::new();
            for case in chunk {
                let id = ids.get(&case.record.reference).copied().ok_or_else(|| {
                    StoreError::Internal(format!("the id of seeded case {} did not come back", case.record.reference))
                })?;
                events.extend(case.events.iter().enumerate().map(|(seq, event)| (id, seq as i64, event)));
            }
            for events in events.chunks(SEEDED_PER_STATEMENT) {
                let sql = format!(
                    "INSERT INTO case_events ({EVENT_INSERT_COLUMNS}) VALUES {}",
                    rows_of_placeholders(self.backend, 12, events.len())
                );
                let query = events
                    .iter()
                    .fold(sqlx::query(&sql), |query, (id, seq, event)| bind_event(query, *id, *seq, event));
                query.execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// After a bulk load (the seed): PostgreSQL learns the tables' new
    /// statistics and marks their pages visible, so that its planner picks
    /// the queue's indexes and a count reads the index alone. SQLite's
    /// search index, left by the load in segments of every size, is merged
    /// into one: otherwise the first submissions after it pay for merging
    /// the load's big segments (at a million cases, intake fell from about
    /// 1,000 a second to 650; the merge takes some 7 s there).
    pub async fn after_bulk_load(&self) -> StoreResult<()> {
        let sql = match self.backend {
            Backend::Postgres => "VACUUM ANALYZE cases, case_events",
            Backend::Sqlite => "INSERT INTO cases_search (cases_search) VALUES ('optimize')",
        };
        sqlx::query(sql).execute(&self.write).await?;
        Ok(())
    }

    /// Deletes `provider`'s cases that reached one of the `finished` stages
    /// before `finished_before`, with their history, documents and
    /// idempotency records, all in one transaction. Returns how many.
    pub async fn purge_finished_cases(
        &self,
        provider: &str,
        finished: &[&str],
        finished_before: DateTime<Utc>,
    ) -> StoreResult<u64> {
        let mut tx = self.write.begin().await?;
        let sql = format!(
            "SELECT c.id FROM cases c WHERE c.provider = $1 AND c.stage IN ({}) AND c.last_event_at < $2",
            placeholders(3, finished.len())
        );
        let mut query = sqlx::query(&sql).bind(provider).bind(format_time(finished_before));
        for stage in finished {
            query = query.bind(*stage);
        }
        let rows = query.fetch_all(&mut *tx).await?;
        let finished = rows.iter().map(|row| row.try_get::<i64, _>("id")).collect::<Result<Vec<_>, _>>()?;
        // The duplicates merged into a case go with it, before it.
        let mut ids = Vec::new();
        for id in finished {
            let merged =
                sqlx::query("SELECT id FROM cases WHERE merged_into_id = $1").bind(id).fetch_all(&mut *tx).await?;
            for row in merged {
                ids.push(row.try_get::<i64, _>("id")?);
            }
            ids.push(id);
        }
        for id in &ids {
            // The history may be deleted only while its case is `purging` (see the migrations).
            let statements = [
                "UPDATE cases SET stage = 'purging' WHERE id = $1",
                "DELETE FROM uploads WHERE case_id = $1",
                "DELETE FROM idempotency WHERE case_id = $1",
                "DELETE FROM letters WHERE case_id = $1",
                "DELETE FROM case_notes WHERE case_id = $1",
                "DELETE FROM case_views WHERE case_id = $1",
                "DELETE FROM case_events WHERE case_id = $1",
                "DELETE FROM cases WHERE id = $1",
            ];
            for statement in statements {
                sqlx::query(statement).bind(id).execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        Ok(ids.len() as u64)
    }

    /// How many uploads the case has.
    pub async fn count_case_uploads(&self, case_id: i64) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM uploads WHERE case_id = $1")
            .bind(case_id)
            .fetch_one(&self.read)
            .await?;
        Ok(row.try_get("n")?)
    }

    /// How many cases there are (for tests and the durability check).
    pub async fn count_cases(&self) -> StoreResult<i64> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM cases").fetch_one(&self.read).await?;
        Ok(row.try_get("n")?)
    }
}

/// Folds rows of (case, event) into cases with their events in order.
pub(super) fn group_cases(rows: &[AnyRow]) -> StoreResult<Vec<StoredCase>> {
    let mut cases: Vec<StoredCase> = Vec::new();
    for row in rows {
        let id: i64 = row.try_get("id")?;
        if cases.last().is_none_or(|case| case.id != id) {
            cases.push(StoredCase {
                id,
                record: CaseRecord {
                    reference: row.try_get("reference")?,
                    provider: row.try_get("provider")?,
                    kind: row.try_get("kind")?,
                    lang: row.try_get("lang")?,
                    access_hash: row.try_get("access_hash")?,
                    received_at: parse_time(&row.try_get::<String, _>("received_at")?)?,
                    answers: row.try_get("answers")?,
                },
                stage: row.try_get("stage")?,
                events: Vec::new(),
                letters_stopped: row.try_get::<Option<String>, _>("letters_stopped_at")?.is_some(),
                clock_due_at: row
                    .try_get::<Option<String>, _>("clock_due_at")?
                    .as_deref()
                    .map(parse_time)
                    .transpose()?,
                merged_into: row.try_get("merged_into")?,
            });
        }
        let event = StoredEvent {
            seq: row.try_get("e_seq")?,
            event: NewEvent {
                kind: row.try_get("e_kind")?,
                actor: row.try_get("e_actor")?,
                at: parse_time(&row.try_get::<String, _>("e_at")?)?,
                to_kind: row.try_get("e_to_kind")?,
                message: row.try_get("e_message")?,
                author: row.try_get("e_author")?,
                answers: row.try_get("e_answers")?,
                milestone: row.try_get("e_milestone")?,
                date: row.try_get("e_date")?,
                outcome: row.try_get("e_outcome")?,
            },
        };
        cases.last_mut().expect("pushed above").events.push(event);
    }
    Ok(cases)
}

/// The statements of one new case, inside the caller's transaction.
/// Writes `event` as number `seq` of case `case_id`'s history.
async fn insert_event(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    case_id: i64,
    seq: i64,
    event: &NewEvent,
) -> StoreResult<()> {
    let sql = format!("INSERT INTO case_events ({EVENT_INSERT_COLUMNS}) VALUES ({})", placeholders(1, 12));
    bind_event(sqlx::query(&sql), case_id, seq, event).execute(&mut **tx).await?;
    Ok(())
}

/// The columns an event is written with, in the order [`bind_event`] binds them.
const EVENT_INSERT_COLUMNS: &str =
    "case_id, seq, kind, actor, at, to_kind, message, author, answers, milestone, date, outcome";

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds event `seq` of case `case_id` to the next twelve placeholders.
fn bind_event<'q>(query: AnyQuery<'q>, case_id: i64, seq: i64, event: &'q NewEvent) -> AnyQuery<'q> {
    query
        .bind(case_id)
        .bind(seq)
        .bind(&event.kind)
        .bind(&event.actor)
        .bind(format_time(event.at))
        .bind(&event.to_kind)
        .bind(&event.message)
        .bind(&event.author)
        .bind(&event.answers)
        .bind(&event.milestone)
        .bind(&event.date)
        .bind(&event.outcome)
}

pub(super) async fn insert_case_in(tx: &mut sqlx::Transaction<'_, sqlx::Any>, case: &NewCase) -> StoreResult<i64> {
    let received_at = format_time(case.record.received_at);
    let id: i64 = sqlx::query(
        "INSERT INTO cases (reference, provider, kind, lang, access_hash, received_at, answers, stage, current_kind, \
         clock_due_at, received_day, next_due, search_text, last_event_at, letters_stopped_at, report_facts, \
         report_until, report_open) VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $3, $8, $9, $10, $11, $6, $12, $13, \
         $14, $15) RETURNING id",
    )
    .bind(&case.record.reference)
    .bind(&case.record.provider)
    .bind(&case.record.kind)
    .bind(&case.record.lang)
    .bind(&case.record.access_hash)
    .bind(&received_at)
    .bind(&case.record.answers)
    .bind(case.clock_due_at.map(format_time))
    .bind(&case.queue.received_day)
    .bind(case.queue.next_due.as_deref().unwrap_or(NO_DEADLINE))
    .bind(&case.queue.search_text)
    .bind(case.letters_stopped.then_some(&received_at))
    .bind(&case.report.facts)
    .bind(&case.report.until)
    .bind(case.report.open)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;
    sqlx::query("INSERT INTO case_events (case_id, seq, kind, actor, at) VALUES ($1, 0, 'received', 'customer', $2)")
        .bind(id)
        .bind(&received_at)
        .execute(&mut **tx)
        .await?;
    insert_letters_in(tx, Some(id), &case.letters, case.record.received_at).await?;
    if let Some(record) = &case.idempotency {
        sqlx::query(
            "INSERT INTO idempotency (provider, key_hash, body_hash, response, case_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&case.record.provider)
        .bind(&record.key_hash)
        .bind(&record.body_hash)
        .bind(&record.sealed_response)
        .bind(id)
        .bind(&received_at)
        .execute(&mut **tx)
        .await?;
    }
    for upload in &case.uploads {
        let attached =
            sqlx::query("UPDATE uploads SET case_id = $1 WHERE id = $2 AND provider = $3 AND case_id IS NULL")
                .bind(id)
                .bind(upload)
                .bind(&case.record.provider)
                .execute(&mut **tx)
                .await?;
        if attached.rows_affected() != 1 {
            // Another submission took it between the check and now.
            return Err(StoreError::Conflict);
        }
    }
    Ok(id)
}
