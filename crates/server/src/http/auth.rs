//! Who is asking. Extractors turn a request's credential into what it
//! authorises, so a handler starts from a staff member or an authorised case:
//! - [`Staff`]: a valid staff token, or the cookie of a signed-in member's
//!   session (401 without either);
//! - [`StaffCase`]: that, and the path's `{reference}` a case of the token's
//!   provider (another provider's case answers the same 404 as none);
//! - [`CustomerCase`]: the path's `{reference}` with its access code (a wrong
//!   code answers the same 404 as an unknown reference, in the same time).

use std::sync::Arc;

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};

use super::{ApiError, AppState};
use crate::case::LiveCase;
use crate::secrets;
use crate::store::StaffMember;

/// The bearer credential of a request, if any.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::trim)
}

/// The path parameter `{reference}` of the matched route.
async fn reference(parts: &mut Parts, state: &Arc<AppState>) -> Result<String, ApiError> {
    // The one way this fails on a matched route: a parameter that is not
    // UTF-8 once decoded, the client's mistake.
    let params = RawPathParams::from_request_parts(parts, state)
        .await
        .map_err(|rejection| ApiError::BadRequest { code: "invalid_path", message: rejection.body_text() })?;
    let found = params.iter().find(|(name, _)| *name == "reference").map(|(_, value)| value.to_string());
    found.ok_or_else(|| ApiError::Internal("a case route without {reference}".into()))
}

/// The name of the staff session's cookie.
pub const SESSION_COOKIE: &str = "redress_staff";

/// The session cookie's value, if the request carries one.
pub fn session_token(headers: &HeaderMap) -> Option<&str> {
    let cookies = headers.get_all(header::COOKIE).into_iter().filter_map(|value| value.to_str().ok());
    let pairs = cookies.flat_map(|line| line.split(';')).filter_map(|pair| pair.trim().split_once('='));
    pairs.filter(|(name, _)| *name == SESSION_COOKIE).map(|(_, value)| value).find(|value| !value.is_empty())
}

/// The `Set-Cookie` of a new session: not readable by scripts, never sent
/// with a request from another site, over https only where the portal is
/// on https. No expiry: the browser forgets it when closed, the server
/// after 8 hours unused.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict{secure}"))
        .expect("a hex token makes a valid header")
}

/// A member of a provider's complaints staff, by their token or session.
pub struct Staff(pub StaffMember);

/// The policy of the provider `staff` belong to: one the server runs, or
/// their credential would not have been made.
pub fn staff_policy(staff: &StaffMember) -> Result<&'static redress_core::policy::Policy, ApiError> {
    crate::policies::find(&staff.provider)
        .ok_or_else(|| ApiError::Internal(format!("staff of an unknown provider `{}`", staff.provider)))
}

impl FromRequestParts<Arc<AppState>> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &Arc<AppState>) -> Result<Self, ApiError> {
        if let Some(token) = bearer(&parts.headers).filter(|t| !t.is_empty()) {
            let member = state.store.find_staff(&secrets::hash_token(token)).await?;
            return member.map(Staff).ok_or(ApiError::Unauthorized);
        }
        let token = session_token(&parts.headers).ok_or(ApiError::Unauthorized)?;
        // A browser sends `Origin` with every change; one that comes with
        // the cookie and without it is not the console's.
        let changes = !matches!(parts.method, Method::GET | Method::HEAD);
        if changes && !parts.headers.contains_key(header::ORIGIN) {
            return Err(ApiError::CrossOrigin);
        }
        let now = state.clock.now();
        let session = state.store.find_staff_session(&secrets::hash_session_token(token), now).await?;
        let session = session.ok_or(ApiError::Unauthorized)?;
        if session.needs_touch(now) {
            state.store.touch_staff_session(session.id, now).await?;
        }
        Ok(Staff(session.member))
    }
}

/// A case of the staff member's provider.
pub struct StaffCase {
    pub staff: StaffMember,
    pub case: LiveCase,
}

impl FromRequestParts<Arc<AppState>> for StaffCase {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &Arc<AppState>) -> Result<Self, ApiError> {
        let Staff(staff) = Staff::from_request_parts(parts, state).await?;
        let reference = reference(parts, state).await?;
        let stored = state.store.load_case(&reference).await?.filter(|case| case.record.provider == staff.provider);
        let case = LiveCase::load(stored.ok_or(ApiError::NotFound)?, state.clock.now())?;
        Ok(StaffCase { staff, case })
    }
}

/// What every wrong access code is compared against when the reference is
/// unknown, so that a miss takes as long as a wrong code.
const NO_CASE_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The case whose access code the request carries. The reference may be
/// typed as a person types it (see `normalise_reference`).
pub struct CustomerCase(pub LiveCase);

impl FromRequestParts<Arc<AppState>> for CustomerCase {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &Arc<AppState>) -> Result<Self, ApiError> {
        let reference = redress_core::references::normalise_reference(&reference(parts, state).await?);
        let code = bearer(&parts.headers).unwrap_or_default();
        let stored = if reference.len() <= 32 { state.store.load_case(&reference).await? } else { None };
        let hash = stored.as_ref().map_or(NO_CASE_HASH, |case| case.record.access_hash.as_str());
        if !secrets::code_matches(code, hash) || code.is_empty() {
            return Err(ApiError::NotFound);
        }
        let mut stored = stored.ok_or(ApiError::NotFound)?;
        // A duplicate merged into another case: its customer follows that one
        // (merges point one step: see `Store::merge_cases`).
        if let Some(into) = &stored.merged_into {
            stored = state.store.load_case(into).await?.ok_or(ApiError::NotFound)?;
        }
        Ok(CustomerCase(LiveCase::load(stored, state.clock.now())?))
    }
}
