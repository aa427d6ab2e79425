//! `GET /api/openapi.json`. The document is written by hand in
//! `crates/server/openapi.json`; a test checks it names every route.

use axum::http::header;
use axum::response::IntoResponse;

pub const DOCUMENT: &str = include_str!("../../openapi.json");

pub async fn document() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], DOCUMENT)
}
