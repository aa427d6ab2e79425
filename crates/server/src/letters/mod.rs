//! The letters of a case, for the outbox: the core says which letters an
//! event or a date calls for (`redress_core::letters`), `render` puts them
//! into words, and this addresses them (the customer at the form's email
//! address, the company at its policy's complaints address) and makes the
//! outbox's rows. A letter with no address to go to is not written.

mod render;
pub mod stop_page;

use chrono::{DateTime, NaiveDate, Utc};
use redress_core::answers::FieldValue;
use redress_core::letters::{Addressee, CaseFacts, DueCase, Letter, Timed};
use redress_core::lifecycle::{CaseState, Event, MilestoneState};
use redress_core::policy::{ChannelKind, ChannelPurpose, FieldId, Lang, Policy};
use redress_core::validation::Answers;

use crate::store::NewLetter;

/// The letters a case calls for now, and when its next timed letter falls
/// due (for the clock's instant).
pub struct Written {
    pub letters: Vec<NewLetter>,
    pub next_timed_at: Option<DateTime<Utc>>,
}

/// A case as its letters see it, at an instant.
pub struct CaseLetters<'a> {
    pub policy: &'a Policy,
    pub reference: &'a str,
    pub lang: Lang,
    pub received_at: DateTime<Utc>,
    /// The answers of the form the case stands on.
    pub answers: &'a Answers,
    pub state: &'a CaseState,
    pub now: DateTime<Utc>,
    /// The portal's address, for links (`REDRESS_PUBLIC_URL`).
    pub public_url: &'a str,
    /// The stored hash of the case's access code: the stop-letters link's
    /// token comes from it.
    pub access_hash: &'a str,
    /// The customer stopped the emails about the case: none is written.
    pub stopped: bool,
    /// The instant the clock was last due for the case: every timed letter
    /// due before it was written then (the clock's instant is never later
    /// than a timed letter not yet written), so none is worked out again.
    pub timed_from: Option<DateTime<Utc>>,
}

impl CaseLetters<'_> {
    /// The letters of the filing: the receipt, whose link opens the case
    /// with `access_code` (after `#`, so that browsers never send it to a
    /// server), and the company's notice; then any timed letter already due
    /// (a complaint first made more than eight weeks ago). With them, when
    /// the next timed letter falls due.
    pub fn at_receipt(&self, access_code: &str) -> Written {
        // The case page in the case's language, whatever the browser's.
        let link = format!("{}/status/{}?lang={}#{access_code}", self.public_url, self.reference, self.lang.tag());
        let links = Links { case: link, staff: self.staff_link(), stop: self.stop_link() };
        let milestones = self.milestones();
        let facts = self.facts(&milestones, &links);
        let receipt = redress_core::letters::receipt(&facts, access_code);
        let mut letters: Vec<NewLetter> = self.addressed(&receipt, None).into_iter().collect();
        letters.extend(self.addressed(&redress_core::letters::new_case(&facts), None));
        self.with_timed(&facts, letters)
    }

    /// The letters `events` call for, each with what its author wrote and
    /// the documents it encloses (upload ids, sent with its letters to the
    /// customer), and any timed letter now due; with when the next timed
    /// letter falls due.
    pub fn after(&self, events: &[(&Event, Option<&str>, &[String])]) -> Written {
        let (milestones, links) = (self.milestones(), self.links());
        let facts = self.facts(&milestones, &links);
        let mut letters = Vec::new();
        for (event, message, enclosed) in events {
            for letter in redress_core::letters::after_event(&facts, event, *message) {
                let mut row = self.addressed(&letter, None);
                if letter.to == Addressee::Customer
                    && let Some(row) = &mut row
                {
                    row.attachments = enclosed.to_vec();
                }
                letters.extend(row);
            }
        }
        self.with_timed(&facts, letters)
    }

    /// The letter that tells the customer this case was merged into `kept`,
    /// with the look-up that shows it, addressed as every letter to them is.
    pub fn merged_into(&self, kept: &str) -> Option<NewLetter> {
        let link = lookup_link(self.public_url, self.reference, self.lang);
        self.addressed(&redress_core::letters::merged(self.policy, self.lang, self.reference, kept, &link), None)
    }

    /// `letters`, and the timed letters of `facts`: those due now added to
    /// them (but those written before, see `timed_from`), the first to come
    /// as the next instant.
    fn with_timed(&self, facts: &CaseFacts<'_>, mut letters: Vec<NewLetter>) -> Written {
        let timed = self.timed(facts);
        let written_before = |timed: &&Timed| self.timed_from.is_some_and(|from| timed.at < from);
        let due = timed.iter().filter(|timed| timed.at <= self.now).filter(|timed| !written_before(timed));
        letters.extend(due.flat_map(|timed| self.addressed(&timed.letter, Some(&timed.once))));
        let next_timed_at = timed.iter().map(|timed| timed.at).filter(|at| *at > self.now).min();
        Written { letters, next_timed_at }
    }

    fn timed(&self, facts: &CaseFacts<'_>) -> Vec<Timed> {
        redress_core::letters::timed(facts).unwrap_or_else(|error| {
            tracing::warn!(case = %self.reference, error = %error, "its timed letters cannot be worked out");
            Vec::new()
        })
    }

    /// The links of every letter but the receipt, whose case link opens the
    /// case at once: this one opens the look-up form with the reference
    /// filled in, for the access code.
    fn links(&self) -> Links {
        Links {
            case: lookup_link(self.public_url, self.reference, self.lang),
            staff: self.staff_link(),
            stop: self.stop_link(),
        }
    }

    /// Where the customer stops the emails about the case.
    fn stop_link(&self) -> String {
        format!(
            "{}/letters/stop/{}/{}",
            self.public_url,
            self.reference,
            crate::secrets::letters_token(self.access_hash)
        )
    }

    /// Where the company's staff open the case, in their console.
    fn staff_link(&self) -> String {
        format!("{}/staff/cases/{}", self.public_url, self.reference)
    }

    fn milestones(&self) -> Vec<MilestoneState> {
        self.state.milestones(self.policy, self.now).unwrap_or_default()
    }

    fn facts<'f>(&'f self, milestones: &'f [MilestoneState], links: &'f Links) -> CaseFacts<'f> {
        CaseFacts {
            policy: self.policy,
            reference: self.reference,
            lang: self.lang,
            received_on: self.policy.time_zone.local_date(self.received_at),
            today: self.policy.time_zone.local_date(self.now),
            answers: self.answers,
            state: self.state,
            milestones,
            case_link: &links.case,
            staff_link: &links.staff,
            stop_link: &links.stop,
        }
    }

    /// `letter` in words for the outbox, if it has somewhere to go.
    fn addressed(&self, letter: &Letter, once: Option<&str>) -> Option<NewLetter> {
        let (recipient, unsubscribe) = match letter.to {
            Addressee::Customer if self.stopped => return None,
            Addressee::Customer => (customer_address(self.answers)?, Some(self.stop_link())),
            Addressee::Company => (company_address(self.policy)?, None),
            Addressee::Staff => return None,
        };
        let mut row = outbox_row(letter, self.policy, recipient, self.public_url, once);
        row.unsubscribe = unsubscribe;
        Some(row)
    }
}

/// The look-up form with `reference` filled in, in `lang`: the customer
/// types the access code.
pub fn lookup_link(public_url: &str, reference: &str, lang: Lang) -> String {
    format!("{public_url}/status?reference={reference}&lang={}", lang.tag())
}

/// The links a case's letters carry.
struct Links {
    case: String,
    staff: String,
    stop: String,
}

/// The morning's list of `policy`'s cases due by tomorrow (`cases`, `more`
/// if there are others), for its complaints team: none when there is
/// nothing to list or nowhere to send it.
pub fn morning_list(
    policy: &Policy,
    today: NaiveDate,
    cases: &[DueCase],
    more: bool,
    public_url: &str,
) -> Option<NewLetter> {
    let address = company_address(policy)?;
    let letter = redress_core::letters::digest(policy, today, cases, more, &format!("{public_url}/staff"))?;
    Some(outbox_row(&letter, policy, address, public_url, Some(&format!("digest:{today}"))))
}

/// The letter that carries `code` to a member of `policy`'s staff at
/// `address`, in `lang`.
pub fn sign_in_code(policy: &Policy, lang: Lang, code: &str, address: &str, public_url: &str) -> NewLetter {
    let minutes = u32::try_from(crate::store::CODE_LIFETIME.num_minutes()).unwrap_or(u32::MAX);
    let letter = redress_core::letters::sign_in_code(policy, lang, code, minutes);
    outbox_row(&letter, policy, address, public_url, None)
}

/// A new Message-ID at the portal's host (`REDRESS_PUBLIC_URL`'s), the
/// same at every attempt to send the letter. It starts with the time it
/// was made, so that the outbox's unique index grows at its end rather than
/// at a random place in it (a million cases hold two million letters).
fn new_message_id(public_url: &str) -> String {
    let host = public_url.split("://").nth(1).unwrap_or(public_url).split(['/', ':']).next().unwrap_or("localhost");
    let made = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_micros();
    let unique = crate::secrets::new_reference().to_lowercase();
    format!("<{made:x}.{unique}@{}>", if host.is_empty() { "localhost" } else { host })
}

/// `letter` in words, for the outbox.
fn outbox_row(letter: &Letter, policy: &Policy, recipient: &str, public_url: &str, once: Option<&str>) -> NewLetter {
    let words = render::words(letter);
    NewLetter {
        provider: policy.id.to_string(),
        kind: letter.kind.as_str().to_string(),
        recipient: recipient.to_string(),
        message_id: new_message_id(public_url),
        subject: words.subject,
        body_text: words.text,
        body_html: words.html,
        once: once.map(str::to_string),
        unsubscribe: None,
        attachments: Vec::new(),
    }
}

/// The email address the customer gave on the form, if any.
pub fn customer_address(answers: &Answers) -> Option<&str> {
    match answers.get(FieldId::Email.as_str()) {
        Some(FieldValue::Text(text)) if !text.trim().is_empty() => Some(text.trim()),
        _ => None,
    }
}

/// Where the company's complaints team is told of its cases: the address
/// its policy gives its team (`[letters] team`), else the email channel
/// where it takes complaints.
pub fn company_address(policy: &Policy) -> Option<&str> {
    if let Some(team) = policy.letters.as_ref().and_then(|letters| letters.team.as_deref()) {
        return Some(team);
    }
    complaints_channel(policy)
}

/// The email address where the company takes complaints, as its policy
/// publishes it.
pub fn complaints_channel(policy: &Policy) -> Option<&str> {
    policy
        .channels
        .iter()
        .filter(|channel| channel.kind == ChannelKind::Email && channel.accepted)
        .find(|channel| channel.purposes.contains(&ChannelPurpose::Complaints))
        .and_then(|channel| channel.address.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_name_the_portal_s_host() {
        assert!(new_message_id("https://portal.example/").ends_with("@portal.example>"));
        assert!(new_message_id("http://127.0.0.1:8080").ends_with("@127.0.0.1>"));
    }
}
