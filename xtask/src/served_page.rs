//! The complaint part's page as the server sends it for a provider's
//! addresses: `index.html` with that provider's policy written into it. The
//! app holds no policy of its own, so this page is where a provider's size
//! reaches a customer's first download; the budget counts the largest, and
//! checks it is the same whether the server runs five providers or fifty.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};

use crate::cmd;
use crate::server;

/// The bundled policies, one file per provider named by its id.
pub const BUNDLED: &str = "crates/core/policies";

/// The largest provider page the server sends, with the providers of
/// `policies` (a folder of policy files): the provider's id and the page.
pub fn largest(root: &Path, policies: &Path) -> Result<(String, Vec<u8>), String> {
    cmd::cargo(root, &["build", "--quiet", "-p", "redress-server"])?;
    let scratch = root.join("target/budget");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    let server = server::start(
        root,
        &root.join("target/debug/redress"),
        &[
            ("REDRESS_DIST", root.join("dist").display().to_string()),
            ("DATABASE_URL", format!("sqlite://{}?mode=rwc", scratch.join("redress.db").display())),
            ("REDRESS_POLICIES", policies.display().to_string()),
        ],
    )?;
    let mut largest: Option<(String, Vec<u8>)> = None;
    for id in provider_ids(policies)? {
        let page = get(&server.base_url, &format!("/{id}/complain"))?;
        let attribute = "data-policy=";
        if !String::from_utf8_lossy(&page).contains(attribute) {
            return Err(format!("the page for /{id}/complain carries no policy ({attribute})"));
        }
        if largest.as_ref().is_none_or(|(_, biggest)| page.len() > biggest.len()) {
            largest = Some((id, page));
        }
    }
    largest.ok_or_else(|| format!("{} holds no policy", policies.display()))
}

/// `folder` holding the bundled policies and `copies` more of each under
/// other ids, as a company with many providers would run.
pub fn many_providers(root: &Path, copies: usize) -> Result<PathBuf, String> {
    let folder = root.join("target/budget-providers");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
    let bundled = root.join(BUNDLED);
    for id in provider_ids(&bundled)? {
        let text = std::fs::read_to_string(bundled.join(format!("{id}.toml"))).map_err(|e| e.to_string())?;
        std::fs::write(folder.join(format!("{id}.toml")), &text).map_err(|e| e.to_string())?;
        for copy in 1..=copies {
            let other = format!("{id}-{copy}");
            let renamed = text.replacen(&format!("id = \"{id}\""), &format!("id = \"{other}\""), 1);
            std::fs::write(folder.join(format!("{other}.toml")), renamed).map_err(|e| e.to_string())?;
        }
    }
    Ok(folder)
}

/// The ids of a folder's policies: their files' names.
fn provider_ids(folder: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
    let mut ids: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .filter_map(|path| Some(path.file_stem()?.to_string_lossy().into_owned()))
        .collect();
    ids.sort();
    Ok(ids)
}

/// The body of `GET path`, uncompressed, over plain HTTP/1.1.
fn get(base_url: &str, path: &str) -> Result<Vec<u8>, String> {
    let address = base_url.strip_prefix("http://").ok_or("the server's address is not http")?;
    let mut stream = TcpStream::connect(address).map_err(|e| format!("cannot reach {base_url}: {e}"))?;
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).map_err(|e| e.to_string())?;
    let split = response.windows(4).position(|w| w == b"\r\n\r\n").ok_or("no end of headers")?;
    let head = String::from_utf8_lossy(&response[..split]).to_lowercase();
    if !head.starts_with("http/1.1 200") {
        return Err(format!("GET {path}: {}", head.lines().next().unwrap_or_default()));
    }
    if head.contains("transfer-encoding: chunked") {
        return Err(format!("GET {path}: a chunked answer, where a page has a length"));
    }
    Ok(response[split + 4..].to_vec())
}
