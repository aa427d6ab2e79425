//! One log line for every API request, for operators: its method, the route
//! it matched (`/api/cases/{reference}`, never the address itself), the
//! status and how long it took. Addresses and query strings are left out:
//! they carry references, search text and other personal data, and the
//! tokens travel in headers, which are never logged.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;

pub async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let route = request.extensions().get::<MatchedPath>().map(|path| path.as_str().to_owned());
    let started = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        method = %method,
        route = route.as_deref().unwrap_or("(none)"),
        status = response.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    response
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use axum::body::Body;
    use tower::ServiceExt;

    use crate::clock::Clock;
    use crate::http::{AppState, RateLimitConfig, app};
    use crate::store::Store;

    /// Collects what the log writes.
    #[derive(Clone, Default)]
    struct Lines(Arc<Mutex<Vec<u8>>>);

    impl Write for Lines {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[tokio::test]
    async fn each_request_is_logged_by_its_route_without_personal_data() {
        let lines = Lines::default();
        let writer = lines.clone();
        let subscriber = tracing_subscriber::fmt().json().with_writer(move || writer.clone()).finish();
        let _logging = tracing::subscriber::set_default(subscriber);
        let database = std::env::temp_dir().join(format!("redress-access-log-{}.db", std::process::id()));
        let store = Store::connect(&format!("sqlite://{}?mode=rwc", database.display())).await.unwrap();
        let app = app(AppState::new(store, Clock::System, RateLimitConfig::default()), None);
        for (path, token) in [
            ("/api/cases/RD-LEYLA-MAMED", "ACCESS-CODE-SECRET"),
            ("/api/staff/cases?q=Mamedova", "rst_staff-secret"),
            ("/api/nowhere", ""),
        ] {
            // As the connection loop gives every request (see `listen.rs`).
            let client = axum::extract::ConnectInfo(std::net::SocketAddr::from(([127, 0, 0, 1], 40_000)));
            let request =
                axum::http::Request::get(path).header("Authorization", format!("Bearer {token}")).extension(client);
            app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
        }
        let log = String::from_utf8(lines.0.lock().unwrap().clone()).unwrap();
        let requests: Vec<serde_json::Value> = log
            .lines()
            .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
            .filter(|line| line["fields"]["message"] == "request")
            .collect();
        let seen: Vec<(&str, &str, u64)> = requests
            .iter()
            .map(|line| {
                let fields = &line["fields"];
                (
                    fields["method"].as_str().unwrap(),
                    fields["route"].as_str().unwrap(),
                    fields["status"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [("GET", "/api/cases/{reference}", 404), ("GET", "/api/staff/cases", 401), ("GET", "/api/{*rest}", 404)]
        );
        assert!(requests.iter().all(|line| line["fields"]["ms"].is_u64()));
        for secret in ["LEYLA", "ACCESS-CODE", "Mamedova", "rst_staff"] {
            assert!(!log.contains(secret), "{secret} in the log: {log}");
        }
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", database.display()));
        }
    }
}
