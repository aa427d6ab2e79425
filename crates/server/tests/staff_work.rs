//! The team's own work on a case: giving it to a member (and the queue's
//! "mine" and "nobody's"), notes the customer never sees, and the record of
//! who opened it. Only the provider's own members can be given a case.

mod common;

use common::{Db, PDF, Server, complaint, upload};
use serde_json::{Value, json};

async fn send(server: &Server, method: &str, path: &str, cookie: &str, body: Option<Value>) -> (u16, Value) {
    let mut request = server
        .client
        .request(method.parse().unwrap(), server.url(path))
        .header("cookie", cookie)
        .header("origin", server.url(""));
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn the_team_works_on_a_case(db: Db) {
    let server = Server::start(db, "2026-12-01T10:00:00Z").await;
    let (_, filed) = server.submit("kijoma", "w1", &complaint("kijoma")).await;
    let (_, other) = server.submit("kijoma", "w2", &complaint("kijoma")).await;
    let (reference, code) = (filed["reference"].as_str().unwrap(), filed["access_code"].as_str().unwrap());
    let sam = server.staff_session("kijoma", "sam@kijoma.example", "Sam Jones").await;
    let _lea = server.staff_session("kijoma", "lea@kijoma.example", "Léa Martin").await;
    let _kite = server.staff_session("kite-mobi", "kim@kite.example", "Kim Lee").await;

    let (status, members) = send(&server, "GET", "/api/staff/members", &sam, None).await;
    assert_eq!(status, 200);
    let names: Vec<&str> = members.as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Léa Martin", "Sam Jones"], "the provider's own, by name");
    let account =
        |name: &str| members.as_array().unwrap().iter().find(|m| m["name"] == name).unwrap()["account"].clone();

    let case_path = format!("/api/staff/cases/{reference}");
    let (status, case) =
        send(&server, "PUT", &format!("{case_path}/assignee"), &sam, Some(json!({"account": account("Sam Jones")})))
            .await;
    assert_eq!((status, &case["work"]["assignee"]["name"]), (200, &json!("Sam Jones")), "{case}");
    let mine = send(&server, "GET", "/api/staff/cases?assigned=me", &sam, None).await.1;
    assert_eq!(mine["total"], 1);
    assert_eq!(
        (&mine["cases"][0]["reference"], &mine["cases"][0]["assignee"]),
        (&json!(reference), &json!("Sam Jones"))
    );
    // The counts per stage are the provider's, whatever the filter.
    server.submit("kite-mobi", "w3", &complaint("kite-mobi")).await;
    let received: Vec<(&str, i64, bool)> = mine["stages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["count"] != 0)
        .map(|s| (s["stage"].as_str().unwrap(), s["count"].as_i64().unwrap(), s["exact"].as_bool().unwrap()))
        .collect();
    assert_eq!(received, [("received", 2, true)], "{mine}");
    assert_eq!(mine["stages"].as_array().unwrap().len(), 11, "every stage, those with none too");
    let nobodys = send(&server, "GET", "/api/staff/cases?assigned=nobody", &sam, None).await.1;
    assert_eq!(nobodys["stages"], mine["stages"], "another provider's case counts nowhere");
    assert_eq!(
        nobodys["cases"].as_array().unwrap().iter().map(|c| c["reference"].clone()).collect::<Vec<_>>(),
        [other["reference"].clone()]
    );

    // Another provider's member, an unknown account: refused, nothing changes.
    let kite = json!(3);
    for account in [kite, json!(999)] {
        let (status, error) =
            send(&server, "PUT", &format!("{case_path}/assignee"), &sam, Some(json!({"account": account}))).await;
        assert_eq!((status, &error["error"]["fields"]["account"]), (422, &json!(["invalid_choice"])), "{error}");
    }
    // A token has no cases of its own.
    let token = server.staff_token("kijoma", "Integration");
    let (status, _, body) = server.staff_get(&token, "/cases?assigned=me").await;
    assert_eq!(status, 422, "{}", String::from_utf8_lossy(&body));
    assert!(String::from_utf8_lossy(&body).contains("assigned_needs_member"));
    assert_eq!(server.staff_get(&token, "/cases?assigned=nobody").await.0, 200);

    // Notes: the team's alone.
    let (status, case) = send(
        &server,
        "POST",
        &format!("{case_path}/notes"),
        &sam,
        Some(json!({"text": "Called her back; <b>line</b> fault."})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(case["work"]["notes"][0]["author"], "Sam Jones");
    assert_eq!(case["work"]["notes"][0]["text"], "Called her back; <b>line</b> fault.", "kept as typed, shown as text");
    for text in [json!("   "), json!("x".repeat(5_001)), json!("bell \u{7}")] {
        let (status, error) =
            send(&server, "POST", &format!("{case_path}/notes"), &sam, Some(json!({"text": text}))).await;
        assert_eq!((status, error["error"]["code"].as_str()), (422, Some("invalid_fields")), "{error}");
    }
    let (_, customer) = server.case(reference, code).await;
    assert!(customer.get("work").is_none() && !customer.to_string().contains("Called her back"), "{customer}");

    // Every look by a member is recorded, the latest first.
    server.staff_get(&token, &format!("/cases/{reference}")).await;
    let (_, case) = send(&server, "GET", &case_path, &sam, None).await;
    let by: Vec<&str> = case["work"]["views"].as_array().unwrap().iter().map(|v| v["by"].as_str().unwrap()).collect();
    assert_eq!(by, ["Sam Jones", "Integration"]);
    // Each member once, however often they open it.
    send(&server, "GET", &case_path, &sam, None).await;
    let (_, case) = send(&server, "GET", &case_path, &sam, None).await;
    assert_eq!(case["work"]["views"].as_array().unwrap().len(), 2, "{case}");

    // A step's documents must be the provider's own uploads, not yet any
    // case's, and no more than a letter and its enclosures.
    let (_, kite_upload) = upload(&server, "kite-mobi", "theirs.pdf", PDF, "application/pdf").await;
    let six: Vec<Value> = (0..6).map(|n| json!(format!("up_{n}"))).collect();
    for (documents, code) in [
        (json!(["up_nope"]), "unknown_document"),
        (json!([kite_upload["id"]]), "unknown_document"),
        (json!(six), "too_many_documents"),
    ] {
        let step = json!({"event": "acknowledged", "documents": documents});
        let (status, error) = send(&server, "POST", &format!("{case_path}/events"), &sam, Some(step)).await;
        assert_eq!((status, &error["error"]["fields"]["documents"]), (422, &json!([code])), "{error}");
    }

    let (status, case) =
        send(&server, "PUT", &format!("{case_path}/assignee"), &sam, Some(json!({"account": null}))).await;
    assert_eq!((status, &case["work"]["assignee"]), (200, &Value::Null));

    // Whoever takes the first step handles the case; a later step by
    // another does not take it from them, nor does a token's.
    let step = |event: &str| Some(json!({"event": event, "message": "Looked into it."}));
    let other_path = format!("/api/staff/cases/{}", other["reference"].as_str().unwrap());
    let (_, by_token) = server.staff_event(&token, other["reference"].as_str().unwrap(), "acknowledged", "").await;
    assert_eq!(by_token["work"]["assignee"], Value::Null, "a token is nobody to give a case to");
    let (status, case) = send(&server, "POST", &format!("{case_path}/events"), &sam, step("acknowledged")).await;
    assert_eq!((status, &case["work"]["assignee"]["name"]), (200, &json!("Sam Jones")), "{case}");
    let (_, untaken) = send(&server, "GET", &other_path, &sam, None).await;
    assert_eq!(untaken["work"]["assignee"], Value::Null, "a token's step gives the case to nobody");

    // The customer's answer is new for the team until it takes a step.
    let other_ref = other["reference"].as_str().unwrap();
    let asked = server.staff_event(&token, other_ref, "information_requested", "Which evening?").await;
    assert_eq!(asked.0, 200, "{}", asked.1);
    let answer = json!({"action": "information_supplied", "message": "Every evening."});
    assert_eq!(server.act(other_ref, other["access_code"].as_str().unwrap(), &answer).await.0, 200);
    let new_from_customer = |queue: &Value| -> Vec<(String, bool)> {
        let cases = queue["cases"].as_array().unwrap();
        cases.iter().map(|c| (c["reference"].as_str().unwrap().to_string(), c["new_from_customer"] == true)).collect()
    };
    let queue = send(&server, "GET", "/api/staff/cases?sort=received", &sam, None).await.1;
    assert_eq!(new_from_customer(&queue), [(reference.to_string(), false), (other_ref.to_string(), true)]);
    server.staff_event(&token, other_ref, "responded", "We fixed it.").await;
    let queue = send(&server, "GET", "/api/staff/cases?sort=received", &sam, None).await.1;
    assert_eq!(new_from_customer(&queue), [(reference.to_string(), false), (other_ref.to_string(), false)]);

    // The outcome goes with a step that ends the handling, and only there;
    // the customer does not see it.
    let too_soon = json!({"event": "acknowledged", "message": "Seen.", "outcome": "upheld"});
    let (status, error) = send(&server, "POST", &format!("{case_path}/events"), &sam, Some(too_soon)).await;
    assert_eq!((status, &error["error"]["fields"]["outcome"]), (422, &json!(["unknown_field"])), "{error}");
    let unknown = json!({"event": "resolved", "message": "Done.", "outcome": "maybe"});
    assert_eq!(send(&server, "POST", &format!("{other_path}/events"), &sam, Some(unknown)).await.0, 422);
    let resolved = json!({"event": "resolved", "message": "Done.", "outcome": "partly_upheld"});
    let (status, case) = send(&server, "POST", &format!("{other_path}/events"), &sam, Some(resolved)).await;
    assert_eq!(status, 200, "{case}");
    let last = case["events"].as_array().unwrap().last().unwrap().clone();
    assert_eq!((&last["kind"], &last["outcome"]), (&json!("resolved"), &json!("partly_upheld")));
    let (_, seen) = server.case(other_ref, other["access_code"].as_str().unwrap()).await;
    assert!(!seen.to_string().contains("partly_upheld"), "{seen}");
}
on_both_databases!(team_work, the_team_works_on_a_case);

/// A duplicate merged into the customer's other case leaves the queue, takes
/// no more steps, and its customer's look-up shows the surviving case.
async fn a_duplicate_is_merged_into_the_customers_other_case(db: Db) {
    let server = Server::start(db, "2026-12-01T10:00:00Z").await;
    let filed = |key: &'static str, answers: Value| {
        let server = &server;
        async move {
            let (status, receipt) = server.submit("kijoma", key, &answers).await;
            assert_eq!(status, 201, "{receipt}");
            (receipt["reference"].as_str().unwrap().to_string(), receipt["access_code"].as_str().unwrap().to_string())
        }
    };
    let (duplicate, duplicate_code) = filed("m1", complaint("kijoma")).await;
    let mut typed_otherwise = complaint("kijoma");
    typed_otherwise["fields"]["email"] = json!(" ADA@example.org");
    let (surviving, _) = filed("m2", typed_otherwise).await;
    let mut someone_else = complaint("kijoma");
    someone_else["fields"]["email"] = json!("grace@example.org");
    let (other_customer, _) = filed("m3", someone_else).await;
    let (_, kite) = server.submit("kite-mobi", "m4", &complaint("kite-mobi")).await;
    let sam = server.staff_session("kijoma", "sam@kijoma.example", "Sam Jones").await;
    let merge = |from: String, into: Value| {
        let (server, sam) = (&server, &sam);
        async move {
            send(server, "POST", &format!("/api/staff/cases/{from}/merge"), sam, Some(json!({ "into": into }))).await
        }
    };

    // Refused, each with its reason; nothing changes.
    for (from, into, code) in [
        (&surviving, json!(other_customer), "merge_not_same_customer"),
        (&surviving, json!(surviving), "merge_same_case"),
        (&surviving, kite["reference"].clone(), "merge_unknown_case"),
        (&surviving, json!("KB-NOPE-0000"), "merge_unknown_case"),
        (&surviving, json!("x".repeat(200)), "merge_unknown_case"),
    ] {
        let (status, error) = merge(from.clone(), into).await;
        assert_eq!((status, error["error"]["code"].as_str()), (422, Some(code)), "{error}");
    }

    let (status, case) = merge(duplicate.clone(), json!(surviving.to_lowercase())).await;
    assert_eq!(status, 200, "{case}");
    assert_eq!(case["reference"], surviving.as_str(), "the surviving case, as a reference is typed");
    assert_eq!(case["work"]["merged"][0]["reference"], duplicate.as_str());
    assert_eq!(case["work"]["merged"][0]["by"], "Sam Jones");

    // The queue leaves the duplicate out, and its counts too.
    let queue = send(&server, "GET", "/api/staff/cases", &sam, None).await.1;
    let listed: Vec<&str> =
        queue["cases"].as_array().unwrap().iter().map(|c| c["reference"].as_str().unwrap()).collect();
    assert!(!listed.contains(&duplicate.as_str()) && listed.len() == 2, "{listed:?}");
    assert_eq!(queue["cases"][0]["customer"], "Ada Lovelace", "each case names its customer");
    // A duplicate's reference, as a customer on the phone reads it, finds the case kept.
    let found = send(&server, "GET", &format!("/api/staff/cases?q={}", duplicate.to_lowercase()), &sam, None).await.1;
    assert_eq!((found["total"].as_i64(), &found["cases"][0]["reference"]), (Some(1), &json!(surviving)), "{found}");
    let received = queue["stages"].as_array().unwrap().iter().find(|s| s["stage"] == "received").unwrap().clone();
    assert_eq!(received["count"], 2);
    // A report counts one complaint where the customer filed two.
    let report = send(&server, "GET", "/api/staff/report?from=2026-12-01&to=2026-12-31", &sam, None).await.1;
    let complaints = report["kinds"].as_array().unwrap().iter().find(|k| k["kind"] == "complaint").unwrap().clone();
    assert_eq!((complaints["received"].as_u64(), complaints["open_at_end"].as_u64()), (Some(2), Some(2)), "{report}");

    // The duplicate keeps everything and takes no more steps.
    let (_, kept) = send(&server, "GET", &format!("/api/staff/cases/{duplicate}"), &sam, None).await;
    assert_eq!(kept["work"]["merged_into"]["reference"], surviving.as_str());
    assert_eq!(kept["staff_actions"], json!([]));
    // Its customer is told, by a letter of the duplicate's.
    let told: Vec<(&str, &str)> = kept["letters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["kind"].as_str().unwrap(), l["recipient"].as_str().unwrap()))
        .filter(|(kind, _)| *kind == "merged")
        .collect();
    assert_eq!(told, [("merged", "ada@example.org")], "{kept}");
    assert_eq!(kept["answers"]["description"], complaint("kijoma")["fields"]["description"]);
    let (status, error) = send(
        &server,
        "POST",
        &format!("/api/staff/cases/{duplicate}/events"),
        &sam,
        Some(json!({"event": "acknowledged"})),
    )
    .await;
    assert_eq!((status, error["error"]["code"].as_str()), (422, Some("case_merged")), "{error}");
    let (status, error) = merge(surviving.clone(), json!(duplicate)).await;
    assert_eq!((status, error["error"]["code"].as_str()), (422, Some("case_merged")), "{error}");

    // The customer's look-up of the duplicate shows the surviving case.
    let (status, shown) = server.case(&duplicate, &duplicate_code).await;
    assert_eq!((status, shown["reference"].as_str()), (200, Some(surviving.as_str())), "{shown}");
    assert!(shown.get("work").is_none(), "{shown}");
    let (status, _) = server.case(&duplicate, "wrong-code").await;
    assert_eq!(status, 404);

    // Merged on again, the surviving case takes its duplicates with it: a
    // look-up follows one step.
    let (newest, _) = filed("m5", complaint("kijoma")).await;
    let (status, case) = merge(surviving.clone(), json!(newest)).await;
    assert_eq!(status, 200, "{case}");
    let merged: Vec<&str> =
        case["work"]["merged"].as_array().unwrap().iter().map(|m| m["reference"].as_str().unwrap()).collect();
    assert_eq!(merged, [duplicate.as_str(), surviving.as_str()]);
    let (_, shown) = server.case(&duplicate, &duplicate_code).await;
    assert_eq!(shown["reference"], newest.as_str());
    // A step the customer takes with the duplicate's reference is taken there.
    let (status, case) = server.act(&duplicate, &duplicate_code, &json!({"action": "withdrawn"})).await;
    assert_eq!((status, &case["reference"], &case["stage"]), (200, &json!(newest), &json!("withdrawn")), "{case}");
}
on_both_databases!(merging, a_duplicate_is_merged_into_the_customers_other_case);
