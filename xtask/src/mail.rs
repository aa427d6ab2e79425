//! The local mail server with a web inbox (maildev, from tools/mail/):
//! `cargo xtask run` points the portal at it, so a newcomer reads every
//! letter the portal sends; the tests start their own.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::cmd::command;

/// Where its SMTP server and its inbox listen for `cargo xtask run`.
const SMTP_PORT: u16 = 1025;
const WEB_PORT: u16 = 1080;

/// maildev's command, as `setup` installs it.
pub fn binary(root: &Path) -> PathBuf {
    root.join("tools/mail/node_modules/.bin/maildev")
}

/// A running maildev, stopped when dropped.
pub struct Catcher {
    child: Child,
    smtp_port: u16,
    web_port: u16,
}

impl Catcher {
    /// Starts maildev on loopback, on the ports `cargo xtask run` shows.
    pub fn start(root: &Path) -> Result<Catcher, String> {
        Catcher::start_on(root, SMTP_PORT, WEB_PORT)
    }

    /// Starts maildev on loopback on these ports, its letters in memory,
    /// and waits until its inbox answers.
    pub fn start_on(root: &Path, smtp_port: u16, web_port: u16) -> Result<Catcher, String> {
        let child = command(binary(root))
            .args(["--smtp", &smtp_port.to_string(), "--web", &web_port.to_string()])
            .args(["--ip", "127.0.0.1", "--web-ip", "127.0.0.1"])
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start the mail inbox (maildev): {e}"))?;
        let catcher = Catcher { child, smtp_port, web_port };
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", web_port)).is_err() {
            if Instant::now() > deadline {
                return Err("the mail inbox (maildev) did not start within 30 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(catcher)
    }

    pub fn smtp_url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.smtp_port)
    }

    pub fn web_url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.web_port)
    }

    /// maildev's own API, which the browser tests read letters from.
    pub fn api_url(&self) -> String {
        format!("http://127.0.0.1:{}/api", self.web_port)
    }
}

impl Drop for Catcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
