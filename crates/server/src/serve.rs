//! `redress serve`: serves the built web app with the portal's security headers.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

const DEFAULT_ADDR: &str = "127.0.0.1:8080";
const DEFAULT_DIST: &str = "dist";

/// The Content-Security-Policy of every portal page: only our own scripts,
/// wasm compilation allowed, and no framing (the embed pages relax that).
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
                   object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The app's routes: files from `dist`, and `index.html` for every other path
/// so that the single-page app can route it.
pub fn app(dist: PathBuf) -> Router {
    let index = ServeFile::new(dist.join("index.html"));
    let static_files = ServeDir::new(&dist).precompressed_br().precompressed_gzip().fallback(index);
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    Router::new()
        .fallback_service(static_files)
        .layer(header(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
}

pub fn run() -> ExitCode {
    let addr = std::env::var("REDRESS_ADDR").unwrap_or_else(|_| DEFAULT_ADDR.to_string());
    let Ok(addr) = addr.parse::<SocketAddr>() else {
        eprintln!("error: REDRESS_ADDR `{addr}` is not an address such as {DEFAULT_ADDR}");
        return ExitCode::from(2);
    };
    let dist = PathBuf::from(std::env::var("REDRESS_DIST").unwrap_or_else(|_| DEFAULT_DIST.to_string()));
    if !dist.join("index.html").is_file() {
        eprintln!("error: REDRESS_DIST `{}` has no index.html; build the app first (cargo xtask run)", dist.display());
        return ExitCode::from(2);
    }
    let runtime = tokio::runtime::Runtime::new().expect("start the async runtime");
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(listener) => listener,
            Err(e) => {
                eprintln!("error: cannot listen on {addr}: {e}");
                return ExitCode::FAILURE;
            }
        };
        println!("redress: serving {} on http://{addr}/", dist.display());
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        match axum::serve(listener, app(dist)).with_graceful_shutdown(shutdown).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: server stopped: {e}");
                ExitCode::FAILURE
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    use super::*;

    fn dist() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("redress-serve-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html><title>redress</title>").unwrap();
        dir
    }

    #[tokio::test]
    async fn unknown_paths_fall_back_to_the_app_with_security_headers() {
        let response =
            app(dist()).oneshot(Request::get("/kijoma/complain").body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let headers = response.headers();
        assert!(headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("frame-ancestors 'none'"));
        assert!(headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("'wasm-unsafe-eval'"));
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
    }
}
