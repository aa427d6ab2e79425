pub mod channels;
pub mod error_summary;
pub mod field;
pub mod form_fields;
pub mod language_switcher;
pub mod layout;
pub mod radio;
pub mod upload;
