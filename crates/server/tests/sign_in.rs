//! Signing in to the console with a code sent by a real mail server
//! (maildev): the code works once, for ten minutes and five tries; the
//! answer to a request for a code never says whether the address has an
//! account; the session's cookie is locked to the portal, ends on sign-out,
//! after eight hours unused and when the operator removes the member; and a
//! session opens only its own provider's cases.

mod common;

use common::{Db, MailCatcher, Server, complaint};
use serde_json::{Value, json};

const PORTAL: &str = "https://portal.example";

async fn with_mail(db: Db, now: &str) -> (Server, MailCatcher) {
    let mail = MailCatcher::start().await;
    let settings = [("REDRESS_SMTP_URL", mail.smtp_url.as_str()), ("REDRESS_PUBLIC_URL", PORTAL)];
    (Server::start_with(db, now, &settings).await, mail)
}

fn add_member(server: &Server, provider: &str, email: &str, name: &str) {
    let output = server.redress(&["staff", "add", "--provider", provider, "--email", email, "--name", name]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

async fn post(server: &Server, path: &str, body: &Value) -> reqwest::Response {
    reqwest::Client::new().post(server.url(path)).json(body).send().await.unwrap()
}

async fn ask_for_code(server: &Server, email: &str, lang: &str) -> u16 {
    post(server, "/api/staff/sign-in", &json!({"email": email, "lang": lang})).await.status().as_u16()
}

/// The eight digits of the `nth` (from 1) letter to `email`, and its text.
async fn code_from(mail: &MailCatcher, email: &str, nth: usize) -> (String, String) {
    let letters = mail.letters_to(email, nth).await;
    let text = letters[nth - 1]["text"].as_str().unwrap().to_string();
    let subject = letters[nth - 1]["subject"].as_str().unwrap();
    let code = text
        .split(|c: char| !c.is_ascii_digit())
        .find(|word| word.len() == 8)
        .unwrap_or_else(|| panic!("no code in {text}"))
        .to_string();
    assert!(!subject.contains(&code), "the code is not in the subject, which the outbox keeps: {subject}");
    (code, text)
}

/// The session cookie's `name=value` from a successful sign-in, and the
/// whole `Set-Cookie`.
async fn signed_in(server: &Server, email: &str, code: &str) -> (String, String) {
    let response = post(server, "/api/staff/session", &json!({"email": email, "code": code})).await;
    assert_eq!(response.status(), 204, "{:?}", response.text().await);
    let set_cookie = response.headers()["set-cookie"].to_str().unwrap().to_string();
    (set_cookie.split(';').next().unwrap().to_string(), set_cookie)
}

async fn refused(server: &Server, email: &str, code: &str) -> Value {
    let response = post(server, "/api/staff/session", &json!({"email": email, "code": code})).await;
    assert_eq!(response.status(), 422);
    assert!(response.headers().get("set-cookie").is_none());
    response.json().await.unwrap()
}

async fn get_with(server: &Server, cookie: &str, path: &str) -> (u16, Value) {
    let response = reqwest::Client::new().get(server.url(path)).header("cookie", cookie).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn sign_in_and_out(db: Db) {
    let (server, mail) = with_mail(db, "2026-12-01T10:00:00Z").await;
    add_member(&server, "kijoma", "Sam@Kijoma.example", "Sam Jones");
    // Unknown, known, known in another case of letters: all the same 202.
    assert_eq!(ask_for_code(&server, "nobody@kijoma.example", "en").await, 202);
    assert_eq!(ask_for_code(&server, " sam@kijoma.EXAMPLE ", "de").await, 202);
    let (code, text) = code_from(&mail, "sam@kijoma.example", 1).await;
    assert!(text.contains("Ihr Anmeldecode lautet"), "in the language asked for: {text}");
    assert!(text.contains("10 Minuten"), "{text}");
    assert_eq!(mail.letters().await.len(), 1, "no letter to an address without an account");

    let wrong = if code == "00000000" { "11111111" } else { "00000000" };
    let answer = refused(&server, "sam@kijoma.example", wrong).await;
    assert_eq!(answer["error"]["code"], "code_not_accepted");
    let answer = refused(&server, "nobody@kijoma.example", &code).await;
    assert_eq!(answer["error"]["code"], "code_not_accepted", "an unknown address answers as a wrong code");

    let spaced = format!("{} {}", &code[..4], &code[4..]);
    let (cookie, set_cookie) = signed_in(&server, "SAM@kijoma.example", &spaced).await;
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] {
        assert!(set_cookie.split("; ").any(|a| a == attribute), "{attribute} missing: {set_cookie}");
    }
    assert!(!set_cookie.contains("Expires") && !set_cookie.contains("Max-Age"), "{set_cookie}");
    assert_eq!(refused(&server, "sam@kijoma.example", &code).await["error"]["code"], "code_not_accepted", "once only");

    let (status, me) = get_with(&server, &cookie, "/api/staff/me").await;
    assert_eq!((status, &me["name"], &me["provider"]), (200, &json!("Sam Jones"), &json!("kijoma")), "{me}");
    assert_eq!(me["provider_name"], "Kijoma Broadband");
    let (status, page) = get_with(&server, &cookie, "/api/staff/cases").await;
    assert_eq!((status, &page["total"]), (200, &json!(0)), "{page}");

    // Steps need the portal's own Origin with the cookie.
    let (status, receipt) = server.submit("kijoma", "k1", &complaint("kijoma")).await;
    assert_eq!(status, 201);
    let reference = receipt["reference"].as_str().unwrap();
    let step = json!({"event": "acknowledged", "message": "We are looking into it."});
    let path = server.url(&format!("/api/staff/cases/{reference}/events"));
    let client = reqwest::Client::new();
    let own = server.url("");
    for (origin, expected) in [(None, 403), (Some("https://evil.example"), 403), (Some(own.as_str()), 200)] {
        let mut request = client.post(&path).header("cookie", &cookie).json(&step);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), expected, "Origin {origin:?}: {:?}", response.text().await);
    }
    let (_, case) = get_with(&server, &cookie, &format!("/api/staff/cases/{reference}")).await;
    let events = case["events"].as_array().unwrap();
    assert_eq!(events.last().unwrap()["author"], "Sam Jones", "{case}");

    // The sign-in letter's body is forgotten once sent; its subject stays.
    let body: String = sqlx_one(&server, "SELECT body_text FROM letters WHERE kind = 'sign_in_code'").await;
    assert_eq!(body, "");

    let origin = server.url("").trim_end_matches('/').to_string();
    let out = client.delete(server.url("/api/staff/session")).header("cookie", &cookie).header("origin", origin);
    let response = out.send().await.unwrap();
    assert_eq!(response.status(), 204);
    assert!(response.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    assert_eq!(get_with(&server, &cookie, "/api/staff/me").await.0, 401, "signed out");
}

async fn sqlx_one(server: &Server, sql: &str) -> String {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let (value,): (String,) = sqlx::query_as(sql).fetch_one(&pool).await.unwrap();
        if value.is_empty() || std::time::Instant::now() > deadline {
            pool.close().await;
            return value;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn sign_in_and_out_on_sqlite() {
    sign_in_and_out(Db::Sqlite).await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL and the mail catcher: cargo xtask test starts them"]
async fn sign_in_and_out_on_postgres() {
    sign_in_and_out(Db::Postgres).await;
}

/// Five wrong tries spend a code; a code is good for ten minutes; at most
/// five codes an hour go to one address.
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn a_code_has_five_tries_and_ten_minutes() {
    let (mut server, mail) = with_mail(Db::Sqlite, "2026-12-01T10:00:00Z").await;
    add_member(&server, "kite-mobi", "lea@kite.example", "Léa Martin");
    assert_eq!(ask_for_code(&server, "lea@kite.example", "fr").await, 202);
    let (code, text) = code_from(&mail, "lea@kite.example", 1).await;
    assert!(text.contains("Votre code de connexion"), "{text}");
    let wrong = if code == "00000000" { "11111111" } else { "00000000" };
    for _ in 0..5 {
        refused(&server, "lea@kite.example", wrong).await;
    }
    refused(&server, "lea@kite.example", &code).await;

    assert_eq!(ask_for_code(&server, "lea@kite.example", "fr").await, 202);
    let (code, _) = code_from(&mail, "lea@kite.example", 2).await;
    server.restart_at("2026-12-01T10:10:01Z").await;
    refused(&server, "lea@kite.example", &code).await;

    for _ in 0..4 {
        assert_eq!(ask_for_code(&server, "lea@kite.example", "fr").await, 202);
    }
    let (code, _) = code_from(&mail, "lea@kite.example", 5).await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(mail.letters_to("lea@kite.example", 5).await.len(), 5, "the sixth code of the hour is not sent");
    signed_in(&server, "lea@kite.example", &code).await;
}

/// A session ends after eight hours unused, and at once when the operator
/// removes its member; it never opens another provider's cases.
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn sessions_end_and_stay_within_their_provider() {
    let (mut server, mail) = with_mail(Db::Sqlite, "2026-12-01T10:00:00Z").await;
    add_member(&server, "kijoma", "sam@kijoma.example", "Sam Jones");
    let (status, receipt) = server.submit("key-systems", "ks", &complaint("key-systems")).await;
    assert_eq!(status, 201);
    ask_for_code(&server, "sam@kijoma.example", "en").await;
    let (code, _) = code_from(&mail, "sam@kijoma.example", 1).await;
    let (cookie, _) = signed_in(&server, "sam@kijoma.example", &code).await;
    let other = format!("/api/staff/cases/{}", receipt["reference"].as_str().unwrap());
    assert_eq!(get_with(&server, &cookie, &other).await.0, 404, "another provider's case is not there");
    assert_eq!(get_with(&server, &cookie, "/api/staff/cases?q=Jonas").await.1["total"], 0);

    // Used at 17:59: still on at 01:58 the next day, not at 02:00 after that.
    server.restart_at("2026-12-01T17:59:00Z").await;
    assert_eq!(get_with(&server, &cookie, "/api/staff/me").await.0, 200);
    server.restart_at("2026-12-02T01:58:00Z").await;
    assert_eq!(get_with(&server, &cookie, "/api/staff/me").await.0, 200);
    server.restart_at("2026-12-02T10:00:00Z").await;
    assert_eq!(get_with(&server, &cookie, "/api/staff/me").await.0, 401, "eight hours unused");

    ask_for_code(&server, "sam@kijoma.example", "en").await;
    let (code, _) = code_from(&mail, "sam@kijoma.example", 2).await;
    let (cookie, _) = signed_in(&server, "sam@kijoma.example", &code).await;
    assert_eq!(get_with(&server, &cookie, "/api/staff/me").await.0, 200);
    let output = server.redress(&["staff", "remove", "--provider", "kijoma", "--email", "sam@kijoma.example"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(get_with(&server, &cookie, "/api/staff/me").await.0, 401, "removed: the session ends at once");
    let listed = String::from_utf8(server.redress(&["staff", "list", "--provider", "kijoma"]).stdout).unwrap();
    assert!(listed.contains("sam@kijoma.example\tSam Jones\tadded 2026-") && listed.contains("\tremoved "), "{listed}");
}

/// The operator's mistakes are named, and change nothing.
#[tokio::test]
async fn the_operator_is_told_what_is_wrong() {
    let server = Server::start(Db::Sqlite, "2026-12-01T10:00:00Z").await;
    let cases: [(&[&str], &str); 4] = [
        (&["staff", "add", "--provider", "nope", "--email", "a@b.example", "--name", "A"], "unknown provider `nope`"),
        (
            &["staff", "add", "--provider", "kijoma", "--email", "not-an-address", "--name", "A"],
            "is not an email address",
        ),
        (&["staff", "add", "--provider", "kijoma", "--email", "a@b.example", "--name", " "], "--name must be"),
        (&["staff", "remove", "--provider", "kijoma", "--email", "a@b.example"], "has no member with the address"),
    ];
    for (args, expected) in cases {
        let output = server.redress(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains(expected), "{args:?}: {said}");
    }
    add_member(&server, "kijoma", "a@b.example", "A");
    let again = server.redress(&["staff", "add", "--provider", "kijoma", "--email", "A@B.example", "--name", "A"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("has a member with the address a@b.example already"));
    assert_eq!(ask_for_code(&server, "not an address", "en").await, 422);
    assert_eq!(ask_for_code(&server, "a@b.example", "xx").await, 422);
}
