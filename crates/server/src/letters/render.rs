//! Letters put into words: the core says which letter and what it holds
//! (`redress_core::letters`); this renders it in its language from the
//! messages of `locales/<lang>/` (Fluent), as plain text and as HTML.
//! Text a customer or staff wrote is only ever an argument: escaped in the
//! HTML, never read as markup, and kept out of the headers but for the
//! subject, which is on one line and which lettre encodes.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use redress_core::letters::{Arg, Letter, Line, long_date};
use redress_core::policy::Lang;

/// The messages letters use, per language: the letters' own, the names of
/// kinds, milestones and answers they mention, and what the case page says
/// of the ombudsman scheme. Compiled in, so that a server cannot start with
/// a letter it cannot write.
fn sources(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::En => [
            include_str!("../../../../locales/en/letters.ftl"),
            include_str!("../../../../locales/en/forms.ftl"),
            include_str!("../../../../locales/en/providers.ftl"),
            include_str!("../../../../locales/en/status.ftl"),
        ],
        Lang::Fr => [
            include_str!("../../../../locales/fr/letters.ftl"),
            include_str!("../../../../locales/fr/forms.ftl"),
            include_str!("../../../../locales/fr/providers.ftl"),
            include_str!("../../../../locales/fr/status.ftl"),
        ],
        Lang::De => [
            include_str!("../../../../locales/de/letters.ftl"),
            include_str!("../../../../locales/de/forms.ftl"),
            include_str!("../../../../locales/de/providers.ftl"),
            include_str!("../../../../locales/de/status.ftl"),
        ],
        Lang::Ru => [
            include_str!("../../../../locales/ru/letters.ftl"),
            include_str!("../../../../locales/ru/forms.ftl"),
            include_str!("../../../../locales/ru/providers.ftl"),
            include_str!("../../../../locales/ru/status.ftl"),
        ],
        Lang::Az => [
            include_str!("../../../../locales/az/letters.ftl"),
            include_str!("../../../../locales/az/forms.ftl"),
            include_str!("../../../../locales/az/providers.ftl"),
            include_str!("../../../../locales/az/status.ftl"),
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

/// `id` in `lang`, with `args` as they are.
pub fn message(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        // A message the tests check exists in every language.
        return id.to_string();
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
        Arg::Text(text) | Arg::Block(text) => text.clone(),
        Arg::Date(date) => long_date(lang, *date),
        Arg::Message(id) => message(lang, id, &[]),
    }
}

/// A line as plain text: its values as they are, each on no more than its
/// line but for a block, whose lines are kept.
fn text_of(lang: Lang, line: &Line) -> String {
    let args: Vec<(&str, String)> = line.args.iter().map(|(name, arg)| (*name, shown(lang, arg))).collect();
    message(lang, line.message, &args)
}

/// An argument's text as a letter shows it: a block's lines kept (and
/// nothing else that breaks a line), anything else on one line.
fn shown(lang: Lang, arg: &Arg) -> String {
    match arg {
        Arg::Block(text) => text.lines().map(one_line).collect::<Vec<_>>().join("\n"),
        _ => one_line(&value(lang, arg)),
    }
}

/// A line as HTML: the message's own words escaped, each value escaped in
/// its place, a `link` as a link. Placeholders go through the message and
/// are replaced after it is escaped, so no value is ever read as markup.
fn html_of(lang: Lang, line: &Line) -> String {
    let marker = |n: usize| format!("\u{E000}{n}\u{E001}");
    let args: Vec<(&str, String)> = line.args.iter().enumerate().map(|(n, (name, _))| (*name, marker(n))).collect();
    let mut html = escape(&message(lang, line.message, &args));
    for (n, (name, arg)) in line.args.iter().enumerate() {
        let text = escape(&shown(lang, arg)).replace('\n', "<br>\n");
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

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// A letter in words: its subject, and its body as plain text and as HTML.
pub struct Words {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// `letter` in words. Consecutive items make a list: a bulleted one in the
/// text, a `<ul>` in the HTML.
pub fn words(letter: &Letter) -> Words {
    let lang = letter.lang;
    let subject = text_of(lang, &letter.subject);
    let (mut text, mut html) = (Vec::new(), Vec::new());
    let mut lines = letter.paragraphs.iter().peekable();
    while let Some(line) = lines.next() {
        if !line.item {
            text.push(text_of(lang, line));
            html.push(format!("<p>{}</p>", html_of(lang, line)));
            continue;
        }
        let mut items = vec![line];
        while let Some(next) = lines.next_if(|next| next.item) {
            items.push(next);
        }
        text.push(items.iter().map(|item| format!("  - {}", text_of(lang, item))).collect::<Vec<_>>().join("\n"));
        let list: Vec<String> = items.iter().map(|item| format!("<li>{}</li>", html_of(lang, item))).collect();
        html.push(format!("<ul>\n{}\n</ul>", list.join("\n")));
    }
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n{}\n</body></html>\n",
        lang.tag(),
        escape(&subject),
        html.join("\n")
    );
    Words { subject, text: text.join("\n\n") + "\n", html }
}

#[cfg(test)]
mod tests {
    use super::*;
    use redress_core::letters::{Addressee, LetterKind};

    fn line(message: &'static str, args: Vec<(&'static str, Arg)>) -> Line {
        Line { message, args, item: false }
    }

    fn letter(lang: Lang, name: &str) -> Letter {
        Letter {
            kind: LetterKind::Receipt,
            to: Addressee::Customer,
            lang,
            subject: line(
                "letter-receipt-subject",
                vec![("company", Arg::Text("Kijoma".into())), ("reference", Arg::Text(format!("KIJ-1 {name}")))],
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
        let en = words(&letter(Lang::En, "Ada"));
        assert_eq!(en.subject, "Kijoma has received your case KIJ-1 Ada");
        assert!(en.text.starts_with("Dear Ada,\n\nFull reply: by Tuesday 29 December 2026\n\n"), "{}", en.text);
        let ru = words(&letter(Lang::Ru, "Анна"));
        assert!(ru.text.contains("не позднее 29 декабря 2026"), "{}", ru.text);
        let az = words(&letter(Lang::Az, "Leyla"));
        assert!(az.text.contains("ən gec 29 dekabr 2026"), "{}", az.text);
    }

    #[test]
    fn what_a_customer_wrote_is_text_everywhere() {
        let evil = "<script>alert(1)</script>\r\nBcc: everyone@example.org";
        let written = words(&letter(Lang::En, evil));
        assert!(!written.subject.contains(['\r', '\n']), "{}", written.subject);
        assert!(!written.html.contains("<script>"), "{}", written.html);
        assert!(written.html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Bcc: everyone@example.org"));
        assert!(written.text.contains("Dear <script>alert(1)</script> Bcc: everyone@example.org,"));
        assert!(
            written.html.contains(
                "<a href=\"https://portal.example/status/KIJ-1#c\">https://portal.example/status/KIJ-1#c</a>"
            ),
            "{}",
            written.html
        );
    }

    #[test]
    fn a_message_keeps_its_lines_and_items_make_a_list() {
        let mut letter = letter(Lang::En, "Ada");
        letter.paragraphs = vec![
            line("letter-quote", vec![("text", Arg::Block("First line,\r\n<b>second</b>\u{2028}line.".into()))]),
            Line { message: "letter-list-item", args: vec![("item", Arg::Text("one".into()))], item: true },
            Line { message: "letter-adr-phone", args: vec![("value", Arg::Text("0330".into()))], item: true },
            line("letter-adr-free", vec![]),
        ];
        let written = words(&letter);
        assert_eq!(
            written.text,
            "First line,\n<b>second</b> line.\n\n  - one\n  - Phone: 0330\n\nIt costs you nothing.\n"
        );
        assert!(
            written.html.contains(
                "<p>First line,<br>\n&lt;b&gt;second&lt;/b&gt; line.</p>\n<ul>\n<li>one</li>\n<li>Phone: 0330</li>\n</ul>\n<p>It costs you nothing.</p>"
            ),
            "{}",
            written.html
        );
    }
}
