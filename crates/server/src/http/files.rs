//! The web app's files: exactly those the build listed in `files.txt`
//! (Trunk.toml writes it), never anything else an operator may have put in
//! the folder, hidden files and databases included. Every other address is
//! one of the app's routes and gets the page that loads its part.

use std::collections::HashSet;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// The build's list of its files, one path per line, relative to the folder.
pub const MANIFEST: &str = "files.txt";

/// The built app in a folder, with the list of the files it may serve.
#[derive(Clone)]
pub struct AppFiles {
    root: PathBuf,
    listed: Arc<HashSet<String>>,
}

impl AppFiles {
    /// Reads `root`'s manifest. The app's two pages must be listed and exist.
    pub fn open(root: &Path) -> Result<AppFiles, String> {
        let manifest = root.join(MANIFEST);
        let text = std::fs::read_to_string(&manifest)
            .map_err(|_| format!("REDRESS_DIST `{}` has no {MANIFEST}; build the app first", root.display()))?;
        let listed: HashSet<String> =
            text.lines().map(str::trim).filter(|line| is_servable(line)).map(String::from).collect();
        if let Some(missing) =
            ["index.html", "case.html"].into_iter().find(|page| !listed.contains(*page) || !root.join(page).is_file())
        {
            return Err(format!("REDRESS_DIST `{}` has no {missing}; build the app first", root.display()));
        }
        Ok(AppFiles { root: root.to_path_buf(), listed: Arc::new(listed) })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn is_listed(&self, path: &str) -> bool {
        path.strip_prefix('/').is_some_and(|name| self.listed.contains(name))
    }

    /// The router that serves them: a listed file (its precompressed form
    /// where the browser takes one), else the app's page for the address.
    pub fn router(self) -> Router {
        let files = ServeDir::new(&self.root).precompressed_br().precompressed_gzip();
        let pages = app_pages(&self.root);
        let service = tower::service_fn(move |request: Request| {
            let (files, pages) = (files.clone(), pages.clone());
            let listed = self.is_listed(request.uri().path());
            async move {
                let response: Response = if listed {
                    files.oneshot(request).await.into_response()
                } else if names_a_build_file(request.uri().path()) {
                    // Another build's file (a page loaded before a new
                    // deployment asks for it), or a mistyped one: a clear
                    // 404, never a page the browser would try to run.
                    axum::http::StatusCode::NOT_FOUND.into_response()
                } else {
                    pages.oneshot(request).await.into_response()
                };
                Ok::<_, Infallible>(response)
            }
        });
        Router::new().fallback_service(service)
    }
}

/// Whether a manifest line names a file that may be served: a relative path
/// without hidden parts, `..` or backslashes.
/// Whether `path` names a file of the kinds a build makes (code, styles,
/// messages, images), whose absence is a missing file rather than an address
/// of the app.
fn names_a_build_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let extension = name.rsplit_once('.').map(|(_, extension)| extension).unwrap_or_default();
    ["js", "wasm", "css", "ftl", "svg", "png", "ico", "br", "gz"].contains(&extension)
}

fn is_servable(line: &str) -> bool {
    !line.is_empty() && !line.contains('\\') && line.split('/').all(|part| !part.is_empty() && !part.starts_with('.'))
}

/// The page for an address of the web app: `case.html` under `/status`,
/// which loads the app's case part, and `index.html`, which loads its
/// complaint part, everywhere else (the app's `Route::part` is the same rule).
fn app_pages(dist: &Path) -> Router {
    let page = |name: &str| ServeFile::new(dist.join(name)).precompressed_br().precompressed_gzip();
    let case = page("case.html");
    Router::new()
        .route_service("/status", case.clone())
        .route_service("/status/{*rest}", case.clone())
        .route_service("/embed/status", case.clone())
        .route_service("/embed/status/{*rest}", case)
        .fallback_service(page("index.html"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_line_names_a_plain_relative_path() {
        for servable in ["index.html", "locales/case/ru.ftl", "redress-app-1f2e3d4c_bg.wasm"] {
            assert!(is_servable(servable), "{servable}");
        }
        for refused in ["", ".env", "locales/.hidden", "../etc/passwd", "a//b", "/abs", "a\\b", "./index.html"] {
            assert!(!is_servable(refused), "{refused}");
        }
    }
}
