//! Writes validated policies as Rust source: `build.rs` includes this file and
//! the crate includes what it writes, so the policies are statics in the
//! binary. The browser then neither downloads the code that would parse them
//! nor spends the time to.
//!
//! Every struct is written field by field: a field added to the schema and
//! forgotten here fails the crate's build ("missing field"), never silently.

use std::borrow::Cow;

use crate::schema::*;

/// Collects the statics that lists are written to.
#[derive(Default)]
pub struct Baker {
    statics: String,
    count: usize,
}

impl Baker {
    /// The statics written so far, then `POLICIES` itself.
    pub fn finish(mut self, policies: &[Policy]) -> String {
        let list = self.list(policies);
        let mut out = std::mem::take(&mut self.statics);
        out.push_str(&format!("pub(crate) static POLICIES: &[Policy] = {list};\n"));
        out
    }

    /// A list as a static array of its own (a reference to a named static is
    /// valid in any static, which a nested `&[…]` is not always).
    fn list<T: Bake>(&mut self, items: &[T]) -> String {
        let values: Vec<String> = items.iter().map(|item| item.bake(self)).collect();
        let name = format!("LIST_{}", self.count);
        self.count += 1;
        self.statics.push_str(&format!("static {name}: [{}; {}] = [{}];\n", T::TYPE, values.len(), values.join(", ")));
        format!("&{name}")
    }
}

/// A value as a Rust expression that builds it in a static.
pub trait Bake {
    /// The type as the generated code names it.
    const TYPE: &'static str;
    fn bake(&self, baker: &mut Baker) -> String;
}

impl Bake for Text {
    const TYPE: &'static str = "Text";
    fn bake(&self, _: &mut Baker) -> String {
        // Debug writes a valid Rust string literal, escapes included.
        format!("Cow::Borrowed({:?})", self.as_ref())
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    const TYPE: &'static str = "List<_>";
    fn bake(&self, baker: &mut Baker) -> String {
        format!("Cow::Borrowed({})", baker.list(self))
    }
}

impl<T: Bake> Bake for Option<T> {
    const TYPE: &'static str = "Option<_>";
    fn bake(&self, baker: &mut Baker) -> String {
        match self {
            Some(value) => format!("Some({})", value.bake(baker)),
            None => "None".into(),
        }
    }
}

/// Types whose Debug form, after the type's name, is already valid Rust:
/// enums without data or with numbers only, and numbers.
macro_rules! bake_as_debug {
    ($($type:ident),* $(,)?) => {$(
        impl Bake for $type {
            const TYPE: &'static str = stringify!($type);
            fn bake(&self, _: &mut Baker) -> String {
                format!("{}::{:?}", stringify!($type), self)
            }
        }
    )*};
}

bake_as_debug!(
    Jurisdiction,
    TimeZoneId,
    HolidayCalendarId,
    Lang,
    Regulator,
    ChannelKind,
    ChannelPurpose,
    ChannelNote,
    Weekdays,
    KindId,
    Representation,
    FieldId,
    Input,
    MilestoneName,
    Clock,
    Anchor,
    MilestoneRole,
    Strength,
    Closing,
    Promise,
    EventKind,
    AdrId,
    AdrExclusion,
    AdrEvidence,
);

macro_rules! bake_number {
    ($($type:ident),*) => {$(
        impl Bake for $type {
            const TYPE: &'static str = stringify!($type);
            fn bake(&self, _: &mut Baker) -> String {
                format!("{self:?}")
            }
        }
    )*};
}

bake_number!(bool, u8, u32);

/// `Name { field: value, … }` for the listed fields of a struct.
macro_rules! bake_struct {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl Bake for $type {
            const TYPE: &'static str = stringify!($type);
            fn bake(&self, baker: &mut Baker) -> String {
                let fields: Vec<String> =
                    vec![$(format!("{}: {}", stringify!($field), self.$field.bake(baker))),*];
                format!("{} {{ {} }}", stringify!($type), fields.join(", "))
            }
        }
    };
}

bake_struct!(Policy {
    id,
    name,
    legal_name,
    source,
    jurisdiction,
    time_zone,
    holidays,
    languages,
    regulator,
    channels,
    kinds,
    adr,
    retention,
    embed_origins,
});
bake_struct!(Channel { kind, address, accepted, purposes, hours, notes });
bake_struct!(OpeningHours { days, opens, closes });
bake_struct!(CaseKind {
    id,
    direct,
    escalates_from,
    escalation_window,
    representation,
    documents,
    subject_keyword,
    fields,
    milestones,
    customer_actions,
    staff_actions,
    closing,
    contact_any_of,
    promises,
});
bake_struct!(Documents { accepted, required, max_files });
bake_struct!(Field { id, input, required, required_if, options, max_length, max_items, warn_if_older_than });
bake_struct!(Condition { field, equals });
bake_struct!(Milestone { name, clock, from, role, met_by, on_lapse, strength, delay_notice });
bake_struct!(AdrScheme {
    id,
    name,
    operator,
    address,
    phone,
    email,
    website,
    eligible_from,
    apply_within_months,
    free,
    max_award_gbp,
    excludes,
    needs,
    accepts_representatives,
    open_to,
});
bake_struct!(AnswerIn { field, one_of });
bake_struct!(Retention { years, at_least });

impl Bake for ConditionValue {
    const TYPE: &'static str = "ConditionValue";
    fn bake(&self, baker: &mut Baker) -> String {
        match self {
            ConditionValue::Bool(value) => format!("ConditionValue::Bool({value})"),
            ConditionValue::Text(text) => format!("ConditionValue::Text({})", text.bake(baker)),
        }
    }
}
