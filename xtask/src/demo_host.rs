//! The demonstration host page of `cargo xtask run`: a company's page on a
//! second origin (http://127.0.0.1:8081/) that embeds two providers' forms,
//! so a person can try the widget. One page, so a few lines of std suffice.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;

pub const ADDR: &str = "127.0.0.1:8081";

/// The page, pointing at the portal at `portal` (e.g. `http://127.0.0.1:8080`).
pub fn page(root: &Path, portal: &str) -> Result<String, String> {
    let template = root.join("tools/demo-host/index.html");
    let text = std::fs::read_to_string(&template).map_err(|e| format!("cannot read {}: {e}", template.display()))?;
    Ok(text.replace("{{PORTAL}}", portal))
}

/// The same page without the widget, for measuring what the widget costs the host.
pub fn without_widget(page: &str) -> String {
    page.lines().filter(|line| !line.contains("embed.js")).collect::<Vec<_>>().join("\n")
}

/// Serves `page` at `addr` to every request, on a thread of its own, until the process ends.
pub fn serve(addr: &str, page: String) -> Result<(), String> {
    let listener =
        TcpListener::bind(addr).map_err(|e| format!("cannot listen on {addr} for the demo host page: {e}"))?;
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            // The request itself does not matter: there is one page.
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                page.len()
            );
            let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(page.as_bytes()));
        }
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_embed_js_from_the_portal_and_has_two_widgets() {
        let page = page(&crate::root(), "http://127.0.0.1:8080").unwrap();
        assert!(page.contains(r#"<script src="http://127.0.0.1:8080/embed.js" async>"#));
        assert_eq!(page.matches("data-redress-provider=").count(), 2);
        assert!(!page.contains("{{"));
        assert!(!without_widget(&page).contains("embed.js"));
    }
}
