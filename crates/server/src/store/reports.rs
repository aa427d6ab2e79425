//! What a provider's reports read: each case's kept facts, by the index of
//! the last day they fall on; and a count of the cases open through a
//! period with nothing in it to count.

use futures_util::TryStreamExt;
use sqlx::Row;

use super::{Store, StoreResult};

impl Store {
    /// Hands `each` the report facts (JSON) of `provider`'s cases that a
    /// report of the days `from` to `to` (`YYYY-MM-DD`) needs: received by
    /// its end, with a fact on a day in or after its start. Merged
    /// duplicates, and cases whose facts cannot be worked out, have no such
    /// day. Streamed: one row in memory at a time.
    pub async fn report_facts(
        &self,
        provider: &str,
        from: &str,
        to: &str,
        mut each: impl FnMut(&str),
    ) -> StoreResult<()> {
        let mut rows = sqlx::query(
            "SELECT report_facts FROM cases WHERE provider = $1 AND report_until >= $2 AND received_day <= $3",
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

    /// How many of `provider`'s cases, by the kind filed, are open with
    /// their last fact before day `from`: open through a period from then,
    /// with nothing else in it to count. Read from an index alone.
    pub async fn open_throughout(&self, provider: &str, from: &str) -> StoreResult<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT kind, COUNT(*) AS n FROM cases WHERE provider = $1 AND report_open = TRUE AND report_until < $2 \
             AND report_until <> '' GROUP BY kind",
        )
        .bind(provider)
        .bind(from)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(|row| Ok((row.try_get("kind")?, row.try_get("n")?))).collect()
    }
}
