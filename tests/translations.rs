//! The translations, checked natively:
//! - every message of every language reads the same through the app's own
//!   Fluent reader as through `fluent-bundle`, the reference implementation;
//! - every text the policies can put in front of a customer (fields, hints,
//!   options, channels, milestones, ADR details) exists in every language.

use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use redress_app::i18n::{Arg, Catalog, Numbers};
use redress_app::labels;
use redress_core::lifecycle::{MilestoneStatus, Stage};
use redress_core::policy::{self, EventKind, Input, Lang};
use redress_core::validation::ErrorCode;
use unic_langid::LanguageIdentifier;

/// All of a language's `.ftl` files, as the build serves them (`/locales/<lang>.ftl`).
fn source(lang: Lang) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang.tag());
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect::<Vec<_>>().join("\n")
}

fn catalog(lang: Lang) -> Catalog {
    Catalog::parse(&source(lang)).unwrap_or_else(|e| panic!("{}: line {}: {}", lang.tag(), e.line, e.message))
}

/// A language's plural rules from the same CLDR data as fluent-bundle's, and
/// plain digits as fluent-bundle writes them (the numbers compared stay below
/// a thousand, where every language here writes the same digits).
struct Counting<'a>(&'a PluralRules);

impl Numbers for Counting<'_> {
    fn plural(&self, n: i64) -> &'static str {
        match self.0.select(n).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        }
    }

    fn digits(&self, n: i64) -> String {
        n.to_string()
    }
}

const NUMBERS: [&str; 16] = [
    "count", "days", "max", "seconds", "months", "current", "total", "percent", "amount", "most", "received", "closed",
    "open", "cases", "on_time", "settled",
];
const TEXTS: [&str; 39] = [
    "label",
    "language",
    "reason",
    "email",
    "minutes",
    "date",
    "name",
    "provider",
    "scheme",
    "reference",
    "opens",
    "closes",
    "address",
    "clock",
    "milestone",
    "reason",
    "search",
    "languages",
    "company",
    "link",
    "value",
    "text",
    "item",
    "operator",
    "contact",
    "old",
    "website",
    "step",
    "overdue",
    "today",
    "tomorrow",
    "code",
    "kept",
    "into",
    "customer",
    "outcome",
    "half",
    "deadline",
    "to",
];
/// Variables that choose a variant by a word, with each word the app passes.
const CHOICES: [(&str, &[&str]); 8] = [
    ("kind", &["complaint", "inquiry", "abuse_report"]),
    ("action", &["manager_review_requested", "adr_referral_requested", "withdrawn"]),
    ("next", &["manager", "escalate", "none"]),
    ("role", &["aim", "deadline_or_notice", "window", "opens", "lapse", "may_close", "deadline"]),
    ("by", &["staff", "customer"]),
    ("from", &["response", "first_contact", "receipt"]),
    ("promise", &["status", "every_step"]),
    ("holidays", &["none", "england"]),
];

#[test]
fn the_app_reads_every_message_as_fluent_bundle_does() {
    for lang in Lang::ALL {
        let langid: LanguageIdentifier = lang.tag().parse().unwrap();
        let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL).unwrap();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.add_resource(FluentResource::try_new(source(lang)).unwrap()).unwrap();
        let ours = catalog(lang);
        let mut ids: Vec<&str> = ours.ids().collect();
        ids.sort();
        assert!(ids.len() > 250, "{}: only {} messages", lang.tag(), ids.len());
        for (round, n) in [0_i64, 1, 2, 3, 5, 11, 21, 22, 101].into_iter().enumerate() {
            let mut args = FluentArgs::new();
            let mut our_args: Vec<(&str, Arg)> = Vec::new();
            for (name, words) in CHOICES {
                let word = words[round % words.len()];
                args.set(name, FluentValue::from(word));
                our_args.push((name, Arg::Text(word.into())));
            }
            for name in NUMBERS {
                args.set(name, FluentValue::from(n));
                our_args.push((name, Arg::Number(n)));
            }
            for name in TEXTS {
                args.set(name, FluentValue::from(format!("<{name}>")));
                our_args.push((name, Arg::Text(format!("<{name}>"))));
            }
            for id in &ids {
                let message =
                    bundle.get_message(id).unwrap_or_else(|| panic!("{}: {id} unknown to fluent-bundle", lang.tag()));
                let mut errors = Vec::new();
                let expected = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} {id}: {errors:?}", lang.tag());
                let actual = ours.format(id, &our_args, &Counting(&rules));
                assert_eq!(actual, expected, "{} {id} with {n}", lang.tag());
            }
        }
    }
}

#[test]
fn every_policy_text_exists_in_every_language() {
    let catalogs: Vec<(Lang, Catalog)> = Lang::ALL.into_iter().map(|lang| (lang, catalog(lang))).collect();
    let mut ids: Vec<String> = Vec::new();
    for policy in policy::all() {
        ids.push(labels::jurisdiction(policy.jurisdiction).into());
        for channel in policy.channels.iter() {
            ids.push(labels::channel(channel.kind).into());
            ids.extend(channel.purposes.iter().map(|p| labels::channel_purpose(*p).to_string()));
            ids.extend(channel.notes.iter().map(|n| labels::channel_note(*n).to_string()));
        }
        for kind in policy.kinds.iter() {
            ids.push(labels::kind(kind.id).into());
            ids.push(labels::kind_hint(kind.id).into());
            for field in kind.fields.iter() {
                ids.push(labels::field_label(field.id).into());
                ids.push(labels::field_required(field.id).into());
                ids.extend(labels::field_hint(field.id).map(String::from));
                if field.input == Input::Choice {
                    for option in field.options.iter() {
                        let id = labels::option(field.id, option).unwrap_or_else(|| {
                            panic!("{}: option `{option}` of {:?} has no message", policy.id, field.id)
                        });
                        ids.push(id.into());
                    }
                }
            }
            ids.extend(kind.milestones.iter().map(|m| labels::milestone(m.name).to_string()));
            ids.extend(kind.customer_actions.iter().map(|a| labels::action(*a).to_string()));
        }
        if let Some(adr) = &policy.adr {
            ids.extend(adr.excludes.iter().map(|e| labels::adr_exclusion(*e).to_string()));
            ids.extend(adr.needs.iter().map(|n| labels::adr_evidence(*n).to_string()));
        }
    }
    ids.extend(Stage::ALL.iter().map(|s| labels::stage(*s).to_string()));
    ids.extend(EventKind::ALL.iter().map(|e| labels::event(*e).to_string()));
    for status in [MilestoneStatus::Pending, MilestoneStatus::Met, MilestoneStatus::Missed, MilestoneStatus::Stopped] {
        ids.push(labels::milestone_status(status).into());
    }
    for code in [ErrorCode::Required, ErrorCode::InvalidEmail, ErrorCode::TooLong, ErrorCode::UnknownDocument] {
        ids.push(labels::error(code).into());
    }
    for (lang, catalog) in &catalogs {
        for id in &ids {
            assert!(catalog.contains(id), "locales/{}: no message `{id}`", lang.tag());
        }
    }
}
