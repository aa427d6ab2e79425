pub mod language_switcher;
pub mod layout;
