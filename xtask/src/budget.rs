//! What a customer downloads for the first page, gzip -9 compressed, against
//! its ceiling. The figures are printed so every run shows where size goes.

use std::path::Path;

use crate::cmd::command;

/// html + js + wasm + css of the release build, gzip -9.
pub const CEILING_KIB: u64 = 180;

pub fn check(root: &Path) -> Result<(), String> {
    let dist = root.join("dist");
    let mut rows = Vec::new();
    for entry in std::fs::read_dir(&dist).map_err(|e| format!("cannot read dist/: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let counted =
            path.extension().and_then(|e| e.to_str()).is_some_and(|e| matches!(e, "html" | "js" | "wasm" | "css"));
        if !counted {
            continue;
        }
        let raw = std::fs::metadata(&path).map_err(|e| e.to_string())?.len();
        let gzip = gzip_size(&path)?;
        rows.push((path.file_name().unwrap().to_string_lossy().into_owned(), raw, gzip));
    }
    rows.sort_by_key(|(_, _, gzip)| std::cmp::Reverse(*gzip));
    println!("  {:<48}{:>12}{:>12}", "file", "bytes", "gzip -9");
    for (name, raw, gzip) in &rows {
        println!("  {name:<48}{raw:>12}{gzip:>12}");
    }
    let total: u64 = rows.iter().map(|(_, _, gzip)| gzip).sum();
    let ceiling = CEILING_KIB * 1024;
    println!("  total {:.1} KiB gzip of a {CEILING_KIB} KiB ceiling", total as f64 / 1024.0);
    if total > ceiling {
        return Err(format!("the app is {:.1} KiB gzip, over its {CEILING_KIB} KiB ceiling", total as f64 / 1024.0));
    }
    Ok(())
}

fn gzip_size(path: &Path) -> Result<u64, String> {
    // The same measure as a person would take by hand: `gzip -9c FILE | wc -c`.
    let output = command("gzip").arg("-9c").arg(path).output().map_err(|e| format!("cannot run gzip: {e}"))?;
    if !output.status.success() {
        return Err(format!("gzip failed on {}", path.display()));
    }
    Ok(output.stdout.len() as u64)
}
