//! The complaints staff's accounts: who they are, the one-time codes they
//! sign in with, and their sessions. Only hashes of codes and session
//! cookies are stored. A removed member keeps their row (the record of who
//! had access when) and opens nothing from the moment of removal.

use chrono::{DateTime, Duration, Utc};
use redress_core::validation::ErrorCode;
use sqlx::Row;

use super::letters::insert_letters_in;
use super::{NewLetter, StaffMember, Store, StoreResult, format_time, parse_time};

/// How long a sign-in code is good for.
pub const CODE_LIFETIME: Duration = Duration::minutes(10);
/// Wrong codes typed before a code is spent.
pub const CODE_TRIES: i64 = 5;
/// A session not used for this long has ended.
pub const SESSION_IDLE: Duration = Duration::hours(8);
/// A session's last use is written at most this often, not at every request.
const SESSION_TOUCH: Duration = Duration::minutes(1);

/// Longest email address accepted (RFC 5321's path limit).
const EMAIL_LIMIT: usize = 254;

/// A member's email address as it is stored and compared: trimmed, in lower
/// case; or why it is not one. The operator's command and the sign-in both
/// read addresses through it, so that they always find the same member.
pub fn member_email(text: &str) -> Result<String, ErrorCode> {
    let email = text.trim().to_lowercase();
    if email.is_empty() {
        return Err(ErrorCode::Required);
    }
    if email.chars().count() > EMAIL_LIMIT {
        return Err(ErrorCode::TooLong);
    }
    if !redress_core::validation::is_email(&email) {
        return Err(ErrorCode::InvalidEmail);
    }
    Ok(email)
}

/// A member of a provider's complaints staff as the operator sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffAccount {
    pub id: i64,
    pub provider: String,
    pub email: String,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub removed_at: Option<DateTime<Utc>>,
}

/// A session found by its cookie.
pub struct StaffSession {
    pub id: i64,
    pub member: StaffMember,
    last_seen_at: DateTime<Utc>,
}

impl StaffSession {
    /// Whether its last use should be written now.
    pub fn needs_touch(&self, now: DateTime<Utc>) -> bool {
        now - self.last_seen_at >= SESSION_TOUCH
    }
}

fn account(row: &sqlx::any::AnyRow) -> StoreResult<StaffAccount> {
    let removed_at: Option<String> = row.try_get("removed_at")?;
    Ok(StaffAccount {
        id: row.try_get("id")?,
        provider: row.try_get("provider")?,
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        created_at: parse_time(&row.try_get::<String, _>("created_at")?)?,
        removed_at: removed_at.as_deref().map(parse_time).transpose()?,
    })
}

impl Store {
    /// Adds a member; `Conflict` if `provider` has one with `email` already.
    pub async fn add_staff_account(
        &self,
        provider: &str,
        email: &str,
        name: &str,
        at: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let row = sqlx::query(
            "INSERT INTO staff_members (provider, email, name, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(provider)
        .bind(email)
        .bind(name)
        .bind(format_time(at))
        .fetch_one(&self.write)
        .await?;
        Ok(row.try_get("id")?)
    }

    /// Every member, or `provider`'s, in the order they were added.
    pub async fn staff_accounts(&self, provider: Option<&str>) -> StoreResult<Vec<StaffAccount>> {
        let rows = sqlx::query(
            "SELECT id, provider, email, name, created_at, removed_at FROM staff_members \
             WHERE $1 = '' OR provider = $1 ORDER BY id",
        )
        .bind(provider.unwrap_or_default())
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(account).collect()
    }

    /// Removes `provider`'s member `email` and ends their sessions, at once;
    /// `false` if there is no such member.
    pub async fn remove_staff_account(&self, provider: &str, email: &str, at: DateTime<Utc>) -> StoreResult<bool> {
        let at = format_time(at);
        let mut tx = self.write.begin().await?;
        let removed = sqlx::query(
            "UPDATE staff_members SET removed_at = $1 WHERE provider = $2 AND email = $3 AND removed_at IS NULL \
             RETURNING id",
        )
        .bind(&at)
        .bind(provider)
        .bind(email)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(removed) = removed else { return Ok(false) };
        sqlx::query("UPDATE staff_sessions SET ended_at = $1 WHERE member_id = $2 AND ended_at IS NULL")
            .bind(&at)
            .bind(removed.try_get::<i64, _>("id")?)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The members, of any provider, who sign in with `email`.
    pub async fn staff_accounts_by_email(&self, email: &str) -> StoreResult<Vec<StaffAccount>> {
        let rows = sqlx::query(
            "SELECT id, provider, email, name, created_at, removed_at FROM staff_members \
             WHERE email = $1 AND removed_at IS NULL ORDER BY id",
        )
        .bind(email)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(account).collect()
    }

    /// How many codes `member` asked for since `since`.
    pub async fn sign_in_codes_since(&self, member: i64, since: DateTime<Utc>) -> StoreResult<i64> {
        let row =
            sqlx::query("SELECT COUNT(*) AS n FROM staff_sign_in_codes WHERE member_id = $1 AND created_at >= $2")
                .bind(member)
                .bind(format_time(since))
                .fetch_one(&self.read)
                .await?;
        Ok(row.try_get("n")?)
    }

    /// Stores a code's hash for `member` and, in the same transaction, the
    /// letter that carries it.
    pub async fn insert_sign_in_code(
        &self,
        member: i64,
        code_hash: &str,
        letter: &NewLetter,
        at: DateTime<Utc>,
    ) -> StoreResult<()> {
        let mut tx = self.write.begin().await?;
        sqlx::query(
            "INSERT INTO staff_sign_in_codes (member_id, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(member)
        .bind(code_hash)
        .bind(format_time(at))
        .bind(format_time(at + CODE_LIFETIME))
        .execute(&mut *tx)
        .await?;
        insert_letters_in(&mut tx, None, std::slice::from_ref(letter), at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Spends one try of each code of `member` still good at `now`, and uses
    /// up the one whose hash `matches`, if any: a code opens one session,
    /// whatever the number of servers asked at once.
    pub async fn use_sign_in_code(
        &self,
        member: i64,
        matches: impl Fn(&str) -> bool,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let now = format_time(now);
        let tried = sqlx::query(
            "UPDATE staff_sign_in_codes SET tries = tries + 1 \
             WHERE member_id = $1 AND used_at IS NULL AND expires_at > $2 AND tries < $3 RETURNING id, code_hash",
        )
        .bind(member)
        .bind(&now)
        .bind(CODE_TRIES)
        .fetch_all(&self.write)
        .await?;
        for row in tried {
            if matches(&row.try_get::<String, _>("code_hash")?) {
                let used = sqlx::query("UPDATE staff_sign_in_codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
                    .bind(&now)
                    .bind(row.try_get::<i64, _>("id")?)
                    .execute(&self.write)
                    .await?;
                return Ok(used.rows_affected() == 1);
            }
        }
        Ok(false)
    }

    pub async fn start_staff_session(&self, member: i64, token_hash: &str, at: DateTime<Utc>) -> StoreResult<()> {
        let at = format_time(at);
        sqlx::query(
            "INSERT INTO staff_sessions (member_id, token_hash, created_at, last_seen_at) VALUES ($1, $2, $3, $3)",
        )
        .bind(member)
        .bind(token_hash)
        .bind(&at)
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// The session whose cookie hashes to `token_hash`, if it is still on
    /// at `now`: not ended, its member not removed, used within 8 hours.
    pub async fn find_staff_session(&self, token_hash: &str, now: DateTime<Utc>) -> StoreResult<Option<StaffSession>> {
        let row = sqlx::query(
            "SELECT s.id, s.last_seen_at, m.id AS member_id, m.provider, m.name FROM staff_sessions s \
             JOIN staff_members m ON m.id = s.member_id \
             WHERE s.token_hash = $1 AND s.ended_at IS NULL AND m.removed_at IS NULL AND s.last_seen_at > $2",
        )
        .bind(token_hash)
        .bind(format_time(now - SESSION_IDLE))
        .fetch_optional(&self.read)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(StaffSession {
            id: row.try_get("id")?,
            member: StaffMember {
                provider: row.try_get("provider")?,
                name: row.try_get("name")?,
                account: Some(row.try_get("member_id")?),
            },
            last_seen_at: parse_time(&row.try_get::<String, _>("last_seen_at")?)?,
        }))
    }

    /// Records that session `id` was used at `now`.
    pub async fn touch_staff_session(&self, id: i64, now: DateTime<Utc>) -> StoreResult<()> {
        sqlx::query("UPDATE staff_sessions SET last_seen_at = $1 WHERE id = $2")
            .bind(format_time(now))
            .bind(id)
            .execute(&self.write)
            .await?;
        Ok(())
    }

    /// Ends the session whose cookie hashes to `token_hash` (signing out).
    pub async fn end_staff_session(&self, token_hash: &str, at: DateTime<Utc>) -> StoreResult<()> {
        sqlx::query("UPDATE staff_sessions SET ended_at = $1 WHERE token_hash = $2 AND ended_at IS NULL")
            .bind(format_time(at))
            .bind(token_hash)
            .execute(&self.write)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_kept_as_it_is_compared_and_a_non_address_says_why() {
        assert_eq!(member_email("  Sam@Kijoma.EXAMPLE "), Ok("sam@kijoma.example".to_string()));
        assert_eq!(member_email(" "), Err(ErrorCode::Required));
        assert_eq!(member_email("not an address"), Err(ErrorCode::InvalidEmail));
        assert_eq!(member_email(&format!("{}@example.org", "a".repeat(250))), Err(ErrorCode::TooLong));
    }
}
