//! A query-string extractor whose rejections are [`ApiError`]s: an unknown
//! parameter or a malformed value gets the API's error shape, naming it,
//! instead of axum's plain-text answer.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use super::error::ApiError;

pub struct Query<T>(pub T);

impl<S, T> FromRequestParts<S> for Query<T>
where
    axum::extract::Query<T>: FromRequestParts<S, Rejection = axum::extract::rejection::QueryRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let axum::extract::Query(value) = axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map_err(|rejection| ApiError::BadRequest { code: "invalid_query", message: rejection.body_text() })?;
        Ok(Query(value))
    }
}
