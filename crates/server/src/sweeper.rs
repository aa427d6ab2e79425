//! The clock's own work, once a minute: record the lapses that fell due
//! (Key-Systems' window, Modmount's three months) and write the letters
//! that dates call for (the ADR letter at eight weeks, the reminder before
//! a window closes, each provider's morning list), delete uploads nobody
//! claimed within a day, purge finished cases kept for their provider's
//! retention period (Modmount: seven years), and forget idle rate-limit
//! entries; then merge some of the search index's segments.

use std::time::Duration;

use futures_util::StreamExt;

use redress_core::lifecycle::Stage;
use redress_core::policy::Actor;

use crate::case::{LiveCase, Step};
use crate::clock::Clock;
use crate::store::{Rescheduled, Store, Work};

/// Cases whose clock events are appended at the same time.
const APPENDS_AT_ONCE: usize = 4;

/// How long an upload waits for a submission to claim it.
const UPLOAD_LIFETIME: chrono::Duration = chrono::Duration::hours(24);

/// Sweeps `store` every `every`, then calls `after_each` (the API forgets
/// idle rate-limit entries there). Letters link to `public_url`.
pub async fn run(store: Store, clock: Clock, every: Duration, public_url: String, after_each: impl Fn()) {
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    loop {
        ticks.tick().await;
        if let Err(error) = sweep(&store, clock, &public_url).await {
            tracing::warn!(error = %error, "sweep failed; retrying at the next tick");
        }
        if let Err(error) = store.tidy_search_index().await {
            tracing::warn!(error = %error, "merging the search index failed; retrying at the next tick");
        }
        after_each();
    }
}

/// One pass, unless another server sharing the database is making one;
/// returns how many lapse events it recorded. Only the cases whose
/// next clock event or timed letter is due are read (by the index of
/// `clock_due_at`, which every append keeps current); one that turns out to
/// have nothing due (a case filed before the index, or one finished since)
/// gets its next instant, or none, so it is not read again before then.
pub async fn sweep(store: &Store, clock: Clock, public_url: &str) -> Result<usize, String> {
    let Some(turn) = store.take_turn(Work::Clock).await.map_err(|e| e.to_string())? else {
        tracing::debug!("another server is making the clock's pass");
        return Ok(0);
    };
    let recorded = pass(store, clock.now(), public_url).await?;
    turn.end().await.map_err(|e| e.to_string())?;
    Ok(recorded)
}

async fn pass(store: &Store, now: chrono::DateTime<chrono::Utc>, public_url: &str) -> Result<usize, String> {
    let mut rescheduled = Vec::new();
    let mut lapsed = Vec::new();
    for stored in store.clock_due_cases(now).await.map_err(|e| e.to_string())? {
        let case = match LiveCase::load(stored, now) {
            Ok(case) => case,
            Err(error) => {
                tracing::error!(error = ?error, "case cannot be replayed");
                continue;
            }
        };
        if case.pending.is_empty() {
            // Only letters to write, if any: with the others, in one go.
            let (letters, clock_due_at) = case.due_at(now, public_url);
            rescheduled.push(Rescheduled { id: case.stored.id, clock_due_at, letters });
        } else {
            lapsed.push(case);
        }
    }
    // Each case's events in a transaction of its own, a few at once: on
    // PostgreSQL their commits then share the disk's syncs.
    let recorded: Vec<usize> = futures_util::stream::iter(lapsed)
        .map(|case| async move {
            let steps: Vec<Step> = case.pending.iter().map(|event| Step::new(event.clone(), Actor::Clock)).collect();
            // A concurrent writer wins; its own write records the lapse
            // and writes the letters due.
            if case.append(store, &steps, now, public_url).await.is_ok() {
                tracing::info!(
                    actor = Actor::Clock.as_str(),
                    events = steps.len(),
                    "clock's events and letters recorded"
                );
                steps.len()
            } else {
                tracing::debug!(reference = %case.stored.record.reference, "lapse left for the next sweep");
                0
            }
        })
        .buffer_unordered(APPENDS_AT_ONCE)
        .collect()
        .await;
    let recorded = recorded.into_iter().sum();
    // In one transaction: one disk sync for them all.
    store.set_clock_due_of(&rescheduled, now).await.map_err(|e| e.to_string())?;
    crate::morning_lists::write_due(store, now, public_url).await?;
    store.expire_uploads(now - UPLOAD_LIFETIME).await.map_err(|e| e.to_string())?;
    // The stages the core calls finished: the one list of them.
    let finished: Vec<&str> = Stage::ALL.into_iter().filter(|stage| !stage.is_open()).map(Stage::as_str).collect();
    for policy in crate::policies::all() {
        let Some(retention) = policy.retention else { continue };
        let purged = store
            .purge_finished_cases(&policy.id, &finished, retention.kept_since(now))
            .await
            .map_err(|e| e.to_string())?;
        if purged > 0 {
            tracing::info!(provider = %policy.id, cases = purged, "finished cases purged after the retention period");
        }
    }
    Ok(recorded)
}
