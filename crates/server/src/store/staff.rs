//! Staff tokens: each belongs to one provider; only its hash is stored.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{Store, StoreResult, format_time};

/// Who a staff token belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub provider: String,
    pub name: String,
}

impl Store {
    pub async fn insert_staff_token(
        &self,
        provider: &str,
        name: &str,
        token_hash: &str,
        at: DateTime<Utc>,
    ) -> StoreResult<()> {
        sqlx::query("INSERT INTO staff_tokens (provider, name, token_hash, created_at) VALUES ($1, $2, $3, $4)")
            .bind(provider)
            .bind(name)
            .bind(token_hash)
            .bind(format_time(at))
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// The staff member whose token hashes to `token_hash`. The lookup is by
    /// hash, so the token itself never reaches a query or a log.
    pub async fn find_staff(&self, token_hash: &str) -> StoreResult<Option<StaffMember>> {
        let row = sqlx::query("SELECT provider, name FROM staff_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&self.read)
            .await?;
        Ok(match row {
            Some(row) => Some(StaffMember { provider: row.try_get("provider")?, name: row.try_get("name")? }),
            None => None,
        })
    }
}
