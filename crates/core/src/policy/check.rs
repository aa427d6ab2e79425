//! Consistency rules a policy must satisfy beyond its types: references
//! between fields, kinds, milestones and events must resolve, and each rule
//! must make sense for the role it plays.
//! Whether the calendar a policy names exists is a question for the data
//! folder it is read with (`read.rs`).

use std::collections::BTreeSet;
use std::fmt;

use super::schema::*;

/// One thing wrong with a policy, located by a path such as
/// `kinds.complaint.fields.represented_name.required_if`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "field `{}`: {}", self.path, self.message)
    }
}

/// Whether `text` can be a provider's id: lowercase letters, digits and
/// hyphens, as in the provider's addresses (`/kijoma/complain`).
pub fn is_provider_id(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every problem of the policy, empty when it is sound.
pub fn check_policy(policy: &Policy) -> Vec<Problem> {
    let mut problems = Problems::default();
    check_identity(policy, &mut problems);
    for (index, channel) in policy.channels.iter().enumerate() {
        check_channel(&format!("channels[{index}]"), channel, &mut problems);
    }
    check_kinds(policy, &mut problems);
    check_adr(policy, &mut problems);
    for origin in policy.embed_origins.iter() {
        if !is_origin(origin) {
            problems.add(
                "embed_origins",
                format!("`{origin}` is not an origin like https://example.com (scheme and host, no path)"),
            );
        }
    }
    if let Some(retention) = policy.retention
        && retention.years == 0
    {
        problems.add("retention.years", "must be at least 1");
    }
    if let Some(letters) = &policy.letters {
        check_letter_addresses(letters, &mut problems);
    }
    problems.0
}

fn check_letter_addresses(letters: &LetterAddresses, problems: &mut Problems) {
    // `Name <address>` or a bare address, on one line: it becomes a header.
    if let Some(from) = &letters.from {
        let address = from.rsplit_once('<').map_or(from.as_ref(), |(_, rest)| rest.trim_end_matches('>'));
        if !is_email_address(address) || from.contains(char::is_control) {
            problems.add("letters.from", format!("`{from}` is not a sender like `Name <complaints@example.com>`"));
        }
    }
    if let Some(team) = &letters.team
        && !is_email_address(team)
    {
        problems.add("letters.team", format!("`{team}` is not an email address"));
    }
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem { path: path.into(), message: message.into() });
    }
}

/// Addresses of the portal itself, which a provider's id would shadow
/// (a provider's pages are at `/<id>`).
const RESERVED_IDS: [&str; 7] = ["api", "embed", "healthz", "letters", "locales", "staff", "status"];

fn check_identity(policy: &Policy, problems: &mut Problems) {
    let id_ok = is_provider_id(&policy.id);
    if !id_ok {
        problems.add("id", "must be lowercase letters, digits and hyphens");
    }
    if RESERVED_IDS.contains(&&*policy.id) {
        problems.add("id", format!("`{}` is an address of the portal itself; choose another id", policy.id));
    }
    if policy.name.trim().is_empty() {
        problems.add("name", "must not be empty");
    }
    if policy.time_zone.0.parse::<chrono_tz::Tz>().is_err() {
        problems.add("time_zone", format!("`{}` is not a time zone of the IANA database", policy.time_zone.0));
    }
    if !is_provider_id(&policy.holidays.name) {
        problems.add("holidays", "must name a calendar: lowercase letters, digits and hyphens");
    }
    if policy.languages.is_empty() {
        problems.add("languages", "must list at least one language");
    }
    if has_duplicates(policy.languages.iter()) {
        problems.add("languages", "lists a language twice");
    }
}

fn check_channel(path: &str, channel: &Channel, problems: &mut Problems) {
    if let Some(address) = &channel.address {
        let valid = match channel.kind {
            ChannelKind::Email => is_email_address(address),
            ChannelKind::Phone | ChannelKind::Fax => is_phone_number(address),
            ChannelKind::Website | ChannelKind::WebForm => {
                address.starts_with("https://") || address.starts_with("www.")
            }
            _ => !address.trim().is_empty(),
        };
        if !valid {
            problems.add(format!("{path}.address"), format!("`{address}` is not a valid {:?} address", channel.kind));
        }
    }
    if let Some(hours) = &channel.hours {
        match (parse_hhmm(&hours.opens), parse_hhmm(&hours.closes)) {
            (Some(opens), Some(closes)) if opens < closes => {}
            (Some(_), Some(_)) => problems.add(format!("{path}.hours"), "must open before it closes"),
            _ => problems.add(format!("{path}.hours"), "opens and closes must be HH:MM"),
        }
    }
}

fn check_kinds(policy: &Policy, problems: &mut Problems) {
    if policy.kinds.is_empty() {
        problems.add("kinds", "must list at least one case kind");
    }
    if has_duplicates(policy.kinds.iter().map(|kind| kind.id)) {
        problems.add("kinds", "lists a case kind twice");
    }
    if !policy.kinds.iter().any(|kind| kind.direct) {
        problems.add("kinds", "needs at least one kind a customer can open directly");
    }
    for kind in policy.kinds.iter() {
        let path = format!("kinds.{}", kind.id.as_str());
        check_escalation(policy, kind, &path, problems);
        check_fields(kind, &path, problems);
        check_milestones(policy, kind, &path, problems);
        check_actions(policy, kind, &path, problems);
    }
}

fn check_escalation(policy: &Policy, kind: &CaseKind, path: &str, problems: &mut Problems) {
    if !kind.direct && kind.escalates_from.is_empty() {
        problems.add(format!("{path}.direct"), "a kind that cannot be opened directly must list `escalates_from`");
    }
    for from in kind.escalates_from.iter() {
        let Some(earlier) = policy.kinds.iter().find(|k| k.id == *from) else {
            problems
                .add(format!("{path}.escalates_from"), format!("`{}` is not a kind of this provider", from.as_str()));
            continue;
        };
        if earlier.id == kind.id {
            problems.add(format!("{path}.escalates_from"), "a kind cannot escalate into itself");
        }
        if !earlier.customer_actions.contains(&EventKind::Escalated) {
            problems.add(
                format!("kinds.{}.customer_actions", earlier.id.as_str()),
                format!("must include `escalated`, since `{}` escalates from it", kind.id.as_str()),
            );
        }
        if let Some(window) = kind.escalation_window {
            let is_window = earlier.milestones.iter().any(|m| m.name == window && m.role == MilestoneRole::Window);
            if !is_window {
                problems.add(
                    format!("{path}.escalation_window"),
                    format!("`{}` is not a `window` milestone of `{}`", window.as_str(), earlier.id.as_str()),
                );
            }
        }
    }
}

fn check_fields(kind: &CaseKind, path: &str, problems: &mut Problems) {
    if has_duplicates(kind.fields.iter().map(|field| field.id)) {
        problems.add(format!("{path}.fields"), "lists a field twice");
    }
    let has = |id: FieldId| kind.fields.iter().any(|field| field.id == id);
    if !kind.fields.iter().any(|f| f.id == FieldId::Description && f.required) {
        problems.add(format!("{path}.fields"), "must have a required `description`");
    }
    if !has(FieldId::Email) && !has(FieldId::Phone) {
        problems.add(format!("{path}.fields"), "must ask for an email address or a phone number");
    }
    let represents = kind.representation != Representation::NotStated;
    if represents != has(FieldId::OnBehalf) {
        problems.add(
            format!("{path}.representation"),
            "`on_behalf` must be a field exactly when someone else may complain for the customer",
        );
    }
    if (kind.representation == Representation::WrittenAuthorization) != has(FieldId::Authorization) {
        problems.add(
            format!("{path}.representation"),
            "`authorization` must be a field exactly when written authorization is required",
        );
    }
    for field in kind.fields.iter() {
        check_field(kind, field, &format!("{path}.fields.{}", field.id.as_str()), problems);
    }
    if kind.contact_any_of.len() == 1 {
        problems.add(format!("{path}.contact_any_of"), "lists one field: make it `required` instead");
    }
    for id in kind.contact_any_of.iter() {
        match kind.fields.iter().find(|f| f.id == *id) {
            Some(field) if matches!(field.input, Input::Email | Input::Tel) && !field.required => {}
            _ => problems.add(
                format!("{path}.contact_any_of"),
                format!("`{}` must be an email or phone field of this kind that is not `required`", id.as_str()),
            ),
        }
    }
}

fn check_field(kind: &CaseKind, field: &Field, path: &str, problems: &mut Problems) {
    if field.input == Input::Choice {
        if field.options.is_empty() {
            problems.add(format!("{path}.options"), "a choice needs options");
        }
        for option in field.options.iter() {
            if !is_snake_id(option) {
                problems.add(format!("{path}.options"), format!("`{option}` must be a snake_case id"));
            }
        }
        if has_duplicates(field.options.iter()) {
            problems.add(format!("{path}.options"), "lists an option twice");
        }
    } else if !field.options.is_empty() {
        problems.add(format!("{path}.options"), "only a `choice` field has options");
    }
    if field.max_items.is_some() && field.input != Input::Domain {
        problems.add(format!("{path}.max_items"), "only a `domain` field has `max_items`");
    }
    if field.warn_if_older_than.is_some() && field.input != Input::Date {
        problems.add(format!("{path}.warn_if_older_than"), "only a `date` field can warn about its age");
    }
    if field.max_length == Some(0) {
        problems.add(format!("{path}.max_length"), "must be at least 1");
    }
    if let Some(condition) = &field.required_if {
        check_condition(kind, field, condition, &format!("{path}.required_if"), problems);
    }
}

fn check_condition(kind: &CaseKind, field: &Field, condition: &Condition, path: &str, problems: &mut Problems) {
    if field.required {
        problems.add(path, "a field is either `required` or `required_if`, not both");
    }
    let Some(other) = kind.fields.iter().find(|f| f.id == condition.field) else {
        problems.add(path, format!("`{}` is not a field of this kind", condition.field.as_str()));
        return;
    };
    if other.id == field.id {
        problems.add(path, "a field cannot depend on itself");
    }
    let fits = match (&condition.equals, other.input) {
        (ConditionValue::Bool(_), Input::Checkbox) => true,
        (ConditionValue::Text(value), Input::Choice) => other.options.contains(value),
        _ => false,
    };
    if !fits {
        problems.add(
            path,
            format!(
                "`{}` can only be compared with a checkbox's true/false or one of a choice's options",
                other.id.as_str()
            ),
        );
    }
}

fn check_milestones(policy: &Policy, kind: &CaseKind, path: &str, problems: &mut Problems) {
    if has_duplicates(kind.milestones.iter().map(|m| m.name)) {
        problems.add(format!("{path}.milestones"), "lists a milestone twice");
    }
    for milestone in kind.milestones.iter() {
        let path = format!("{path}.milestones.{}", milestone.name.as_str());
        let amount = match milestone.clock {
            Clock::BusinessDays(n) | Clock::Weeks(n) | Clock::Months(n) => n,
        };
        if amount == 0 {
            problems.add(format!("{path}.clock"), "must run for at least one unit");
        }
        for event in milestone.met_by.iter() {
            let possible = kind.staff_actions.contains(event) || kind.customer_actions.contains(event);
            if !possible {
                problems.add(format!("{path}.met_by"), format!("`{}` is not an action of this kind", event.as_str()));
            }
        }
        match milestone.role {
            MilestoneRole::Deadline | MilestoneRole::Window if milestone.met_by.is_empty() => {
                problems.add(format!("{path}.met_by"), "a deadline or window must say what meets it");
            }
            _ => {}
        }
        if let Some(event) = milestone.on_lapse {
            if event.actor() != Actor::Clock {
                problems.add(format!("{path}.on_lapse"), format!("`{}` is not a clock event", event.as_str()));
            }
            if !matches!(milestone.role, MilestoneRole::Window | MilestoneRole::Lapse) {
                problems.add(format!("{path}.on_lapse"), "only a window or a lapse has a lapse event");
            }
        } else if milestone.role == MilestoneRole::Lapse {
            problems.add(format!("{path}.on_lapse"), "a lapse must say what it records");
        }
        if milestone.role == MilestoneRole::Opens
            && policy.adr.as_ref().map(|a| a.eligible_from) != Some(milestone.name)
        {
            problems.add(format!("{path}.role"), "an `opens` milestone must be the ADR scheme's `eligible_from`");
        }
        if milestone.delay_notice && milestone.role != MilestoneRole::Deadline {
            problems.add(format!("{path}.delay_notice"), "only a deadline can be put back by a delay notice");
        }
        if milestone.strength == Strength::Aim && milestone.role != MilestoneRole::Deadline {
            problems.add(format!("{path}.strength"), "only a deadline can be an aim");
        }
        if milestone.from == Anchor::FirstContact && !kind.fields.iter().any(|f| f.id == FieldId::FirstContactDate) {
            problems.add(format!("{path}.from"), "counting from first contact needs a `first_contact_date` field");
        }
    }
    // A step staff can take exactly when the policy gives it something to act on.
    let steps = [
        (EventKind::DelayNotified, kind.milestones.iter().any(|m| m.delay_notice), "a milestone with `delay_notice`"),
        (
            EventKind::FirstContactCorrected,
            kind.milestones.iter().any(|m| m.from == Anchor::FirstContact),
            "a milestone counted from first contact",
        ),
    ];
    for (step, needed, what) in steps {
        if kind.staff_actions.contains(&step) != needed {
            problems.add(
                format!("{path}.staff_actions"),
                format!("`{}` belongs in the staff actions exactly when the kind has {what}", step.as_str()),
            );
        }
    }
    if kind.closing == Closing::OnGrounds {
        if !kind.staff_actions.contains(&EventKind::Closed) {
            problems.add(format!("{path}.closing"), "closing on grounds needs `closed` among the staff actions");
        }
    } else if kind.milestones.iter().any(|m| m.role == MilestoneRole::MayClose) {
        problems.add(format!("{path}.closing"), "a `may_close` milestone needs `closing = \"on_grounds\"`");
    }
}

fn check_actions(policy: &Policy, kind: &CaseKind, path: &str, problems: &mut Problems) {
    for event in kind.customer_actions.iter() {
        if event.actor() != Actor::Customer || *event == EventKind::Received {
            problems.add(
                format!("{path}.customer_actions"),
                format!("`{}` is not something a customer does", event.as_str()),
            );
        }
    }
    for event in kind.staff_actions.iter() {
        if event.actor() != Actor::Staff {
            problems.add(format!("{path}.staff_actions"), format!("`{}` is not something staff do", event.as_str()));
        }
    }
    if kind.customer_actions.contains(&EventKind::Escalated)
        && !policy.kinds.iter().any(|k| k.escalates_from.contains(&kind.id))
    {
        problems
            .add(format!("{path}.customer_actions"), "`escalated` needs another kind that `escalates_from` this one");
    }
    let uses_adr = kind.staff_actions.contains(&EventKind::DeadlockLetterIssued)
        || kind.customer_actions.contains(&EventKind::AdrReferralRequested);
    if uses_adr && policy.adr.is_none() {
        problems.add(format!("{path}.staff_actions"), "deadlock letters and ADR referrals need an `adr` scheme");
    }
}

fn check_adr(policy: &Policy, problems: &mut Problems) {
    let Some(adr) = &policy.adr else { return };
    let opens_somewhere = policy
        .kinds
        .iter()
        .any(|kind| kind.milestones.iter().any(|m| m.name == adr.eligible_from && m.role == MilestoneRole::Opens));
    if !opens_somewhere {
        problems.add(
            "adr.eligible_from",
            format!("no kind has an `opens` milestone named `{}`", adr.eligible_from.as_str()),
        );
    }
    if let Some(email) = &adr.email
        && !is_email_address(email)
    {
        problems.add("adr.email", format!("`{email}` is not an email address"));
    }
    if let Some(phone) = &adr.phone
        && !is_phone_number(phone)
    {
        problems.add("adr.phone", format!("`{phone}` is not a phone number"));
    }
    if adr.apply_within_months == 0 {
        problems.add("adr.apply_within_months", "must be at least 1");
    }
    if let Some(rule) = &adr.open_to {
        let choices: Vec<&Field> = policy
            .kinds
            .iter()
            .flat_map(|kind| kind.fields.iter())
            .filter(|field| field.id == rule.field && field.input == Input::Choice)
            .collect();
        if choices.is_empty() {
            problems.add("adr.open_to.field", format!("`{}` is not a choice of any kind", rule.field.as_str()));
        }
        for value in rule.one_of.iter() {
            if !choices.is_empty() && !choices.iter().all(|field| field.options.contains(value)) {
                problems.add("adr.open_to.one_of", format!("`{value}` is not an option of `{}`", rule.field.as_str()));
            }
        }
    }
}

fn has_duplicates<T: Ord>(items: impl Iterator<Item = T>) -> bool {
    let mut seen = BTreeSet::new();
    items.into_iter().any(|item| !seen.insert(item))
}

fn is_snake_id(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn is_email_address(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, domain)) => !local.is_empty() && domain.contains('.') && !text.contains(char::is_whitespace),
        None => false,
    }
}

fn is_phone_number(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        && text.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '*' | '(' | ')'))
}

fn parse_hhmm(text: &str) -> Option<u32> {
    let (hours, minutes) = text.split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

pub fn is_origin(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://")) else {
        return false;
    };
    !rest.is_empty() && !rest.contains(['/', '?', '#', '@', ' '])
}
