//! A small SMTP server for the mail faults maildev cannot stage, and the
//! sink of `bench mail`: it speaks the protocol over TCP to the portal's
//! real mail client (lettre), accepts every letter but those to addresses
//! it is told to refuse for good (550) or for now (451, a number of times),
//! and keeps the recipients it accepted and when.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Default)]
struct Script {
    refused: Vec<String>,
    /// Address → how many more times it is refused for now.
    later: HashMap<String, u32>,
    delivered: Vec<(String, Instant)>,
    /// How long each reply waits: a slow mail server.
    delay: Duration,
}

pub struct ScriptedSmtp {
    pub smtp_url: String,
    script: Arc<Mutex<Script>>,
    task: tokio::task::JoinHandle<()>,
}

impl ScriptedSmtp {
    /// Refuses `refused` for good, and each of `later` its number of times.
    pub async fn start(refused: &[&str], later: &[(&str, u32)]) -> ScriptedSmtp {
        ScriptedSmtp::start_on(0, refused, later).await
    }

    /// The same, on loopback port `port` (0: one the system chooses).
    pub async fn start_on(port: u16, refused: &[&str], later: &[(&str, u32)]) -> ScriptedSmtp {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let script = Arc::new(Mutex::new(Script {
            refused: refused.iter().map(|a| a.to_string()).collect(),
            later: later.iter().map(|(a, n)| (a.to_string(), *n)).collect(),
            delivered: Vec::new(),
            delay: Duration::ZERO,
        }));
        let shared = Arc::clone(&script);
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                tokio::spawn(session(socket, Arc::clone(&shared)));
            }
        });
        ScriptedSmtp { smtp_url: format!("smtp://127.0.0.1:{port}"), script, task }
    }

    /// From now on, each reply waits `delay`.
    pub fn slow_down(&self, delay: Duration) {
        self.script.lock().unwrap().delay = delay;
    }

    /// The recipients of the letters accepted so far.
    pub fn delivered(&self) -> Vec<String> {
        self.script.lock().unwrap().delivered.iter().map(|(to, _)| to.clone()).collect()
    }

    /// When each letter accepted so far arrived.
    pub fn arrivals(&self) -> Vec<Instant> {
        self.script.lock().unwrap().delivered.iter().map(|(_, at)| *at).collect()
    }
}

impl Drop for ScriptedSmtp {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn session(socket: tokio::net::TcpStream, script: Arc<Mutex<Script>>) {
    // Each reply at once, as a mail server answers, not held for the next.
    let _ = socket.set_nodelay(true);
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    let mut recipients = Vec::new();
    let mut in_data = false;
    if write.write_all(b"220 scripted ESMTP\r\n").await.is_err() {
        return;
    }
    while let Ok(Some(line)) = lines.next_line().await {
        let reply = if in_data {
            if line != "." {
                continue;
            }
            in_data = false;
            let now = Instant::now();
            script.lock().unwrap().delivered.extend(recipients.drain(..).map(|to| (to, now)));
            "250 2.0.0 accepted".to_string()
        } else {
            let upper = line.to_ascii_uppercase();
            if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                "250-scripted\r\n250 8BITMIME".to_string()
            } else if upper.starts_with("MAIL FROM") {
                recipients.clear();
                "250 2.1.0 ok".to_string()
            } else if upper.starts_with("RCPT TO") {
                let address = line[8..].trim().trim_start_matches('<').trim_end_matches('>').to_lowercase();
                let mut script = script.lock().unwrap();
                if script.refused.contains(&address) {
                    "550 5.1.1 no such mailbox".to_string()
                } else if let Some(n) = script.later.get_mut(&address).filter(|n| **n > 0) {
                    *n -= 1;
                    "451 4.3.0 try again later".to_string()
                } else {
                    recipients.push(address);
                    "250 2.1.5 ok".to_string()
                }
            } else if upper == "DATA" {
                in_data = true;
                "354 go ahead".to_string()
            } else if upper == "QUIT" {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            } else {
                "250 ok".to_string()
            }
        };
        let delay = script.lock().unwrap().delay;
        tokio::time::sleep(delay).await;
        if write.write_all(format!("{reply}\r\n").as_bytes()).await.is_err() {
            return;
        }
    }
}
