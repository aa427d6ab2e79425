//! Each provider's case through its life, with a real mail server
//! (maildev): every step the policy puts in writing sends exactly its
//! letter, in the case's language, with the dates the case page shows, and
//! no other; the letters dates call for (the ADR letter at eight weeks, the
//! reminder before Key-Systems' window closes) come once, after a restart
//! and with two servers on one PostgreSQL.

mod common;

use std::time::{Duration, Instant};

use common::{Db, MailCatcher, PDF, Server, complaint, upload};
use serde_json::{Value, json};

const PORTAL: &str = "https://portal.example";

async fn filed(server: &Server, provider: &str, key: &str, body: &Value) -> (String, String) {
    let (status, receipt) = server.submit(provider, key, body).await;
    assert_eq!(status, 201, "{receipt}");
    (receipt["reference"].as_str().unwrap().into(), receipt["access_code"].as_str().unwrap().into())
}

async fn with_mail(db: Db, now: &str) -> (Server, MailCatcher) {
    let mail = MailCatcher::start().await;
    let settings = [("REDRESS_SMTP_URL", mail.smtp_url.as_str()), ("REDRESS_PUBLIC_URL", PORTAL)];
    (Server::start_with(db, now, &settings).await, mail)
}

/// The outbox's letters of a case, oldest first: (kind, recipient).
async fn written(server: &Server, reference: &str) -> Vec<(String, String)> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT l.kind, l.recipient FROM letters l JOIN cases c ON c.id = l.case_id \
         WHERE c.reference = $1 ORDER BY l.id",
    )
    .bind(reference)
    .fetch_all(&pool)
    .await
    .unwrap();
    pool.close().await;
    rows
}

fn kinds(letters: &[(String, String)]) -> Vec<&str> {
    letters.iter().map(|(kind, _)| kind.as_str()).collect()
}

/// The letters the mail server caught, each once: a letter sent again
/// because a server was stopped after sending it and before recording so
/// (as restarts here do) carries the same Message-ID, and is the same letter.
async fn distinct_letters(mail: &MailCatcher) -> Vec<Value> {
    let mut seen = std::collections::HashSet::new();
    mail.letters().await.into_iter().filter(|letter| seen.insert(letter["headers"]["message-id"].to_string())).collect()
}

/// Waits until the mail server has `count` letters, then a little longer
/// to see that no other follows.
async fn caught_exactly(mail: &MailCatcher, count: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(20);
    while distinct_letters(mail).await.len() < count {
        assert!(Instant::now() < deadline, "{} letters of {count}", distinct_letters(mail).await.len());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    let letters = distinct_letters(mail).await;
    assert_eq!(letters.len(), count, "{:#?}", letters.iter().map(|l| l["subject"].clone()).collect::<Vec<_>>());
    letters
}

fn text_with_subject<'a>(letters: &'a [Value], subject: &str) -> &'a str {
    let letter = letters.iter().find(|letter| letter["subject"].as_str().unwrap().contains(subject));
    letter.unwrap_or_else(|| panic!("no letter about {subject:?}"))["text"].as_str().unwrap()
}

fn assert_contains(text: &str, expected: &[&str]) {
    for expected in expected {
        assert!(text.contains(expected), "{expected:?} is not in:\n{text}");
    }
}

/// Kijoma, in English: each staff step in writing, the customer's request
/// for a manager told to the company, and the deadlock letter as the ADR
/// letter, with everything CISAS asks for; no second ADR letter at eight
/// weeks, since the deadlock letter came first.
async fn kijoma_in_writing(db: Db) {
    let (mut server, mail) = with_mail(db, "2026-12-18T10:00:00Z").await;
    let (reference, code) = filed(&server, "kijoma", "ada", &complaint("kijoma")).await;
    let staff = server.staff_token("kijoma", "Sam");
    assert_eq!(server.staff_event(&staff, &reference, "acknowledged", "We are looking into it.").await.0, 200);
    server.restart_at("2026-12-23T15:00:00Z").await;
    assert_eq!(server.staff_event(&staff, &reference, "responded", "An engineer visits on Monday.").await.0, 200);
    let review = json!({"action": "manager_review_requested", "message": "Still broken."});
    assert_eq!(server.act(&reference, &code, &review).await.0, 200);
    let deadlock = "We cannot agree.\nOur engineer found no fault on the line.";
    // The signed letter goes with the step, as a document of the case.
    let (status, signed) = upload(&server, "kijoma", "deadlock letter.pdf", PDF, "application/pdf").await;
    assert_eq!(status, 201, "{signed}");
    let step = json!({"event": "deadlock_letter_issued", "message": deadlock, "documents": [signed["id"]]});
    let (status, case) = server.staff_step(&staff, &reference, &step).await;
    assert_eq!(status, 200, "{case}");
    assert_eq!(
        (&case["documents"][0]["added_by"], &case["documents"][0]["from_company"]),
        (&json!("Sam"), &json!(true))
    );
    let (_, seen) = server.case(&reference, &code).await;
    assert_eq!(seen["documents"][0]["from_company"], true);
    assert!(seen["documents"][0].get("added_by").is_none(), "the member's name is the team's: {seen}");
    server.restart_at("2027-02-15T09:00:00Z").await;

    let letters = written(&server, &reference).await;
    assert_eq!(
        kinds(&letters),
        ["receipt", "new_case", "acknowledgement", "response", "customer_step", "adr"],
        "{letters:?}"
    );
    let caught = caught_exactly(&mail, 6).await;
    assert_contains(
        text_with_subject(&caught, "has acknowledged"),
        &["We are looking into it.", "Full reply: aimed for by Tuesday 29 December 2026", "Customercare@kijoma.co.uk"],
    );
    assert_contains(
        text_with_subject(&caught, "the customer asked for a manager to review it"),
        &[&format!("in case {reference}: the customer asked for a manager to review it."), PORTAL],
    );
    let adr = text_with_subject(&caught, "you can take it to CISAS");
    assert_contains(
        adr,
        &[
            "This is its deadlock letter.",
            // The company's words, their lines kept.
            "We cannot agree.\nOur engineer found no fault on the line.",
            "It costs you nothing.",
            "It is run by CEDR.",
            "It can award you up to £10,000.",
            "  - A household\n",
            "  - fraud\n",
            "Apply to CISAS by Thursday 23 December 2027",
            "  - the date of the deadlock letter\n",
            "  - Phone: 020 7520 3814\n",
            "  - Email: cisas@cedr.com\n",
            // The look-up form, with the reference filled in, in the case's language.
            &format!("{PORTAL}/status?reference={reference}&lang=en"),
        ],
    );
    assert!(!adr.contains(&code), "only the receipt carries the access code");
    let adr_letter =
        caught.iter().find(|l| l["subject"].as_str().unwrap().contains("you can take it to CISAS")).unwrap();
    let attached: Vec<(&str, &str)> = adr_letter["attachments"]
        .as_array()
        .map(|all| all.iter().map(|a| (a["filename"].as_str().unwrap(), a["contentType"].as_str().unwrap())).collect())
        .unwrap_or_default();
    assert_eq!(attached, [("deadlock letter.pdf", "application/pdf")], "the step's document goes with its letter");
    for other in caught.iter().filter(|l| !std::ptr::eq(*l, adr_letter)) {
        assert!(other["attachments"].as_array().is_none_or(Vec::is_empty), "{}", other["subject"]);
    }
    assert_eq!(letters_holding(&server, &code).await, 0, "the receipt's body is forgotten once it is sent");
}

/// How many of the outbox's letters hold `text` in their bodies.
async fn letters_holding(server: &Server, text: &str) -> i64 {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&server.database_url).await.unwrap();
    let pattern = format!("%{text}%");
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM letters WHERE body_text LIKE $1 OR body_html LIKE $1 OR subject LIKE $1")
            .bind(&pattern)
            .fetch_one(&pool)
            .await
            .unwrap();
    pool.close().await;
    count
}
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn kijoma_on_sqlite() {
    kijoma_in_writing(Db::Sqlite).await;
}

#[tokio::test]
#[ignore = "needs the mail catcher and PostgreSQL: cargo xtask test has both"]
async fn kijoma_on_postgres() {
    kijoma_in_writing(Db::Postgres).await;
}

/// Kite Mobi, in French: a complaint still open when the scheme opens, eight
/// weeks after it was made, gets the ADR letter that morning, once, however
/// often the server restarts.
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn the_adr_letter_comes_at_eight_weeks_once() {
    let (mut server, mail) = with_mail(Db::Sqlite, "2026-11-02T10:00:00Z").await;
    let mut body = complaint("kite-mobi");
    body["lang"] = json!("fr");
    body["fields"]["customer_type"] = json!("residential");
    let (reference, _) = filed(&server, "kite-mobi", "claire", &body).await;
    server.restart_at("2026-12-27T23:59:00Z").await;
    assert_eq!(kinds(&written(&server, &reference).await), ["receipt", "new_case"], "not before the day");
    // (Before seven in the morning: the team's list is another test's.)
    for now in ["2026-12-28T00:01:00Z", "2026-12-28T09:00:00Z", "2027-01-04T06:00:00Z"] {
        server.restart_at(now).await;
    }
    assert_eq!(kinds(&written(&server, &reference).await), ["receipt", "new_case", "adr"]);
    let caught = caught_exactly(&mail, 3).await;
    let adr = text_with_subject(&caught, "vous pouvez saisir Ombudsman Services: Communications");
    assert_contains(
        adr,
        &[
            "Bonjour Ada Lovelace,",
            &format!("Votre dossier {reference} n'est pas résolu\u{a0}; depuis le lundi 28 décembre 2026"),
            "Cela ne vous coûte rien.",
            "au plus tard le mardi 28 décembre 2027",
            "Téléphone\u{a0}: 0330 440 1614",
            "Courrier\u{a0}: 3300 Daresbury Park, Daresbury, Warrington, WA4 4HS",
        ],
    );
}

/// Two servers on one PostgreSQL, both catching up at the eight weeks: one
/// ADR letter, sent once.
#[tokio::test]
#[ignore = "needs the mail catcher and PostgreSQL: cargo xtask test has both"]
async fn two_servers_write_and_send_the_adr_letter_once() {
    let (mut first, mail) = with_mail(Db::Postgres, "2026-11-02T10:00:00Z").await;
    let (reference, _) = filed(&first, "kite-mobi", "ada", &complaint("kite-mobi")).await;
    first.stop();
    let (mut a, b) =
        tokio::join!(first.replica("2026-12-28T09:00:00Z", &[]), first.replica("2026-12-28T09:00:00Z", &[]));
    assert_eq!(kinds(&written(&a, &reference).await), ["receipt", "new_case", "adr"]);
    caught_exactly(&mail, 3).await;
    a.stop();
    drop(b);
}

/// Key-Systems, in German: the answer gives the day the escalation window
/// closes; five business days before it, the reminder; after it, the case
/// counts as resolved, and the customer is told.
async fn key_systems_in_writing(db: Db) {
    let (mut server, mail) = with_mail(db, "2026-11-02T10:00:00Z").await;
    let mut body = complaint("key-systems");
    body["lang"] = json!("de");
    let (reference, _) = filed(&server, "key-systems", "jonas", &body).await;
    let staff = server.staff_token("key-systems", "Jana");
    assert_eq!(server.staff_event(&staff, &reference, "responded", "Die Verlängerung ist erfolgt.").await.0, 200);
    for now in ["2026-11-20T10:00:00Z", "2026-11-23T07:00:00Z", "2026-12-01T08:00:00Z"] {
        server.restart_at(now).await;
    }
    assert_eq!(
        kinds(&written(&server, &reference).await),
        ["receipt", "new_case", "response", "window_reminder", "closing"]
    );
    let caught = caught_exactly(&mail, 5).await;
    let until = "bis Montag, 30. November 2026 auf der Seite Ihres Vorgangs eine erneute Beschwerde einlegen";
    assert_contains(text_with_subject(&caught, "hat auf Ihren Vorgang"), &["Die Verlängerung ist erfolgt.", until]);
    assert_contains(text_with_subject(&caught, "endet am Montag, 30. November 2026"), &[until]);
    assert_contains(
        text_with_subject(&caught, "ist abgeschlossen"),
        &[&format!("Ihr Vorgang {reference} gilt seit Dienstag, 1. Dezember 2026 als erledigt")],
    );
}
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn key_systems_on_sqlite() {
    key_systems_in_writing(Db::Sqlite).await;
}

#[tokio::test]
#[ignore = "needs the mail catcher and PostgreSQL: cargo xtask test has both"]
async fn key_systems_on_postgres() {
    key_systems_in_writing(Db::Postgres).await;
}

/// Kontakt Home tells every step in writing: in Azerbaijani for one case, in
/// Russian for another; the customer's answer goes to the company, in its
/// first language.
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn kontakt_tells_every_step() {
    let (mut server, mail) = with_mail(Db::Sqlite, "2026-11-02T08:00:00Z").await;
    let mut body = complaint("kontakt-az");
    body["lang"] = json!("az");
    let (az, code) = filed(&server, "kontakt-az", "aygun", &body).await;
    body["lang"] = json!("ru");
    body["fields"]["email"] = json!("anna@example.ru");
    let (ru, _) = filed(&server, "kontakt-az", "anna", &body).await;
    let staff = server.staff_token("kontakt-az", "Leyla");
    assert_eq!(server.staff_event(&staff, &az, "acknowledged", "Şikayətiniz qəbul edildi.").await.0, 200);
    assert_eq!(server.staff_event(&staff, &az, "information_requested", "Çekin şəklini göndərin.").await.0, 200);
    let supplied = json!({"action": "information_supplied", "message": "Çek 12345."});
    assert_eq!(server.act(&az, &code, &supplied).await.0, 200);
    server.restart_at("2026-11-10T08:00:00Z").await;
    assert_eq!(server.staff_event(&staff, &az, "resolved", "Televizor dəyişdirildi.").await.0, 200);
    let delay = json!({"event": "delay_notified", "milestone": "resolution", "date": "2026-11-25",
        "message": "Ждём ответа с завода."});
    assert_eq!(server.staff_step(&staff, &ru, &delay).await.0, 200);

    assert_eq!(
        kinds(&written(&server, &az).await),
        ["receipt", "new_case", "acknowledgement", "information_request", "customer_step", "closing"]
    );
    assert_eq!(kinds(&written(&server, &ru).await), ["receipt", "new_case", "delay_notice"]);
    // 10 November is a public holiday in Azerbaijan: no morning list.
    let caught = caught_exactly(&mail, 9).await;
    assert_contains(
        text_with_subject(&caught, "əlavə məlumat istəyir"),
        &["Hörmətli Aygün Məmmədova,", "Çekin şəklini göndərin.", "İşinizin səhifəsində cavab verin"],
    );
    assert_contains(
        text_with_subject(&caught, "bağlandı"),
        &["10 noyabr 2026 tarixində həll olunmuş kimi qeyd etdi", "Televizor dəyişdirildi."],
    );
    assert_contains(
        text_with_subject(&caught, "müştəri əlavə məlumat göndərdi"),
        &[&format!("2 noyabr 2026, iş {az}: müştəri əlavə məlumat göndərdi.")],
    );
    assert_contains(
        text_with_subject(&caught, "нужно больше времени"),
        &["Новый срок — не позднее 25 ноября 2026", "не успеет к 18 ноября 2026", "Ждём ответа с завода."],
    );
}

/// Modmount publishes no complaints address: its customer's letters go,
/// and no notice is written for the company.
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn modmount_writes_to_the_customer_only() {
    let (server, mail) = with_mail(Db::Sqlite, "2026-11-02T10:00:00Z").await;
    let inquiry = json!({"kind": "inquiry", "lang": "fr", "fields": {
        "full_name": "Claire Martin", "email": "claire@example.fr", "description": "Où est mon retrait ?"
    }});
    let (reference, _) = filed(&server, "modmount", "claire", &inquiry).await;
    let staff = server.staff_token("modmount", "Hugo");
    // Markup, right-to-left script and a line far longer than mail allows
    // reach the customer as the text they are.
    let long_line = "Votre retrait est en cours de vérification. ".repeat(40);
    let answer = format!("<b>Bonjour</b> مرحبا Claire,\n{long_line}");
    assert_eq!(server.staff_event(&staff, &reference, "responded", &answer).await.0, 200);
    assert_eq!(kinds(&written(&server, &reference).await), ["receipt", "response"]);
    let caught = caught_exactly(&mail, 2).await;
    assert_contains(text_with_subject(&caught, "a répondu"), &["<b>Bonjour</b> مرحبا Claire,\n", long_line.trim()]);
    let html =
        caught.iter().find(|l| l["subject"].as_str().unwrap().contains("a répondu")).unwrap()["html"].as_str().unwrap();
    assert!(html.contains("&lt;b&gt;Bonjour&lt;/b&gt; مرحبا Claire,<br>"), "{html}");
}

/// Each morning from seven in the provider's time zone its complaints team
/// gets one list of the cases overdue and due today and tomorrow; none on a
/// morning with nothing to list, and one a day however often the servers
/// restart.
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn the_team_gets_one_morning_list_a_day() {
    let (mut server, mail) = with_mail(Db::Sqlite, "2026-12-01T08:00:00Z").await;
    let (reference, _) = filed(&server, "kijoma", "ada", &complaint("kijoma")).await;
    // Kijoma's full reply is due Tuesday 8 December.
    for now in ["2026-12-06T09:00:00Z", "2026-12-07T06:59:00Z"] {
        server.restart_at(now).await;
    }
    for now in ["2026-12-07T07:00:00Z", "2026-12-07T12:00:00Z"] {
        server.restart_at(now).await;
    }
    let caught = caught_exactly(&mail, 3).await;
    let list =
        text_with_subject(&caught, "Kijoma Broadband, Monday 7 December 2026: 0 overdue, 0 due today, 1 due tomorrow");
    assert_contains(
        list,
        &["Due tomorrow (1):\n", &format!("  - {reference} (Complaint), due Tuesday 8 December 2026\n")],
    );
    server.restart_at("2026-12-09T08:00:00Z").await;
    let caught = caught_exactly(&mail, 4).await;
    assert_contains(text_with_subject(&caught, "Wednesday 9 December 2026: 1 overdue"), &["Overdue (1):"]);
}

/// Each letter's stop link: following it stops nothing (mail scanners
/// follow links); the page's button does, and from then on the customer
/// gets no email about the case while the company's notices go on. A wrong
/// token stops nothing.
#[tokio::test]
#[ignore = "needs the mail catcher: cargo xtask test installs it"]
async fn the_stop_link_asks_first_and_then_the_customer_gets_no_more_emails() {
    let (server, mail) = with_mail(Db::Sqlite, "2026-12-01T10:00:00Z").await;
    let (reference, code) = filed(&server, "kijoma", "ada", &complaint("kijoma")).await;
    let receipt = &mail.letters_to("ada@example.org", 1).await[0];
    let text = receipt["text"].as_str().unwrap();
    let link = text.split_whitespace().find(|word| word.contains("/letters/stop/")).expect("a stop link").to_string();
    assert!(link.starts_with(&format!("{PORTAL}/letters/stop/{reference}/")), "{link}");
    assert!(!link.contains(&code), "the link tells nothing of the access code");
    // A mail program may offer it itself (RFC 8058).
    let source = std::fs::read_to_string(receipt["source"].as_str().unwrap()).unwrap();
    assert!(source.contains(&format!("\r\nList-Unsubscribe: <{link}>\r\n")), "{source}");
    assert!(source.contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), "{source}");
    let path = link.trim_start_matches(PORTAL);

    let client = reqwest::Client::new();
    let wrong = format!("/letters/stop/{reference}/{}", "0".repeat(32));
    for (method, path) in [("GET", path), ("POST", wrong.as_str())] {
        let request = client.request(method.parse().unwrap(), server.url(path));
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        assert_eq!(response.headers()["content-type"], "text/html; charset=utf-8");
        let page = response.text().await.unwrap();
        match method {
            "GET" => assert!(status == 200 && page.contains("<form method=\"post\">"), "{status} {page}"),
            _ => assert!(status == 404 && page.contains("This link does not work"), "{status} {page}"),
        }
    }
    let staff = server.staff_token("kijoma", "Sam");
    assert_eq!(server.staff_event(&staff, &reference, "acknowledged", "Looking into it.").await.0, 200);
    // The one-click post a mail program sends, as the page's button does.
    let one_click = client.post(server.url(path)).form(&[("List-Unsubscribe", "One-Click")]);
    let response = one_click.send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("you will get no more emails about case"));
    assert_eq!(server.staff_event(&staff, &reference, "responded", "Fixed.").await.0, 200);
    let review = json!({"action": "manager_review_requested", "message": "Still broken."});
    assert_eq!(server.act(&reference, &code, &review).await.0, 200);
    assert_eq!(
        kinds(&written(&server, &reference).await),
        ["receipt", "new_case", "acknowledgement", "customer_step"],
        "no answer by email once stopped; the company's notice still goes"
    );
    caught_exactly(&mail, 4).await;
}

/// A customer who chose to follow the case on its page only gets no email
/// from the first (not even the receipt, whose code the confirmation page
/// shows), while the company still hears of the case; the receipt says no
/// copy is on its way, and the staff see why no letter goes out.
#[tokio::test]
async fn a_customer_who_chose_the_case_page_gets_no_email() {
    let server = Server::start_with(Db::Sqlite, "2026-12-01T10:00:00Z", &[("REDRESS_PUBLIC_URL", PORTAL)]).await;
    let mut quiet = complaint("kijoma");
    quiet["letters_by_email"] = json!(false);
    let (status, receipt) = server.submit("kijoma", "quiet", &quiet).await;
    assert_eq!((status, &receipt["emailed"]), (201, &json!(false)), "{receipt}");
    let reference = receipt["reference"].as_str().unwrap();
    let staff = server.staff_token("kijoma", "Sam");
    assert_eq!(server.staff_event(&staff, reference, "acknowledged", "Looking into it.").await.0, 200);
    assert_eq!(kinds(&written(&server, reference).await), ["new_case"]);
    let (_, _, view) = server.staff_get(&staff, &format!("/cases/{reference}")).await;
    let view: Value = serde_json::from_slice(&view).unwrap();
    assert_eq!(view["letters_stopped"], json!(true), "{view}");

    let (status, receipt) = server.submit("kijoma", "default", &complaint("kijoma")).await;
    assert_eq!((status, &receipt["emailed"]), (201, &json!(true)), "email is the default where an address is given");
    // Kontakt Home takes a phone number instead of an email address.
    let mut no_address = complaint("kontakt-az");
    no_address["fields"].as_object_mut().unwrap().remove("email");
    no_address["fields"]["phone"] = json!("+994 12 555 00 00");
    let (status, receipt) = server.submit("kontakt-az", "phone", &no_address).await;
    assert_eq!((status, &receipt["emailed"]), (201, &json!(false)), "{receipt}");
}
