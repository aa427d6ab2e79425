//! `GET /api/providers` and `GET /api/providers/{id}`: the public policies.

use axum::Json;
use axum::extract::Path;
use redress_core::policy::{KindId, Lang, Policy};
use serde::Serialize;

use super::error::ErrorBody;
use super::{ApiError, ApiResult};

/// A provider, in short.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProviderSummary {
    id: &'static str,
    name: &'static str,
    /// In the provider's order of preference; the first is its default.
    languages: &'static [Lang],
    kinds: Vec<KindSummary>,
}

#[derive(Serialize, utoipa::ToSchema)]
struct KindSummary {
    id: KindId,
    /// Whether a customer can open this kind directly (not only by escalation).
    direct: bool,
}

/// The providers.
#[utoipa::path(get, path = "/api/providers", tag = "providers",
    responses((status = 200, description = "Every provider", body = [ProviderSummary])))]
pub async fn list() -> Json<Vec<ProviderSummary>> {
    Json(
        crate::policies::all()
            .iter()
            .map(|p| ProviderSummary {
                id: &p.id,
                name: &p.name,
                languages: &p.languages,
                kinds: p.kinds.iter().map(|k| KindSummary { id: k.id, direct: k.direct }).collect(),
            })
            .collect(),
    )
}

/// A provider's public policy.
///
/// Its kinds of case with their forms and milestones, its channels, its
/// escalation routes and its ombudsman scheme: what the portal's pages are
/// drawn from.
#[utoipa::path(get, path = "/api/providers/{id}", tag = "providers",
    params(("id" = String, Path, description = "The provider's id")),
    responses(
        (status = 200, description = "The policy", body = Object),
        (status = 404, description = "unknown_provider", body = ErrorBody),
    ))]
pub async fn show(Path(id): Path<String>) -> ApiResult<Json<&'static Policy>> {
    crate::policies::find(&id).map(Json).ok_or(ApiError::UnknownProvider)
}
