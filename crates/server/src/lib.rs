//! The redress server: HTTP API, storage, and the operators' commands.
//! `main.rs` is the `redress` binary; tests drive the same code.

pub mod case;
pub mod clock;
pub mod db_command;
pub mod export;
pub mod http;
pub mod letters;
pub mod listen;
pub mod mail;
pub mod mail_command;
pub mod morning_lists;
pub mod policies;
pub mod policy_command;
pub mod queue;
pub mod report_sheets;
pub mod reports;
pub mod secrets;
pub mod seed;
pub mod serve;
pub mod staff_command;
pub mod store;
pub mod sweeper;
pub mod unicode;
