//! Providers as data: the server runs with the policy files of the folder
//! REDRESS_POLICIES names. A sixth company is a file and a restart; a bad
//! file stops the server, and `redress policy check` says why before it is
//! deployed, naming the file, the field and the rule.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Db, Server, TempDir, complaint};
use serde_json::Value;

const NOW: &str = "2026-11-02T10:00:00Z";

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/policies")
}

/// A policy folder with the bundled policies and `extra` files (name, text).
fn folder_with(extra: &[(&str, String)]) -> TempDir {
    let dir = TempDir::new();
    for entry in std::fs::read_dir(bundled()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.0.join(path.file_name().unwrap())).unwrap();
    }
    for (name, text) in extra {
        std::fs::write(dir.0.join(name), text).unwrap();
    }
    dir
}

/// A new company: Kijoma's policy under another id, name and source.
fn acme() -> String {
    std::fs::read_to_string(bundled().join("kijoma.toml"))
        .unwrap()
        .replacen("id = \"kijoma\"", "id = \"acme-telecom\"", 1)
        .replacen("name = \"Kijoma Broadband\"", "name = \"Acme Telecom\"", 1)
        .replacen("source = \"", "source = \"zz-", 1)
}

#[tokio::test]
async fn a_sixth_provider_is_a_file_and_a_restart() {
    let policies = folder_with(&[("acme-telecom.toml", acme())]);
    let folder = policies.0.display().to_string();
    let server = Server::start_with(Db::Sqlite, NOW, &[("REDRESS_POLICIES", folder.as_str())]).await;
    let providers: Value = server.client.get(server.url("/api/providers")).send().await.unwrap().json().await.unwrap();
    let ids: Vec<&str> = providers.as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["kite-mobi", "modmount", "kijoma", "key-systems", "kontakt-az", "acme-telecom"],
        "in the order of their sources"
    );
    let (status, receipt) = server.submit("acme-telecom", "acme-1", &complaint("kijoma")).await;
    assert_eq!(status, 201, "{receipt}");
    let (status, case) =
        server.case(receipt["reference"].as_str().unwrap(), receipt["access_code"].as_str().unwrap()).await;
    assert_eq!(status, 200, "{case}");
    assert_eq!(case["provider"], "acme-telecom");
    // The case carries its provider's policy for the customer's pages, in
    // the compact form; it reads back as the file says.
    let read = redress_core::policy::compact::read_written(case["policy"].as_str().unwrap()).unwrap();
    assert_eq!((read.id.as_ref(), read.name.as_ref()), ("acme-telecom", "Acme Telecom"));
    // The start page finds it by a word of its name, in any case.
    let found: Value =
        server.client.get(server.url("/api/providers?q=TELECOM")).send().await.unwrap().json().await.unwrap();
    let found: Vec<&str> = found.as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(found, ["acme-telecom"]);
    let staff = server.staff_token("acme-telecom", "Ada");
    assert_eq!(server.staff_cases(&staff, "").await.as_array().unwrap().len(), 1);
    let listed = server.redress(&["policy", "list"]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("acme-telecom\tAcme Telecom"));
}

fn redress(args: &[&str], policies: Option<&Path>, database: &str) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_redress"));
    command.args(args).env("DATABASE_URL", database).env("REDRESS_ADDR", "127.0.0.1:0");
    if let Some(folder) = policies {
        command.env("REDRESS_POLICIES", folder);
    }
    command.output().unwrap()
}

#[test]
fn a_bad_policy_file_is_named_with_its_field_and_rule_and_the_server_does_not_start() {
    let misspelt = acme().replacen("time_zone = ", "time_zon = ", 1);
    let wrong_name = acme();
    let policies = folder_with(&[("acme-telecom.toml", misspelt), ("acme.toml", wrong_name)]);
    let database = format!("sqlite://{}?mode=rwc", policies.0.join("redress.db").display());

    let serve = redress(&["serve"], Some(&policies.0), &database);
    assert!(!serve.status.success(), "the server must not start on a bad policy");
    let said = String::from_utf8_lossy(&serve.stderr);
    assert!(said.contains("acme-telecom.toml") && said.contains("time_zon"), "{said}");
    assert!(said.contains("acme.toml") && said.contains("must match the file name"), "{said}");

    let check = redress(&["policy", "check", &policies.0.join("acme.toml").display().to_string()], None, &database);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stderr).contains("field `id`"), "{check:?}");
    let good = bundled().join("kijoma.toml").display().to_string();
    let check = redress(&["policy", "check", &good], None, &database);
    assert!(check.status.success(), "{check:?}");
    assert!(String::from_utf8_lossy(&check.stdout).starts_with("ok: "), "{check:?}");

    let empty = TempDir::new();
    let serve = redress(&["serve"], Some(&empty.0), &database);
    assert!(!serve.status.success());
    assert!(String::from_utf8_lossy(&serve.stderr).contains("holds no policy"), "{serve:?}");
}
