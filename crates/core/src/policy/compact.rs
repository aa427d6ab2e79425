//! A policy in the compact form the server hands the app: the one provider a
//! page is for, inlined into that page (or the case it shows), so that the
//! app's download does not grow with the number of providers.
//!
//! The form is postcard's: fields in the schema's order, enums by position,
//! numbers and lengths as LEB128 varints, no names. The server writes it
//! with the `postcard` crate from the schema's serde derives; the app reads
//! it with the small reader below, because serde's generated readers cost
//! the app's first download about 5 KiB of gzip more than this one does.
//! `every_policy_reads_back_from_its_compact_form` holds the two to the same
//! order, field by field. Outside the two ends the form travels as base64
//! (the `data-policy` attribute of a page, the `policy` member of a case).

use base64::Engine as _;
use std::borrow::Cow;
use std::mem::ManuallyDrop;

use super::schema::*;

/// The compact form of `policy` (the server's side).
pub fn encode(policy: &Policy) -> Vec<u8> {
    postcard::to_allocvec(policy).expect("a policy always serializes")
}

/// The compact form of `policy` as text: base64, which needs no escaping in
/// an HTML attribute or a JSON string.
pub fn written(policy: &Policy) -> String {
    base64::engine::general_purpose::STANDARD.encode(encode(policy))
}

/// The policy [`written`] gave, if `text` is one (the app decodes the base64
/// with the browser's `atob` instead, which costs its download nothing).
pub fn read_written(text: &str) -> Option<Policy> {
    decode(&base64::engine::general_purpose::STANDARD.decode(text).ok()?)
}

/// The attribute of a page's `<html>` tag that holds the policy of the
/// provider the page is for, as [`written`].
pub const PAGE_ATTRIBUTE: &str = "data-policy";

/// `page` (the complaint part's `index.html`) with `written` in its
/// `<html>` tag, as the server sends it for a provider's addresses.
pub fn into_page(page: &str, written: &str) -> String {
    page.replacen("<html", &format!("<html {PAGE_ATTRIBUTE}=\"{written}\""), 1)
}

/// The policy whose compact form is `bytes`, if they are one and nothing more.
///
/// What is read is never freed, not even on a failure halfway: the app reads
/// one policy per page and holds it for the page's life, and code that frees
/// a policy (drop glue for every type of the schema) would be downloaded
/// for nothing. Bytes that are not a policy do not come from the server.
pub fn decode(bytes: &[u8]) -> Option<Policy> {
    let mut reader = Reader { bytes };
    let policy = ManuallyDrop::new(Policy::read(&mut reader)?);
    reader.bytes.is_empty().then(|| ManuallyDrop::into_inner(policy))
}

/// What is left to read.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(first)
    }

    /// An unsigned LEB128 varint of at most 32 bits.
    fn varint(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let (taken, rest) = (self.bytes.get(..n)?, &self.bytes[n..]);
        self.bytes = rest;
        Some(taken)
    }
}

/// A value of the schema, read from its compact form.
trait Compact: Sized {
    fn read(reader: &mut Reader) -> Option<Self>;
}

impl Compact for bool {
    fn read(reader: &mut Reader) -> Option<bool> {
        match reader.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Compact for u8 {
    fn read(reader: &mut Reader) -> Option<u8> {
        reader.byte()
    }
}

impl Compact for u32 {
    fn read(reader: &mut Reader) -> Option<u32> {
        reader.varint()
    }
}

impl Compact for Text {
    fn read(reader: &mut Reader) -> Option<Text> {
        let length = reader.varint()? as usize;
        let bytes = reader.take(length)?;
        Some(Cow::Owned(std::str::from_utf8(bytes).ok()?.to_owned()))
    }
}

impl<T: Compact> Compact for Option<T> {
    fn read(reader: &mut Reader) -> Option<Option<T>> {
        match reader.byte()? {
            0 => Some(None),
            1 => Some(Some(T::read(reader)?)),
            _ => None,
        }
    }
}

impl<T: Compact + Clone> Compact for List<T> {
    fn read(reader: &mut Reader) -> Option<List<T>> {
        let length = reader.varint()? as usize;
        // Each item takes at least a byte: a length beyond what is left is a lie.
        if length > reader.bytes.len() {
            return None;
        }
        let mut items = ManuallyDrop::new(Vec::with_capacity(length));
        for _ in 0..length {
            items.push(T::read(reader)?);
        }
        Some(Cow::Owned(ManuallyDrop::into_inner(items)))
    }
}

/// A struct: its fields in the order the schema declares them.
macro_rules! structs {
    ($($name:ident { $($field:ident),+ })+) => {
        $(impl Compact for $name {
            fn read(reader: &mut Reader) -> Option<$name> {
                $(let $field = ManuallyDrop::new(Compact::read(reader)?);)+
                Some($name { $($field: ManuallyDrop::into_inner($field)),+ })
            }
        })+
    };
}

/// An enum without data: its variants in the order the schema declares them.
/// The test it writes fails to compile if a variant is left out, and fails
/// if the order is not serde's (the position the server writes).
macro_rules! enums {
    ($($name:ident [$($variant:ident),+])+) => {
        $(impl Compact for $name {
            fn read(reader: &mut Reader) -> Option<$name> {
                [$($name::$variant),+].get(reader.varint()? as usize).copied()
            }
        })+

        #[cfg(test)]
        #[test]
        fn every_enum_lists_all_its_variants_in_the_order_the_server_writes_them() {
            $(
                for (position, variant) in [$($name::$variant),+].into_iter().enumerate() {
                    match variant {
                        $($name::$variant)|+ => {}
                    }
                    assert_eq!(postcard::to_allocvec(&variant).unwrap(), [position as u8], "{variant:?}");
                }
            )+
        }
    };
}

/// An enum declared with `named!`, whose `ALL` is in its declared order.
macro_rules! named_enums {
    ($($name:ident)+) => {
        $(impl Compact for $name {
            fn read(reader: &mut Reader) -> Option<$name> {
                $name::ALL.get(reader.varint()? as usize).copied()
            }
        })+
    };
}

structs! {
    Policy { id, name, legal_name, source, jurisdiction, time_zone, holidays, languages, regulator, channels, kinds, adr, retention, embed_origins, letters }
    Channel { kind, address, accepted, purposes, hours, notes }
    OpeningHours { days, opens, closes }
    CaseKind { id, direct, escalates_from, escalation_window, representation, documents, subject_keyword, fields, milestones, customer_actions, staff_actions, closing, contact_any_of, promises }
    Documents { accepted, required, max_files }
    Field { id, input, required, required_if, options, max_length, max_items, warn_if_older_than }
    Condition { field, equals }
    Milestone { name, clock, from, role, met_by, on_lapse, strength, delay_notice }
    AdrScheme { id, name, operator, address, phone, email, website, eligible_from, apply_within_months, free, max_award_gbp, excludes, needs, accepts_representatives, open_to }
    AnswerIn { field, one_of }
    Retention { years, at_least }
    LetterAddresses { from, team }
}

enums! {
    Regulator [Ofcom]
    ChannelKind [Phone, Email, Website, WebForm, Post, Fax, LiveChat, Callback, SocialMedia, ComplaintsBook]
    ChannelPurpose [Inquiries, Complaints, AbuseReports, Escalations, Accounts, Feedback]
    ChannelNote [IdentityCheck, AcknowledgedWithNextSteps, MessageOutsideHours]
    Weekdays [MondayToFriday]
    Closing [AnyTime, OnGrounds]
    Promise [EveryStepReported, StatusAtAnyTime]
    Representation [NotStated, Allowed, WrittenAuthorization]
    Input [Text, Textarea, Email, Tel, Date, Choice, Checkbox, Domain, File]
    Strength [Commitment, Aim]
    Anchor [Receipt, Response, FirstContact]
    AdrId [CommunicationsOmbudsman, Cisas]
    AdrExclusion [Fraud, PropertyDamage, Discrimination, DataProtection]
    AdrEvidence [FirstComplaintDate, DeadlockLetterDate, ComplaintDetails, RemedySought, Documents]
}

named_enums! { Jurisdiction Lang KindId FieldId MilestoneName MilestoneRole EventKind }

impl Compact for Clock {
    fn read(reader: &mut Reader) -> Option<Clock> {
        let make = [Clock::BusinessDays, Clock::Weeks, Clock::Months].get(reader.varint()? as usize).copied()?;
        Some(make(reader.varint()?))
    }
}

impl Compact for TimeZone {
    fn read(reader: &mut Reader) -> Option<TimeZone> {
        Some(TimeZone(Text::read(reader)?))
    }
}

/// The calendar's name: the app counts no business days of its own.
impl Compact for Holidays {
    fn read(reader: &mut Reader) -> Option<Holidays> {
        Some(Holidays { name: Text::read(reader)?, bound: None })
    }
}

impl Compact for ConditionValue {
    fn read(reader: &mut Reader) -> Option<ConditionValue> {
        match reader.varint()? {
            0 => Some(ConditionValue::Bool(bool::read(reader)?)),
            1 => Some(ConditionValue::Text(Text::read(reader)?)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_policy_reads_back_from_its_compact_form() {
        for policy in super::super::all() {
            let bytes = encode(policy);
            assert_eq!(decode(&bytes).as_ref(), Some(policy), "{}", policy.id);
            assert_eq!(read_written(&written(policy)).as_ref(), Some(policy), "{}", policy.id);
            assert!(bytes.len() < 4096, "{} is {} bytes", policy.id, bytes.len());
        }
    }

    #[test]
    fn the_policy_goes_into_the_html_tag_once() {
        let page = into_page("<!doctype html><html lang=en><p><html", "AbC+/=");
        assert_eq!(page, "<!doctype html><html data-policy=\"AbC+/=\" lang=en><p><html");
    }

    #[test]
    fn bytes_that_are_not_a_policy_are_refused() {
        let bytes = encode(super::super::find("kijoma").unwrap());
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None);
        assert_eq!(decode(b"not a policy"), None);
        assert_eq!(decode(&[0xff; 64]), None);
    }
}
