//! Starts `redress serve` on a free loopback port (for the browser tests and
//! the benchmarks) and stops it afterwards, whatever happens.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::cmd::{self, command};

/// A running server, killed when dropped.
pub struct Server {
    child: Child,
    pub base_url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// The server's process id (the benchmarks read its memory).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

pub fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// Starts `binary serve` with `env` and waits until it listens.
pub fn start(root: &Path, binary: &Path, env: &[(&str, String)]) -> Result<Server, String> {
    let port = free_port()?;
    let mut serve = command(binary);
    serve
        .arg("serve")
        .current_dir(root)
        .env("REDRESS_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null());
    for (key, value) in env {
        serve.env(key, value);
    }
    let mut child = serve.spawn().map_err(|e| format!("cannot start redress serve: {e}"))?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("redress serve exited at start ({status})"));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            return Err("redress serve did not start listening within 30 s".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(Server { child, base_url: format!("http://127.0.0.1:{port}") })
}

/// The instant the browser tests' clock starts at: a Monday morning in
/// London and Baku, within the years the holiday calendars cover.
const BROWSER_TESTS_START: &str = "2026-11-16T09:00:00Z";

pub fn browser_tests(root: &Path) -> Result<(), String> {
    cmd::cargo(root, &["build", "--quiet", "-p", "redress-server"])?;
    let scratch = root.join("target/e2e-db");
    let _ = std::fs::remove_dir_all(&scratch);
    let database = format!("sqlite://{}?mode=rwc", scratch.join("redress.db").display());
    let binary = root.join("target/debug/redress");
    let policies = browser_tests_policies(root)?;
    // The widget test serves a company's page on this port; the portal lets it embed the forms.
    let widget_host_port = free_port()?;
    // The letters' test reads the customer's mailbox.
    let mail = crate::mail::Catcher::start_on(root, free_port()?, free_port()?)?;
    // The journeys file a complaint each from one address; the rate limits
    // themselves are tested against the API. The clock starts at a fixed
    // instant (and runs from it), and the tests hold the browser's date
    // there too, so no date they check depends on the day they run.
    let server = start(
        root,
        &binary,
        &[
            ("REDRESS_DIST", root.join("dist").display().to_string()),
            ("DATABASE_URL", database.clone()),
            ("REDRESS_SUBMISSIONS_PER_MINUTE", "600".into()),
            ("REDRESS_LOOKUPS_PER_MINUTE", "6000".into()),
            ("REDRESS_EMBED_ORIGINS", format!("http://localhost:{widget_host_port}")),
            ("REDRESS_NOW", BROWSER_TESTS_START.into()),
            ("REDRESS_CLOCK_RUNS", "true".into()),
            ("REDRESS_POLICIES", policies.display().to_string()),
            ("REDRESS_SMTP_URL", mail.smtp_url()),
        ],
    )?;
    println!(
        "  app served at {}, its clock started at {BROWSER_TESTS_START}, with the providers of {}",
        server.base_url,
        policies.display()
    );
    cmd::run(
        command("npm")
            .args(["test", "--silent"])
            .current_dir(root.join("e2e"))
            .env("BASE_URL", &server.base_url)
            .env("CHROMIUM_PATH", "/usr/bin/chromium")
            // For staff steps: `redress staff token create` on the same database.
            .env("REDRESS_BIN", &binary)
            .env("DATABASE_URL", &database)
            .env("REDRESS_POLICIES", &policies)
            .env("WIDGET_HOST_PORT", widget_host_port.to_string())
            .env("MAILDEV_API", mail.api_url())
            .env("REDRESS_NOW", BROWSER_TESTS_START),
    )
}

/// The browser tests' providers: the bundled ones and those of
/// `e2e/providers/` (with the calendars of its `calendars/`), a company added
/// as data to the same build, as an operator adds one.
pub fn browser_tests_policies(root: &Path) -> Result<std::path::PathBuf, String> {
    let folder = root.join("target/e2e-policies");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(folder.join("calendars")).map_err(|e| e.to_string())?;
    let sources = [
        (root.join("crates/core/policies"), folder.clone(), "toml"),
        (root.join("e2e/providers"), folder.clone(), "toml"),
        (root.join("e2e/providers/calendars"), folder.join("calendars"), "txt"),
    ];
    for (from, to, extension) in sources {
        for entry in std::fs::read_dir(&from).map_err(|e| format!("cannot read {}: {e}", from.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_some_and(|e| e == extension) {
                std::fs::copy(&path, to.join(path.file_name().unwrap_or_default())).map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(folder)
}
