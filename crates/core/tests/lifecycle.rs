//! Journeys through each provider's procedure: who may do what, when, and
//! what it does to the stage and the milestones.

use chrono::{DateTime, Utc};
use redress_core::lifecycle::{CaseState, Event, MilestoneStatus, Stage, TransitionError};
use redress_core::policy::{self, Actor, EventKind, KindId, MilestoneName, Policy};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn open(provider: &str, kind: KindId, received: &str) -> (&'static Policy, CaseState) {
    let policy = policy::find(provider).unwrap();
    (policy, CaseState::open(policy, kind, at(received)).unwrap())
}

fn status(policy: &Policy, case: &CaseState, name: MilestoneName, now: &str) -> MilestoneStatus {
    let states = case.milestones(policy, at(now)).unwrap();
    states.iter().rev().find(|m| m.name == name).unwrap().status
}

#[test]
fn kijoma_response_in_time_then_deadlock_opens_cisas_early() {
    let (policy, mut case) = open("kijoma", KindId::Complaint, "2026-12-18T10:00:00Z");
    case.apply(policy, Actor::Staff, Event::new(EventKind::Acknowledged, at("2026-12-18T11:00:00Z"))).unwrap();
    case.apply(policy, Actor::Staff, Event::new(EventKind::Responded, at("2026-12-29T16:59:00Z"))).unwrap();
    assert_eq!(status(policy, &case, MilestoneName::SubstantiveResponse, "2027-01-05T00:00:00Z"), MilestoneStatus::Met);
    assert_eq!(status(policy, &case, MilestoneName::AdrEligible, "2027-01-05T00:00:00Z"), MilestoneStatus::Pending);
    case.apply(policy, Actor::Staff, Event::new(EventKind::DeadlockLetterIssued, at("2027-01-06T09:00:00Z"))).unwrap();
    assert_eq!(case.stage, Stage::Deadlock);
    let adr = case.milestones(policy, at("2027-01-06T10:00:00Z")).unwrap();
    let adr = adr.iter().find(|m| m.name == MilestoneName::AdrEligible).unwrap();
    assert_eq!((adr.status, adr.settled_on.unwrap().to_string().as_str()), (MilestoneStatus::Met, "2027-01-06"));
}

#[test]
fn a_late_response_misses_the_deadline_and_silence_misses_it_too() {
    let (policy, mut case) = open("kijoma", KindId::Complaint, "2026-12-18T10:00:00Z");
    assert_eq!(
        status(policy, &case, MilestoneName::SubstantiveResponse, "2026-12-29T23:00:00Z"),
        MilestoneStatus::Pending
    );
    assert_eq!(
        status(policy, &case, MilestoneName::SubstantiveResponse, "2026-12-30T00:00:00Z"),
        MilestoneStatus::Missed
    );
    case.apply(policy, Actor::Staff, Event::new(EventKind::Responded, at("2026-12-30T09:00:00Z"))).unwrap();
    assert_eq!(
        status(policy, &case, MilestoneName::SubstantiveResponse, "2026-12-30T10:00:00Z"),
        MilestoneStatus::Missed
    );
}

#[test]
fn eight_weeks_open_cisas_without_a_deadlock_letter() {
    let (policy, case) = open("kijoma", KindId::Complaint, "2026-12-18T10:00:00Z");
    assert_eq!(status(policy, &case, MilestoneName::AdrEligible, "2027-02-11T23:59:00Z"), MilestoneStatus::Pending);
    assert_eq!(status(policy, &case, MilestoneName::AdrEligible, "2027-02-12T00:00:00Z"), MilestoneStatus::Met);
}

#[test]
fn kite_customers_may_ask_for_the_complaints_team_once_answered_and_early_referral_once() {
    let (policy, mut case) = open("kite-mobi", KindId::Complaint, "2026-11-02T10:00:00Z");
    let now = at("2026-11-02T12:00:00Z");
    // Before the company has had a chance to answer, only the early referral.
    assert_eq!(case.allowed(policy, Actor::Customer, now), [EventKind::AdrReferralRequested, EventKind::Withdrawn]);
    let early = case.check(policy, Actor::Customer, &Event::new(EventKind::ManagerReviewRequested, now));
    assert_eq!(early, Err(TransitionError::NotYetOpen { event: EventKind::ManagerReviewRequested }));
    case.apply(policy, Actor::Customer, Event::new(EventKind::AdrReferralRequested, now)).unwrap();
    let again = case.apply(policy, Actor::Customer, Event::new(EventKind::AdrReferralRequested, now));
    assert_eq!(again, Err(TransitionError::AlreadyRequested { event: EventKind::AdrReferralRequested }));
    let answered = at("2026-11-03T09:00:00Z");
    case.apply(policy, Actor::Staff, Event::new(EventKind::Responded, answered)).unwrap();
    assert!(case.allowed(policy, Actor::Customer, answered).contains(&EventKind::ManagerReviewRequested));
    case.apply(policy, Actor::Customer, Event::new(EventKind::ManagerReviewRequested, answered)).unwrap();
    assert_eq!(case.stage, Stage::ManagerReview);
}

#[test]
fn kijoma_customers_may_ask_for_a_manager_once_the_team_is_late() {
    // Received Friday 18 December 2026: the full reply is due Tuesday 29th.
    let (policy, case) = open("kijoma", KindId::Complaint, "2026-12-18T10:00:00Z");
    let manager =
        |now: &str| case.check(policy, Actor::Customer, &Event::new(EventKind::ManagerReviewRequested, at(now)));
    assert_eq!(
        manager("2026-12-29T16:00:00Z"),
        Err(TransitionError::NotYetOpen { event: EventKind::ManagerReviewRequested })
    );
    assert_eq!(manager("2026-12-30T09:00:00Z"), Ok(Stage::ManagerReview));
}

#[test]
fn kijoma_customers_cannot_ask_for_early_referral() {
    let (policy, case) = open("kijoma", KindId::Complaint, "2026-11-02T10:00:00Z");
    let error = case
        .check(policy, Actor::Customer, &Event::new(EventKind::AdrReferralRequested, at("2026-11-03T10:00:00Z")))
        .unwrap_err();
    assert_eq!(error.code(), "not_in_policy");
}

#[test]
fn key_systems_escalation_is_open_for_twenty_business_days_from_the_response() {
    let (policy, mut case) = open("key-systems", KindId::Complaint, "2026-11-02T10:00:00Z");
    let escalate = |when: &str| Event::escalation(KindId::EscalatedComplaint, at(when));
    let before = case.check(policy, Actor::Customer, &escalate("2026-11-03T10:00:00Z")).unwrap_err();
    assert_eq!(
        before,
        TransitionError::WindowClosed { window: MilestoneName::EscalationWindowCloses, closed_on: None }
    );

    // Response on Monday 9 November; 20 business days later is Monday 7 December.
    case.apply(policy, Actor::Staff, Event::new(EventKind::Responded, at("2026-11-09T10:00:00Z"))).unwrap();
    let window = case.milestones(policy, at("2026-11-09T10:00:00Z")).unwrap();
    let window = window.iter().find(|m| m.name == MilestoneName::EscalationWindowCloses).unwrap();
    assert_eq!(window.due.unwrap().to_string(), "2026-12-07");

    let late = case.check(policy, Actor::Customer, &escalate("2026-12-08T09:00:00Z")).unwrap_err();
    assert_eq!(late.code(), "window_closed");
    case.apply(policy, Actor::Customer, escalate("2026-12-07T20:00:00Z")).unwrap();
    assert_eq!((case.stage, case.kind()), (Stage::Escalated, KindId::EscalatedComplaint));

    // The escalated complaint's own clocks count from the escalation, Monday 7 December.
    let states = case.milestones(policy, at("2026-12-07T21:00:00Z")).unwrap();
    let due = |name: MilestoneName| {
        states.iter().find(|m| m.name == name && m.kind == KindId::EscalatedComplaint).unwrap().due.unwrap().to_string()
    };
    assert_eq!(due(MilestoneName::Acknowledgement), "2026-12-09");
    assert_eq!(due(MilestoneName::FinalResponse), "2026-12-21");
    assert_eq!(
        status(policy, &case, MilestoneName::EscalationWindowCloses, "2026-12-07T21:00:00Z"),
        MilestoneStatus::Met
    );
}

#[test]
fn key_systems_case_is_considered_resolved_when_the_window_lapses() {
    let (policy, mut case) = open("key-systems", KindId::AbuseReport, "2026-11-02T10:00:00Z");
    case.apply(policy, Actor::Staff, Event::new(EventKind::Responded, at("2026-11-09T10:00:00Z"))).unwrap();
    assert!(case.due_clock_events(policy, at("2026-12-07T22:59:00Z")).unwrap().is_empty());
    let events = case.due_clock_events(policy, at("2026-12-08T12:00:00Z")).unwrap();
    // The day after the due date starts at 23:00 UTC in Berlin's winter.
    assert_eq!(events, [Event::new(EventKind::ConsideredResolved, at("2026-12-07T23:00:00Z"))]);
    case.apply(policy, Actor::Clock, events[0].clone()).unwrap();
    assert_eq!(case.stage, Stage::Resolved);
    assert_eq!(
        status(policy, &case, MilestoneName::EscalationWindowCloses, "2026-12-08T12:00:00Z"),
        MilestoneStatus::Missed
    );
}

#[test]
fn modmount_may_close_after_three_months_but_nothing_closes_by_itself() {
    let (policy, mut case) = open("modmount", KindId::Complaint, "2026-11-30T10:00:00Z");
    assert_eq!(case.due_clock_events(policy, at("2027-06-01T00:00:00Z")).unwrap(), []);
    let close = |on: &str| Event::new(EventKind::Closed, at(on));
    let early = case.check(policy, Actor::Staff, &close("2027-02-27T12:00:00Z"));
    let from = "2027-02-28".parse().ok();
    assert_eq!(early, Err(TransitionError::ClosureNotYetAllowed { from }));
    assert_eq!(
        status(policy, &case, MilestoneName::ConsideredClosed, "2027-02-27T12:00:00Z"),
        MilestoneStatus::Pending
    );
    assert_eq!(status(policy, &case, MilestoneName::ConsideredClosed, "2027-02-28T00:00:00Z"), MilestoneStatus::Met);
    assert_eq!(case.stage, Stage::Received, "three months change nothing by themselves");
    case.apply(policy, Actor::Staff, close("2027-02-28T09:00:00Z")).unwrap();
    assert_eq!(case.stage, Stage::Closed);
}

#[test]
fn modmount_may_close_a_complaint_whose_customer_does_not_supply_what_was_asked() {
    let (policy, mut case) = open("modmount", KindId::Complaint, "2026-11-30T10:00:00Z");
    let refused = case.check(policy, Actor::Staff, &Event::new(EventKind::Closed, at("2026-12-01T10:00:00Z")));
    assert!(matches!(refused, Err(TransitionError::ClosureNotYetAllowed { .. })));
    case.apply(policy, Actor::Staff, Event::new(EventKind::InformationRequested, at("2026-12-01T10:00:00Z"))).unwrap();
    assert!(case.allowed(policy, Actor::Staff, at("2026-12-20T10:00:00Z")).contains(&EventKind::Closed));
    case.apply(policy, Actor::Staff, Event::new(EventKind::Closed, at("2026-12-20T10:00:00Z"))).unwrap();
    assert_eq!(case.stage, Stage::Closed);
    // The right to close at three months ended with the case.
    assert_eq!(
        status(policy, &case, MilestoneName::ConsideredClosed, "2027-03-10T00:00:00Z"),
        MilestoneStatus::Stopped
    );
}

#[test]
fn other_providers_may_close_at_any_open_stage() {
    let (policy, mut case) = open("kijoma", KindId::Complaint, "2026-11-30T10:00:00Z");
    case.apply(policy, Actor::Staff, Event::new(EventKind::Closed, at("2026-11-30T11:00:00Z"))).unwrap();
    assert_eq!(case.stage, Stage::Closed);
}

#[test]
fn kite_mobi_counts_eight_weeks_from_the_first_contact_the_customer_gives() {
    let policy = policy::find("kite-mobi").unwrap();
    let received =
        Event { date: "2026-10-03".parse().ok(), ..Event::new(EventKind::Received, at("2026-11-02T10:00:00Z")) };
    let mut case = CaseState::replay(policy, KindId::Complaint, &[received]).unwrap();
    let adr = |case: &CaseState| {
        let states = case.milestones(policy, at("2026-11-02T12:00:00Z")).unwrap();
        *states.iter().find(|m| m.name == MilestoneName::AdrEligible).unwrap()
    };
    // 3 October + 56 days, not 2 November + 56 days.
    assert_eq!(adr(&case).due, "2026-11-28".parse().ok());
    assert_eq!((adr(&case).counted_from, adr(&case).counted_from_records), ("2026-10-03".parse().ok(), false));
    // Staff correct it from their records, and the clock follows.
    let correction = Event::first_contact("2026-10-20".parse().unwrap(), at("2026-11-02T11:00:00Z"));
    case.apply(policy, Actor::Staff, correction).unwrap();
    assert_eq!(adr(&case).due, "2026-12-15".parse().ok());
    assert!(adr(&case).counted_from_records);
    // A first contact after the day of receipt cannot be recorded.
    let later = Event::first_contact("2026-11-03".parse().unwrap(), at("2026-11-02T11:30:00Z"));
    let receipt = "2026-11-02".parse().unwrap();
    assert_eq!(case.check(policy, Actor::Staff, &later), Err(TransitionError::FirstContactAfterReceipt { receipt }));
}

#[test]
fn a_first_contact_on_the_day_of_receipt_or_none_counts_from_receipt() {
    let policy = policy::find("kite-mobi").unwrap();
    for date in [None, "2026-11-02".parse().ok()] {
        let received = Event { date, ..Event::new(EventKind::Received, at("2026-11-02T10:00:00Z")) };
        let case = CaseState::replay(policy, KindId::Complaint, &[received]).unwrap();
        let states = case.milestones(policy, at("2026-11-02T12:00:00Z")).unwrap();
        let adr = states.iter().find(|m| m.name == MilestoneName::AdrEligible).unwrap();
        assert_eq!((adr.due, adr.counted_from), ("2026-12-28".parse().ok(), None));
    }
}

#[test]
fn kite_mobis_three_days_are_an_aim_and_kijomas_eight_weeks_count_from_receipt() {
    let (policy, case) = open("kite-mobi", KindId::Complaint, "2026-11-02T10:00:00Z");
    let states = case.milestones(policy, at("2026-11-02T12:00:00Z")).unwrap();
    let aim = |name| states.iter().find(|m| m.name == name).unwrap().aim;
    assert!(aim(MilestoneName::Resolution));
    assert!(!aim(MilestoneName::AdrEligible));
    let kijoma = policy::find("kijoma").unwrap();
    let received =
        Event { date: "2026-10-03".parse().ok(), ..Event::new(EventKind::Received, at("2026-11-02T10:00:00Z")) };
    let case = CaseState::replay(kijoma, KindId::Complaint, &[received]).unwrap();
    let states = case.milestones(kijoma, at("2026-11-02T12:00:00Z")).unwrap();
    let adr = states.iter().find(|m| m.name == MilestoneName::AdrEligible).unwrap();
    assert_eq!(adr.due, "2026-12-28".parse().ok(), "\"8 weeks have passed since we received your complaint\"");
}

#[test]
fn key_systems_window_opens_on_any_answer() {
    for answer in [EventKind::Responded, EventKind::Resolved] {
        let (policy, mut case) = open("key-systems", KindId::Complaint, "2026-11-02T10:00:00Z");
        case.apply(policy, Actor::Staff, Event::new(answer, at("2026-11-04T10:00:00Z"))).unwrap();
        let states = case.milestones(policy, at("2026-11-04T12:00:00Z")).unwrap();
        let window = states.iter().find(|m| m.name == MilestoneName::EscalationWindowCloses).unwrap();
        assert_eq!(window.due, "2026-12-02".parse().ok(), "{answer:?}");
        let escalation = Event::escalation(KindId::EscalatedComplaint, at("2026-11-20T10:00:00Z"));
        case.apply(policy, Actor::Customer, escalation).unwrap();
        assert_eq!(case.kind(), KindId::EscalatedComplaint, "{answer:?}");
    }
}

#[test]
fn a_delay_notice_given_in_time_moves_the_date_and_a_missed_new_date_is_overdue() {
    let (policy, mut case) = open("kontakt-az", KindId::Complaint, "2026-11-02T08:00:00Z");
    // Ten business days in Baku, where 9 and 10 November are holidays: 18 November.
    let delay = |date: &str, on: &str| Event::delay(MilestoneName::Resolution, date.parse().unwrap(), at(on));
    let not_later = case.check(policy, Actor::Staff, &delay("2026-11-18", "2026-11-10T08:00:00Z"));
    assert!(matches!(not_later, Err(TransitionError::DelayNotPossible { .. })));
    let wrong_milestone =
        Event::delay(MilestoneName::Acknowledgement, "2026-11-20".parse().unwrap(), at("2026-11-03T08:00:00Z"));
    assert!(matches!(
        case.check(policy, Actor::Staff, &wrong_milestone),
        Err(TransitionError::DelayNotPossible { .. })
    ));
    case.apply(policy, Actor::Staff, delay("2026-11-25", "2026-11-10T08:00:00Z")).unwrap();
    assert_eq!(case.stage, Stage::Received);
    let resolution = |now: &str| {
        let states = case.milestones(policy, at(now)).unwrap();
        *states.iter().find(|m| m.name == MilestoneName::Resolution).unwrap()
    };
    let moved = resolution("2026-11-20T08:00:00Z");
    assert_eq!(
        (moved.due, moved.delayed_from, moved.status),
        ("2026-11-25".parse().ok(), "2026-11-18".parse().ok(), MilestoneStatus::Pending)
    );
    assert_eq!(resolution("2026-11-26T08:00:00Z").status, MilestoneStatus::Missed);
}

#[test]
fn a_delay_notice_after_the_date_has_passed_is_refused() {
    let (policy, case) = open("kijoma", KindId::Complaint, "2026-11-02T10:00:00Z");
    // Five working days: 9 November.
    let late =
        Event::delay(MilestoneName::SubstantiveResponse, "2026-11-20".parse().unwrap(), at("2026-11-10T10:00:00Z"));
    let due = "2026-11-09".parse().ok();
    assert_eq!(
        case.check(policy, Actor::Staff, &late),
        Err(TransitionError::DelayNotPossible { milestone: Some(MilestoneName::SubstantiveResponse), due })
    );
    // A provider whose policy promises no delay notices cannot record one.
    let (kite, case) = open("kite-mobi", KindId::Complaint, "2026-11-02T10:00:00Z");
    let notice = Event::delay(MilestoneName::Resolution, "2026-11-20".parse().unwrap(), at("2026-11-03T10:00:00Z"));
    assert!(matches!(case.check(kite, Actor::Staff, &notice), Err(TransitionError::NotInPolicy { .. })));
}

#[test]
fn modmount_inquiry_escalates_into_a_complaint_with_fresh_clocks() {
    let (policy, mut case) = open("modmount", KindId::Inquiry, "2026-11-02T10:00:00Z");
    case.apply(policy, Actor::Staff, Event::new(EventKind::Responded, at("2026-11-03T10:00:00Z"))).unwrap();
    assert_eq!(case.escalation_target(policy), Some(KindId::Complaint));
    case.apply(policy, Actor::Customer, Event::escalation(KindId::Complaint, at("2026-11-10T10:00:00Z"))).unwrap();
    let states = case.milestones(policy, at("2026-11-10T11:00:00Z")).unwrap();
    let names: Vec<(&str, &str, String)> =
        states.iter().map(|m| (m.kind.as_str(), m.name.as_str(), m.due.unwrap().to_string())).collect();
    assert_eq!(
        names,
        [
            ("inquiry", "holding_response", "2026-11-05".to_string()),
            ("complaint", "acknowledgement", "2026-11-17".to_string()),
            ("complaint", "remedy_proposal", "2026-12-22".to_string()),
            ("complaint", "considered_closed", "2027-02-10".to_string()),
        ]
    );
    assert_eq!(states[0].status, MilestoneStatus::Met);
}

#[test]
fn steps_outside_a_providers_procedure_are_refused_with_a_reason() {
    let (policy, case) = open("modmount", KindId::Complaint, "2026-11-02T10:00:00Z");
    let error = case
        .check(policy, Actor::Staff, &Event::new(EventKind::DeadlockLetterIssued, at("2026-11-03T10:00:00Z")))
        .unwrap_err();
    assert_eq!(error.to_string(), "the provider's procedure for a `complaint` has no `deadlock_letter_issued` step");
    let (policy, case) = open("kijoma", KindId::Complaint, "2026-11-02T10:00:00Z");
    let error = case
        .check(policy, Actor::Staff, &Event::new(EventKind::RemedyProposed, at("2026-11-03T10:00:00Z")))
        .unwrap_err();
    assert_eq!(error.code(), "not_in_policy");
}

#[test]
fn customers_cannot_take_staff_steps_and_vice_versa() {
    let (policy, case) = open("kijoma", KindId::Complaint, "2026-11-02T10:00:00Z");
    let now = at("2026-11-03T10:00:00Z");
    let resolved = case.check(policy, Actor::Customer, &Event::new(EventKind::Resolved, now));
    assert_eq!(resolved, Err(TransitionError::WrongActor { event: EventKind::Resolved, actor: Actor::Customer }));
    let withdrawn = case.check(policy, Actor::Staff, &Event::new(EventKind::Withdrawn, now));
    assert_eq!(withdrawn.unwrap_err().code(), "wrong_actor");
}

#[test]
fn kontakt_information_request_pauses_and_resumes_the_case() {
    let (policy, mut case) = open("kontakt-az", KindId::Complaint, "2026-11-02T06:00:00Z");
    case.apply(policy, Actor::Staff, Event::new(EventKind::Acknowledged, at("2026-11-02T07:00:00Z"))).unwrap();
    case.apply(policy, Actor::Staff, Event::new(EventKind::InformationRequested, at("2026-11-03T07:00:00Z"))).unwrap();
    assert_eq!(case.stage, Stage::AwaitingCustomer);
    assert_eq!(
        case.allowed(policy, Actor::Customer, at("2026-11-03T08:00:00Z")),
        [EventKind::InformationSupplied, EventKind::Withdrawn]
    );
    case.apply(policy, Actor::Customer, Event::new(EventKind::InformationSupplied, at("2026-11-04T07:00:00Z")))
        .unwrap();
    assert_eq!(case.stage, Stage::Acknowledged);
}

#[test]
fn a_withdrawn_case_stops_its_clocks_and_accepts_nothing_more() {
    let (policy, mut case) = open("kontakt-az", KindId::Complaint, "2026-11-02T06:00:00Z");
    case.apply(policy, Actor::Customer, Event::new(EventKind::Withdrawn, at("2026-11-03T07:00:00Z"))).unwrap();
    assert_eq!(status(policy, &case, MilestoneName::Resolution, "2026-12-31T00:00:00Z"), MilestoneStatus::Stopped);
    assert!(case.allowed(policy, Actor::Customer, at("2026-11-04T07:00:00Z")).is_empty());
    let respond = case.check(policy, Actor::Staff, &Event::new(EventKind::Responded, at("2026-11-04T07:00:00Z")));
    assert_eq!(respond, Err(TransitionError::NotAtStage { event: EventKind::Responded, stage: Stage::Withdrawn }));
}

#[test]
fn events_are_appended_in_time_order() {
    let (policy, case) = open("kijoma", KindId::Complaint, "2026-11-02T10:00:00Z");
    let error = case.check(policy, Actor::Staff, &Event::new(EventKind::Acknowledged, at("2026-11-02T09:00:00Z")));
    assert_eq!(error.unwrap_err().code(), "out_of_order");
}

#[test]
fn a_kind_reached_only_by_escalation_cannot_be_opened_directly_elsewhere() {
    let policy = policy::find("kijoma").unwrap();
    let error = CaseState::open(policy, KindId::EscalatedComplaint, at("2026-11-02T10:00:00Z")).unwrap_err();
    assert_eq!(error.code(), "kind_not_offered");
}

#[test]
fn replaying_the_history_gives_the_same_state() {
    let (policy, mut case) = open("key-systems", KindId::Complaint, "2026-11-02T10:00:00Z");
    case.apply(policy, Actor::Staff, Event::new(EventKind::Acknowledged, at("2026-11-02T11:00:00Z"))).unwrap();
    case.apply(policy, Actor::Staff, Event::new(EventKind::Responded, at("2026-11-09T10:00:00Z"))).unwrap();
    case.apply(policy, Actor::Customer, Event::escalation(KindId::EscalatedComplaint, at("2026-11-10T10:00:00Z")))
        .unwrap();
    let history: Vec<Event> = case.events().cloned().collect();
    assert_eq!(CaseState::replay(policy, KindId::Complaint, &history).unwrap(), case);
}

/// A delay notice and a corrected first contact need a date to be possible
/// at all; the steps staff may take now still list them while one could be
/// given: a delay while a deadline that may be put back is still to come.
#[test]
fn staff_are_offered_a_delay_notice_while_a_deadline_may_still_be_put_back() {
    let (policy, mut case) = open("kijoma", KindId::Complaint, "2026-12-18T10:00:00Z");
    case.apply(policy, Actor::Staff, Event::new(EventKind::Acknowledged, at("2026-12-18T11:00:00Z"))).unwrap();
    assert!(case.allowed(policy, Actor::Staff, at("2026-12-21T10:00:00Z")).contains(&EventKind::DelayNotified));
    // Full reply aimed for by Tuesday 29 December: after it, too late to put it back.
    assert!(!case.allowed(policy, Actor::Staff, at("2026-12-30T10:00:00Z")).contains(&EventKind::DelayNotified));
    // Kite Mobi's staff may correct the day the customer first contacted it;
    // Kijoma's may not.
    let now = at("2026-11-02T12:00:00Z");
    let (policy, case) = open("kite-mobi", KindId::Complaint, "2026-11-02T10:00:00Z");
    assert!(case.allowed(policy, Actor::Staff, now).contains(&EventKind::FirstContactCorrected));
    let (policy, case) = open("kijoma", KindId::Complaint, "2026-11-02T10:00:00Z");
    assert!(!case.allowed(policy, Actor::Staff, now).contains(&EventKind::FirstContactCorrected));
}
