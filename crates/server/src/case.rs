//! The life of a case on the server, below HTTP: a stored case loaded and
//! replayed by the core with the clock events that fell due, and a step
//! checked by the core and stored after them. The API's handlers and the
//! clock (`sweeper.rs`) both go through here; what a viewer is shown of a
//! case is the API's business (`http/views.rs`).

use chrono::{DateTime, Utc};
use redress_core::calendar::NotCovered;
use redress_core::dates::parse_date;
use redress_core::lifecycle::{CaseState, Event, TransitionError};
use redress_core::policy::{Actor, EventKind, KindId, Lang, MilestoneName, Policy};
use redress_core::report::Outcome;
use redress_core::validation::{self, Answers};

use crate::letters::CaseLetters;
use crate::store::{
    NewEvent, NewLetter, QueueColumns, ReportColumns, Standing, Store, StoreError, StoreResult, StoredCase,
};
use crate::{queue, reports};

/// Why a case cannot be loaded or a step taken.
#[derive(Debug)]
pub enum CaseError {
    /// The stored case does not make sense to the core: a bug or a bad edit.
    Corrupt(String),
    /// The procedure does not allow the step now, with the core's reason.
    Refused(TransitionError),
    Store(StoreError),
    /// The case went away between two reads (a purge).
    Gone,
}

impl From<StoreError> for CaseError {
    fn from(error: StoreError) -> Self {
        CaseError::Store(error)
    }
}

/// A stored case rebuilt by the core, with the clock events that are due
/// but not yet recorded (the sweeper records them; views must not wait).
pub struct LiveCase {
    pub stored: StoredCase,
    pub policy: &'static Policy,
    pub first_kind: KindId,
    pub state: CaseState,
    /// Clock events due by now that are not stored yet.
    pub pending: Vec<Event>,
}

impl LiveCase {
    pub fn load(stored: StoredCase, now: DateTime<Utc>) -> Result<LiveCase, CaseError> {
        let corrupt = |what: &str| CaseError::Corrupt(format!("case {} has {what}", stored.record.reference));
        let policy = crate::policies::find(&stored.record.provider).ok_or_else(|| corrupt("an unknown provider"))?;
        let first_kind = KindId::parse(&stored.record.kind).ok_or_else(|| corrupt("an unknown kind"))?;
        let mut events = stored
            .events
            .iter()
            .map(|e| {
                let kind = EventKind::parse(&e.event.kind).ok_or_else(|| corrupt("an unknown event"))?;
                let milestone = match e.event.milestone.as_deref() {
                    Some(name) => Some(MilestoneName::parse(name).ok_or_else(|| corrupt("an unknown milestone"))?),
                    None => None,
                };
                let date = match e.event.date.as_deref() {
                    Some(date) => Some(parse_date(date).ok_or_else(|| corrupt("an unreadable date"))?),
                    None => None,
                };
                let to_kind = e.event.to_kind.as_deref().and_then(KindId::parse);
                Ok(Event { kind, at: e.event.at, to_kind, milestone, date })
            })
            .collect::<Result<Vec<Event>, CaseError>>()?;
        // The first contact the customer gave on the form dates the receipt's
        // clocks that count from it: the answers are read only for a policy
        // that has such a clock, not for every case the clock sweeps.
        if let Some(received) = events.first_mut().filter(|_| policy.counts_from_first_contact()) {
            let answers: Answers =
                serde_json::from_str(&stored.record.answers).map_err(|_| corrupt("unreadable answers"))?;
            received.date = validation::first_contact(&answers);
        }
        let mut state = CaseState::replay(policy, first_kind, &events)
            .map_err(|e| corrupt(&format!("an impossible history: {e}")))?;
        let pending =
            state.due_clock_events(policy, now).map_err(|e| corrupt(&format!("dates beyond its calendar: {e}")))?;
        for event in &pending {
            state
                .apply(policy, Actor::Clock, event.clone())
                .map_err(|e| corrupt(&format!("a clock event it refuses: {e}")))?;
        }
        Ok(LiveCase { stored, policy, first_kind, state, pending })
    }

    /// The answers of the form the case now stands on.
    pub fn answers(&self) -> Result<Answers, CaseError> {
        serde_json::from_str(self.latest_answers()).map_err(|e| {
            CaseError::Corrupt(format!("case {} has unreadable answers: {e}", self.stored.record.reference))
        })
    }

    /// The form the case now stands on: an escalation's, once there is one
    /// (it starts from what the customer told before), else the first.
    fn latest_answers(&self) -> &str {
        let escalated = self.stored.events.iter().rev().find_map(|e| e.event.answers.as_deref());
        escalated.unwrap_or(&self.stored.record.answers)
    }

    /// The sequence number of the last stored event.
    fn last_seq(&self) -> i64 {
        self.stored.events.last().map_or(0, |e| e.seq)
    }

    /// Stores `steps` after the last stored event at `now`, with the stage
    /// and kind the case is now in, the uploads they bring and the letters
    /// they call for (links at `public_url`), with any timed letter now due.
    pub async fn append(&self, store: &Store, steps: &[Step], now: DateTime<Utc>, public_url: &str) -> StoreResult<()> {
        let events: Vec<NewEvent> = steps.iter().map(Step::stored).collect();
        // Each upload with who added it: a member's name, or none for the customer.
        let uploads: Vec<(String, Option<String>)> = steps
            .iter()
            .flat_map(|step| {
                let by = if step.actor == Actor::Staff { step.author.clone() } else { None };
                step.uploads.iter().map(move |id| (id.clone(), by.clone()))
            })
            .collect();
        // The form the case will stand on: an escalation's, if one comes now.
        // Answers that do not read (the load would have refused them) leave
        // the search and the letters without them rather than the step unrecorded.
        let answers = match steps.iter().rev().find_map(|step| step.answers.as_deref()) {
            Some(json) => serde_json::from_str(json).unwrap_or_default(),
            None => self.answers().unwrap_or_default(),
        };
        let record = &self.stored.record;
        let at = events.last().map_or(record.received_at, |event| event.at);
        // The documents staff attach to a step go with its letters to the
        // customer; the customer's own are not sent back to them.
        let said: Vec<(&Event, Option<&str>, &[String])> = steps
            .iter()
            .map(|step| {
                let enclosed: &[String] = if step.actor == Actor::Staff { &step.uploads } else { &[] };
                (&step.event, step.message.as_deref(), enclosed)
            })
            .collect();
        let written = self.letters(&answers, now, public_url).after(&said);
        let outcomes = self.stored.events.iter().map(|e| e.event.outcome.as_deref());
        let outcome = reports::latest_outcome(outcomes.chain(events.iter().map(|e| e.outcome.as_deref())));
        let standing = Standing {
            stage: self.state.stage.as_str(),
            current_kind: self.state.kind().as_str(),
            clock_due_at: earliest(self.next_clock_due(), written.next_timed_at),
            queue: queue::columns(self.policy, &self.state, at, record.received_at, &record.reference, &answers),
            report: reports::columns(self.policy, self.first_kind, &self.state, outcome),
            letters: written.letters,
            at: now,
        };
        store.append_events(self.stored.id, self.last_seq(), &events, &standing, &uploads).await
    }

    /// The letter that tells the customer this case was merged into `kept`,
    /// if it has somewhere to go.
    pub fn merge_letter(&self, kept: &str, now: DateTime<Utc>, public_url: &str) -> Option<NewLetter> {
        let answers = self.answers().unwrap_or_default();
        self.letters(&answers, now, public_url).merged_into(kept)
    }

    /// The case's letters as it stands, with `answers`, at `now`.
    fn letters<'a>(&'a self, answers: &'a Answers, now: DateTime<Utc>, public_url: &'a str) -> CaseLetters<'a> {
        let record = &self.stored.record;
        CaseLetters {
            policy: self.policy,
            reference: &record.reference,
            lang: Lang::parse(&record.lang).unwrap_or(Lang::En),
            received_at: record.received_at,
            answers,
            state: &self.state,
            now,
            public_url,
            access_hash: &record.access_hash,
            stopped: self.stored.letters_stopped,
            timed_from: self.stored.clock_due_at,
        }
    }

    /// The timed letters due by `now` that the case's letters may lack
    /// (each is written once), and when the case is next due for the
    /// clock: its next clock event or timed letter.
    pub fn due_at(&self, now: DateTime<Utc>, public_url: &str) -> (Vec<NewLetter>, Option<DateTime<Utc>>) {
        let answers = self.answers().unwrap_or_default();
        let written = self.letters(&answers, now, public_url).after(&[]);
        (written.letters, earliest(self.next_clock_due(), written.next_timed_at))
    }

    /// When the clock's next event for the case falls due, as it now stands.
    /// A date the calendars do not cover counts as due now: the clock then
    /// looks at the case, and logs why it cannot count.
    fn next_clock_due(&self) -> Option<DateTime<Utc>> {
        match next_clock_event(self.policy, &self.state) {
            Ok(next) => next,
            Err(_) => self.stored.events.last().map(|stored| stored.event.at),
        }
    }

    /// Checks `step` against the life cycle and stores it, after the clock
    /// events that fell due, with the uploads and letters it brings; the
    /// case as it now stands at `now`.
    pub async fn record(
        mut self,
        store: &Store,
        now: DateTime<Utc>,
        step: Step,
        public_url: &str,
    ) -> Result<LiveCase, CaseError> {
        self.state.apply(self.policy, step.actor, step.event.clone()).map_err(CaseError::Refused)?;
        let mut steps: Vec<Step> = self.pending.iter().map(|event| Step::new(event.clone(), Actor::Clock)).collect();
        steps.push(step);
        self.append(store, &steps, now, public_url).await?;
        let stored = store.load_case(&self.stored.record.reference).await?.ok_or(CaseError::Gone)?;
        LiveCase::load(stored, now)
    }
}

/// The earlier of two instants, either of which may be missing.
fn earliest(a: Option<DateTime<Utc>>, b: Option<DateTime<Utc>>) -> Option<DateTime<Utc>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        _ => a.or(b),
    }
}

/// Works out the queue's and the reports' columns of the cases filed before
/// they existed, a batch at a time; how many. A case that does not load
/// gets its day of receipt and search text alone (no deadline, no report
/// facts), and the reason in the log.
pub async fn fill_kept_columns(store: &Store, now: DateTime<Utc>) -> Result<u64, CaseError> {
    let mut filled = 0;
    loop {
        let batch = store.cases_without_kept_columns(500).await?;
        if batch.is_empty() {
            return Ok(filled);
        }
        for stored in batch {
            let (id, reference) = (stored.id, stored.record.reference.clone());
            let (queue, report) = match LiveCase::load(stored.clone(), now) {
                Ok(case) => {
                    let answers = case.answers().unwrap_or_default();
                    let at = stored.events.last().map_or(stored.record.received_at, |e| e.event.at);
                    let outcome = reports::latest_outcome(stored.events.iter().map(|e| e.event.outcome.as_deref()));
                    (
                        queue::columns(case.policy, &case.state, at, stored.record.received_at, &reference, &answers),
                        reports::columns(case.policy, case.first_kind, &case.state, outcome),
                    )
                }
                Err(error) => {
                    tracing::warn!(case = %reference, error = ?error, "its queue's columns cannot be worked out");
                    // Its provider may be unknown: the day of receipt in UTC.
                    let answers: Answers = serde_json::from_str(&stored.record.answers).unwrap_or_default();
                    let day = stored.record.received_at.date_naive();
                    (queue::without_deadline(day, &reference, &answers), ReportColumns::unknown())
                }
            };
            store.set_kept_columns(id, &queue, &report).await?;
            filled += 1;
        }
    }
}

/// A case of `kind` received at `at` with `answers`, as `LiveCase::load`
/// will replay it.
pub fn at_receipt(policy: &Policy, kind: KindId, at: DateTime<Utc>, answers: &Answers) -> Option<CaseState> {
    let mut received = Event::new(EventKind::Received, at);
    if policy.counts_from_first_contact() {
        received.date = validation::first_contact(answers);
    }
    CaseState::replay(policy, kind, &[received]).ok()
}

/// A complaint as it is filed, for the clock and the outbox.
pub struct Filing<'a> {
    pub policy: &'a Policy,
    pub kind: KindId,
    pub reference: &'a str,
    /// Known only now: the receipt's link carries it.
    pub access_code: &'a str,
    pub lang: Lang,
    pub answers: &'a Answers,
    pub received_at: DateTime<Utc>,
    /// The customer wants letters by email (where an address was given).
    pub by_email: bool,
}

impl Filing<'_> {
    /// When the clock is first due for the case (its first clock event or
    /// timed letter), and the letters of the filing, with links at `public_url`.
    pub fn clock_and_letters(&self, public_url: &str) -> (Option<DateTime<Utc>>, Vec<NewLetter>) {
        let at = self.received_at;
        let Some(state) = at_receipt(self.policy, self.kind, at, self.answers) else { return (Some(at), Vec::new()) };
        let access_hash = crate::secrets::hash_code(self.access_code);
        let letters = CaseLetters {
            policy: self.policy,
            reference: self.reference,
            lang: self.lang,
            received_at: at,
            answers: self.answers,
            state: &state,
            now: at,
            public_url,
            access_hash: &access_hash,
            stopped: !self.by_email,
            timed_from: None,
        };
        let clock = next_clock_event(self.policy, &state).unwrap_or(Some(at));
        let written = letters.at_receipt(self.access_code);
        (earliest(clock, written.next_timed_at), written.letters)
    }
}

/// The queue's and the reports' columns of a case received at `at` as `reference`.
pub fn kept_at_receipt(
    policy: &Policy,
    kind: KindId,
    at: DateTime<Utc>,
    reference: &str,
    answers: &Answers,
) -> (QueueColumns, ReportColumns) {
    match at_receipt(policy, kind, at, answers) {
        Some(state) => {
            (queue::columns(policy, &state, at, at, reference, answers), reports::columns(policy, kind, &state, None))
        }
        None => {
            (queue::without_deadline(policy.time_zone.local_date(at), reference, answers), ReportColumns::unknown())
        }
    }
}

/// When the clock event that falls due next, if nothing else happens first,
/// is due: the first of those due by the end of time.
pub fn next_clock_event(policy: &Policy, state: &CaseState) -> Result<Option<DateTime<Utc>>, NotCovered> {
    let due = state.due_clock_events(policy, DateTime::<Utc>::MAX_UTC)?;
    Ok(due.first().map(|event| event.at))
}

/// A step someone takes on a case: the core's event, and what is stored
/// with it.
pub struct Step {
    pub event: Event,
    pub actor: Actor,
    /// What the customer or staff wrote with it.
    pub message: Option<String>,
    /// The staff member's name, for a staff step.
    pub author: Option<String>,
    /// The form that came with it (an escalation's), as JSON.
    pub answers: Option<String>,
    /// Uploads it gives the case.
    pub uploads: Vec<String>,
    /// For a step that ends the company's handling: what it found.
    pub outcome: Option<Outcome>,
}

impl Step {
    /// A step with nothing stored beside its event.
    pub fn new(event: Event, actor: Actor) -> Step {
        Step { event, actor, message: None, author: None, answers: None, uploads: Vec::new(), outcome: None }
    }

    /// The row the store keeps: the one place an event becomes a row.
    pub fn stored(&self) -> NewEvent {
        let event = &self.event;
        NewEvent {
            kind: event.kind.as_str().to_string(),
            actor: self.actor.as_str().to_string(),
            at: event.at,
            to_kind: event.to_kind.map(|kind| kind.as_str().to_string()),
            message: self.message.clone(),
            author: self.author.clone(),
            answers: self.answers.clone(),
            milestone: event.milestone.map(|name| name.as_str().to_string()),
            date: event.date.map(|date| date.to_string()),
            outcome: self.outcome.map(|outcome| outcome.as_str().to_string()),
        }
    }
}

/// A clock event as it is stored.
pub fn clock_event(event: &Event) -> NewEvent {
    Step::new(event.clone(), Actor::Clock).stored()
}
