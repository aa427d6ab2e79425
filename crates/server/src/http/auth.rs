//! Who is asking. Extractors turn a request's bearer credential into what it
//! authorises, so a handler starts from a staff member or an authorised case:
//! - [`Staff`]: a valid staff token (401 without one);
//! - [`StaffCase`]: that, and the path's `{reference}` a case of the token's
//!   provider (another provider's case answers the same 404 as none);
//! - [`CustomerCase`]: the path's `{reference}` with its access code (a wrong
//!   code answers the same 404 as an unknown reference, in the same time).

use std::sync::Arc;

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

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

/// A member of a provider's complaints staff, by their token.
pub struct Staff(pub StaffMember);

impl FromRequestParts<Arc<AppState>> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &Arc<AppState>) -> Result<Self, ApiError> {
        let token = bearer(&parts.headers).filter(|t| !t.is_empty()).ok_or(ApiError::Unauthorized)?;
        let member = state.store.find_staff(&secrets::hash_token(token)).await?;
        member.map(Staff).ok_or(ApiError::Unauthorized)
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
        let stored = stored.ok_or(ApiError::NotFound)?;
        Ok(CustomerCase(LiveCase::load(stored, state.clock.now())?))
    }
}
