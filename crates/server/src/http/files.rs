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
use axum::http::header;
use axum::response::{IntoResponse, Response};
use redress_core::policy::compact;
use tower::ServiceExt;
use tower_http::compression::CompressionLayer;
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
        if let Some(missing) = ["index.html", "case.html", "staff.html"]
            .into_iter()
            .find(|page| !listed.contains(*page) || !root.join(page).is_file())
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
        let pages = app_pages(&self.root).expect("the page was read when the folder was opened");
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
/// which loads the app's case part, `staff.html` under `/staff`, which
/// loads the staff's console, and `index.html`, which loads its complaint
/// part, everywhere else (the app's `Route::part` is the same rule). A provider's addresses get `index.html` with the provider's policy
/// written into it (`compact::into_page`); its other addresses (the start page,
/// an unknown provider's) get it as built.
fn app_pages(dist: &Path) -> Result<Router, String> {
    let page = |name: &str| ServeFile::new(dist.join(name)).precompressed_br().precompressed_gzip();
    let case = page("case.html");
    let staff = page("staff.html");
    let complaint = page("index.html");
    let template = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("cannot read {}: {e}", dist.join("index.html").display()))?;
    let template: Arc<str> = template.into();
    let provider_page = tower::service_fn(move |request: Request| {
        let (complaint, template) = (complaint.clone(), template.clone());
        async move {
            let written = provider_of(request.uri().path()).and_then(crate::policies::written_for_app);
            let response = match written {
                Some(written) => page_response(compact::into_page(&template, written)),
                None => complaint.oneshot(request).await.into_response(),
            };
            Ok::<_, Infallible>(response)
        }
    });
    Ok(Router::new()
        .route_service("/status", case.clone())
        .route_service("/status/{*rest}", case.clone())
        .route_service("/embed/status", case.clone())
        .route_service("/embed/status/{*rest}", case)
        .route_service("/staff", staff.clone())
        .route_service("/staff/{*rest}", staff)
        .fallback_service(provider_page)
        .layer(CompressionLayer::new()))
}

/// The provider an address of the complaint part is for: its first segment,
/// after `/embed` in the widget (`/kijoma/complain`, `/embed/kijoma`), as the
/// app's `Route::parse` reads it.
fn provider_of(path: &str) -> Option<&str> {
    let path = path.strip_prefix("/embed").filter(|rest| rest.starts_with('/')).unwrap_or(path);
    path.split('/').find(|segment| !segment.is_empty())
}

fn page_response(page: String) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_provider_is_the_first_segment_of_its_addresses() {
        assert_eq!(provider_of("/kijoma/complain/check"), Some("kijoma"));
        assert_eq!(provider_of("/embed/kijoma/complain"), Some("kijoma"));
        assert_eq!(provider_of("/embedded"), Some("embedded"));
        assert_eq!(provider_of("/"), None);
    }

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
