//! What a customer downloads before the first page is interactive, gzip -9
//! compressed: the html, js, wasm and css of the release build, and the
//! largest language's messages (only the active language is downloaded).
//! The figures are printed so every run shows where size goes.
//!
//! Two numbers: the target the product aims for, printed with how far off
//! it is, and the ceiling this test enforces so that size cannot grow
//! unnoticed while the target is not yet met.

use std::path::Path;

use crate::cmd::command;

/// The download budget the customer app aims for (html + js + wasm + css + translations).
pub const TARGET_KIB: u64 = 150;
/// The most the build may weigh today; lower it as the app gets smaller.
pub const CEILING_KIB: u64 = 280;
/// The widget's loader, which every page of a company that embeds it downloads.
pub const EMBED_CEILING_BYTES: u64 = 2048;

pub fn check(root: &Path) -> Result<(), String> {
    let dist = root.join("dist");
    let embed = gzip_size(&dist.join("embed.js"))?;
    println!("  embed.js (the widget's loader, not part of the app): {embed} bytes gzip of {EMBED_CEILING_BYTES}");
    if embed > EMBED_CEILING_BYTES {
        return Err(format!("embed.js is {embed} bytes gzip, over its {EMBED_CEILING_BYTES}-byte ceiling"));
    }
    let mut rows = Vec::new();
    for entry in std::fs::read_dir(&dist).map_err(|e| format!("cannot read dist/: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        // embed.js is the host page's download, counted above.
        let counted =
            path.extension().and_then(|e| e.to_str()).is_some_and(|e| matches!(e, "html" | "js" | "wasm" | "css"))
                && !path.ends_with("embed.js");
        if counted {
            rows.push(row(&path)?);
        }
    }
    let mut languages = Vec::new();
    for entry in std::fs::read_dir(dist.join("locales")).map_err(|e| format!("cannot read dist/locales/: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            languages.push(row(&path)?);
        }
    }
    let largest = languages.into_iter().max_by_key(|(_, _, gzip)| *gzip).ok_or("dist/locales/ holds no language")?;
    rows.push((format!("locales/{} (largest language)", largest.0), largest.1, largest.2));
    rows.sort_by_key(|(_, _, gzip)| std::cmp::Reverse(*gzip));
    println!("  {:<48}{:>12}{:>12}", "file", "bytes", "gzip -9");
    for (name, raw, gzip) in &rows {
        println!("  {name:<48}{raw:>12}{gzip:>12}");
    }
    let total: u64 = rows.iter().map(|(_, _, gzip)| gzip).sum();
    let kib = total as f64 / 1024.0;
    let verdict = if total <= TARGET_KIB * 1024 { "met" } else { "NOT MET" };
    println!("  total {kib:.1} KiB gzip; target {TARGET_KIB} KiB: {verdict}; enforced ceiling {CEILING_KIB} KiB");
    if total > CEILING_KIB * 1024 {
        return Err(format!("the app is {kib:.1} KiB gzip, over its {CEILING_KIB} KiB ceiling"));
    }
    Ok(())
}

fn row(path: &Path) -> Result<(String, u64, u64), String> {
    let raw = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
    Ok((name, raw, gzip_size(path)?))
}

fn gzip_size(path: &Path) -> Result<u64, String> {
    // The same measure as a person would take by hand: `gzip -9c FILE | wc -c`.
    let output = command("gzip").arg("-9c").arg(path).output().map_err(|e| format!("cannot run gzip: {e}"))?;
    if !output.status.success() {
        return Err(format!("gzip failed on {}", path.display()));
    }
    Ok(output.stdout.len() as u64)
}
