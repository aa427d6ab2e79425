//! What a provider's reports read: each case's kept facts, by the index of
//! the last day they may count something on.

use futures_util::TryStreamExt;
use sqlx::Row;

use super::{Store, StoreResult};

impl Store {
    /// Hands `each` the report facts (JSON) of `provider`'s cases that a
    /// report of the days `from` to `to` (`YYYY-MM-DD`) may count: received
    /// by its end, and open or with something on a day in or after its
    /// start. Merged duplicates, and cases whose facts cannot be worked
    /// out, are left out. Streamed: one row in memory at a time.
    pub async fn report_facts(
        &self,
        provider: &str,
        from: &str,
        to: &str,
        mut each: impl FnMut(&str),
    ) -> StoreResult<()> {
        let mut rows = sqlx::query(
            "SELECT report_facts FROM cases WHERE provider = $1 AND report_until >= $2 AND received_day <= $3 \
             AND report_facts <> '' AND stage <> 'merged'",
        )
        .bind(provider)
        .bind(from)
        .bind(to)
        .fetch(&self.read);
        while let Some(row) = rows.try_next().await? {
            each(row.try_get::<&str, _>("report_facts")?);
        }
        Ok(())
    }
}
