//! What a report needs of one case, worked out once from its history and
//! kept with it (the server stores it with each event appended), so that a
//! quarter's report reads these facts instead of replaying every case.
//!
//! The facts hold only what happened and the dates things fall due: whether
//! a date has passed is the report's question, asked on its own day.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::Outcome;
use crate::calendar::NotCovered;
use crate::lifecycle::{CaseState, MilestoneStatus};
use crate::policy::{EventKind, KindId, MilestoneName, MilestoneRole, Policy};

/// A deadline of the company's, as one case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineFact {
    pub name: MilestoneName,
    /// The day it falls due (after any delay notice).
    #[serde(deserialize_with = "crate::dates::date")]
    pub due: NaiveDate,
    /// The day it was met, in time or late.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub met_on: Option<NaiveDate>,
}

/// What a report needs of one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFacts {
    /// The kind the customer filed.
    pub kind: KindId,
    #[serde(deserialize_with = "crate::dates::date")]
    pub received_on: NaiveDate,
    /// The day of the company's first answer (a reply, a remedy, its final
    /// answer, a deadlock letter, or the case resolved or closed by it).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub first_answer_on: Option<NaiveDate>,
    /// The day the company's handling ended: its final answer or deadlock
    /// letter, or the case resolved, closed, withdrawn, or so treated. A
    /// case the customer escalates later is still counted closed that day,
    /// as the regulator counts a complaint closed by its final response.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub closed_on: Option<NaiveDate>,
    /// The company's deadlines that have a date; those the case ended
    /// before are left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deadlines: Vec<DeadlineFact>,
    /// The day of each delay notice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delay_notices: Vec<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub escalated_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub deadlock_letter_on: Option<NaiveDate>,
    /// The day the ombudsman scheme opens (or opened) to the customer, with
    /// its letter: at deadlock, on an early referral, or on the policy's
    /// date; a report counts it once that day has come.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub adr_open_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub early_referral_asked_on: Option<NaiveDate>,
    /// Asked for, and the scheme then opened before the policy's date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub early_referral_granted: bool,
    /// What the company found, if it recorded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

/// Whether `step` is the company's first answer for the report: a step
/// that answers the customer, or closing the case without one.
fn answers_first(step: EventKind) -> bool {
    step.answers_customer() || step == EventKind::Closed
}

/// Whether `step` ends the company's handling: its final answer or deadlock
/// letter, or the end of the case.
pub(super) fn ends_handling(step: EventKind) -> bool {
    step.ends_case() || matches!(step, EventKind::FinalResponse | EventKind::DeadlockLetterIssued)
}

impl CaseFacts {
    /// The facts of a case of `policy` filed as `kind`, as `state` stands
    /// after its last event, with the outcome its latest closing step
    /// recorded. Worked out as at the end of time, so that nothing depends
    /// on the day they are worked out: a deadline not met has no day, and
    /// the ombudsman's opening its policy date.
    pub fn of(
        policy: &Policy,
        kind: KindId,
        state: &CaseState,
        outcome: Option<Outcome>,
    ) -> Result<CaseFacts, NotCovered> {
        let day = |at: DateTime<Utc>| policy.time_zone.local_date(at);
        let events: Vec<_> = state.events().collect();
        let received_on = events.first().map_or(NaiveDate::MIN, |event| day(event.at));
        let first = |is: &dyn Fn(EventKind) -> bool| events.iter().find(|e| is(e.kind)).map(|e| day(e.at));
        // Far enough that every date has passed, near enough that a time
        // zone's offset stays within chrono's range.
        let end_of_time = DateTime::<Utc>::MAX_UTC - chrono::Duration::days(2);
        let milestones = state.milestones(policy, end_of_time)?;
        let deadlines = milestones
            .iter()
            .filter(|m| m.role == MilestoneRole::Deadline && m.status != MilestoneStatus::Stopped)
            .filter_map(|m| Some(DeadlineFact { name: m.name, due: m.due?, met_on: m.settled_on }))
            .collect();
        let adr = policy.adr.as_ref().and_then(|scheme| milestones.iter().find(|m| m.name == scheme.eligible_from));
        let adr = adr.filter(|m| m.status == MilestoneStatus::Met);
        let early_referral_asked_on = first(&|step| step == EventKind::AdrReferralRequested);
        let opened_early = adr.is_some_and(|m| m.settled_on.zip(m.due).is_some_and(|(on, due)| on < due));
        Ok(CaseFacts {
            kind,
            received_on,
            first_answer_on: first(&answers_first),
            closed_on: first(&ends_handling),
            deadlines,
            delay_notices: events.iter().filter(|e| e.kind == EventKind::DelayNotified).map(|e| day(e.at)).collect(),
            escalated_on: first(&|step| step == EventKind::Escalated),
            deadlock_letter_on: first(&|step| step == EventKind::DeadlockLetterIssued),
            adr_open_on: adr.and_then(|m| m.settled_on),
            early_referral_asked_on,
            early_referral_granted: early_referral_asked_on.is_some() && opened_early,
            outcome,
        })
    }

    /// The last day any fact of this case falls on. A report of a period
    /// after it counts the case only as open at the period's start and end,
    /// if it still is, and needs no more of it.
    pub fn last_day(&self) -> NaiveDate {
        let days = [self.received_on]
            .into_iter()
            .chain(self.first_answer_on)
            .chain(self.closed_on)
            .chain(self.deadlines.iter().flat_map(|d| [Some(d.due), d.met_on]).flatten())
            .chain(self.delay_notices.iter().copied())
            .chain(self.escalated_on)
            .chain(self.deadlock_letter_on)
            .chain(self.adr_open_on)
            .chain(self.early_referral_asked_on);
        days.max().unwrap_or(self.received_on)
    }

    /// Whether the company's handling has not ended.
    pub fn is_open(&self) -> bool {
        self.closed_on.is_none()
    }
}
