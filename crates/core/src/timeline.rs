//! The milestones of a case received at a given instant: what `redress
//! policy timeline` prints and what the confirmation page shows.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::calendar::NotCovered;
use crate::clock::due_date;
use crate::policy::{Anchor, Clock, KindId, MilestoneName, MilestoneRole, Policy};

/// The clocks a new case starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub provider: String,
    pub kind: KindId,
    pub received: DateTime<Utc>,
    pub day_of_receipt: NaiveDate,
    /// Milestones counted from the day of receipt, earliest first.
    pub milestones: Vec<DueMilestone>,
    /// Milestones that start later, from an event that has not happened yet
    /// (Key-Systems' escalation window starts with the response).
    #[serde(skip)]
    pub later: Vec<LaterMilestone>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DueMilestone {
    pub name: MilestoneName,
    pub due: NaiveDate,
    /// For a clock counted from the first contact the customer gave: that day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted_from: Option<NaiveDate>,
    #[serde(skip)]
    pub role: MilestoneRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LaterMilestone {
    pub name: MilestoneName,
    pub clock: Clock,
    pub from: Anchor,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineError {
    /// The provider does not accept this kind of case.
    UnknownKind {
        provider: String,
        kind: KindId,
        valid: Vec<&'static str>,
    },
    NotCovered(NotCovered),
}

impl std::fmt::Display for TimelineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TimelineError::UnknownKind { provider, kind, valid } => write!(
                f,
                "provider `{provider}` has no case kind `{}`; valid kinds: {}",
                kind.as_str(),
                valid.join(", ")
            ),
            TimelineError::NotCovered(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for TimelineError {}

impl From<NotCovered> for TimelineError {
    fn from(error: NotCovered) -> Self {
        TimelineError::NotCovered(error)
    }
}

/// The milestones of a case of `kind` that `policy`'s provider received at
/// `received`, from a customer who says they first complained on `first_contact`.
pub fn timeline(
    policy: &Policy,
    kind: KindId,
    received: DateTime<Utc>,
    first_contact: Option<NaiveDate>,
) -> Result<Timeline, TimelineError> {
    let case_kind = policy.kind(kind).ok_or_else(|| TimelineError::UnknownKind {
        provider: policy.id.to_string(),
        kind,
        valid: policy.kind_names(),
    })?;
    let day_of_receipt = policy.time_zone.local_date(received);
    let mut milestones = Vec::new();
    let mut later = Vec::new();
    for milestone in case_kind.milestones.iter() {
        let counted_from = match milestone.from {
            Anchor::Receipt => None,
            Anchor::FirstContact => first_contact.filter(|day| *day < day_of_receipt),
            from => {
                later.push(LaterMilestone { name: milestone.name, clock: milestone.clock, from });
                continue;
            }
        };
        let due = due_date(milestone.clock, counted_from.unwrap_or(day_of_receipt), policy.holidays.calendar())?;
        // In date order, and in the policy's order on the same date.
        let at = milestones.partition_point(|m: &DueMilestone| m.due <= due);
        milestones.insert(at, DueMilestone { name: milestone.name, due, counted_from, role: milestone.role });
    }
    Ok(Timeline { provider: policy.id.to_string(), kind, received, day_of_receipt, milestones, later })
}
