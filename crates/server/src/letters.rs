//! Letters put into words: the core says which letter and what it holds
//! (`redress_core::letters`); this renders it in its language from the
//! messages of `locales/<lang>/` (Fluent), as plain text and as HTML, and
//! makes the outbox's row. Text a customer wrote is only ever an argument:
//! escaped in the HTML, never read as markup, and kept out of the headers
//! but for the subject, which lettre encodes.

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use redress_core::letters::{Arg, CaseFacts, Letter, Line, long_date};
use redress_core::policy::{ChannelKind, ChannelPurpose, FieldId, KindId, Lang, Policy};
use redress_core::validation::{Answers, FieldValue};

use crate::mail::new_message_id;
use crate::store::NewLetter;

/// The messages letters use, per language: the letters' own and the names
/// of kinds and milestones they mention. Compiled in, so that a server
/// cannot start with a letter it cannot write.
fn sources(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::En => [
            include_str!("../../../locales/en/letters.ftl"),
            include_str!("../../../locales/en/forms.ftl"),
            include_str!("../../../locales/en/providers.ftl"),
        ],
        Lang::Fr => [
            include_str!("../../../locales/fr/letters.ftl"),
            include_str!("../../../locales/fr/forms.ftl"),
            include_str!("../../../locales/fr/providers.ftl"),
        ],
        Lang::De => [
            include_str!("../../../locales/de/letters.ftl"),
            include_str!("../../../locales/de/forms.ftl"),
            include_str!("../../../locales/de/providers.ftl"),
        ],
        Lang::Ru => [
            include_str!("../../../locales/ru/letters.ftl"),
            include_str!("../../../locales/ru/forms.ftl"),
            include_str!("../../../locales/ru/providers.ftl"),
        ],
        Lang::Az => [
            include_str!("../../../locales/az/letters.ftl"),
            include_str!("../../../locales/az/forms.ftl"),
            include_str!("../../../locales/az/providers.ftl"),
        ],
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<(Lang, Bundle)>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| {
                let locale = lang.tag().parse().expect("a language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![locale]);
                // Plain text: no invisible isolation marks around each value.
                bundle.set_use_isolating(false);
                for source in sources(lang) {
                    let resource = FluentResource::try_new(source.to_string()).expect("the messages parse");
                    bundle.add_resource(resource).expect("no message is defined twice");
                }
                (lang, bundle)
            })
            .collect()
    });
    &bundles.iter().find(|(l, _)| *l == lang).expect("every language has its bundle").1
}

/// `message` in `lang`, with `args` as they are.
fn format(lang: Lang, message: &str, args: &[(&str, String)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(message).and_then(|m| m.value()) else {
        // A message the tests check exists in every language.
        return message.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(value.as_str()));
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

/// An argument's text in `lang`.
fn value(lang: Lang, arg: &Arg) -> String {
    match arg {
        Arg::Text(text) => text.clone(),
        Arg::Date(date) => long_date(lang, *date),
        Arg::Message(message) => format(lang, message, &[]),
    }
}

/// A line as plain text: its values as they are, each on no more than its line.
fn text_of(lang: Lang, line: &Line) -> String {
    let args: Vec<(&str, String)> = line.args.iter().map(|(name, arg)| (*name, one_line(&value(lang, arg)))).collect();
    format(lang, line.message, &args)
}

/// A line as HTML: the message's own words escaped, each value escaped in
/// its place, a `link` as a link. Placeholders go through the message and
/// are replaced after it is escaped, so no value is ever read as markup.
fn html_of(lang: Lang, line: &Line) -> String {
    let marker = |n: usize| format!("\u{E000}{n}\u{E001}");
    let args: Vec<(&str, String)> = line.args.iter().enumerate().map(|(n, (name, _))| (*name, marker(n))).collect();
    let mut html = escape(&format(lang, line.message, &args));
    for (n, (name, arg)) in line.args.iter().enumerate() {
        let text = escape(&one_line(&value(lang, arg)));
        let shown = if *name == "link" { format!("<a href=\"{text}\">{text}</a>") } else { text };
        html = html.replace(&marker(n), &shown);
    }
    html
}

/// A value on one line: a name or subject with a line break in it cannot
/// start a header or a paragraph of its own.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_control() || c == '\u{2028}' || c == '\u{2029}')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// `letter` in words, for the outbox: to `recipient`, about `provider`,
/// with the Message-ID `message_id`.
pub fn written(letter: &Letter, provider: &str, recipient: &str, message_id: String) -> NewLetter {
    let lang = letter.lang;
    let paragraphs_text: Vec<String> = letter.paragraphs.iter().map(|line| text_of(lang, line)).collect();
    let paragraphs_html: Vec<String> =
        letter.paragraphs.iter().map(|line| format!("<p>{}</p>", html_of(lang, line))).collect();
    let subject = text_of(lang, &letter.subject);
    let body_html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n{}\n</body></html>\n",
        lang.tag(),
        escape(&subject),
        paragraphs_html.join("\n")
    );
    NewLetter {
        provider: provider.to_string(),
        kind: letter.kind.as_str().to_string(),
        recipient: recipient.to_string(),
        message_id,
        subject,
        body_text: paragraphs_text.join("\n\n") + "\n",
        body_html,
    }
}

/// A complaint as it is filed, for its letters.
pub struct Filing<'a> {
    pub policy: &'a Policy,
    pub kind: KindId,
    pub reference: &'a str,
    /// Known only now: the receipt's link carries it.
    pub access_code: &'a str,
    pub lang: Lang,
    pub answers: &'a Answers,
    pub received_at: DateTime<Utc>,
}

/// The letters a filing calls for: the receipt to the customer, when the
/// form gave an email address, and the notice to the company's complaints
/// address, when its policy gives one; in words, for the outbox.
pub fn at_receipt(filing: &Filing<'_>, public_url: &str) -> Vec<NewLetter> {
    let Filing { policy, kind, reference, access_code, lang, answers, received_at } = *filing;
    let Some(state) = crate::case::at_receipt(policy, kind, received_at, answers) else { return Vec::new() };
    let milestones = state.milestones(policy, received_at).unwrap_or_default();
    let name = customer_name(answers);
    let facts = CaseFacts {
        policy,
        kind,
        reference,
        received_on: policy.time_zone.local_date(received_at),
        name: name.as_deref(),
        milestones: &milestones,
    };
    let mut letters = Vec::new();
    if let Some(email) = text_answer(answers, FieldId::Email) {
        // The access code after `#`: browsers never send it to a server.
        let link = format!("{public_url}/status/{reference}#{access_code}");
        let receipt = redress_core::letters::receipt(&facts, lang, &link);
        letters.push(written(&receipt, &policy.id, email, new_message_id(public_url)));
    }
    if let Some(address) = complaints_address(policy) {
        let notice = redress_core::letters::new_case(&facts, &format!("{public_url}/api/staff/cases"));
        letters.push(written(&notice, &policy.id, address, new_message_id(public_url)));
    }
    letters
}

/// The text of a field's answer, if it has one.
fn text_answer(answers: &Answers, field: FieldId) -> Option<&str> {
    match answers.get(field.as_str()) {
        Some(FieldValue::Text(text)) if !text.trim().is_empty() => Some(text.trim()),
        _ => None,
    }
}

/// The customer's name as the form gave it: whole, or first name and surname.
fn customer_name(answers: &Answers) -> Option<String> {
    if let Some(full) = text_answer(answers, FieldId::FullName) {
        return Some(full.to_string());
    }
    let parts: Vec<&str> =
        [FieldId::FirstName, FieldId::Surname].into_iter().filter_map(|field| text_answer(answers, field)).collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Where the company takes complaints by email, in its policy.
fn complaints_address(policy: &Policy) -> Option<&str> {
    policy
        .channels
        .iter()
        .filter(|channel| channel.kind == ChannelKind::Email && channel.accepted)
        .find(|channel| channel.purposes.contains(&ChannelPurpose::Complaints))
        .and_then(|channel| channel.address.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use redress_core::letters::{Addressee, LetterKind};

    fn letter(lang: Lang, name: &str) -> Letter {
        let line = |message, args| Line { message, args };
        Letter {
            kind: LetterKind::Receipt,
            to: Addressee::Customer,
            lang,
            subject: line(
                "letter-receipt-subject",
                vec![("company", Arg::Text("Kijoma".into())), ("reference", Arg::Text("KIJ-1".into()))],
            ),
            paragraphs: vec![
                line("letter-greeting", vec![("name", Arg::Text(name.into()))]),
                line(
                    "letter-deadline",
                    vec![
                        ("milestone", Arg::Message("milestone-substantive-response".into())),
                        ("date", Arg::Date(chrono::NaiveDate::from_ymd_opt(2026, 12, 29).unwrap())),
                    ],
                ),
                line("letter-case-link", vec![("link", Arg::Text("https://portal.example/status/KIJ-1#c".into()))]),
            ],
        }
    }

    #[test]
    fn a_letter_reads_in_its_language_with_its_dates_as_the_case_page_writes_them() {
        let en = written(&letter(Lang::En, "Ada"), "kijoma", "ada@example.org", "<1@x>".into());
        assert_eq!(en.subject, "Kijoma has received your case KIJ-1");
        assert!(
            en.body_text.starts_with("Dear Ada,\n\nFull reply: by Tuesday 29 December 2026\n\n"),
            "{}",
            en.body_text
        );
        let ru = written(&letter(Lang::Ru, "Анна"), "kijoma", "anna@example.org", "<2@x>".into());
        assert!(ru.body_text.contains("не позднее 29 декабря 2026"), "{}", ru.body_text);
        let az = written(&letter(Lang::Az, "Leyla"), "kijoma", "leyla@example.az", "<3@x>".into());
        assert!(az.body_text.contains("ən gec 29 dekabr 2026"), "{}", az.body_text);
    }

    #[test]
    fn what_a_customer_wrote_is_text_everywhere() {
        let evil = "<script>alert(1)</script>\r\nBcc: everyone@example.org";
        let written = written(&letter(Lang::En, evil), "kijoma", "x@example.org", "<4@x>".into());
        assert!(!written.body_html.contains("<script>"), "{}", written.body_html);
        assert!(written.body_html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Bcc: everyone@example.org"));
        assert!(written.body_text.contains("Dear <script>alert(1)</script> Bcc: everyone@example.org,"));
        assert!(
            written.body_html.contains(
                "<a href=\"https://portal.example/status/KIJ-1#c\">https://portal.example/status/KIJ-1#c</a>"
            ),
            "{}",
            written.body_html
        );
    }
}
