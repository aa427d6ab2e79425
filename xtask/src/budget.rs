//! What a customer downloads before the first page is interactive, gzip -9
//! compressed: the html, js, wasm and css of the release build, and the
//! largest language's messages (only the active language is downloaded).
//! The app has two parts (src/lib.rs: `Part`), each with its own page and
//! code; each part is measured on its own, as a customer opening one of its
//! pages downloads it. The pieces of a part that load with a later page
//! (src/components/lazy_page.rs) are listed apart and not counted: the first
//! wizard page works without them, which e2e/tests/pieces.test.js checks in
//! the browser. The figures are printed so every run shows where size
//! goes, with what a browser that accepts brotli downloads (`FILE.br`,
//! written by the build).
//!
//! Two ceilings, enforced for each part: the whole first download, and the
//! app's own files in it (html + js + wasm + css, without the messages).
//! The sum of every file of the build, pieces included, is printed too.

use std::path::{Path, PathBuf};

use crate::cmd::command;
use crate::served_page;

/// The most the app's own files (html + js + wasm + css) may weigh, without
/// translations, in each customer part's first download. (The staff part's
/// own ceiling is its whole first download's: its members download it once
/// and keep it.)
pub const CODE_CEILING_KIB: u64 = 180;
/// The widget's loader, which every page of a company that embeds it downloads.
pub const EMBED_CEILING_BYTES: u64 = 2048;

/// A part of the app: its page, the prefix of its code's file names, the
/// folder of its messages (dist/locales/<part>/, see locales/parts.txt), and
/// the most its whole first download (with the messages) may weigh, and
/// the most its own files may.
struct Part {
    name: &'static str,
    page: &'static str,
    code: &'static str,
    locales: &'static str,
    ceiling_kib: u64,
    code_ceiling_kib: u64,
}

const PARTS: [Part; 3] = [
    // Everything before the first wizard page is interactive: the product's
    // budget for customers who have not yet said a word.
    Part {
        name: "complaint part (start page, wizard, confirmation)",
        page: "index.html",
        code: "redress-app-",
        locales: "complaint",
        ceiling_kib: 150,
        code_ceiling_kib: CODE_CEILING_KIB,
    },
    // Its JSON reader for the case is in the first download (the page shows
    // nothing without the case); lower the ceiling as the part gets smaller.
    Part {
        name: "case part (case look-up, case page)",
        page: "case.html",
        code: "redress-case-",
        locales: "case",
        ceiling_kib: 170,
        code_ceiling_kib: CODE_CEILING_KIB,
    },
    // The complaints team's console: never downloaded by a customer. Its
    // first download is the work queue; a case and the sign-in are pieces.
    Part {
        name: "staff part (work queue; a case and the sign-in are pieces)",
        page: "staff.html",
        code: "redress-staff-",
        locales: "staff",
        ceiling_kib: 200,
        code_ceiling_kib: 160,
    },
];

pub fn check(root: &Path) -> Result<(), String> {
    let dist = root.join("dist");
    let embed = gzip_size(&dist.join("embed.js"))?;
    println!("  embed.js (the widget's loader, not part of the app): {embed} bytes gzip of {EMBED_CEILING_BYTES}");
    if embed > EMBED_CEILING_BYTES {
        return Err(format!("embed.js is {embed} bytes gzip, over its {EMBED_CEILING_BYTES}-byte ceiling"));
    }
    // Each file measured once; the parts share some of them.
    let files = list(&dist)?.iter().map(|path| row(path)).collect::<Result<Vec<_>, _>>()?;
    // A provider's pages carry its policy: the complaint part's page is
    // counted as the server sends it for the provider whose page is largest.
    let (provider, page) = served_page::largest(root, &root.join(served_page::BUNDLED))?;
    let provider_page = page_row(root, &format!("index.html as sent for /{provider}/complain"), &page)?;
    let mut over = Vec::new();
    for part in &PARTS {
        let downloaded = |row: &&Row| {
            let name = &row.name;
            // The main stylesheet; a part's own (`redress-staff-….css`) is its code's.
            let shared = name == "boot.js" || (name.ends_with(".css") && !name.starts_with("redress-"));
            *name == part.page || shared || (name.starts_with(part.code) && !name.ends_with(".html") && !is_piece(name))
        };
        let mut rows: Vec<Row> = files.iter().filter(downloaded).cloned().collect();
        if part.page == "index.html" {
            rows.retain(|row| row.name != "index.html");
            rows.push(provider_page.clone());
        }
        let language = largest_language(&dist.join("locales").join(part.locales))?;
        rows.push(Row { name: format!("locales/{}/{} (largest language)", part.locales, language.name), ..language });
        rows.sort_by_key(|row| std::cmp::Reverse(row.gzip));
        over.extend(print(part, &rows));
        let pieces: Vec<&Row> =
            files.iter().filter(|row| row.name.starts_with(part.code) && is_piece(&row.name)).collect();
        if !pieces.is_empty() {
            let gzip: u64 = pieces.iter().map(|row| row.gzip).sum();
            println!(
                "  and {} pieces that load with later pages, not counted above: {:.1} KiB gzip together",
                pieces.len(),
                gzip as f64 / 1024.0
            );
        }
    }
    println!(
        "  every html, js, wasm and css file of the build, every part and all their pieces: {:.1} KiB gzip",
        files.iter().map(|row| row.gzip).sum::<u64>() as f64 / 1024.0
    );
    over.extend(many_providers(root, &provider_page)?);
    if over.is_empty() { Ok(()) } else { Err(over.join("; ")) }
}

/// The same first download with fifty providers instead of the five bundled
/// ones: nothing of the app's own files depends on the providers (the app
/// holds no policy; see `served_page`), so only the page may differ, and
/// it may not grow by more than half a KiB.
fn many_providers(root: &Path, five: &Row) -> Result<Option<String>, String> {
    let folder = served_page::many_providers(root, 9)?;
    let (provider, page) = served_page::largest(root, &folder)?;
    let fifty = page_row(root, &format!("index.html as sent for /{provider}/complain"), &page)?;
    println!(
        "  with 50 providers instead of 5, the largest provider page is {} bytes gzip instead of {} ({})",
        fifty.gzip, five.gzip, fifty.name
    );
    let apart = fifty.gzip.abs_diff(five.gzip);
    Ok((apart > 512).then(|| format!("the complaint part's first download differs by {apart} bytes with 50 providers")))
}

/// A page as the server sent it, measured as the build's files are.
fn page_row(root: &Path, name: &str, page: &[u8]) -> Result<Row, String> {
    let path = root.join("target/budget/page.html");
    std::fs::write(&path, page).map_err(|e| format!("{}: {e}", path.display()))?;
    crate::cmd::run(command("brotli").args(["--best", "--keep", "--force"]).arg(&path))?;
    Ok(Row { name: name.to_string(), ..row(&path)? })
}

/// A piece of a part that loads when its page is first shown
/// (`redress-app-split_check_page-123.wasm`), as opposed to the part's main
/// module (`redress-app-123_bg.wasm`) and its loader (`redress-app-split-123.js`).
fn is_piece(name: &str) -> bool {
    name.ends_with(".wasm") && !name.ends_with("_bg.wasm")
}

/// Prints a part's table and totals; says which ceilings it is over.
fn print(part: &Part, rows: &[Row]) -> Vec<String> {
    println!("  {}:", part.name);
    println!("  {:<48}{:>12}{:>12}{:>12}", "file", "bytes", "gzip -9", "brotli");
    for Row { name, raw, gzip, brotli } in rows {
        println!("  {name:<48}{raw:>12}{gzip:>12}{brotli:>12}");
    }
    let total: u64 = rows.iter().map(|row| row.gzip).sum();
    let brotli: u64 = rows.iter().map(|row| row.brotli).sum();
    let code: u64 = rows.iter().filter(|row| !row.name.starts_with("locales/")).map(|row| row.gzip).sum();
    let kib = total as f64 / 1024.0;
    let ceiling = part.ceiling_kib;
    let verdict = |size: u64, ceiling: u64| if size <= ceiling * 1024 { "met" } else { "OVER" };
    println!("  total {kib:.1} KiB gzip; ceiling {ceiling} KiB: {}", verdict(total, ceiling));
    let code_kib = code as f64 / 1024.0;
    println!(
        "  without the messages (html + js + wasm + css) {code_kib:.1} KiB gzip; ceiling {} KiB: {}",
        part.code_ceiling_kib,
        verdict(code, part.code_ceiling_kib)
    );
    println!("  total {:.1} KiB with brotli, as browsers that accept it receive the app", brotli as f64 / 1024.0);
    let mut over = Vec::new();
    if total > ceiling * 1024 {
        over.push(format!("the {} is {kib:.1} KiB gzip, over its {ceiling} KiB ceiling", part.name));
    }
    if code > part.code_ceiling_kib * 1024 {
        over.push(format!(
            "the {}'s html + js + wasm + css are {code_kib:.1} KiB gzip, over their {} KiB ceiling",
            part.name, part.code_ceiling_kib
        ));
    }
    over
}

/// The html, js, wasm and css files of the build (`embed.js` is the host
/// page's download, counted apart).
fn list(dist: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dist).map_err(|e| format!("cannot read dist/: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let counted =
            path.extension().and_then(|e| e.to_str()).is_some_and(|e| matches!(e, "html" | "js" | "wasm" | "css"))
                && !path.ends_with("embed.js");
        if counted {
            files.push(path);
        }
    }
    Ok(files)
}

fn largest_language(folder: &Path) -> Result<Row, String> {
    let mut languages = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            languages.push(row(&path)?);
        }
    }
    languages.into_iter().max_by_key(|row| row.gzip).ok_or_else(|| format!("{} holds no language", folder.display()))
}

/// One file's sizes in bytes: as built, gzip -9, and its brotli file.
#[derive(Clone)]
struct Row {
    name: String,
    raw: u64,
    gzip: u64,
    brotli: u64,
}

fn row(path: &Path) -> Result<Row, String> {
    let size = |path: &Path| std::fs::metadata(path).map(|m| m.len()).map_err(|e| format!("{}: {e}", path.display()));
    let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let mut compressed = path.as_os_str().to_owned();
    compressed.push(".br");
    Ok(Row { raw: size(path)?, gzip: gzip_size(path)?, brotli: size(Path::new(&compressed))?, name })
}

fn gzip_size(path: &Path) -> Result<u64, String> {
    // The same measure as a person would take by hand: `gzip -9c FILE | wc -c`.
    let output = command("gzip").arg("-9c").arg(path).output().map_err(|e| format!("cannot run gzip: {e}"))?;
    if !output.status.success() {
        return Err(format!("gzip failed on {}", path.display()));
    }
    Ok(output.stdout.len() as u64)
}
