//! Group commit for SQLite. With `synchronous=FULL` every commit waits for
//! the disk, and SQLite has a single writer, so committing each complaint on
//! its own caps intake at the disk's sync rate divided among all requests.
//! Here one task takes every complaint waiting in the queue, writes them in
//! one transaction (each under a savepoint, so one bad case cannot spoil the
//! others), commits once, and only then answers each request. A `201` still
//! means "on disk".

use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};

use super::cases::{NewCase, insert_case_in};
use super::{StoreError, StoreResult};

/// Most cases in one transaction: enough to amortise the sync, small enough
/// that the first request in a batch does not wait long for the last.
const MAX_BATCH: usize = 64;
/// Requests waiting for a place in the queue beyond that apply backpressure.
const QUEUE: usize = 1024;

struct Job {
    case: NewCase,
    reply: oneshot::Sender<StoreResult<i64>>,
}

#[derive(Clone)]
pub struct Writer {
    queue: mpsc::Sender<Job>,
}

impl Writer {
    /// Starts the writer task on `pool` (which must have one connection).
    pub fn start(pool: AnyPool) -> Writer {
        let (queue, jobs) = mpsc::channel(QUEUE);
        tokio::spawn(run(pool, jobs));
        Writer { queue }
    }

    pub async fn insert(&self, case: NewCase) -> StoreResult<i64> {
        let (reply, answer) = oneshot::channel();
        let stopped = || StoreError::Unavailable("the database writer has stopped".into());
        self.queue.send(Job { case, reply }).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

async fn run(pool: AnyPool, mut jobs: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while jobs.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let results = commit(&pool, &batch).await;
        for (job, result) in batch.drain(..).zip(results) {
            // The request may have gone (client hung up); its case is stored all the same.
            let _ = job.reply.send(result);
        }
    }
}

/// Writes `batch` in one transaction; one result per job, in order.
async fn commit(pool: &AnyPool, batch: &[Job]) -> Vec<StoreResult<i64>> {
    let failed_all = |error: StoreError| batch.iter().map(|_| Err(copy(&error))).collect();
    let mut tx = match pool.begin().await {
        Ok(tx) => tx,
        Err(error) => return failed_all(error.into()),
    };
    let mut results = Vec::with_capacity(batch.len());
    for job in batch {
        // A nested transaction is a savepoint: a case that fails rolls back alone.
        let mut savepoint = match sqlx::Connection::begin(&mut *tx).await {
            Ok(savepoint) => savepoint,
            Err(error) => return failed_all(error.into()),
        };
        match insert_case_in(&mut savepoint, &job.case).await {
            Ok(id) => match savepoint.commit().await {
                Ok(()) => results.push(Ok(id)),
                Err(error) => return failed_all(error.into()),
            },
            Err(error) => {
                if let Err(rollback) = savepoint.rollback().await {
                    return failed_all(rollback.into());
                }
                results.push(Err(error));
            }
        }
    }
    match tx.commit().await {
        // Cases that failed alone keep their own error; the rest are durable now.
        Ok(()) => results,
        Err(error) => failed_all(error.into()),
    }
}

/// `StoreError` holds no handles, so each waiting request can get its own copy.
fn copy(error: &StoreError) -> StoreError {
    match error {
        StoreError::Unavailable(why) => StoreError::Unavailable(why.clone()),
        StoreError::Conflict => StoreError::Conflict,
        StoreError::Internal(why) => StoreError::Internal(why.clone()),
    }
}
