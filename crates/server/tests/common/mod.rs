//! A real `redress serve` for tests: the binary, a real database (a fresh
//! SQLite file, or a fresh PostgreSQL database when `REDRESS_TEST_POSTGRES_URL`
//! names a server), real HTTP on a loopback port.

#![allow(dead_code)] // Each test file uses part of this.

pub mod smtp;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

pub struct Server {
    child: Option<Child>,
    pub base: String,
    pub database_url: String,
    pub client: reqwest::Client,
    /// The port the running server bound (it is started on port 0).
    port: u16,
    extra_env: Vec<(String, String)>,
    _dir: TempDir,
}

/// A scratch folder removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        let dir = std::env::temp_dir().join(format!("redress-test-{}-{}", std::process::id(), random_suffix()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn random_suffix() -> String {
    let mut bytes = [0u8; 6];
    getrandom::fill(&mut bytes).unwrap();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh database of the given kind, as a URL.
pub async fn fresh_database(db: Db, dir: &TempDir) -> String {
    match db {
        Db::Sqlite => format!("sqlite://{}?mode=rwc", dir.0.join("redress.db").display()),
        Db::Postgres => {
            let admin = std::env::var("REDRESS_TEST_POSTGRES_URL")
                .expect("REDRESS_TEST_POSTGRES_URL names a PostgreSQL server; `cargo xtask test` starts one");
            let name = format!("redress_test_{}", random_suffix());
            use sqlx::Connection;
            let mut conn = sqlx::PgConnection::connect(&admin).await.expect("connect to the test PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut conn).await.unwrap();
            let (base, _) = admin.rsplit_once('/').expect("the URL names a database");
            format!("{base}/{name}")
        }
    }
}

impl Server {
    /// A server on a fresh database, its clock fixed at `now`.
    pub async fn start(db: Db, now: &str) -> Server {
        Server::start_with(db, now, &[]).await
    }

    pub async fn start_with(db: Db, now: &str, env: &[(&str, &str)]) -> Server {
        let dir = TempDir::new();
        let database_url = fresh_database(db, &dir).await;
        let mut server = Server {
            child: None,
            base: String::new(),
            database_url,
            client: reqwest::Client::new(),
            port: 0,
            extra_env: env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            _dir: dir,
        };
        server.spawn(now).await;
        server
    }

    /// Another server on this one's database, as a second replica behind a
    /// load balancer: its own process, port and clock, `env` added to this
    /// one's settings.
    pub async fn replica(&self, now: &str, env: &[(&str, &str)]) -> Server {
        let mut extra_env = self.extra_env.clone();
        extra_env.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let mut replica = Server {
            child: None,
            base: String::new(),
            database_url: self.database_url.clone(),
            client: reqwest::Client::new(),
            port: 0,
            extra_env,
            _dir: TempDir::new(),
        };
        replica.spawn(now).await;
        replica
    }

    /// Starts the server on a port the system chooses, reads the port from
    /// the line it prints, and waits until it answers: no other test's
    /// server can be the one that answers, and a server that exits is
    /// reported at once.
    async fn spawn(&mut self, now: &str) {
        let mut command = Command::new(env!("CARGO_BIN_EXE_redress"));
        command
            .arg("serve")
            .env("REDRESS_ADDR", "127.0.0.1:0")
            .env("DATABASE_URL", &self.database_url)
            .env("REDRESS_NOW", now)
            .env("REDRESS_DIST", "")
            .env("RUST_LOG", "warn")
            // Generous limits unless a test sets its own.
            .env("REDRESS_SUBMISSIONS_PER_MINUTE", "100000")
            .env("REDRESS_LOOKUPS_PER_MINUTE", "100000")
            .current_dir(&self._dir.0)
            .stdout(Stdio::piped());
        for (key, value) in &self.extra_env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("start redress serve");
        let stdout = child.stdout.take().expect("piped");
        let (lines, said) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(30);
        let line = loop {
            if let Some(status) = child.try_wait().unwrap() {
                panic!("redress serve exited before serving: {status}");
            }
            if let Ok(line) = said.recv_timeout(Duration::from_millis(50)) {
                break line;
            }
            assert!(Instant::now() < deadline, "redress serve did not say where it listens");
        };
        let address = line.split("http://").nth(1).and_then(|rest| rest.split('/').next()).expect("an address");
        self.port = address.rsplit(':').next().unwrap().parse().expect("a port");
        self.base = format!("http://{address}");
        self.child = Some(child);
        loop {
            if let Some(status) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("redress serve exited: {status}");
            }
            if let Ok(response) = self.client.get(format!("{}/healthz", self.base)).send().await
                && response.status() == 200
            {
                return;
            }
            assert!(Instant::now() < deadline, "redress serve did not become healthy");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Stops the server and starts it again on the same database at another
    /// "now", with `env` added to its settings.
    pub async fn restart_with(&mut self, now: &str, env: &[(&str, &str)]) {
        self.stop();
        self.extra_env.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        self.spawn(now).await;
    }

    /// Stops the server and starts it again on the same database at another "now".
    pub async fn restart_at(&mut self, now: &str) {
        self.stop();
        self.spawn(now).await;
    }

    /// SIGKILL: no shutdown of any kind.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// SIGTERM, as a service manager stops it; waits for the process to end
    /// and gives its exit code.
    pub fn terminate(&mut self) -> Option<i32> {
        let mut child = self.child.take()?;
        let sent = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("run kill");
        assert!(sent.success());
        child.wait().ok()?.code()
    }

    pub fn stop(&mut self) {
        self.kill();
    }

    /// The address the server listens on, for raw connections.
    pub fn address(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// `redress <args>` on this server's database, as an operator runs it.
    pub fn redress(&self, args: &[&str]) -> std::process::Output {
        // With the server's own settings (its policy folder, say).
        let mut command = Command::new(env!("CARGO_BIN_EXE_redress"));
        command.args(args).env("DATABASE_URL", &self.database_url).envs(self.extra_env.iter().cloned());
        command.output().unwrap()
    }

    /// A staff token made by the operator command, as an operator would.
    pub fn staff_token(&self, provider: &str, name: &str) -> String {
        let output = self.redress(&["staff", "token", "create", "--provider", provider, "--name", name]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap().trim().to_string()
    }

    /// A signed-in member of `provider`'s staff, added by the operator
    /// command: their session's `Cookie` header. The code is read from the
    /// outbox, where it waits when no mail server is set.
    pub async fn staff_session(&self, provider: &str, email: &str, name: &str) -> String {
        let output = self.redress(&["staff", "add", "--provider", provider, "--email", email, "--name", name]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let asked = self.client.post(self.url("/api/staff/sign-in")).json(&json!({"email": email})).send().await;
        assert_eq!(asked.unwrap().status(), 202);
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.database_url).await.unwrap();
        let (text,): (String,) = sqlx::query_as(
            "SELECT body_text FROM letters WHERE kind = 'sign_in_code' AND recipient = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(email)
        .fetch_one(&pool)
        .await
        .unwrap();
        pool.close().await;
        let code = text.split(|c: char| !c.is_ascii_digit()).find(|word| word.len() == 8).expect("a code");
        let body = json!({"email": email, "code": code});
        let response = self.client.post(self.url("/api/staff/session")).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 204);
        let set_cookie = response.headers()["set-cookie"].to_str().unwrap();
        set_cookie.split(';').next().unwrap().to_string()
    }

    pub async fn submit(&self, provider: &str, key: &str, body: &Value) -> (u16, Value) {
        let response = self
            .client
            .post(self.url(&format!("/api/providers/{provider}/cases")))
            .header("Idempotency-Key", key)
            .json(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn case(&self, reference: &str, code: &str) -> (u16, Value) {
        let response =
            self.client.get(self.url(&format!("/api/cases/{reference}"))).bearer_auth(code).send().await.unwrap();
        (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
    }

    pub async fn act(&self, reference: &str, code: &str, body: &Value) -> (u16, Value) {
        let response = self
            .client
            .post(self.url(&format!("/api/cases/{reference}/actions")))
            .bearer_auth(code)
            .json(body)
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
    }

    pub async fn staff_event(&self, token: &str, reference: &str, event: &str, message: &str) -> (u16, Value) {
        self.staff_step(token, reference, &json!({ "event": event, "message": message })).await
    }

    /// `POST /api/staff/cases/{reference}/events` with a whole body (a delay
    /// notice's milestone and date, say).
    pub async fn staff_step(&self, token: &str, reference: &str, body: &Value) -> (u16, Value) {
        let response = self
            .client
            .post(self.url(&format!("/api/staff/cases/{reference}/events")))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
    }

    /// `GET /api/staff/cases{query}`: the list, as JSON.
    pub async fn staff_cases(&self, token: &str, query: &str) -> Value {
        self.staff_page(token, query).await["cases"].clone()
    }

    /// A page of the staff's list: `{"cases", "next", "total"}`.
    pub async fn staff_page(&self, token: &str, query: &str) -> Value {
        let (status, _, body) = self.staff_get(token, &format!("/cases{query}")).await;
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
        serde_json::from_slice(&body).unwrap()
    }

    /// `GET /api/staff{path}`: the status, the headers and the body.
    pub async fn staff_get(&self, token: &str, path: &str) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
        let response = self.client.get(self.url(&format!("/api/staff{path}"))).bearer_auth(token).send().await.unwrap();
        let (status, headers) = (response.status().as_u16(), response.headers().clone());
        (status, headers, response.bytes().await.unwrap().to_vec())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A valid complaint to `provider`, with every required field.
pub fn complaint(provider: &str) -> Value {
    let fields = match provider {
        "kontakt-az" => json!({
            "surname": "Məmmədova", "first_name": "Aygün", "patronymic": "Rəşid qızı",
            "email": "aygun@example.az", "employee_name": "Elvin",
            "description": "Televizor çatdırılmadı."
        }),
        "modmount" => json!({
            "full_name": "Claire Martin", "email": "claire@example.fr", "account_reference": "MM-1001",
            "description": "Mon retrait est bloqué.", "incident_date": "2026-11-02",
            "agreement_scope": true, "declaration": true
        }),
        "key-systems" => json!({
            "full_name": "Jonas Becker", "email": "jonas@example.de", "domain_names": ["example.de"],
            "description": "Die Domain wurde nicht verlängert."
        }),
        _ => json!({
            "full_name": "Ada Lovelace", "email": "ada@example.org",
            "description": "My connection has dropped every evening for two weeks."
        }),
    };
    json!({ "kind": "complaint", "lang": "en", "fields": fields })
}

/// A one-page PDF's first bytes are all the sniffing needs.
pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

pub async fn upload(server: &Server, provider: &str, name: &str, bytes: &[u8], mime: &str) -> (u16, Value) {
    let part = reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string()).mime_str(mime).unwrap();
    let form = reqwest::multipart::Form::new().text("provider", provider.to_string()).part("file", part);
    let response = server.client.post(server.url("/api/uploads")).multipart(form).send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

/// Runs an async test body for SQLite, and for PostgreSQL as an ignored
/// test that `cargo xtask test` runs with a server of its own.
#[macro_export]
macro_rules! on_both_databases {
    ($name:ident, $body:path) => {
        mod $name {
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                $body(common::Db::Sqlite).await;
            }

            #[tokio::test]
            #[ignore = "needs PostgreSQL: cargo xtask test starts one"]
            async fn postgres() {
                $body(common::Db::Postgres).await;
            }
        }
    };
}

/// A real mail server with a web inbox (maildev, which `cargo xtask test`
/// installs in tools/mail), on ports of its own; the letters it catches are
/// read through its REST API. Stopped when dropped.
pub struct MailCatcher {
    child: Child,
    pub smtp_url: String,
    api: String,
    client: reqwest::Client,
    _dir: TempDir,
}

impl MailCatcher {
    pub async fn start() -> MailCatcher {
        let binary = std::env::var("REDRESS_TEST_MAILDEV").map(PathBuf::from).unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tools/mail/node_modules/.bin/maildev")
        });
        assert!(binary.exists(), "{} is missing: `cargo xtask setup` installs it", binary.display());
        let free_port = || std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let (smtp, web) = (free_port(), free_port());
        let dir = TempDir::new();
        let child = Command::new(binary)
            .args([
                "--smtp",
                &smtp.to_string(),
                "--web",
                &web.to_string(),
                "--ip",
                "127.0.0.1",
                "--web-ip",
                "127.0.0.1",
            ])
            .arg("--mail-directory")
            .arg(&dir.0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start maildev");
        let catcher = MailCatcher {
            child,
            smtp_url: format!("smtp://127.0.0.1:{smtp}"),
            api: format!("http://127.0.0.1:{web}/api"),
            client: reqwest::Client::new(),
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while catcher.client.get(format!("{}/email", catcher.api)).send().await.is_err() {
            assert!(Instant::now() < deadline, "maildev did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        catcher
    }

    /// Every letter caught so far.
    pub async fn letters(&self) -> Vec<Value> {
        let response = self.client.get(format!("{}/email", self.api)).send().await.unwrap();
        response.json().await.unwrap()
    }

    /// The letters to `address`, once there are `count` of them (within 15 s).
    pub async fn letters_to(&self, address: &str, count: usize) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let letters: Vec<Value> = self
                .letters()
                .await
                .into_iter()
                .filter(|letter| {
                    let to = letter["to"].as_array().unwrap();
                    to.iter().any(|to| to["address"].as_str().is_some_and(|a| a.eq_ignore_ascii_case(address)))
                })
                .collect();
            if letters.len() >= count {
                return letters;
            }
            assert!(Instant::now() < deadline, "{} of {count} letters to {address} arrived", letters.len());
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

impl Drop for MailCatcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
