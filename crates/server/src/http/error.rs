//! Every error the API sends, as `{"error":{"code","message","fields"}}` with
//! the right status. Internal details are logged, never sent.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use redress_core::validation::{ErrorCode, FieldErrors};
use serde::Serialize;
use std::collections::BTreeMap;

use crate::case::CaseError;
use crate::store::StoreError;

/// The one shape of every error the API sends.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Serialize, utoipa::ToSchema)]
struct ErrorDetail {
    /// Stable, for programs: `invalid_fields`, `not_found`, `not_at_stage`, …
    code: String,
    /// For people, in English.
    message: String,
    /// With `invalid_fields`: the problems of each field (or `documents`).
    #[serde(skip_serializing_if = "Option::is_none")]
    fields: Option<BTreeMap<String, Vec<ErrorCode>>>,
}

impl ErrorBody {
    fn new(code: &str, message: String, fields: Option<BTreeMap<String, Vec<ErrorCode>>>) -> ErrorBody {
        ErrorBody { error: ErrorDetail { code: code.to_string(), message, fields } }
    }
}

#[derive(Debug)]
pub enum ApiError {
    /// 400: the request itself is malformed (not JSON, a missing header).
    BadRequest { code: &'static str, message: String },
    /// 404: the same answer for an unknown reference, a wrong or missing access code.
    NotFound,
    /// 404 for an unknown provider id.
    UnknownProvider,
    /// 404 for a path under /api that is no endpoint.
    UnknownEndpoint,
    /// 401: a staff endpoint without a valid staff token.
    Unauthorized,
    /// 403: a state-changing request from another origin.
    CrossOrigin,
    /// 409: the step cannot happen now, with the reason.
    Conflict { code: &'static str, message: String },
    /// 413
    TooLarge { message: String },
    /// 415
    UnsupportedMediaType { message: String },
    /// 422: fields that fail the provider's rules.
    Invalid(FieldErrors),
    /// 422: anything else well-formed but unacceptable.
    Unprocessable { code: &'static str, message: String },
    /// 429 with Retry-After.
    TooManyRequests { retry_after_seconds: u64 },
    /// 503: the database cannot take the request now; nothing was stored.
    Unavailable,
    /// 500: a bug. Logged with details; the client gets none.
    Internal(String),
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound | ApiError::UnknownProvider | ApiError::UnknownEndpoint => StatusCode::NOT_FOUND,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::CrossOrigin => StatusCode::FORBIDDEN,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Invalid(_) | ApiError::Unprocessable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn code_and_message(&self) -> (&'static str, String) {
        match self {
            ApiError::BadRequest { code, message }
            | ApiError::Conflict { code, message }
            | ApiError::Unprocessable { code, message } => (code, message.clone()),
            ApiError::NotFound => ("not_found", "No case matches this reference and access code.".into()),
            ApiError::UnknownProvider => ("unknown_provider", "There is no provider with this id.".into()),
            ApiError::UnknownEndpoint => ("unknown_endpoint", "There is no such API endpoint; see /api/openapi.json.".into()),
            ApiError::Unauthorized => ("unauthorized", "Sign in, or send a valid staff token.".into()),
            ApiError::CrossOrigin => ("cross_origin", "Requests that change data must come from this site.".into()),
            ApiError::TooLarge { message } => ("too_large", message.clone()),
            ApiError::UnsupportedMediaType { message } => ("unsupported_media_type", message.clone()),
            ApiError::Invalid(_) => ("invalid_fields", "Some answers need correcting.".into()),
            ApiError::TooManyRequests { .. } => ("rate_limited", "Too many requests: please wait and try again.".into()),
            ApiError::Unavailable => (
                "unavailable",
                "The service cannot store or read cases at the moment. Nothing was saved; please try again in a few minutes.".into(),
            ),
            ApiError::Internal(_) => ("internal", "Something went wrong on our side. Please try again.".into()),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Unavailable(why) => {
                tracing::warn!(error = %why, "database unavailable");
                ApiError::Unavailable
            }
            StoreError::Conflict => ApiError::Conflict {
                code: "conflict",
                message: "Another change to this case happened at the same time. Please try again.".into(),
            },
            StoreError::Internal(why) => ApiError::Internal(why),
        }
    }
}

impl From<CaseError> for ApiError {
    fn from(error: CaseError) -> Self {
        match error {
            CaseError::Corrupt(why) => ApiError::Internal(why),
            CaseError::Refused(error) => ApiError::Conflict { code: error.code(), message: error.to_string() },
            CaseError::Store(error) => error.into(),
            CaseError::Gone => ApiError::NotFound,
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            // Well-formed JSON of the wrong shape: serde names the field.
            JsonRejection::JsonDataError(error) => ApiError::Unprocessable {
                code: "invalid_body",
                message: error.body_text().replace("Failed to deserialize the JSON body into the target type: ", ""),
            },
            JsonRejection::JsonSyntaxError(error) => ApiError::BadRequest {
                code: "malformed_json",
                message: error
                    .body_text()
                    .replace("Failed to parse the request body as JSON: ", "The body is not valid JSON: "),
            },
            JsonRejection::MissingJsonContentType(_) => ApiError::UnsupportedMediaType {
                message: "Send the body as JSON with `Content-Type: application/json`.".into(),
            },
            JsonRejection::BytesRejection(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                ApiError::TooLarge {
                    message: format!("The body is larger than {} KiB.", super::JSON_BODY_LIMIT / 1024),
                }
            }
            other => ApiError::BadRequest { code: "bad_body", message: other.body_text() },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(details) = &self {
            tracing::error!(error = %details, "internal error");
        }
        let (code, message) = self.code_and_message();
        let fields = match &self {
            ApiError::Invalid(fields) => Some(fields.0.clone()),
            _ => None,
        };
        let body = ErrorBody::new(code, message, fields);
        let mut response = (self.status(), Json(body)).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let ApiError::TooManyRequests { retry_after_seconds } = self {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(retry_after_seconds.max(1)));
        }
        response
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// Gives every API error the documented JSON shape, also those answered
/// before a handler runs (a path that is not valid UTF-8, a multipart body
/// without its boundary, a method the route does not take), whose text
/// the framework writes as plain text. The status stays as it was.
pub async fn as_json(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let text = match axum::body::to_bytes(response.into_body(), 4096).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).trim().to_string(),
        Err(_) => String::new(),
    };
    let code = match status {
        StatusCode::BAD_REQUEST => "bad_request",
        StatusCode::NOT_FOUND => "unknown_endpoint",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::REQUEST_TIMEOUT => "request_timeout",
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::UNPROCESSABLE_ENTITY => "unprocessable",
        status if status.is_server_error() => "internal",
        _ => "bad_request",
    };
    let message = if text.is_empty() || status.is_server_error() {
        status.canonical_reason().unwrap_or("The request cannot be handled.").to_string()
    } else {
        text
    };
    let mut response = (status, Json(ErrorBody::new(code, message, None))).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
