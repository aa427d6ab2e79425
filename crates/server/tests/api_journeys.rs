//! One full case per provider through the real server and database: submit,
//! staff steps, customer actions, and milestones met and missed as the clock
//! moves (the server is restarted at a later `REDRESS_NOW`).

mod common;

use common::{Db, PDF, Server, complaint, upload};
use serde_json::{Value, json};

fn milestone<'a>(case: &'a Value, name: &str) -> &'a Value {
    case["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|m| m["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {case}"))
}

fn actions(case: &Value) -> Vec<String> {
    case["actions"].as_array().unwrap().iter().map(|a| a["action"].as_str().unwrap().to_string()).collect()
}

async fn submitted(server: &Server, provider: &str, body: &Value) -> (String, String, Value) {
    let (status, receipt) = server.submit(provider, &format!("key-{provider}-{}", body.to_string().len()), body).await;
    assert_eq!(status, 201, "{receipt}");
    (receipt["reference"].as_str().unwrap().into(), receipt["access_code"].as_str().unwrap().into(), receipt)
}

async fn kijoma_deadlock_opens_cisas(db: Db) {
    let mut server = Server::start(db, "2026-12-18T10:00:00Z").await;
    let (reference, code, receipt) = submitted(&server, "kijoma", &complaint("kijoma")).await;
    assert_eq!(
        receipt["milestones"],
        json!([{"name": "substantive_response", "due": "2026-12-29"}, {"name": "adr_eligible", "due": "2027-02-12"}])
    );
    let (status, case) = server.case(&reference, &code).await;
    assert_eq!(status, 200);
    // As a customer types them back from a letter: no hyphens, lower case,
    // the code in spaced groups with O for 0 and l for 1.
    let typed_reference = reference.replace('-', "").to_lowercase();
    let typed_code = code.replace('-', " ").replace('0', "O").replace('1', "l").to_lowercase();
    let (status, typed) = server.case(&typed_reference, &typed_code).await;
    assert_eq!((status, typed["reference"].clone()), (200, json!(reference)), "{typed}");
    let wrong = format!("{}{}", if code.starts_with('A') { "B" } else { "A" }, &code[1..]);
    assert_eq!(server.case(&typed_reference, &wrong).await.0, 404, "leniency reads look-alikes, not other codes");
    assert_eq!(case["stage"], "received");
    // A manager's review is for when the team could not help: not yet.
    assert_eq!(actions(&case), ["withdrawn"]);
    let (status, refused) = server.act(&reference, &code, &json!({"action": "manager_review_requested"})).await;
    assert_eq!((status, refused["error"]["code"].clone()), (409, json!("not_yet_open")), "{refused}");
    assert_eq!(case["adr"]["scheme"]["name"], "CISAS");
    assert_eq!(
        (case["adr"]["eligible_from"].clone(), case["adr"]["open"].clone()),
        (json!("2027-02-12"), json!(false))
    );

    assert!(case.get("staff_actions").is_none(), "the staff's steps are not the customer's business");

    let staff = server.staff_token("kijoma", "Sam Carter");
    let staff_actions = |case: &Value| -> Vec<String> {
        case["staff_actions"].as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_string()).collect()
    };
    let (_, _, seen) = server.staff_get(&staff, &format!("/cases/{reference}")).await;
    let seen: Value = serde_json::from_slice(&seen).unwrap();
    assert_eq!(
        staff_actions(&seen),
        [
            "acknowledged",
            "information_requested",
            "responded",
            "deadlock_letter_issued",
            "final_response",
            "resolved",
            "closed",
            // Its full reply is still to come, so it may still be put back.
            "delay_notified"
        ]
    );
    let (status, case) = server.staff_event(&staff, &reference, "acknowledged", "We are looking into it.").await;
    assert_eq!(status, 200);
    assert!(!staff_actions(&case).contains(&"acknowledged".to_string()), "acknowledged once");
    server.restart_at("2026-12-23T15:00:00Z").await;
    let (status, case) = server.staff_event(&staff, &reference, "responded", "An engineer visits on Monday.").await;
    assert_eq!(status, 200, "{case}");
    assert_eq!(milestone(&case, "substantive_response")["status"], "met");

    let (status, case) =
        server.act(&reference, &code, &json!({"action": "manager_review_requested", "message": "Still broken."})).await;
    assert_eq!((status, case["stage"].clone()), (200, json!("manager_review")));
    let (_, case) = server.staff_event(&staff, &reference, "deadlock_letter_issued", "Our final position.").await;
    assert_eq!(case["stage"], "deadlock");

    let (_, case) = server.case(&reference, &code).await;
    assert_eq!((case["adr"]["open"].clone(), case["adr"]["eligible_from"].clone()), (json!(true), json!("2026-12-23")));
    let history: Vec<&str> = case["events"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(
        history,
        ["received", "acknowledged", "responded", "manager_review_requested", "deadlock_letter_issued"]
    );
    // Customers see what staff wrote, not who wrote it.
    assert!(case["events"].as_array().unwrap().iter().all(|e| e.get("author").is_none()));
}
on_both_databases!(kijoma_journey, kijoma_deadlock_opens_cisas);

async fn kite_missed_resolution_and_early_referral(db: Db) {
    let mut server = Server::start(db, "2026-12-24T23:30:00Z").await;
    let (reference, code, receipt) = submitted(&server, "kite-mobi", &complaint("kite-mobi")).await;
    assert_eq!(receipt["milestones"][0], json!({"name": "resolution", "due": "2026-12-31"}));
    let staff = server.staff_token("kite-mobi", "Priya");
    server.restart_at("2027-01-04T12:00:00Z").await;

    let (_, case) = server.case(&reference, &code).await;
    assert_eq!(milestone(&case, "resolution")["status"], "missed");
    let overdue = server.staff_cases(&staff, "?overdue=true").await;
    assert_eq!(overdue[0]["reference"], reference.as_str());
    assert_eq!(overdue[0]["overdue"], true);

    let ask = json!({"action": "adr_referral_requested", "message": "Please send a deadlock letter."});
    assert_eq!(server.act(&reference, &code, &ask).await.0, 200);
    let (status, again) = server.act(&reference, &code, &ask).await;
    assert_eq!((status, again["error"]["code"].clone()), (409, json!("already_requested")));
    let (status, refused) = server.act(&reference, &code, &json!({"action": "resolved"})).await;
    assert_eq!((status, refused["error"]["code"].clone()), (409, json!("wrong_actor")));
}
on_both_databases!(kite_journey, kite_missed_resolution_and_early_referral);

async fn key_systems_escalation_within_and_after_the_window(db: Db) {
    let mut server = Server::start(db, "2026-11-02T10:00:00Z").await;
    let staff = server.staff_token("key-systems", "Jana");
    let (first, first_code, _) = submitted(&server, "key-systems", &complaint("key-systems")).await;
    let mut late_body = complaint("key-systems");
    late_body["fields"]["description"] = json!("A second problem.");
    let (late, late_code, _) = submitted(&server, "key-systems", &late_body).await;

    server.restart_at("2026-11-09T10:00:00Z").await;
    for reference in [&first, &late] {
        let (status, case) = server.staff_event(&staff, reference, "responded", "Die Verlängerung ist erfolgt.").await;
        assert_eq!(status, 200, "{case}");
        assert_eq!(milestone(&case, "escalation_window_closes")["due"], "2026-12-07");
    }
    server.restart_at("2026-11-20T10:00:00Z").await;
    let (_, case) = server.case(&first, &first_code).await;
    let escalation = &case["actions"].as_array().unwrap().iter().find(|a| a["action"] == "escalated").unwrap().clone();
    assert_eq!(
        (escalation["to_kind"].clone(), escalation["open_until"].clone()),
        (json!("escalated_complaint"), json!("2026-12-07"))
    );

    let incomplete = json!({"action": "escalated", "fields": {"full_name": "Jonas Becker", "email": "jonas@example.de", "description": "x"}});
    let (status, errors) = server.act(&first, &first_code, &incomplete).await;
    assert_eq!(status, 422);
    assert_eq!(errors["error"]["fields"]["previous_complaint"], json!(["required"]));
    let escalate = json!({"action": "escalated", "fields": {
        "full_name": "Jonas Becker", "email": "jonas@example.de", "domain_names": ["example.de"],
        "description": "The renewal failed again.", "desired_remedy": "Renew the domain and refund the fee.",
        "previous_complaint": "First complaint of 2 November.", "dissatisfaction_reasons": "The answer did not fix it."
    }});
    let (status, case) = server.act(&first, &first_code, &escalate).await;
    assert_eq!(status, 200, "{case}");
    assert_eq!((case["kind"].clone(), case["stage"].clone()), (json!("escalated_complaint"), json!("escalated")));
    assert_eq!(milestone(&case, "final_response")["due"], "2026-12-04");

    // After the window: the escalation is refused and the case is considered resolved.
    server.restart_at("2026-12-08T12:00:00Z").await;
    let (status, refused) = server.act(&late, &late_code, &escalate).await;
    assert_eq!((status, refused["error"]["code"].clone()), (409, json!("window_closed")), "{refused}");
    let (_, case) = server.case(&late, &late_code).await;
    assert_eq!(case["stage"], "resolved");
    assert_eq!(case["events"].as_array().unwrap().last().unwrap()["kind"], "considered_resolved");
    // The clock recorded it in the database too.
    let resolved = server.staff_cases(&staff, "?stage=resolved").await;
    assert_eq!(resolved.as_array().unwrap().len(), 1, "{resolved}");
}
on_both_databases!(key_systems_journey, key_systems_escalation_within_and_after_the_window);

/// The instant a case keeps of its next clock event, read from the database.
async fn clock_due_at(server: &Server, reference: &str) -> Option<String> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    let row: (Option<String>,) = sqlx::query_as("SELECT clock_due_at FROM cases WHERE reference = $1")
        .bind(reference)
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    row.0
}

/// The clock reads only the cases due, by the instant each keeps of its next
/// clock event or timed letter: set when the case is filed, moved by each
/// step, worked out on the first pass for a case from before the index,
/// cleared when it ends.
async fn the_clock_finds_cases_by_their_next_instant(db: Db) {
    let mut server = Server::start(db, "2026-11-02T10:00:00Z").await;
    let staff = server.staff_token("key-systems", "Jana");
    let (reference, code, _) = submitted(&server, "key-systems", &complaint("key-systems")).await;
    assert_eq!(clock_due_at(&server, &reference).await, None, "nothing lapses before the company answers");
    let (status, _) = server.staff_event(&staff, &reference, "responded", "Die Verlängerung ist erfolgt.").await;
    assert_eq!(status, 200);
    // The escalation window, four weeks from the answer, closes with 30
    // November; the reminder is due five business days before, at the
    // start of Monday 23 November in Berlin.
    let reminder = Some("2026-11-22T23:00:00.000000Z".to_string());
    assert_eq!(clock_due_at(&server, &reference).await, reminder);

    // A case from before the index: the next pass works its instant out.
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    sqlx::query("UPDATE cases SET clock_due_at = '0001-01-01T00:00:00.000000Z' WHERE reference = $1")
        .bind(&reference)
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    server.restart_at("2026-11-20T10:00:00Z").await;
    assert_eq!(clock_due_at(&server, &reference).await, reminder);
    let (_, case) = server.case(&reference, &code).await;
    assert_eq!(case["stage"], "responded");

    // The reminder written, the next instant is the window's end, at midnight in Berlin.
    server.restart_at("2026-11-23T10:00:00Z").await;
    assert_eq!(clock_due_at(&server, &reference).await, Some("2026-11-30T23:00:00.000000Z".to_string()));

    // Due: the pass records the lapse, and the ended case waits for nothing.
    server.restart_at("2026-12-08T12:00:00Z").await;
    assert_eq!(clock_due_at(&server, &reference).await, None);
    let resolved = server.staff_cases(&staff, "?stage=resolved").await;
    assert_eq!(resolved.as_array().unwrap().len(), 1, "{resolved}");
}
on_both_databases!(clock_index, the_clock_finds_cases_by_their_next_instant);

async fn modmount_inquiry_then_complaint_with_documents(db: Db) {
    let mut server = Server::start(db, "2026-11-02T10:00:00Z").await;
    let inquiry = json!({"kind": "inquiry", "lang": "fr", "fields": {
        "full_name": "Claire Martin", "email": "claire@example.fr", "description": "Où est mon retrait ?"
    }});
    let (reference, code, receipt) = submitted(&server, "modmount", &inquiry).await;
    assert_eq!(receipt["milestones"], json!([{"name": "holding_response", "due": "2026-11-05"}]));

    // A direct complaint needs supporting documents.
    let (status, errors) = server.submit("modmount", "direct-1", &complaint("modmount")).await;
    assert_eq!((status, errors["error"]["fields"]["documents"].clone()), (422, json!(["documents_required"])));
    let (status, uploaded) = upload(&server, "modmount", "statement.pdf", PDF, "application/pdf").await;
    assert_eq!(status, 201, "{uploaded}");
    let mut with_document = complaint("modmount");
    with_document["documents"] = json!([uploaded["id"]]);
    let (status, direct) = server.submit("modmount", "direct-2", &with_document).await;
    assert_eq!(status, 201, "{direct}");
    // An upload belongs to one case only.
    let (status, errors) = server.submit("modmount", "direct-3", &with_document).await;
    assert_eq!((status, errors["error"]["fields"]["documents"].clone()), (422, json!(["unknown_document"])));

    let staff = server.staff_token("modmount", "Luc");
    server.staff_event(&staff, &reference, "responded", "Votre retrait est en cours.").await;
    let mut escalate = json!({"action": "escalated", "fields": {
        "full_name": "Claire Martin", "email": "claire@example.fr", "account_reference": "MM-1001",
        "description": "Toujours rien.", "incident_date": "2026-10-30", "agreement_scope": true, "declaration": true
    }});
    // The complaint the enquiry becomes needs documents too; the enquiry had none.
    let (status, errors) = server.act(&reference, &code, &escalate).await;
    assert_eq!((status, errors["error"]["fields"]["documents"].clone()), (422, json!(["documents_required"])));
    // Nor will another case's document do, nor another provider's.
    escalate["documents"] = json!([uploaded["id"]]);
    let (status, errors) = server.act(&reference, &code, &escalate).await;
    assert_eq!((status, errors["error"]["fields"]["documents"].clone()), (422, json!(["unknown_document"])));
    let (_, elsewhere) = upload(&server, "kijoma", "bill.pdf", PDF, "application/pdf").await;
    escalate["documents"] = json!([elsewhere["id"]]);
    let (status, errors) = server.act(&reference, &code, &escalate).await;
    assert_eq!((status, errors["error"]["fields"]["documents"].clone()), (422, json!(["unknown_document"])));
    let (_, statement) = upload(&server, "modmount", "statement-2.pdf", PDF, "application/pdf").await;
    // Documents go with an escalation or with information supplied, nothing else.
    let message = json!({"action": "manager_review_requested", "documents": [statement["id"]]});
    let (status, errors) = server.act(&reference, &code, &message).await;
    assert_eq!((status, errors["error"]["fields"]["documents"].clone()), (422, json!(["unknown_field"])));
    escalate["documents"] = json!([statement["id"]]);
    let (status, case) = server.act(&reference, &code, &escalate).await;
    assert_eq!(status, 200, "{case}");
    // The case shows the complaint's answers now.
    assert_eq!(
        (case["answers"]["account_reference"].clone(), case["answers"]["description"].clone()),
        (json!("MM-1001"), json!("Toujours rien."))
    );
    // The case lists the document with the name it was sent under.
    let documents = case["documents"].as_array().unwrap();
    let listed: Vec<(&Value, &Value, &Value)> =
        documents.iter().map(|d| (&d["id"], &d["name"], &d["media_type"])).collect();
    assert_eq!(listed, [(&statement["id"], &json!("statement-2.pdf"), &json!("application/pdf"))]);
    assert_eq!(documents[0]["size"], json!(PDF.len()));
    // Staff read the case and download the document, as sent, as a download only.
    let (status, _, body) = server.staff_get(&staff, &format!("/cases/{reference}")).await;
    let staff_view: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!((status, &staff_view["documents"]), (200, &case["documents"]));
    let path = format!("/cases/{reference}/documents/{}", statement["id"].as_str().unwrap());
    let (status, headers, content) = server.staff_get(&staff, &path).await;
    assert_eq!((status, content.as_slice()), (200, PDF));
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"statement-2.pdf\"; filename*=UTF-8''statement-2.pdf"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["cache-control"], "no-store");
    // A document of another case, through this one, is not found.
    let other = format!("/cases/{reference}/documents/{}", uploaded["id"].as_str().unwrap());
    assert_eq!(server.staff_get(&staff, &other).await.0, 404);
    // It now belongs to this case.
    let mut reused = with_document.clone();
    reused["documents"] = json!([statement["id"]]);
    let (status, errors) = server.submit("modmount", "direct-4", &reused).await;
    assert_eq!((status, errors["error"]["fields"]["documents"].clone()), (422, json!(["unknown_document"])));
    assert_eq!(case["kind"], "complaint");
    assert_eq!(milestone(&case, "considered_closed")["due"], "2027-02-02");
    let (status, refused) = server.staff_event(&staff, &reference, "deadlock_letter_issued", "").await;
    assert_eq!((status, refused["error"]["code"].clone()), (409, json!("not_in_policy")));

    // Before three months the company may not close a complaint it has not
    // asked anything about.
    let close = json!({"event": "closed", "message": "Votre réclamation date de plus de trois mois."});
    let (status, refused) = server.staff_step(&staff, &reference, &close).await;
    assert_eq!((status, refused["error"]["code"].clone()), (409, json!("closure_not_yet_allowed")), "{refused}");
    // Three months on, nothing has closed by itself: the company may close it now.
    server.restart_at("2027-02-03T09:00:00Z").await;
    let (_, case) = server.case(&reference, &code).await;
    assert_eq!(case["stage"], "escalated");
    assert_eq!(milestone(&case, "considered_closed")["status"], "met");
    assert_eq!(milestone(&case, "remedy_proposal")["status"], "missed");
    let (status, errors) = server.staff_event(&staff, &reference, "closed", "").await;
    assert_eq!((status, errors["error"]["fields"]["message"].clone()), (422, json!(["required"])), "a reason is owed");
    let (status, case) = server.staff_step(&staff, &reference, &close).await;
    assert_eq!((status, case["stage"].clone()), (200, json!("closed")), "{case}");
    // The customer reads the reason.
    let (_, case) = server.case(&reference, &code).await;
    let last = case["events"].as_array().unwrap().last().unwrap().clone();
    assert_eq!((last["kind"].clone(), last["message"].clone()), (json!("closed"), close["message"].clone()));
}
on_both_databases!(modmount_journey, modmount_inquiry_then_complaint_with_documents);

async fn kontakt_information_request_and_resolution(db: Db) {
    let mut server = Server::start(db, "2026-03-19T21:00:00Z").await;
    let mut body = complaint("kontakt-az");
    body["lang"] = json!("az");
    let (reference, code, receipt) = submitted(&server, "kontakt-az", &body).await;
    assert_eq!(
        receipt["milestones"],
        json!([{"name": "acknowledgement", "due": "2026-04-02"}, {"name": "resolution", "due": "2026-04-13"}])
    );
    let staff = server.staff_token("kontakt-az", "Leyla");
    server.restart_at("2026-03-31T08:00:00Z").await;
    assert_eq!(server.staff_event(&staff, &reference, "acknowledged", "Şikayətiniz qəbul edildi.").await.0, 200);
    let (_, case) = server.staff_event(&staff, &reference, "information_requested", "Çekin şəklini göndərin.").await;
    assert_eq!(case["stage"], "awaiting_customer");
    let (status, errors) = server.act(&reference, &code, &json!({"action": "information_supplied"})).await;
    assert_eq!((status, errors["error"]["fields"]["message"].clone()), (422, json!(["required"])));
    // The information may come with documents: they join the case.
    let (_, photo) = upload(&server, "kontakt-az", "çek.pdf", PDF, "application/pdf").await;
    let supplied = json!({"action": "information_supplied", "message": "Çek 12345.", "documents": [photo["id"]]});
    let (status, case) = server.act(&reference, &code, &supplied).await;
    assert_eq!((status, case["stage"].clone()), (200, json!("acknowledged")));
    assert_eq!(case["documents"][0]["name"], "çek.pdf");
    server.restart_at("2026-04-10T08:00:00Z").await;
    let (_, case) = server.staff_event(&staff, &reference, "resolved", "Televizor dəyişdirildi.").await;
    assert_eq!(case["stage"], "resolved");
    assert_eq!(milestone(&case, "acknowledgement")["status"], "met");
    assert_eq!(milestone(&case, "resolution")["status"], "met");
    // Staff see who did what.
    assert_eq!(case["events"][1]["author"], "Leyla");
}
on_both_databases!(kontakt_journey, kontakt_information_request_and_resolution);

/// Kite Mobi's eight weeks count from the first contact the customer gives;
/// staff may correct it with a reason, which the customer reads.
async fn kite_counts_eight_weeks_from_first_contact(db: Db) {
    let server = Server::start(db, "2026-11-02T10:00:00Z").await;
    let mut body = complaint("kite-mobi");
    body["fields"]["first_contact_date"] = json!("2026-11-03");
    let (status, errors) = server.submit("kite-mobi", "future-contact", &body).await;
    assert_eq!((status, errors["error"]["fields"]["first_contact_date"].clone()), (422, json!(["date_in_future"])));
    body["fields"]["first_contact_date"] = json!("2026-10-03");
    let (reference, code, receipt) = submitted(&server, "kite-mobi", &body).await;
    assert_eq!(
        receipt["milestones"][1],
        json!({"name": "adr_eligible", "due": "2026-11-28", "counted_from": "2026-10-03"})
    );
    let (_, case) = server.case(&reference, &code).await;
    assert_eq!(milestone(&case, "adr_eligible")["counted_from"], "2026-10-03");
    assert!(milestone(&case, "adr_eligible").get("counted_from_records").is_none(), "the customer's own date");
    assert_eq!(case["adr"]["eligible_from"], "2026-11-28");

    let staff = server.staff_token("kite-mobi", "Priya");
    let correct =
        |date: &str, message: &str| json!({"event": "first_contact_corrected", "date": date, "message": message});
    let (status, errors) = server.staff_step(&staff, &reference, &correct("2026-10-20", "")).await;
    assert_eq!((status, errors["error"]["fields"]["message"].clone()), (422, json!(["required"])));
    let (status, errors) = server.staff_step(&staff, &reference, &correct("20/10/2026", "Our call log.")).await;
    assert_eq!((status, errors["error"]["fields"]["date"].clone()), (422, json!(["invalid_date"])));
    let (status, refused) = server.staff_step(&staff, &reference, &correct("2026-11-05", "Our call log.")).await;
    assert_eq!((status, refused["error"]["code"].clone()), (409, json!("first_contact_after_receipt")));
    let reason = "Our call log shows your first call on 20 October.";
    let (status, _) = server.staff_step(&staff, &reference, &correct("2026-10-20", reason)).await;
    assert_eq!(status, 200);
    let (_, case) = server.case(&reference, &code).await;
    assert_eq!(milestone(&case, "adr_eligible")["counted_from"], "2026-10-20");
    assert_eq!(milestone(&case, "adr_eligible")["counted_from_records"], true);
    assert_eq!(case["adr"]["eligible_from"], "2026-12-15");
    let last = case["events"].as_array().unwrap().last().unwrap().clone();
    assert_eq!((last["date"].clone(), last["message"].clone()), (json!("2026-10-20"), json!(reason)));
    // The resolution date is an aim, and says so.
    assert_eq!(milestone(&case, "resolution")["aim"], true);
    assert!(milestone(&case, "adr_eligible").get("aim").is_none());
}
on_both_databases!(kite_first_contact, kite_counts_eight_weeks_from_first_contact);

/// Kontakt Home takes any contact detail, and tells the customer when an
/// answer will be late, why, and the new date; the date then stands in for
/// the old one, and passes like any other.
async fn kontakt_phone_only_and_a_delay_notice(db: Db) {
    let mut server = Server::start(db, "2026-11-02T08:00:00Z").await;
    let mut body = complaint("kontakt-az");
    body["fields"].as_object_mut().unwrap().remove("email");
    let (status, errors) = server.submit("kontakt-az", "no-contact", &body).await;
    assert_eq!((status, errors["error"]["fields"]["email"].clone()), (422, json!(["contact_required"])));
    body["fields"]["phone"] = json!("+994 50 123 45 67");
    let (reference, code, _) = submitted(&server, "kontakt-az", &body).await;
    let staff = server.staff_token("kontakt-az", "Leyla");
    let delay = |date: &str| json!({"event": "delay_notified", "milestone": "resolution", "date": date, "message": "Zavoddan cavab gözləyirik."});
    let (status, refused) = server.staff_step(&staff, &reference, &delay("2026-11-18")).await;
    assert_eq!((status, refused["error"]["code"].clone()), (409, json!("delay_not_possible")), "not later");
    let (status, errors) = server
        .staff_step(&staff, &reference, &json!({"event": "delay_notified", "date": "2026-11-25", "message": "x"}))
        .await;
    assert_eq!((status, errors["error"]["fields"]["milestone"].clone()), (422, json!(["required"])));
    let (status, case) = server.staff_step(&staff, &reference, &delay("2026-11-25")).await;
    assert_eq!(status, 200, "{case}");
    let resolution = milestone(&case, "resolution");
    assert_eq!(
        (resolution["due"].clone(), resolution["delayed_from"].clone()),
        (json!("2026-11-25"), json!("2026-11-18"))
    );
    server.restart_at("2026-11-20T08:00:00Z").await;
    let (_, case) = server.case(&reference, &code).await;
    assert_eq!(milestone(&case, "resolution")["status"], "pending", "the new date has not come");
    let notice = case["events"].as_array().unwrap().iter().find(|e| e["kind"] == "delay_notified").unwrap().clone();
    assert_eq!((notice["milestone"].clone(), notice["date"].clone()), (json!("resolution"), json!("2026-11-25")));
    assert_eq!(notice["message"], "Zavoddan cavab gözləyirik.");
    // Past the new date, the answer is late after all; no second notice then.
    server.restart_at("2026-11-26T08:00:00Z").await;
    let (_, case) = server.case(&reference, &code).await;
    assert_eq!(milestone(&case, "resolution")["status"], "missed");
    let (status, _) = server.staff_step(&staff, &reference, &delay("2026-12-05")).await;
    assert_eq!(status, 409);
}
on_both_databases!(kontakt_delay, kontakt_phone_only_and_a_delay_notice);

/// Key-Systems' window opens on the company's answer whatever the step that
/// gave it: a case marked resolved can still be escalated.
async fn key_systems_window_opens_on_a_resolution(db: Db) {
    let mut server = Server::start(db, "2026-11-02T10:00:00Z").await;
    let staff = server.staff_token("key-systems", "Jana");
    let (reference, code, _) = submitted(&server, "key-systems", &complaint("key-systems")).await;
    server.restart_at("2026-11-09T10:00:00Z").await;
    let (status, case) = server.staff_event(&staff, &reference, "resolved", "Die Domain ist verlängert.").await;
    assert_eq!((status, milestone(&case, "escalation_window_closes")["due"].clone()), (200, json!("2026-12-07")));
    let (_, case) = server.case(&reference, &code).await;
    assert!(actions(&case).contains(&"escalated".to_string()), "{case}");
}
on_both_databases!(key_systems_resolution_window, key_systems_window_opens_on_a_resolution);

/// The clock records a lapse while the server runs, not only when it
/// starts: two seconds before Key-Systems' window closes, on a clock that
/// runs and sweeps every second, the database holds the case as resolved
/// moments after the window's end, with no request touching the case.
#[tokio::test]
async fn the_clock_records_a_lapse_while_the_server_runs() {
    let mut server = Server::start(Db::Sqlite, "2026-11-02T10:00:00Z").await;
    let staff = server.staff_token("key-systems", "Jana");
    let (reference, _, _) = submitted(&server, "key-systems", &complaint("key-systems")).await;
    server.restart_at("2026-11-09T10:00:00Z").await;
    let (_, case) = server.staff_event(&staff, &reference, "responded", "Erledigt.").await;
    assert_eq!(milestone(&case, "escalation_window_closes")["due"], "2026-12-07");
    // The window's last day ends at 23:00 UTC in Berlin's winter.
    let running = [("REDRESS_CLOCK_RUNS", "true"), ("REDRESS_SWEEP_SECS", "1")];
    server.restart_with("2026-12-07T22:59:58Z", &running).await;
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    let stage = || async {
        let (stage,): (String,) = sqlx::query_as("SELECT stage FROM cases WHERE reference = $1")
            .bind(&reference)
            .fetch_one(&pool)
            .await
            .unwrap();
        stage
    };
    assert_eq!(stage().await, "responded", "not before the window has closed");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while stage().await != "resolved" {
        assert!(std::time::Instant::now() < deadline, "the clock did not record the lapse");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// A provider with a retention period (Modmount: seven years) has its
/// finished cases purged once the period has passed, with their history and
/// idempotency records; a provider whose policy sets none keeps its cases.
async fn finished_cases_are_purged_after_the_retention_period(db: Db) {
    let mut server = Server::start(db, "2026-11-02T10:00:00Z").await;
    let (_, statement) = upload(&server, "modmount", "relevé.pdf", PDF, "application/pdf").await;
    let inquiry = json!({"kind": "inquiry", "lang": "fr", "fields": {
        "full_name": "Claire Martin", "email": "claire@example.fr", "description": "Où est mon retrait ?"
    }});
    let (modmount, modmount_code, receipt) = submitted(&server, "modmount", &inquiry).await;
    let mut with_document = inquiry.clone();
    with_document["fields"]["description"] = json!("Voici mon relevé.");
    with_document["documents"] = json!([statement["id"]]);
    let (documented, documented_code, _) = submitted(&server, "modmount", &with_document).await;
    let (kijoma, kijoma_code, _) = submitted(&server, "kijoma", &complaint("kijoma")).await;
    // How many stored documents have the statement's id, read from the database itself.
    let documents_held = |database_url: String, id: String| async move {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&database_url).await.unwrap();
        let (count,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM uploads WHERE id = $1").bind(id).fetch_one(&pool).await.unwrap();
        pool.close().await;
        count
    };
    let statement_id = statement["id"].as_str().unwrap().to_string();
    assert_eq!(documents_held(server.database_url.clone(), statement_id.clone()).await, 1);
    // The team's notes on a case and its record of who opened it go with it.
    let staff = server.staff_token("modmount", "Léa");
    let note = server.client.post(server.url(&format!("/api/staff/cases/{modmount}/notes")));
    let note = note.bearer_auth(&staff).json(&json!({"text": "Rappeler la cliente."})).send().await.unwrap();
    assert_eq!(note.status(), 200);
    for (reference, code) in [(&modmount, &modmount_code), (&documented, &documented_code), (&kijoma, &kijoma_code)] {
        let (status, case) = server.act(reference, code, &json!({"action": "withdrawn"})).await;
        assert_eq!((status, case["stage"].clone()), (200, json!("withdrawn")), "{case}");
    }

    // A day short of seven years after the withdrawal, the case is still kept.
    server.restart_at("2033-11-01T10:00:00Z").await;
    assert_eq!(server.case(&modmount, &modmount_code).await.0, 200);

    // A day past: gone, and with it the record of its submission, so the
    // same key and body file a new case.
    server.restart_at("2033-11-03T10:00:00Z").await;
    assert_eq!(server.case(&modmount, &modmount_code).await.0, 404);
    assert_eq!(server.case(&documented, &documented_code).await.0, 404);
    assert_eq!(documents_held(server.database_url.clone(), statement_id).await, 0, "its document is gone too");
    let (_, _, again) = submitted(&server, "modmount", &inquiry).await;
    assert_ne!(again["reference"], receipt["reference"]);
    assert_eq!(server.case(&kijoma, &kijoma_code).await.0, 200);
}
on_both_databases!(retention, finished_cases_are_purged_after_the_retention_period);

/// A complaints handler finds cases by who complained, when, or their
/// reference, in the list and in the spreadsheet alike.
async fn staff_find_cases(db: Db) {
    let mut server = Server::start(db, "2026-11-02T09:00:00Z").await;
    let mut body = complaint("kijoma");
    body["fields"]["full_name"] = json!("Лейла Мамедова");
    body["fields"]["email"] = json!("leyla@example.az");
    let (leyla, _, _) = submitted(&server, "kijoma", &body).await;
    // Kijoma counts days in London, on UTC in winter: still 30 November.
    server.restart_at("2026-11-30T23:30:00Z").await;
    let (ada, _, _) = submitted(&server, "kijoma", &complaint("kijoma")).await;
    let staff = server.staff_token("kijoma", "Sam");

    let found = |query: &str| {
        let request = server.client.get(format!("{}?{query}", server.url("/api/staff/cases"))).bearer_auth(&staff);
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.json::<Value>().await.unwrap())
        }
    };
    let references = |body: &Value| -> Vec<String> {
        body["cases"].as_array().unwrap().iter().map(|c| c["reference"].as_str().unwrap().to_string()).collect()
    };
    let (_, all) = found("").await;
    assert_eq!(references(&all), [leyla.as_str(), ada.as_str()]);
    let (_, by_name) = found("q=%D0%BC%D0%B0%D0%BC%D0%B5%D0%B4%D0%BE%D0%B2%D0%B0").await;
    assert_eq!(references(&by_name), [leyla.as_str()], "мамедова finds Мамедова");
    let (_, by_email) = found("q=ADA@EXAMPLE").await;
    assert_eq!(references(&by_email), [ada.as_str()]);
    let (_, by_reference) = found(&format!("q={}", ada.to_lowercase())).await;
    assert_eq!(references(&by_reference), [ada.as_str()]);
    let (_, november) = found("received_from=2026-11-01&received_to=2026-11-29").await;
    assert_eq!(references(&november), [leyla.as_str()]);
    let (_, last_day) = found("received_from=2026-11-30").await;
    assert_eq!(references(&last_day), [ada.as_str()]);
    let (_, newest) = found("sort=newest").await;
    assert_eq!(references(&newest), [ada.as_str(), leyla.as_str()]);
    // Leyla's reply was due weeks ago and is still outstanding: hers comes
    // first in the work queue, overdue; Ada's falls due later.
    let (_, queue) = found("sort=next_due").await;
    assert_eq!(references(&queue), [leyla.as_str(), ada.as_str()]);
    let cases = &queue["cases"];
    assert!(cases[0]["next_due"].as_str() < cases[1]["next_due"].as_str(), "{queue}");
    assert_eq!((cases[0]["overdue"].clone(), cases[1]["overdue"].clone()), (json!(true), json!(false)), "{queue}");
    let (_, late) = found("overdue=true").await;
    assert_eq!(references(&late), [leyla.as_str()]);
    let (_, on_time) = found("overdue=false").await;
    assert_eq!(references(&on_time), [ada.as_str()]);

    // A page at a time: the total, and where the next page starts.
    let (_, first) = found("sort=newest&limit=1").await;
    assert_eq!((references(&first), first["total"].clone()), (vec![ada.clone()], json!(2)), "{first}");
    let after = first["next"].as_str().unwrap().to_string();
    let (_, second) = found(&format!("sort=newest&limit=1&after={after}")).await;
    assert_eq!(references(&second), [leyla.as_str()]);
    assert!(second["next"].is_null(), "the last page says so: {second}");

    let (_, _, sheet) = server.staff_get(&staff, "/cases.csv?q=%D0%9B%D0%B5%D0%B9%D0%BB%D0%B0").await;
    let sheet = String::from_utf8(sheet).unwrap();
    assert!(sheet.contains(&leyla) && !sheet.contains(&ada), "{sheet}");

    // Mistakes in the query are named, in the API's error shape.
    for (query, status, code, names) in [
        ("overdue=maybe", 400, "invalid_query", "overdue"),
        ("received_from=yesterday", 400, "invalid_query", "received_from"),
        ("sort=name", 400, "invalid_query", "sort"),
        ("page=2", 400, "invalid_query", "page"),
        ("received_from=2026-12-01&received_to=2026-11-01", 422, "invalid_range", "received_from"),
        ("limit=0", 422, "invalid_limit", "limit"),
        ("limit=501", 422, "invalid_limit", "limit"),
        ("after=somewhere", 422, "invalid_cursor", "after"),
    ] {
        let (got, error) = found(query).await;
        assert_eq!((got, error["error"]["code"].as_str().unwrap()), (status, code), "{query}: {error}");
        assert!(error["error"]["message"].as_str().unwrap().contains(names), "{query}: {error}");
    }
}
on_both_databases!(staff_search, staff_find_cases);

/// Ofcom's schemes take households and businesses of up to ten people: a
/// larger business is offered neither the scheme, nor the day it would open,
/// nor an early referral; a household or one that did not say is.
#[tokio::test]
async fn the_ombudsman_is_offered_only_to_customers_it_takes() {
    let server = Server::start(Db::Sqlite, "2026-12-24T10:00:00Z").await;
    for (customer_type, offered) in [(Some("other_business"), false), (Some("residential"), true), (None, true)] {
        let mut body = complaint("kite-mobi");
        if let Some(value) = customer_type {
            body["fields"]["customer_type"] = json!(value);
        }
        let (reference, code, receipt) = submitted(&server, "kite-mobi", &body).await;
        let named: Vec<&str> =
            receipt["milestones"].as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap()).collect();
        assert_eq!(named.contains(&"adr_eligible"), offered, "{customer_type:?}: receipt {receipt}");
        let (_, case) = server.case(&reference, &code).await;
        assert_eq!(case["adr"].is_object(), offered, "{customer_type:?}: {}", case["adr"]);
        assert_eq!(
            case["milestones"].as_array().unwrap().iter().any(|m| m["name"] == "adr_eligible"),
            offered,
            "{customer_type:?}"
        );
        assert_eq!(actions(&case).contains(&"adr_referral_requested".to_string()), offered, "{customer_type:?}");
        if !offered {
            let ask = json!({"action": "adr_referral_requested", "message": "Please."});
            let (status, _) = server.act(&reference, &code, &ask).await;
            assert_eq!(status, 409, "the action is not offered, and not taken either");
        }
    }
}
