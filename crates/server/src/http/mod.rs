//! The HTTP API and the web app's files, with the protections every request
//! goes through: security headers, body limits, rate limits per client
//! address, and an origin check on every request that changes data.

mod access_log;
mod auth;
mod case_filter;
pub mod cases;
mod client;
mod error;
pub mod files;
mod json;
mod openapi;
mod providers;
mod query;
mod reports;
mod sign_in;
mod staff;
mod stop_letters;
mod uploads;
pub mod views;
mod work;

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use utoipa::OpenApi as _;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use client::TrustedProxies;
pub use error::{ApiError, ApiResult};

use redress_core::policy::Policy;

pub use self::files::AppFiles;
use crate::clock::Clock;
use crate::store::Store;

/// Largest JSON body accepted (a submission with every field at its limit fits).
pub const JSON_BODY_LIMIT: usize = 256 * 1024;
/// Largest uploaded document.
pub const UPLOAD_LIMIT: usize = 10 * 1024 * 1024;

/// The Content-Security-Policy of every portal page: only our own scripts,
/// wasm compilation allowed, and no framing.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
                       object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Requests per minute per client address, and the reverse proxies whose
/// word on the client's address counts (see `client`).
#[derive(Debug, Clone)]
pub struct RateLimitConfig {
    pub submissions_per_minute: u32,
    pub lookups_per_minute: u32,
    pub trusted_proxies: TrustedProxies,
    /// IPv6 clients are counted by network, this many leading bits long: one
    /// household or server gets a whole /64, and would otherwise have
    /// billions of allowances. IPv4 clients are counted by address.
    pub ipv6_prefix: u8,
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        RateLimitConfig {
            submissions_per_minute: 20,
            lookups_per_minute: 120,
            trusted_proxies: TrustedProxies::default(),
            ipv6_prefix: 64,
        }
    }
}

pub struct RateLimits {
    submissions: DefaultKeyedRateLimiter<IpAddr>,
    lookups: DefaultKeyedRateLimiter<IpAddr>,
    trusted_proxies: TrustedProxies,
    ipv6_prefix: u8,
}

impl RateLimits {
    pub fn new(config: RateLimitConfig) -> RateLimits {
        let quota = |per_minute: u32| {
            let per_minute = NonZeroU32::new(per_minute.max(1)).expect("at least one");
            // Bursts of a quarter of the minute's allowance, so a person can retry at once.
            Quota::per_minute(per_minute)
                .allow_burst(NonZeroU32::new((per_minute.get() / 4).max(1)).expect("at least one"))
        };
        RateLimits {
            submissions: RateLimiter::keyed(quota(config.submissions_per_minute)),
            lookups: RateLimiter::keyed(quota(config.lookups_per_minute)),
            trusted_proxies: config.trusted_proxies,
            ipv6_prefix: config.ipv6_prefix.min(128),
        }
    }

    /// What a client is counted as: its IPv4 address (also when written as
    /// IPv6), or its IPv6 network.
    fn client_key(&self, address: IpAddr) -> IpAddr {
        match address {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let mask = u128::MAX.checked_shl(128 - u32::from(self.ipv6_prefix)).unwrap_or(0);
                    IpAddr::V6((u128::from(v6) & mask).into())
                }
            },
            v4 => v4,
        }
    }

    /// Forgets addresses that have not been seen for a while.
    pub fn shrink(&self) {
        self.submissions.retain_recent();
        self.lookups.retain_recent();
    }
}

fn check_limit(limits: &RateLimits, limiter: &DefaultKeyedRateLimiter<IpAddr>, address: IpAddr) -> ApiResult<()> {
    limiter.check_key(&limits.client_key(address)).map_err(|not_until| ApiError::TooManyRequests {
        retry_after_seconds: not_until.wait_time_from(DefaultClock::default().now()).as_secs() + 1,
    })
}

pub struct AppState {
    pub store: Store,
    pub clock: Clock,
    pub limits: RateLimits,
    /// Origins allowed to embed every provider's widget besides those in the
    /// policies (`REDRESS_EMBED_ORIGINS`, for demonstrations and tests).
    pub extra_embed_origins: Vec<String>,
    /// Idempotency keys whose first request is still being handled.
    in_flight: Mutex<HashSet<String>>,
    /// The portal's address, for the links in letters (`REDRESS_PUBLIC_URL`).
    pub public_url: String,
    /// Whether letters go out (`REDRESS_SMTP_URL` is set) or wait.
    pub mail_configured: bool,
}

impl AppState {
    pub fn new(store: Store, clock: Clock, limits: RateLimitConfig) -> Arc<AppState> {
        AppState::with_embed_origins(store, clock, limits, Vec::new())
    }

    pub fn with_embed_origins(
        store: Store,
        clock: Clock,
        limits: RateLimitConfig,
        extra_embed_origins: Vec<String>,
    ) -> Arc<AppState> {
        Arc::new(AppState {
            store,
            clock,
            limits: RateLimits::new(limits),
            extra_embed_origins,
            in_flight: Mutex::new(HashSet::new()),
            // Set by `serve` (`writing_letters`); empty, a letter's links are relative.
            public_url: String::new(),
            mail_configured: false,
        })
    }

    /// The same, with the portal's address for letters and whether they go
    /// out (`REDRESS_SMTP_URL` is set).
    pub fn writing_letters(self: Arc<AppState>, public_url: String, mail_configured: bool) -> Arc<AppState> {
        let state = Arc::try_unwrap(self).unwrap_or_else(|_| panic!("letters are set before the state is shared"));
        Arc::new(AppState { public_url, mail_configured, ..state })
    }
}

/// Marks an idempotency key as in flight until dropped.
pub struct InFlight<'a> {
    state: &'a AppState,
    key: String,
}

impl AppState {
    /// `None` if a request with this key is already being handled.
    fn start(&self, key: String) -> Option<InFlight<'_>> {
        // The lock is released before a guard exists: a guard dropped while
        // the lock is held would deadlock in its `Drop`.
        let inserted = self.in_flight.lock().expect("in-flight set is never poisoned").insert(key.clone());
        if inserted { Some(InFlight { state: self, key }) } else { None }
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        if let Ok(mut keys) = self.state.in_flight.lock() {
            keys.remove(&self.key);
        }
    }
}

/// The whole application: the API under `/api`, health, and the web app's
/// files (when `dist` is given) for every other path.
pub fn app(state: Arc<AppState>, dist: Option<AppFiles>) -> Router {
    let (api, document) = api(state.clone()).split_for_parts();
    // The stop-letters page: a page of its own, not the API's JSON, limited
    // as look-ups are.
    let stop_letters = Router::new()
        .route("/letters/stop/{reference}/{token}", get(stop_letters::ask).post(stop_letters::stop))
        .route_layer(middleware::from_fn_with_state(state.clone(), limit_lookups))
        .route(crate::letters::stop_page::STYLESHEET_PATH, get(stop_letters::stylesheet))
        .layer(middleware::from_fn(access_log::log_request))
        .with_state(state.clone());
    let api = api
        .route("/api/openapi.json", get(openapi::serve(&document)))
        .route("/api/{*rest}", axum::routing::any(|| async { ApiError::UnknownEndpoint }))
        .layer(middleware::from_fn(error::as_json))
        .layer(middleware::from_fn(check_origin))
        .layer(middleware::from_fn(refuse_declared_oversize))
        .layer(middleware::from_fn(access_log::log_request))
        .with_state(state.clone())
        .merge(stop_letters);
    let app = match dist {
        Some(dist) => {
            let files = dist.router().layer(middleware::from_fn(cache_policy));
            api.fallback_service(files).layer(middleware::from_fn_with_state(state, frame_policy))
        }
        None => api,
    };
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    app.layer(header(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(middleware::from_fn(deny_framing))
        .layer(CatchPanicLayer::custom(|_| ApiError::Internal("a handler panicked".into()).into_response()))
}

/// The API's endpoints with their limits, and the OpenAPI document that
/// describes them: each `routes!` registers a handler at the path and method
/// of its `#[utoipa::path]`, so the document lists exactly what is served.
fn api(state: Arc<AppState>) -> OpenApiRouter<Arc<AppState>> {
    let submissions = OpenApiRouter::new()
        .routes(routes!(cases::submit))
        .route_layer(middleware::from_fn_with_state(state.clone(), limit_submissions));
    let lookups = OpenApiRouter::new()
        .routes(routes!(cases::status))
        .routes(routes!(cases::act))
        .route_layer(middleware::from_fn_with_state(state.clone(), limit_lookups));
    // Asking for codes and trying them are limited as look-ups are, per
    // client; each code also has its own tries (see `sign_in`).
    let sign_in = OpenApiRouter::new()
        .routes(routes!(sign_in::ask_for_code))
        .routes(routes!(sign_in::open_session, sign_in::close_session))
        .route_layer(middleware::from_fn_with_state(state.clone(), limit_lookups));
    let uploads = OpenApiRouter::new()
        .routes(routes!(uploads::upload))
        .route_layer(middleware::from_fn_with_state(state.clone(), limit_submissions))
        .layer(DefaultBodyLimit::max(UPLOAD_LIMIT + 64 * 1024));
    OpenApiRouter::with_openapi(openapi::Base::openapi())
        .routes(routes!(health))
        .routes(routes!(providers::list))
        .routes(routes!(providers::show))
        .routes(routes!(staff::list))
        .routes(routes!(staff::export))
        .routes(routes!(staff::show))
        .routes(routes!(staff::document))
        .routes(routes!(staff::record_event))
        .routes(routes!(sign_in::me))
        .routes(routes!(work::members))
        .routes(routes!(work::assign))
        .routes(routes!(work::add_note))
        .routes(routes!(work::merge))
        .routes(routes!(reports::show))
        .routes(routes!(reports::figures))
        .routes(routes!(reports::regulator_return))
        .merge(submissions)
        .merge(sign_in)
        .merge(lookups)
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
        .merge(uploads)
}

/// How long a browser may keep one of the web app's files: those whose name
/// carries a checksum (`redress-app-4f1c…_bg.wasm`), and the messages asked
/// for with their checksum (`?v=`), for a year without asking again; every
/// other file and page only after checking it is still current, so that a
/// new build is never mixed with the files of an old one.
fn cache_control(path: &str, query: Option<&str>) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default().trim_end_matches("_bg");
    let checksum = stem.rsplit_once('-').map(|(_, sum)| sum).unwrap_or_default();
    let named_by_checksum = checksum.len() >= 8 && checksum.bytes().all(|b| b.is_ascii_hexdigit());
    let versioned_messages =
        path.starts_with("/locales/") && query.is_some_and(|q| q.split('&').any(|pair| pair.starts_with("v=")));
    if named_by_checksum || versioned_messages { "public, max-age=31536000, immutable" } else { "no-cache" }
}

async fn cache_policy(request: Request, next: Next) -> Response {
    let value = cache_control(request.uri().path(), request.uri().query());
    let mut response = next.run(request).await;
    if response.status().is_success() {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

/// The widget's pages (`/embed/<provider>/…`) may be framed by the
/// provider's allowed origins only; every other page by nobody (the outer
/// layers add `frame-ancestors 'none'` and `X-Frame-Options: DENY`).
async fn frame_policy(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let ancestors = embed_ancestors(&state, request.uri().path());
    let mut response = next.run(request).await;
    if let Some(ancestors) = ancestors
        && let Ok(value) =
            HeaderValue::from_str(&CSP.replace("frame-ancestors 'none'", &format!("frame-ancestors {ancestors}")))
    {
        response.headers_mut().insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// `X-Frame-Options: DENY` for browsers without `frame-ancestors`, on every
/// response but the widget's pages (it cannot name the origins they allow).
async fn deny_framing(request: Request, next: Next) -> Response {
    let embed = request.uri().path().starts_with("/embed/");
    let mut response = next.run(request).await;
    let framable = embed
        && response
            .headers()
            .get(header::CONTENT_SECURITY_POLICY)
            .is_some_and(|csp| csp.to_str().is_ok_and(|csp| !csp.contains("frame-ancestors 'none'")));
    if !framable {
        response.headers_mut().insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    response
}

/// The `frame-ancestors` sources for an embed path, or `None` for any other
/// path. The widget's case pages (`/embed/status…`) belong to no provider:
/// every provider's origins may show them. So may they show the page of a
/// provider the portal does not run, which says so: a company that mistypes
/// its id in the tag learns it in its own page's language.
pub fn embed_ancestors(state: &AppState, path: &str) -> Option<String> {
    let first = path.strip_prefix("/embed/")?.split('/').next()?;
    let providers: Vec<&Policy> = match crate::policies::find(first) {
        Some(provider) if first != "status" => vec![provider],
        _ => crate::policies::all().to_vec(),
    };
    let mut origins: Vec<&str> = Vec::new();
    let provider_origins = providers.iter().flat_map(|policy| policy.embed_origins.iter().map(|origin| &**origin));
    for origin in provider_origins.chain(state.extra_embed_origins.iter().map(String::as_str)) {
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    Some(if origins.is_empty() { "'none'".to_string() } else { origins.join(" ") })
}

/// Whether the portal can take a complaint now: its database answers and,
/// on SQLite, its write lock can be had. A second line says when letters
/// wait in the outbox because no mail server is set.
#[utoipa::path(get, path = "/healthz", tag = "meta",
    responses(
        (status = 200, description = "`ok`; a second line, `letters wait in the outbox: REDRESS_SMTP_URL is not set`, \
            when no mail server is set", content_type = "text/plain", body = String),
        (status = 503, description = "unavailable: the database is not", body = error::ErrorBody),
    ))]
async fn health(State(state): State<Arc<AppState>>) -> ApiResult<&'static str> {
    state.store.ping().await?;
    Ok(if state.mail_configured { "ok" } else { "ok\nletters wait in the outbox: REDRESS_SMTP_URL is not set\n" })
}

/// The client's address: the connection's, or the one a trusted proxy
/// forwarded for. A request without its connection's address is a wiring
/// fault of the server (see `listen.rs`), never a reason to count every
/// client as one.
fn client_address(state: &AppState, request: &Request) -> ApiResult<IpAddr> {
    let ConnectInfo(peer) = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .ok_or_else(|| ApiError::Internal("a request without its connection's address".into()))?;
    Ok(state.limits.trusted_proxies.client(peer.ip(), request.headers()))
}

async fn limit_submissions(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let checked = client_address(&state, &request)
        .and_then(|address| check_limit(&state.limits, &state.limits.submissions, address));
    match checked {
        Ok(()) => next.run(request).await,
        Err(error) => error.into_response(),
    }
}

async fn limit_lookups(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let checked =
        client_address(&state, &request).and_then(|address| check_limit(&state.limits, &state.limits.lookups, address));
    match checked {
        Ok(()) => next.run(request).await,
        Err(error) => error.into_response(),
    }
}

/// Requests that change data must come from this site: a browser sends
/// `Origin` with them, and it must name the host the request was sent to.
/// (Non-browser clients send no `Origin` and are not subject to CSRF.)
async fn check_origin(request: Request, next: Next) -> Response {
    let changes = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if changes && !same_origin(request.headers()) {
        return ApiError::CrossOrigin.into_response();
    }
    next.run(request).await
}

/// A body whose declared length is over the limit is refused before any of
/// it is read (bodies without a length are cut off at the limit as they stream).
async fn refuse_declared_oversize(request: Request, next: Next) -> Response {
    let limit = if request.uri().path() == "/api/uploads" { UPLOAD_LIMIT + 64 * 1024 } else { JSON_BODY_LIMIT };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        let message = if limit > JSON_BODY_LIMIT {
            format!("A document may be at most {} MB.", UPLOAD_LIMIT / (1024 * 1024))
        } else {
            format!("The body is larger than {} KiB.", JSON_BODY_LIMIT / 1024)
        };
        return ApiError::TooLarge { message }.into_response();
    }
    next.run(request).await
}

fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else { return true };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    let origin = origin.to_str().unwrap_or_default();
    let origin_host = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
    !host.is_empty() && origin_host == Some(host)
}

/// `Cache-Control: no-store`, for every response carrying personal data.
fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use tower::ServiceExt;

    use super::*;

    async fn headers_of(app: &Router, path: &str) -> HeaderMap {
        let request = axum::http::Request::get(path).body(Body::empty()).unwrap();
        app.clone().oneshot(request).await.unwrap().headers().clone()
    }

    fn frame_ancestors(headers: &HeaderMap) -> String {
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        csp.split("; ").find(|d| d.starts_with("frame-ancestors")).unwrap().to_string()
    }

    #[test]
    fn files_named_by_their_checksum_are_kept_and_everything_else_is_checked() {
        let kept = "public, max-age=31536000, immutable";
        for path in [
            "/redress-app-47cee93cd5df70e0_bg.wasm",
            "/redress-app-47cee93cd5df70e0.js",
            "/redress-case-2387837457.js",
            "/main-97c2ecefa319b0e7.css",
            "/favicon-db310d3a9dc8f61a.svg",
        ] {
            assert_eq!(cache_control(path, None), kept, "{path}");
        }
        assert_eq!(cache_control("/locales/fr.ftl", Some("v=1657393569")), kept);
        for (path, query) in [
            ("/", None),
            ("/index.html", None),
            ("/status/RD-ABCDE-FGHIJ", None),
            ("/kijoma/complain", None),
            ("/boot.js", None),
            ("/embed.js", None),
            ("/locales/fr.ftl", None),
            ("/locales/fr.ftl", Some("x=1")),
            ("/a-b.js", None),
        ] {
            assert_eq!(cache_control(path, query), "no-cache", "{path}");
        }
    }

    #[tokio::test]
    async fn case_addresses_get_the_case_page_and_all_others_the_complaint_page() {
        let dist = std::env::temp_dir().join(format!("redress-pages-test-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), "<html>complaint part").unwrap();
        std::fs::write(dist.join("case.html"), "case part").unwrap();
        std::fs::write(dist.join("staff.html"), "staff part").unwrap();
        std::fs::write(dist.join(files::MANIFEST), "index.html\ncase.html\nstaff.html\n").unwrap();
        let store = Store::connect("sqlite::memory:").await.unwrap();
        let files = AppFiles::open(&dist).unwrap();
        let app = app(AppState::new(store, Clock::System, RateLimitConfig::default()), Some(files));
        let body_of = |path: &'static str| {
            let app = app.clone();
            async move {
                let request = axum::http::Request::get(path).body(Body::empty()).unwrap();
                let response = app.oneshot(request).await.unwrap();
                let bytes = axum::body::to_bytes(response.into_body(), 1024).await.unwrap();
                String::from_utf8(bytes.to_vec()).unwrap()
            }
        };
        for path in ["/status", "/status/RD-ABC", "/embed/status", "/embed/status/RD-ABC"] {
            assert_eq!(body_of(path).await, "case part", "{path}");
        }
        for path in ["/staff", "/staff/sign-in", "/staff/cases/RD-ABC"] {
            assert_eq!(body_of(path).await, "staff part", "{path}");
        }
        let request = axum::http::Request::get("/status/RD-ABC").body(Body::empty()).unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.headers()[header::CACHE_CONTROL], "no-cache", "a page is checked before it is reused");
        // A provider's addresses carry its policy, in the form the app reads.
        let kijoma = redress_core::policy::find("kijoma").unwrap();
        let written = redress_core::policy::compact::written(kijoma);
        for path in ["/kijoma", "/kijoma/complain/contact", "/kijoma/complain/sent", "/embed/kijoma"] {
            assert_eq!(body_of(path).await, format!("<html data-policy=\"{written}\">complaint part"), "{path}");
        }
        assert_eq!(redress_core::policy::compact::read_written(&written).as_ref(), Some(kijoma));
        // Others have none: the start page, and an unknown provider's, which says so.
        for path in ["/", "/statuses", "/staffing", "/embed/nobody/complain"] {
            assert_eq!(body_of(path).await, "<html>complaint part", "{path}");
        }
        std::fs::remove_dir_all(dist).unwrap();
    }

    /// A folder with the app's pages, one listed file, and what an operator
    /// might leave beside them: a hidden file, a database, a sub-folder.
    async fn served_folder(name: &str) -> (std::path::PathBuf, Router) {
        let dist = std::env::temp_dir().join(format!("redress-{name}-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("sub")).unwrap();
        for (file, text) in [
            ("index.html", "complaint part"),
            ("case.html", "case part"),
            ("staff.html", "staff part"),
            ("main-0123456789abcdef.css", "body {}"),
            (".env", "SECRET=1"),
            ("redress.db", "every complaint"),
            ("sub/index.html", "not listed"),
        ] {
            std::fs::write(dist.join(file), text).unwrap();
        }
        std::fs::write(
            dist.join(files::MANIFEST),
            "index.html\ncase.html\nstaff.html\nmain-0123456789abcdef.css\n.env\n",
        )
        .unwrap();
        let store = Store::connect("sqlite::memory:").await.unwrap();
        let app =
            app(AppState::new(store, Clock::System, RateLimitConfig::default()), Some(AppFiles::open(&dist).unwrap()));
        (dist, app)
    }

    async fn get(app: &Router, path: &str) -> (u16, HeaderMap, String) {
        let request = axum::http::Request::get(path).body(Body::empty()).unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        let (status, headers) = (response.status().as_u16(), response.headers().clone());
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
        (status, headers, String::from_utf8_lossy(&bytes).into_owned())
    }

    #[tokio::test]
    async fn only_the_files_the_build_listed_are_served() {
        let (dist, app) = served_folder("listed").await;
        assert_eq!(get(&app, "/main-0123456789abcdef.css").await.2, "body {}");
        // A hidden file, even listed, a database and an unlisted file are
        // not served: the address is one of the app's routes.
        for path in
            ["/.env", "/redress.db", "/redress.db-wal", "/sub/index.html", "/files.txt", "/%2Eenv", "/sub/../.env"]
        {
            let (status, _, body) = get(&app, path).await;
            assert_eq!((status, body.as_str()), (200, "complaint part"), "{path}");
        }
        // A file of another build, or a mistyped one, is missing: never a page
        // the browser would be asked to run as code.
        for path in ["/redress-app-1234567890.js", "/redress-app-1234567890_bg.wasm", "/locales/case/xx.ftl"] {
            assert_eq!(get(&app, path).await.0, 404, "{path}");
        }
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[tokio::test]
    async fn no_address_redirects_to_another_host() {
        let (dist, app) = served_folder("redirects").await;
        for path in ["//sub", "//sub/", "/sub", "//evil.example", "///evil.example/x", "/locales"] {
            let (status, headers, _) = get(&app, path).await;
            assert!(!(300..400).contains(&status), "{path}: {status} to {:?}", headers.get(header::LOCATION));
        }
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_network() {
        let config = RateLimitConfig { submissions_per_minute: 4, ..RateLimitConfig::default() };
        let limits = RateLimits::new(config);
        let check = |address: &str| check_limit(&limits, &limits.submissions, address.parse().unwrap()).is_ok();
        // A burst of one: the second request of a client waits.
        assert!(check("2001:db8:1:2::1"));
        assert!(!check("2001:db8:1:2:ffff:ffff:ffff:fffe"), "another address of the same /64 is the same client");
        assert!(check("2001:db8:1:3::1"), "the next /64 is another client");
        assert!(check("192.0.2.1"));
        assert!(!check("::ffff:192.0.2.1"), "an IPv4 address written as IPv6 is the same client");
        assert!(check("192.0.2.2"), "IPv4 clients are counted by address");
        let exact = RateLimits::new(RateLimitConfig {
            submissions_per_minute: 4,
            ipv6_prefix: 128,
            ..RateLimitConfig::default()
        });
        assert!(check_limit(&exact, &exact.submissions, "2001:db8::1".parse().unwrap()).is_ok());
        assert!(
            check_limit(&exact, &exact.submissions, "2001:db8::2".parse().unwrap()).is_ok(),
            "a /128 prefix counts each address"
        );
    }

    #[tokio::test]
    async fn widget_pages_may_be_framed_by_their_providers_origins_only_and_no_other_page() {
        let dist = std::env::temp_dir().join(format!("redress-frame-test-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), "<!doctype html><title>redress</title>").unwrap();
        std::fs::write(dist.join("case.html"), "<!doctype html><title>redress</title>").unwrap();
        std::fs::write(dist.join("staff.html"), "<!doctype html><title>redress</title>").unwrap();
        std::fs::write(dist.join(files::MANIFEST), "index.html\ncase.html\nstaff.html\n").unwrap();
        let store = Store::connect("sqlite::memory:").await.unwrap();
        let demo = "http://127.0.0.1:8081".to_string();
        let state = AppState::with_embed_origins(store, Clock::System, RateLimitConfig::default(), vec![demo]);
        let app = app(state, Some(AppFiles::open(&dist).unwrap()));

        let kijoma = headers_of(&app, "/embed/kijoma/complain").await;
        assert_eq!(frame_ancestors(&kijoma), "frame-ancestors https://www.kijoma.net http://127.0.0.1:8081");
        assert!(!kijoma.contains_key(header::X_FRAME_OPTIONS));
        // A provider whose policy names no origin: only the operator's.
        let modmount = headers_of(&app, "/embed/modmount").await;
        assert_eq!(frame_ancestors(&modmount), "frame-ancestors http://127.0.0.1:8081");
        // The widget's case pages belong to no provider: any provider's origin may frame them.
        let status = frame_ancestors(&headers_of(&app, "/embed/status/RD-ABC").await);
        assert!(status.contains("https://www.kijoma.net") && status.contains("http://127.0.0.1:8081"), "{status}");
        // A provider the portal does not run: its page, which says so, as the case pages.
        let nobody = frame_ancestors(&headers_of(&app, "/embed/nobody/complain").await);
        assert!(nobody.contains("https://www.kijoma.net") && nobody.contains("http://127.0.0.1:8081"), "{nobody}");
        // Every other page can be framed by nobody.
        for path in ["/", "/kijoma/complain", "/api/providers", "/staff", "/staff/cases/RD-ABC"] {
            let headers = headers_of(&app, path).await;
            assert_eq!(frame_ancestors(&headers), "frame-ancestors 'none'", "{path}");
            assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY", "{path}");
        }
        std::fs::remove_dir_all(dist).unwrap();
    }
}
