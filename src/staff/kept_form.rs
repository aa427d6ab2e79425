//! A form of the console as the tab keeps it until it is sent
//! (`storage::save_case_form`): its texts by name and the documents
//! uploaded for it. A change of language or a reload draws the page again
//! and loses nothing the member typed. The case page's forms are kept
//! under their case's reference; the report page's period under "report".

use redress_core::validation::FieldValue;

use crate::draft::{Draft, Upload};
use crate::storage;

/// The forms, by their names in the tab's storage.
pub const STEP: &str = "staff-step";
pub const NOTE: &str = "staff-note";
pub const MERGE: &str = "staff-merge";
/// The report page's period (kept under no case).
pub const REPORT: &str = "staff-report";

/// What the tab keeps of form `form` of case `reference`.
pub struct KeptForm(Draft);

impl KeptForm {
    pub fn load(reference: &str, form: &str) -> KeptForm {
        KeptForm(storage::load_case_form(reference, form).unwrap_or_default())
    }

    /// The text kept under `name`; empty if none is.
    pub fn get(&self, name: &str) -> String {
        match self.0.answers.get(name) {
            Some(FieldValue::Text(text)) => text.clone(),
            _ => String::new(),
        }
    }

    pub fn documents(&self) -> Vec<Upload> {
        self.0.documents.clone()
    }

    /// Keeps `texts`, by name, and `documents`, in place of what was kept.
    pub fn save(reference: &str, form: &str, texts: &[(&str, &str)], documents: Vec<Upload>) {
        let mut draft = Draft::new(form.to_string());
        for (name, value) in texts {
            draft.answers.insert(name.to_string(), FieldValue::Text(value.to_string()));
        }
        draft.documents = documents;
        storage::save_case_form(reference, form, &draft);
    }

    /// Forgets the form, once it is sent.
    pub fn clear(reference: &str, form: &str) {
        storage::clear_case_form(reference, form);
    }
}
