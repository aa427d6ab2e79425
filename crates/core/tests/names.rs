//! Every named value of the core (the `named!` enums) has one name, serde's,
//! which reads back as the same value: stored cases and the API use these
//! names, and a name that did not read back would make a stored case fail to
//! load.

use redress_core::lifecycle::{MilestoneStatus, Stage};
use redress_core::policy::{Actor, EventKind, FieldId, Jurisdiction, KindId, Lang, MilestoneName, MilestoneRole};
use redress_core::report::Outcome;
use redress_core::validation::ErrorCode;

/// Every name a stored case or the API uses is serde's name for the
/// variant, and reads back as it.
fn names_round_trip<T: Copy + PartialEq + std::fmt::Debug + serde::Serialize>(
    all: &[T],
    as_str: fn(T) -> &'static str,
    parse: fn(&str) -> Option<T>,
) {
    for value in all.iter().copied() {
        let serde_name = toml::Value::try_from(value).unwrap();
        assert_eq!(serde_name.as_str(), Some(as_str(value)), "{value:?}");
        assert_eq!(parse(as_str(value)), Some(value), "{value:?}");
    }
    assert_eq!(parse("no_such_name"), None);
}

#[test]
fn every_enum_name_is_serdes_and_reads_back() {
    names_round_trip(&KindId::ALL, KindId::as_str, KindId::parse);
    names_round_trip(&Outcome::ALL, Outcome::as_str, Outcome::parse);
    names_round_trip(&Jurisdiction::ALL, Jurisdiction::as_str, Jurisdiction::parse);
    names_round_trip(&FieldId::ALL, FieldId::as_str, FieldId::parse);
    names_round_trip(&MilestoneName::ALL, MilestoneName::as_str, MilestoneName::parse);
    names_round_trip(&EventKind::ALL, EventKind::as_str, EventKind::parse);
    names_round_trip(&Lang::ALL, Lang::as_str, Lang::parse);
    names_round_trip(&MilestoneRole::ALL, MilestoneRole::as_str, MilestoneRole::parse);
    names_round_trip(&Actor::ALL, Actor::as_str, Actor::parse);
    names_round_trip(&Stage::ALL, Stage::as_str, Stage::parse);
    names_round_trip(&MilestoneStatus::ALL, MilestoneStatus::as_str, MilestoneStatus::parse);
    names_round_trip(&ErrorCode::ALL, ErrorCode::as_str, ErrorCode::parse);
}
