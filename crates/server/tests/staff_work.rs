//! The team's own work on a case: giving it to a member (and the queue's
//! "mine" and "nobody's"), notes the customer never sees, and the record of
//! who opened it. Only the provider's own members can be given a case.

mod common;

use common::{Db, Server, complaint};
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
    let nobodys = send(&server, "GET", "/api/staff/cases?assigned=nobody", &sam, None).await.1;
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

    let (status, case) =
        send(&server, "PUT", &format!("{case_path}/assignee"), &sam, Some(json!({"account": null}))).await;
    assert_eq!((status, &case["work"]["assignee"]), (200, &Value::Null));
}
on_both_databases!(team_work, the_team_works_on_a_case);
