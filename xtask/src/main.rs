//! `cargo xtask run` and `cargo xtask test`: each first installs what is
//! missing (and says so), then runs the portal or its whole test suite.

mod after_trunk;
mod bench;
mod budget;
mod calendars;
mod checksum;
mod cmd;
mod demo_host;
mod layers;
mod mail;
mod postgres;
mod served_page;
mod server;
mod setup;
mod wasm_link;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cmd::{Step, step};

const USAGE: &str = "usage: cargo xtask <command>

commands:
  run     install what is missing, build the app in release and serve it on http://127.0.0.1:8080
  test    install what is missing, then: fmt check, clippy, Rust tests, holiday data drift,
          release wasm build with its size budget, and the browser tests
  setup   only install what is missing
  budget  the download sizes of the last release build (dist/), against their budget
  bench api   throughput and latency of the API on SQLite and PostgreSQL (release build)
  bench scale [CASES]  the staff's queue, spreadsheet and clock, and the API, on an empty database,
              10,000 cases and CASES (1,000,000 unless given), on SQLite and PostgreSQL (release build)
  bench mail  intake with mail off and on, and letters a second from the outbox to an SMTP sink
  bench web   Lighthouse scores and time to interactive of the start page and the first wizard page

run by the build itself:
  wasm-link ARGS   the web app's linker (tools/wasm-split/link): links, then cuts a program at its split points
  after-trunk      Trunk's post-build hook (Trunk.toml): messages per part, the parts' files, files.txt";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        // The linker's arguments are paths, not necessarily UTF-8.
        Some("wasm-link") => wasm_link::link(&std::env::args_os().skip(2).collect::<Vec<_>>()),
        Some("after-trunk") => after_trunk::run(&root()),
        Some("run") => run(),
        Some("test") => test(),
        Some("setup") => setup::all(&root()),
        Some("budget") => budget::check(&root()),
        Some("bench") if args.get(1).map(String::as_str) == Some("api") => {
            setup::all(&root()).and_then(|()| bench::api(&root()))
        }
        Some("bench") if args.get(1).map(String::as_str) == Some("scale") => {
            let cases = match args.get(2).map(|cases| cases.parse::<u64>()) {
                None => Ok(1_000_000),
                Some(Ok(cases)) if cases > 10_000 => Ok(cases),
                Some(_) => Err("bench scale CASES: a number of cases above 10,000".to_string()),
            };
            cases.and_then(|cases| setup::all(&root()).and_then(|()| bench::scale(&root(), cases)))
        }
        Some("bench") if args.get(1).map(String::as_str) == Some("mail") => {
            setup::all(&root()).and_then(|()| bench::mail(&root()))
        }
        Some("bench") if args.get(1).map(String::as_str) == Some("web") => {
            setup::all(&root()).and_then(|()| bench::web(&root()))
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("\nxtask: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the workspace").to_path_buf()
}

fn run() -> Result<(), String> {
    let root = root();
    setup::all(&root)?;
    build_app(&root)?;
    step("build the server", || {
        cmd::cargo(&root, &["build", "--release", "-p", "redress-server", "--bin", "redress"])
    })?;
    let server = root.join("target/release/redress");
    // REDRESS_ADDR, if set, is passed through; the server defaults to 127.0.0.1:8080.
    let portal = format!("http://{}", std::env::var("REDRESS_ADDR").unwrap_or_else(|_| "127.0.0.1:8080".into()));
    demo_host::serve(demo_host::ADDR, demo_host::page(&root, &portal)?)?;
    // Every letter the portal sends lands in this inbox (REDRESS_SMTP_URL, if
    // set, sends them elsewhere instead).
    let inbox = mail::Catcher::start(&root)?;
    let smtp_url = std::env::var("REDRESS_SMTP_URL").unwrap_or_else(|_| inbox.smtp_url());
    let members = demonstration_staff(&server, &root);
    println!("\nthe portal:    {portal}/");
    println!("a company's page embedding two widgets: http://{}/", demo_host::ADDR);
    println!("the letters the portal sends: {}", inbox.web_url());
    println!("the complaints teams' console: {portal}/staff");
    println!("  sign in as {} (one member per company); the code arrives in the letters' inbox", members.join(", "));
    println!("(Ctrl-C stops them all)");
    cmd::run(
        cmd::command(&server)
            .arg("serve")
            .current_dir(&root)
            .env("REDRESS_DIST", root.join("dist"))
            .env("REDRESS_EMBED_ORIGINS", format!("http://{}", demo_host::ADDR))
            .env("REDRESS_SMTP_URL", smtp_url),
    )
}

/// One member of each provider's staff, `demo@<provider>.example`, so that
/// a newcomer can sign in to the console (added once; the database keeps
/// them between runs). Their addresses.
fn demonstration_staff(server: &Path, root: &Path) -> Vec<String> {
    let providers = cmd::output(cmd::command(server).args(["policy", "list"]).current_dir(root)).unwrap_or_default();
    let ids = providers.lines().filter_map(|line| line.split_whitespace().next());
    ids.map(|id| {
        let email = format!("demo@{id}.example");
        let name = format!("Demo ({id})");
        let add = ["staff", "add", "--provider", id, "--email", &email, "--name", &name];
        // Already there from an earlier run: the command says so, and that is fine.
        let _ = cmd::command(server).args(add).current_dir(root).output();
        email
    })
    .collect()
}

/// `cargo test --workspace`, with a PostgreSQL server for the tests that need one.
fn rust_tests(root: &Path) -> Result<(), String> {
    let postgres = postgres::Postgres::start()?;
    cmd::run(
        cmd::command(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["test", "--workspace", "--", "--include-ignored"])
            .current_dir(root)
            .env("REDRESS_TEST_POSTGRES_URL", postgres.url()),
    )
}

/// The release build compiles the app's own std (`build-std`, from the
/// toolchain's rust-src) so that a panic is a bare trap
/// (`-Cpanic=immediate-abort`): no panic messages and no formatting code for
/// them in the download, about 17 KiB of gzip less. A panic already ended the
/// app (`panic = "abort"`); only its message in the console is lost, and the
/// debug build (`trunk serve`) keeps it. `-Zfmt-debug=none` leaves out the
/// code of every `Debug` implementation (about 3 KiB of gzip in the case part,
/// mostly serde's and the router's), which the app never shows a person;
/// `-Zlocation-detail=none`, the file names a panic would have named. These
/// are unstable features, which
/// `RUSTC_BOOTSTRAP` opens on this stable toolchain for this one command; the
/// rest of the workspace never sees them. The flag is added to the wasm
/// rustflags of .cargo/config.toml (Cargo appends a list from the
/// environment to the one in the file).
pub fn build_app(root: &Path) -> Result<(), String> {
    step("build the web app (trunk build --release --offline)", || {
        cmd::run(
            cmd::command("trunk")
                .args(["build", "--release", "--offline"])
                .current_dir(root)
                .env("PATH", setup::path_with_tools(root))
                // The linker and the post-build hook run this same program
                // (tools/wasm-split/link, Trunk.toml), not a cargo nested in the build.
                .env("REDRESS_XTASK", std::env::current_exe().map_err(|e| e.to_string())?)
                .env("RUSTC_BOOTSTRAP", "1")
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                    "-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none",
                ),
        )?;
        precompress(&root.join("dist"))
    })
}

/// Writes `FILE.br` and `FILE.gz` beside each text and wasm file of the build:
/// the server sends those to browsers that accept brotli (a fifth smaller for
/// the wasm) or gzip, so nothing is compressed per request.
fn precompress(dir: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            let compressible = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e, "html" | "js" | "wasm" | "css" | "ftl" | "svg"));
            if path.is_dir() {
                folders.push(path);
            } else if compressible {
                files.push(path);
            }
        }
    }
    cmd::run(cmd::command("gzip").args(["-9", "--keep", "--force"]).args(&files))?;
    cmd::run(cmd::command("brotli").args(["--best", "--keep", "--force"]).args(&files))
}

fn test() -> Result<(), String> {
    let root = root();
    setup::all(&root)?;
    let mut steps = Step::list();
    steps.run("formatting (cargo fmt --check)", || cmd::cargo(&root, &["fmt", "--all", "--check"]))?;
    steps.run("lints (cargo clippy -D warnings)", || {
        cmd::cargo(&root, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])
    })?;
    steps.run("module layers (no cycle in the core or the server)", || layers::check(&root))?;
    steps.run("Rust tests, the server's on SQLite and PostgreSQL", || rust_tests(&root))?;
    steps.run("holiday calendars match the holidays package", || calendars::check(&root))?;
    steps.run("release build of the web app", || build_app(&root))?;
    steps.run("download size budget", || budget::check(&root))?;
    steps.run("browser tests (Chromium)", || server::browser_tests(&root))?;
    steps.summary();
    Ok(())
}
