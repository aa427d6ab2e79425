//! `redress serve`: configuration from the environment, the database, the
//! background clock, and the HTTP server.

use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::clock::Clock;
use tower_http::timeout::RequestBodyTimeoutLayer;

use crate::case;
use crate::http::{self, AppFiles, AppState, RateLimitConfig, TrustedProxies};
use crate::listen::{self, ConnectionLimits};
use crate::mail::MailSettings;
use crate::store::{self, Store};
use crate::sweeper;

pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_DATABASE_URL: &str = "sqlite://var/redress.db?mode=rwc";

/// Everything `redress serve` reads from the environment (see README.md).
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    pub dist: Option<AppFiles>,
    pub clock: Clock,
    pub limits: RateLimitConfig,
    /// `REDRESS_EMBED_ORIGINS`: origins allowed to embed every provider's widget.
    pub embed_origins: Vec<String>,
    pub connections: ConnectionLimits,
    /// `REDRESS_SWEEP_SECS`: how often the clock records lapses and purges.
    pub sweep_every: Duration,
    /// `REDRESS_SMTP_URL` and `REDRESS_MAIL_FROM`: how letters go.
    pub mail: MailSettings,
    /// `REDRESS_PUBLIC_URL`: the portal's address, for the links in letters.
    pub public_url: String,
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
            Some(dist) => Some(AppFiles::open(Path::new(&dist))?),
            None => {
                Some(Path::new("dist")).filter(|d| d.join("index.html").is_file()).map(AppFiles::open).transpose()?
            }
        };
        let database_url = database_url();
        if let Some(dist) = &dist {
            refuse_database_inside(&database_url, dist.root())?;
        }
        let clock = match env("REDRESS_NOW") {
            Some(now) => {
                let start = DateTime::parse_from_rfc3339(&now)
                    .map_err(|e| {
                        format!("REDRESS_NOW `{now}` is not an RFC 3339 instant such as 2026-12-18T10:00:00Z ({e})")
                    })?
                    .with_timezone(&Utc);
                match env("REDRESS_CLOCK_RUNS").as_deref() {
                    None | Some("false") => Clock::Fixed(start),
                    Some("true") => Clock::From { start, at: std::time::Instant::now() },
                    Some(other) => return Err(format!("REDRESS_CLOCK_RUNS `{other}` is not true or false")),
                }
            }
            None => Clock::System,
        };
        let per_minute = |name: &str, default: u32| positive(name, default);
        let seconds = |name: &str, default: Duration| positive(name, default.as_secs()).map(Duration::from_secs);
        let connections = ConnectionLimits::default();
        let defaults = RateLimitConfig::default();
        Ok(Config {
            addr,
            database_url,
            dist,
            clock,
            limits: RateLimitConfig {
                submissions_per_minute: per_minute("REDRESS_SUBMISSIONS_PER_MINUTE", defaults.submissions_per_minute)?,
                lookups_per_minute: per_minute("REDRESS_LOOKUPS_PER_MINUTE", defaults.lookups_per_minute)?,
                trusted_proxies: TrustedProxies::parse(&env("REDRESS_TRUSTED_PROXIES").unwrap_or_default())
                    .map_err(|e| format!("REDRESS_TRUSTED_PROXIES: {e}"))?,
                ipv6_prefix: match env("REDRESS_IPV6_PREFIX") {
                    Some(value) => value
                        .parse()
                        .ok()
                        .filter(|bits| (1..=128).contains(bits))
                        .ok_or(format!("REDRESS_IPV6_PREFIX `{value}` is not a prefix length from 1 to 128"))?,
                    None => defaults.ipv6_prefix,
                },
            },
            embed_origins: embed_origins()?,
            sweep_every: seconds("REDRESS_SWEEP_SECS", Duration::from_secs(60))?,
            mail: MailSettings {
                smtp_url: env("REDRESS_SMTP_URL"),
                from: env("REDRESS_MAIL_FROM")
                    .unwrap_or_else(|| crate::mail::DEFAULT_FROM.to_string())
                    .parse()
                    .map_err(|e| {
                        format!("REDRESS_MAIL_FROM is not an address such as {}: {e}", crate::mail::DEFAULT_FROM)
                    })?,
            },
            public_url: public_url(addr)?,
            connections: ConnectionLimits {
                header_timeout: seconds("REDRESS_HEADER_TIMEOUT_SECS", connections.header_timeout)?,
                body_timeout: seconds("REDRESS_BODY_TIMEOUT_SECS", connections.body_timeout)?,
                max_connections: positive("REDRESS_MAX_CONNECTIONS", connections.max_connections)?,
                shutdown_grace: seconds("REDRESS_SHUTDOWN_GRACE_SECS", connections.shutdown_grace)?,
            },
        })
    }
}

/// `REDRESS_PUBLIC_URL` without its trailing `/`, or the address served.
fn public_url(addr: SocketAddr) -> Result<String, String> {
    match env("REDRESS_PUBLIC_URL") {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            Ok(url.trim_end_matches('/').to_string())
        }
        Some(url) => Err(format!("REDRESS_PUBLIC_URL `{url}` is not an address such as https://complaints.example")),
        None => Ok(format!("http://{addr}")),
    }
}

/// The variable `name` as a number above zero, or `default` when unset.
fn positive<N: std::str::FromStr + PartialOrd + Default>(name: &str, default: N) -> Result<N, String> {
    match env(name) {
        Some(value) => {
            value.parse().ok().filter(|n| *n > N::default()).ok_or(format!("{name} `{value}` is not a positive number"))
        }
        None => Ok(default),
    }
}

/// Refuses a SQLite database in the app's folder or under it: whatever the
/// server would do with its files, a database has no business among files
/// served to the public.
fn refuse_database_inside(database_url: &str, dist: &Path) -> Result<(), String> {
    let Some(file) = store::sqlite_file(database_url) else { return Ok(()) };
    let absolute = |path: &Path| std::path::absolute(path).ok().map(|p| p.canonicalize().unwrap_or(p));
    let folder = file.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p });
    let (Some(folder), Some(dist)) = (folder.and_then(absolute), absolute(dist)) else { return Ok(()) };
    if folder.starts_with(&dist) {
        return Err(format!(
            "the database {} lies inside REDRESS_DIST `{}`, whose files are public: move it elsewhere",
            file.display(),
            dist.display()
        ));
    }
    Ok(())
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
    let state = AppState::with_embed_origins(store.clone(), config.clock, config.limits, config.embed_origins)
        .writing_letters(config.public_url.clone(), config.mail.smtp_url.is_some());
    // Lapses that fell due while the server was down are recorded before the
    // first request, so staff filters agree with what customers see.
    match case::fill_kept_columns(&store, config.clock.now()).await {
        Ok(0) => {}
        Ok(filled) => {
            tracing::info!(cases = filled, "worked out the queue's and reports' columns of cases filed before them")
        }
        Err(error) => {
            tracing::warn!(error = ?error, "the queue's and reports' columns of older cases are not all worked out")
        }
    }
    if let Err(error) = sweeper::sweep(&store, config.clock, &config.public_url).await {
        tracing::warn!(error = %error, "catch-up sweep failed");
    }
    let mailer = tokio::spawn(crate::mail::run(store.clone(), config.clock, config.mail.clone()));
    let limits = Arc::clone(&state);
    let sweeper = tokio::spawn(sweeper::run(
        store.clone(),
        config.clock,
        config.sweep_every,
        config.public_url.clone(),
        move || limits.limits.shrink(),
    ));
    // The address bound, which differs from the one asked for with port 0.
    let bound = listener.local_addr().unwrap_or(config.addr);
    match &config.dist {
        Some(dist) => println!("redress: serving {} and the API on http://{bound}/", dist.root().display()),
        None => println!("redress: serving the API on http://{bound}/ (no built app found; set REDRESS_DIST)"),
    }
    if config.mail.smtp_url.is_none() {
        println!("redress: REDRESS_SMTP_URL is not set: letters wait in the outbox (redress mail outbox)");
    }
    // A body that stops arriving fails its request instead of holding it.
    let app =
        http::app(Arc::clone(&state), config.dist).layer(RequestBodyTimeoutLayer::new(config.connections.body_timeout));
    listen::serve(listener, app, config.connections, listen::stop_requested()).await;
    tracing::info!("stopping: requests in flight are done");
    sweeper.abort();
    mailer.abort();
    // Every request has its answer, so every complaint acknowledged is
    // committed; closing the pools lets SQLite fold its journal in.
    store.close().await;
    ExitCode::SUCCESS
}
