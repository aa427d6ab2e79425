//! The attacks and faults the portal must survive that reach the server,
//! each against the real binary over real HTTP. Numbers refer to the
//! project's list of them.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Db, PDF, Server, complaint, upload};
use serde_json::{Value, json};

const NOW: &str = "2026-11-02T10:00:00Z";

async fn count_cases(server: &Server, token: &str) -> usize {
    server.staff_cases(token, "").await.as_array().unwrap().len()
}

// 19. Retries: one case per Idempotency-Key, the same answer, 422 for another body.
async fn idempotency_rules(db: Db) {
    let server = Server::start(db, NOW).await;
    let staff = server.staff_token("kijoma", "Sam");
    let body = complaint("kijoma");
    let response = server.client.post(server.url("/api/providers/kijoma/cases")).json(&body).send().await.unwrap();
    assert_eq!(response.status(), 400);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["error"]["code"], "idempotency_key_required");

    let send = |key: &'static str, body: Value| {
        let client = server.client.clone();
        let url = server.url("/api/providers/kijoma/cases");
        async move {
            let response = client.post(url).header("Idempotency-Key", key).json(&body).send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let (first_status, first) = send("retry-1", body.clone()).await;
    let (second_status, second) = send("retry-1", body.clone()).await;
    assert_eq!((first_status, second_status), (201, 201));
    assert_eq!(first, second, "a retry gets the very same answer, access code included");
    let mut other = body.clone();
    other["fields"]["description"] = json!("Something else entirely.");
    let (status, error) = send("retry-1", other).await;
    assert_eq!(status, 422);
    assert!(error.contains("idempotency_key_reused"), "{error}");
    assert_eq!(count_cases(&server, &staff).await, 1);

    // Concurrent retries: 5 keys × 4 simultaneous requests make exactly 5 cases.
    let keys = ["c-1", "c-2", "c-3", "c-4", "c-5"];
    let requests = keys.iter().flat_map(|key| (0..4).map(move |_| *key)).map(|key| {
        let mut body = body.clone();
        body["fields"]["description"] = json!(format!("Complaint {key}"));
        let send = send(key, body);
        async move { (key, send.await) }
    });
    let answers = futures_join_all(requests).await;
    let mut bodies: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (key, (status, text)) in answers {
        assert!(status == 201 || status == 409, "{status} {text}");
        if status == 201 {
            bodies.entry(key).or_default().insert(text);
        } else {
            assert!(text.contains("request_in_progress"), "{text}");
        }
    }
    assert!(bodies.values().all(|answers| answers.len() == 1), "each key has one answer: {bodies:?}");
    assert_eq!(count_cases(&server, &staff).await, 1 + keys.len());
}
on_both_databases!(idempotency, idempotency_rules);

/// Runs the futures at the same time and collects their outputs in order.
async fn futures_join_all<F>(futures: impl IntoIterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    let handles: Vec<_> = futures.into_iter().map(tokio::spawn).collect();
    let mut outputs = Vec::new();
    for handle in handles {
        outputs.push(handle.await.unwrap());
    }
    outputs
}

// 11, 12, 13: no enumeration, no token in the query string, no foreign data.
async fn access_matrix(db: Db) {
    let server = Server::start(db, NOW).await;
    let (_, a) = server.submit("kijoma", "a", &complaint("kijoma")).await;
    let (_, b) = server.submit("kite-mobi", "b", &complaint("kite-mobi")).await;
    let (ref_a, code_a) = (a["reference"].as_str().unwrap(), a["access_code"].as_str().unwrap());
    let (ref_b, code_b) = (b["reference"].as_str().unwrap(), b["access_code"].as_str().unwrap());
    let staff_a = server.staff_token("kijoma", "A");
    let staff_b = server.staff_token("kite-mobi", "B");

    // Customers: only the right code opens the case; every miss is the same 404.
    let (status, _) = server.case(ref_a, code_a).await;
    assert_eq!(status, 200);
    let mut misses = BTreeSet::new();
    for (reference, code) in [
        (ref_a, ""),
        (ref_a, "WRONG-CODE0-00000-00000-00000"),
        (ref_a, code_b),
        (ref_a, &staff_a),
        (ref_b, code_a),
        ("RD-0000000000", code_a),
        ("RD-' OR '1'='1", code_a),
    ] {
        let response =
            server.client.get(server.url(&format!("/api/cases/{reference}"))).bearer_auth(code).send().await.unwrap();
        misses.insert((response.status().as_u16(), response.text().await.unwrap()));
        let (status, _) = server.act(reference, code, &json!({"action": "withdrawn"})).await;
        assert_eq!(status, 404);
    }
    assert_eq!(misses.len(), 1, "every miss answers alike: {misses:?}");
    assert_eq!(misses.first().unwrap().0, 404);
    let in_query =
        server.client.get(server.url(&format!("/api/cases/{ref_a}?access_code={code_a}"))).send().await.unwrap();
    assert_eq!(in_query.status(), 404);

    // Staff: a token sees and changes its own provider's cases only.
    let list = |token: String| {
        let request = server.client.get(server.url("/api/staff/cases")).bearer_auth(token);
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.json::<Value>().await.unwrap())
        }
    };
    let (_, seen_a) = list(staff_a.clone()).await;
    let (_, seen_b) = list(staff_b.clone()).await;
    assert_eq!(
        seen_a["cases"].as_array().unwrap().iter().map(|c| c["reference"].clone()).collect::<Vec<_>>(),
        [json!(ref_a)]
    );
    assert_eq!(
        seen_b["cases"].as_array().unwrap().iter().map(|c| c["reference"].clone()).collect::<Vec<_>>(),
        [json!(ref_b)]
    );
    let exported = |token: &str| {
        let request = server.client.get(server.url("/api/staff/cases.csv")).bearer_auth(token);
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let (_, sheet_a) = exported(&staff_a).await;
    assert!(sheet_a.contains(ref_a) && !sheet_a.contains(ref_b), "{sheet_a}");
    let (_, sheet_b) = exported(&staff_b).await;
    assert!(sheet_b.contains(ref_b) && !sheet_b.contains(ref_a), "{sheet_b}");
    let case_path = format!("/cases/{ref_a}");
    let document_path = format!("/cases/{ref_a}/documents/up_0");
    for token in [String::new(), code_a.to_string(), "rst_forged".to_string()] {
        assert_eq!(list(token.clone()).await.0, 401);
        assert_eq!(exported(&token).await.0, 401);
        assert_eq!(server.staff_event(&token, ref_a, "acknowledged", "").await.0, 401);
        assert_eq!(server.staff_get(&token, &case_path).await.0, 401);
        assert_eq!(server.staff_get(&token, &document_path).await.0, 401);
    }
    let (status, _) = server.staff_event(&staff_b, ref_a, "acknowledged", "").await;
    assert_eq!(status, 404, "another provider's case looks like no case");
    assert_eq!(server.staff_get(&staff_b, &case_path).await.0, 404);
    assert_eq!(server.staff_get(&staff_b, &document_path).await.0, 404);
    assert_eq!(server.staff_get(&staff_a, &case_path).await.0, 200);
    let (_, untouched) = server.case(ref_a, code_a).await;
    assert_eq!(untouched["stage"], "received");
    assert_eq!(server.staff_event(&staff_a, ref_a, "acknowledged", "").await.0, 200);
}
on_both_databases!(access, access_matrix);

/// The same matrix with the console's sessions: two providers × session
/// cookie / token / nothing (and a forged or ended cookie) × every staff
/// endpoint. A credential opens its own provider's cases only; another's
/// case answers as no case; without one, 401.
async fn sessions_in_the_access_matrix(db: Db) {
    let server = Server::start(db, NOW).await;
    let (_, a) = server.submit("kijoma", "a", &complaint("kijoma")).await;
    let (_, b) = server.submit("kite-mobi", "b", &complaint("kite-mobi")).await;
    let (ref_a, ref_b) = (a["reference"].as_str().unwrap(), b["reference"].as_str().unwrap());
    let cookie_a = server.staff_session("kijoma", "a@kijoma.example", "A").await;
    let cookie_b = server.staff_session("kite-mobi", "b@kite.example", "B").await;
    let token_a = format!("Bearer {}", server.staff_token("kijoma", "A's integration"));
    let token_b = format!("Bearer {}", server.staff_token("kite-mobi", "B's integration"));
    let origin = server.url("");

    // (header, value) of each credential, and whose it is.
    let credentials = [
        (Some(("cookie", cookie_a.clone())), Some(ref_a)),
        (Some(("authorization", token_a)), Some(ref_a)),
        (Some(("cookie", cookie_b)), Some(ref_b)),
        (Some(("authorization", token_b)), Some(ref_b)),
        (None, None),
        (Some(("cookie", "redress_staff=0123456789abcdef".to_string())), None),
    ];
    for (credential, own) in &credentials {
        for reference in [ref_a, ref_b] {
            let mine = *own == Some(reference);
            let other = if reference == ref_a { ref_b } else { ref_a };
            let case = format!("/api/staff/cases/{reference}");
            let (got, none) = (if mine { 200 } else { 404 }, Value::Null);
            let requests = [
                ("GET", "/api/staff/me".to_string(), none.clone(), 200),
                ("GET", "/api/staff/members".to_string(), none.clone(), 200),
                ("GET", "/api/staff/cases".to_string(), none.clone(), 200),
                ("GET", "/api/staff/cases.csv".to_string(), none.clone(), 200),
                ("GET", "/api/staff/report?from=2026-10-01&to=2026-12-31".to_string(), none.clone(), 200),
                ("GET", "/api/staff/report.csv?from=2026-10-01&to=2026-12-31".to_string(), none.clone(), 200),
                ("GET", "/api/staff/report/return.csv?from=2026-10-01&to=2026-12-31".to_string(), none.clone(), 200),
                ("GET", case.clone(), none.clone(), got),
                ("GET", format!("{case}/documents/up_0"), none.clone(), 404),
                ("GET", format!("{case}/documents/up_0?view=inline"), none.clone(), 404),
                // A step that is not the staff's: refused for what it is, not for who asks.
                (
                    "POST",
                    format!("{case}/events"),
                    json!({"event": "withdrawn", "message": "Done."}),
                    if mine { 409 } else { 404 },
                ),
                ("PUT", format!("{case}/assignee"), json!({"account": null}), got),
                ("POST", format!("{case}/notes"), json!({"text": "Rang back."}), got),
                // The other provider's case is no case to merge into.
                ("POST", format!("{case}/merge"), json!({"into": other}), if mine { 422 } else { 404 }),
            ];
            for (method, path, body, expected) in requests {
                let mut request =
                    server.client.request(method.parse().unwrap(), server.url(&path)).header("origin", &origin);
                if let Some((name, value)) = credential {
                    request = request.header(*name, value);
                }
                if !body.is_null() {
                    request = request.json(&body);
                }
                let response = request.send().await.unwrap();
                let expected = if own.is_none() { 401 } else { expected };
                let status = response.status().as_u16();
                let body = response.text().await.unwrap();
                assert_eq!(status, expected, "{method} {path} with {credential:?}: {body}");
                if status == 200 && path.starts_with("/api/staff/cases") && !path.contains("/cases/") {
                    let other = if *own == Some(ref_a) { ref_b } else { ref_a };
                    assert!(!body.contains(other), "{path} with {credential:?} shows {other}: {body}");
                    assert!(body.contains(own.unwrap()), "{path} with {credential:?}: {body}");
                }
                if status == 200 && path.starts_with("/api/staff/report?") {
                    // One case each: the report counts its own provider's only.
                    let report: Value = serde_json::from_str(&body).unwrap();
                    let received: u64 =
                        report["kinds"].as_array().unwrap().iter().map(|k| k["received"].as_u64().unwrap()).sum();
                    assert_eq!(received, 1, "{path} with {credential:?}: {body}");
                }
            }
        }
    }
    // A signed-out cookie opens nothing.
    let out =
        server.client.delete(server.url("/api/staff/session")).header("cookie", &cookie_a).header("origin", &origin);
    assert_eq!(out.send().await.unwrap().status(), 204);
    let me = server.client.get(server.url("/api/staff/me")).header("cookie", &cookie_a).send().await.unwrap();
    assert_eq!(me.status(), 401);
}
on_both_databases!(sessions, sessions_in_the_access_matrix);

/// A page's cursor carries no provider: used with another provider's token
/// it pages through that provider's own cases, never the first's. The
/// search text goes to the database bound, with its wildcards as plain text.
async fn cursors_and_searches_stay_with_the_token(db: Db) {
    let server = Server::start(db, "2026-11-16T09:00:00Z").await;
    for number in 0..3 {
        let mut body = common::complaint("kijoma");
        body["fields"]["description"] = json!(format!("Case {number}"));
        let (status, receipt) = server.submit("kijoma", &format!("cursor-{number}"), &body).await;
        assert_eq!(status, 201, "{receipt}");
    }
    let (status, receipt) = server.submit("kite-mobi", "cursor-kite", &common::complaint("kite-mobi")).await;
    assert_eq!(status, 201, "{receipt}");
    let kite_reference = receipt["reference"].clone();
    let kijoma = server.staff_token("kijoma", "Sam");
    let kite = server.staff_token("kite-mobi", "Kim");

    let first = server.staff_page(&kijoma, "?limit=1").await;
    let after = first["next"].as_str().unwrap().to_string();
    let elsewhere = server.staff_page(&kite, &format!("?limit=5&after={after}")).await;
    let seen: Vec<Value> = elsewhere["cases"].as_array().unwrap().iter().map(|c| c["reference"].clone()).collect();
    assert!(seen.iter().all(|reference| *reference == kite_reference), "{elsewhere}");
    assert_eq!(elsewhere["total"], json!(1));

    // Wildcards and SQL in the search are text to find, not patterns or code.
    for q in ["%25", "_", "%5C", "'%20OR%20'1'%3D'1", "';%20DROP%20TABLE%20cases;%20--"] {
        let found = server.staff_page(&kijoma, &format!("?q={q}")).await;
        assert_eq!(found["total"], json!(0), "q={q}: {found}");
    }
    assert_eq!(server.staff_page(&kijoma, "").await["total"], json!(3));
    assert_eq!(server.staff_page(&kijoma, "?q=case%202").await["total"], json!(1));
}
on_both_databases!(cursors_and_searches, cursors_and_searches_stay_with_the_token);

// 13: an operator takes a staff member's access away; the list shows who has
// had access, never a token.
async fn revoked_staff_tokens_open_nothing(db: Db) {
    let server = Server::start(db, NOW).await;
    let (_, receipt) = server.submit("kijoma", "revoke", &complaint("kijoma")).await;
    let reference = receipt["reference"].as_str().unwrap();
    let leaving = server.staff_token("kijoma", "Sam Leaving");
    let staying = server.staff_token("kijoma", "Ana Staying");
    server.staff_token("kite-mobi", "Priya");
    let case_path = format!("/cases/{reference}");
    assert_eq!(server.staff_get(&leaving, &case_path).await.0, 200);

    let text = |output: &std::process::Output| {
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (code, listed, _) = text(&server.redress(&["staff", "token", "list", "--provider", "kijoma"]));
    assert_eq!(code, Some(0));
    let lines: Vec<Vec<&str>> = listed.lines().map(|line| line.split('\t').collect()).collect();
    assert_eq!(lines.len(), 2, "{listed}");
    assert_eq!((lines[0][1], lines[0][2], lines[0][4]), ("kijoma", "Sam Leaving", "active"));
    assert_eq!((lines[1][1], lines[1][2], lines[1][4]), ("kijoma", "Ana Staying", "active"));
    assert!(!listed.contains(&leaving) && !listed.contains(&staying), "no token is ever shown again");
    let id = lines[0][0];

    let (code, _, said) = text(&server.redress(&["staff", "token", "revoke", id]));
    assert_eq!((code, said.trim()), (Some(0), format!("Revoked token {id} of Sam Leaving at kijoma.").as_str()));
    assert_eq!(server.staff_get(&leaving, &case_path).await.0, 401);
    assert_eq!(server.staff_event(&leaving, reference, "acknowledged", "").await.0, 401);
    assert_eq!(server.staff_get(&staying, &case_path).await.0, 200, "a colleague keeps access");

    let (_, listed, _) = text(&server.redress(&["staff", "token", "list"]));
    assert_eq!(listed.lines().count(), 3);
    let states: Vec<&str> = listed.lines().map(|line| line.rsplit('\t').next().unwrap()).collect();
    assert!(states[0].starts_with("revoked 20") && states[1..] == ["active", "active"], "{listed}");
    let (code, _, said) = text(&server.redress(&["staff", "token", "revoke", id]));
    assert_eq!((code, said.trim()), (Some(2), format!("error: staff token {id} is already revoked").as_str()));
    let (code, _, said) = text(&server.redress(&["staff", "token", "revoke", "999"]));
    assert_eq!(
        (code, said.trim()),
        (Some(2), "error: no staff token has the id 999; `redress staff token list` shows them")
    );
    let (code, _, said) = text(&server.redress(&["staff", "token", "list", "--provider", "acme"]));
    assert_eq!(code, Some(2));
    assert!(said.starts_with("error: unknown provider `acme`; valid providers: kite-mobi,"), "{said}");
}
on_both_databases!(revocation, revoked_staff_tokens_open_nothing);

// 14. The history is append-only, in the database itself: also once the case
// is finished (only the retention purge may delete it, with its case).
async fn events_cannot_be_rewritten(db: Db) {
    let server = Server::start(db, NOW).await;
    server.submit("kijoma", "a", &complaint("kijoma")).await;
    let (_, receipt) = server.submit("kijoma", "b", &complaint("kijoma")).await;
    let (reference, code) = (receipt["reference"].as_str().unwrap(), receipt["access_code"].as_str().unwrap());
    let (status, _) = server.act(reference, code, &json!({"action": "withdrawn"})).await;
    assert_eq!(status, 200);
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    for statement in ["UPDATE case_events SET kind = 'resolved'", "DELETE FROM case_events"] {
        let error = sqlx::query(statement).execute(&pool).await.unwrap_err();
        assert!(error.to_string().contains("append-only"), "{error}");
    }
}
on_both_databases!(append_only, events_cannot_be_rewritten);

// 23. Database unavailable: 503 with a clear message, nothing half-written, recovery after.
async fn database_outage_answers_503(db: Db) {
    let server = Server::start(db, NOW).await;
    let admin = std::env::var("REDRESS_TEST_POSTGRES_URL").unwrap();
    let database = server.database_url.rsplit('/').next().unwrap().to_string();
    let admin = sqlx::PgPool::connect(&admin).await.unwrap();
    let block = |allow: bool| format!("ALTER DATABASE {database} ALLOW_CONNECTIONS {allow}");
    sqlx::query(&block(false)).execute(&admin).await.unwrap();
    sqlx::query(&format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'"))
        .execute(&admin)
        .await
        .unwrap();
    let (status, error) = server.submit("kijoma", "outage", &complaint("kijoma")).await;
    assert_eq!(status, 503, "{error}");
    assert_eq!(error["error"]["code"], "unavailable");
    assert!(error["error"]["message"].as_str().unwrap().contains("Nothing was saved"));
    let health = server.client.get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 503);

    sqlx::query(&block(true)).execute(&admin).await.unwrap();
    let (status, receipt) = server.submit("kijoma", "outage", &complaint("kijoma")).await;
    assert_eq!(status, 201, "{receipt}");
    let staff = server.staff_token("kijoma", "Sam");
    assert_eq!(count_cases(&server, &staff).await, 1);
}

#[tokio::test]
#[ignore = "needs PostgreSQL: cargo xtask test starts one"]
async fn postgres_outage_answers_503() {
    database_outage_answers_503(Db::Postgres).await;
}

// 23, on SQLite: another program holds the database's write lock (an
// operator's shell in a transaction, a copy tool). Writes wait SQLite's busy
// timeout, then answer 503, and so does the health check, which asks for that
// lock; released, the same key files exactly one case.
#[tokio::test]
async fn sqlite_locked_by_another_program_answers_503() {
    use sqlx::{Connection, Executor};
    let server = Server::start(Db::Sqlite, NOW).await;
    let (status, _) = server.submit("kijoma", "before", &complaint("kijoma")).await;
    assert_eq!(status, 201);
    let file = server.database_url.trim_start_matches("sqlite://").split('?').next().unwrap().to_string();
    let mut other = sqlx::SqliteConnection::connect(&format!("sqlite://{file}")).await.unwrap();
    other.execute("BEGIN IMMEDIATE").await.unwrap();

    let (status, error) = server.submit("kijoma", "outage", &complaint("kijoma")).await;
    assert_eq!(status, 503, "{error}");
    assert_eq!(error["error"]["code"], "unavailable");
    assert!(error["error"]["message"].as_str().unwrap().contains("Nothing was saved"));
    let health = server.client.get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 503, "the health check asks for the write lock");

    other.execute("COMMIT").await.unwrap();
    other.close().await.unwrap();
    let health = server.client.get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let (status, receipt) = server.submit("kijoma", "outage", &complaint("kijoma")).await;
    assert_eq!(status, 201, "{receipt}");
    let staff = server.staff_token("kijoma", "Sam");
    assert_eq!(count_cases(&server, &staff).await, 2);
}

async fn post_raw(server: &Server, path: &str, content_type: &str, body: impl Into<reqwest::Body>) -> (u16, Value) {
    let response = server
        .client
        .post(server.url(path))
        .header("Idempotency-Key", "raw")
        .header("Content-Type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

/// Sends the head of a request announcing `length` bytes and a little of the
/// body, then reads the answer: the server must not wait for the rest.
async fn announce_large_body(server: &Server, path: &str, content_type: &str, length: usize) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(server.base.trim_start_matches("http://")).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: {content_type}\r\nIdempotency-Key: big\r\nContent-Length: {length}\r\n\r\n{{\"kind\":\"",
        server.base.trim_start_matches("http://")
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 4096];
    let read =
        tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut answer)).await.unwrap().unwrap();
    let answer = String::from_utf8_lossy(&answer[..read]).into_owned();
    let status = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, answer)
}

// 4, 5, 6, 7: oversized, malformed and over-reaching bodies get 4xx naming the problem.
#[tokio::test]
async fn bad_bodies_get_specific_4xx_and_the_server_lives_on() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let path = "/api/providers/kijoma/cases";
    let cases: Vec<(&str, Vec<u8>, &str, u16, &str)> = vec![
        ("not JSON", b"name=Ada".to_vec(), "application/json", 400, "malformed_json"),
        ("invalid UTF-8", b"{\"kind\":\"\xff\xfe\"}".to_vec(), "application/json", 400, "malformed_json"),
        (
            "form encoded",
            b"kind=complaint".to_vec(),
            "application/x-www-form-urlencoded",
            415,
            "unsupported_media_type",
        ),
        (
            // A field's value is a flag, a text or a list of texts, and the body
            // has no other place for nesting: it is refused at its second
            // level, before the rest is read.
            "deep JSON",
            format!(
                r#"{{"kind":"complaint","lang":"en","fields":{{"description":{}{}}}}}"#,
                "[".repeat(50_000),
                "]".repeat(50_000)
            )
            .into_bytes(),
            "application/json",
            422,
            "invalid_body",
        ),
        (
            "wrong type",
            br#"{"kind":"complaint","lang":"en","fields":"everything"}"#.to_vec(),
            "application/json",
            422,
            "invalid_body",
        ),
        (
            "staff-only stage",
            br#"{"kind":"complaint","lang":"en","fields":{},"stage":"resolved"}"#.to_vec(),
            "application/json",
            422,
            "invalid_body",
        ),
        (
            "received_at",
            br#"{"kind":"complaint","lang":"en","fields":{},"received_at":"2020-01-01T00:00:00Z"}"#.to_vec(),
            "application/json",
            422,
            "invalid_body",
        ),
    ];
    for (what, body, content_type, status, code) in cases {
        let (got, error) = post_raw(&server, path, content_type, body).await;
        assert_eq!((got, error["error"]["code"].as_str()), (status, Some(code)), "{what}: {error}");
    }
    let (status, head) = announce_large_body(&server, path, "application/json", 10 << 20).await;
    assert_eq!(status, 413, "a 10 MB body is refused from its Content-Length, before it is read: {head}");

    let (_, error) = post_raw(
        &server,
        path,
        "application/json",
        br#"{"kind":"complaint","lang":"en","fields":{},"stage":"x"}"#.to_vec(),
    )
    .await;
    assert!(error["error"]["message"].as_str().unwrap().contains("unknown field `stage`"), "{error}");
    let (_, error) =
        post_raw(&server, path, "application/json", br#"{"kind":"complaint","lang":"en","fields":"x"}"#.to_vec()).await;
    assert!(error["error"]["message"].as_str().unwrap().contains("fields"), "the message names the field: {error}");

    let mut many = complaint("kijoma");
    for i in 0..3000 {
        many["fields"][format!("extra_{i}")] = json!("x");
    }
    many["fields"]["stage"] = json!("resolved");
    many["fields"]["full_name"] = json!("Eve\r\nBcc: everyone@example.org");
    many["fields"]["description"] = json!("y".repeat(10_001));
    let (status, error) = server.submit("kijoma", "many", &many).await;
    assert_eq!(status, 422);
    let fields = &error["error"]["fields"];
    assert_eq!(fields["stage"], json!(["unknown_field"]));
    assert_eq!(fields["extra_2999"], json!(["unknown_field"]));
    assert_eq!(fields["full_name"], json!(["invalid_characters"]));
    assert_eq!(fields["description"], json!(["too_long"]));

    let health = server.client.get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200, "the process is alive");
}

// 1, 8, 9: payloads are stored and returned as data, never interpreted.
#[tokio::test]
async fn markup_and_sql_in_answers_come_back_as_plain_data() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let payloads = [
        "\"><img src=x onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "javascript:alert(1)",
        "'; DROP TABLE cases; --",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
    ];
    let mut body = complaint("kijoma");
    body["fields"]["description"] = json!(payloads.join("\n"));
    body["fields"]["full_name"] = json!(payloads[0]);
    body["fields"]["account_reference"] = json!(payloads[3]);
    body["fields"]["desired_remedy"] = json!(payloads[4]);
    let (status, receipt) = server.submit("kijoma", "xss", &body).await;
    assert_eq!(status, 201, "{receipt}");
    let response = server
        .client
        .get(server.url(&format!("/api/cases/{}", receipt["reference"].as_str().unwrap())))
        .bearer_auth(receipt["access_code"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-type"], "application/json");
    let case: Value = response.json().await.unwrap();
    assert_eq!(case["answers"], body["fields"], "stored exactly as typed");
    let staff = server.staff_token("kijoma", "Sam");
    assert_eq!(count_cases(&server, &staff).await, 1, "the tables are still there");
    for path in ["/api/staff/cases", "/api/staff/cases.csv"] {
        for stage in ["' OR 1=1 --", "received; DROP TABLE cases"] {
            let response = server
                .client
                .get(server.url(path))
                .query(&[("stage", stage)])
                .bearer_auth(&staff)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 422, "{path}");
        }
    }

    // 9. In the staff's spreadsheet, a formula is text and markup is as typed.
    let (status, headers, sheet) = server.staff_get(&staff, "/cases.csv").await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(headers["cache-control"], "no-store");
    assert!(headers["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"kijoma-cases-"));
    let sheet = String::from_utf8(sheet).unwrap();
    let mut reader = csv::Reader::from_reader(sheet.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let cell = |name: &str| rows[0][header.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(cell("reference"), receipt["reference"].as_str().unwrap());
    assert_eq!(cell("desired_remedy"), format!("'{}", payloads[4]));
    assert_eq!(cell("full_name"), payloads[0]);
    assert_eq!(cell("account_reference"), payloads[3]);
    assert_eq!(cell("description"), payloads.join("\n"));
}

// 2, 3: documents are recognised by content, stored under a generated id, and
// their names are kept only as text.
#[tokio::test]
async fn uploads_are_typed_by_their_content() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
    let polyglot = b"<html><script>alert(1)</script></html>\n%PDF-1.4";
    let refused: [(&str, &[u8], &str); 4] = [
        ("drawing.svg", svg, "image/svg+xml"),
        ("statement.pdf.html", b"<html><body onload=alert(1)>", "text/html"),
        ("statement.pdf", polyglot, "application/pdf"),
        ("statement.pdf", b"", "application/pdf"),
    ];
    for (name, bytes, mime) in refused {
        let (status, error) = upload(&server, "kijoma", name, bytes, mime).await;
        assert_eq!((status, error["error"]["code"].as_str()), (415, Some("unsupported_media_type")), "{name}");
    }
    let (status, stored) =
        upload(&server, "kijoma", "../../etc/\"passwd\"<img src=x onerror=alert(1)>%00.pdf", PDF, "text/html").await;
    assert_eq!(status, 201, "{stored}");
    assert_eq!(stored["media_type"], "application/pdf", "the content decides, not the client's type");
    assert!(stored["id"].as_str().unwrap().starts_with("up_"));
    assert!(!stored.to_string().contains("passwd"), "the answer does not echo the client's name");
    // The name is kept as text, without its path, for the case page; a
    // download names it per RFC 6266, its quotes replaced, never inline.
    let mut with_document = complaint("kijoma");
    with_document["documents"] = json!([stored["id"]]);
    let (_, receipt) = server.submit("kijoma", "named", &with_document).await;
    let (reference, code) = (receipt["reference"].as_str().unwrap(), receipt["access_code"].as_str().unwrap());
    let (_, case) = server.case(reference, code).await;
    assert_eq!(case["documents"][0]["name"], "\"passwd\"<img src=x onerror=alert(1)>%00.pdf");
    let staff = server.staff_token("kijoma", "Sam");
    let path = format!("/cases/{reference}/documents/{}", stored["id"].as_str().unwrap());
    let (status, headers, _) = server.staff_get(&staff, &path).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "application/pdf");
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(
        disposition.starts_with(
            "attachment; filename=\"_passwd_<img src=x onerror=alert(1)>%00.pdf\"; filename*=UTF-8''%22passwd%22%3Cimg"
        ),
        "{disposition}"
    );
    // Shown in the browser or downloaded, a document is a sandbox of its own
    // whose type the browser may not second-guess.
    let (status, inline, _) = server.staff_get(&staff, &format!("{path}?view=inline")).await;
    assert_eq!(status, 200);
    assert!(inline["content-disposition"].to_str().unwrap().starts_with("inline; filename="), "{inline:?}");
    for headers in [&headers, &inline] {
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.starts_with("sandbox;") && csp.contains("default-src 'none'"), "{csp}");
        assert!(!csp.contains("script-src"), "{csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
    }
    let (status, _, _) = server.staff_get(&staff, &format!("{path}?view=html")).await;
    assert_eq!(status, 400, "only inline or attachment");
    let (status, error) = upload(&server, "kijoma", "a.pdf\r\nContent-Type: text/html", PDF, "application/pdf").await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (400, Some("malformed_upload")),
        "CRLF breaks the part's header"
    );
    let (status, head) =
        announce_large_body(&server, "/api/uploads", "multipart/form-data; boundary=x", 11 << 20).await;
    assert_eq!(status, 413, "{head}");
    assert!(head.contains("too_large"), "{head}");
    let (status, _) = upload(&server, "acme", "a.pdf", PDF, "application/pdf").await;
    assert_eq!(status, 404);
}

// 15, 16, 17: cross-origin writes refused; the security headers on every response.
#[tokio::test]
async fn cross_origin_writes_are_refused_and_headers_are_set() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let response = server
        .client
        .post(server.url("/api/providers/kijoma/cases"))
        .header("Idempotency-Key", "csrf")
        .header("Origin", "https://evil.example")
        .json(&complaint("kijoma"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    let same_origin = server
        .client
        .post(server.url("/api/providers/kijoma/cases"))
        .header("Idempotency-Key", "same")
        .header("Origin", server.base.clone())
        .json(&complaint("kijoma"))
        .send()
        .await
        .unwrap();
    assert_eq!(same_origin.status(), 201);
    assert_eq!(same_origin.headers()["cache-control"], "no-store");

    for path in ["/api/providers", "/api/cases/RD-0000000000", "/healthz", "/api/nowhere"] {
        let response = server.client.get(server.url(path)).send().await.unwrap();
        let headers = response.headers();
        assert_eq!(
            headers["content-security-policy"],
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "{path}"
        );
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
    }
    let missing = server.client.get(server.url("/api/cases/RD-0000000000")).send().await.unwrap();
    assert_eq!(missing.headers()["cache-control"], "no-store");
}

// 22: rate limits per address with Retry-After; the honeypot stores nothing.
#[tokio::test]
async fn rate_limits_answer_429_with_retry_after() {
    let server = Server::start_with(
        Db::Sqlite,
        NOW,
        &[("REDRESS_SUBMISSIONS_PER_MINUTE", "8"), ("REDRESS_LOOKUPS_PER_MINUTE", "8")],
    )
    .await;
    let mut statuses = Vec::new();
    for i in 0..4 {
        let (status, _) = server.submit("kijoma", &format!("rate-{i}"), &complaint("kijoma")).await;
        statuses.push(status);
    }
    assert_eq!(&statuses[..2], [201, 201], "a burst of two is allowed");
    let limited = server
        .client
        .post(server.url("/api/providers/kijoma/cases"))
        .header("Idempotency-Key", "rate-x")
        .json(&complaint("kijoma"))
        .send()
        .await
        .unwrap();
    assert_eq!(limited.status(), 429);
    let retry_after: u64 = limited.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    let mut lookups = Vec::new();
    for _ in 0..4 {
        lookups.push(server.case("RD-0000000000", "x").await.0);
    }
    assert_eq!(lookups, [404, 404, 429, 429]);
    // Naming another address does not escape the limit: no proxy is trusted.
    assert_eq!(lookup_forwarded_for(&server, "198.51.100.7").await, 429);
    // Each client has its own allowance: one on another address is served.
    let elsewhere = from_address("127.0.0.2").get(server.url("/api/cases/RD-0000000000")).bearer_auth("x");
    assert_eq!(elsewhere.send().await.unwrap().status(), 404, "another client's first look-up");
    let submission = from_address("127.0.0.3")
        .post(server.url("/api/providers/kijoma/cases"))
        .header("Idempotency-Key", "rate-elsewhere")
        .json(&complaint("kijoma"));
    assert_eq!(submission.send().await.unwrap().status(), 201, "another client's first submission");
}

/// A client that connects from `address` (any of 127.0.0.0/8 on this machine).
fn from_address(address: &str) -> reqwest::Client {
    reqwest::Client::builder().local_address(address.parse::<std::net::IpAddr>().unwrap()).build().unwrap()
}

async fn lookup_forwarded_for(server: &Server, forwarded_for: &str) -> u16 {
    let request = server.client.get(server.url("/api/cases/RD-0000000000")).bearer_auth("x");
    request.header("X-Forwarded-For", forwarded_for).send().await.unwrap().status().as_u16()
}

// 22, behind the operator's reverse proxy (here the test itself, on
// 127.0.0.1): each client it forwards for has an allowance of its own.
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit() {
    let server = Server::start_with(
        Db::Sqlite,
        NOW,
        &[("REDRESS_LOOKUPS_PER_MINUTE", "8"), ("REDRESS_TRUSTED_PROXIES", "127.0.0.1 ::1")],
    )
    .await;
    let mut first = Vec::new();
    for _ in 0..3 {
        first.push(lookup_forwarded_for(&server, "198.51.100.7").await);
    }
    assert_eq!(first, [404, 404, 429]);
    assert_eq!(lookup_forwarded_for(&server, "198.51.100.8").await, 404, "another client");
    // What the client wrote before the proxy's entry does not count.
    assert_eq!(lookup_forwarded_for(&server, "203.0.113.1, 198.51.100.7").await, 429);
    // From an address that is not a trusted proxy, the header counts for
    // nothing: the client is counted by its own address, whatever it names.
    let direct = from_address("127.0.0.4");
    let mut statuses = Vec::new();
    for named in ["198.51.100.20", "198.51.100.21", "198.51.100.22"] {
        let request =
            direct.get(server.url("/api/cases/RD-0000000000")).bearer_auth("x").header("X-Forwarded-For", named);
        statuses.push(request.send().await.unwrap().status().as_u16());
    }
    assert_eq!(statuses, [404, 404, 429]);
}

#[tokio::test]
async fn the_honeypot_stores_nothing() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let mut body = complaint("kijoma");
    body["website"] = json!("http://cheap-pills.example");
    let (status, error) = server.submit("kijoma", "bot", &body).await;
    assert_eq!((status, error["error"]["code"].as_str()), (422, Some("rejected")));
    let staff = server.staff_token("kijoma", "Sam");
    assert_eq!(count_cases(&server, &staff).await, 0);
}

// The OpenAPI document is made from the router: it lists the endpoints
// below, each operation it lists is served (never `unknown_endpoint` or 405),
// every schema it refers to is in it, and the names it lists are those the
// API sends.
#[tokio::test]
async fn the_openapi_document_is_made_from_the_router() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let document: Value =
        server.client.get(server.url("/api/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert_eq!(document["openapi"].as_str().map(|v| &v[..2]), Some("3."), "{document}");
    let paths: BTreeSet<&str> = document["paths"].as_object().unwrap().keys().map(String::as_str).collect();
    for (path, operations) in document["paths"].as_object().unwrap() {
        let concrete = path.replace("{id}", "kijoma").replace("{reference}", "RD-0000000000");
        for method in operations.as_object().unwrap().keys() {
            let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let response = server.client.request(method.clone(), server.url(&concrete)).send().await.unwrap();
            let status = response.status().as_u16();
            let body = response.text().await.unwrap();
            assert_ne!(status, 405, "{method} {path}: {body}");
            assert!(!body.contains("unknown_endpoint"), "{method} {path} is not served: {body}");
        }
    }
    let text = document.to_string();
    let schemas = document["components"]["schemas"].as_object().unwrap();
    for reference in text.split("\"$ref\":\"").skip(1) {
        let name = reference.split('"').next().unwrap().trim_start_matches("#/components/schemas/");
        assert!(schemas.contains_key(name), "a reference to a schema the document lacks: {name}");
    }
    let names = |schema: &str| -> BTreeSet<String> {
        schemas[schema]["enum"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    let (status, receipt) = server.submit("kijoma", "openapi", &complaint("kijoma")).await;
    assert_eq!(status, 201);
    let (_, case) = server.case(receipt["reference"].as_str().unwrap(), receipt["access_code"].as_str().unwrap()).await;
    assert!(names("Stage").contains(case["stage"].as_str().unwrap()), "{case}");
    assert!(names("EventKind").contains(case["events"][0]["kind"].as_str().unwrap()), "{case}");
    assert!(names("MilestoneName").contains(case["milestones"][0]["name"].as_str().unwrap()), "{case}");
    let languages = redress_core::policy::Lang::ALL.map(|lang| lang.tag().to_string());
    assert_eq!(names("Lang"), languages.into());
    let routes = [
        "/healthz",
        "/api/openapi.json",
        "/api/providers",
        "/api/providers/{id}",
        "/api/providers/{id}/cases",
        "/api/cases/{reference}",
        "/api/cases/{reference}/actions",
        "/api/uploads",
        "/api/staff/cases",
        "/api/staff/cases.csv",
        "/api/staff/cases/{reference}",
        "/api/staff/cases/{reference}/documents/{id}",
        "/api/staff/cases/{reference}/events",
        "/api/staff/sign-in",
        "/api/staff/session",
        "/api/staff/me",
        "/api/staff/members",
        "/api/staff/cases/{reference}/assignee",
        "/api/staff/cases/{reference}/notes",
        "/api/staff/cases/{reference}/merge",
        "/api/staff/report",
        "/api/staff/report.csv",
        "/api/staff/report/return.csv",
    ];
    assert_eq!(paths, routes.into_iter().collect());
    let providers: Value = server.client.get(server.url("/api/providers")).send().await.unwrap().json().await.unwrap();
    assert_eq!(providers.as_array().unwrap().len(), 5);
    let kijoma: Value =
        server.client.get(server.url("/api/providers/kijoma")).send().await.unwrap().json().await.unwrap();
    assert_eq!(kijoma["adr"]["name"], "CISAS");
    assert_eq!(kijoma["kinds"][0]["fields"][0]["id"], "full_name");
    let unknown = server.client.get(server.url("/api/providers/acme")).send().await.unwrap();
    assert_eq!(unknown.status(), 404);
}

/// Reads what the server sends on `stream` until it closes the connection,
/// or `limit` passes; whether it closed it.
async fn closed_within(stream: &mut tokio::net::TcpStream, limit: std::time::Duration) -> bool {
    use tokio::io::AsyncReadExt;
    let mut buffer = [0_u8; 4096];
    let read_to_end = async {
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    };
    tokio::time::timeout(limit, read_to_end).await.is_ok()
}

// Slow clients: headers that never end and bodies that stop halfway give up
// their connection at the timeouts, and while they hold every place the cap
// allows, an ordinary client waits its turn instead of finding no answer.
#[tokio::test]
async fn stalled_clients_are_cut_off_and_others_are_served() {
    use tokio::io::AsyncWriteExt;
    let limits =
        [("REDRESS_HEADER_TIMEOUT_SECS", "1"), ("REDRESS_BODY_TIMEOUT_SECS", "1"), ("REDRESS_MAX_CONNECTIONS", "8")];
    let server = Server::start_with(Db::Sqlite, NOW, &limits).await;
    let mut stalled = Vec::new();
    for n in 0..20 {
        let mut stream = tokio::net::TcpStream::connect(server.address()).await.unwrap();
        let request = if n % 2 == 0 {
            // Headers that never end.
            "POST /api/providers/kijoma/cases HTTP/1.1\r\nHost: redress\r\nContent-Type: application/json\r\n"
                .to_string()
        } else {
            // 4 of the 200 bytes announced.
            "POST /api/providers/kijoma/cases HTTP/1.1\r\nHost: redress\r\nContent-Type: application/json\r\n\
             Idempotency-Key: stalled\r\nContent-Length: 200\r\n\r\n{\"ki"
                .to_string()
        };
        stream.write_all(request.as_bytes()).await.unwrap();
        stalled.push(stream);
    }
    let started = std::time::Instant::now();
    let health = server.client.get(server.url("/healthz")).timeout(std::time::Duration::from_secs(15)).send().await;
    assert_eq!(health.map(|r| r.status().as_u16()).ok(), Some(200), "an ordinary client is served");
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "served after {:?}", started.elapsed());
    for (n, stream) in stalled.iter_mut().enumerate() {
        assert!(
            closed_within(stream, std::time::Duration::from_secs(10)).await,
            "stalled connection {n} is still open"
        );
    }
}

// A submission naming thousands of documents that do not exist is refused
// before any is looked up, with one short error, not one per id.
#[tokio::test]
async fn too_many_document_ids_are_refused_at_once() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let mut body = complaint("kijoma");
    body["documents"] = json!((0..25_000).map(|n| format!("u{n}")).collect::<Vec<_>>());
    let started = std::time::Instant::now();
    let (status, error) = server.submit("kijoma", "many-ids", &body).await;
    assert_eq!((status, error["error"]["fields"]["documents"].clone()), (422, json!(["too_many_documents"])));
    assert!(error.to_string().len() < 2_000, "a short error: {} bytes", error.to_string().len());
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "answered in {:?}", started.elapsed());
    // A few unknown ids are one error too.
    body["documents"] = json!(["up_a", "up_b", "up_c"]);
    let (status, error) = server.submit("kijoma", "few-ids", &body).await;
    assert_eq!((status, error["error"]["fields"]["documents"].clone()), (422, json!(["unknown_document"])));
}

// Errors the framework answers before a handler runs have the API's shape too.
#[tokio::test]
async fn every_api_error_is_json() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let client = &server.client;
    let requests = [
        // A path that is not valid UTF-8 once decoded.
        (client.get(server.url("/api/cases/%FF%FE")), 400),
        // A multipart body without its boundary.
        (
            client
                .post(server.url("/api/uploads"))
                .header("content-type", "multipart/form-data")
                .header("origin", server.url(""))
                .body("--x\r\n"),
            400,
        ),
        // A method the route does not take.
        (client.put(server.url("/api/providers")), 405),
        (client.get(server.url("/api/providers/kijoma/cases")), 405),
    ];
    for (request, expected) in requests {
        let response = request.send().await.unwrap();
        let (status, url) = (response.status().as_u16(), response.url().to_string());
        let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_string());
        let body: Value = response.json().await.unwrap_or(Value::Null);
        assert_eq!(status, expected, "{url}: {body}");
        assert_eq!(content_type.as_deref(), Some("application/json"), "{url}");
        assert!(body["error"]["code"].is_string() && body["error"]["message"].is_string(), "{url}: {body}");
    }
}

// 15. Every request that changes data checks its Origin: uploads, customer
// actions and staff steps as well as submissions.
#[tokio::test]
async fn every_write_checks_its_origin() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let (status, receipt) = server.submit("kijoma", "origin-case", &complaint("kijoma")).await;
    assert_eq!(status, 201);
    let (reference, code) = (receipt["reference"].as_str().unwrap(), receipt["access_code"].as_str().unwrap());
    let staff = server.staff_token("kijoma", "Sam");
    let evil = "https://evil.example";
    let part = reqwest::multipart::Part::bytes(PDF.to_vec()).file_name("a.pdf").mime_str("application/pdf").unwrap();
    let form = reqwest::multipart::Form::new().text("provider", "kijoma").part("file", part);
    let requests = [
        ("upload", server.client.post(server.url("/api/uploads")).multipart(form)),
        (
            "customer action",
            server
                .client
                .post(server.url(&format!("/api/cases/{reference}/actions")))
                .bearer_auth(code)
                .json(&json!({"action": "withdrawn"})),
        ),
        (
            "staff step",
            server
                .client
                .post(server.url(&format!("/api/staff/cases/{reference}/events")))
                .bearer_auth(&staff)
                .json(&json!({"event": "acknowledged"})),
        ),
    ];
    for (what, request) in requests {
        let response = request.header("Origin", evil).send().await.unwrap();
        let status = response.status().as_u16();
        let body: Value = response.json().await.unwrap();
        assert_eq!((status, body["error"]["code"].as_str()), (403, Some("cross_origin")), "{what}");
    }
    // Nothing happened to the case.
    let (_, case) = server.case(reference, code).await;
    assert_eq!(case["stage"], "received");
}

// 22. Uploads count against the submissions' allowance, customer actions
// against the look-ups'.
#[tokio::test]
async fn uploads_and_customer_actions_are_rate_limited() {
    let limits = [("REDRESS_SUBMISSIONS_PER_MINUTE", "4"), ("REDRESS_LOOKUPS_PER_MINUTE", "4")];
    let server = Server::start_with(Db::Sqlite, NOW, &limits).await;
    let mut uploads = Vec::new();
    for _ in 0..2 {
        uploads.push(upload(&server, "kijoma", "a.pdf", PDF, "application/pdf").await.0);
    }
    assert_eq!(uploads, [201, 429], "a burst of one upload");
    let submitted = from_address("127.0.0.5")
        .post(server.url("/api/providers/kijoma/cases"))
        .header("Idempotency-Key", "limit-action")
        .json(&complaint("kijoma"))
        .send()
        .await
        .unwrap();
    let receipt: Value = submitted.json().await.unwrap();
    let (reference, code) = (receipt["reference"].as_str().unwrap(), receipt["access_code"].as_str().unwrap());
    let mut actions = Vec::new();
    for _ in 0..2 {
        let request = server.client.post(server.url(&format!("/api/cases/{reference}/actions"))).bearer_auth(code);
        let response = request.json(&json!({"action": "manager_review_requested"})).send().await.unwrap();
        actions.push(response.status().as_u16());
    }
    assert_eq!(actions, [409, 429], "the first is refused by the procedure, the second by the limit");
}

// 4. A JSON body sent without a length is cut off at the limit as it streams.
#[tokio::test]
async fn a_body_without_a_length_is_cut_off_at_the_limit() {
    let server = Server::start(Db::Sqlite, NOW).await;
    let mut body = complaint("kijoma");
    body["fields"]["description"] = json!("x".repeat(300 * 1024));
    let bytes = serde_json::to_vec(&body).unwrap();
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = bytes.chunks(16 * 1024).map(|c| Ok(c.to_vec())).collect();
    let stream = reqwest::Body::wrap_stream(futures_util::stream::iter(chunks));
    let response = server
        .client
        .post(server.url("/api/providers/kijoma/cases"))
        .header("Idempotency-Key", "streamed")
        .header("content-type", "application/json")
        .body(stream)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let error: Value = response.json().await.unwrap();
    assert_eq!((status, error["error"]["code"].as_str()), (413, Some("too_large")), "{error}");
    // (On a new connection: the server closes the one whose body it did not read.)
    assert_eq!(reqwest::get(server.url("/healthz")).await.unwrap().status(), 200);
}

// An upload no case claims is deleted a day after it arrived: the clock's
// pass at start-up removes it, and a form that names it is refused.
#[tokio::test]
async fn unclaimed_uploads_expire_after_a_day() {
    let mut server = Server::start(Db::Sqlite, NOW).await;
    let (_, first) = upload(&server, "kijoma", "kept.pdf", PDF, "application/pdf").await;
    server.restart_at("2026-11-03T09:59:00Z").await;
    let (_, later) = upload(&server, "kijoma", "later.pdf", PDF, "application/pdf").await;
    let with = |id: &Value| {
        let mut body = complaint("kijoma");
        body["documents"] = json!([id]);
        body
    };
    // A day and a minute after the first upload: it is gone; the second is not.
    server.restart_at("2026-11-03T10:01:00Z").await;
    let (status, error) = server.submit("kijoma", "expired", &with(&first["id"])).await;
    assert_eq!((status, error["error"]["fields"]["documents"].clone()), (422, json!(["unknown_document"])));
    let (status, _) = server.submit("kijoma", "in-time", &with(&later["id"])).await;
    assert_eq!(status, 201, "an upload less than a day old is kept");
}
