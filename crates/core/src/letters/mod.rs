//! The letters the portal writes: which letter an event calls for, to whom,
//! and what it says, as messages of `locales/<lang>/letters.ftl` with their
//! arguments. The server renders them (Fluent, text and HTML) and sends
//! them; nothing here writes a sentence, and every date is written as the
//! case page writes it ([`long_date`]).
//!
//! - [`receipt`](receipt()) and [`new_case`]: at filing.
//! - [`after_event`]: each step of the procedure, whoever takes it.
//! - [`timed`]: the letters a date calls for (the ADR letter when a
//!   complaint is still open at eight weeks, the reminder before a window
//!   closes), each once.
//! - [`digest`]: the morning's list to a provider's complaints team.
//! - [`sign_in_code`]: a staff member's code to sign in to the console.

mod adr;
mod dates;
mod digest;
mod merged;
mod receipt;
mod sign_in;
mod steps;
mod timed;

use chrono::NaiveDate;

use crate::answers::Answers;
use crate::lifecycle::{CaseState, MilestoneState, MilestoneStatus};
use crate::policy::{ChannelKind, ChannelPurpose, FieldId, KindId, Lang, MilestoneName, MilestoneRole, Policy};

pub use dates::{long_date, whole_number};
pub use digest::{DIGEST_HOUR, DueCase, digest};
pub use merged::merged;
pub use receipt::{new_case, receipt};
pub use sign_in::sign_in_code;
pub use steps::after_event;
pub use timed::{Timed, timed};

/// Who a letter is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addressee {
    /// The customer, at the email address of the form.
    Customer,
    /// The company's complaints team, at the address its policy gives.
    Company,
    /// One member of the company's staff, at their own address.
    Staff,
}

/// Which letter it is, as the outbox records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterKind {
    /// To the customer: the complaint is received; its reference, its
    /// deadlines, what happens next and where to follow it.
    Receipt,
    /// To the company: a case has come in.
    NewCase,
    /// To the customer: the company has acknowledged the case.
    Acknowledgement,
    /// To the customer: the company asks for more information.
    InformationRequest,
    /// To the customer: a date the company gave is put back, and why.
    DelayNotice,
    /// To the customer: the company's answer (a reply, a remedy, its final
    /// answer), with the time left to escalate where there is some.
    Response,
    /// To the customer: the time to escalate ends in a few business days.
    WindowReminder,
    /// To the customer: the ombudsman scheme is open to them (at deadlock,
    /// or when the complaint is still open at eight weeks).
    Adr,
    /// To the customer: the case is over, and what is left to them.
    Closing,
    /// To the customer: another step of the company's.
    Step,
    /// To the company: the customer took a step.
    CustomerStep,
    /// To the company, each morning: what is overdue and what falls due
    /// today and tomorrow.
    Digest,
    /// To a member of the staff: the code to sign in to the console.
    SignInCode,
    /// To the customer: their complaint was merged into another of theirs.
    Merged,
}

impl LetterKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::Receipt => "receipt",
            LetterKind::NewCase => "new_case",
            LetterKind::Acknowledgement => "acknowledgement",
            LetterKind::InformationRequest => "information_request",
            LetterKind::DelayNotice => "delay_notice",
            LetterKind::Response => "response",
            LetterKind::WindowReminder => "window_reminder",
            LetterKind::Adr => "adr",
            LetterKind::Closing => "closing",
            LetterKind::Step => "step",
            LetterKind::CustomerStep => "customer_step",
            LetterKind::Digest => "digest",
            LetterKind::SignInCode => "sign_in_code",
            LetterKind::Merged => "merged",
        }
    }
}

/// A value in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text as it is (a name, a reference, an address), on one line.
    Text(String),
    /// Text someone wrote (a message of the company's), its line breaks kept.
    Block(String),
    /// A date, written as the case page writes it in the letter's language.
    Date(NaiveDate),
    /// The text of another message (a milestone's name, a kind's).
    Message(String),
}

/// One paragraph of a letter, or its subject: a message and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub message: &'static str,
    pub args: Vec<(&'static str, Arg)>,
    /// An item of a list: consecutive items make one.
    pub item: bool,
}

impl Line {
    fn new(message: &'static str, args: Vec<(&'static str, Arg)>) -> Line {
        Line { message, args, item: false }
    }

    fn item(message: &'static str, args: Vec<(&'static str, Arg)>) -> Line {
        Line { message, args, item: true }
    }
}

/// A letter, before it is put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub kind: LetterKind,
    pub to: Addressee,
    pub lang: Lang,
    pub subject: Line,
    pub paragraphs: Vec<Line>,
}

/// What a letter says of its case, as it stands after the event that calls
/// for the letter.
pub struct CaseFacts<'a> {
    pub policy: &'a Policy,
    pub reference: &'a str,
    /// The case's language: the customer's letters are in it.
    pub lang: Lang,
    /// The provider's local day of receipt.
    pub received_on: NaiveDate,
    /// The provider's local day of the letter.
    pub today: NaiveDate,
    /// The answers of the form the case stands on.
    pub answers: &'a Answers,
    pub state: &'a CaseState,
    /// The case's milestones today.
    pub milestones: &'a [MilestoneState],
    /// Where the customer opens the case (the receipt's carries the access code).
    pub case_link: &'a str,
    /// Where the company's staff open it.
    pub staff_link: &'a str,
    /// Where the customer stops the emails about the case (a page that asks
    /// them to confirm).
    pub stop_link: &'a str,
}

impl CaseFacts<'_> {
    fn company(&self) -> Arg {
        Arg::Text(self.policy.name.to_string())
    }

    fn reference(&self) -> Arg {
        Arg::Text(self.reference.to_string())
    }

    /// The company's letters are in the first language of its policy.
    fn company_lang(&self) -> Lang {
        self.policy.languages.first().copied().unwrap_or(Lang::En)
    }

    /// The text of a field's answer, if it has one.
    fn text_answer(&self, field: FieldId) -> Option<&str> {
        match self.answers.get(field.as_str()) {
            Some(crate::answers::FieldValue::Text(text)) if !text.trim().is_empty() => Some(text.trim()),
            _ => None,
        }
    }

    /// The customer's name as the form gave it: whole, or first name and surname.
    fn customer_name(&self) -> Option<String> {
        if let Some(full) = self.text_answer(FieldId::FullName) {
            return Some(full.to_string());
        }
        let parts: Vec<&str> =
            [FieldId::FirstName, FieldId::Surname].into_iter().filter_map(|field| self.text_answer(field)).collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    fn greeting(&self) -> Line {
        match self.customer_name() {
            Some(name) => Line::new("letter-greeting", vec![("name", Arg::Text(name))]),
            None => Line::new("letter-greeting-anonymous", vec![]),
        }
    }

    /// A letter to the customer in the case's language: `paragraphs`, then
    /// where to follow the case, and the company's signature.
    fn to_customer(&self, kind: LetterKind, subject: Line, mut paragraphs: Vec<Line>) -> Letter {
        paragraphs.extend(self.case_link());
        paragraphs.push(Line::new("letter-signature", vec![("company", self.company())]));
        paragraphs.push(Line::new(
            "letter-stop",
            vec![("reference", self.reference()), ("link", Arg::Text(self.stop_link.to_string()))],
        ));
        Letter { kind, to: Addressee::Customer, lang: self.lang, subject, paragraphs }
    }

    /// Where the customer follows the case: the receipt's link opens it at
    /// once and must stay private; later letters' links ask for the code.
    fn case_link(&self) -> Vec<Line> {
        let link = vec![("link", Arg::Text(self.case_link.to_string()))];
        if self.case_link.contains('#') {
            vec![Line::new("letter-case-link", link), Line::new("letter-case-link-private", vec![])]
        } else {
            vec![Line::new("letter-case-link-code", link)]
        }
    }

    /// "What the company will do next:" and its deadlines still to come;
    /// nothing when none is.
    fn next_deadlines(&self) -> Vec<Line> {
        let deadlines = self.pending_deadlines();
        if deadlines.is_empty() {
            return deadlines;
        }
        let mut lines = vec![Line::new("letter-next-deadlines", vec![("company", self.company())])];
        lines.extend(deadlines);
        lines
    }

    /// The company's deadlines still to come, each with its date.
    fn pending_deadlines(&self) -> Vec<Line> {
        self.milestones
            .iter()
            .filter(|m| m.role == MilestoneRole::Deadline && m.status == MilestoneStatus::Pending)
            .filter_map(|m| {
                let message = if m.aim { "letter-deadline-aim" } else { "letter-deadline" };
                let args = vec![("milestone", Arg::Message(milestone_message(m.name))), ("date", Arg::Date(m.due?))];
                Some(Line::new(message, args))
            })
            .collect()
    }

    /// How to reach the company's complaints team: its complaints email, or
    /// else the first channel that takes complaints.
    fn contact_point(&self) -> Option<String> {
        let takes_complaints = self
            .policy
            .channels
            .iter()
            .filter(|channel| channel.accepted && channel.purposes.contains(&ChannelPurpose::Complaints));
        let mut channels: Vec<_> = takes_complaints.filter(|channel| channel.address.is_some()).collect();
        channels.sort_by_key(|channel| channel.kind != ChannelKind::Email);
        channels.first().and_then(|channel| channel.address.as_deref()).map(one_line_address)
    }
}

/// A message someone wrote, as its own paragraph; none for no message.
fn quoted(message: Option<&str>) -> Option<Line> {
    let text = message.map(str::trim).filter(|text| !text.is_empty())?;
    Some(Line::new("letter-quote", vec![("text", Arg::Block(text.to_string()))]))
}

/// An item of a list that is only its value.
fn list_item(item: Arg) -> Line {
    Line::item("letter-list-item", vec![("item", item)])
}

/// A postal address of several lines, on one.
fn one_line_address(address: &str) -> String {
    address.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join(", ")
}

/// The message id of a milestone's name (`milestone-substantive-response`).
pub fn milestone_message(name: MilestoneName) -> String {
    format!("milestone-{}", name.as_str().replace('_', "-"))
}

/// The message id of a kind's name (`kind-abuse-report`).
pub fn kind_message(kind: KindId) -> String {
    format!("kind-{}", kind.as_str().replace('_', "-"))
}

#[cfg(test)]
pub(crate) mod test_case {
    //! A case of a bundled policy taken through steps, for the letters' tests.

    use chrono::{DateTime, Utc};

    use super::*;
    use crate::lifecycle::Event;
    use crate::policy::{Actor, EventKind};

    pub fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    pub fn day(text: &str) -> NaiveDate {
        crate::dates::parse_date(text).unwrap()
    }

    pub struct TestCase {
        pub policy: &'static Policy,
        pub state: CaseState,
        pub answers: Answers,
        pub milestones: Vec<MilestoneState>,
        pub today: NaiveDate,
    }

    impl TestCase {
        pub fn received(provider: &str, kind: KindId, at: DateTime<Utc>, answers: &[(&str, &str)]) -> TestCase {
            let policy = crate::policy::find(provider).unwrap();
            let state = CaseState::replay(policy, kind, &[Event::new(EventKind::Received, at)]).unwrap();
            let answers = answers
                .iter()
                .map(|(field, value)| (field.to_string(), crate::answers::FieldValue::Text(value.to_string())))
                .collect();
            let mut case = TestCase { policy, state, answers, milestones: Vec::new(), today: at.date_naive() };
            case.now(at);
            case
        }

        pub fn now(&mut self, now: DateTime<Utc>) {
            self.milestones = self.state.milestones(self.policy, now).unwrap();
            self.today = self.policy.time_zone.local_date(now);
        }

        pub fn step(&mut self, actor: Actor, event: Event) {
            let at = event.at;
            self.state.apply(self.policy, actor, event).unwrap();
            self.now(at);
        }

        pub fn facts(&self, lang: Lang) -> CaseFacts<'_> {
            let received = self.state.events().next().unwrap().at;
            CaseFacts {
                policy: self.policy,
                reference: "KIJ-7Q2M-4XKD",
                lang,
                received_on: self.policy.time_zone.local_date(received),
                today: self.today,
                answers: &self.answers,
                state: &self.state,
                milestones: &self.milestones,
                case_link: "https://portal.example/status/KIJ-7Q2M-4XKD",
                staff_link: "https://portal.example/staff/cases/RD-TEST",
                stop_link: "https://portal.example/letters/stop/KIJ-7Q2M-4XKD/token",
            }
        }
    }

    pub fn messages(letter: &Letter) -> Vec<&'static str> {
        letter.paragraphs.iter().map(|line| line.message).collect()
    }
}
