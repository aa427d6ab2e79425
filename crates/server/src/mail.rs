//! Sending the outbox's letters by SMTP (lettre, async on tokio), one
//! server at a time (`Work::Outbox`): a letter that goes is marked sent; one
//! the mail server refuses for now waits longer each time and is tried
//! again for two days; one it refuses for good, or that waited two days,
//! is marked failed with the mail server's words, for the operators
//! (`redress mail outbox`) and the provider's staff to see. Intake never
//! waits for any of this: a letter is a row written with its event.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::clock::Clock;
use crate::store::{Delivery, OutgoingLetter, Store, Work};

/// How the portal sends its letters (`REDRESS_SMTP_URL`, `REDRESS_MAIL_FROM`).
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// `smtp://host:port`, `smtp://user:pass@host:port?tls=required`,
    /// `smtps://…`; `None`: letters wait in the outbox.
    pub smtp_url: Option<String>,
    /// The sender of every letter, e.g. `Complaints <complaints@portal.example>`.
    pub from: Mailbox,
}

/// The sender when `REDRESS_MAIL_FROM` is not set.
pub const DEFAULT_FROM: &str = "redress <complaints@localhost>";

/// How long a letter is tried before it is given up.
const GIVE_UP_AFTER: chrono::Duration = chrono::Duration::hours(48);

/// Letters taken from the outbox at a time.
const BATCH: i64 = 100;

/// Letters being sent at once, each over a connection of the pool. Each
/// letter waits on the mail server's round trips (and, on loopback, on
/// TCP's delayed acknowledgement of its last line, about 40 ms), so letters
/// a second grow with the connections used: 8 gave 172/s to a local sink.
const IN_FLIGHT: usize = 32;

/// How often the sender looks for letters due.
const EVERY: Duration = Duration::from_secs(2);

/// How long a letter waits after its `attempts`th failure: half a minute,
/// doubling, at most an hour.
pub fn backoff(attempts: i64) -> chrono::Duration {
    let seconds = 30i64.saturating_mul(1 << attempts.clamp(0, 7));
    chrono::Duration::seconds(seconds.min(3_600))
}

/// Sends the outbox's letters until the process ends.
pub async fn run(store: Store, clock: Clock, settings: MailSettings) {
    let Some(url) = settings.smtp_url.clone() else { return };
    let transport = match AsyncSmtpTransport::<Tokio1Executor>::from_url(&url) {
        Ok(builder) => builder
            .timeout(Some(Duration::from_secs(30)))
            .pool_config(PoolConfig::new().max_size(IN_FLIGHT as u32))
            .build(),
        Err(error) => {
            tracing::error!(error = %error, "REDRESS_SMTP_URL cannot be used; letters wait in the outbox");
            return;
        }
    };
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        if let Err(error) = send_due(&store, clock, &settings, &transport).await {
            tracing::warn!(error = %error, "sending letters failed; trying again shortly");
        }
    }
}

/// One round: the letters due now, in batches until none is left, each
/// sent or rescheduled; a few at once, over the transport's pool of
/// connections.
async fn send_due(
    store: &Store,
    clock: Clock,
    settings: &MailSettings,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
) -> Result<(), String> {
    let Some(turn) = store.take_turn(Work::Outbox).await.map_err(|e| e.to_string())? else {
        return Ok(());
    };
    loop {
        let due = store.due_letters(clock.now(), BATCH).await.map_err(|e| e.to_string())?;
        let mut deliveries = Vec::with_capacity(due.len());
        for letters in due.chunks(IN_FLIGHT) {
            let sending = letters.iter().map(|letter| deliver(letter, clock, settings, transport));
            deliveries.extend(futures_util::future::join_all(sending).await);
        }
        store.record_deliveries(&deliveries).await.map_err(|e| e.to_string())?;
        if (due.len() as i64) < BATCH {
            break;
        }
    }
    turn.end().await.map_err(|e| e.to_string())
}

/// Sends one letter; what became of it.
async fn deliver(
    letter: &OutgoingLetter,
    clock: Clock,
    settings: &MailSettings,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
) -> Delivery {
    let outcome = match message(letter, &sender(&letter.provider, &settings.from)) {
        Ok(message) => transport.send(message).await.map(|_| ()).map_err(|error| {
            let permanent = error.is_permanent();
            (error.to_string(), permanent)
        }),
        Err(why) => Err((why, true)),
    };
    let now = clock.now();
    match outcome {
        Ok(()) => Delivery::Sent { id: letter.id, at: now },
        Err((error, permanent)) if permanent || now - letter.created_at >= GIVE_UP_AFTER => {
            tracing::warn!(letter = letter.id, provider = %letter.provider, error = %error, "a letter failed for good");
            Delivery::Failed { id: letter.id, at: now, error }
        }
        Err((error, _)) => Delivery::Postponed { id: letter.id, next: now + backoff(letter.attempts + 1), error },
    }
}

/// Who a provider's letters come from: its policy's sender (`[letters]
/// from`), else the operator's address (`REDRESS_MAIL_FROM`) under the
/// provider's name, so that the customer sees whose letter it is. Always an
/// address of the portal's, never a customer's.
fn sender(provider: &str, default: &Mailbox) -> Mailbox {
    let Some(policy) = crate::policies::find(provider) else { return default.clone() };
    let own = policy.letters.as_ref().and_then(|letters| letters.from.as_ref()?.parse::<Mailbox>().ok());
    own.unwrap_or_else(|| Mailbox::new(Some(policy.name.to_string()), default.email.clone()))
}

/// Where a customer's reply to a letter goes: the company's published
/// complaints address, for the letters to customers; none for the
/// company's own.
fn reply_to(letter: &OutgoingLetter) -> Option<Mailbox> {
    if matches!(letter.kind.as_str(), "new_case" | "customer_step" | "digest" | "sign_in_code") {
        return None;
    }
    let policy = crate::policies::find(&letter.provider)?;
    crate::letters::complaints_channel(policy)?.parse().ok()
}

/// The letter as a message: plain text and HTML alternatives, its own
/// Message-ID at every attempt.
fn message(letter: &OutgoingLetter, from: &Mailbox) -> Result<Message, String> {
    let to: Mailbox =
        letter.recipient.parse().map_err(|e| format!("the address `{}` is not one: {e}", letter.recipient))?;
    let mut builder = Message::builder().from(from.clone()).to(to);
    if let Some(reply_to) = reply_to(letter) {
        builder = builder.reply_to(reply_to);
    }
    // A mail program's own "unsubscribe" (RFC 8058): it posts to the link,
    // as the page's button does; a scanner that only follows it stops nothing.
    if let Some(link) = &letter.unsubscribe {
        let header = |name, value| HeaderValue::new(HeaderName::new_from_ascii_str(name), value);
        builder = builder
            .raw_header(header("List-Unsubscribe", format!("<{link}>")))
            .raw_header(header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click".to_string()));
    }
    builder
        .subject(letter.subject.clone())
        .message_id(Some(letter.message_id.clone()))
        .date(std::time::SystemTime::from(letter.created_at))
        .multipart(body(letter)?)
        .map_err(|e| e.to_string())
}

/// The plain text and HTML alternatives, with the documents the letter
/// carries attached after them.
fn body(letter: &OutgoingLetter) -> Result<MultiPart, String> {
    let words = MultiPart::alternative_plain_html(letter.body_text.clone(), letter.body_html.clone());
    if letter.attachments.is_empty() {
        return Ok(words);
    }
    let mut mixed = MultiPart::mixed().multipart(words);
    for document in &letter.attachments {
        let media_type = ContentType::parse(&document.media_type).map_err(|e| e.to_string())?;
        mixed = mixed.singlepart(Attachment::new(document.name.clone()).body(document.data.clone(), media_type));
    }
    Ok(mixed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn a_letter_waits_longer_each_time_up_to_an_hour() {
        let waits: Vec<i64> = (1..=9).map(|n| backoff(n).num_seconds()).collect();
        assert_eq!(waits, [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
        // Enough tries in two days, whatever the hour's wait.
        let total: i64 = (1..=60).map(|n| backoff(n).num_seconds()).sum();
        assert!(total >= GIVE_UP_AFTER.num_seconds());
    }

    fn letter(kind: &str, recipient: &str) -> OutgoingLetter {
        OutgoingLetter {
            id: 1,
            provider: "kijoma".into(),
            kind: kind.into(),
            recipient: recipient.into(),
            message_id: "<1@x>".into(),
            subject: "s".into(),
            body_text: "t".into(),
            body_html: "<p>t</p>".into(),
            created_at: Utc::now(),
            attempts: 0,
            unsubscribe: None,
            attachments: Vec::new(),
        }
    }

    #[test]
    fn a_letter_to_an_address_that_is_none_fails_for_good() {
        assert!(message(&letter("receipt", "not an address"), &DEFAULT_FROM.parse().unwrap()).is_err());
    }

    #[test]
    fn a_customer_s_letter_comes_under_the_company_s_name_and_replies_go_to_its_complaints_address() {
        let default: Mailbox = DEFAULT_FROM.parse().unwrap();
        assert_eq!(sender("kijoma", &default).to_string(), "Kijoma Broadband <complaints@localhost>");
        let receipt = letter("receipt", "ada@example.org");
        assert_eq!(reply_to(&receipt).unwrap().to_string(), "Customercare@kijoma.co.uk");
        assert_eq!(reply_to(&letter("new_case", "team@kijoma.example")), None, "the company's own notices");
    }
}
