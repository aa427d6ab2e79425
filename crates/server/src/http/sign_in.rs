//! Signing in to the console: a member of the staff asks for a code by
//! email, types it, and gets a session cookie.
//!
//! - `POST /api/staff/sign-in` answers `202` whatever the address, so that
//!   nobody learns who has an account; a member gets a code of 8 digits,
//!   good for 10 minutes, once, for 5 tries.
//! - `POST /api/staff/session` opens a session: an `HttpOnly`,
//!   `SameSite=Strict` cookie (`Secure` when the portal is on https), which
//!   ends after 8 hours unused, on sign-out, or when the member is removed.
//! - `DELETE /api/staff/session` signs out.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use redress_core::policy::Lang;
use redress_core::validation::ErrorCode;
use serde::{Deserialize, Serialize};

use super::auth::{SESSION_COOKIE, Staff, session_cookie, staff_policy};
use super::cases::field_error;
use super::error::ErrorBody;
use super::json::Json;
use super::{ApiError, ApiResult, AppState, no_store};
use crate::secrets;

/// Codes a member may ask for in an hour: enough for a mistyped address
/// or a slow mailbox, too few to flood anyone's inbox.
const CODES_PER_HOUR: i64 = 5;

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    /// The address the operator added the member with.
    email: String,
    /// The language of the letter with the code (default `en`).
    #[serde(default)]
    #[schema(value_type = Option<Lang>)]
    lang: Option<String>,
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenSession {
    email: String,
    /// The 8 digits of the letter; spaces between them do not matter.
    code: String,
}

/// Who is signed in.
#[derive(Serialize, utoipa::ToSchema)]
struct Me {
    name: String,
    provider: String,
    /// The provider's name, as its customers see it.
    provider_name: String,
    /// The member's account; absent for a staff token.
    account: Option<i64>,
    /// The provider's day now, in its time zone: what "due today" means.
    today: chrono::NaiveDate,
}

/// The address as it is stored and compared (`store::member_email`).
fn email_of(text: &str) -> ApiResult<String> {
    crate::store::member_email(text).map_err(|code| field_error("email", code))
}

/// Ask for a sign-in code.
///
/// `202` for any well-formed address: a member of a provider's staff gets a
/// code by email (at most 5 an hour); anyone else gets nothing, and the
/// answer does not say which.
#[utoipa::path(post, path = "/api/staff/sign-in", tag = "sign-in", request_body = SignIn,
    responses(
        (status = 202, description = "If the address is a member's, a code is on its way"),
        (status = 422, description = "invalid_fields: the address is missing or is not one", body = ErrorBody),
        (status = 429, description = "rate_limited", body = ErrorBody)))]
pub async fn ask_for_code(State(state): State<Arc<AppState>>, Json(request): Json<SignIn>) -> ApiResult<StatusCode> {
    let email = email_of(&request.email)?;
    let lang = match request.lang.as_deref() {
        None => Lang::En,
        Some(tag) => Lang::parse(tag).ok_or_else(|| field_error("lang", ErrorCode::InvalidChoice))?,
    };
    let now = state.clock.now();
    for member in state.store.staff_accounts_by_email(&email).await? {
        let Some(policy) = crate::policies::find(&member.provider) else { continue };
        if state.store.sign_in_codes_since(member.id, now - Duration::hours(1)).await? >= CODES_PER_HOUR {
            tracing::warn!(provider = %member.provider, account = member.id, "sign-in codes asked too often");
            continue;
        }
        let code = secrets::new_sign_in_code();
        let letter = crate::letters::sign_in_code(policy, lang, &code, &member.email, &state.public_url);
        state.store.insert_sign_in_code(member.id, &secrets::hash_sign_in_code(member.id, &code), &letter, now).await?;
    }
    Ok(StatusCode::ACCEPTED)
}

/// Sign in with the code.
///
/// `204` with the session cookie. A wrong, used or expired code, or an
/// address with no account, all answer the same `422 code_not_accepted`.
#[utoipa::path(post, path = "/api/staff/session", tag = "sign-in", request_body = OpenSession,
    responses(
        (status = 204, description = "Signed in: the response sets the session cookie"),
        (status = 422, description = "code_not_accepted, or invalid_fields", body = ErrorBody),
        (status = 429, description = "rate_limited", body = ErrorBody)))]
pub async fn open_session(State(state): State<Arc<AppState>>, Json(request): Json<OpenSession>) -> ApiResult<Response> {
    let email = email_of(&request.email)?;
    let code = request.code.trim();
    if code.is_empty() {
        return Err(field_error("code", ErrorCode::Required));
    }
    let now = state.clock.now();
    for member in state.store.staff_accounts_by_email(&email).await? {
        let expected = secrets::hash_sign_in_code(member.id, code);
        let matches = |stored: &str| secrets::same_hash(&expected, stored);
        if state.store.use_sign_in_code(member.id, matches, now).await? {
            let token = secrets::new_session_token();
            state.store.start_staff_session(member.id, &secrets::hash_session_token(&token), now).await?;
            tracing::info!(provider = %member.provider, account = member.id, "staff signed in");
            let cookie = session_cookie(&token, state.public_url.starts_with("https://"));
            return Ok(no_store((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response()));
        }
    }
    Err(ApiError::Unprocessable {
        code: "code_not_accepted",
        message: "This code does not open a session: it is wrong, used, expired or tried too often. Ask for a new one."
            .into(),
    })
}

/// Sign out.
///
/// Ends the session of the request's cookie, and tells the browser to
/// forget it. `204` also when there was none.
#[utoipa::path(delete, path = "/api/staff/session", tag = "sign-in",
    responses((status = 204, description = "Signed out")))]
pub async fn close_session(State(state): State<Arc<AppState>>, headers: HeaderMap) -> ApiResult<Response> {
    if let Some(token) = super::auth::session_token(&headers) {
        state.store.end_staff_session(&secrets::hash_session_token(token), state.clock.now()).await?;
    }
    let forget = format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    let forget = HeaderValue::from_str(&forget).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(no_store((StatusCode::NO_CONTENT, [(header::SET_COOKIE, forget)]).into_response()))
}

/// Who is signed in (or whose token this is), for the console's header.
#[utoipa::path(get, path = "/api/staff/me", tag = "sign-in", security(("staff_token" = []), ("staff_session" = [])),
    responses(
        (status = 200, description = "The member", body = Me),
        (status = 401, description = "Not signed in", body = ErrorBody)))]
pub async fn me(State(state): State<Arc<AppState>>, Staff(staff): Staff) -> ApiResult<Response> {
    let policy = staff_policy(&staff)?;
    let me = Me {
        name: staff.name,
        provider: staff.provider,
        provider_name: policy.name.to_string(),
        account: staff.account,
        today: policy.time_zone.local_date(state.clock.now()),
    };
    Ok(no_store(axum::Json(me).into_response()))
}
