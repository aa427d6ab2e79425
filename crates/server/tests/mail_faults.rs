//! Mail that does not go as planned: a mailbox refused for good, a mail
//! server that says "later", one that is down for an hour or for two days,
//! and a server killed while it sends. Letters wait and go when they can,
//! a permanent failure is recorded and shown to the company's staff on the
//! case, nothing else is held up, and no letter is lost.

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::smtp::ScriptedSmtp;
use common::{Db, MailCatcher, Server, complaint};
use serde_json::{Value, json};

const NOW: &str = "2026-12-01T10:00:00Z";

/// A complaint from `email`: its reference and access code.
async fn filed_by(server: &Server, email: &str) -> (String, String) {
    let mut body = complaint("kijoma");
    body["fields"]["email"] = json!(email);
    let (status, receipt) = server.submit("kijoma", email, &body).await;
    assert_eq!(status, 201, "{receipt}");
    (receipt["reference"].as_str().unwrap().to_string(), receipt["access_code"].as_str().unwrap().to_string())
}

/// The case's letters as its staff see them, once `ready` says they are
/// as expected (within 15 s).
async fn letters_of(server: &Server, staff: &str, reference: &str, ready: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (status, _, body) = server.staff_get(staff, &format!("/cases/{reference}")).await;
        assert_eq!(status, 200);
        let case: Value = serde_json::from_slice(&body).unwrap();
        let letters = case["letters"].as_array().cloned().unwrap_or_default();
        if ready(&letters) {
            return letters;
        }
        assert!(Instant::now() < deadline, "{letters:#?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn status_of(letters: &[Value], kind: &str) -> String {
    let letter = letters.iter().find(|letter| letter["kind"] == kind).unwrap_or_else(|| panic!("{letters:#?}"));
    letter["status"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_refused_mailbox_fails_for_good_on_the_case_and_a_busy_one_is_tried_again() {
    let smtp = ScriptedSmtp::start(&["gone@example.org"], &[("busy@example.org", 2)]).await;
    let mut server = Server::start_with(Db::Sqlite, NOW, &[("REDRESS_SMTP_URL", smtp.smtp_url.as_str())]).await;
    let staff = server.staff_token("kijoma", "Sam");
    let (gone, _) = filed_by(&server, "gone@example.org").await;
    let (busy, code) = filed_by(&server, "busy@example.org").await;

    // Refused for good: failed, with the mail server's words, on the case.
    let letters = letters_of(&server, &staff, &gone, |l| l.iter().all(|l| l["status"] != "waiting")).await;
    assert_eq!(status_of(&letters, "receipt"), "failed");
    let refused = letters.iter().find(|l| l["kind"] == "receipt").unwrap();
    assert!(refused["last_error"].as_str().unwrap().contains("no such mailbox"), "{refused}");
    assert_eq!((refused["recipient"].clone(), refused["attempts"].clone()), (json!("gone@example.org"), json!(1)));
    // Nothing else is held up: the company's notices went.
    assert_eq!(status_of(&letters, "new_case"), "sent");
    let letters = letters_of(&server, &staff, &busy, |l| l.iter().any(|l| l["attempts"] == 1)).await;
    let waiting = letters.iter().find(|l| l["kind"] == "receipt").unwrap();
    assert_eq!(waiting["status"], "waiting", "{waiting}");
    assert!(waiting["last_error"].as_str().unwrap().contains("try again later"), "{waiting}");
    let outbox = String::from_utf8_lossy(&server.redress(&["mail", "outbox"]).stdout).to_string();
    assert!(outbox.contains("2 sent, 1 waiting, 1 failed"), "{outbox}");
    assert!(outbox.contains("no such mailbox") && outbox.contains("try again later"), "{outbox}");

    // A minute later, then two minutes after that, it is tried again; the
    // third time it goes.
    for (now, attempts) in [("2026-12-01T10:01:00Z", 2), ("2026-12-01T10:04:00Z", 3)] {
        server.restart_at(now).await;
        letters_of(&server, &staff, &busy, |l| l.iter().any(|l| l["kind"] == "receipt" && l["attempts"] == attempts))
            .await;
    }
    let letters = letters_of(&server, &staff, &busy, |l| status_of(l, "receipt") == "sent").await;
    assert_eq!(letters.iter().find(|l| l["kind"] == "receipt").unwrap()["attempts"], 3);
    let delivered = smtp.delivered();
    assert_eq!(delivered.iter().filter(|to| *to == "busy@example.org").count(), 1, "{delivered:?}");
    assert!(!delivered.contains(&"gone@example.org".to_string()));
    // The customer's own page shows no letters: they are the staff's record.
    let (status, case) = server.case(&busy, &code).await;
    assert_eq!(status, 200, "{case}");
    assert!(case.get("letters").is_none() && case.get("staff_actions").is_none(), "{case}");
}

/// A port nothing listens on: the mail server is down.
fn down() -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    format!("smtp://127.0.0.1:{port}")
}

#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn letters_wait_while_the_mail_server_is_down_and_give_up_after_two_days() {
    let down = down();
    let mut server = Server::start_with(Db::Sqlite, NOW, &[("REDRESS_SMTP_URL", down.as_str())]).await;
    let staff = server.staff_token("kijoma", "Sam");
    let (reference, _) = filed_by(&server, "ada@example.org").await;
    let letters = letters_of(&server, &staff, &reference, |l| l.iter().all(|l| l["attempts"] == 1)).await;
    assert!(letters.iter().all(|l| l["status"] == "waiting" && l["last_error"].is_string()), "{letters:#?}");

    // An hour later the mail server is back: both letters go, once.
    let mail = MailCatcher::start().await;
    server.restart_with("2026-12-01T11:00:00Z", &[("REDRESS_SMTP_URL", mail.smtp_url.as_str())]).await;
    letters_of(&server, &staff, &reference, |l| l.iter().all(|l| l["status"] == "sent")).await;
    assert_eq!(mail.letters_to("ada@example.org", 1).await.len(), 1);

    // Down for two days: the letter is given up, and says so.
    server.restart_with(NOW, &[("REDRESS_SMTP_URL", down.as_str())]).await;
    let (lost, _) = filed_by(&server, "bea@example.org").await;
    letters_of(&server, &staff, &lost, |l| l.iter().all(|l| l["attempts"] == 1)).await;
    server.restart_at("2026-12-03T10:30:00Z").await;
    let letters = letters_of(&server, &staff, &lost, |l| l.iter().all(|l| l["status"] == "failed")).await;
    assert!(letters.iter().all(|l| l["failed_at"].is_string()), "{letters:#?}");
}

/// `kill -9` while letters are being sent: after the restart every letter
/// is delivered, each with the Message-ID it was written with, so that a
/// letter sent twice is recognisable as one.
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn a_server_killed_while_sending_loses_no_letter() {
    let mail = MailCatcher::start().await;
    let mut server = Server::start_with(Db::Sqlite, NOW, &[("REDRESS_SMTP_URL", mail.smtp_url.as_str())]).await;
    for n in 0..20 {
        filed_by(&server, &format!("customer{n}@example.org")).await;
    }
    server.kill();
    server.restart_at(NOW).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let outbox = String::from_utf8_lossy(&server.redress(&["mail", "outbox"]).stdout).to_string();
        if outbox.contains("40 sent, 0 waiting, 0 failed") {
            break;
        }
        assert!(Instant::now() < deadline, "{outbox}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let caught = mail.letters().await;
    let ids: HashSet<&str> = caught.iter().map(|l| l["headers"]["message-id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 40, "every letter arrived: {} of 40 distinct, {} in all", ids.len(), caught.len());
    for n in 0..20 {
        let to = format!("customer{n}@example.org");
        let count = caught.iter().filter(|l| l["to"][0]["address"] == to.as_str()).count();
        assert!(count >= 1, "{to}");
    }
}

/// A mail server that takes seconds over every reply holds up only the
/// letters: complaints filed meanwhile are answered as fast as ever, and
/// their letters go once it answers.
#[tokio::test]
async fn a_slow_mail_server_never_slows_intake() {
    let smtp = ScriptedSmtp::start(&[], &[]).await;
    smtp.slow_down(Duration::from_secs(2));
    let server = Server::start_with(Db::Sqlite, NOW, &[("REDRESS_SMTP_URL", smtp.smtp_url.as_str())]).await;
    filed_by(&server, "first@example.org").await;
    // The sender is now waiting on the mail server's greeting.
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    for n in 0..5 {
        let started = Instant::now();
        filed_by(&server, &format!("customer{n}@example.org")).await;
        assert!(started.elapsed() < Duration::from_millis(500), "a filing took {:?}", started.elapsed());
    }
    assert!(smtp.delivered().is_empty(), "the mail server was still answering its first letter");
    smtp.slow_down(Duration::ZERO);
    let deadline = Instant::now() + Duration::from_secs(30);
    while smtp.delivered().len() < 12 {
        assert!(Instant::now() < deadline, "{} of 12 letters", smtp.delivered().len());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
