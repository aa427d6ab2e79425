//! `redress`: the portal's server and its operator commands.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use redress_server::{db_command, mail_command, policies, policy_command, serve, staff_command};

#[derive(Parser)]
#[command(name = "redress", version, about = "Complaint portal: server and operator tools")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Inspect the providers' complaint policies.
    Policy {
        #[command(subcommand)]
        command: policy_command::PolicyCommand,
    },
    /// Run the API and serve the web app (configured by environment; see README).
    Serve,
    /// Back up the database.
    Db {
        #[command(subcommand)]
        command: db_command::DbCommand,
    },
    /// Manage staff access.
    Staff {
        #[command(subcommand)]
        command: staff_command::StaffCommand,
    },
    /// The letters the portal sends.
    Mail {
        #[command(subcommand)]
        command: mail_command::MailCommand,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Every command runs with the same providers: the bundled policies, or
    // those of the folder REDRESS_POLICIES names, read and checked first.
    if let Some(folder) = std::env::var_os("REDRESS_POLICIES").filter(|folder| !folder.is_empty())
        && let Err(problems) = policies::use_folder(std::path::Path::new(&folder))
    {
        eprintln!("error: REDRESS_POLICIES: the policies cannot be used:\n{problems}");
        return ExitCode::FAILURE;
    }
    match cli.command {
        Command::Policy { command } => policy_command::run(command),
        Command::Serve => serve::run(),
        Command::Db { command } => db_command::run(command),
        Command::Staff { command } => staff_command::run(command),
        Command::Mail { command } => mail_command::run(command),
    }
}
