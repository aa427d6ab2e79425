//! Installs what the project needs, skipping what is already there, and says
//! which is which. Safe to run again and again.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use crate::cmd::{self, command, output, step};

const TRUNK_VERSION: &str = "0.21.14";
/// The splitter of tools/wasm-split/link; the format of the split points it
/// reads is leptos's `wasm_split_helpers`, so the two move together.
const WASM_SPLIT_VERSION: &str = "0.2.4";
/// Debian packages: the browser the tests drive, PostgreSQL for the server's
/// tests on its second database, and brotli to compress the app's files.
const DEBIAN_PACKAGES: &[&str] = &["chromium", "postgresql", "brotli"];

pub fn all(root: &Path) -> Result<(), String> {
    step("check the tools and install what is missing", || {
        let apt = Apt::default();
        wasm_target()?;
        std_sources()?;
        trunk()?;
        wasm_bindgen(root)?;
        wasm_split()?;
        node(&apt)?;
        node_packages(root)?;
        for package in DEBIAN_PACKAGES {
            apt.ensure(package)?;
        }
        holidays_venv(root, &apt)?;
        Ok(())
    })
}

fn have(what: &str) {
    println!("  ok          {what}");
}

fn installing(what: &str) {
    println!("  installing  {what}");
}

fn wasm_target() -> Result<(), String> {
    let installed = output(command("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == "wasm32-unknown-unknown") {
        have("rust target wasm32-unknown-unknown");
        return Ok(());
    }
    installing("rust target wasm32-unknown-unknown");
    cmd::run(command("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The app's release build compiles std from the toolchain's sources (see
/// `build_app` in main.rs). Trunk builds offline, so std's own dependencies
/// are fetched here; Cargo does nothing when they are already there.
fn std_sources() -> Result<(), String> {
    let sysroot = output(command("rustc").args(["--print", "sysroot"])).ok_or("`rustc --print sysroot` failed")?;
    let library = Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/Cargo.toml");
    if library.exists() {
        have("rust-src (std's sources)");
    } else {
        installing("rust-src (std's sources)");
        cmd::run(command("rustup").args(["component", "add", "rust-src"]))?;
    }
    // std's manifest uses unstable Cargo features, hence RUSTC_BOOTSTRAP.
    cmd::run(command("cargo").arg("fetch").arg("--manifest-path").arg(&library).env("RUSTC_BOOTSTRAP", "1"))
}

/// Trunk's newer releases need a newer rustc than this machine's, so the
/// version is pinned; `--locked` keeps its dependencies at tested versions.
fn trunk() -> Result<(), String> {
    let version = output(command("trunk").arg("--version")).unwrap_or_default();
    if version.split_whitespace().any(|word| word == TRUNK_VERSION) {
        have(&format!("trunk {TRUNK_VERSION}"));
        return Ok(());
    }
    installing(&format!("trunk {TRUNK_VERSION} (cargo install, about 10 minutes on 2 cores)"));
    cmd::run(command("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked", "--force"]))
}

/// The CLI must match the wasm-bindgen library in Cargo.lock exactly. It is
/// installed without `--locked`: its locked dependencies are not all on crates.io.
fn wasm_bindgen(root: &Path) -> Result<(), String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let wanted = locked_version(&lock, "wasm-bindgen").ok_or("Cargo.lock has no wasm-bindgen package")?;
    let version = output(command("wasm-bindgen").arg("--version")).unwrap_or_default();
    if version.split_whitespace().any(|word| word == wanted) {
        have(&format!("wasm-bindgen-cli {wanted}"));
        return Ok(());
    }
    installing(&format!("wasm-bindgen-cli {wanted} (cargo install, about 5 minutes)"));
    cmd::run(command("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted, "--force"]))
}

/// The CLI has no `--version`; Cargo's list of installed crates says which.
fn wasm_split() -> Result<(), String> {
    let installed = output(command("cargo").args(["install", "--list"])).unwrap_or_default();
    let wanted = format!("wasm_split_cli_support v{WASM_SPLIT_VERSION}:");
    if installed.lines().any(|line| line == wanted) && output(command("wasm-split-cli").arg("--help")).is_some() {
        have(&format!("wasm-split-cli {WASM_SPLIT_VERSION}"));
        return Ok(());
    }
    installing(&format!("wasm-split-cli {WASM_SPLIT_VERSION} (cargo install, about 2 minutes)"));
    cmd::run(command("cargo").args([
        "install",
        "wasm_split_cli_support",
        "--version",
        WASM_SPLIT_VERSION,
        "--features",
        "build-binary",
        "--locked",
        "--force",
    ]))
}

/// The version of `package` in a Cargo.lock.
pub fn locked_version(lock: &str, package: &str) -> Option<String> {
    let wanted = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    lines.find(|line| line.trim() == wanted)?;
    let version = lines.next()?.trim().strip_prefix("version = \"")?.strip_suffix('"')?;
    Some(version.to_string())
}

fn node(apt: &Apt) -> Result<(), String> {
    if output(command("npm").arg("--version")).is_some() && output(command("node").arg("--version")).is_some() {
        have("node and npm");
        return Ok(());
    }
    apt.ensure("nodejs")?;
    apt.ensure("npm")
}

/// The release build's tools (binaryen's wasm-opt and terser, pinned by
/// tools/build/package-lock.json) and the browser tests' (playwright-core and
/// axe-core, pinned by e2e/package-lock.json) and the local mail server
/// (maildev, pinned by tools/mail/package-lock.json), apart so that each can
/// move without the others.
fn node_packages(root: &Path) -> Result<(), String> {
    npm_folder(&root.join("tools/build"), "wasm-opt", "build tools in tools/build/ (binaryen, terser)")?;
    npm_folder(&root.join("e2e"), "playwright-core", "node packages in e2e/ (playwright-core, axe-core)")?;
    npm_folder(&root.join("tools/mail"), "maildev", "the local mail server in tools/mail/ (maildev)")
}

/// Lighthouse, for `cargo xtask bench web` only: it is large, so the tests
/// do not install it. Pinned by tools/lighthouse/package-lock.json.
pub fn lighthouse(root: &Path) -> Result<(), String> {
    npm_folder(&root.join("tools/lighthouse"), "lighthouse", "lighthouse in tools/lighthouse")
}

/// `npm ci` in `dir`, unless its packages are installed (with `binary`) and
/// no older than its package-lock.json.
fn npm_folder(dir: &Path, binary: &str, what: &str) -> Result<(), String> {
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&installed)) {
        (Ok(lock), Ok(installed)) => installed.modified().ok() >= lock.modified().ok(),
        _ => false,
    };
    if fresh && dir.join("node_modules/.bin").join(binary).exists() {
        have(what);
        return Ok(());
    }
    installing(&format!("{what} (npm ci)"));
    cmd::run(command("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(dir))
}

/// A virtualenv with the pinned `holidays` package, for the calendar drift check.
fn holidays_venv(root: &Path, apt: &Apt) -> Result<(), String> {
    let venv = holidays_venv_dir(root);
    let requirements = std::fs::read_to_string(root.join("tools/holidays/requirements.txt"))
        .map_err(|e| format!("cannot read tools/holidays/requirements.txt: {e}"))?;
    let stamp = venv.join("installed-requirements.txt");
    if std::fs::read_to_string(&stamp).is_ok_and(|installed| installed == requirements) {
        have(&format!("python virtualenv with {}", requirements.trim()));
        return Ok(());
    }
    installing(&format!("python virtualenv with {} in {}", requirements.trim(), venv.display()));
    if !venv.join("bin/python").exists() && cmd::run(command("python3").args(["-m", "venv"]).arg(&venv)).is_err() {
        apt.ensure("python3-venv")?;
        cmd::run(command("python3").args(["-m", "venv"]).arg(&venv))?;
    }
    cmd::run(
        command(venv.join("bin/pip"))
            .args(["install", "--quiet", "-r"])
            .arg(root.join("tools/holidays/requirements.txt")),
    )?;
    std::fs::write(&stamp, requirements).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

pub fn holidays_venv_dir(root: &Path) -> PathBuf {
    root.join(".tools/holidays-venv")
}

/// PATH with the project's own tools first: wasm-opt from npm binaryen,
/// terser, and cargo-installed binaries.
pub fn path_with_tools(root: &Path) -> String {
    let mut paths = vec![root.join("tools/build/node_modules/.bin")];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
    {
        paths.push(home.join("bin"));
    }
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(paths).expect("PATH entries are valid").to_string_lossy().into_owned()
}

/// Debian packages, with `apt-get update` run at most once per command.
#[derive(Default)]
struct Apt {
    updated: Cell<bool>,
}

impl Apt {
    fn ensure(&self, package: &str) -> Result<(), String> {
        let status = output(command("dpkg-query").args(["-W", "-f=${Status}", package])).unwrap_or_default();
        if status.contains("install ok installed") {
            have(&format!("debian package {package}"));
            return Ok(());
        }
        installing(&format!("debian package {package} (apt-get)"));
        if !self.updated.get() {
            cmd::run(self.apt_get().arg("update").arg("-qq"))?;
            self.updated.set(true);
        }
        cmd::run(self.apt_get().args(["install", "-y", "-qq", "--no-install-recommends", package]))
    }

    /// `apt-get` as root, through sudo when run by another user.
    fn apt_get(&self) -> std::process::Command {
        let root = output(command("id").arg("-u")).is_some_and(|uid| uid.trim() == "0");
        let mut apt = if root {
            command("apt-get")
        } else {
            let mut sudo = command("sudo");
            sudo.arg("apt-get");
            sudo
        };
        apt.env("DEBIAN_FRONTEND", "noninteractive");
        apt
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_locked_version_of_a_package() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(locked_version(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(locked_version(lock, "trunk"), None);
    }
}
