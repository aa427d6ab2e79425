//! Provider policies: their schema, their consistency rules, their compact
//! form for the web app, and, for the server alone, the reading of policy
//! files (`read`) and the five bundled policies (`bundled`).

mod check;
pub mod compact;
mod schema;

pub use check::{Problem, check_policy, is_origin, is_provider_id};
pub use schema::*;

#[cfg(not(target_arch = "wasm32"))]
pub mod bundled;
#[cfg(not(target_arch = "wasm32"))]
pub mod read;

#[cfg(not(target_arch = "wasm32"))]
pub use bundled::{all, find};

impl Policy {
    pub fn kind(&self, id: KindId) -> Option<&CaseKind> {
        self.kinds.iter().find(|kind| kind.id == id)
    }

    /// Whether one of this policy's clocks counts from the customer's first
    /// contact, which the answers hold.
    pub fn counts_from_first_contact(&self) -> bool {
        self.kinds.iter().flat_map(|kind| kind.milestones.iter()).any(|m| m.from == Anchor::FirstContact)
    }

    /// The milestone that would open an ADR scheme which does not take the
    /// customer who gave `answers`: the day means nothing to them, so
    /// neither the receipt nor the case shows it.
    pub fn adr_milestone_not_for(&self, answers: &crate::answers::Answers) -> Option<MilestoneName> {
        self.adr.as_ref().filter(|scheme| !scheme.takes(answers)).map(|scheme| scheme.eligible_from)
    }

    /// The ids of this provider's kinds, as the API and CLI spell them.
    pub fn kind_names(&self) -> Vec<&'static str> {
        self.kinds.iter().map(|kind| kind.id.as_str()).collect()
    }
}

impl AdrScheme {
    /// Whether the scheme takes the customer who gave `answers` (see `open_to`).
    pub(crate) fn takes(&self, answers: &crate::answers::Answers) -> bool {
        let Some(rule) = &self.open_to else { return true };
        match answers.get(rule.field.as_str()) {
            Some(crate::answers::FieldValue::Text(answer)) => rule.one_of.iter().any(|value| value == answer),
            _ => true,
        }
    }
}

impl CaseKind {
    pub fn field(&self, id: FieldId) -> Option<&Field> {
        self.fields.iter().find(|field| field.id == id)
    }

    pub fn milestone(&self, name: MilestoneName) -> Option<&Milestone> {
        self.milestones.iter().find(|milestone| milestone.name == name)
    }

    /// Whether staff must give the customer a reason with `event` on a case
    /// of this kind: a delay or a corrected date, and a closure the policy
    /// allows only on grounds.
    pub fn needs_reason(&self, event: EventKind) -> bool {
        event.needs_reason() || (event == EventKind::Closed && self.closing == Closing::OnGrounds)
    }

    /// Whether `event` is something `actor` may do on a case of this kind.
    pub fn permits(&self, event: EventKind) -> bool {
        match event.actor() {
            Actor::Customer => self.customer_actions.contains(&event),
            Actor::Staff => self.staff_actions.contains(&event),
            Actor::Clock => self.milestones.iter().any(|m| m.on_lapse == Some(event)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_providers_are_bundled_in_the_order_of_their_sources() {
        let ids: Vec<&str> = all().iter().map(|p| p.id.as_ref()).collect();
        assert_eq!(ids, ["kite-mobi", "modmount", "kijoma", "key-systems", "kontakt-az"]);
    }

    #[test]
    fn every_bundled_policy_passes_its_checks() {
        for policy in all() {
            assert_eq!(check_policy(policy), Vec::<Problem>::new(), "{}", policy.id);
        }
    }

    #[test]
    fn kite_mobi_refuses_complaints_by_post() {
        let kite = find("kite-mobi").unwrap();
        let post = kite.channels.iter().find(|c| c.kind == ChannelKind::Post).unwrap();
        assert!(!post.accepted);
    }

    #[test]
    fn only_channels_a_customer_can_use_are_offered() {
        let usable = |id: &str| -> Vec<ChannelKind> {
            find(id).unwrap().channels.iter().filter(|c| c.usable()).map(|c| c.kind).collect()
        };
        // Kontakt names a call-back, a chat and social networks without saying where.
        assert_eq!(usable("kontakt-az"), [ChannelKind::Phone, ChannelKind::Email, ChannelKind::ComplaintsBook]);
        // Modmount gives no address or number for any of its channels.
        assert_eq!(usable("modmount"), []);
        // Refused channels are still listed, as refused.
        let kite = find("kite-mobi").unwrap();
        let post = kite.channels.iter().find(|c| c.kind == ChannelKind::Post).unwrap();
        assert!(!post.usable() && post.shown());
    }

    #[test]
    fn modmount_needs_written_authorization_and_documents() {
        let complaint = find("modmount").unwrap().kind(KindId::Complaint).unwrap();
        assert_eq!(complaint.representation, Representation::WrittenAuthorization);
        assert!(complaint.documents.required);
        let authorization = complaint.field(FieldId::Authorization).unwrap();
        assert_eq!(authorization.input, Input::File);
        assert!(authorization.required_if.is_some());
        assert_eq!(find("modmount").unwrap().retention, Some(Retention { years: 7, at_least: true }));
    }

    #[test]
    fn kontakt_asks_for_surname_first_name_patronymic_and_employee() {
        let complaint = find("kontakt-az").unwrap().kind(KindId::Complaint).unwrap();
        for id in [FieldId::Surname, FieldId::FirstName, FieldId::Patronymic] {
            assert!(complaint.field(id).unwrap().required, "{id:?}");
        }
        assert!(!complaint.field(FieldId::EmployeeName).unwrap().required);
    }

    #[test]
    fn key_systems_escalated_complaint_requires_what_its_policy_lists() {
        let escalated = find("key-systems").unwrap().kind(KindId::EscalatedComplaint).unwrap();
        for id in [
            FieldId::FullName,
            FieldId::Email,
            FieldId::Description,
            FieldId::DesiredRemedy,
            FieldId::PreviousComplaint,
            FieldId::DissatisfactionReasons,
        ] {
            assert!(escalated.field(id).unwrap().required, "{id:?}");
        }
        assert_eq!(escalated.field(FieldId::DomainNames).unwrap().input, Input::Domain);
        assert_eq!(escalated.subject_keyword.as_deref(), Some("complaint"));
        assert_eq!(*escalated.escalates_from, [KindId::Complaint, KindId::AbuseReport]);
    }

    #[test]
    fn the_ofcom_providers_name_their_adr_schemes() {
        let kite = find("kite-mobi").unwrap().adr.as_ref().unwrap();
        assert_eq!(kite.id, AdrId::CommunicationsOmbudsman);
        assert_eq!(kite.phone.as_deref(), Some("0330 440 1614"));
        let kijoma = find("kijoma").unwrap().adr.as_ref().unwrap();
        assert_eq!(kijoma.id, AdrId::Cisas);
        assert_eq!(kijoma.max_award_gbp, Some(10_000));
        for id in ["modmount", "key-systems", "kontakt-az"] {
            assert!(find(id).unwrap().adr.is_none(), "{id}");
        }
    }

    fn broken(edit: impl FnOnce(&mut Policy)) -> Vec<String> {
        let mut policy = find("kijoma").unwrap().clone();
        edit(&mut policy);
        check_policy(&policy).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_milestone_met_by_an_action_the_kind_lacks_is_named() {
        let problems =
            broken(|p| p.kinds.to_mut()[0].milestones.to_mut()[0].met_by.to_mut().push(EventKind::RemedyProposed));
        assert_eq!(
            problems,
            [
                "field `kinds.complaint.milestones.substantive_response.met_by`: `remedy_proposed` is not an action of this kind"
            ]
        );
    }

    #[test]
    fn a_condition_on_a_missing_field_is_named() {
        let problems = broken(|p| p.kinds.to_mut()[0].fields.to_mut().retain(|f| f.id != FieldId::OnBehalf));
        assert!(
            problems.contains(
                &"field `kinds.complaint.fields.represented_name.required_if`: `on_behalf` is not a field of this kind"
                    .to_string()
            )
        );
    }

    #[test]
    fn a_deadlock_letter_without_an_adr_scheme_is_refused() {
        let problems = broken(|p| p.adr = None);
        assert!(problems.iter().any(|p| p.contains("need an `adr` scheme")), "{problems:?}");
    }

    #[test]
    fn ofcom_schemes_take_households_and_small_businesses() {
        let cisas = find("kijoma").unwrap().adr.as_ref().unwrap();
        let answers = |customer_type: Option<&str>| {
            let mut answers = crate::answers::Answers::new();
            if let Some(value) = customer_type {
                answers.insert("customer_type".into(), crate::answers::FieldValue::Text(value.into()));
            }
            answers
        };
        assert!(cisas.takes(&answers(Some("residential"))));
        assert!(cisas.takes(&answers(Some("small_business"))));
        assert!(!cisas.takes(&answers(Some("other_business"))));
        assert!(cisas.takes(&answers(None)), "a customer who did not say is not turned away");
        assert!(find("kite-mobi").unwrap().adr.as_ref().unwrap().open_to.is_some());
    }

    #[test]
    fn an_adr_rule_on_a_missing_choice_or_option_is_named() {
        let problems = broken(|p| {
            p.adr.as_mut().unwrap().open_to.as_mut().unwrap().one_of.to_mut().push("charity".into());
        });
        assert_eq!(problems, ["field `adr.open_to.one_of`: `charity` is not an option of `customer_type`"]);
        let problems = broken(|p| p.adr.as_mut().unwrap().open_to.as_mut().unwrap().field = FieldId::Email);
        assert_eq!(problems, ["field `adr.open_to.field`: `email` is not a choice of any kind"]);
    }

    #[test]
    fn a_bad_embed_origin_is_refused() {
        let problems = broken(|p| p.embed_origins.to_mut().push("https://example.com/path".into()));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("field `embed_origins`"));
    }

    #[test]
    fn letter_addresses_must_be_addresses_on_one_line() {
        let set = |from: &str, team: &str| {
            broken(|p| {
                p.letters =
                    Some(LetterAddresses { from: Some(from.to_string().into()), team: Some(team.to_string().into()) })
            })
        };
        assert_eq!(set("Kijoma complaints <kijoma@portal.example>", "team@kijoma.example"), Vec::<String>::new());
        assert_eq!(set("kijoma@portal.example", "team@kijoma.example"), Vec::<String>::new());
        assert_eq!(
            set("Kijoma <kijoma@portal.example>\r\nBcc: all@example.org", "team"),
            [
                "field `letters.from`: `Kijoma <kijoma@portal.example>\r\nBcc: all@example.org` is not a sender like `Name <complaints@example.com>`",
                "field `letters.team`: `team` is not an email address"
            ]
        );
    }
}
