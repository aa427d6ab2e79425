//! `cargo xtask after-trunk`: what Trunk runs after each build (the
//! `post_build` hook of `Trunk.toml`), in its staging folder, which then
//! becomes `dist/`. In this order:
//!
//! 1. **Messages per part.** Each language's messages as one file per part of
//!    the app, `locales/<part>/<lang>.ftl`, from the files `locales/parts.txt`
//!    gives that part, without their comments (notes for translators, which no
//!    browser needs): the app downloads only the active language's, for its
//!    own part (`src/i18n/mod.rs`); the files after a `|` go into
//!    `locales/<part>-later/<lang>.ftl`, which the part downloads with its
//!    first later page. `shell.ftl` is in no part: only the page
//!    shows its messages (3). Their checksum goes into `index.html`'s
//!    `data-locales-version`, which the app and `boot.js` add to the address,
//!    so a changed translation is never served from a cache.
//! 2. **Languages.** The folders of `locales/` go into `data-languages` of the
//!    tag that loads `boot.js`, the loader's list of the portal's languages.
//! 3. **The shell's words.** Each message `public/boot.js` asks `text()` for
//!    goes, in every language, into that tag's `data-<id>-<lang>`: what the
//!    page says before the app runs, or after it has stopped.
//! 4. **The parts' files.** For each part of the app (`src/lib.rs`: `Part`):
//!    the pieces `wasm_link.rs` cut out of its program, each made smaller by
//!    wasm-opt as Trunk does the main module, and the script that loads them;
//!    every file of the part named after one checksum of all of them, so that
//!    a browser may keep them for good (the server says `immutable`; Trunk's
//!    own name covers only the main module); the JavaScript minified with
//!    terser in a release build (2.5 KiB of gzip less). `index.html` loads the
//!    complaint part and lists its pieces for fetching ahead
//!    (`src/components/prefetch.rs`); `case.html` and `staff.html`, written
//!    from it, load the case part and the staff part (built as "workers", so
//!    that Trunk leaves them out of `index.html`), which the server sends
//!    for `/status` and `/staff` and below.
//! 5. **The list of files**, `files.txt`: the only files the server serves
//!    (`crates/server/src/http/files.rs`).
//!
//! Each step that edits another tool's output first checks the text it
//! expects is there, and stops the build naming the tool if it is not.

use std::fs;
use std::path::{Path, PathBuf};

use crate::checksum::checksum;
use crate::cmd::{self, command};

/// The parts of the app: its program, and the name Trunk gives its glue when
/// it is not the page's own (`redress-app-<hash>` for the complaint part).
const COMPLAINT: &str = "redress-app";
const CASE: &str = "redress-case";
const STAFF: &str = "redress-staff";

pub fn run(root: &Path) -> Result<(), String> {
    let staging = PathBuf::from(std::env::var_os("TRUNK_STAGING_DIR").ok_or("run by Trunk: no TRUNK_STAGING_DIR")?);
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile == "release");
    let index_path = staging.join("index.html");
    let mut index = read(&index_path)?;

    let languages = language_folders(root)?;
    let version = messages_per_part(root, &staging, &languages)?;
    index = set_attribute(&index, "data-locales-version", &version.to_string())?;
    let mut shell = vec![("data-languages".to_string(), languages.join(" "))];
    let ids = shell_message_ids(&read(&root.join("public/boot.js"))?);
    let mut per_language = Vec::new();
    for lang in &languages {
        let messages = all_messages(root, lang)?;
        for id in &ids {
            let text = message(&messages, id)
                .ok_or_else(|| format!("public/boot.js asks for `{id}`, which locales/{lang}/ lacks"))?;
            per_language.push((id, format!("data-{id}-{lang}"), text.replace(['&', '"'], "")));
        }
    }
    // Grouped by message, each in every language, as the page has always carried them.
    per_language.sort_by(|a, b| a.0.cmp(b.0));
    shell.extend(per_language.into_iter().map(|(_, name, text)| (name, text)));
    index = add_to_loader_tag(&index, &shell)?;

    let profile = if release { "wasm-release" } else { "debug" };
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let pieces_root = target.join("wasm32-unknown-unknown").join(profile).join("split");
    let complaint_glue = complaint_glue(&staging)?;
    let complaint = collect(&staging, &pieces_root, COMPLAINT, &complaint_glue, release)?;
    let case = collect(&staging, &pieces_root, CASE, CASE, release)?;
    let staff = collect(&staging, &pieces_root, STAFF, STAFF, release)?;
    index = replace_expected(&index, &complaint_glue, &complaint.name, "Trunk's index.html")?;
    for (part, page, name) in [(&case, "case.html", "case"), (&staff, "staff.html", "staff")] {
        let other_page = replace_expected(&index, &complaint.name, &part.name, "index.html")?;
        let mut other_page = set_attribute(&other_page, "data-locales", name)?;
        // The console's own styles, which no customer's page carries.
        if name == "staff" {
            let link = part_stylesheet(root, &staging, STAFF)?;
            other_page = replace_expected(&other_page, "</head>", &format!("{link}</head>"), "index.html")?;
        }
        write(&staging.join(page), &other_page)?;
    }
    let pieces: Vec<String> = complaint.pieces.iter().map(|piece| format!("/{piece}")).collect();
    index = add_to_loader_tag(&index, &[("data-pieces".into(), pieces.join(" "))])?;
    write(&index_path, &index)?;
    if release {
        minify(&staging.join("boot.js"))?;
    }
    list_files(&staging)
}

/// Copies `style/<part>.css` (for `redress-staff`, `style/staff.css`)
/// into the build under the part's name and its checksum, and gives the
/// tag that loads it.
fn part_stylesheet(root: &Path, staging: &Path, part: &str) -> Result<String, String> {
    let short = part.trim_start_matches("redress-");
    let text = read(&root.join(format!("style/{short}.css")))?;
    let name = format!("{part}-{}.css", checksum(text.as_bytes()));
    write(&staging.join(&name), &text)?;
    Ok(format!(r#"<link rel="stylesheet" href="/{name}">"#))
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The folders of `locales/`, one per language, in order.
fn language_folders(root: &Path) -> Result<Vec<String>, String> {
    let locales = root.join("locales");
    let entries = fs::read_dir(&locales).map_err(|e| format!("cannot read {}: {e}", locales.display()))?;
    let mut languages: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    Ok(languages)
}

/// Lines that are not comments (`#`, `##`, `###`: notes for translators).
fn without_comments(text: &str) -> String {
    text.lines().filter(|line| !line.starts_with('#')).map(|line| format!("{line}\n")).collect()
}

/// Writes `locales/<part>/<lang>.ftl` and `locales/<part>-later/<lang>.ftl`
/// for each part of `locales/parts.txt`;
/// returns one checksum of them all.
fn messages_per_part(root: &Path, staging: &Path, languages: &[String]) -> Result<u32, String> {
    let parts = read(&root.join("locales/parts.txt"))?;
    let mut all = Vec::new();
    for line in without_comments(&parts).lines() {
        let (first, later) = line.split_once('|').unwrap_or((line, ""));
        let mut words = first.split_whitespace();
        let Some(part) = words.next() else { continue };
        // Every part has a later file, empty if it downloads everything first.
        for (folder, files) in [
            (part.to_string(), words.collect::<Vec<_>>()),
            (format!("{part}-later"), later.split_whitespace().collect()),
        ] {
            let folder = staging.join("locales").join(folder);
            fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
            for lang in languages {
                let mut text = String::new();
                for file in &files {
                    text.push_str(&without_comments(&read(&root.join(format!("locales/{lang}/{file}.ftl")))?));
                }
                write(&folder.join(format!("{lang}.ftl")), &text)?;
                all.extend_from_slice(text.as_bytes());
            }
        }
    }
    Ok(checksum(&all))
}

/// The ids `boot.js` asks `text(lang, '<id>')` for.
fn shell_message_ids(boot: &str) -> Vec<String> {
    let mut ids: Vec<String> = boot
        .split("text(")
        .skip(1)
        .filter_map(|call| {
            // `text(lang, 'app-stopped')`: a variable, then the id quoted.
            let variable = call.find(|c: char| !c.is_ascii_alphanumeric() && c != '_')?;
            let rest = call[variable..].strip_prefix(", '")?;
            let (id, _) = rest.split_once("')")?;
            let is_id = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            is_id.then(|| id.to_string())
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Every message file of `lang`, read once, as one text.
fn all_messages(root: &Path, lang: &str) -> Result<String, String> {
    let folder = root.join("locales").join(lang);
    let entries = fs::read_dir(&folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
    let mut text = String::new();
    for entry in entries.filter_map(Result::ok) {
        text.push_str(&read(&entry.path())?);
        text.push('\n');
    }
    Ok(text)
}

/// The text of the one-line message `id` in `messages`.
fn message<'a>(messages: &'a str, id: &str) -> Option<&'a str> {
    let prefix = format!("{id} = ");
    messages.lines().find_map(|line| line.strip_prefix(&prefix))
}

/// The tag that loads `boot.js` is the one with `data-wasm=`; attributes go
/// in front of that one.
fn add_to_loader_tag(html: &str, attributes: &[(String, String)]) -> Result<String, String> {
    let written: String = attributes.iter().map(|(name, value)| format!("{name}=\"{value}\" ")).collect();
    if !html.contains("data-wasm=") {
        return Err("index.html has no tag with data-wasm= to load the app".into());
    }
    Ok(html.replacen("data-wasm=", &format!("{written}data-wasm="), 1))
}

/// Sets `name`'s value, quoted or not in the (minified) page, to `value`.
fn set_attribute(html: &str, name: &str, value: &str) -> Result<String, String> {
    let start = html.find(&format!("{name}=")).ok_or_else(|| format!("the page has no {name}="))?;
    let value_start = start + name.len() + 1;
    let rest = &html[value_start..];
    let value_end = value_start
        + if let Some(quoted) = rest.strip_prefix('"') {
            quoted.find('"').map(|end| end + 2).ok_or_else(|| format!("{name}= is not closed"))?
        } else {
            rest.find([' ', '>']).unwrap_or(rest.len())
        };
    Ok(format!("{}\"{value}\"{}", &html[..value_start], &html[value_end..]))
}

/// `text` with every `from` replaced by `to`, where `from` must occur.
fn replace_expected(text: &str, from: &str, to: &str, whose: &str) -> Result<String, String> {
    if text.contains(from) {
        Ok(text.replace(from, to))
    } else {
        Err(format!("{whose} no longer contains `{from}`: the build's renaming needs updating"))
    }
}

/// The name (without `.js`) Trunk gave the complaint part's glue.
fn complaint_glue(staging: &Path) -> Result<String, String> {
    let entries = fs::read_dir(staging).map_err(|e| format!("cannot read {}: {e}", staging.display()))?;
    entries
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .find_map(|name| {
            name.strip_prefix(&format!("{COMPLAINT}-"))?.strip_suffix(".js").map(|hash| format!("{COMPLAINT}-{hash}"))
        })
        .ok_or_else(|| format!("Trunk wrote no {COMPLAINT}-*.js"))
}

/// A part's files once collected: its new name and its pieces' file names.
struct Part {
    name: String,
    pieces: Vec<String>,
}

/// Brings in `program`'s pieces and names the part's files after one checksum.
fn collect(staging: &Path, pieces_root: &Path, program: &str, glue: &str, release: bool) -> Result<Part, String> {
    let glue_js = read(&staging.join(format!("{glue}.js")))?;
    let glue_wasm = staging.join(format!("{glue}_bg.wasm"));
    let module = fs::read(&glue_wasm).map_err(|e| format!("cannot read {}: {e}", glue_wasm.display()))?;
    // wasm-bindgen's glue imports the loader only when the program was split;
    // an older build's pieces may still lie in the folder otherwise.
    let split = glue_js.contains("\"./__wasm_split.js\"");
    let mut pieces = Vec::new();
    let mut loader = String::new();
    if split {
        // The pieces of the program Cargo gave Trunk: the linker keeps each
        // link's under its checksum, as Cargo may hand back an earlier link.
        let linked = pieces_root.parent().unwrap_or(pieces_root).join(format!("{program}.wasm"));
        let linked = fs::read(&linked).map_err(|e| format!("cannot read {}: {e}", linked.display()))?;
        let folder = pieces_root.join(program).join(format!("{:010}", checksum(&linked)));
        if !folder.is_dir() {
            return Err(format!(
                "the pieces of {program} for this build are not in {}: link it again (touch src/main.rs)",
                folder.display()
            ));
        }
        loader = read(&folder.join("__wasm_split.js"))?;
        let entries = fs::read_dir(&folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "wasm") {
                let piece = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
                let optimized = staging.join(format!(".{program}-{piece}.wasm"));
                // Its warnings about the splitter's name section are noise; an error is not.
                let ok = command("wasm-opt").arg("-Oz").arg(&path).arg("-o").arg(&optimized).output();
                let ok = ok.map_err(|e| format!("cannot run wasm-opt: {e}"))?;
                if !ok.status.success() {
                    return Err(format!("wasm-opt on {}: {}", path.display(), String::from_utf8_lossy(&ok.stderr)));
                }
                pieces.push((piece, optimized));
            }
        }
        pieces.sort();
    }
    let mut all = [glue_js.as_bytes(), &module, loader.as_bytes()].concat();
    for (_, path) in &pieces {
        all.extend(fs::read(path).map_err(|e| e.to_string())?);
    }
    let sum = checksum(&all);
    let name = format!("{program}-{sum}");
    let mut glue_js = glue_js;
    let mut piece_names = Vec::new();
    if split {
        let loader_name = format!("{program}-split-{sum}.js");
        glue_js = replace_expected(
            &glue_js,
            "from \"./__wasm_split.js\"",
            &format!("from \"./{loader_name}\""),
            "wasm-bindgen's glue",
        )?;
        loader = replace_expected(
            &loader,
            &format!("from \"./{program}.js\""),
            &format!("from \"./{name}.js\""),
            "wasm-split-cli's loader",
        )?;
        for (piece, path) in &pieces {
            let piece_name = format!("{program}-{piece}-{sum}.wasm");
            loader = replace_expected(
                &loader,
                &format!("\"./{piece}.wasm\""),
                &format!("\"./{piece_name}\""),
                "wasm-split-cli's loader",
            )?;
            fs::rename(path, staging.join(&piece_name)).map_err(|e| e.to_string())?;
            piece_names.push(piece_name);
        }
        let loader_path = staging.join(&loader_name);
        write(&loader_path, &loader)?;
        if release {
            minify(&loader_path)?;
        }
    }
    let js_path = staging.join(format!("{name}.js"));
    write(&js_path, &glue_js)?;
    if glue != name {
        fs::remove_file(staging.join(format!("{glue}.js"))).map_err(|e| e.to_string())?;
    }
    fs::rename(&glue_wasm, staging.join(format!("{name}_bg.wasm"))).map_err(|e| e.to_string())?;
    if release {
        minify(&js_path)?;
    }
    Ok(Part { name, pieces: piece_names })
}

/// Minifies the ES module `path` in place with terser.
fn minify(path: &Path) -> Result<(), String> {
    let minified = path.with_extension("min.js");
    cmd::run(command("terser").arg(path).args(["--module", "--compress", "--mangle", "--output"]).arg(&minified))?;
    fs::rename(&minified, path).map_err(|e| e.to_string())
}

/// Writes `files.txt`: every file of the build, by path, in byte order.
fn list_files(staging: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    let mut folders = vec![staging.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let relative = path.strip_prefix(staging).expect("under staging").to_string_lossy().into_owned();
                if relative != "files.txt" {
                    files.push(relative);
                }
            }
        }
    }
    files.sort();
    write(&staging.join("files.txt"), &files.iter().map(|file| format!("{file}\n")).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attribute_is_set_quoted_or_not() {
        let page = r#"<script data-locales=complaint data-locales-version="" data-wasm=x></script>"#;
        let page = set_attribute(page, "data-locales-version", "42").unwrap();
        let page = set_attribute(&page, "data-locales", "case").unwrap();
        assert_eq!(page, r#"<script data-locales="case" data-locales-version="42" data-wasm=x></script>"#);
        assert!(set_attribute(&page, "data-other", "1").is_err());
    }

    #[test]
    fn the_shell_messages_are_those_boot_js_asks_for() {
        let boot = "function text(lang, id) {}\nbody.textContent = text(lang, 'app-stopped');\nalert.setAttribute('role', 'alert');\nb = text(lang, 'app-stopped-reload');\ntext(lang, 'app-stopped');";
        assert_eq!(shell_message_ids(boot), ["app-stopped", "app-stopped-reload"]);
    }

    #[test]
    fn attributes_go_on_the_loader_tag() {
        let page = "<script src=/boot.js data-wasm=/x.wasm></script>";
        let written = add_to_loader_tag(page, &[("data-languages".into(), "de en".into())]).unwrap();
        assert_eq!(written, "<script src=/boot.js data-languages=\"de en\" data-wasm=/x.wasm></script>");
        assert!(add_to_loader_tag("<p></p>", &[]).is_err(), "a page without the loader is a changed Trunk");
    }

    #[test]
    fn translators_notes_are_left_out() {
        assert_eq!(without_comments("## Section\n# note\nid = Text\n"), "id = Text\n");
    }

    #[test]
    fn a_renaming_whose_text_is_gone_stops_the_build() {
        assert_eq!(replace_expected("a x b x", "x", "y", "t").unwrap(), "a y b y");
        assert!(replace_expected("a b", "x", "y", "wasm-bindgen's glue").unwrap_err().contains("wasm-bindgen"));
    }
}
