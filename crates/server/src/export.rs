//! A provider's cases as a spreadsheet (CSV) for its complaints staff: one
//! row per case, with its stage and deadlines and what the customer told.
//!
//! What customers type reaches the staff's spreadsheet program, which runs
//! a cell that starts like a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`).
//! Every such cell is written with a leading `'`, which makes it text.

use crate::unicode::is_format_character;
use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use redress_core::policy::{FieldId, Input, Policy};
use redress_core::validation::{Answers, FieldValue};

/// One case as the sheet shows it.
pub struct CaseRow<'a> {
    pub reference: &'a str,
    pub kind: &'a str,
    pub stage: &'a str,
    pub received_at: DateTime<Utc>,
    /// The earliest pending deadline of the provider.
    pub next_due: Option<NaiveDate>,
    pub overdue: bool,
    /// The answers of the form the case now stands on.
    pub answers: &'a Answers,
}

/// The columns every sheet starts with; the answers follow.
const CASE_COLUMNS: [&str; 6] = ["reference", "kind", "stage", "received_at", "next_due", "overdue"];

/// Spreadsheet programs read a CSV file as UTF-8 only when it starts with a
/// byte order mark; without it, Russian or Azerbaijani names come out garbled.
pub const UTF8_BOM: &[u8] = "\u{feff}".as_bytes();

/// The fields of the provider's forms, each once, in the order the forms ask
/// them. Documents are left out: staff open them from the case.
pub fn answer_columns(policy: &Policy) -> Vec<FieldId> {
    let mut columns: Vec<FieldId> = Vec::new();
    for field in policy.kinds.iter().flat_map(|kind| kind.fields.iter()) {
        if field.input != Input::File && !columns.contains(&field.id) {
            columns.push(field.id);
        }
    }
    columns
}

/// The sheet of `rows` for `policy`'s staff: a header row of column ids,
/// then one row per case, every cell quoted.
pub fn sheet<'a>(policy: &Policy, rows: impl IntoIterator<Item = CaseRow<'a>>) -> Vec<u8> {
    let answer_columns = answer_columns(policy);
    let mut bytes = header(&answer_columns);
    bytes.extend(rows_of(&answer_columns, rows));
    bytes
}

/// The start of a sheet with `answer_columns`: the byte order mark and the
/// header row of column ids.
pub fn header(answer_columns: &[FieldId]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Always).from_writer(UTF8_BOM.to_vec());
    let header = CASE_COLUMNS.iter().copied().chain(answer_columns.iter().map(|id| id.as_str()));
    // Writing to a Vec cannot fail.
    writer.write_record(header).expect("a sheet is written to memory");
    writer.into_inner().expect("a sheet is written to memory")
}

/// Rows of a sheet with `answer_columns`, one per case, every cell quoted:
/// what follows the header, a batch at a time as the cases are read.
pub fn rows_of<'a>(answer_columns: &[FieldId], rows: impl IntoIterator<Item = CaseRow<'a>>) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Always).from_writer(Vec::new());
    for row in rows {
        let received_at = row.received_at.to_rfc3339_opts(SecondsFormat::Secs, true);
        let next_due = row.next_due.map(|day| day.to_string()).unwrap_or_default();
        let overdue = if row.overdue { "yes" } else { "no" };
        let case_cells = [row.reference, row.kind, row.stage, &received_at, &next_due, overdue].map(Cow::Borrowed);
        let answer_cells = answer_columns.iter().map(|id| answer_cell(row.answers.get(id.as_str())));
        let record: Vec<Cow<str>> = case_cells.into_iter().chain(answer_cells).map(|cell| as_text(cell)).collect();
        writer.write_record(record.iter().map(|cell| cell.as_ref())).expect("a sheet is written to memory");
    }
    writer.into_inner().expect("a sheet is written to memory")
}

/// An answer as one cell: ticked boxes as yes/no, lists (domain names) one
/// per line, an unanswered field empty.
fn answer_cell(value: Option<&FieldValue>) -> Cow<'_, str> {
    match value {
        None => Cow::Borrowed(""),
        Some(FieldValue::Flag(ticked)) => Cow::Borrowed(if *ticked { "yes" } else { "no" }),
        Some(FieldValue::Text(text)) => Cow::Borrowed(text),
        Some(FieldValue::List(items)) => Cow::Owned(items.join("\n")),
    }
}

/// The characters that make a spreadsheet read a cell as a formula (OWASP's
/// list: `=`, `+`, `-`, `@`), and their fullwidth forms, which some
/// spreadsheets read as the same.
const FORMULA_STARTS: [char; 8] = ['=', '+', '-', '@', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}'];

/// `cell`, with a leading `'` if a spreadsheet would read it as a formula:
/// it starts with a tab or carriage return, or its first visible character
/// is a formula's. Every kind of leading space (no-break, ideographic, line
/// separator) and invisible format character (zero-width space, byte-order
/// mark) is looked past, since programs may drop them on import. (A phone
/// number such as `+44 …` gets the `'` too.)
fn as_text(cell: Cow<'_, str>) -> Cow<'_, str> {
    let visible = cell.chars().find(|c| !c.is_whitespace() && !is_format_character(*c));
    let formula = cell.starts_with(['\t', '\r']) || visible.is_some_and(|c| FORMULA_STARTS.contains(&c));
    if formula { Cow::Owned(format!("'{cell}")) } else { cell }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &str) -> String {
        as_text(Cow::Borrowed(value)).into_owned()
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_become_text() {
        for formula in [
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1:A2)",
            "\t=1",
            "\r=1",
            "  =1+1",
            "\n=1",
        ] {
            assert_eq!(text(formula), format!("'{formula}"), "{formula:?}");
        }
        for plain in ["Ada Lovelace", "", "1+1=2", "a=b", "'quoted", "ACC-1", "ümlaut = fine"] {
            assert_eq!(text(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn formulas_hidden_behind_unicode_are_neutralised() {
        for formula in [
            "\u{A0}=1+1",
            "\u{200B}=HYPERLINK(\"http://evil.example\")",
            "\u{FEFF}@SUM(A1)",
            "\u{3000}+1",
            "\u{2028}-1",
            "\u{FF1D}1+1",
            "\u{FF0B}1",
            "\u{FF0D}1",
            "\u{FF20}SUM(A1)",
            "\u{200E} \u{A0}=1",
        ] {
            assert_eq!(text(formula), format!("'{formula}"), "{formula:?}");
        }
        for plain in ["\u{A0}Ada", "\u{200B}", "１＝１", "ＡＢＣ"] {
            assert_eq!(text(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn answers_fill_one_cell_each() {
        assert_eq!(answer_cell(None), "");
        assert_eq!(answer_cell(Some(&FieldValue::Flag(true))), "yes");
        assert_eq!(answer_cell(Some(&FieldValue::Flag(false))), "no");
        assert_eq!(answer_cell(Some(&FieldValue::Text("a \"b\"".into()))), "a \"b\"");
        let domains = FieldValue::List(vec!["example.com".into(), "example.org".into()]);
        assert_eq!(answer_cell(Some(&domains)), "example.com\nexample.org");
    }

    #[test]
    fn every_field_but_documents_has_one_column() {
        for policy in crate::policies::all() {
            let columns = answer_columns(policy);
            for field in policy.kinds.iter().flat_map(|kind| kind.fields.iter()) {
                let times = columns.iter().filter(|id| **id == field.id).count();
                let expected = if field.input == Input::File { 0 } else { 1 };
                assert_eq!(times, expected, "{} {:?}", policy.id, field.id);
            }
        }
        let modmount = crate::policies::find("modmount").unwrap();
        assert!(!answer_columns(modmount).contains(&FieldId::Authorization), "a document is not a column");
    }

    #[test]
    fn the_sheet_is_quoted_csv_with_a_byte_order_mark() {
        let kijoma = crate::policies::find("kijoma").unwrap();
        let mut answers = Answers::new();
        answers.insert("full_name".into(), FieldValue::Text("Ада \"Ada\" Lovelace".into()));
        answers.insert("desired_remedy".into(), FieldValue::Text("=HYPERLINK(\"http://evil.example\")".into()));
        answers.insert("description".into(), FieldValue::Text("line one\nline two".into()));
        let row = CaseRow {
            reference: "RD-1",
            kind: "complaint",
            stage: "received",
            received_at: "2026-12-18T10:00:00Z".parse().unwrap(),
            next_due: NaiveDate::from_ymd_opt(2026, 12, 29),
            overdue: false,
            answers: &answers,
        };
        let bytes = sheet(kijoma, [row]);
        assert!(bytes.starts_with(UTF8_BOM));
        let mut reader = csv::Reader::from_reader(&bytes[UTF8_BOM.len()..]);
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header[..6], CASE_COLUMNS);
        assert_eq!(header.len(), 6 + answer_columns(kijoma).len());
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 1);
        let cell = |name: &str| records[0][header.iter().position(|h| h == name).unwrap()].to_string();
        assert_eq!(cell("reference"), "RD-1");
        assert_eq!(cell("received_at"), "2026-12-18T10:00:00Z");
        assert_eq!(cell("next_due"), "2026-12-29");
        assert_eq!(cell("overdue"), "no");
        assert_eq!(cell("full_name"), "Ада \"Ada\" Lovelace");
        assert_eq!(cell("desired_remedy"), "'=HYPERLINK(\"http://evil.example\")");
        assert_eq!(cell("description"), "line one\nline two");
        assert_eq!(cell("phone"), "", "unanswered");
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains("\"RD-1\",\"complaint\""), "every cell quoted: {text}");
    }
}
