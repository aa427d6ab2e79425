//! The life of a case: an append-only list of events, the stage they lead
//! to, which events may come next and from whom, and where each milestone
//! stands.
//!
//! A case is a sequence of *phases*. The first starts when the case is
//! received; escalating (Modmount inquiry → complaint, Key-Systems complaint →
//! escalated complaint) starts another phase of the new kind, whose clocks
//! count from the escalation. The state is always recomputed from the events,
//! so the event list stays the single source of truth.

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::NotCovered;
use crate::clock::due_date;
use crate::policy::{
    Actor, Anchor, Closing, EventKind, KindId, Milestone, MilestoneName, MilestoneRole, Policy, Strength, named,
};

named! {
    /// Where a case stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Stage {
        Received = "received",
        Acknowledged = "acknowledged",
        AwaitingCustomer = "awaiting_customer",
        Responded = "responded",
        ManagerReview = "manager_review",
        Escalated = "escalated",
        Deadlock = "deadlock",
        FinalResponse = "final_response",
        Resolved = "resolved",
        Closed = "closed",
        Withdrawn = "withdrawn",
    }
}

impl Stage {
    /// Whether the case is still being handled.
    pub fn is_open(self) -> bool {
        !matches!(self, Stage::Resolved | Stage::Closed | Stage::Withdrawn)
    }

    /// The stage `event` leads to from this one, or `None` if it cannot
    /// happen here. Per-kind permissions and clocks are checked elsewhere.
    fn after(self, event: EventKind) -> Option<Stage> {
        use Stage::*;
        let open = self.is_open();
        let handling =
            matches!(self, Received | Acknowledged | AwaitingCustomer | Responded | ManagerReview | Escalated);
        let next = match event {
            EventKind::Received => return None,
            EventKind::Acknowledged => matches!(self, Received | Escalated).then_some(Acknowledged)?,
            EventKind::InformationRequested => (handling && self != AwaitingCustomer).then_some(AwaitingCustomer)?,
            // Back to where the case was; `CaseState::apply` restores it.
            EventKind::InformationSupplied => (self == AwaitingCustomer).then_some(self)?,
            EventKind::Responded | EventKind::RemedyProposed => handling.then_some(Responded)?,
            EventKind::ManagerReviewRequested => {
                matches!(self, Received | Acknowledged | AwaitingCustomer | Responded).then_some(ManagerReview)?
            }
            // A resolved case can still be escalated while its window is open.
            EventKind::Escalated => (open || self == Resolved).then_some(Escalated)?,
            EventKind::AdrReferralRequested => (open && self != Deadlock).then_some(self)?,
            EventKind::DeadlockLetterIssued => (open && self != Deadlock).then_some(Deadlock)?,
            EventKind::FinalResponse => (open && !matches!(self, FinalResponse | Deadlock)).then_some(FinalResponse)?,
            EventKind::Resolved | EventKind::ConsideredResolved => open.then_some(Resolved)?,
            EventKind::Closed => (open || self == Resolved).then_some(Closed)?,
            EventKind::ConsideredClosed => open.then_some(Closed)?,
            EventKind::Withdrawn => open.then_some(Withdrawn)?,
            // Notices change no stage: they tell the customer something.
            EventKind::DelayNotified => handling.then_some(self)?,
            EventKind::FirstContactCorrected => open.then_some(self)?,
        };
        Some(next)
    }
}

/// One entry of a case's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    pub at: DateTime<Utc>,
    /// For `escalated`: the kind the case escalates into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_kind: Option<KindId>,
    /// For `delay_notified`: the milestone it puts back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<MilestoneName>,
    /// For `delay_notified`: the new date. For `first_contact_corrected`, and
    /// for `received` where the customer gave one: the day the customer
    /// first complained.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub date: Option<NaiveDate>,
}

impl Event {
    pub fn new(kind: EventKind, at: DateTime<Utc>) -> Event {
        Event { kind, at, to_kind: None, milestone: None, date: None }
    }

    pub fn escalation(to_kind: KindId, at: DateTime<Utc>) -> Event {
        Event { to_kind: Some(to_kind), ..Event::new(EventKind::Escalated, at) }
    }

    /// Staff tell the customer that `milestone` will be met by `date` instead.
    pub fn delay(milestone: MilestoneName, date: NaiveDate, at: DateTime<Utc>) -> Event {
        Event { milestone: Some(milestone), date: Some(date), ..Event::new(EventKind::DelayNotified, at) }
    }

    /// Staff correct the day the customer first complained to `date`.
    pub fn first_contact(date: NaiveDate, at: DateTime<Utc>) -> Event {
        Event { date: Some(date), ..Event::new(EventKind::FirstContactCorrected, at) }
    }
}

/// Why an event cannot happen now. `code()` is stable for the API and UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionError {
    /// The provider does not accept this kind of case, or not directly.
    KindNotOffered {
        kind: KindId,
    },
    /// Nobody of this role can cause this event.
    WrongActor {
        event: EventKind,
        actor: Actor,
    },
    /// This provider's procedure has no such step for this kind of case.
    NotInPolicy {
        event: EventKind,
        kind: KindId,
    },
    /// The step exists but not at this stage.
    NotAtStage {
        event: EventKind,
        stage: Stage,
    },
    /// The case cannot escalate into that kind.
    NoSuchEscalation {
        from: KindId,
        to: Option<KindId>,
    },
    /// The escalation window has not opened (no response yet) or has closed.
    WindowClosed {
        window: MilestoneName,
        closed_on: Option<NaiveDate>,
    },
    /// The customer already asked for this.
    AlreadyRequested {
        event: EventKind,
    },
    /// A clock event before its date.
    NotYetDue {
        event: EventKind,
    },
    /// A request that makes sense only once the company has answered or let
    /// one of its dates pass (a manager's review).
    NotYetOpen {
        event: EventKind,
    },
    /// A delay notice for a milestone that takes none, is met, or has
    /// already fallen due; or whose new date is not later than the due date.
    DelayNotPossible {
        milestone: Option<MilestoneName>,
        due: Option<NaiveDate>,
    },
    /// A first-contact date missing, or later than the day of receipt.
    FirstContactAfterReceipt {
        receipt: NaiveDate,
    },
    /// The policy lets the company close the case only on grounds that do
    /// not hold yet (Modmount: from `from`, or while information it asked
    /// for is outstanding).
    ClosureNotYetAllowed {
        from: Option<NaiveDate>,
    },
    /// Events are appended in time order.
    OutOfOrder {
        last: DateTime<Utc>,
    },
    NotCovered(NotCovered),
}

impl TransitionError {
    pub fn code(&self) -> &'static str {
        match self {
            TransitionError::KindNotOffered { .. } => "kind_not_offered",
            TransitionError::WrongActor { .. } => "wrong_actor",
            TransitionError::NotInPolicy { .. } => "not_in_policy",
            TransitionError::NotAtStage { .. } => "not_at_stage",
            TransitionError::NoSuchEscalation { .. } => "no_such_escalation",
            TransitionError::WindowClosed { .. } => "window_closed",
            TransitionError::AlreadyRequested { .. } => "already_requested",
            TransitionError::NotYetDue { .. } => "not_yet_due",
            TransitionError::NotYetOpen { .. } => "not_yet_open",
            TransitionError::DelayNotPossible { .. } => "delay_not_possible",
            TransitionError::FirstContactAfterReceipt { .. } => "first_contact_after_receipt",
            TransitionError::ClosureNotYetAllowed { .. } => "closure_not_yet_allowed",
            TransitionError::OutOfOrder { .. } => "out_of_order",
            TransitionError::NotCovered(_) => "calendar_not_covered",
        }
    }
}

impl std::fmt::Display for TransitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransitionError::KindNotOffered { kind } => {
                write!(f, "this provider does not accept a `{}` opened directly", kind.as_str())
            }
            TransitionError::WrongActor { event, actor } => {
                write!(f, "`{}` is not something {actor:?} can do", event.as_str())
            }
            TransitionError::NotInPolicy { event, kind } => {
                write!(f, "the provider's procedure for a `{}` has no `{}` step", kind.as_str(), event.as_str())
            }
            TransitionError::NotAtStage { event, stage } => {
                write!(f, "`{}` is not possible while the case is `{}`", event.as_str(), stage.as_str())
            }
            TransitionError::NoSuchEscalation { from, to } => write!(
                f,
                "a `{}` cannot be escalated into {}",
                from.as_str(),
                to.map_or("nothing".to_string(), |to| format!("a `{}`", to.as_str()))
            ),
            TransitionError::WindowClosed { window, closed_on } => match closed_on {
                Some(date) => write!(f, "the `{}` window closed on {date}", window.as_str()),
                None => write!(f, "the `{}` window opens with the provider's response", window.as_str()),
            },
            TransitionError::AlreadyRequested { event } => write!(f, "`{}` was already requested", event.as_str()),
            TransitionError::NotYetDue { event } => write!(f, "`{}` is not due yet", event.as_str()),
            TransitionError::NotYetOpen { event } => write!(
                f,
                "`{}` can be asked for once the provider has answered or one of its dates has passed",
                event.as_str()
            ),
            TransitionError::DelayNotPossible { milestone, due } => match (milestone, due) {
                (Some(name), Some(due)) => write!(
                    f,
                    "a delay notice for `{}` must come by its due date ({due}), before it is met, with a later date",
                    name.as_str()
                ),
                (Some(name), None) => {
                    write!(f, "`{}` is not a date of this case that a delay notice can put back", name.as_str())
                }
                (None, _) => write!(f, "a delay notice must name the milestone it puts back and give the new date"),
            },
            TransitionError::FirstContactAfterReceipt { receipt } => {
                write!(f, "the first contact must be a date on or before the day of receipt ({receipt})")
            }
            TransitionError::ClosureNotYetAllowed { from } => match from {
                Some(from) => write!(
                    f,
                    "the policy lets the company close this case from {from}, or while information it asked for is outstanding"
                ),
                None => write!(
                    f,
                    "the policy lets the company close this case only while information it asked for is outstanding"
                ),
            },
            TransitionError::OutOfOrder { last } => write!(f, "an event cannot come before the last one ({last})"),
            TransitionError::NotCovered(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for TransitionError {}

impl From<NotCovered> for TransitionError {
    fn from(error: NotCovered) -> Self {
        TransitionError::NotCovered(error)
    }
}

/// A stretch of a case under one kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub kind: KindId,
    /// The events of this phase, the one that started it first.
    pub events: Vec<Event>,
}

impl Phase {
    fn started(&self) -> DateTime<Utc> {
        self.events[0].at
    }

    /// The company's latest answer, by whichever step it gave it.
    fn last_answer(&self) -> Option<&Event> {
        self.events.iter().rev().find(|e| e.kind.answers_customer())
    }

    /// The latest new date given for `milestone` by a delay notice.
    fn delayed_to(&self, milestone: MilestoneName) -> Option<NaiveDate> {
        self.events.iter().rev().find(|e| e.kind == EventKind::DelayNotified && e.milestone == Some(milestone))?.date
    }
}

/// The state of a case, recomputed from its events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseState {
    pub stage: Stage,
    pub phases: Vec<Phase>,
    /// Where an information request paused the case, to resume there.
    resume_at: Option<Stage>,
}

named! {
    /// How a milestone stands today.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum MilestoneStatus {
        /// Not reached yet.
        Pending = "pending",
        /// Done in time (deadline), used (window), open (ADR), reached (lapse).
        Met = "met",
        /// Passed without being met, or met late.
        Missed = "missed",
        /// The case ended before it mattered.
        Stopped = "stopped",
    }
}

/// A milestone of a case as it stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MilestoneState {
    /// The kind whose phase the milestone belongs to.
    pub kind: KindId,
    pub name: MilestoneName,
    pub role: MilestoneRole,
    /// `None` while its clock has not started (a window waiting for the response).
    #[serde(default, deserialize_with = "crate::dates::optional_date")]
    pub due: Option<NaiveDate>,
    pub status: MilestoneStatus,
    /// The day it was met (in time or late), stopped, or lapsed; `None` while
    /// it is pending or missed and still outstanding.
    #[serde(default, deserialize_with = "crate::dates::optional_date")]
    pub settled_on: Option<NaiveDate>,
    /// The date is only the company's aim (see [`Strength::Aim`]): one that
    /// passes is "not met", not "overdue".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub aim: bool,
    /// The date the policy gave, where a delay notice put it back to `due`.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub delayed_from: Option<NaiveDate>,
    /// For a clock counted from first contact: the day it counts from,
    /// when that is not the day of receipt.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::dates::optional_date")]
    pub counted_from: Option<NaiveDate>,
    /// Whether `counted_from` comes from the company's records (a
    /// correction, whose reason is in the history) rather than the form.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub counted_from_records: bool,
}

/// The day the customer first complained, and whether the company's
/// records gave it (a correction) rather than the customer's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstContact {
    pub day: NaiveDate,
    pub from_records: bool,
}

impl CaseState {
    /// A new case of `kind`, received at `received`.
    pub fn open(policy: &Policy, kind: KindId, received: DateTime<Utc>) -> Result<CaseState, TransitionError> {
        match policy.kind(kind) {
            Some(case_kind) if case_kind.direct => Ok(CaseState {
                stage: Stage::Received,
                phases: vec![Phase { kind, events: vec![Event::new(EventKind::Received, received)] }],
                resume_at: None,
            }),
            _ => Err(TransitionError::KindNotOffered { kind }),
        }
    }

    /// Rebuilds a case from its stored history (whose first event is `received`).
    pub fn replay(policy: &Policy, kind: KindId, events: &[Event]) -> Result<CaseState, TransitionError> {
        let (first, rest) = events.split_first().ok_or(TransitionError::KindNotOffered { kind })?;
        let mut state = CaseState::open(policy, kind, first.at)?;
        // The received event carries the customer's first-contact date.
        state.phases[0].events[0] = first.clone();
        for event in rest {
            state.apply(policy, event.kind.actor(), event.clone())?;
        }
        Ok(state)
    }

    /// The kind the case is now handled as.
    pub fn kind(&self) -> KindId {
        self.current().kind
    }

    fn current(&self) -> &Phase {
        self.phases.last().expect("a case has at least one phase")
    }

    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.phases.iter().flat_map(|phase| phase.events.iter())
    }

    fn last_at(&self) -> DateTime<Utc> {
        self.current().events.last().expect("a phase has events").at
    }

    /// Checks `event` against the policy, the stage and the clocks, and if it
    /// may happen, appends it.
    pub fn apply(&mut self, policy: &Policy, actor: Actor, event: Event) -> Result<(), TransitionError> {
        let next = self.check(policy, actor, &event)?;
        let kind = event.kind;
        if kind == EventKind::Escalated {
            let to = event.to_kind.expect("check() ensured the target kind");
            self.phases.push(Phase { kind: to, events: vec![event] });
        } else {
            self.phases.last_mut().expect("a case has a phase").events.push(event);
        }
        self.stage = match kind {
            EventKind::InformationRequested => {
                self.resume_at = Some(self.stage);
                next
            }
            EventKind::InformationSupplied => self.resume_at.take().unwrap_or(Stage::Acknowledged),
            _ => next,
        };
        Ok(())
    }

    /// The stage `event` would lead to, or why it cannot happen.
    pub fn check(&self, policy: &Policy, actor: Actor, event: &Event) -> Result<Stage, TransitionError> {
        if event.kind.actor() != actor || event.kind == EventKind::Received {
            return Err(TransitionError::WrongActor { event: event.kind, actor });
        }
        let kind = self.kind();
        let case_kind = policy.kind(kind).expect("a case's kind belongs to its policy");
        if !case_kind.permits(event.kind) {
            return Err(TransitionError::NotInPolicy { event: event.kind, kind });
        }
        let last = self.last_at();
        if event.at < last {
            return Err(TransitionError::OutOfOrder { last });
        }
        let next =
            self.stage.after(event.kind).ok_or(TransitionError::NotAtStage { event: event.kind, stage: self.stage })?;
        match event.kind {
            EventKind::Escalated => self.check_escalation(policy, event)?,
            EventKind::ManagerReviewRequested | EventKind::AdrReferralRequested
                if self.events().any(|e| e.kind == event.kind) =>
            {
                return Err(TransitionError::AlreadyRequested { event: event.kind });
            }
            // Kijoma: "if our team has not been able to help"; Kite Mobi: "if
            // you are not satisfied with the progress". Neither can be said of
            // a case the team has had no time to answer.
            EventKind::ManagerReviewRequested if !self.answered_or_late(policy, event.at)? => {
                return Err(TransitionError::NotYetOpen { event: event.kind });
            }
            EventKind::DelayNotified => self.check_delay(policy, event)?,
            EventKind::FirstContactCorrected => {
                let receipt = policy.time_zone.local_date(self.phases[0].started());
                if event.date.is_none_or(|date| date > receipt) {
                    return Err(TransitionError::FirstContactAfterReceipt { receipt });
                }
            }
            EventKind::Closed if case_kind.closing == Closing::OnGrounds && self.stage != Stage::Resolved => {
                self.check_closing_grounds(policy, event.at)?;
            }
            EventKind::ConsideredResolved | EventKind::ConsideredClosed => {
                let due = self.lapse_due(policy, event.kind)?;
                if due.is_none_or(|due| policy.time_zone.local_date(event.at) <= due) {
                    return Err(TransitionError::NotYetDue { event: event.kind });
                }
            }
            _ => {}
        }
        Ok(next)
    }

    fn check_escalation(&self, policy: &Policy, event: &Event) -> Result<(), TransitionError> {
        let from = self.kind();
        let target = event.to_kind.and_then(|to| policy.kind(to));
        let Some(target) = target.filter(|target| target.escalates_from.contains(&from)) else {
            return Err(TransitionError::NoSuchEscalation { from, to: event.to_kind });
        };
        if let Some(window) = target.escalation_window {
            let milestone = policy
                .kind(from)
                .and_then(|kind| kind.milestone(window))
                .expect("policy checks tie the window to the earlier kind");
            let due = self.due(policy, self.current(), milestone)?;
            let today = policy.time_zone.local_date(event.at);
            if due.is_none_or(|due| today > due) {
                return Err(TransitionError::WindowClosed { window, closed_on: due });
            }
        }
        Ok(())
    }

    /// A delay notice must name a deadline of the current phase that takes
    /// one, come by its (possibly already put back) due date while it is
    /// unmet, and give a later date.
    fn check_delay(&self, policy: &Policy, event: &Event) -> Result<(), TransitionError> {
        let phase = self.current();
        let kind = policy.kind(phase.kind).expect("a case's kind belongs to its policy");
        let milestone = event.milestone.and_then(|name| kind.milestone(name)).filter(|m| m.delay_notice);
        let (Some(milestone), Some(new_date)) = (milestone, event.date) else {
            return Err(TransitionError::DelayNotPossible { milestone: event.milestone, due: None });
        };
        let due = self.due(policy, phase, milestone)?;
        let today = policy.time_zone.local_date(event.at);
        let state = self.settle(policy, phase, milestone, due, None, today);
        let possible =
            state.status == MilestoneStatus::Pending && due.is_some_and(|due| today <= due && new_date > due);
        if !possible {
            return Err(TransitionError::DelayNotPossible { milestone: Some(milestone.name), due });
        }
        Ok(())
    }

    /// Grounds for closing under `Closing::OnGrounds`: information asked
    /// for and not supplied, or a `may_close` milestone whose date has come.
    fn check_closing_grounds(&self, policy: &Policy, at: DateTime<Utc>) -> Result<(), TransitionError> {
        if self.stage == Stage::AwaitingCustomer {
            return Ok(());
        }
        let phase = self.current();
        let kind = policy.kind(phase.kind).expect("a case's kind belongs to its policy");
        let today = policy.time_zone.local_date(at);
        let mut from = None;
        for milestone in kind.milestones.iter().filter(|m| m.role == MilestoneRole::MayClose) {
            let due = self.due(policy, phase, milestone)?;
            if due.is_some_and(|due| today >= due) {
                return Ok(());
            }
            from = from.or(due);
        }
        Err(TransitionError::ClosureNotYetAllowed { from })
    }

    /// Whether the company has answered in the current phase, or let one of
    /// its deadlines pass unmet by `at`.
    fn answered_or_late(&self, policy: &Policy, at: DateTime<Utc>) -> Result<bool, NotCovered> {
        let phase = self.current();
        if phase.last_answer().is_some() {
            return Ok(true);
        }
        let kind = policy.kind(phase.kind).expect("a case's kind belongs to its policy");
        let today = policy.time_zone.local_date(at);
        for milestone in kind.milestones.iter().filter(|m| m.role == MilestoneRole::Deadline) {
            let due = self.due(policy, phase, milestone)?;
            if self.settle(policy, phase, milestone, due, None, today).status == MilestoneStatus::Missed {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The due date of the current phase's milestone that records `event` on lapse.
    fn lapse_due(&self, policy: &Policy, event: EventKind) -> Result<Option<NaiveDate>, NotCovered> {
        let phase = self.current();
        let kind = policy.kind(phase.kind).expect("a case's kind belongs to its policy");
        match kind.milestones.iter().find(|m| m.on_lapse == Some(event)) {
            Some(milestone) => self.due(policy, phase, milestone),
            None => Ok(None),
        }
    }

    /// When `milestone` of `phase` falls due, or `None` if its clock has
    /// not started: the date its clock gives, or the later one a delay
    /// notice gave.
    fn due(&self, policy: &Policy, phase: &Phase, milestone: &Milestone) -> Result<Option<NaiveDate>, NotCovered> {
        if milestone.delay_notice
            && let Some(date) = phase.delayed_to(milestone.name)
        {
            return Ok(Some(date));
        }
        self.clock_due(policy, phase, milestone)
    }

    /// The date `milestone`'s clock gives, before any delay notice.
    fn clock_due(
        &self,
        policy: &Policy,
        phase: &Phase,
        milestone: &Milestone,
    ) -> Result<Option<NaiveDate>, NotCovered> {
        let day = |at: DateTime<Utc>| policy.time_zone.local_date(at);
        let anchor = match milestone.from {
            Anchor::Receipt => Some(day(phase.started())),
            Anchor::Response => phase.last_answer().map(|e| day(e.at)),
            Anchor::FirstContact => Some(self.first_contact(policy, phase).map_or(day(phase.started()), |c| c.day)),
        };
        anchor.map(|anchor| due_date(milestone.clock, anchor, policy.holidays.calendar())).transpose()
    }

    /// The day the customer first complained, where it is before the day
    /// `phase` was received: the latest correction by staff, else the date
    /// the customer gave.
    fn first_contact(&self, policy: &Policy, phase: &Phase) -> Option<FirstContact> {
        let receipt = policy.time_zone.local_date(phase.started());
        let corrected = self.events().filter(|e| e.kind == EventKind::FirstContactCorrected).last();
        let given = match corrected {
            Some(event) => FirstContact { day: event.date?, from_records: true },
            None => FirstContact { day: phase.events[0].date?, from_records: false },
        };
        (given.day < receipt).then_some(given)
    }

    /// Events `actor` could cause at `now`, as buttons to offer.
    pub fn allowed(&self, policy: &Policy, actor: Actor, now: DateTime<Utc>) -> Vec<EventKind> {
        let kind = policy.kind(self.kind()).expect("a case's kind belongs to its policy");
        EventKind::ALL
            .into_iter()
            .filter(|event| event.actor() == actor && kind.permits(*event))
            .filter(|event| {
                self.probes(policy, *event, now).iter().any(|probe| self.check(policy, actor, probe).is_ok())
            })
            .collect()
    }

    /// The events of `kind` that `allowed` tries at `now`: one plain event,
    /// or, for the steps that need more to be possible at all, each form
    /// they could take: an escalation to the kind the policy names, a delay
    /// notice of each deadline that may be put back (to the day after it
    /// falls due), a first contact on the day of receipt.
    fn probes(&self, policy: &Policy, kind: EventKind, now: DateTime<Utc>) -> Vec<Event> {
        match kind {
            EventKind::Escalated => {
                self.escalation_target(policy).map(|to| Event::escalation(to, now)).into_iter().collect()
            }
            EventKind::DelayNotified => {
                let phase = self.current();
                let case_kind = policy.kind(phase.kind).expect("a case's kind belongs to its policy");
                let delayable = case_kind.milestones.iter().filter(|m| m.delay_notice);
                delayable
                    .filter_map(|m| {
                        let due = self.due(policy, phase, m).ok()??;
                        Some(Event::delay(m.name, due.succ_opt()?, now))
                    })
                    .collect()
            }
            EventKind::FirstContactCorrected => {
                vec![Event::first_contact(policy.time_zone.local_date(self.phases[0].started()), now)]
            }
            _ => vec![Event::new(kind, now)],
        }
    }

    /// The kind this case would escalate into, if the policy has one.
    pub fn escalation_target(&self, policy: &Policy) -> Option<KindId> {
        let from = self.kind();
        policy.kinds.iter().find(|k| k.escalates_from.contains(&from)).map(|k| k.id)
    }

    /// Every milestone of every phase, as it stands at `now`.
    pub fn milestones(&self, policy: &Policy, now: DateTime<Utc>) -> Result<Vec<MilestoneState>, NotCovered> {
        let today = policy.time_zone.local_date(now);
        let mut states = Vec::new();
        for (index, phase) in self.phases.iter().enumerate() {
            // A phase ends when the case escalates out of it or ends.
            let next_phase = self.phases.get(index + 1);
            let kind = policy.kind(phase.kind).expect("a case's kind belongs to its policy");
            for milestone in kind.milestones.iter() {
                let due = self.due(policy, phase, milestone)?;
                states.push(self.settle(policy, phase, milestone, due, next_phase, today));
            }
        }
        Ok(states)
    }

    fn settle(
        &self,
        policy: &Policy,
        phase: &Phase,
        milestone: &Milestone,
        due: Option<NaiveDate>,
        next_phase: Option<&Phase>,
        today: NaiveDate,
    ) -> MilestoneState {
        let day = |at: DateTime<Utc>| policy.time_zone.local_date(at);
        let delayed_from = phase
            .delayed_to(milestone.name)
            .filter(|_| milestone.delay_notice)
            .and_then(|_| self.clock_due(policy, phase, milestone).ok().flatten());
        let first_contact =
            (milestone.from == Anchor::FirstContact).then(|| self.first_contact(policy, phase)).flatten();
        let mut state = MilestoneState {
            kind: phase.kind,
            name: milestone.name,
            role: milestone.role,
            due,
            status: MilestoneStatus::Pending,
            settled_on: None,
            aim: milestone.strength == Strength::Aim,
            delayed_from,
            counted_from: first_contact.map(|c| c.day),
            counted_from_records: first_contact.is_some_and(|c| c.from_records),
        };
        let Some(due) = due else { return state };
        let anchor_at = match milestone.from {
            Anchor::Receipt | Anchor::FirstContact => phase.started(),
            Anchor::Response => phase.last_answer().map_or(phase.started(), |e| e.at),
        };
        // Escalations live in the next phase's first event.
        let hit = phase
            .events
            .iter()
            .chain(next_phase.map(|p| &p.events[0]))
            .find(|e| e.at >= anchor_at && milestone.met_by.contains(&e.kind))
            .map(|e| day(e.at));
        // What ends this milestone's relevance without meeting it.
        let ends = |event: EventKind| match milestone.role {
            MilestoneRole::Deadline | MilestoneRole::Lapse => event.ends_case() && Some(event) != milestone.on_lapse,
            MilestoneRole::Window => {
                matches!(event, EventKind::Closed | EventKind::Withdrawn | EventKind::ConsideredClosed)
            }
            MilestoneRole::Opens => event == EventKind::Withdrawn,
            // The company's right to close ends with the case.
            MilestoneRole::MayClose => event.ends_case(),
        };
        let ended = phase.events.iter().find(|e| ends(e.kind)).map(|e| day(e.at)).or_else(|| {
            (milestone.role != MilestoneRole::Opens).then(|| next_phase.map(|p| day(p.started()))).flatten()
        });
        let lapsed = phase.events.iter().find(|e| Some(e.kind) == milestone.on_lapse).map(|e| day(e.at));

        let (status, on) = match (milestone.role, hit) {
            (MilestoneRole::Deadline, Some(h)) if h <= due => (MilestoneStatus::Met, Some(h)),
            (MilestoneRole::Deadline, Some(h)) => (MilestoneStatus::Missed, Some(h)),
            (MilestoneRole::Window, Some(h)) => (MilestoneStatus::Met, Some(h)),
            (MilestoneRole::Opens, Some(h)) if h <= due => (MilestoneStatus::Met, Some(h)),
            (MilestoneRole::Opens | MilestoneRole::MayClose, _) => match ended {
                Some(end) if end < due => (MilestoneStatus::Stopped, Some(end)),
                _ if today >= due => (MilestoneStatus::Met, Some(due)),
                _ => (MilestoneStatus::Pending, None),
            },
            (MilestoneRole::Lapse, _) => match (ended, lapsed) {
                (Some(end), _) if end <= due => (MilestoneStatus::Stopped, Some(end)),
                (_, Some(at)) => (MilestoneStatus::Met, Some(at)),
                _ if today > due => (MilestoneStatus::Met, Some(due.succ_opt().unwrap_or(due))),
                _ => (MilestoneStatus::Pending, None),
            },
            // Deadlines and windows without a hit.
            (_, None) => match ended {
                Some(end) if end <= due => (MilestoneStatus::Stopped, Some(end)),
                // Still outstanding: nothing settled it, unless the lapse was recorded.
                _ if lapsed.is_some() || today > due => (MilestoneStatus::Missed, lapsed),
                _ => (MilestoneStatus::Pending, None),
            },
        };
        state.status = status;
        state.settled_on = on;
        state
    }

    /// Clock events that are due by `now` and not yet recorded: a window or
    /// a lapse that ran out while the case was open. Each is dated at the
    /// start of the day after its due date, in the provider's time zone.
    pub fn due_clock_events(&self, policy: &Policy, now: DateTime<Utc>) -> Result<Vec<Event>, NotCovered> {
        if !self.stage.is_open() {
            return Ok(Vec::new());
        }
        let phase = self.current();
        let kind = policy.kind(phase.kind).expect("a case's kind belongs to its policy");
        let mut events = Vec::new();
        for milestone in kind.milestones.iter() {
            let Some(event) = milestone.on_lapse else { continue };
            let Some(due) = self.due(policy, phase, milestone)? else { continue };
            let at = policy.time_zone.start_of(due.checked_add_days(Days::new(1)).unwrap_or(due)).max(self.last_at());
            if at <= now && self.check(policy, Actor::Clock, &Event::new(event, at)).is_ok() {
                events.push(Event::new(event, at));
            }
        }
        // Either event ends the case; the first one wins.
        Ok(events.into_iter().min_by_key(|e| e.at).into_iter().collect())
    }
}
