//! `redress mail outbox`: what the operator needs to know of the letters:
//! how many went, which wait (with their tries and the mail server's last
//! words), and which failed for good.

use std::process::ExitCode;

use clap::Subcommand;

use crate::serve::with_store;
use crate::store::OutboxEntry;

#[derive(Subcommand)]
pub enum MailCommand {
    /// The letters not sent: waiting (when they are tried next) or failed
    /// for good, oldest first, each with its tries and last error; then how
    /// many were sent (DATABASE_URL selects the database).
    Outbox,
}

pub fn run(command: MailCommand) -> ExitCode {
    let MailCommand::Outbox = command;
    with_store(|store| async move {
        match store.outbox().await {
            Ok((entries, sent)) => {
                for entry in &entries {
                    println!("{}", entry_line(entry));
                }
                let failed = entries.iter().filter(|entry| entry.failed_at.is_some()).count();
                println!("{sent} sent, {} waiting, {failed} failed", entries.len() - failed);
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: {error}");
                ExitCode::FAILURE
            }
        }
    })
}

/// One letter on one line: id, state, provider, kind, recipient, written,
/// tries, and the mail server's last answer.
fn entry_line(entry: &OutboxEntry) -> String {
    let state = match (&entry.failed_at, &entry.next_attempt_at) {
        (Some(at), _) => format!("failed {at}"),
        (None, Some(next)) => format!("waiting, next try {next}"),
        (None, None) => "waiting".to_string(),
    };
    let error = entry
        .last_error
        .as_deref()
        .map(|e| format!("  last error: {}", e.replace(['\r', '\n'], " ")))
        .unwrap_or_default();
    format!(
        "{}\t{state}\t{}\t{}\t{}\twritten {}\t{} tries{error}",
        entry.id, entry.provider, entry.kind, entry.recipient, entry.created_at, entry.attempts
    )
}
