//! `redress policy list | show | milestones | timeline | check`: the policies
//! as operators read them, and a policy file checked before it is deployed.

use std::fmt::Write as _;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::Subcommand;
use redress_core::policy::{
    Anchor, Clock, Closing, ConditionValue, KindId, Milestone, MilestoneRole, Policy, Strength,
};
use redress_core::timeline::{Timeline, timeline};

use crate::policies;

#[derive(Subcommand)]
pub enum PolicyCommand {
    /// One provider id per line, with its name.
    List,
    /// Checks policy files as the server will read them (from the folder
    /// REDRESS_POLICIES names): each problem with its file, field and rule.
    Check {
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
    },
    /// A provider's policy, readable.
    Show { id: String },
    /// Every provider's milestones as a Markdown table (README.md carries a copy).
    Milestones,
    /// The milestones of a case received at an instant.
    Timeline {
        id: String,
        /// The case kind, e.g. complaint.
        #[arg(long)]
        kind: String,
        /// When the case was received, as an RFC 3339 instant (2026-12-18T10:00:00Z).
        #[arg(long)]
        received: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// A usage error: one line on stderr and exit code 2, like clap's own.
fn usage_error(message: String) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

pub fn run(command: PolicyCommand) -> ExitCode {
    let result = match command {
        PolicyCommand::Check { files } => return check(&files),
        PolicyCommand::List => Ok(list()),
        PolicyCommand::Milestones => Ok(milestones_table()),
        PolicyCommand::Show { id } => find(&id).map(show),
        PolicyCommand::Timeline { id, kind, received, json } => {
            find(&id).and_then(|policy| print_timeline(policy, &kind, &received, json))
        }
    };
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => usage_error(message),
    }
}

/// Each file's verdict; exit code 1 if any file has a problem.
fn check(files: &[std::path::PathBuf]) -> ExitCode {
    let mut failed = false;
    for file in files {
        // The calendars are those the file's folder would run with.
        let folder = file.parent().unwrap_or(std::path::Path::new("."));
        let read = policies::read_calendars(folder).and_then(|calendars| policies::read_file(file, &calendars));
        match read {
            Ok(policy) => println!("ok: {} ({}), provider `{}`", file.display(), policy.name, policy.id),
            Err(problems) => {
                failed = true;
                eprintln!("{problems}");
            }
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn find(id: &str) -> Result<&'static Policy, String> {
    policies::find(id).ok_or_else(|| {
        let valid: Vec<&str> = policies::all().iter().map(|p| &*p.id).collect();
        format!("unknown provider `{id}`; valid providers: {}", valid.join(", "))
    })
}

fn list() -> String {
    policies::all().iter().map(|p| format!("{}\t{}\n", p.id, p.name)).collect()
}

/// The README's table of every provider's milestones.
pub fn milestones_table() -> String {
    let mut out = String::from(
        "| Provider | Case kind | Milestone | Due | Counted from | Kind of step |\n|---|---|---|---|---|---|\n",
    );
    for policy in policies::all() {
        for kind in policy.kinds.iter() {
            for milestone in kind.milestones.iter() {
                let role = role_text(milestone);
                let _ = writeln!(
                    out,
                    "| {} | `{}` | `{}` | {} | {} | {role} |",
                    policy.name,
                    kind.id.as_str(),
                    milestone.name.as_str(),
                    clock_text(milestone.clock),
                    anchor_text(milestone.from),
                );
            }
        }
    }
    out
}

/// What a milestone means, in the words the pages use.
fn role_text(milestone: &Milestone) -> String {
    let role = match (milestone.role, milestone.strength) {
        (MilestoneRole::Deadline, Strength::Commitment) => "the company must act",
        (MilestoneRole::Deadline, Strength::Aim) => "the company aims to act (not a promise)",
        (MilestoneRole::Window, _) => "the customer may act until then",
        (MilestoneRole::Opens, _) => "an option opens for the customer",
        (MilestoneRole::Lapse, _) => "the case lapses",
        (MilestoneRole::MayClose, _) => "the company may close the case from then; nothing closes by itself",
    };
    if milestone.delay_notice {
        format!("{role}, or give a later date and its reason before then")
    } else {
        role.to_string()
    }
}

fn print_timeline(policy: &Policy, kind: &str, received: &str, json: bool) -> Result<String, String> {
    let unknown_kind = || {
        format!("provider `{}` has no case kind `{kind}`; valid kinds: {}", policy.id, policy.kind_names().join(", "))
    };
    let kind = KindId::parse(kind).ok_or_else(unknown_kind)?;
    let received = DateTime::parse_from_rfc3339(received)
        .map_err(|e| format!("`{received}` is not an RFC 3339 instant such as 2026-12-18T10:00:00Z ({e})"))?
        .with_timezone(&Utc);
    let timeline = timeline(policy, kind, received, None).map_err(|e| e.to_string())?;
    Ok(if json {
        serde_json::to_string(&timeline).expect("a timeline serializes") + "\n"
    } else {
        timeline_text(policy, &timeline)
    })
}

fn timeline_text(policy: &Policy, timeline: &Timeline) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", policy.name, timeline.kind.as_str());
    let _ = writeln!(out, "received        {}", timeline.received.to_rfc3339());
    let _ = writeln!(out, "day of receipt  {} ({})", timeline.day_of_receipt, policy.time_zone.name());
    for milestone in timeline.milestones.iter() {
        let _ = writeln!(out, "{:<26}{}", milestone.name.as_str(), milestone.due);
    }
    for later in &timeline.later {
        let _ = writeln!(
            out,
            "{:<26}{} after the {}",
            later.name.as_str(),
            clock_text(later.clock),
            anchor_text(later.from)
        );
    }
    out
}

fn clock_text(clock: Clock) -> String {
    match clock {
        Clock::BusinessDays(n) => format!("{n} business days"),
        Clock::Weeks(n) => format!("{n} weeks"),
        Clock::Months(n) => format!("{n} months"),
    }
}

fn anchor_text(anchor: Anchor) -> &'static str {
    match anchor {
        Anchor::Receipt => "day of receipt",
        Anchor::Response => "company's answer",
        Anchor::FirstContact => "first contact (the date the customer gives, else receipt)",
    }
}

fn show(policy: &Policy) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({})", policy.name, policy.id);
    if let Some(legal) = &policy.legal_name {
        let _ = writeln!(out, "legal name      {legal}");
    }
    let _ = writeln!(out, "source          {}", policy.source);
    let _ = writeln!(out, "jurisdiction    {:?}", policy.jurisdiction);
    let _ = writeln!(out, "time zone       {}", policy.time_zone.name());
    let _ = writeln!(out, "holidays        {}", policy.holidays.name);
    let languages: Vec<&str> = policy.languages.iter().map(|l| l.tag()).collect();
    let _ = writeln!(out, "languages       {}", languages.join(", "));
    if let Some(retention) = policy.retention {
        let _ = writeln!(
            out,
            "retention       {}{} years",
            if retention.at_least { "at least " } else { "" },
            retention.years
        );
    }
    let _ = writeln!(out, "\nchannels");
    for channel in policy.channels.iter() {
        let address = channel.address.as_deref().unwrap_or("(not published)").replace('\n', ", ");
        let refused = if channel.accepted { "" } else { "  NOT ACCEPTED" };
        let _ = writeln!(out, "  {:<16}{address}{refused}", format!("{:?}", channel.kind));
        if let Some(hours) = &channel.hours {
            let _ = writeln!(out, "  {:<16}{:?} {}–{}", "", hours.days, hours.opens, hours.closes);
        }
        for note in channel.notes.iter() {
            let _ = writeln!(out, "  {:<16}note: {note:?}", "");
        }
    }
    for kind in policy.kinds.iter() {
        let _ = writeln!(out, "\ncase kind: {}", kind.id.as_str());
        if !kind.direct {
            let _ = writeln!(out, "  only by escalation");
        }
        if !kind.escalates_from.is_empty() {
            let from: Vec<&str> = kind.escalates_from.iter().map(|k| k.as_str()).collect();
            let _ = writeln!(out, "  escalates from  {}", from.join(", "));
        }
        let _ = writeln!(out, "  representation  {:?}", kind.representation);
        let documents = &kind.documents;
        let _ = writeln!(
            out,
            "  documents       {}",
            match (documents.accepted, documents.required) {
                (false, _) => "not accepted".to_string(),
                (true, true) => format!("required, up to {}", documents.max_files),
                (true, false) => format!("optional, up to {}", documents.max_files),
            }
        );
        let _ = writeln!(out, "  fields");
        for field in kind.fields.iter() {
            let need = match (&field.required, &field.required_if) {
                (true, _) => "required".to_string(),
                (false, Some(condition)) => {
                    let value = match &condition.equals {
                        ConditionValue::Bool(flag) => flag.to_string(),
                        ConditionValue::Text(text) => text.to_string(),
                    };
                    format!("required if {} = {value}", condition.field.as_str())
                }
                (false, None) if kind.contact_any_of.contains(&field.id) => {
                    let any: Vec<&str> = kind.contact_any_of.iter().map(|f| f.as_str()).collect();
                    format!("at least one of {}", any.join(", "))
                }
                (false, None) => "optional".to_string(),
            };
            let _ =
                writeln!(out, "    {:<28}{:<10}{need}", field.id.as_str(), format!("{:?}", field.input).to_lowercase());
        }
        let _ = writeln!(out, "  milestones");
        for milestone in kind.milestones.iter() {
            let _ = writeln!(
                out,
                "    {:<28}{} after the {}: {}",
                milestone.name.as_str(),
                clock_text(milestone.clock),
                anchor_text(milestone.from),
                role_text(milestone)
            );
        }
        if kind.closing == Closing::OnGrounds {
            let _ = writeln!(
                out,
                "  closing         only from a may-close date, or while information asked for is outstanding; with a reason"
            );
        }
        for promise in kind.promises.iter() {
            let _ = writeln!(out, "  promises        {promise:?}");
        }
        let customer: Vec<&str> = kind.customer_actions.iter().map(|e| e.as_str()).collect();
        let staff: Vec<&str> = kind.staff_actions.iter().map(|e| e.as_str()).collect();
        let _ = writeln!(out, "  customer may   {}", customer.join(", "));
        let _ = writeln!(out, "  staff may      {}", staff.join(", "));
    }
    if let Some(adr) = &policy.adr {
        let _ = writeln!(out, "\nADR scheme: {}", adr.name);
        for (label, value) in [("address", &adr.address), ("phone", &adr.phone), ("email", &adr.email)] {
            if let Some(value) = value {
                let _ = writeln!(out, "  {label:<14}{}", value.replace('\n', ", "));
            }
        }
        let _ = writeln!(out, "  {:<14}{}", "website", adr.website);
        let _ = writeln!(
            out,
            "  {:<14}from `{}`; apply within {} months of deadlock",
            "eligible",
            adr.eligible_from.as_str(),
            adr.apply_within_months
        );
        if let Some(rule) = &adr.open_to {
            let _ = writeln!(out, "  {:<14}`{}` one of {}", "open to", rule.field.as_str(), rule.one_of.join(", "));
        }
    }
    out
}
