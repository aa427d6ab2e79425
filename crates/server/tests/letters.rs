//! Letters by email, through a real mail server (maildev): the receipt to
//! the customer in the case's language, with its deadlines written as the
//! case page writes them and the link that opens the case; the company's
//! notice of a new case; and letters that wait in the outbox while no mail
//! server is set, then go.

mod common;

use common::{Db, MailCatcher, Server, complaint};
use serde_json::{Value, json};

const FRIDAY_BEFORE_CHRISTMAS: &str = "2026-12-18T10:00:00Z";

async fn filed(server: &Server, provider: &str, key: &str, body: &Value) -> (String, String) {
    let (status, receipt) = server.submit(provider, key, body).await;
    assert_eq!(status, 201, "{receipt}");
    (receipt["reference"].as_str().unwrap().into(), receipt["access_code"].as_str().unwrap().into())
}

async fn a_filing_sends_the_receipt_and_the_company_s_notice(db: Db) {
    let mail = MailCatcher::start().await;
    let settings = [("REDRESS_SMTP_URL", mail.smtp_url.as_str()), ("REDRESS_PUBLIC_URL", "https://portal.example/")];
    let server = Server::start_with(db, FRIDAY_BEFORE_CHRISTMAS, &settings).await;
    let (reference, code) = filed(&server, "kijoma", "ada", &complaint("kijoma")).await;

    let receipt = &mail.letters_to("ada@example.org", 1).await[0];
    assert_eq!(receipt["subject"], format!("Kijoma Broadband has received your case {reference}"));
    let text = receipt["text"].as_str().unwrap();
    for expected in [
        "Dear Ada Lovelace,",
        &format!("on Friday 18 December 2026. Its reference is {reference}"),
        // Five working days, over Christmas and Boxing Day.
        "Full reply: aimed for by Tuesday 29 December 2026",
        &format!("https://portal.example/status/{reference}?lang=en#{code}"),
        // The code also as text: the later letters ask for it.
        &format!("Your access code is {code}."),
    ] {
        assert!(text.contains(expected), "{expected:?} is not in:\n{text}");
    }
    let html = receipt["html"].as_str().unwrap();
    assert!(html.contains(&format!("<a href=\"https://portal.example/status/{reference}?lang=en#{code}\">")), "{html}");
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"), "{html}");
    let message_id = receipt["headers"]["message-id"].as_str().unwrap();
    assert!(message_id.ends_with("@portal.example>"), "{message_id}");

    let notice = &mail.letters_to("customercare@kijoma.co.uk", 1).await[0];
    assert_eq!(notice["subject"], format!("New case {reference} (Complaint)"));
    let notice_text = notice["text"].as_str().unwrap();
    for expected in [
        "First deadline: Full reply, by Tuesday 29 December 2026.",
        "From: Ada Lovelace",
        "  - ada@example.org\n",
        "What happened, in the customer's words:\n\nMy connection has dropped every evening for two weeks.",
    ] {
        assert!(notice_text.contains(expected), "{expected:?} is not in:\n{notice_text}");
    }
    // Under the company's name; a customer's reply goes to its complaints address.
    assert_eq!(receipt["from"][0]["name"], "Kijoma Broadband");
    let source = std::fs::read_to_string(receipt["source"].as_str().unwrap()).unwrap();
    assert!(source.contains("\r\nReply-To: Customercare@kijoma.co.uk\r\n"), "{source}");

    // The customer's language, whatever the company's.
    for (lang, email, greeting, received) in [
        ("az", "aygun@example.az", "Hörmətli Aygün Məmmədova,", "18 dekabr 2026 tarixində qəbul etdi"),
        (
            "ru",
            "anna@example.ru",
            "Здравствуйте, Aygün Məmmədova!",
            "получила ваше дело 18 декабря 2026. Вид дела: Жалоба.",
        ),
    ] {
        let mut body = complaint("kontakt-az");
        body["lang"] = json!(lang);
        body["fields"]["email"] = json!(email);
        filed(&server, "kontakt-az", email, &body).await;
        let text = mail.letters_to(email, 1).await[0]["text"].as_str().unwrap().to_string();
        assert!(text.contains(greeting) && text.contains(received), "{lang}:\n{text}");
    }
    // Every letter arrives (the last notice may come a round of the sender
    // after its receipt), and no other follows.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while mail.letters().await.len() < 6 {
        assert!(std::time::Instant::now() < deadline, "{} letters of 6", mail.letters().await.len());
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(2_500)).await;
    assert_eq!(mail.letters().await.len(), 6, "a receipt and a notice a case, and no other letter");
}
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn receipt_and_notice_on_sqlite() {
    a_filing_sends_the_receipt_and_the_company_s_notice(Db::Sqlite).await;
}

#[tokio::test]
#[ignore = "needs the mail catcher and PostgreSQL: cargo xtask test has both"]
async fn receipt_and_notice_on_postgres() {
    a_filing_sends_the_receipt_and_the_company_s_notice(Db::Postgres).await;
}

/// Without REDRESS_SMTP_URL the server says letters wait, and they do; set
/// it, and the same letters go, once each.
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn letters_wait_in_the_outbox_until_a_mail_server_is_set() {
    let mut server = Server::start(Db::Sqlite, FRIDAY_BEFORE_CHRISTMAS).await;
    let health = server.client.get(server.url("/healthz")).send().await.unwrap().text().await.unwrap();
    assert!(health.contains("letters wait in the outbox: REDRESS_SMTP_URL is not set"), "{health}");
    filed(&server, "kijoma", "waiting", &complaint("kijoma")).await;
    let outbox = server.redress(&["mail", "outbox"]);
    let listed = String::from_utf8_lossy(&outbox.stdout);
    assert!(listed.contains("0 sent, 2 waiting, 0 failed"), "{listed}");
    assert!(listed.contains("receipt") && listed.contains("ada@example.org"), "{listed}");

    let mail = MailCatcher::start().await;
    server.restart_with(FRIDAY_BEFORE_CHRISTMAS, &[("REDRESS_SMTP_URL", mail.smtp_url.as_str())]).await;
    mail.letters_to("ada@example.org", 1).await;
    mail.letters_to("customercare@kijoma.co.uk", 1).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let listed = String::from_utf8_lossy(&server.redress(&["mail", "outbox"]).stdout).to_string();
        if listed.contains("2 sent, 0 waiting, 0 failed") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{listed}");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(mail.letters().await.len(), 2, "each letter once");
}
