//! Uploaded documents, kept until a submission references them; the clock
//! deletes those that no submission claimed.

use chrono::{DateTime, Utc};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Store, StoreResult, format_time, placeholders};

pub struct NewUpload<'a> {
    pub id: &'a str,
    pub provider: &'a str,
    /// The file's name as the customer's device gave it, made safe to show.
    pub name: Option<&'a str>,
    pub media_type: &'a str,
    pub sha256: &'a str,
    pub data: &'a [u8],
    pub created_at: DateTime<Utc>,
}

/// A document of a case, as its case page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseDocument {
    pub id: String,
    pub name: Option<String>,
    pub media_type: String,
    pub size: i64,
    /// The member of the staff who attached it to a step; `None`: the customer sent it.
    pub added_by: Option<String>,
}

impl Store {
    pub async fn insert_upload(&self, upload: &NewUpload<'_>) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO uploads (id, provider, name, media_type, size, sha256, data, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(upload.id)
        .bind(upload.provider)
        .bind(upload.name)
        .bind(upload.media_type)
        .bind(upload.data.len() as i64)
        .bind(upload.sha256)
        .bind(upload.data)
        .bind(format_time(upload.created_at))
        .execute(&self.write)
        .await?;
        Ok(())
    }

    /// How many of `ids` are uploads of `provider` that no case holds yet,
    /// in one query (the caller caps how many ids it asks about).
    pub async fn count_unclaimed_uploads(&self, provider: &str, ids: &[String]) -> StoreResult<usize> {
        if ids.is_empty() {
            return Ok(0);
        }
        let sql = format!(
            "SELECT COUNT(*) AS n FROM uploads WHERE provider = $1 AND case_id IS NULL AND id IN ({})",
            placeholders(2, ids.len())
        );
        let mut query = sqlx::query(&sql).bind(provider);
        for id in ids {
            query = query.bind(id);
        }
        let count: i64 = query.fetch_one(&self.read).await?.try_get("n")?;
        Ok(usize::try_from(count).unwrap_or_default())
    }

    /// The documents of case `case_id`, in the order they arrived.
    pub async fn case_documents(&self, case_id: i64) -> StoreResult<Vec<CaseDocument>> {
        let rows = sqlx::query(
            "SELECT id, name, media_type, size, added_by FROM uploads WHERE case_id = $1 ORDER BY created_at, id",
        )
        .bind(case_id)
        .fetch_all(&self.read)
        .await?;
        rows.iter().map(case_document).collect()
    }

    /// Document `id` of case `case_id`, with its content.
    pub async fn case_document_content(&self, case_id: i64, id: &str) -> StoreResult<Option<(CaseDocument, Vec<u8>)>> {
        let row = sqlx::query(
            "SELECT id, name, media_type, size, added_by, data FROM uploads WHERE case_id = $1 AND id = $2",
        )
        .bind(case_id)
        .bind(id)
        .fetch_optional(&self.read)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some((case_document(&row)?, row.try_get("data")?)))
    }

    /// Deletes uploads no submission claimed before `before`; returns how many.
    pub async fn expire_uploads(&self, before: DateTime<Utc>) -> StoreResult<u64> {
        let done = sqlx::query("DELETE FROM uploads WHERE case_id IS NULL AND created_at < $1")
            .bind(format_time(before))
            .execute(&self.write)
            .await?;
        Ok(done.rows_affected())
    }
}

fn case_document(row: &AnyRow) -> StoreResult<CaseDocument> {
    Ok(CaseDocument {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        media_type: row.try_get("media_type")?,
        size: row.try_get("size")?,
        added_by: row.try_get("added_by")?,
    })
}
