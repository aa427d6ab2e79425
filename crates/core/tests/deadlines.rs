//! Due dates per provider across weekends, holidays, DST changes, local
//! midnight, year ends and leap years, worked out by hand from the calendars.

use chrono::{DateTime, Utc};
use redress_core::policy::{self, KindId};
use redress_core::timeline::timeline;

/// (provider, kind, received, day of receipt, [(milestone, due)])
type Case = (&'static str, KindId, &'static str, &'static str, &'static [(&'static str, &'static str)]);

const CASES: &[Case] = &[
    // The example of the foundation issue: Christmas, then Boxing Day moved to Monday 28th.
    (
        "kijoma",
        KindId::Complaint,
        "2026-12-18T10:00:00Z",
        "2026-12-18",
        &[("substantive_response", "2026-12-29"), ("adr_eligible", "2027-02-12")],
    ),
    // 1 January 2028 is a Saturday: the substitute holiday is Monday 3rd.
    (
        "kijoma",
        KindId::Complaint,
        "2027-12-31T16:00:00Z",
        "2027-12-31",
        &[("substantive_response", "2028-01-10"), ("adr_eligible", "2028-02-25")],
    ),
    // Late on Christmas Eve: both Christmas holidays are skipped.
    (
        "kite-mobi",
        KindId::Complaint,
        "2026-12-24T23:30:00Z",
        "2026-12-24",
        &[("resolution", "2026-12-31"), ("adr_eligible", "2027-02-18")],
    ),
    // 23:30 UTC on the eve of the spring change is still Saturday in London.
    (
        "kite-mobi",
        KindId::Complaint,
        "2026-03-28T23:30:00Z",
        "2026-03-28",
        &[("resolution", "2026-04-01"), ("adr_eligible", "2026-05-23")],
    ),
    // 23:30 UTC in summer is already 00:30 BST on Saturday.
    (
        "kite-mobi",
        KindId::Complaint,
        "2026-07-31T23:30:00Z",
        "2026-08-01",
        &[("resolution", "2026-08-05"), ("adr_eligible", "2026-09-26")],
    ),
    // One second before local midnight is still Friday.
    (
        "kite-mobi",
        KindId::Complaint,
        "2026-07-31T22:59:59Z",
        "2026-07-31",
        &[("resolution", "2026-08-05"), ("adr_eligible", "2026-09-25")],
    ),
    // Leap year: 29 February is an ordinary business day.
    (
        "kite-mobi",
        KindId::Complaint,
        "2028-02-28T12:00:00Z",
        "2028-02-28",
        &[("resolution", "2028-03-02"), ("adr_eligible", "2028-04-24")],
    ),
    // No holiday calendar: Christmas Day counts as a business day.
    ("modmount", KindId::Inquiry, "2026-12-24T12:00:00Z", "2026-12-24", &[("holding_response", "2026-12-29")]),
    (
        "modmount",
        KindId::Complaint,
        "2026-12-24T12:00:00Z",
        "2026-12-24",
        &[("acknowledgement", "2026-12-31"), ("remedy_proposal", "2027-02-04"), ("considered_closed", "2027-03-24")],
    ),
    // Three months from 30 November end on the last day of February.
    (
        "modmount",
        KindId::Complaint,
        "2026-11-30T10:00:00Z",
        "2026-11-30",
        &[("acknowledgement", "2026-12-07"), ("considered_closed", "2027-02-28"), ("remedy_proposal", "2027-01-11")],
    ),
    // 23:30 in Berlin (UTC+1) on 23 December.
    (
        "key-systems",
        KindId::Complaint,
        "2026-12-23T22:30:00Z",
        "2026-12-23",
        &[("acknowledgement", "2026-12-28"), ("response", "2027-01-08")],
    ),
    // 00:30 in Berlin on Christmas Eve: the day of receipt is the 24th.
    (
        "key-systems",
        KindId::AbuseReport,
        "2026-12-23T23:30:00Z",
        "2026-12-24",
        &[("acknowledgement", "2026-12-29"), ("response", "2027-01-11")],
    ),
    // Corpus Christi is a holiday in Saarland.
    (
        "key-systems",
        KindId::EscalatedComplaint,
        "2026-06-03T10:00:00Z",
        "2026-06-03",
        &[("acknowledgement", "2026-06-08"), ("final_response", "2026-06-18")],
    ),
    // 01:00 in Baku on Novruz and Eid: eight holidays in a row, observed days included.
    (
        "kontakt-az",
        KindId::Complaint,
        "2026-03-19T21:00:00Z",
        "2026-03-20",
        &[("acknowledgement", "2026-04-02"), ("resolution", "2026-04-13")],
    ),
    // Year end in Baku: Solidarity Day, New Year and its observed Monday.
    (
        "kontakt-az",
        KindId::Complaint,
        "2026-12-30T21:00:00Z",
        "2026-12-31",
        &[("acknowledgement", "2027-01-07"), ("resolution", "2027-01-18")],
    ),
];

#[test]
fn each_provider_counts_its_deadlines_by_the_conventions() {
    for (provider, kind, received, day, expected) in CASES {
        let policy = policy::find(provider).unwrap();
        let received: DateTime<Utc> = received.parse().unwrap();
        let timeline = timeline(policy, *kind, received, None).unwrap();
        let context = format!("{provider} {} received {received}", kind.as_str());
        assert_eq!(timeline.day_of_receipt.to_string(), *day, "{context}");
        let mut actual: Vec<(String, String)> =
            timeline.milestones.iter().map(|m| (m.name.as_str().to_string(), m.due.to_string())).collect();
        let mut expected: Vec<(String, String)> =
            expected.iter().map(|(n, d)| (n.to_string(), d.to_string())).collect();
        actual.sort();
        expected.sort();
        assert_eq!(actual, expected, "{context}");
    }
}

#[test]
fn key_systems_escalation_window_waits_for_the_response() {
    let policy = policy::find("key-systems").unwrap();
    let timeline = timeline(policy, KindId::Complaint, "2026-06-03T10:00:00Z".parse().unwrap(), None).unwrap();
    assert_eq!(timeline.later.len(), 1);
    assert_eq!(timeline.later[0].name.as_str(), "escalation_window_closes");
}

#[test]
fn an_unknown_kind_names_the_valid_ones() {
    let policy = policy::find("kijoma").unwrap();
    let error = timeline(policy, KindId::Inquiry, "2026-06-03T10:00:00Z".parse().unwrap(), None).unwrap_err();
    assert_eq!(error.to_string(), "provider `kijoma` has no case kind `inquiry`; valid kinds: complaint");
}

#[test]
fn a_receipt_beyond_the_calendars_is_refused_not_miscounted() {
    let policy = policy::find("kijoma").unwrap();
    let error = timeline(policy, KindId::Complaint, "2035-12-30T10:00:00Z".parse().unwrap(), None).unwrap_err();
    assert!(
        error.to_string().contains("2036-01-01 is outside the years the provider's holiday calendar covers"),
        "{error}"
    );
}
