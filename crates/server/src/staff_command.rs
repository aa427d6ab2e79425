//! `redress staff token create --provider <id> --name <who>`: prints a new
//! staff token once; only its hash is stored.

use std::process::ExitCode;

use clap::Subcommand;

use crate::secrets;
use crate::serve::database_url;
use crate::store::Store;

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Staff tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
}

#[derive(Subcommand)]
pub enum TokenCommand {
    /// Create a token for one provider's complaints staff (DATABASE_URL selects the database).
    Create {
        #[arg(long)]
        provider: String,
        /// Who the token is for, shown to colleagues on the events they record.
        #[arg(long)]
        name: String,
    },
}

pub fn run(command: StaffCommand) -> ExitCode {
    let StaffCommand::Token { command: TokenCommand::Create { provider, name } } = command;
    if redress_core::policy::find(&provider).is_none() {
        let valid: Vec<&str> = redress_core::policy::all().iter().map(|p| &*p.id).collect();
        eprintln!("error: unknown provider `{provider}`; valid providers: {}", valid.join(", "));
        return ExitCode::from(2);
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        eprintln!("error: --name must be 1 to 100 characters on one line");
        return ExitCode::from(2);
    }
    let runtime = tokio::runtime::Runtime::new().expect("start the async runtime");
    runtime.block_on(async {
        let store = match Store::connect(&database_url()).await {
            Ok(store) => store,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        };
        let token = secrets::new_staff_token();
        match store.insert_staff_token(&provider, name, &secrets::hash_code(&token), chrono::Utc::now()).await {
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
    })
}
