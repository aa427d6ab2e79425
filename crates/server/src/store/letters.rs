//! The outbox: letters written in the transaction of the event that calls
//! for them (`insert_letters_in`), taken by the sender when due, and marked
//! sent, waiting again, or failed for good.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{Store, StoreResult, format_time, parse_time, placeholders};

/// A letter to write into the outbox, in words already.
#[derive(Debug, Clone)]
pub struct NewLetter {
    pub provider: String,
    pub kind: String,
    pub recipient: String,
    pub message_id: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// For a letter a date calls for: the key that makes it written once
    /// per case (see `redress_core::letters::Timed`).
    pub once: Option<String>,
    /// For a letter to a customer: the case's stop-emails link.
    pub unsubscribe: Option<String>,
    /// Upload ids of the documents it carries (those a staff step attached).
    pub attachments: Vec<String>,
}

/// A letter the sender is to deliver.
#[derive(Debug, Clone)]
pub struct OutgoingLetter {
    pub id: i64,
    pub provider: String,
    pub kind: String,
    pub recipient: String,
    pub message_id: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub created_at: DateTime<Utc>,
    pub attempts: i64,
    /// The stop-emails link, for the List-Unsubscribe header.
    pub unsubscribe: Option<String>,
    /// The documents it carries, read from the case's uploads.
    pub attachments: Vec<LetterAttachment>,
}

/// A document a letter carries.
#[derive(Debug, Clone)]
pub struct LetterAttachment {
    pub name: String,
    pub media_type: String,
    pub data: Vec<u8>,
}

/// A letter as the operators' `redress mail outbox` lists it.
#[derive(Debug, Clone)]
pub struct OutboxEntry {
    pub id: i64,
    pub provider: String,
    pub kind: String,
    pub recipient: String,
    pub created_at: String,
    pub attempts: i64,
    /// When it is tried next; `None` for one that failed for good.
    pub next_attempt_at: Option<String>,
    pub failed_at: Option<String>,
    pub last_error: Option<String>,
}

/// A letter of a case, as its staff see it.
#[derive(Debug, Clone)]
pub struct CaseLetter {
    pub kind: String,
    pub recipient: String,
    pub written_at: DateTime<Utc>,
    pub attempts: i64,
    pub sent_at: Option<DateTime<Utc>>,
    pub failed_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

/// Writes `letters` of case `case_id` (none for a letter about no case)
/// into the outbox, due at once; a letter whose `once` key the case's
/// letters already have is left out.
pub(super) async fn insert_letters_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    case_id: Option<i64>,
    letters: &[NewLetter],
    at: DateTime<Utc>,
) -> StoreResult<()> {
    let letters: Vec<(Option<i64>, &NewLetter)> = letters.iter().map(|letter| (case_id, letter)).collect();
    insert_letters_of_cases_in(tx, &letters, at).await
}

/// Letters of several cases (`None`: a provider's own), each with its case.
pub(super) async fn insert_letters_of_cases_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    letters: &[(Option<i64>, &NewLetter)],
    at: DateTime<Utc>,
) -> StoreResult<()> {
    let at = format_time(at);
    // One statement for many: each statement is a round trip to the
    // database, and the writer's round trips bound intake.
    for letters in letters.chunks(LETTERS_PER_STATEMENT) {
        let rows: Vec<String> =
            (0..letters.len()).map(|n| format!("({})", placeholders(1 + n * LETTER_COLUMNS, LETTER_COLUMNS))).collect();
        let sql = format!(
            "INSERT INTO letters (case_id, provider, kind, recipient, message_id, subject, body_text, body_html, \
             once_key, unsubscribe, attachments, created_at, next_attempt_at) VALUES {} ON CONFLICT DO NOTHING",
            rows.join(", ")
        );
        let query = letters.iter().fold(sqlx::query(&sql), |query, (case_id, letter)| {
            query
                .bind(*case_id)
                .bind(&letter.provider)
                .bind(&letter.kind)
                .bind(&letter.recipient)
                .bind(&letter.message_id)
                .bind(&letter.subject)
                .bind(&letter.body_text)
                .bind(&letter.body_html)
                .bind(&letter.once)
                .bind(&letter.unsubscribe)
                .bind((!letter.attachments.is_empty()).then(|| letter.attachments.join(" ")))
                .bind(at.clone())
                .bind(at.clone())
        });
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Letters in one statement: 1,300 values, well within either engine's
/// limit on parameters.
const LETTERS_PER_STATEMENT: usize = 100;

/// The columns written for each letter: ten of its own, when it was
/// written, and when it is first tried (the same instant).
const LETTER_COLUMNS: usize = 13;

/// A case for a provider's morning list: due by the day after tomorrow.
#[derive(Debug, Clone)]
pub struct DueRow {
    pub reference: String,
    pub current_kind: String,
    pub next_due: String,
}

/// What became of a letter the sender tried.
#[derive(Debug, Clone)]
pub enum Delivery {
    /// The mail server took it.
    Sent { id: i64, at: DateTime<Utc> },
    /// Refused for now: tried again at `next`.
    Postponed { id: i64, next: DateTime<Utc>, error: String },
    /// Refused for good, or waited as long as a letter may.
    Failed { id: i64, at: DateTime<Utc>, error: String },
}

/// The columns a letter done with keeps: all but the body of a receipt,
/// whose link carries the case's access code, and of a sign-in code's
/// letter: codes are kept nowhere else in clear.
macro_rules! forget_the_code {
    () => {
        "body_text = CASE WHEN kind IN ('receipt', 'sign_in_code') THEN '' ELSE body_text END, \
         body_html = CASE WHEN kind IN ('receipt', 'sign_in_code') THEN '' ELSE body_html END"
    };
}

const SENT: &str = concat!(
    "UPDATE letters SET sent_at = $1, next_attempt_at = NULL, attempts = attempts + 1, last_error = NULL, ",
    forget_the_code!(),
    " WHERE id = $2"
);
const POSTPONED: &str =
    "UPDATE letters SET next_attempt_at = $1, attempts = attempts + 1, last_error = $2 WHERE id = $3";
const FAILED: &str = concat!(
    "UPDATE letters SET failed_at = $1, next_attempt_at = NULL, attempts = attempts + 1, last_error = $2, ",
    forget_the_code!(),
    " WHERE id = $3"
);

impl Store {
    /// Up to `limit` of `provider`'s open cases whose next deadline is
    /// `until` or earlier, by that date (the queue's index).
    pub async fn cases_due_by(&self, provider: &str, until: &str, limit: i64) -> StoreResult<Vec<DueRow>> {
        let rows = sqlx::query(
            "SELECT reference, current_kind, next_due FROM cases WHERE provider = $1 AND next_due <= $2 \
             ORDER BY next_due, received_at, id LIMIT $3",
        )
        .bind(provider)
        .bind(until)
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(DueRow {
                    reference: row.try_get("reference")?,
                    current_kind: row.try_get("current_kind")?,
                    next_due: row.try_get("next_due")?,
                })
            })
            .collect()
    }

    /// The keys of the letters about no case written since `since`, by provider.
    pub async fn provider_letters_since(&self, since: DateTime<Utc>) -> StoreResult<Vec<(String, String)>> {
        let rows = sqlx::query(
            "SELECT provider, once_key FROM letters WHERE case_id IS NULL AND once_key IS NOT NULL AND created_at >= $1",
        )
        .bind(format_time(since))
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(|row| Ok((row.try_get("provider")?, row.try_get("once_key")?))).collect()
    }

    /// Writes `letters` about no case (a provider's morning list), each
    /// once by its key.
    pub async fn insert_provider_letters(&self, letters: &[NewLetter], at: DateTime<Utc>) -> StoreResult<()> {
        let mut tx = self.write.begin().await?;
        insert_letters_in(&mut tx, None, letters, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Up to `limit` letters due by `now`, oldest first.
    pub async fn due_letters(&self, now: DateTime<Utc>, limit: i64) -> StoreResult<Vec<OutgoingLetter>> {
        let rows = sqlx::query(
            "SELECT id, case_id, provider, kind, recipient, message_id, subject, body_text, body_html, created_at, \
             attempts, unsubscribe, attachments FROM letters WHERE next_attempt_at <= $1 \
             ORDER BY next_attempt_at, id LIMIT $2",
        )
        .bind(format_time(now))
        .bind(limit)
        .fetch_all(&self.read)
        .await?;
        let mut letters = Vec::with_capacity(rows.len());
        for row in &rows {
            let attached: Option<String> = row.try_get("attachments")?;
            let attachments = match attached {
                Some(ids) => self.letter_attachments(row.try_get("case_id")?, &ids).await?,
                None => Vec::new(),
            };
            letters.push(OutgoingLetter {
                id: row.try_get("id")?,
                provider: row.try_get("provider")?,
                kind: row.try_get("kind")?,
                recipient: row.try_get("recipient")?,
                message_id: row.try_get("message_id")?,
                subject: row.try_get("subject")?,
                body_text: row.try_get("body_text")?,
                body_html: row.try_get("body_html")?,
                created_at: parse_time(&row.try_get::<String, _>("created_at")?)?,
                attempts: row.try_get("attempts")?,
                unsubscribe: row.try_get("unsubscribe")?,
                attachments,
            });
        }
        Ok(letters)
    }

    /// The documents `ids` (separated by spaces) of case `case_id`, in that order.
    async fn letter_attachments(&self, case_id: Option<i64>, ids: &str) -> StoreResult<Vec<LetterAttachment>> {
        let mut attachments = Vec::new();
        for id in ids.split_whitespace() {
            let row = sqlx::query("SELECT name, media_type, data FROM uploads WHERE id = $1 AND case_id = $2")
                .bind(id)
                .bind(case_id)
                .fetch_optional(&self.read)
                .await?;
            if let Some(row) = row {
                attachments.push(LetterAttachment {
                    name: row.try_get::<Option<String>, _>("name")?.unwrap_or_else(|| id.to_string()),
                    media_type: row.try_get("media_type")?,
                    data: row.try_get("data")?,
                });
            }
        }
        Ok(attachments)
    }

    /// The letters of case `case_id`, in the order they were written.
    pub async fn case_letters(&self, case_id: i64) -> StoreResult<Vec<CaseLetter>> {
        let rows = sqlx::query(
            "SELECT kind, recipient, created_at, attempts, sent_at, failed_at, last_error FROM letters \
             WHERE case_id = $1 ORDER BY id",
        )
        .bind(case_id)
        .fetch_all(&self.read)
        .await?;
        let time = |text: Option<String>| text.as_deref().map(parse_time).transpose();
        rows.iter()
            .map(|row| {
                Ok(CaseLetter {
                    kind: row.try_get("kind")?,
                    recipient: row.try_get("recipient")?,
                    written_at: parse_time(&row.try_get::<String, _>("created_at")?)?,
                    attempts: row.try_get("attempts")?,
                    sent_at: time(row.try_get("sent_at")?)?,
                    failed_at: time(row.try_get("failed_at")?)?,
                    last_error: row.try_get("last_error")?,
                })
            })
            .collect()
    }

    /// What became of a round of letters, in one transaction: one disk sync
    /// for the round, not one a letter.
    pub async fn record_deliveries(&self, deliveries: &[Delivery]) -> StoreResult<()> {
        if deliveries.is_empty() {
            return Ok(());
        }
        let mut tx = self.write.begin().await?;
        for delivery in deliveries {
            let query = match delivery {
                // Kept as the record of what was sent, but for the receipt's
                // body, whose link holds the access code (the portal keeps
                // only its hash).
                Delivery::Sent { id, at } => sqlx::query(SENT).bind(format_time(*at)).bind(*id),
                Delivery::Postponed { id, next, error } => {
                    sqlx::query(POSTPONED).bind(format_time(*next)).bind(error.as_str()).bind(*id)
                }
                Delivery::Failed { id, at, error } => {
                    sqlx::query(FAILED).bind(format_time(*at)).bind(error.as_str()).bind(*id)
                }
            };
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The letters waiting and those that failed, oldest first; and how
    /// many were sent.
    pub async fn outbox(&self) -> StoreResult<(Vec<OutboxEntry>, i64)> {
        let rows = sqlx::query(
            "SELECT id, provider, kind, recipient, created_at, attempts, next_attempt_at, failed_at, last_error \
             FROM letters WHERE sent_at IS NULL ORDER BY created_at, id",
        )
        .fetch_all(&self.read)
        .await?;
        let entries = rows
            .iter()
            .map(|row| {
                Ok(OutboxEntry {
                    id: row.try_get("id")?,
                    provider: row.try_get("provider")?,
                    kind: row.try_get("kind")?,
                    recipient: row.try_get("recipient")?,
                    created_at: row.try_get("created_at")?,
                    attempts: row.try_get("attempts")?,
                    next_attempt_at: row.try_get("next_attempt_at")?,
                    failed_at: row.try_get("failed_at")?,
                    last_error: row.try_get("last_error")?,
                })
            })
            .collect::<StoreResult<Vec<_>>>()?;
        let sent: i64 = sqlx::query("SELECT COUNT(*) AS n FROM letters WHERE sent_at IS NOT NULL")
            .fetch_one(&self.read)
            .await?
            .try_get("n")?;
        Ok((entries, sent))
    }
}
