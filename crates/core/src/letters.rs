//! The letters the portal writes: which letter an event calls for, to whom,
//! and what it says, as messages of `locales/<lang>/letters.ftl` with their
//! arguments. The server renders them (Fluent, text and HTML) and sends
//! them; nothing here writes a sentence, and every date is written as the
//! case page writes it ([`long_date`]).

use chrono::{Datelike, NaiveDate};

use crate::lifecycle::{MilestoneState, MilestoneStatus};
use crate::policy::{KindId, Lang, MilestoneName, MilestoneRole, Policy};

/// Who a letter is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addressee {
    /// The customer, at the email address of the form.
    Customer,
    /// The company's complaints team, at the address its policy gives.
    Company,
}

/// Which letter it is, as the outbox records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterKind {
    /// To the customer: the complaint is received; its reference, its
    /// deadlines, what happens next and where to follow it.
    Receipt,
    /// To the company: a case has come in.
    NewCase,
}

impl LetterKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::Receipt => "receipt",
            LetterKind::NewCase => "new_case",
        }
    }
}

/// A value in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text as it is (a name, a reference, an address).
    Text(String),
    /// A date, written as the case page writes it in the letter's language.
    Date(NaiveDate),
    /// The text of another message (a milestone's name, a kind's).
    Message(String),
}

/// One paragraph of a letter, or its subject: a message and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub message: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Line {
    fn new(message: &'static str, args: Vec<(&'static str, Arg)>) -> Line {
        Line { message, args }
    }
}

/// A letter, before it is put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub kind: LetterKind,
    pub to: Addressee,
    pub lang: Lang,
    pub subject: Line,
    pub paragraphs: Vec<Line>,
}

/// What a letter says of its case.
pub struct CaseFacts<'a> {
    pub policy: &'a Policy,
    pub kind: KindId,
    pub reference: &'a str,
    /// The provider's local day of receipt.
    pub received_on: NaiveDate,
    /// The customer's name, as the form gave it, if it did.
    pub name: Option<&'a str>,
    /// The case's milestones now.
    pub milestones: &'a [MilestoneState],
}

/// The message id of a milestone's name (`milestone-substantive-response`).
pub fn milestone_message(name: MilestoneName) -> String {
    format!("milestone-{}", name.as_str().replace('_', "-"))
}

/// The message id of a kind's name (`kind-abuse-report`).
pub fn kind_message(kind: KindId) -> String {
    format!("kind-{}", kind.as_str().replace('_', "-"))
}

/// The receipt, in `lang`: the complaint and its reference, each deadline
/// of the company to come with its date, and the link to the case page
/// (`case_link`, which carries the access code after `#`).
pub fn receipt(facts: &CaseFacts<'_>, lang: Lang, case_link: &str) -> Letter {
    let company = Arg::Text(facts.policy.name.to_string());
    let reference = Arg::Text(facts.reference.to_string());
    let mut paragraphs = vec![greeting(facts.name)];
    paragraphs.push(Line::new(
        "letter-receipt-received",
        vec![
            ("company", company.clone()),
            ("kind", Arg::Message(kind_message(facts.kind))),
            ("date", Arg::Date(facts.received_on)),
            ("reference", reference.clone()),
        ],
    ));
    let deadlines: Vec<&MilestoneState> = facts
        .milestones
        .iter()
        .filter(|m| m.role == MilestoneRole::Deadline && m.status == MilestoneStatus::Pending && m.due.is_some())
        .collect();
    if !deadlines.is_empty() {
        paragraphs.push(Line::new("letter-receipt-deadlines", vec![("company", company.clone())]));
        for milestone in deadlines {
            let due = milestone.due.expect("filtered on a date");
            let message = if milestone.aim { "letter-deadline-aim" } else { "letter-deadline" };
            paragraphs.push(Line::new(
                message,
                vec![("milestone", Arg::Message(milestone_message(milestone.name))), ("date", Arg::Date(due))],
            ));
        }
    }
    paragraphs.push(Line::new("letter-receipt-next", vec![("company", company.clone())]));
    paragraphs.push(Line::new("letter-case-link", vec![("link", Arg::Text(case_link.to_string()))]));
    paragraphs.push(Line::new("letter-case-link-private", vec![]));
    paragraphs.push(Line::new("letter-signature", vec![("company", company.clone())]));
    Letter {
        kind: LetterKind::Receipt,
        to: Addressee::Customer,
        lang,
        subject: Line::new("letter-receipt-subject", vec![("company", company), ("reference", reference)]),
        paragraphs,
    }
}

/// The notice to the company's complaints team, in its first language: a
/// case has come in, its reference, kind and first deadline, and where the
/// staff open it (`staff_link`).
pub fn new_case(facts: &CaseFacts<'_>, staff_link: &str) -> Letter {
    let lang = facts.policy.languages.first().copied().unwrap_or(Lang::En);
    let reference = Arg::Text(facts.reference.to_string());
    let kind = Arg::Message(kind_message(facts.kind));
    let mut paragraphs = vec![Line::new(
        "letter-new-case-received",
        vec![("kind", kind.clone()), ("date", Arg::Date(facts.received_on)), ("reference", reference.clone())],
    )];
    let first = facts
        .milestones
        .iter()
        .filter(|m| m.role == MilestoneRole::Deadline && m.status == MilestoneStatus::Pending)
        .filter_map(|m| Some((m.due?, m.name)))
        .min();
    if let Some((due, name)) = first {
        paragraphs.push(Line::new(
            "letter-new-case-first-deadline",
            vec![("milestone", Arg::Message(milestone_message(name))), ("date", Arg::Date(due))],
        ));
    }
    paragraphs.push(Line::new("letter-new-case-link", vec![("link", Arg::Text(staff_link.to_string()))]));
    Letter {
        kind: LetterKind::NewCase,
        to: Addressee::Company,
        lang,
        subject: Line::new("letter-new-case-subject", vec![("kind", kind), ("reference", reference)]),
        paragraphs,
    }
}

fn greeting(name: Option<&str>) -> Line {
    match name.map(str::trim).filter(|name| !name.is_empty()) {
        Some(name) => Line::new("letter-greeting", vec![("name", Arg::Text(name.to_string()))]),
        None => Line::new("letter-greeting-anonymous", vec![]),
    }
}

/// A date as the case page writes it in `lang`: "Tuesday 29 December 2026",
/// "mardi 1er décembre 2026", "Dienstag, 29. Dezember 2026"; Russian and
/// Azerbaijani without the weekday, which a sentence puts after a
/// preposition ("29 декабря 2026", "29 dekabr 2026").
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    let (day, month, year) = (date.day(), date.month0() as usize, date.year());
    let weekday = date.weekday().num_days_from_monday() as usize;
    match lang {
        Lang::En => format!("{} {day} {} {year}", EN_WEEKDAYS[weekday], EN_MONTHS[month]),
        Lang::Fr => {
            let day = if day == 1 { "1er".to_string() } else { day.to_string() };
            format!("{} {day} {} {year}", FR_WEEKDAYS[weekday], FR_MONTHS[month])
        }
        Lang::De => format!("{}, {day}. {} {year}", DE_WEEKDAYS[weekday], DE_MONTHS[month]),
        Lang::Ru => format!("{day} {} {year}", RU_MONTHS_GENITIVE[month]),
        Lang::Az => format!("{day} {} {year}", AZ_MONTHS[month]),
    }
}

const EN_WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR_WEEKDAYS: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const DE_WEEKDAYS: [&str; 7] = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
const DE_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const RU_MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const AZ_MONTHS: [&str; 12] =
    ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy;

    fn day(text: &str) -> NaiveDate {
        crate::dates::parse_date(text).unwrap()
    }

    #[test]
    fn dates_read_as_the_case_page_writes_them() {
        let tuesday = day("2026-12-29");
        assert_eq!(long_date(Lang::En, tuesday), "Tuesday 29 December 2026");
        assert_eq!(long_date(Lang::Fr, tuesday), "mardi 29 décembre 2026");
        assert_eq!(long_date(Lang::Fr, day("2026-12-01")), "mardi 1er décembre 2026");
        assert_eq!(long_date(Lang::De, tuesday), "Dienstag, 29. Dezember 2026");
        assert_eq!(long_date(Lang::Ru, tuesday), "29 декабря 2026");
        assert_eq!(long_date(Lang::Az, tuesday), "29 dekabr 2026");
    }

    #[test]
    fn a_receipt_names_every_deadline_to_come_and_the_case_link() {
        let policy = policy::find("kijoma").unwrap();
        let received = chrono::DateTime::parse_from_rfc3339("2026-12-18T10:00:00Z").unwrap().to_utc();
        let received_event = crate::lifecycle::Event::new(crate::policy::EventKind::Received, received);
        let state = crate::lifecycle::CaseState::replay(policy, KindId::Complaint, &[received_event]).unwrap();
        let milestones = state.milestones(policy, received).unwrap();
        let facts = CaseFacts {
            policy,
            kind: KindId::Complaint,
            reference: "KIJ-7Q2M-4XKD",
            received_on: day("2026-12-18"),
            name: Some("Ada Lovelace"),
            milestones: &milestones,
        };
        let letter = receipt(&facts, Lang::En, "https://portal.example/status/KIJ-7Q2M-4XKD#code");
        let messages: Vec<&str> = letter.paragraphs.iter().map(|line| line.message).collect();
        assert_eq!(
            messages,
            [
                "letter-greeting",
                "letter-receipt-received",
                "letter-receipt-deadlines",
                "letter-deadline-aim",
                "letter-receipt-next",
                "letter-case-link",
                "letter-case-link-private",
                "letter-signature"
            ]
        );
        // Kijoma's full reply: five working days after Friday 18 December, over Christmas.
        assert!(letter.paragraphs[3].args.contains(&("date", Arg::Date(day("2026-12-29")))), "{letter:?}");
        let link = &letter.paragraphs[5].args[0].1;
        assert_eq!(link, &Arg::Text("https://portal.example/status/KIJ-7Q2M-4XKD#code".into()));

        let notice = new_case(&facts, "https://portal.example/staff");
        assert_eq!((notice.to, notice.lang), (Addressee::Company, Lang::En));
        assert!(notice.paragraphs.iter().any(|line| line.message == "letter-new-case-first-deadline"));
        assert_eq!(greeting(Some("  ")).message, "letter-greeting-anonymous");
    }
}
