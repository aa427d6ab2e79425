//! The text a draft is kept as in `sessionStorage`.
//!
//! It is written out here rather than as JSON: serde_json was the largest
//! single thing in the download before the first wizard page works (about
//! 22 KiB of gzip), and a draft is only a few lists of strings.
//!
//! The first line names the format. Then one record a line, its fields
//! separated by tabs (shown as `→` below); a backslash, tab, line feed or
//! carriage return inside a field is written `\\`, `\t`, `\n`, `\r`:
//!
//! ```text
//! redress-draft 2
//! key → 6f1c…
//! kind → complaint
//! text → full_name → Ada Lovelace
//! flag → on_behalf → true
//! list → domain_names → example.org → example.net
//! document → u1 → bill.pdf → 1234
//! file → authorization → u2 → letter.pdf → 10
//! no-emails
//! ```
//!
//! Anything else (another version's draft, an unknown record, a broken
//! escape) reads as no draft at all, never as half of one.

use redress_core::policy::{FieldId, KindId};
use redress_core::validation::FieldValue;

use super::{Draft, Upload};

const HEADER: &str = "redress-draft 2";

pub fn write(draft: &Draft) -> String {
    let mut out = String::from(HEADER);
    record(&mut out, &["key", &draft.idempotency_key]);
    if let Some(kind) = draft.kind {
        record(&mut out, &["kind", kind.as_str()]);
    }
    for (field, value) in &draft.answers {
        match value {
            FieldValue::Text(text) => record(&mut out, &["text", field, text]),
            FieldValue::Flag(flag) => record(&mut out, &["flag", field, if *flag { "true" } else { "false" }]),
            FieldValue::List(items) => {
                let mut fields = vec!["list", field.as_str()];
                fields.extend(items.iter().map(String::as_str));
                record(&mut out, &fields);
            }
        }
    }
    for document in &draft.documents {
        upload(&mut out, "document", document);
    }
    for (field, file) in &draft.field_files {
        record(&mut out, &["file", field.as_str(), &file.id, &file.name, &file.size.to_string()]);
    }
    if draft.no_emails {
        record(&mut out, &["no-emails"]);
    }
    out
}

pub fn read(text: &str) -> Option<Draft> {
    let mut lines = text.split('\n');
    if lines.next()? != HEADER {
        return None;
    }
    let mut draft = Draft::default();
    for line in lines {
        let fields = line.split('\t').map(unescape).collect::<Option<Vec<String>>>()?;
        match fields.as_slice() {
            [tag] if tag == "no-emails" => draft.no_emails = true,
            [tag, key] if tag == "key" => draft.idempotency_key = key.clone(),
            [tag, kind] if tag == "kind" => draft.kind = Some(KindId::ALL.into_iter().find(|k| k.as_str() == kind)?),
            [tag, field, text] if tag == "text" => {
                draft.answers.insert(field.clone(), FieldValue::Text(text.clone()));
            }
            [tag, field, flag] if tag == "flag" => {
                let flag = match flag.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => return None,
                };
                draft.answers.insert(field.clone(), FieldValue::Flag(flag));
            }
            [tag, field, items @ ..] if tag == "list" => {
                draft.answers.insert(field.clone(), FieldValue::List(items.to_vec()));
            }
            [tag, id, name, size] if tag == "document" => draft.documents.push(read_upload(id, name, size)?),
            [tag, field, id, name, size] if tag == "file" => {
                draft.field_files.push((FieldId::parse(field)?, read_upload(id, name, size)?))
            }
            _ => return None,
        }
    }
    Some(draft)
}

fn upload(out: &mut String, tag: &str, upload: &Upload) {
    record(out, &[tag, &upload.id, &upload.name, &upload.size.to_string()]);
}

fn read_upload(id: &str, name: &str, size: &str) -> Option<Upload> {
    Some(Upload { id: id.to_string(), name: name.to_string(), size: size.parse().ok()? })
}

/// Appends one line: the fields, escaped, between tabs.
fn record(out: &mut String, fields: &[&str]) {
    out.push('\n');
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        for c in field.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                c => out.push(c),
            }
        }
    }
}

/// A field as it was before [`record`] escaped it; `None` for an escape that
/// `record` never writes.
fn unescape(field: &str) -> Option<String> {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            '\\' => '\\',
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            _ => return None,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use redress_core::policy::FieldId;

    fn sample() -> Draft {
        let mut draft = Draft::new("key-1".into());
        draft.kind = Some(KindId::AbuseReport);
        draft.set_text(FieldId::FullName, "Ada\tLovelace\\".into());
        draft.set_text(FieldId::Description, "line one\r\nline two\n".into());
        draft.set_flag(FieldId::OnBehalf, true);
        draft.set_flag(FieldId::PreviousComplaint, false);
        draft.set_lines(FieldId::DomainNames, "example.org\nexample.net");
        draft.documents.push(Upload { id: "u1".into(), name: "bill\n.pdf".into(), size: 1234 });
        draft.documents.push(Upload { id: "u2".into(), name: "".into(), size: 0 });
        draft.set_field_file(
            FieldId::Authorization,
            Some(Upload { id: "u3".into(), name: "letter.pdf".into(), size: 10 }),
        );
        draft
    }

    #[test]
    fn a_draft_reads_back_as_it_was_written() {
        let draft = sample();
        assert_eq!(read(&write(&draft)), Some(draft));
    }

    #[test]
    fn the_text_is_one_record_a_line() {
        let text = write(&sample());
        assert!(text.starts_with("redress-draft 2\nkey\tkey-1\nkind\tabuse_report\n"));
        assert!(text.contains("\ntext\tfull_name\tAda\\tLovelace\\\\\n"));
        assert!(text.contains("\nlist\tdomain_names\texample.org\texample.net\n"));
        assert!(text.contains("\ndocument\tu1\tbill\\n.pdf\t1234\n"));
        assert!(text.ends_with("\nfile\tauthorization\tu3\tletter.pdf\t10"));
    }

    #[test]
    fn anything_unexpected_reads_as_no_draft() {
        let good = write(&sample());
        for bad in [
            String::new(),
            "{\"idempotency_key\":\"k\",\"answers\":{}}".to_string(),
            // The version before files were kept by field.
            "redress-draft 1\nkey\tk\nauthorization\tu3\tletter.pdf\t10".to_string(),
            format!("{good}\nsurprise\tvalue"),
            format!("{good}\nkind\tcompliment"),
            format!("{good}\nflag\ton_behalf\tyes"),
            format!("{good}\ndocument\tu9\tx.pdf\tbig"),
            format!("{good}\nfile\tno_such_field\tu9\tx.pdf\t1"),
            format!("{good}\ntext\tfull_name\tbroken \\x escape"),
            format!("{good}\ntext\tfull_name\ttrailing backslash\\"),
            format!("{good}\n"),
        ] {
            assert_eq!(read(&bad), None, "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn any_answers_survive(
            key in "[0-9a-f]{32}",
            texts in prop::collection::btree_map("[a-z_]{1,12}", "[\\\\\t\n\r a-zé€]{0,20}", 0..6),
            items in prop::collection::vec("[\\\\\t\n\r a-z.]{0,12}", 0..4),
            name in "\\PC{0,16}",
            size: u64,
        ) {
            let mut draft = Draft::new(key);
            for (field, text) in texts {
                draft.answers.insert(field, FieldValue::Text(text));
            }
            draft.answers.insert("domain_names".into(), FieldValue::List(items));
            draft.documents.push(Upload { id: "u".into(), name, size });
            prop_assert_eq!(read(&write(&draft)), Some(draft));
        }
    }
}
