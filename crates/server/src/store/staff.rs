//! Staff tokens: each belongs to one provider; only its hash is stored.
//! A revoked token keeps its row, as the record of who had access when.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{Store, StoreResult, format_time, parse_time};

/// Who is acting for a provider: a staff token's holder, or a member
/// signed in to the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub provider: String,
    pub name: String,
    /// The member's account, when signed in rather than by token.
    pub account: Option<i64>,
}

/// A staff token as operators see it: never the token itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffTokenRecord {
    pub id: i64,
    pub provider: String,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
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
        let row = sqlx::query("SELECT provider, name FROM staff_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(token_hash)
            .fetch_optional(&self.read)
            .await?;
        Ok(match row {
            Some(row) => {
                Some(StaffMember { provider: row.try_get("provider")?, name: row.try_get("name")?, account: None })
            }
            None => None,
        })
    }

    /// Every staff token, or `provider`'s, in the order they were created.
    pub async fn staff_tokens(&self, provider: Option<&str>) -> StoreResult<Vec<StaffTokenRecord>> {
        let rows = sqlx::query(
            "SELECT id, provider, name, created_at, revoked_at FROM staff_tokens \
             WHERE $1 = '' OR provider = $1 ORDER BY id",
        )
        .bind(provider.unwrap_or_default())
        .fetch_all(&self.read)
        .await?;
        rows.iter()
            .map(|row| {
                let revoked_at: Option<String> = row.try_get("revoked_at")?;
                Ok(StaffTokenRecord {
                    id: row.try_get("id")?,
                    provider: row.try_get("provider")?,
                    name: row.try_get("name")?,
                    created_at: parse_time(&row.try_get::<String, _>("created_at")?)?,
                    revoked_at: revoked_at.as_deref().map(parse_time).transpose()?,
                })
            })
            .collect()
    }

    /// Revokes the token `id` at `at`; `false` if there is no such token or
    /// it was revoked already.
    pub async fn revoke_staff_token(&self, id: i64, at: DateTime<Utc>) -> StoreResult<bool> {
        let done = sqlx::query("UPDATE staff_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(format_time(at))
            .bind(id)
            .execute(&self.write)
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
