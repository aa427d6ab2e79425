//! The schemas of the core's named values in the server's OpenAPI document
//! (feature `openapi`, which only the server enables). Each is a string enum
//! made from the type's `ALL`, so the document lists exactly the names the
//! API reads and writes. They are written here, not derived where the types
//! are declared, because the policy build script compiles `policy/schema.rs`
//! without this crate's dependencies.

use std::borrow::Cow;

use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};

use crate::lifecycle::{MilestoneStatus, Stage};
use crate::policy::{Actor, EventKind, FieldId, Jurisdiction, KindId, Lang, MilestoneName, MilestoneRole};
use crate::report::Outcome;
use crate::validation::ErrorCode;

fn string_enum(description: &str, names: impl IntoIterator<Item = &'static str>) -> RefOr<Schema> {
    ObjectBuilder::new().schema_type(Type::String).description(Some(description)).enum_values(Some(names)).into()
}

macro_rules! named_schemas {
    ($($name:ident: $description:literal,)+) => {
        $(
            impl utoipa::PartialSchema for $name {
                fn schema() -> RefOr<Schema> {
                    string_enum($description, $name::ALL.map($name::as_str))
                }
            }

            impl utoipa::ToSchema for $name {
                fn name() -> Cow<'static, str> {
                    Cow::Borrowed(stringify!($name))
                }
            }
        )+
    };
}

named_schemas! {
    Actor: "Who took a step.",
    Outcome: "What the company found, recorded with the step that ends its handling.",
    ErrorCode: "Why a field's value is refused.",
    EventKind: "A step in a case's life: a customer's move, a staff step or the clock's.",
    FieldId: "A form field; a provider's form (GET /api/providers/{id}) says which it asks.",
    Jurisdiction: "Where a provider is regulated.",
    KindId: "A kind of case.",
    Lang: "A language of the portal.",
    MilestoneName: "A milestone of a policy.",
    MilestoneRole: "What a milestone's date means: a deadline for the company, a window for the customer, an option that opens, a lapse, or the day from which the company may close.",
    MilestoneStatus: "How a milestone stands today.",
    Stage: "Where a case stands.",
}
