//! Starts `redress serve` on a free loopback port for the browser tests,
//! and stops it afterwards whatever happens.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::cmd::{self, command};

/// A running server, killed when dropped.
struct Server {
    child: Child,
    pub base_url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

fn start(root: &Path) -> Result<Server, String> {
    cmd::cargo(root, &["build", "--quiet", "-p", "redress-server"])?;
    let port = free_port()?;
    let child = command(root.join("target/debug/redress"))
        .arg("serve")
        .current_dir(root)
        .env("REDRESS_ADDR", format!("127.0.0.1:{port}"))
        .env("REDRESS_DIST", root.join("dist"))
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start redress serve: {e}"))?;
    let server = Server { child, base_url: format!("http://127.0.0.1:{port}") };
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            return Err("redress serve did not start listening within 20 s".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(server)
}

pub fn browser_tests(root: &Path) -> Result<(), String> {
    let server = start(root)?;
    println!("  app served at {}", server.base_url);
    cmd::run(
        command("npm")
            .args(["test", "--silent"])
            .current_dir(root.join("e2e"))
            .env("BASE_URL", &server.base_url)
            .env("CHROMIUM_PATH", "/usr/bin/chromium"),
    )
}
