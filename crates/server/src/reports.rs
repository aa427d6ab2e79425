//! A provider's reports: each case's facts (`redress_core::report::CaseFacts`)
//! kept on its row with each event appended (`store::ReportColumns`), and a
//! period's report drawn from the facts of the cases it may count, read by
//! index, never by replaying a history. Cases whose last fact is before the
//! period and which are still open are only counted, by kind.

use chrono::NaiveDate;
use redress_core::calendar::NotCovered;
use redress_core::lifecycle::CaseState;
use redress_core::policy::{KindId, Policy};
use redress_core::report::{self, CaseFacts, Outcome, Period, Report};

use crate::store::{ReportColumns, Store, StoreError};

/// The report columns of a case of `policy` filed as `kind`, standing as
/// `state`, whose latest closing step recorded `outcome`.
pub fn columns(policy: &Policy, kind: KindId, state: &CaseState, outcome: Option<Outcome>) -> ReportColumns {
    match CaseFacts::of(policy, kind, state, outcome) {
        Ok(facts) => ReportColumns {
            // Facts of the core's own types always serialize.
            facts: serde_json::to_string(&facts).unwrap_or_default(),
            until: facts.last_day().to_string(),
            open: facts.is_open(),
        },
        Err(_) => ReportColumns::unknown(),
    }
}

/// The outcome a case's history recorded last, from each event's stored
/// name (oldest first).
pub fn latest_outcome<'a>(outcomes: impl IntoIterator<Item = Option<&'a str>>) -> Option<Outcome> {
    outcomes.into_iter().flatten().filter_map(Outcome::parse).last()
}

/// Why a report cannot be drawn.
#[derive(Debug)]
pub enum ReportError {
    Store(StoreError),
    /// A case's dates fall outside the provider's calendar.
    Calendar(NotCovered),
}

impl From<StoreError> for ReportError {
    fn from(error: StoreError) -> Self {
        ReportError::Store(error)
    }
}

/// `policy`'s report of `period` on `today` (its own day).
pub async fn draw(store: &Store, policy: &Policy, period: Period, today: NaiveDate) -> Result<Report, ReportError> {
    let mut cases = Vec::new();
    store
        .report_facts(&policy.id, &period.from.to_string(), &period.to.to_string(), |json| {
            // Facts written by an older version that no longer read are
            // left out rather than failing the report; the log says so.
            match serde_json::from_str::<CaseFacts>(json) {
                Ok(facts) => cases.push(facts),
                Err(error) => tracing::warn!(error = %error, "a case's report facts do not read"),
            }
        })
        .await?;
    let open_throughout: Vec<(KindId, u32)> = store
        .open_throughout(&policy.id, &period.from.to_string())
        .await?
        .into_iter()
        .filter_map(|(kind, count)| Some((KindId::parse(&kind)?, u32::try_from(count).ok()?)))
        .collect();
    let kinds: Vec<KindId> = policy.kinds.iter().map(|kind| kind.id).collect();
    report::report(&kinds, policy.holidays.calendar(), period, today, &cases, &open_throughout)
        .map_err(ReportError::Calendar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_recorded_outcome_counts() {
        assert_eq!(latest_outcome([None, Some("upheld"), None, Some("not_upheld"), None]), Some(Outcome::NotUpheld));
        assert_eq!(latest_outcome([None, None]), None);
    }
}
