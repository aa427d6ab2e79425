//! `redress staff …`: the operator gives a provider's complaints staff
//! access, sees who has it, and takes it away.
//! - `add`, `list`, `remove`: the members who sign in to the console with a
//!   code sent to their email address. Removing one ends their sessions.
//! - `token …`: tokens for integrations; a token is printed once, when it
//!   is created; only its hash is stored.

use std::process::ExitCode;

use clap::Subcommand;

use crate::secrets;
use crate::serve::with_store;
use crate::store::{StaffAccount, StaffTokenRecord, Store, StoreError};

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Add a member of a provider's complaints staff, who signs in to the
    /// console with a code sent to this address (DATABASE_URL selects the
    /// database).
    Add {
        #[arg(long)]
        provider: String,
        #[arg(long)]
        email: String,
        /// Shown to colleagues on the steps they record.
        #[arg(long)]
        name: String,
    },
    /// List the members: id, provider, email, name, when added, and whether removed.
    List {
        /// Only this provider's.
        #[arg(long)]
        provider: Option<String>,
    },
    /// Remove a member: they cannot sign in from now on, and their sessions end at once.
    Remove {
        #[arg(long)]
        provider: String,
        #[arg(long)]
        email: String,
    },
    /// Staff tokens, for integrations.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
}

#[derive(Subcommand)]
pub enum TokenCommand {
    /// Create a token for one provider's complaints staff.
    Create {
        #[arg(long)]
        provider: String,
        /// Who the token is for, shown to colleagues on the events they record.
        #[arg(long)]
        name: String,
    },
    /// List the tokens (never the tokens themselves): id, provider, name,
    /// when created, and whether revoked.
    List {
        /// Only this provider's.
        #[arg(long)]
        provider: Option<String>,
    },
    /// Revoke a token by the id `list` prints: it opens nothing from now on.
    Revoke { id: i64 },
}

/// A mistake in the command itself: exit code 2, as for a bad argument.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

fn known_provider(provider: &str) -> Result<(), ExitCode> {
    if crate::policies::find(provider).is_some() {
        return Ok(());
    }
    let valid: Vec<&str> = crate::policies::all().iter().map(|p| &*p.id).collect();
    Err(usage_error(&format!("unknown provider `{provider}`; valid providers: {}", valid.join(", "))))
}

/// A name to show colleagues: one line of 1 to 100 characters.
fn checked_name(name: &str) -> Result<&str, ExitCode> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(usage_error("--name must be 1 to 100 characters on one line"));
    }
    Ok(name)
}

/// The address as it is stored and compared (`store::member_email`).
fn checked_email(email: &str) -> Result<String, ExitCode> {
    crate::store::member_email(email)
        .map_err(|_| usage_error(&format!("--email `{}` is not an email address", email.trim())))
}

pub fn run(command: StaffCommand) -> ExitCode {
    let command = match command {
        StaffCommand::Token { command } => command,
        StaffCommand::Add { provider, email, name } => {
            let checked = known_provider(&provider).and_then(|()| Ok((checked_email(&email)?, checked_name(&name)?)));
            let (email, name) = match checked {
                Ok((email, name)) => (email, name.to_string()),
                Err(code) => return code,
            };
            return with_store(|store| async move { add(&store, &provider, &email, &name).await });
        }
        StaffCommand::List { provider } => {
            if let Some(Err(code)) = provider.as_deref().map(known_provider) {
                return code;
            }
            return with_store(|store| async move { list_members(&store, provider.as_deref()).await });
        }
        StaffCommand::Remove { provider, email } => {
            let email = match known_provider(&provider).and_then(|()| checked_email(&email)) {
                Ok(email) => email,
                Err(code) => return code,
            };
            return with_store(|store| async move { remove(&store, &provider, &email).await });
        }
    };
    // Arguments are checked before the database is opened.
    match &command {
        TokenCommand::Create { provider, name } => {
            if let Err(code) = known_provider(provider).and_then(|()| checked_name(name).map(|_| ())) {
                return code;
            }
        }
        TokenCommand::List { provider: Some(provider) } => {
            if let Err(code) = known_provider(provider) {
                return code;
            }
        }
        TokenCommand::List { provider: None } | TokenCommand::Revoke { .. } => {}
    }
    with_store(|store| async move {
        match command {
            TokenCommand::Create { provider, name } => create(&store, &provider, name.trim()).await,
            TokenCommand::List { provider } => list(&store, provider.as_deref()).await,
            TokenCommand::Revoke { id } => revoke(&store, id).await,
        }
    })
}

async fn add(store: &Store, provider: &str, email: &str, name: &str) -> ExitCode {
    match store.add_staff_account(provider, email, name, chrono::Utc::now()).await {
        Ok(id) => {
            println!("{id}");
            eprintln!("{name} <{email}> can now sign in to {provider}'s console at /staff with a code sent by email.");
            ExitCode::SUCCESS
        }
        Err(StoreError::Conflict) => usage_error(&format!("{provider} has a member with the address {email} already")),
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn list_members(store: &Store, provider: Option<&str>) -> ExitCode {
    match store.staff_accounts(provider).await {
        Ok(members) => {
            for member in &members {
                println!("{}", member_line(member));
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The id, provider, email, name, `added <instant>` and `active` or `removed <instant>`, separated by tabs.
fn member_line(member: &StaffAccount) -> String {
    let state = member.removed_at.map_or("active".to_string(), |at| format!("removed {}", instant(at)));
    let (id, provider, email, name) = (member.id, &member.provider, &member.email, &member.name);
    format!("{id}\t{provider}\t{email}\t{name}\tadded {}\t{state}", instant(member.created_at))
}

fn instant(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

async fn remove(store: &Store, provider: &str, email: &str) -> ExitCode {
    match store.remove_staff_account(provider, email, chrono::Utc::now()).await {
        Ok(true) => {
            eprintln!("Removed {email} from {provider}'s staff; their sessions have ended.");
            ExitCode::SUCCESS
        }
        Ok(false) => {
            usage_error(&format!("{provider} has no member with the address {email}; `redress staff list` shows them"))
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn create(store: &Store, provider: &str, name: &str) -> ExitCode {
    let token = secrets::new_staff_token();
    match store.insert_staff_token(provider, name, &secrets::hash_token(&token), chrono::Utc::now()).await {
        Ok(()) => {
            println!("{token}");
            eprintln!("Staff token for {name} at {provider}. It is shown only now; store it safely.");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn list(store: &Store, provider: Option<&str>) -> ExitCode {
    match store.staff_tokens(provider).await {
        Ok(tokens) => {
            for token in &tokens {
                println!("{}", token_line(token));
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The id, provider, name, `created <instant>` and `active` or `revoked <instant>`, separated by tabs.
fn token_line(token: &StaffTokenRecord) -> String {
    let state = token.revoked_at.map_or("active".to_string(), |at| format!("revoked {}", instant(at)));
    format!("{}\t{}\t{}\tcreated {}\t{state}", token.id, token.provider, token.name, instant(token.created_at))
}

async fn revoke(store: &Store, id: i64) -> ExitCode {
    let tokens = match store.staff_tokens(None).await {
        Ok(tokens) => tokens,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let Some(token) = tokens.iter().find(|token| token.id == id) else {
        return usage_error(&format!("no staff token has the id {id}; `redress staff token list` shows them"));
    };
    match store.revoke_staff_token(id, chrono::Utc::now()).await {
        Ok(true) => {
            eprintln!("Revoked token {id} of {} at {}.", token.name, token.provider);
            ExitCode::SUCCESS
        }
        Ok(false) => usage_error(&format!("staff token {id} is already revoked")),
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_listed_on_one_line_without_its_secret() {
        let mut token = StaffTokenRecord {
            id: 3,
            provider: "kijoma".into(),
            name: "Sam Jones".into(),
            created_at: "2026-11-22T10:00:00.123456Z".parse().unwrap(),
            revoked_at: None,
        };
        assert_eq!(token_line(&token), "3\tkijoma\tSam Jones\tcreated 2026-11-22T10:00:00Z\tactive");
        token.revoked_at = Some("2026-12-01T09:30:00Z".parse().unwrap());
        assert_eq!(
            token_line(&token),
            "3\tkijoma\tSam Jones\tcreated 2026-11-22T10:00:00Z\trevoked 2026-12-01T09:30:00Z"
        );
    }

    #[test]
    fn a_member_is_listed_on_one_line() {
        let mut member = StaffAccount {
            id: 4,
            provider: "kijoma".into(),
            email: "sam@kijoma.example".into(),
            name: "Sam Jones".into(),
            created_at: "2026-11-22T10:00:00Z".parse().unwrap(),
            removed_at: None,
        };
        assert_eq!(
            member_line(&member),
            "4\tkijoma\tsam@kijoma.example\tSam Jones\tadded 2026-11-22T10:00:00Z\tactive"
        );
        member.removed_at = Some("2026-12-01T09:30:00Z".parse().unwrap());
        assert!(member_line(&member).ends_with("\tremoved 2026-12-01T09:30:00Z"));
    }
}
