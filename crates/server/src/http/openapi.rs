//! `GET /api/openapi.json`: the API described from the code. The router of
//! `mod.rs` registers each endpoint with its `#[utoipa::path]` (method, path,
//! parameters, bodies, answers), and the bodies' schemas come from the types
//! the handlers read and write; the named values (stages, steps, fields, …)
//! are the core's lists. What is written here is only what no route carries:
//! the title, the error shape and the kinds of credential.

use std::sync::Arc;

use axum::http::header;
use axum::response::IntoResponse;
use utoipa::Modify;
use utoipa::openapi::OpenApi;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, Http, HttpAuthScheme, SecurityScheme};

use super::error::ErrorBody;

#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "redress",
        description = "The complaint portal's API. Every error is `{\"error\":{\"code\",\"message\",\"fields\"?}}` \
            (`ErrorBody`). Answers that carry personal data are sent with `Cache-Control: no-store`. \
            State-changing requests from a browser must come from the portal's own origin."
    ),
    paths(this_document),
    components(schemas(ErrorBody)),
    modifiers(&Credentials),
)]
pub struct Base;

/// This document. (Served by the route `mod.rs` adds once the document is
/// made, so listed here rather than registered with the others.)
#[utoipa::path(get, path = "/api/openapi.json", tag = "meta", responses((status = 200, description = "OpenAPI 3.1")))]
#[allow(dead_code)]
fn this_document() {}

/// What a customer's upload or submission may answer besides its own.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum IntakeErrors {
    /// unknown_provider
    #[response(status = 404)]
    UnknownProvider(ErrorBody),
    /// too_large: a JSON body over 256 KiB, a document over 10 MB
    #[response(status = 413)]
    TooLarge(ErrorBody),
    /// Too many from this address; see Retry-After
    #[response(status = 429)]
    TooMany(ErrorBody),
}

/// What a staff list (the cases, their spreadsheet) may answer besides its cases.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)] // Describes answers; the handlers send `ApiError`s.
pub enum StaffListErrors {
    /// invalid_query: an unknown parameter or a malformed value, named
    #[response(status = 400)]
    BadQuery(ErrorBody),
    /// No valid staff token
    #[response(status = 401)]
    Unauthorized(ErrorBody),
    /// invalid_stage, invalid_range or too_long
    #[response(status = 422)]
    Unprocessable(ErrorBody),
}

/// What an endpoint of one of the provider's cases may answer besides the case.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum StaffCaseErrors {
    /// No valid staff token
    #[response(status = 401)]
    Unauthorized(ErrorBody),
    /// Not this provider's case (or not this case's document)
    #[response(status = 404)]
    NotFound(ErrorBody),
}

/// What a customer's step on their case may answer besides the case.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum StepErrors {
    /// not_found: an unknown reference or a wrong access code, or another provider's case (the same answer)
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// Not possible now; the code and message say why (not_in_policy, not_at_stage, …)
    #[response(status = 409)]
    Conflict(ErrorBody),
    /// invalid_fields: a required message, field, milestone or date is missing or malformed
    #[response(status = 422)]
    Invalid(ErrorBody),
}

struct Credentials;

impl Modify for Credentials {
    fn modify(&self, document: &mut OpenApi) {
        let components = document.components.get_or_insert_with(Default::default);
        let bearer = |description: &str| {
            let mut scheme = Http::new(HttpAuthScheme::Bearer);
            scheme.description = Some(description.to_string());
            SecurityScheme::Http(scheme)
        };
        components.add_security_scheme("access_code", bearer("The case's access code, shown once when it is filed."));
        components.add_security_scheme("staff_token", bearer("A staff token from `redress staff token create`."));
        let cookie = ApiKeyValue::with_description(
            super::auth::SESSION_COOKIE,
            "A signed-in member's session (`POST /api/staff/session`); changes also need the portal's `Origin`.",
        );
        components.add_security_scheme("staff_session", SecurityScheme::ApiKey(ApiKey::Cookie(cookie)));
    }
}

/// The handler serving `document`, made once when the router is.
pub fn serve(document: &OpenApi) -> impl Fn() -> std::future::Ready<axum::response::Response> + Clone + use<> {
    let json: Arc<str> = document.to_pretty_json().expect("the OpenAPI document serializes").into();
    move || std::future::ready(([(header::CONTENT_TYPE, "application/json")], json.to_string()).into_response())
}

/// What a report (its figures, its sheets) may answer besides the report.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum ReportErrors {
    /// invalid_query: an unknown or missing parameter, named
    #[response(status = 400)]
    BadQuery(ErrorBody),
    /// No valid staff token
    #[response(status = 401)]
    Unauthorized(ErrorBody),
    /// invalid_date, invalid_range or period_too_long
    #[response(status = 422)]
    Unprocessable(ErrorBody),
}
