//! The complaints team's work on a case, apart from its history: who
//! handles it (`cases.assignee_id`), the notes they keep, never shown to
//! the customer, and every time one of them opened it.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::cases::NO_DEADLINE;
use super::letters::{NewLetter, insert_letters_in};
use super::{Store, StoreError, StoreResult, format_time, parse_time};

/// A member of the staff, as colleagues see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Colleague {
    pub account: i64,
    pub name: String,
}

/// A note on a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseNote {
    pub author: String,
    pub text: String,
    pub at: DateTime<Utc>,
}

/// One look at a case by a member of the staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseViewing {
    pub viewer: String,
    pub at: DateTime<Utc>,
}

/// What the staff see of their own work on a case.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CaseWork {
    pub assignee: Option<Colleague>,
    pub notes: Vec<CaseNote>,
    /// Who opened it, each with their latest look, the latest first, at
    /// most [`VIEWS_SHOWN`] of them.
    pub views: Vec<CaseViewing>,
    /// Where this case was merged, if it is a duplicate.
    pub merged_into: Option<Merge>,
    /// The duplicates merged into this case, in the order they were.
    pub merged: Vec<Merge>,
}

/// A duplicate merged into another case: the other case's reference, when
/// and by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merge {
    pub reference: String,
    pub at: DateTime<Utc>,
    pub by: String,
}

/// The members a case lists as having opened it: the latest; every look stays stored.
pub const VIEWS_SHOWN: i64 = 50;

impl Store {
    /// The active members of `provider`'s staff, by name.
    pub async fn colleagues(&self, provider: &str) -> StoreResult<Vec<Colleague>> {
        let rows = sqlx::query(
            "SELECT id, name FROM staff_members WHERE provider = $1 AND removed_at IS NULL ORDER BY name, id",
        )
        .bind(provider)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(|row| Ok(Colleague { account: row.try_get("id")?, name: row.try_get("name")? })).collect()
    }

    /// Gives case `case_id` to `account` (a member of `provider`'s staff who
    /// has not been removed), or to nobody; `false` if that member is not one.
    pub async fn assign_case(&self, case_id: i64, provider: &str, account: Option<i64>) -> StoreResult<bool> {
        let done = match account {
            Some(account) => {
                sqlx::query(
                    "UPDATE cases SET assignee_id = $1 WHERE id = $2 AND EXISTS (SELECT 1 FROM staff_members m \
                     WHERE m.id = $1 AND m.provider = $3 AND m.removed_at IS NULL)",
                )
                .bind(account)
                .bind(case_id)
                .bind(provider)
                .execute(&self.write)
                .await?
            }
            None => {
                sqlx::query("UPDATE cases SET assignee_id = NULL WHERE id = $1")
                    .bind(case_id)
                    .execute(&self.write)
                    .await?
            }
        };
        Ok(done.rows_affected() == 1)
    }

    /// Gives case `case_id` to `account` if nobody handles it yet: whoever
    /// takes its first step handles it. Whether it did.
    pub async fn take_if_unassigned(&self, case_id: i64, account: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE cases SET assignee_id = $1 WHERE id = $2 AND assignee_id IS NULL \
             AND EXISTS (SELECT 1 FROM staff_members m WHERE m.id = $1 AND m.removed_at IS NULL)",
        )
        .bind(account)
        .bind(case_id)
        .execute(&self.write)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The reference of the case `reference` (of `provider`) was merged
    /// into, if it is a duplicate: a search for it finds the case kept.
    pub async fn surviving_reference(&self, provider: &str, reference: &str) -> StoreResult<Option<String>> {
        let row = sqlx::query(
            "SELECT s.reference FROM cases c JOIN cases s ON s.id = c.merged_into_id \
             WHERE c.reference = $1 AND c.provider = $2",
        )
        .bind(reference)
        .bind(provider)
        .fetch_optional(&self.read)
        .await?;
        Ok(row.map(|row| row.try_get("reference")).transpose()?)
    }

    pub async fn add_case_note(&self, case_id: i64, author: &str, text: &str, at: DateTime<Utc>) -> StoreResult<()> {
        sqlx::query("INSERT INTO case_notes (case_id, author, body, created_at) VALUES ($1, $2, $3, $4)")
            .bind(case_id)
            .bind(author)
            .bind(text)
            .bind(format_time(at))
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// Records that `viewer` opened case `case_id` at `at`.
    pub async fn record_case_view(&self, case_id: i64, viewer: &str, at: DateTime<Utc>) -> StoreResult<()> {
        sqlx::query("INSERT INTO case_views (case_id, viewer, viewed_at) VALUES ($1, $2, $3)")
            .bind(case_id)
            .bind(viewer)
            .bind(format_time(at))
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// Who handles case `case_id`, its notes (oldest first) and its latest views.
    pub async fn case_work(&self, case_id: i64) -> StoreResult<CaseWork> {
        let assignee = sqlx::query(
            "SELECT m.id, m.name FROM cases c JOIN staff_members m ON m.id = c.assignee_id WHERE c.id = $1",
        )
        .bind(case_id)
        .fetch_optional(&self.read)
        .await?
        .map(|row| Ok::<_, sqlx::Error>(Colleague { account: row.try_get("id")?, name: row.try_get("name")? }))
        .transpose()?;
        let notes = sqlx::query("SELECT author, body, created_at FROM case_notes WHERE case_id = $1 ORDER BY id")
            .bind(case_id)
            .fetch_all(&self.read)
            .await?
            .iter()
            .map(|row| {
                Ok(CaseNote {
                    author: row.try_get("author")?,
                    text: row.try_get("body")?,
                    at: parse_time(&row.try_get::<String, _>("created_at")?)?,
                })
            })
            .collect::<StoreResult<Vec<_>>>()?;
        // Each member once, with their latest look: every look is kept, but
        // the team asks who has seen the case, not how often a page loaded.
        let views = sqlx::query(
            "SELECT viewer, MAX(viewed_at) AS viewed_at FROM case_views WHERE case_id = $1 \
             GROUP BY viewer ORDER BY MAX(viewed_at) DESC, MAX(id) DESC LIMIT $2",
        )
        .bind(case_id)
        .bind(VIEWS_SHOWN)
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(|row| {
            Ok(CaseViewing { viewer: row.try_get("viewer")?, at: parse_time(&row.try_get::<String, _>("viewed_at")?)? })
        })
        .collect::<StoreResult<Vec<_>>>()?;
        let merge = |row: &sqlx::any::AnyRow| -> StoreResult<Merge> {
            Ok(Merge {
                reference: row.try_get("reference")?,
                at: parse_time(&row.try_get::<String, _>("merged_at")?)?,
                by: row.try_get("merged_by")?,
            })
        };
        let merged_into = sqlx::query(
            "SELECT s.reference, c.merged_at, c.merged_by FROM cases c JOIN cases s ON s.id = c.merged_into_id \
             WHERE c.id = $1",
        )
        .bind(case_id)
        .fetch_optional(&self.read)
        .await?
        .as_ref()
        .map(merge)
        .transpose()?;
        let merged = sqlx::query(
            "SELECT reference, merged_at, merged_by FROM cases WHERE merged_into_id = $1 ORDER BY merged_at, id",
        )
        .bind(case_id)
        .fetch_all(&self.read)
        .await?
        .iter()
        .map(merge)
        .collect::<StoreResult<Vec<_>>>()?;
        Ok(CaseWork { assignee, notes, views, merged_into, merged })
    }

    /// Merges case `duplicate` into case `into`, for `by` at `at`: the
    /// duplicate leaves the queue and its clock (its stage is `merged`), and
    /// the duplicates merged into it before now point to `into`, so that a
    /// customer's look-up follows one step; `letters` (the customer's word
    /// of it) are written with it. Nothing is deleted. Refused
    /// with [`StoreError::Conflict`] if either was merged meanwhile.
    pub async fn merge_cases(
        &self,
        duplicate: i64,
        into: i64,
        by: &str,
        at: DateTime<Utc>,
        letters: &[NewLetter],
    ) -> StoreResult<()> {
        let mut tx = self.write.begin().await?;
        // Holds the surviving case's row (PostgreSQL) while the merge is written.
        let surviving = sqlx::query("UPDATE cases SET merged_into_id = NULL WHERE id = $1 AND merged_into_id IS NULL")
            .bind(into)
            .execute(&mut *tx)
            .await?;
        let merged = sqlx::query(
            "UPDATE cases SET merged_into_id = $1, merged_at = $2, merged_by = $3, stage = 'merged', next_due = $4, \
             report_until = '', report_open = FALSE, \
             clock_due_at = NULL WHERE id = $5 AND merged_into_id IS NULL AND stage <> 'purging'",
        )
        .bind(into)
        .bind(format_time(at))
        .bind(by)
        .bind(NO_DEADLINE)
        .bind(duplicate)
        .execute(&mut *tx)
        .await?;
        if surviving.rows_affected() != 1 || merged.rows_affected() != 1 {
            return Err(StoreError::Conflict);
        }
        sqlx::query("UPDATE cases SET merged_into_id = $1 WHERE merged_into_id = $2")
            .bind(into)
            .bind(duplicate)
            .execute(&mut *tx)
            .await?;
        insert_letters_in(&mut tx, Some(duplicate), letters, at).await?;
        tx.commit().await?;
        Ok(())
    }
}
