pub mod channels;
pub mod draft_uploads;
pub mod error_summary;
pub mod field;
pub mod language_switcher;
pub mod layout;
pub mod radio;
pub mod upload;
