//! `redress serve`: configuration from the environment, the database, the
//! background clock, and the HTTP server.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::clock::Clock;
use crate::http::{self, AppState, RateLimitConfig, TrustedProxies};
use crate::store::Store;
use crate::sweeper;

pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_DATABASE_URL: &str = "sqlite://var/redress.db?mode=rwc";

/// Everything `redress serve` reads from the environment (see README.md).
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    pub dist: Option<PathBuf>,
    pub clock: Clock,
    pub limits: RateLimitConfig,
    /// `REDRESS_EMBED_ORIGINS`: origins allowed to embed every provider's widget.
    pub embed_origins: Vec<String>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Config {
    pub fn from_env() -> Result<Config, String> {
        let addr = env("REDRESS_ADDR").unwrap_or_else(|| DEFAULT_ADDR.into());
        let addr =
            addr.parse().map_err(|_| format!("REDRESS_ADDR `{addr}` is not an address such as {DEFAULT_ADDR}"))?;
        let dist = match env("REDRESS_DIST") {
            Some(dist) => {
                let dist = PathBuf::from(dist);
                // The app's two pages (see `http::app_pages`).
                if let Some(missing) = ["index.html", "case.html"].into_iter().find(|page| !dist.join(page).is_file()) {
                    return Err(format!("REDRESS_DIST `{}` has no {missing}; build the app first", dist.display()));
                }
                Some(dist)
            }
            None => Some(PathBuf::from("dist")).filter(|d| d.join("index.html").is_file()),
        };
        let clock = match env("REDRESS_NOW") {
            Some(now) => Clock::Fixed(
                DateTime::parse_from_rfc3339(&now)
                    .map_err(|e| {
                        format!("REDRESS_NOW `{now}` is not an RFC 3339 instant such as 2026-12-18T10:00:00Z ({e})")
                    })?
                    .with_timezone(&Utc),
            ),
            None => Clock::System,
        };
        let per_minute = |name: &str, default: u32| -> Result<u32, String> {
            match env(name) {
                Some(value) => {
                    value.parse().ok().filter(|n| *n > 0).ok_or(format!("{name} `{value}` is not a positive number"))
                }
                None => Ok(default),
            }
        };
        let defaults = RateLimitConfig::default();
        Ok(Config {
            addr,
            database_url: database_url(),
            dist,
            clock,
            limits: RateLimitConfig {
                submissions_per_minute: per_minute("REDRESS_SUBMISSIONS_PER_MINUTE", defaults.submissions_per_minute)?,
                lookups_per_minute: per_minute("REDRESS_LOOKUPS_PER_MINUTE", defaults.lookups_per_minute)?,
                trusted_proxies: TrustedProxies::parse(&env("REDRESS_TRUSTED_PROXIES").unwrap_or_default())
                    .map_err(|e| format!("REDRESS_TRUSTED_PROXIES: {e}"))?,
            },
            embed_origins: embed_origins()?,
        })
    }
}

/// Space-separated origins such as `http://127.0.0.1:8081`, each checked
/// like a policy's `embed_origins`.
fn embed_origins() -> Result<Vec<String>, String> {
    let origins: Vec<String> =
        env("REDRESS_EMBED_ORIGINS").unwrap_or_default().split_whitespace().map(String::from).collect();
    for origin in &origins {
        if !redress_core::policy::is_origin(origin) {
            return Err(format!(
                "REDRESS_EMBED_ORIGINS: `{origin}` is not an origin like https://example.com (scheme and host, no path)"
            ));
        }
    }
    Ok(origins)
}

pub fn database_url() -> String {
    env("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into())
}

/// Runs an operator command's `work` on the database of `DATABASE_URL`. A
/// database that cannot be opened is reported, with exit code 1.
pub fn with_store<Work: Future<Output = ExitCode>>(work: impl FnOnce(Store) -> Work) -> ExitCode {
    let runtime = tokio::runtime::Runtime::new().expect("start the async runtime");
    runtime.block_on(async {
        match Store::connect(&database_url()).await {
            Ok(store) => work(store).await,
            Err(error) => {
                eprintln!("error: {error}");
                ExitCode::FAILURE
            }
        }
    })
}

/// Logs as JSON lines on stderr; `RUST_LOG` filters them (default `info`).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    let _ = tracing_subscriber::fmt().json().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

pub fn run() -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    init_logging();
    let runtime = tokio::runtime::Runtime::new().expect("start the async runtime");
    runtime.block_on(serve(config))
}

async fn serve(config: Config) -> ExitCode {
    let store = match Store::connect(&config.database_url).await {
        Ok(store) => store,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(config.addr).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("error: cannot listen on {}: {e}", config.addr);
            return ExitCode::FAILURE;
        }
    };
    let state = AppState::with_embed_origins(store.clone(), config.clock, config.limits, config.embed_origins);
    // Lapses that fell due while the server was down are recorded before the
    // first request, so staff filters agree with what customers see.
    if let Err(error) = sweeper::sweep(&state).await {
        tracing::warn!(error = %error, "catch-up sweep failed");
    }
    let sweeper = tokio::spawn(sweeper::run(state.clone(), Duration::from_secs(60)));
    match &config.dist {
        Some(dist) => println!("redress: serving {} and the API on http://{}/", dist.display(), config.addr),
        None => println!("redress: serving the API on http://{}/ (no built app found; set REDRESS_DIST)", config.addr),
    }
    let app = http::app(Arc::clone(&state), config.dist).into_make_service_with_connect_info::<SocketAddr>();
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let result = axum::serve(listener, app).with_graceful_shutdown(shutdown).await;
    sweeper.abort();
    store.close().await;
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: server stopped: {e}");
            ExitCode::FAILURE
        }
    }
}
