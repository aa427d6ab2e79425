//! Message ids for the core's enums. A `match` per enum keeps every id a
//! literal, so the translation check sees each one and a new variant cannot
//! be added without its messages.

use leptos_fluent::tr;
use redress_core::policy::{Jurisdiction, KindId};

/// Each language named in itself, so a reader finds theirs whatever is active.
pub fn language_autonym(tag: &str) -> &'static str {
    match tag {
        "fr" => "Français",
        "de" => "Deutsch",
        "ru" => "Русский",
        "az" => "Azərbaycanca",
        _ => "English",
    }
}

pub fn jurisdiction(jurisdiction: Jurisdiction) -> String {
    match jurisdiction {
        Jurisdiction::England => tr!("jurisdiction-england"),
        Jurisdiction::GermanySaarland => tr!("jurisdiction-germany-saarland"),
        Jurisdiction::Azerbaijan => tr!("jurisdiction-azerbaijan"),
        Jurisdiction::Unstated => tr!("jurisdiction-unstated"),
    }
}

pub fn kind(kind: KindId) -> String {
    match kind {
        KindId::Complaint => tr!("kind-complaint"),
        KindId::Inquiry => tr!("kind-inquiry"),
        KindId::AbuseReport => tr!("kind-abuse-report"),
        KindId::EscalatedComplaint => tr!("kind-escalated-complaint"),
    }
}
