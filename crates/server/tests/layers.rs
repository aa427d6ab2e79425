//! The server's layers point one way: the API (`http/`) calls the life of a
//! case (`case.rs`), the clock (`sweeper.rs`) and the store, never the other
//! way round. Only `serve.rs`, which puts the server together, names the API.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn no_module_below_the_api_imports_from_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut offenders = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        if relative.starts_with("http/") || ["serve.rs", "lib.rs", "main.rs"].contains(&relative.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        if text.contains("crate::http") || text.contains("redress_server::http") {
            offenders.push(relative);
        }
    }
    assert!(offenders.is_empty(), "these import from the API layer: {offenders:?}");
}
