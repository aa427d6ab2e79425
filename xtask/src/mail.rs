//! The local mail server with a web inbox (maildev, from tools/mail/):
//! `cargo xtask run` points the portal at it, so a newcomer reads every
//! letter the portal sends; the tests start their own.

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

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
}

impl Catcher {
    /// Starts maildev on loopback, its letters in memory.
    pub fn start(root: &Path) -> Result<Catcher, String> {
        let child = command(binary(root))
            .args(["--smtp", &SMTP_PORT.to_string(), "--web", &WEB_PORT.to_string()])
            .args(["--ip", "127.0.0.1", "--web-ip", "127.0.0.1"])
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start the mail inbox (maildev): {e}"))?;
        Ok(Catcher { child })
    }

    pub fn smtp_url(&self) -> String {
        format!("smtp://127.0.0.1:{SMTP_PORT}")
    }

    pub fn web_url(&self) -> String {
        format!("http://127.0.0.1:{WEB_PORT}/")
    }
}

impl Drop for Catcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
