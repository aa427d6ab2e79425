//! The ADR letter (Ofcom General Condition C4): when the company sends its
//! deadlock letter, or when the complaint is still open once the scheme's
//! milestone comes (eight weeks), the customer is told in writing that they
//! may take it to the ombudsman scheme, who that is, how to reach it, that
//! it is free, whom it takes, by when to apply and what to bring.

use chrono::{Months, NaiveDate};

use super::{Arg, CaseFacts, Letter, LetterKind, Line, list_item, one_line_address, quoted};
use crate::lifecycle::{MilestoneState, MilestoneStatus};
use crate::policy::{AdrEvidence, AdrExclusion, AdrScheme};

/// What calls for the ADR letter.
pub enum AdrCause<'a> {
    /// The company's deadlock letter, with what it wrote.
    Deadlock(Option<&'a str>),
    /// The scheme's milestone came with the complaint still open.
    Time { since: NaiveDate },
}

/// The provider's scheme, if it has one that takes this customer.
pub(super) fn scheme<'a>(facts: &CaseFacts<'a>) -> Option<&'a AdrScheme> {
    facts.policy.adr.as_ref().filter(|scheme| scheme.takes(facts.answers))
}

/// The case's milestone that opens the scheme, as it stands.
pub(super) fn milestone<'a>(facts: &CaseFacts<'a>, scheme: &AdrScheme) -> Option<&'a MilestoneState> {
    facts.milestones.iter().find(|m| m.name == scheme.eligible_from && m.status != MilestoneStatus::Stopped)
}

pub fn letter(facts: &CaseFacts<'_>, scheme: &AdrScheme, cause: AdrCause<'_>) -> Letter {
    let company = facts.company();
    let name = Arg::Text(scheme.name.to_string());
    let mut paragraphs = vec![facts.greeting()];
    match cause {
        AdrCause::Deadlock(message) => {
            paragraphs.push(Line::new(
                "letter-adr-deadlock",
                vec![("company", company.clone()), ("reference", facts.reference())],
            ));
            paragraphs.extend(quoted(message));
        }
        AdrCause::Time { since } => paragraphs.push(Line::new(
            "letter-adr-time",
            vec![("company", company.clone()), ("reference", facts.reference()), ("date", Arg::Date(since))],
        )),
    }
    paragraphs.push(Line::new("letter-adr-scheme", vec![("scheme", name.clone()), ("company", company.clone())]));
    if scheme.free {
        paragraphs.push(Line::new("letter-adr-free", vec![]));
    }
    if let Some(operator) = &scheme.operator {
        paragraphs.push(Line::new("letter-adr-operator", vec![("operator", Arg::Text(operator.to_string()))]));
    }
    if let Some(amount) = scheme.max_award_gbp {
        paragraphs.push(Line::new(
            "case-adr-max-award",
            vec![("amount", Arg::Text(super::whole_number(facts.lang, amount)))],
        ));
    }
    if let Some(rule) = &scheme.open_to {
        paragraphs.push(Line::new("case-adr-only-for", vec![("scheme", name.clone())]));
        let field = rule.field.as_str().replace('_', "-");
        for value in rule.one_of.iter() {
            paragraphs.push(list_item(Arg::Message(format!("option-{field}-{}", value.replace('_', "-")))));
        }
    }
    if !scheme.excludes.is_empty() {
        paragraphs.push(Line::new("case-adr-excludes", vec![]));
        paragraphs.extend(scheme.excludes.iter().map(|&exclusion| list_item(Arg::Message(excluded(exclusion).into()))));
    }
    let apply_by = facts.today.checked_add_months(Months::new(scheme.apply_within_months)).unwrap_or(facts.today);
    paragraphs.push(Line::new(
        "letter-adr-apply-by",
        vec![
            ("scheme", name.clone()),
            ("date", Arg::Date(apply_by)),
            ("months", Arg::Text(scheme.apply_within_months.to_string())),
        ],
    ));
    if !scheme.needs.is_empty() {
        paragraphs.push(Line::new("case-adr-needs", vec![]));
        paragraphs.extend(scheme.needs.iter().map(|&need| list_item(Arg::Message(needed(need).into()))));
    }
    if scheme.accepts_representatives {
        paragraphs.push(Line::new("case-adr-representatives", vec![]));
    }
    paragraphs.push(Line::new("letter-adr-reach", vec![("scheme", name.clone())]));
    let website = Some(("letter-adr-website", scheme.website.to_string()));
    let phone = scheme.phone.as_ref().map(|phone| ("letter-adr-phone", phone.to_string()));
    let email = scheme.email.as_ref().map(|email| ("letter-adr-email", email.to_string()));
    let post = scheme.address.as_ref().map(|address| ("letter-adr-post", one_line_address(address)));
    for (message, value) in [website, phone, email, post].into_iter().flatten() {
        paragraphs.push(Line::item(message, vec![("value", Arg::Text(value))]));
    }
    let subject = Line::new("letter-adr-subject", vec![("reference", facts.reference()), ("scheme", name)]);
    facts.to_customer(LetterKind::Adr, subject, paragraphs)
}

/// One line on the scheme, for a letter that is not the ADR letter: open
/// now, or from its date.
pub(super) fn reminder(facts: &CaseFacts<'_>) -> Option<Line> {
    let scheme = scheme(facts)?;
    let milestone = milestone(facts, scheme)?;
    let args = |date: Option<chrono::NaiveDate>| {
        let mut args =
            vec![("scheme", Arg::Text(scheme.name.to_string())), ("website", Arg::Text(scheme.website.to_string()))];
        args.extend(date.map(|date| ("date", Arg::Date(date))));
        args
    };
    match (milestone.status, milestone.due) {
        (MilestoneStatus::Met, _) => Some(Line::new("letter-adr-open-now", args(None))),
        (_, Some(due)) => Some(Line::new("letter-adr-open-from", args(Some(due)))),
        _ => None,
    }
}

fn excluded(exclusion: AdrExclusion) -> &'static str {
    match exclusion {
        AdrExclusion::Fraud => "adr-excludes-fraud",
        AdrExclusion::PropertyDamage => "adr-excludes-property-damage",
        AdrExclusion::Discrimination => "adr-excludes-discrimination",
        AdrExclusion::DataProtection => "adr-excludes-data-protection",
    }
}

fn needed(evidence: AdrEvidence) -> &'static str {
    match evidence {
        AdrEvidence::FirstComplaintDate => "adr-needs-first-complaint-date",
        AdrEvidence::DeadlockLetterDate => "adr-needs-deadlock-letter-date",
        AdrEvidence::ComplaintDetails => "adr-needs-complaint-details",
        AdrEvidence::RemedySought => "adr-needs-remedy-sought",
        AdrEvidence::Documents => "adr-needs-documents",
    }
}
