//! `redress staff token …`: the operator gives a provider's complaints staff
//! access, sees who has it, and takes it away. A token is printed once, when
//! it is created; only its hash is stored.

use std::process::ExitCode;

use clap::Subcommand;

use crate::secrets;
use crate::serve::with_store;
use crate::store::{StaffTokenRecord, Store};

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Staff tokens (DATABASE_URL selects the database).
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

pub fn run(command: StaffCommand) -> ExitCode {
    let StaffCommand::Token { command } = command;
    // Arguments are checked before the database is opened.
    match &command {
        TokenCommand::Create { provider, name } => {
            if let Err(code) = known_provider(provider) {
                return code;
            }
            let name = name.trim();
            if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
                return usage_error("--name must be 1 to 100 characters on one line");
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
    let time = |at: chrono::DateTime<chrono::Utc>| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let state = token.revoked_at.map_or("active".to_string(), |at| format!("revoked {}", time(at)));
    format!("{}\t{}\t{}\tcreated {}\t{state}", token.id, token.provider, token.name, time(token.created_at))
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
}
