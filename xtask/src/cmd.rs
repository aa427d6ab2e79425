//! Running commands and reporting steps.

use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

pub fn command(program: impl AsRef<OsStr>) -> Command {
    Command::new(program)
}

/// Runs a command with inherited output; a non-zero exit is an error naming it.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = describe(command);
    let status = command.status().map_err(|e| format!("cannot start `{shown}`: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("`{shown}` failed ({status})")) }
}

/// Runs a command and returns its standard output, or `None` if it cannot run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let output = command.output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

pub fn cargo(root: &Path, args: &[&str]) -> Result<(), String> {
    run(command(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())).args(args).current_dir(root))
}

fn describe(command: &Command) -> String {
    let mut shown = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        shown.push(' ');
        shown.push_str(&arg.to_string_lossy());
    }
    shown
}

/// Announces a step, runs it and reports how long it took.
pub fn step<T>(name: &str, body: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    println!("\n==> {name}");
    let started = Instant::now();
    let result = body();
    let seconds = started.elapsed().as_secs_f32();
    match &result {
        Ok(_) => println!("==> {name}: ok ({seconds:.1} s)"),
        Err(_) => println!("==> {name}: FAILED ({seconds:.1} s)"),
    }
    result
}

/// The steps of `cargo xtask test`, for a summary at the end.
pub struct Step {
    done: Vec<(String, f32)>,
}

impl Step {
    pub fn list() -> Step {
        Step { done: Vec::new() }
    }

    pub fn run(&mut self, name: &str, body: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
        let started = Instant::now();
        step(name, body)?;
        self.done.push((name.to_string(), started.elapsed().as_secs_f32()));
        Ok(())
    }

    pub fn summary(&self) {
        println!("\nall checks passed:");
        for (name, seconds) in &self.done {
            println!("  {seconds:>7.1} s  {name}");
        }
    }
}
