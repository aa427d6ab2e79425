//! A complaint being written: the answers so far, the documents uploaded, and
//! the idempotency key its submission will carry. It is saved to the tab's
//! `sessionStorage` after every change, so a reload or a crash loses nothing,
//! and it is cleared once the complaint has been received. `saved` is the
//! text it is kept as.

mod saved;

use redress_core::policy::{FieldId, KindId};
use redress_core::validation::{Answers, FieldValue};

/// A document the server accepted, as the draft remembers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upload {
    /// The server's id, sent with the submission.
    pub id: String,
    /// The customer's file name, shown back to them only.
    pub name: String,
    pub size: u64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    pub kind: Option<KindId>,
    pub answers: Answers,
    /// Supporting documents (not the files of file fields, below).
    pub documents: Vec<Upload>,
    /// The file of each file field answered (Modmount's written
    /// authorization), whose id is that field's answer.
    pub field_files: Vec<(FieldId, Upload)>,
    /// The customer will follow the case on its page only: no letters by
    /// email, although an address was given (email is the default).
    pub no_emails: bool,
    /// One key for the life of the draft: every retry of its submission
    /// carries it, so the server files the complaint once however often the
    /// network fails.
    pub idempotency_key: String,
}

impl Draft {
    pub fn new(idempotency_key: String) -> Draft {
        Draft { idempotency_key, ..Draft::default() }
    }

    /// Whether nothing has been answered or uploaded yet.
    pub fn is_blank(&self) -> bool {
        self.kind.is_none() && self.answers.is_empty() && self.documents.is_empty() && self.field_files.is_empty()
    }

    /// The `sessionStorage` key of the draft for `provider`.
    pub fn storage_key(provider: &str) -> String {
        format!("redress-draft-{provider}")
    }

    /// The text [`Draft::from_saved`] reads back.
    pub fn to_saved(&self) -> String {
        saved::write(self)
    }

    /// A saved draft, or `None` if there is none or it cannot be read (a
    /// draft from an older version of the app is dropped, not half-used).
    pub fn from_saved(text: &str) -> Option<Draft> {
        saved::read(text).filter(|draft| !draft.idempotency_key.is_empty())
    }

    pub fn text(&self, field: FieldId) -> String {
        match self.answers.get(field.as_str()) {
            Some(FieldValue::Text(text)) => text.clone(),
            Some(FieldValue::List(items)) => items.join("\n"),
            _ => String::new(),
        }
    }

    pub fn flag(&self, field: FieldId) -> bool {
        matches!(self.answers.get(field.as_str()), Some(FieldValue::Flag(true)))
    }

    /// Sets a text answer; an emptied field is removed rather than sent blank.
    pub fn set_text(&mut self, field: FieldId, value: String) {
        if value.is_empty() {
            self.answers.remove(field.as_str());
        } else {
            self.answers.insert(field.as_str().to_string(), FieldValue::Text(value));
        }
    }

    pub fn set_flag(&mut self, field: FieldId, value: bool) {
        self.answers.insert(field.as_str().to_string(), FieldValue::Flag(value));
    }

    /// Domain names, one a line as typed, sent as a list.
    pub fn set_lines(&mut self, field: FieldId, value: &str) {
        let items: Vec<String> = value.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
        if items.is_empty() {
            self.answers.remove(field.as_str());
        } else {
            self.answers.insert(field.as_str().to_string(), FieldValue::List(items));
        }
    }

    /// The file uploaded for the file field `field`, if any.
    pub fn field_file(&self, field: FieldId) -> Option<&Upload> {
        self.field_files.iter().find(|(id, _)| *id == field).map(|(_, upload)| upload)
    }

    /// Puts `upload` in the file field `field` (or empties it): the field's
    /// answer is the upload's id.
    pub fn set_field_file(&mut self, field: FieldId, upload: Option<Upload>) {
        self.set_text(field, upload.as_ref().map(|u| u.id.clone()).unwrap_or_default());
        self.field_files.retain(|(id, _)| *id != field);
        if let Some(upload) = upload {
            self.field_files.push((field, upload));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_survives_its_round_trip_through_storage() {
        let mut draft = Draft::new("key-1".into());
        draft.kind = Some(KindId::Complaint);
        draft.set_text(FieldId::FullName, "Ada Lovelace".into());
        draft.set_flag(FieldId::OnBehalf, true);
        draft.set_lines(FieldId::DomainNames, "example.org\n\n  example.net ");
        draft.documents.push(Upload { id: "u1".into(), name: "bill.pdf".into(), size: 1234 });
        draft.no_emails = true;
        let back = Draft::from_saved(&draft.to_saved()).unwrap();
        assert_eq!(back, draft);
        assert_eq!(back.text(FieldId::DomainNames), "example.org\nexample.net");
        assert!(back.flag(FieldId::OnBehalf));
    }

    #[test]
    fn an_emptied_field_is_not_sent() {
        let mut draft = Draft::new("key".into());
        draft.set_text(FieldId::Phone, "0123".into());
        draft.set_text(FieldId::Phone, String::new());
        assert!(!draft.answers.contains_key("phone"));
        draft.set_lines(FieldId::DomainNames, " \n ");
        assert!(!draft.answers.contains_key("domain_names"));
    }

    #[test]
    fn unreadable_or_keyless_drafts_are_dropped() {
        assert_eq!(Draft::from_saved("{not json"), None);
        assert_eq!(Draft::from_saved(&Draft::default().to_saved()), None);
    }

    #[test]
    fn each_file_field_carries_its_own_upload() {
        let mut draft = Draft::new("key".into());
        let letter = Upload { id: "up-9".into(), name: "letter.pdf".into(), size: 10 };
        let other_field = FieldId::ALL.into_iter().find(|f| *f != FieldId::Authorization).unwrap();
        let other = Upload { id: "up-10".into(), name: "scan.png".into(), size: 20 };
        draft.set_field_file(FieldId::Authorization, Some(letter.clone()));
        draft.set_field_file(other_field, Some(other.clone()));
        assert_eq!(draft.text(FieldId::Authorization), "up-9");
        assert_eq!(draft.field_file(FieldId::Authorization), Some(&letter), "a second file field leaves the first");
        assert_eq!(draft.field_file(other_field), Some(&other));
        let back = Draft::from_saved(&draft.to_saved()).unwrap();
        assert_eq!(back, draft);
        draft.set_field_file(FieldId::Authorization, None);
        assert!(!draft.answers.contains_key("authorization"));
        assert_eq!(draft.field_file(FieldId::Authorization), None);
        assert_eq!(draft.field_file(other_field), Some(&other));
    }
}
