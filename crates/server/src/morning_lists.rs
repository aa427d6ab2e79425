//! Each provider's morning list, written by the clock's pass once the
//! provider's working morning has come (from seven o'clock in its time
//! zone, on its business days): the
//! cases overdue and those due today and tomorrow, read from the queue's
//! index, to its complaints team; once a day per provider, whichever
//! server writes it (the outbox keeps its key unique).

use std::collections::HashSet;
use std::sync::{LazyLock, Mutex};

use chrono::{DateTime, Days, NaiveDate, Timelike, Utc};
use redress_core::dates::parse_date;
use redress_core::letters::{DIGEST_HOUR, DueCase};
use redress_core::policy::KindId;

use crate::letters::{company_address, morning_list};
use crate::store::Store;

/// Cases a list names; the queue has the rest.
const LISTED: i64 = 200;

/// The provider's days this process has already dealt with, so that the
/// pass once a minute reads nothing for them again (another server's list
/// is found in the outbox).
static DONE: LazyLock<Mutex<HashSet<(String, NaiveDate)>>> = LazyLock::new(Mutex::default);

/// Writes the lists due by `now`; how many.
pub async fn write_due(store: &Store, now: DateTime<Utc>, public_url: &str) -> Result<usize, String> {
    let due: Vec<_> = crate::policies::all()
        .iter()
        .filter(|policy| company_address(policy).is_some())
        .filter_map(|policy| {
            let local = now.with_timezone(&policy.time_zone.tz());
            let working = policy.holidays.calendar().is_business_day(local.date_naive()).unwrap_or(true);
            (working && local.hour() >= DIGEST_HOUR).then(|| (policy, local.date_naive()))
        })
        .filter(|(policy, day)| !done(&policy.id, *day))
        .collect();
    if due.is_empty() {
        return Ok(0);
    }
    let written: HashSet<(String, String)> = store
        .provider_letters_since(now - chrono::Duration::days(2))
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .collect();
    let mut letters = Vec::new();
    for (policy, today) in due {
        if !written.contains(&(policy.id.to_string(), format!("digest:{today}"))) {
            let tomorrow = today.checked_add_days(Days::new(1)).unwrap_or(today);
            let rows =
                store.cases_due_by(&policy.id, &tomorrow.to_string(), LISTED + 1).await.map_err(|e| e.to_string())?;
            let more = rows.len() as i64 > LISTED;
            let cases: Vec<DueCase> = rows
                .into_iter()
                .take(LISTED as usize)
                .filter_map(|row| {
                    Some(DueCase {
                        reference: row.reference,
                        kind: KindId::parse(&row.current_kind)?,
                        due: parse_date(&row.next_due)?,
                    })
                })
                .collect();
            letters.extend(morning_list(policy, today, &cases, more, public_url));
        }
        mark_done(&policy.id, today);
    }
    store.insert_provider_letters(&letters, now).await.map_err(|e| e.to_string())?;
    Ok(letters.len())
}

fn done(provider: &str, day: NaiveDate) -> bool {
    DONE.lock().expect("not poisoned").contains(&(provider.to_string(), day))
}

fn mark_done(provider: &str, day: NaiveDate) {
    let mut done = DONE.lock().expect("not poisoned");
    // Yesterday's days are of no more use.
    done.retain(|(_, earlier)| *earlier >= day.pred_opt().unwrap_or(day));
    done.insert((provider.to_string(), day));
}
