//! `GET /api/providers` and `GET /api/providers/{id}`: the public policies.

use axum::Json;
use axum::extract::Path;
use redress_core::policy::{self, KindId, Lang, Policy};
use serde::Serialize;

use super::{ApiError, ApiResult};

#[derive(Serialize)]
pub struct ProviderSummary {
    id: &'static str,
    name: &'static str,
    languages: &'static [Lang],
    kinds: Vec<KindSummary>,
}

#[derive(Serialize)]
struct KindSummary {
    id: KindId,
    /// Whether a customer can open this kind directly (not only by escalation).
    direct: bool,
}

pub async fn list() -> Json<Vec<ProviderSummary>> {
    Json(
        policy::all()
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

pub async fn show(Path(id): Path<String>) -> ApiResult<Json<&'static Policy>> {
    policy::find(&id).map(Json).ok_or(ApiError::UnknownProvider)
}
