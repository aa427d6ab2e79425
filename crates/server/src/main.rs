//! `redress`: the portal's server and its operator commands.

mod policy_command;
mod serve;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// Serve the web app (configured by REDRESS_ADDR and REDRESS_DIST).
    Serve,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Policy { command } => policy_command::run(command),
        Command::Serve => serve::run(),
    }
}
