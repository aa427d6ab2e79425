//! The messages of one language, read from Fluent (`.ftl`) text and
//! formatted with arguments.
//!
//! Only the part of Fluent the app's files use is read here: messages and
//! terms, text on one or more lines, `{ $variable }`, `{ -term }`,
//! `{ "literal" }`, and select expressions on a variable, whose keys are plural
//! categories or plain words. `build.rs` parses every file with the reference
//! parser (`fluent-syntax`) and refuses anything outside this part, and a
//! test formats every message both here and with `fluent-bundle` and compares
//! them, so the two cannot drift. The reason for not shipping `fluent-bundle`
//! itself is size: it and its parser, plural data and language negotiation
//! were about 20 KiB of the download (gzip), and the browser already knows
//! the plural rules (`Intl.PluralRules`).

use std::collections::HashMap;

/// A value for a `{ $variable }`.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A whole number; it selects plural variants and is shown as digits.
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

/// Policy text (names, hours), borrowed from the compiled-in policies.
impl From<std::borrow::Cow<'static, str>> for Arg {
    fn from(text: std::borrow::Cow<'static, str>) -> Arg {
        Arg::Text(text.into_owned())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as i64)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Element {
    Text(String),
    /// `{ "…" }`: kept exactly, spaces included.
    Literal(String),
    Variable(String),
    Term(String),
    Select {
        variable: String,
        variants: Vec<Variant>,
        default: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
struct Variant {
    key: String,
    pattern: Vec<Element>,
}

/// Why a file could not be read (the build's check names the same problems first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Catalog {
    messages: HashMap<String, Vec<Element>>,
    terms: HashMap<String, Vec<Element>>,
}

impl Catalog {
    /// Reads one or more `.ftl` files' text (concatenated).
    pub fn parse(source: &str) -> Result<Catalog, ParseError> {
        let mut catalog = Catalog::default();
        let lines: Vec<&str> = source.lines().collect();
        let mut index = 0;
        while index < lines.len() {
            let line = lines[index];
            if line.trim().is_empty() || line.starts_with('#') {
                index += 1;
                continue;
            }
            let start = index;
            let (id, first) = line.split_once('=').ok_or_else(|| ParseError {
                line: start + 1,
                message: format!("expected `id = value`, found `{line}`"),
            })?;
            let id = id.trim();
            // The entry goes on over indented lines, and over blank lines between them.
            let mut body = vec![first];
            index += 1;
            while index < lines.len() {
                let next = lines[index];
                if next.starts_with(' ') {
                    body.push(next);
                } else if next.trim().is_empty()
                    && lines[index..].iter().find(|l| !l.trim().is_empty()).is_some_and(|l| l.starts_with(' '))
                {
                    body.push("");
                } else {
                    break;
                }
                index += 1;
            }
            let text = body.join("\n");
            let mut parser = Parser { chars: text.chars().collect(), at: 0, line: start + 1 };
            let pattern = parser.pattern(false)?;
            if parser.at < parser.chars.len() {
                return Err(parser.error("unexpected text after the value"));
            }
            let valid_id = |id: &str| {
                id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            };
            match id.strip_prefix('-') {
                Some(term) if valid_id(term) => catalog.terms.insert(term.to_string(), pattern),
                None if valid_id(id) => catalog.messages.insert(id.to_string(), pattern),
                _ => return Err(ParseError { line: start + 1, message: format!("`{id}` is not a message id") }),
            };
        }
        Ok(catalog)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// The message `id` with `args`; the id itself if there is no such message
    /// (the build makes sure there always is). `numbers` writes and counts
    /// numbers as this language does.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], numbers: &dyn Numbers) -> String {
        let mut out = String::new();
        match self.messages.get(id) {
            Some(pattern) => self.write(pattern, args, numbers, &mut out),
            None => out.push_str(id),
        }
        out
    }

    fn write(&self, pattern: &[Element], args: &[(&str, Arg)], numbers: &dyn Numbers, out: &mut String) {
        for element in pattern {
            match element {
                Element::Text(text) | Element::Literal(text) => out.push_str(text),
                Element::Variable(name) => match lookup(args, name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Number(n)) => out.push_str(&numbers.digits(*n)),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Element::Term(name) => match self.terms.get(name) {
                    Some(term) => self.write(term, args, numbers, out),
                    None => out.push_str(name),
                },
                Element::Select { variable, variants, default } => {
                    let chosen = match lookup(args, variable) {
                        // An exact number key (`[0]`) wins over the plural category.
                        Some(Arg::Number(n)) => {
                            let exact = n.to_string();
                            let category = numbers.plural(*n);
                            variants
                                .iter()
                                .position(|v| v.key == exact)
                                .or_else(|| variants.iter().position(|v| v.key == category))
                        }
                        Some(Arg::Text(text)) => variants.iter().position(|v| &v.key == text),
                        None => None,
                    };
                    self.write(&variants[chosen.unwrap_or(*default)].pattern, args, numbers, out);
                }
            }
        }
    }
}

/// How a language writes and counts numbers: the browser's `Intl` in the app
/// (`i18n::format`), fixed rules in tests.
pub trait Numbers {
    /// The plural category of `n`: `one`, `few`, `other`, …
    fn plural(&self, n: i64) -> &'static str;
    /// `n` written out: "5,000" in English, "5 000" in French.
    fn digits(&self, n: i64) -> String;
}

fn lookup<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(key, _)| *key == name).map(|(_, value)| value)
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    line: usize,
}

impl Parser {
    fn error(&self, message: &str) -> ParseError {
        let line = self.line + self.chars[..self.at.min(self.chars.len())].iter().filter(|c| **c == '\n').count();
        ParseError { line, message: message.to_string() }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_blank(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\n') {
            self.at += 1;
        }
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(' ') {
            self.at += 1;
        }
    }

    /// Whether the next line (after this newline) opens a variant or closes
    /// the select expression: the end of a variant's value.
    fn at_variant_end(&self) -> bool {
        let rest = self.chars[self.at + 1..].iter().skip_while(|c| **c == ' ' || **c == '\n');
        matches!(rest.take(2).collect::<String>().as_str(), s if s.starts_with('[') || s.starts_with('}') || s == "*[")
    }

    /// A value: text and placeables, with Fluent's line rules: indentation is
    /// not part of the text, lines are joined with `\n`, and blank lines at
    /// the start and the end are dropped.
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Element>, ParseError> {
        let mut elements = Vec::new();
        let mut text = String::new();
        let mut line_start = true;
        loop {
            match self.peek() {
                None => break,
                Some('\n') => {
                    if in_variant && self.at_variant_end() {
                        break;
                    }
                    self.at += 1;
                    text.push('\n');
                    line_start = true;
                }
                Some(' ') if line_start => self.at += 1,
                Some('{') => {
                    line_start = false;
                    if !text.is_empty() {
                        elements.push(Element::Text(std::mem::take(&mut text)));
                    }
                    self.at += 1;
                    elements.push(self.placeable()?);
                }
                Some('}') => {
                    if in_variant {
                        break;
                    }
                    return Err(self.error("a `}` without its `{`"));
                }
                Some(c) => {
                    line_start = false;
                    text.push(c);
                    self.at += 1;
                }
            }
        }
        if !text.is_empty() {
            elements.push(Element::Text(text));
        }
        trim_lines(&mut elements);
        Ok(elements)
    }

    fn name(&mut self) -> String {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    fn expect(&mut self, wanted: char) -> Result<(), ParseError> {
        if self.peek() == Some(wanted) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected `{wanted}`")))
        }
    }

    /// After a `{`: a variable, a term, a string literal or a select expression.
    fn placeable(&mut self) -> Result<Element, ParseError> {
        self.skip_blank();
        let element = match self.peek() {
            Some('$') => {
                self.at += 1;
                let variable = self.name();
                self.skip_blank();
                if self.chars[self.at..].starts_with(&['-', '>']) {
                    self.at += 2;
                    return self.select(variable);
                }
                Element::Variable(variable)
            }
            Some('-') => {
                self.at += 1;
                Element::Term(self.name())
            }
            Some('"') => {
                self.at += 1;
                let start = self.at;
                while self.peek().is_some_and(|c| c != '"' && c != '\n') {
                    self.at += 1;
                }
                let literal = self.chars[start..self.at].iter().collect();
                self.expect('"')?;
                Element::Literal(literal)
            }
            _ => return Err(self.error("only `$variable`, `-term`, `\"text\"` and selects are supported")),
        };
        self.skip_blank();
        self.expect('}')?;
        Ok(element)
    }

    fn select(&mut self, variable: String) -> Result<Element, ParseError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => {
                    self.at += 1;
                    break;
                }
                Some('*') => {
                    self.at += 1;
                    default = Some(variants.len());
                }
                Some('[') => {}
                _ => return Err(self.error("expected a variant `[key]` or `}`")),
            }
            self.expect('[')?;
            self.skip_spaces();
            let key = self.name();
            self.skip_spaces();
            self.expect(']')?;
            self.skip_spaces();
            let pattern = self.pattern(true)?;
            variants.push(Variant { key, pattern });
        }
        let default = default.ok_or_else(|| self.error("a select needs a default variant `*[…]`"))?;
        Ok(Element::Select { variable, variants, default })
    }
}

/// Drops the line breaks that only separate a value from its `=` or its
/// closing `}`, as Fluent does.
fn trim_lines(elements: &mut Vec<Element>) {
    if let Some(Element::Text(first)) = elements.first_mut() {
        let trimmed = first.trim_start_matches([' ', '\n']).to_string();
        *first = trimmed;
    }
    if let Some(Element::Text(last)) = elements.last_mut() {
        let trimmed = last.trim_end_matches([' ', '\n']).to_string();
        *last = trimmed;
    }
    elements.retain(|e| !matches!(e, Element::Text(t) if t.is_empty()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English counting, with thousands grouped by commas.
    struct English;

    impl Numbers for English {
        fn plural(&self, n: i64) -> &'static str {
            if n == 1 { "one" } else { "other" }
        }

        fn digits(&self, n: i64) -> String {
            let plain = n.to_string();
            let mut grouped = String::new();
            for (i, digit) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i).is_multiple_of(3) {
                    grouped.push(',');
                }
                grouped.push(digit);
            }
            grouped
        }
    }

    fn format(source: &str, id: &str, args: &[(&str, Arg)]) -> String {
        Catalog::parse(source).unwrap().format(id, args, &English)
    }

    #[test]
    fn plain_messages_and_terms() {
        let source = "-brand = redress\n\n# a comment\nhello = Hello from { -brand }!\n";
        assert_eq!(format(source, "hello", &[]), "Hello from redress!");
    }

    #[test]
    fn variables_are_filled_in() {
        let source = "greet = Dear { $name }, case { $reference }.";
        let args = [("name", Arg::from("Ada")), ("reference", Arg::from("RD-1"))];
        assert_eq!(format(source, "greet", &args), "Dear Ada, case RD-1.");
    }

    #[test]
    fn plural_variants_follow_the_language_rule_and_exact_numbers_win() {
        let source = "days =\n    { $count ->\n        [0] today\n        [one] { $count } day left\n       *[other] { $count } days left\n    }\n";
        assert_eq!(format(source, "days", &[("count", Arg::Number(1))]), "1 day left");
        assert_eq!(format(source, "days", &[("count", Arg::Number(5))]), "5 days left");
        assert_eq!(format(source, "days", &[("count", Arg::Number(0))]), "today");
    }

    #[test]
    fn numbers_are_written_the_languages_way_but_selected_by_their_value() {
        let source = "limit = { $max ->\n    [1000] Use a thousand characters or fewer\n   *[other] Use { $max } characters or fewer\n  }\n";
        assert_eq!(format(source, "limit", &[("max", Arg::Number(5000))]), "Use 5,000 characters or fewer");
        assert_eq!(format(source, "limit", &[("max", Arg::Number(1000))]), "Use a thousand characters or fewer");
    }

    #[test]
    fn text_selectors_fall_back_to_the_default() {
        let source = "who = { $actor ->\n    [staff] The company\n   *[other] You\n  }\n";
        assert_eq!(format(source, "who", &[("actor", Arg::from("staff"))]), "The company");
        assert_eq!(format(source, "who", &[("actor", Arg::from("clock"))]), "You");
    }

    #[test]
    fn a_value_may_start_on_the_next_line_and_run_over_several() {
        let source = "long =\n    First line\n    second line\nnext = x\n";
        assert_eq!(format(source, "long", &[]), "First line\nsecond line");
        assert_eq!(format(source, "next", &[]), "x");
    }

    #[test]
    fn string_literals_escape_braces() {
        assert_eq!(format("brace = A { \"{\" } brace", "brace", &[]), "A { brace");
    }

    #[test]
    fn literals_keep_their_spaces() {
        assert_eq!(format("prefix = { \"Error: \" }", "prefix", &[]), "Error: ");
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(format("a = b", "nope", &[]), "nope");
    }

    #[test]
    fn unsupported_syntax_is_an_error_with_its_line() {
        let error = Catalog::parse("ok = fine\nbad = { NUMBER($n) }\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(Catalog::parse("no equals sign").is_err());
        assert!(Catalog::parse("sel = { $n ->\n [one] x\n}\n").is_err(), "no default variant");
    }
}
