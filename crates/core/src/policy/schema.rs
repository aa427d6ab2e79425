//! The shape of a provider's complaint policy, as written in `policies/*.toml`.
//!
//! Everything a customer reads is an identifier here (an enum or a short
//! snake_case id), never prose: the app translates identifiers into the five
//! languages, so the policy data stays language-neutral.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// An enum whose variants have stable snake_case names, with `ALL` (every
/// variant, in order), `as_str` and `parse` made from the one list: no
/// variant can be left out of any of them, and a test checks the names are
/// serde's.
macro_rules! named {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            pub fn parse(text: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|value| value.as_str() == text)
            }
        }
    };
}

// For the life cycle's stages and the validation's error codes.
pub(crate) use named;

/// Text of a policy.
pub type Text = Cow<'static, str>;

/// A list in a policy.
pub type List<T> = Cow<'static, [T]>;

/// A provider's whole policy: who they are, how to reach them, and how each
/// kind of case they accept is handled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Stable URL-safe id, e.g. `kijoma`. Also the file's name.
    pub id: Text,
    /// The trading name shown to customers.
    pub name: Text,
    /// The legal entity, where the policy names one.
    #[serde(default)]
    pub legal_name: Option<Text>,
    /// The company's published complaints policy this file was distilled from.
    pub source: Text,
    pub jurisdiction: Jurisdiction,
    pub time_zone: TimeZone,
    pub holidays: Holidays,
    /// Languages in the provider's order of preference; the first is the default.
    pub languages: List<Lang>,
    #[serde(default)]
    pub regulator: Option<Regulator>,
    pub channels: List<Channel>,
    pub kinds: List<CaseKind>,
    #[serde(default)]
    pub adr: Option<AdrScheme>,
    #[serde(default)]
    pub retention: Option<Retention>,
    /// Origins (scheme://host[:port]) allowed to embed the complaint widget.
    #[serde(default)]
    pub embed_origins: List<Text>,
    /// Where the portal's letters about this provider's cases come from, and
    /// where its complaints team is told of them; absent, the operator's
    /// sender and the complaints email channel.
    #[serde(default)]
    pub letters: Option<LetterAddresses>,
}

/// `[letters]`: the addresses of a provider's letters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterAddresses {
    /// The sender of its letters, e.g. `Kijoma complaints <kijoma@portal.example>`:
    /// an address of the portal's own, never the customer's.
    #[serde(default)]
    pub from: Option<Text>,
    /// Where its complaints team gets the notice of each new case, of the
    /// customer's steps and the morning's list, if not its complaints
    /// email channel.
    #[serde(default)]
    pub team: Option<Text>,
}

named! {
    /// Where a provider is regulated.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Jurisdiction {
        England = "england",
        GermanySaarland = "germany_saarland",
        Azerbaijan = "azerbaijan",
        /// The policy does not say where the provider is regulated.
        Unstated = "unstated",
    }
}

/// A provider's time zone, by its IANA name (`Europe/London`), which the
/// policy check holds to the time zone database. The server counts in it;
/// the browser app hands the name to the browser's own database.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TimeZone(pub Text);

/// The public holidays a provider's business days skip: the name of a
/// holiday calendar (`england`, a file `england.txt` of the data folder's
/// calendars, or `none` for weekdays only), and, once the policy is read
/// with its data folder (`policy::read`), the calendar itself. Two are
/// equal when they name the same calendar.
#[derive(Debug, Clone)]
pub struct Holidays {
    pub name: Text,
    /// The calendar of that name, once the policy is read with its data.
    pub bound: Option<std::sync::Arc<crate::calendar::Calendar>>,
}

impl Holidays {
    /// The name of the calendar of weekdays without holidays.
    pub const NONE: &'static str = "none";

    /// The calendar to count business days on: the bound one, weekdays only
    /// for `none`, and otherwise one that covers no year, so that a policy
    /// read without its calendars refuses to count rather than miscount.
    pub fn calendar(&self) -> &crate::calendar::Calendar {
        match &self.bound {
            Some(calendar) => calendar,
            None if self.name == Holidays::NONE => &crate::calendar::WEEKDAYS_ONLY,
            None => &crate::calendar::UNKNOWN,
        }
    }
}

impl PartialEq for Holidays {
    fn eq(&self, other: &Holidays) -> bool {
        self.name == other.name
    }
}

impl Serialize for Holidays {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.name.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Holidays {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Holidays { name: Text::deserialize(deserializer)?, bound: None })
    }
}

/// Declares [`Lang`] from one line per language: the variant, its tag, the
/// locale whose conventions its dates and numbers follow in the browser, and
/// its name in itself (what the language menu shows).
macro_rules! languages {
    ($($variant:ident = $tag:literal, $locale:literal, $autonym:literal;)+) => {
        named! {
            /// A language of the portal.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
            #[serde(rename_all = "snake_case")]
            pub enum Lang {
                $($variant = $tag,)+
            }
        }

        impl Lang {
            /// The BCP 47 tag, as used in `<html lang>` and the `locales/` folders.
            pub fn tag(self) -> &'static str {
                self.as_str()
            }

            /// The locale the browser formats dates and numbers by.
            pub fn locale(self) -> &'static str {
                match self {
                    $(Lang::$variant => $locale,)+
                }
            }

            /// The language's name in itself.
            pub fn autonym(self) -> &'static str {
                match self {
                    $(Lang::$variant => $autonym,)+
                }
            }
        }
    };
}

// The one list of the portal's languages. A sixth is a line here and a folder
// of its messages, `locales/<tag>/`; every other list of languages (the app's
// menu, the build's checks, the loader's, the browser tests', the API
// document's) is made from this one or from the folders, and
// `tests/languages.rs` checks both agree and no other list is written out.
languages! {
    En = "en", "en-GB", "English";
    Fr = "fr", "fr", "Français";
    De = "de", "de", "Deutsch";
    Ru = "ru", "ru", "Русский";
    Az = "az", "az", "Azərbaycanca";
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regulator {
    Ofcom,
}

/// One way of reaching the provider, or one way it explicitly refuses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// Phone number, email address, web address or postal address (lines
    /// separated by newlines). Absent where the policy does not give one.
    #[serde(default)]
    pub address: Option<Text>,
    /// `false` for a channel the policy says it does not accept (Kite Mobi's post).
    #[serde(default = "yes")]
    pub accepted: bool,
    /// What the channel is for; empty means general contact.
    #[serde(default)]
    pub purposes: List<ChannelPurpose>,
    #[serde(default)]
    pub hours: Option<OpeningHours>,
    /// Things the policy says about using this channel.
    #[serde(default)]
    pub notes: List<ChannelNote>,
}

fn yes() -> bool {
    true
}

impl Channel {
    /// Whether a customer can use the channel from what the policy says:
    /// it has an address or number, or is a place in itself (the
    /// complaints book in the shops). A chat or a call-back named without
    /// where to find it is no help, and is not offered.
    pub fn usable(&self) -> bool {
        self.accepted && (self.address.is_some() || self.kind == ChannelKind::ComplaintsBook)
    }

    /// Whether to list the channel: a usable one, or one the provider
    /// refuses (so that nobody writes a letter that will not be read).
    pub fn shown(&self) -> bool {
        self.usable() || !self.accepted
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Phone,
    Email,
    Website,
    WebForm,
    Post,
    Fax,
    LiveChat,
    Callback,
    SocialMedia,
    ComplaintsBook,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelPurpose {
    Inquiries,
    Complaints,
    AbuseReports,
    Escalations,
    Accounts,
    Feedback,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelNote {
    /// Advisers may ask questions to confirm they speak to the account holder.
    IdentityCheck,
    /// A complaint by this channel is acknowledged with when and how the next
    /// reply comes, and a point of contact for progress.
    AcknowledgedWithNextSteps,
    /// Outside the opening hours, a message can be left.
    MessageOutsideHours,
}

/// Opening hours in the provider's time zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    pub days: Weekdays,
    /// `HH:MM`, 24-hour clock.
    pub opens: Text,
    /// `HH:MM`, 24-hour clock.
    pub closes: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekdays {
    MondayToFriday,
}

named! {
    /// Case kinds the portal knows. Each provider accepts some of them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum KindId {
        Complaint = "complaint",
        Inquiry = "inquiry",
        AbuseReport = "abuse_report",
        EscalatedComplaint = "escalated_complaint",
    }
}

/// One kind of case a provider accepts, with its form and its clocks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseKind {
    pub id: KindId,
    /// Whether a customer can open a case of this kind from scratch. A kind
    /// with `direct = false` can only be reached by escalating another kind.
    #[serde(default = "yes")]
    pub direct: bool,
    /// The kinds whose cases the customer may escalate into this kind.
    #[serde(default)]
    pub escalates_from: List<KindId>,
    /// A `window` milestone of the earlier kind: escalation is only open while
    /// that window is (Key-Systems: 20 business days from the response).
    #[serde(default)]
    pub escalation_window: Option<MilestoneName>,
    /// Who may complain on a customer's behalf.
    #[serde(default)]
    pub representation: Representation,
    #[serde(default)]
    pub documents: Documents,
    /// A word the written complaint must carry in its subject (Key-Systems: "complaint").
    #[serde(default)]
    pub subject_keyword: Option<Text>,
    pub fields: List<Field>,
    pub milestones: List<Milestone>,
    /// Events the customer may cause on a case of this kind.
    #[serde(default)]
    pub customer_actions: List<EventKind>,
    /// Events the provider's staff may record on a case of this kind.
    pub staff_actions: List<EventKind>,
    /// When staff may close a case of this kind.
    #[serde(default)]
    pub closing: Closing,
    /// Contact fields of which the customer must give at least one, where
    /// the policy asks for "contact details" without saying which (Kontakt
    /// Home): none of them is `required` on its own.
    #[serde(default)]
    pub contact_any_of: List<FieldId>,
    /// What the policy promises about keeping the customer informed, beyond
    /// its dates.
    #[serde(default)]
    pub promises: List<Promise>,
}

/// When the company may close a case it has not resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Closing {
    /// At any open stage.
    #[default]
    AnyTime,
    /// Only on the grounds the policy gives (Modmount): once a `may_close`
    /// milestone's date has come, or while information the company asked
    /// for has not been supplied. A resolved case may always be closed.
    OnGrounds,
}

/// Promises a policy makes about how the customer is kept informed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Promise {
    /// The customer is told the result and every step taken (Kontakt Home).
    EveryStepReported,
    /// The customer may ask where the case stands at any time (Kontakt Home).
    StatusAtAnyTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Representation {
    /// The policy says nothing about complaints made by someone else.
    #[default]
    NotStated,
    /// Someone else may register a complaint and act for the customer.
    Allowed,
    /// A third party needs the customer's written authorization.
    WrittenAuthorization,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Documents {
    pub accepted: bool,
    /// The policy asks for supporting documents (Modmount).
    #[serde(default)]
    pub required: bool,
    #[serde(default = "default_max_files")]
    pub max_files: u8,
}

fn default_max_files() -> u8 {
    5
}

impl Default for Documents {
    fn default() -> Self {
        Documents { accepted: true, required: false, max_files: default_max_files() }
    }
}

named! {
    /// Form fields the portal knows how to label, hint and validate.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum FieldId {
        FullName = "full_name",
        Surname = "surname",
        FirstName = "first_name",
        Patronymic = "patronymic",
        Email = "email",
        Phone = "phone",
        PreferredContact = "preferred_contact",
        AccountReference = "account_reference",
        DomainNames = "domain_names",
        EmployeeName = "employee_name",
        InquiryReference = "inquiry_reference",
        PreviousComplaint = "previous_complaint",
        DissatisfactionReasons = "dissatisfaction_reasons",
        AbuseType = "abuse_type",
        Subject = "subject",
        Description = "description",
        IncidentDate = "incident_date",
        FirstContactDate = "first_contact_date",
        DesiredRemedy = "desired_remedy",
        CustomerType = "customer_type",
        OnBehalf = "on_behalf",
        RepresentedName = "represented_name",
        RepresentativeRelationship = "representative_relationship",
        Authorization = "authorization",
        AgreementScope = "agreement_scope",
        Declaration = "declaration",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    Text,
    Textarea,
    Email,
    Tel,
    Date,
    Choice,
    Checkbox,
    /// One or more domain names, one per line.
    Domain,
    /// An uploaded document (PDF, PNG or JPEG).
    File,
}

/// One field of a case kind's form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: FieldId,
    pub input: Input,
    #[serde(default)]
    pub required: bool,
    /// Required only when another field has a given value.
    #[serde(default)]
    pub required_if: Option<Condition>,
    /// Allowed values of a `choice` field, as snake_case ids.
    #[serde(default)]
    pub options: List<Text>,
    /// Longest text accepted, in characters; a default per input applies otherwise.
    #[serde(default)]
    pub max_length: Option<u32>,
    /// Most entries accepted by a `domain` field.
    #[serde(default)]
    pub max_items: Option<u32>,
    /// For a `date` field: warn (not refuse) when the date is older than this,
    /// because a time limit of the policy may apply.
    #[serde(default)]
    pub warn_if_older_than: Option<Clock>,
}

/// `required_if = { field = "on_behalf", equals = true }`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub field: FieldId,
    pub equals: ConditionValue,
}

/// `true`/`false` for a checkbox, an option's id for a choice. A policy file
/// writes the bare value; the compact form the app reads (`compact.rs`) has
/// no self-describing values, so there it is a tagged enum.
#[derive(Debug, Clone, PartialEq)]
pub enum ConditionValue {
    Bool(bool),
    Text(Text),
}

/// [`ConditionValue`] in a format that is not self-describing.
#[derive(Serialize, Deserialize)]
enum TaggedCondition {
    Bool(bool),
    Text(Text),
}

impl Serialize for ConditionValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self, serializer.is_human_readable()) {
            (ConditionValue::Bool(value), true) => serializer.serialize_bool(*value),
            (ConditionValue::Text(text), true) => serializer.serialize_str(text),
            (ConditionValue::Bool(value), false) => TaggedCondition::Bool(*value).serialize(serializer),
            (ConditionValue::Text(text), false) => TaggedCondition::Text(text.clone()).serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ConditionValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if !deserializer.is_human_readable() {
            return Ok(match TaggedCondition::deserialize(deserializer)? {
                TaggedCondition::Bool(value) => ConditionValue::Bool(value),
                TaggedCondition::Text(text) => ConditionValue::Text(text),
            });
        }
        struct Bare;
        impl serde::de::Visitor<'_> for Bare {
            type Value = ConditionValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("true, false or an option's id")
            }
            fn visit_bool<E>(self, value: bool) -> Result<ConditionValue, E> {
                Ok(ConditionValue::Bool(value))
            }
            fn visit_str<E>(self, text: &str) -> Result<ConditionValue, E> {
                Ok(ConditionValue::Text(Text::Owned(text.to_owned())))
            }
        }
        deserializer.deserialize_any(Bare)
    }
}

named! {
    /// Names of milestones, shared by the API and the UI.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum MilestoneName {
        Acknowledgement = "acknowledgement",
        HoldingResponse = "holding_response",
        Resolution = "resolution",
        SubstantiveResponse = "substantive_response",
        Response = "response",
        FinalResponse = "final_response",
        RemedyProposal = "remedy_proposal",
        EscalationWindowCloses = "escalation_window_closes",
        AdrEligible = "adr_eligible",
        ConsideredClosed = "considered_closed",
    }
}

/// A dated step of a case: something the provider must do by a date, a window
/// the customer has, or an option that opens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub name: MilestoneName,
    pub clock: Clock,
    /// The day the clock counts from.
    #[serde(default)]
    pub from: Anchor,
    pub role: MilestoneRole,
    /// Events that meet the milestone (for a `deadline`), use the window (for
    /// a `window`) or open the option early (for `opens`).
    #[serde(default)]
    pub met_by: List<EventKind>,
    /// The clock event recorded when the due date passes unmet.
    #[serde(default)]
    pub on_lapse: Option<EventKind>,
    /// Whether the date binds the company or is only what it aims for.
    #[serde(default)]
    pub strength: Strength,
    /// Whether the company may give a later date, with its reason, before
    /// this one falls due (a delay notice). The new date then stands in for it.
    #[serde(default)]
    pub delay_notice: bool,
}

/// How firmly the policy words a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// "We will respond within …": a date the company undertakes to meet.
    #[default]
    Commitment,
    /// "We aim to resolve … within …, but this is not always possible": a
    /// target, which the customer is told was not met, not that it is overdue.
    Aim,
}

/// How long a clock runs, in the units the deadline conventions use (see `clock`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Clock {
    /// The N-th business day strictly after the anchor day.
    BusinessDays(u32),
    /// The anchor day plus N × 7 days.
    Weeks(u32),
    /// The same day-of-month N months later, clamped to the month's end.
    Months(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The day of receipt of the case (or of the escalation that started its kind).
    #[default]
    Receipt,
    /// The day of the provider's answer, whatever the step that gave it
    /// (Key-Systems' escalation window).
    Response,
    /// The day the customer first complained, when they say it was before
    /// the day of receipt (Kite Mobi's eight weeks); otherwise the day of
    /// receipt. Staff may correct it from their records, with a reason.
    FirstContact,
}

named! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum MilestoneRole {
        /// The provider must do something by the due date.
        Deadline = "deadline",
        /// The customer may act until the due date.
        Window = "window",
        /// An option opens for the customer on the due date (or earlier, on `met_by`).
        Opens = "opens",
        /// The case lapses on the due date unless it ended before.
        Lapse = "lapse",
        /// From the due date the company may close the case; nothing closes by
        /// itself (Modmount: complaints older than three months "may be
        /// considered closed").
        MayClose = "may_close",
    }
}

named! {
    /// Everything that can happen to a case.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum EventKind {
        Received = "received",
        Acknowledged = "acknowledged",
        InformationRequested = "information_requested",
        InformationSupplied = "information_supplied",
        Responded = "responded",
        RemedyProposed = "remedy_proposed",
        ManagerReviewRequested = "manager_review_requested",
        Escalated = "escalated",
        DeadlockLetterIssued = "deadlock_letter_issued",
        AdrReferralRequested = "adr_referral_requested",
        FinalResponse = "final_response",
        Resolved = "resolved",
        Closed = "closed",
        Withdrawn = "withdrawn",
        ConsideredResolved = "considered_resolved",
        ConsideredClosed = "considered_closed",
        /// Staff tell the customer an answer will be late, why, and its new date.
        DelayNotified = "delay_notified",
        /// Staff correct the day the customer first complained, from their records.
        FirstContactCorrected = "first_contact_corrected",
    }
}

impl EventKind {
    /// Who may cause this event. The policy narrows customer and staff events
    /// per case kind; clock events happen when a milestone lapses.
    pub fn actor(self) -> Actor {
        match self {
            EventKind::Received
            | EventKind::InformationSupplied
            | EventKind::ManagerReviewRequested
            | EventKind::Escalated
            | EventKind::AdrReferralRequested
            | EventKind::Withdrawn => Actor::Customer,
            EventKind::Acknowledged
            | EventKind::InformationRequested
            | EventKind::Responded
            | EventKind::RemedyProposed
            | EventKind::DeadlockLetterIssued
            | EventKind::FinalResponse
            | EventKind::Resolved
            | EventKind::Closed
            | EventKind::DelayNotified
            | EventKind::FirstContactCorrected => Actor::Staff,
            EventKind::ConsideredResolved | EventKind::ConsideredClosed => Actor::Clock,
        }
    }
}

impl EventKind {
    /// Whether this step gives the customer the company's answer: each of
    /// them starts a window counted from the response.
    pub fn answers_customer(self) -> bool {
        matches!(
            self,
            EventKind::Responded
                | EventKind::RemedyProposed
                | EventKind::FinalResponse
                | EventKind::DeadlockLetterIssued
                | EventKind::Resolved
        )
    }

    /// Whether this step ends the case (a resolved case may still be
    /// escalated while its window is open, or closed).
    pub fn ends_case(self) -> bool {
        matches!(
            self,
            EventKind::Resolved
                | EventKind::Closed
                | EventKind::Withdrawn
                | EventKind::ConsideredResolved
                | EventKind::ConsideredClosed
        )
    }

    /// Whether staff must give a reason, which the customer reads.
    pub fn needs_reason(self) -> bool {
        matches!(self, EventKind::DelayNotified | EventKind::FirstContactCorrected)
    }
}

named! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Actor {
        Customer = "customer",
        Staff = "staff",
        Clock = "clock",
    }
}

/// An alternative dispute resolution scheme the provider belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdrScheme {
    pub id: AdrId,
    pub name: Text,
    /// The body that runs the scheme, where it is not the scheme itself.
    #[serde(default)]
    pub operator: Option<Text>,
    #[serde(default)]
    pub address: Option<Text>,
    #[serde(default)]
    pub phone: Option<Text>,
    #[serde(default)]
    pub email: Option<Text>,
    pub website: Text,
    /// The `opens` milestone of the complaint that makes the scheme available.
    pub eligible_from: MilestoneName,
    /// Months from the deadlock letter within which the customer must apply.
    pub apply_within_months: u32,
    /// Free of charge for the customer.
    pub free: bool,
    /// Highest claim the scheme awards, in whole pounds, where it has one.
    #[serde(default)]
    pub max_award_gbp: Option<u32>,
    #[serde(default)]
    pub excludes: List<AdrExclusion>,
    /// What the scheme asks the customer to bring.
    #[serde(default)]
    pub needs: List<AdrEvidence>,
    pub accepts_representatives: bool,
    /// The customers the scheme takes, by their answer to a choice of the
    /// complaint form (Ofcom's schemes: households and businesses of up to
    /// ten people). A customer who did not answer is not turned away.
    #[serde(default)]
    pub open_to: Option<AnswerIn>,
}

/// `open_to = { field = "customer_type", one_of = ["residential", "small_business"] }`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerIn {
    pub field: FieldId,
    pub one_of: List<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdrId {
    CommunicationsOmbudsman,
    Cisas,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdrExclusion {
    Fraud,
    PropertyDamage,
    Discrimination,
    DataProtection,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdrEvidence {
    FirstComplaintDate,
    DeadlockLetterDate,
    ComplaintDetails,
    RemedySought,
    Documents,
}

/// How long case records are kept before they are purged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    pub years: u32,
    /// The policy sets a minimum ("at least seven years"), not an exact period.
    #[serde(default)]
    pub at_least: bool,
}
