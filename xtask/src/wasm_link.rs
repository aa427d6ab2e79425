//! `cargo xtask wasm-link`: the linker of the web app's programs
//! (`.cargo/config.toml` names `tools/wasm-split/link`, which runs this).
//!
//! It links as Rust's own linker would, then cuts a program at its split
//! points (the `#[wasm_split]` functions of `src/main.rs` and
//! `src/bin/redress-case.rs`, see `src/components/lazy_page.rs`):
//! `wasm-split-cli` takes out the code only those functions use, writes the
//! main module back where Cargo expects it (Trunk then runs wasm-bindgen and
//! wasm-opt on it as on any program) and puts the pieces, with the script that
//! loads them, in `split/<program>/<checksum of the program>/` beside it. The Trunk hook
//! (`after_trunk.rs`) moves them into `dist/`. A program without split points
//! is linked unchanged.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use crate::checksum::checksum;
use crate::cmd::{self, command};

/// The main module's function table, which the pieces reach through its
/// export: wasm-bindgen deletes an export of this name (and Trunk offers no
/// way to pass it `--keep-lld-exports`)...
const TABLE: &str = "__indirect_function_table";
/// ...so the export gets this name instead, of the same length, which leaves
/// the module's layout as it was.
const KEPT_TABLE: &str = "__wasm_split_func_table__";
/// What the loader of the pieces, as `wasm-split-cli` writes it, takes from
/// the main module's exports.
const LOADER_IMPORT: &str = "const { __indirect_function_table";

pub fn link(args: &[OsString]) -> Result<(), String> {
    let lld = rust_lld(args)?;
    cmd::run(command(&lld).args(args))?;
    let Some(out) = output_file(args) else { return Ok(()) };
    let linked = fs::read(&out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
    // Only a program that calls split points imports their loaders.
    if !contains(&linked, b"__wasm_split_placeholder__") {
        return Ok(());
    }
    // The split needs the relocations, which the linker drops by default.
    cmd::run(command(&lld).args(args).arg("--emit-relocs"))?;
    if cmd::output(command("wasm-split-cli").arg("--help")).is_none() {
        return Err("wasm-split-cli is missing: `cargo xtask run` or `cargo xtask test` installs it".into());
    }
    let program = program_name(&out);
    let profile_dir = out.parent().and_then(Path::parent).ok_or("the linker's output has no profile folder")?;
    let programs = profile_dir.join("split").join(&program);
    let pieces = programs.join(".linking");
    let _ = fs::remove_dir_all(&pieces);
    fs::create_dir_all(&pieces).map_err(|e| format!("cannot create {}: {e}", pieces.display()))?;
    cmd::run(command("wasm-split-cli").arg(&out).arg(&pieces).args(["--out-name", &program]))?;

    let main_module = pieces.join(format!("{program}.wasm"));
    let module = fs::read(&main_module).map_err(|e| format!("cannot read {}: {e}", main_module.display()))?;
    let module = rename_table(module)?;
    fs::write(&out, &module).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    fs::remove_file(&main_module).map_err(|e| e.to_string())?;
    let loader_path = pieces.join("__wasm_split.js");
    let loader = fs::read_to_string(&loader_path).map_err(|e| format!("cannot read {}: {e}", loader_path.display()))?;
    fs::write(&loader_path, rename_table_in_loader(&loader)?).map_err(|e| e.to_string())?;
    // Kept under the checksum of the program they belong to: Cargo may later
    // hand Trunk this program again without linking it, and its pieces must
    // still be these.
    let kept = programs.join(format!("{:010}", checksum(&module)));
    let _ = fs::remove_dir_all(&kept);
    fs::rename(&pieces, &kept).map_err(|e| format!("cannot move the pieces to {}: {e}", kept.display()))
}

/// Rust's linker for wasm, from the sysroot of the compiler that runs it (it
/// passes its own library folder), whichever toolchain that is.
fn rust_lld(args: &[OsString]) -> Result<PathBuf, String> {
    let from_args = args.iter().find_map(|arg| {
        let arg = arg.to_str()?;
        let (sysroot, _) = arg.split_once("/lib/rustlib/wasm32-unknown-unknown/lib/self-contained")?;
        Some(PathBuf::from(sysroot))
    });
    let sysroot = match from_args {
        Some(sysroot) => sysroot,
        None => PathBuf::from(
            cmd::output(command("rustc").args(["--print", "sysroot"]))
                .ok_or("cannot ask rustc for its sysroot")?
                .trim(),
        ),
    };
    let rustlib = sysroot.join("lib/rustlib");
    let hosts = fs::read_dir(&rustlib).map_err(|e| format!("cannot read {}: {e}", rustlib.display()))?;
    hosts
        .filter_map(Result::ok)
        .map(|host| host.path().join("bin/rust-lld"))
        .find(|lld| lld.exists())
        .ok_or_else(|| format!("no rust-lld under {}", rustlib.display()))
}

/// The file after `-o`.
fn output_file(args: &[OsString]) -> Option<PathBuf> {
    let at = args.iter().position(|arg| arg == "-o")?;
    args.get(at + 1).map(PathBuf::from)
}

/// `deps/redress_app-0123abcd.wasm` is the program `redress-app`.
fn program_name(out: &Path) -> String {
    let stem = out.file_stem().unwrap_or_default().to_string_lossy();
    let name = match stem.rsplit_once('-') {
        Some((name, hash)) if hash.bytes().all(|b| b.is_ascii_hexdigit()) => name,
        _ => &stem,
    };
    name.replace('_', "-")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

/// Every occurrence of the table's export name in `module`, renamed.
fn rename_table(mut module: Vec<u8>) -> Result<Vec<u8>, String> {
    const _: () = assert!(TABLE.len() == KEPT_TABLE.len(), "the new name keeps the module's layout");
    let mut renamed = 0;
    let mut at = 0;
    while at + TABLE.len() <= module.len() {
        if &module[at..at + TABLE.len()] == TABLE.as_bytes() {
            module[at..at + TABLE.len()].copy_from_slice(KEPT_TABLE.as_bytes());
            renamed += 1;
            at += TABLE.len();
        } else {
            at += 1;
        }
    }
    if renamed == 0 {
        return Err(format!("wasm-split-cli's main module no longer exports `{TABLE}`: the renaming needs updating"));
    }
    Ok(module)
}

/// The loader takes the table under its new name and keeps calling it by the old.
fn rename_table_in_loader(loader: &str) -> Result<String, String> {
    if !loader.contains(LOADER_IMPORT) {
        return Err(format!(
            "wasm-split-cli's loader no longer starts its imports with `{LOADER_IMPORT}`: the renaming needs updating"
        ));
    }
    Ok(loader.replace(LOADER_IMPORT, &format!("const {{ {KEPT_TABLE}: {TABLE}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_renamed_in_place() {
        let module = [b"\0asm".as_slice(), TABLE.as_bytes(), b"\x01", TABLE.as_bytes()].concat();
        let renamed = rename_table(module.clone()).unwrap();
        assert_eq!(renamed.len(), module.len());
        assert_eq!(renamed, [b"\0asm".as_slice(), KEPT_TABLE.as_bytes(), b"\x01", KEPT_TABLE.as_bytes()].concat());
        assert!(rename_table(b"\0asm".to_vec()).is_err(), "a module without the table is a changed tool");
    }

    #[test]
    fn the_loader_takes_the_table_under_its_new_name() {
        let loader = "const { __indirect_function_table, memory } = wasm.exports;";
        assert_eq!(
            rename_table_in_loader(loader).unwrap(),
            "const { __wasm_split_func_table__: __indirect_function_table, memory } = wasm.exports;"
        );
        assert!(rename_table_in_loader("import { table } from './x.js';").is_err());
    }

    #[test]
    fn a_program_is_named_as_cargo_names_its_package() {
        assert_eq!(program_name(Path::new("t/wasm-release/deps/redress_app-0123abcd.wasm")), "redress-app");
        assert_eq!(program_name(Path::new("t/debug/deps/redress_case.wasm")), "redress-case");
    }
}
