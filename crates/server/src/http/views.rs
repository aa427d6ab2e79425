//! What the API shows of a case: its stage, history, milestones, the actions
//! open now and the ADR scheme, all worked out by the domain core from the
//! stored events and "now".

use chrono::{DateTime, NaiveDate, Utc};
use redress_core::lifecycle::{MilestoneState, MilestoneStatus, Stage};
use redress_core::policy::{Actor, AdrScheme, EventKind, KindId, Lang, MilestoneName, MilestoneRole};
use redress_core::validation::Answers;
use serde::Serialize;

use super::{ApiError, ApiResult};
use crate::case::{LiveCase, clock_event};
use crate::store::{CaseDocument, CaseLetter, CaseNote, CaseViewing, CaseWork, Colleague, Merge, Store};
use redress_core::report::Outcome;

/// A case: where it stands, what happened, its milestones, and what can be
/// done now.
#[derive(Serialize, utoipa::ToSchema)]
pub struct CaseView {
    reference: String,
    provider: String,
    /// The provider's policy in the compact form the portal's pages read
    /// (postcard, in base64); `GET /api/providers/{id}` has it as JSON.
    policy: &'static str,
    /// The kind it is now (after an escalation, the kind it started).
    kind: KindId,
    /// The kind the customer filed.
    first_kind: KindId,
    #[schema(value_type = Lang)]
    lang: String,
    received_at: DateTime<Utc>,
    #[schema(value_type = Stage)]
    stage: &'static str,
    /// The answers the case stands on, keyed by field id.
    #[schema(value_type = Object)]
    answers: Answers,
    /// Every document the case holds (supporting documents and written
    /// authorizations), in the order they arrived.
    documents: Vec<DocumentView>,
    events: Vec<EventView>,
    milestones: Vec<MilestoneState>,
    /// What the customer can do now.
    actions: Vec<ActionView>,
    /// What staff can record now (`POST …/events`), shown to staff only, so
    /// that their tools offer the steps the procedure allows at this stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    staff_actions: Option<Vec<EventKind>>,
    /// Every letter written about the case and what became of it, shown to
    /// staff only: a letter that could not be delivered is theirs to follow up.
    #[serde(skip_serializing_if = "Option::is_none")]
    letters: Option<Vec<LetterView>>,
    /// Shown to staff only: the customer stopped the emails about the case,
    /// so a question or an answer reaches them only on the case page.
    #[serde(skip_serializing_if = "Option::is_none")]
    letters_stopped: Option<bool>,
    /// Shown to staff only: who of them handles the case, their notes, and
    /// who opened it when (the latest 50).
    #[serde(skip_serializing_if = "Option::is_none")]
    work: Option<WorkView>,
    adr: Option<AdrView>,
}

/// The team's own work on a case.
#[derive(Serialize, utoipa::ToSchema)]
struct WorkView {
    assignee: Option<MemberView>,
    notes: Vec<NoteView>,
    views: Vec<ViewingView>,
    /// The case this one was merged into, as a duplicate: the customer's
    /// look-up of this one shows that one, and no step can be taken here.
    #[serde(skip_serializing_if = "Option::is_none")]
    merged_into: Option<MergeView>,
    /// The duplicates merged into this case.
    merged: Vec<MergeView>,
}

/// A merge: the other case, when and by whom.
#[derive(Serialize, utoipa::ToSchema)]
struct MergeView {
    reference: String,
    at: DateTime<Utc>,
    by: String,
}

impl From<Merge> for MergeView {
    fn from(Merge { reference, at, by }: Merge) -> Self {
        MergeView { reference, at, by }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
struct MemberView {
    account: i64,
    name: String,
}

#[derive(Serialize, utoipa::ToSchema)]
struct NoteView {
    author: String,
    text: String,
    at: DateTime<Utc>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct ViewingView {
    by: String,
    at: DateTime<Utc>,
}

impl From<CaseWork> for WorkView {
    fn from(work: CaseWork) -> Self {
        WorkView {
            assignee: work.assignee.map(|Colleague { account, name }| MemberView { account, name }),
            notes: work.notes.into_iter().map(|CaseNote { author, text, at }| NoteView { author, text, at }).collect(),
            views: work.views.into_iter().map(|CaseViewing { viewer, at }| ViewingView { by: viewer, at }).collect(),
            merged_into: work.merged_into.map(MergeView::from),
            merged: work.merged.into_iter().map(MergeView::from).collect(),
        }
    }
}

/// A letter about the case, to the customer or to the company.
#[derive(Serialize, utoipa::ToSchema)]
struct LetterView {
    /// `receipt`, `new_case`, `acknowledgement`, `information_request`,
    /// `delay_notice`, `response`, `window_reminder`, `adr`, `closing`,
    /// `step`, `customer_step` or `merged`.
    kind: String,
    recipient: String,
    written_at: DateTime<Utc>,
    /// `waiting` (to be sent, or tried again later), `sent` or `failed`
    /// (refused for good, or undelivered for two days).
    status: &'static str,
    attempts: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    sent_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    failed_at: Option<DateTime<Utc>>,
    /// What the mail server last answered, while waiting or once failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    last_error: Option<String>,
}

impl From<CaseLetter> for LetterView {
    fn from(letter: CaseLetter) -> LetterView {
        let status = match (letter.sent_at, letter.failed_at) {
            (Some(_), _) => "sent",
            (None, Some(_)) => "failed",
            (None, None) => "waiting",
        };
        LetterView {
            kind: letter.kind,
            recipient: letter.recipient,
            written_at: letter.written_at,
            status,
            attempts: letter.attempts,
            sent_at: letter.sent_at,
            failed_at: letter.failed_at,
            last_error: letter.last_error,
        }
    }
}

#[derive(Serialize, utoipa::ToSchema)]
struct DocumentView {
    /// The upload's id, which a file field's answer holds.
    id: String,
    /// The file's name as the customer's device gave it; absent for
    /// documents stored before names were kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    media_type: String,
    size: i64,
    /// Whether the company attached it to a step (a deadlock letter, a
    /// final response); otherwise the customer sent it.
    from_company: bool,
    /// Shown to staff only: the member who attached it.
    #[serde(skip_serializing_if = "Option::is_none")]
    added_by: Option<String>,
}

/// A step in the case's history.
#[derive(Serialize, utoipa::ToSchema)]
struct EventView {
    #[schema(value_type = EventKind)]
    kind: String,
    #[schema(value_type = Actor)]
    actor: String,
    at: DateTime<Utc>,
    /// For an escalation: the kind of case it started.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<KindId>)]
    to_kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    /// For a delay notice: the milestone it puts back.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<MilestoneName>)]
    milestone: Option<String>,
    /// For a delay notice, the new date; for a first-contact correction, that day.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<NaiveDate>)]
    date: Option<String>,
    /// The staff member's name: shown to staff only.
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<String>,
    /// What the company found, recorded with a step that ends its
    /// handling: shown to staff only.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Outcome>)]
    outcome: Option<String>,
}

/// Something the customer can do now.
#[derive(Serialize, utoipa::ToSchema)]
struct ActionView {
    action: EventKind,
    /// For an escalation: the kind of case it starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    to_kind: Option<KindId>,
    /// For an escalation with a window: the last day to use it.
    #[serde(skip_serializing_if = "Option::is_none")]
    open_until: Option<NaiveDate>,
}

/// The ombudsman (alternative dispute resolution) scheme.
#[derive(Serialize, utoipa::ToSchema)]
struct AdrView {
    /// The scheme as the provider's policy describes it.
    #[schema(value_type = Object)]
    scheme: &'static AdrScheme,
    /// The day the customer may go to the scheme (earlier after a deadlock letter).
    eligible_from: Option<NaiveDate>,
    open: bool,
}

/// Who is looking: staff also see the names of colleagues who acted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    Customer,
    Staff,
}

impl LiveCase {
    /// The case as `viewer` sees it, with its documents (and for staff, its
    /// letters) read from `store`.
    pub async fn show(&self, store: &Store, now: DateTime<Utc>, viewer: Viewer) -> ApiResult<CaseView> {
        let documents = store.case_documents(self.stored.id).await?;
        let (letters, work) = match viewer {
            Viewer::Staff => {
                (Some(store.case_letters(self.stored.id).await?), Some(store.case_work(self.stored.id).await?))
            }
            Viewer::Customer => (None, None),
        };
        let mut view = self.view(now, viewer, documents, letters)?;
        view.work = work.map(WorkView::from);
        Ok(view)
    }

    fn view(
        &self,
        now: DateTime<Utc>,
        viewer: Viewer,
        documents: Vec<CaseDocument>,
        letters: Option<Vec<CaseLetter>>,
    ) -> ApiResult<CaseView> {
        let policy = self.policy;
        let answers = self.answers()?;
        // A customer the ADR scheme does not take is shown neither the
        // scheme, nor the day it would open, nor an early referral to it.
        let turned_away = policy.adr_milestone_not_for(&answers);
        let mut milestones = self.state.milestones(policy, now).map_err(|e| ApiError::Internal(e.to_string()))?;
        milestones.retain(|m| Some(m.name) != turned_away);
        let stored_events = self.stored.events.iter().map(|e| e.event.clone());
        let pending = self.pending.iter().map(clock_event);
        let events = stored_events
            .chain(pending)
            .map(|e| EventView {
                kind: e.kind,
                actor: e.actor,
                at: e.at,
                to_kind: e.to_kind,
                message: e.message,
                milestone: e.milestone,
                date: e.date,
                author: if viewer == Viewer::Staff { e.author } else { None },
                outcome: if viewer == Viewer::Staff { e.outcome } else { None },
            })
            .collect();
        let window_end = |milestones: &[MilestoneState]| {
            milestones
                .iter()
                .rev()
                .find(|m| m.role == MilestoneRole::Window && m.kind == self.state.kind())
                .and_then(|m| m.due)
        };
        let actions = self
            .state
            .allowed(policy, Actor::Customer, now)
            .into_iter()
            .filter(|action| !(*action == EventKind::AdrReferralRequested && turned_away.is_some()))
            .map(|action| {
                let escalation = action == EventKind::Escalated;
                ActionView {
                    action,
                    to_kind: escalation.then(|| self.state.escalation_target(policy)).flatten(),
                    open_until: if escalation { window_end(&milestones) } else { None },
                }
            })
            .collect();
        // A case withdrawn before the scheme opened for it never will: no
        // card then, rather than one that opens "from" the day it stopped.
        let adr = policy.adr.as_ref().filter(|_| turned_away.is_none()).and_then(|scheme| {
            let opens = milestones.iter().find(|m| m.name == scheme.eligible_from);
            let stopped = opens.is_some_and(|m| m.status == MilestoneStatus::Stopped);
            (!stopped).then(|| AdrView {
                scheme,
                eligible_from: opens.and_then(|m| m.settled_on.or(m.due)),
                open: opens.is_some_and(|m| m.status == MilestoneStatus::Met),
            })
        });
        Ok(CaseView {
            reference: self.stored.record.reference.clone(),
            provider: policy.id.to_string(),
            policy: crate::policies::written_for_app(&policy.id).unwrap_or_default(),
            kind: self.state.kind(),
            first_kind: self.first_kind,
            lang: self.stored.record.lang.clone(),
            received_at: self.stored.record.received_at,
            stage: self.state.stage.as_str(),
            answers,
            documents: documents
                .into_iter()
                .map(|CaseDocument { id, name, media_type, size, added_by }| DocumentView {
                    id,
                    name,
                    media_type,
                    size,
                    from_company: added_by.is_some(),
                    added_by: added_by.filter(|_| viewer == Viewer::Staff),
                })
                .collect(),
            events,
            milestones,
            actions,
            // A duplicate merged into another case takes no more steps.
            staff_actions: (viewer == Viewer::Staff).then(|| match self.stored.merged_into {
                Some(_) => Vec::new(),
                None => self.state.allowed(policy, Actor::Staff, now),
            }),
            letters: letters.map(|letters| letters.into_iter().map(LetterView::from).collect()),
            letters_stopped: (viewer == Viewer::Staff).then_some(self.stored.letters_stopped),
            work: None,
            adr,
        })
    }
}
