//! Work that one server at a time does when several share a PostgreSQL
//! database: the clock's pass, and sending the outbox's letters. The server that takes the turn holds a
//! session advisory lock on one connection for the length of the work;
//! the others skip that pass. A server that dies mid-pass loses its
//! connection, and with it the lock. SQLite serves one server: its turn
//! is always free.

use sqlx::Row;
use sqlx::pool::PoolConnection;

use super::{Backend, Store, StoreResult};

/// Which work a turn is for.
#[derive(Debug, Clone, Copy)]
pub enum Work {
    Clock,
    /// Sending the outbox's letters.
    Outbox,
}

impl Work {
    /// The advisory lock's key: arbitrary, but the same on every server.
    fn key(self) -> i64 {
        match self {
            Work::Clock => 0x7265_6472_0001,
            Work::Outbox => 0x7265_6472_0002,
        }
    }
}

/// This server's turn at a work, until [`Turn::end`].
pub struct Turn {
    work: Work,
    /// The connection holding the lock (none on SQLite).
    holder: Option<PoolConnection<sqlx::Any>>,
}

impl Store {
    /// This server's turn at `work`, or `None` while another server has it.
    pub async fn take_turn(&self, work: Work) -> StoreResult<Option<Turn>> {
        if self.backend == Backend::Sqlite {
            return Ok(Some(Turn { work, holder: None }));
        }
        let mut holder = self.write.acquire().await?;
        let taken: bool = sqlx::query("SELECT pg_try_advisory_lock($1) AS taken")
            .bind(work.key())
            .fetch_one(&mut *holder)
            .await?
            .try_get("taken")?;
        Ok(taken.then_some(Turn { work, holder: Some(holder) }))
    }
}

impl Turn {
    /// Gives the turn back.
    pub async fn end(mut self) -> StoreResult<()> {
        if let Some(mut holder) = self.holder.take() {
            sqlx::query("SELECT pg_advisory_unlock($1)").bind(self.work.key()).execute(&mut *holder).await?;
        }
        Ok(())
    }
}

impl Drop for Turn {
    /// A turn not ended (an error, a panic) closes its connection rather
    /// than return it to the pool still holding the lock.
    fn drop(&mut self) {
        if let Some(holder) = &mut self.holder {
            holder.close_on_drop();
        }
    }
}
