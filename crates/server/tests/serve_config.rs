//! `redress serve` with a bad setting: it stops before starting, with exit
//! code 2 and a line that names the variable, the value and what is wanted.

use std::process::Command;

fn serve_with(name: &str, value: &str) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_redress"))
        .arg("serve")
        .env_clear()
        .env(name, value)
        .output()
        .expect("run redress serve");
    (output.status.code(), String::from_utf8(output.stderr).unwrap())
}

/// A built app in a fresh folder: its three pages and their list.
fn built_app() -> std::path::PathBuf {
    let dist = std::env::temp_dir().join(format!("redress-dist-{}-{}", std::process::id(), line!()));
    std::fs::create_dir_all(dist.join("data")).unwrap();
    std::fs::write(dist.join("index.html"), "complaint part").unwrap();
    std::fs::write(dist.join("case.html"), "case part").unwrap();
    std::fs::write(dist.join("staff.html"), "staff part").unwrap();
    std::fs::write(dist.join("files.txt"), "index.html\ncase.html\nstaff.html\n").unwrap();
    dist
}

#[test]
fn a_database_inside_the_apps_folder_is_refused() {
    let dist = built_app();
    for url in [
        format!("sqlite://{}/redress.db?mode=rwc", dist.display()),
        format!("sqlite://{}/data/redress.db?mode=rwc", dist.display()),
        format!("sqlite:{}/./data/../redress.db", dist.display()),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_redress"))
            .arg("serve")
            .env_clear()
            .env("REDRESS_DIST", &dist)
            .env("DATABASE_URL", &url)
            .output()
            .expect("run redress serve");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(2), "{url}: {stderr}");
        assert!(stderr.contains("lies inside REDRESS_DIST") && stderr.contains("public"), "{url}: {stderr}");
        assert!(!dist.join("redress.db").exists(), "refused before the database was opened");
    }
    std::fs::remove_dir_all(dist).unwrap();
}

#[test]
fn every_bad_setting_is_named() {
    for (name, value, expected) in [
        ("REDRESS_ADDR", "localhost", "error: REDRESS_ADDR `localhost` is not an address such as 127.0.0.1:8080\n"),
        ("REDRESS_NOW", "yesterday", "error: REDRESS_NOW `yesterday` is not an RFC 3339 instant such as"),
        ("REDRESS_SUBMISSIONS_PER_MINUTE", "0", "error: REDRESS_SUBMISSIONS_PER_MINUTE `0` is not a positive number\n"),
        ("REDRESS_LOOKUPS_PER_MINUTE", "many", "error: REDRESS_LOOKUPS_PER_MINUTE `many` is not a positive number\n"),
        (
            "REDRESS_TRUSTED_PROXIES",
            "10.0.0.1 proxy.internal",
            "error: REDRESS_TRUSTED_PROXIES: `proxy.internal` is not an address or network such as 10.0.0.7 or \
             10.0.0.0/8\n",
        ),
        (
            "REDRESS_EMBED_ORIGINS",
            "https://example.com/page",
            "error: REDRESS_EMBED_ORIGINS: `https://example.com/page`",
        ),
        ("REDRESS_DIST", "/nonexistent", "error: REDRESS_DIST `/nonexistent` has no files.txt; build the app first\n"),
    ] {
        let (code, stderr) = serve_with(name, value);
        assert_eq!(code, Some(2), "{name}: {stderr}");
        assert!(stderr.starts_with(expected), "{name}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{name}: one line: {stderr}");
    }
}
