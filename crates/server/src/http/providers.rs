//! `GET /api/providers` and `GET /api/providers/{id}`: the public policies.

use axum::Json;
use axum::extract::Path;
use redress_core::policy::{Jurisdiction, KindId, Lang, Policy};
use serde::{Deserialize, Serialize};

use super::error::ErrorBody;
use super::query::Query;
use super::{ApiError, ApiResult};

/// A provider, in short: what the start page shows of it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProviderSummary {
    id: &'static str,
    name: &'static str,
    jurisdiction: Jurisdiction,
    /// In the provider's order of preference; the first is its default.
    languages: &'static [Lang],
    kinds: Vec<KindSummary>,
    /// How many ways of reaching the provider its policy gives.
    channels: usize,
}

#[derive(Serialize, utoipa::ToSchema)]
struct KindSummary {
    id: KindId,
    /// Whether a customer can open this kind directly (not only by escalation).
    direct: bool,
}

/// What `GET /api/providers` finds.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct Search {
    /// Words of the provider's name or id, in any case; every provider without it.
    #[serde(default)]
    q: String,
}

impl Search {
    /// Whether `policy` is one the search asks for: each word of `q` is in
    /// its name or id, whatever the case.
    fn finds(&self, policy: &Policy) -> bool {
        let haystack = format!("{} {}", policy.name, policy.id).to_lowercase();
        self.q.to_lowercase().split_whitespace().all(|word| haystack.contains(word))
    }
}

/// The providers, or those a search finds, in the order of their policies' sources.
#[utoipa::path(get, path = "/api/providers", tag = "providers", params(Search),
    responses((status = 200, description = "The providers found", body = [ProviderSummary])))]
pub async fn list(Query(search): Query<Search>) -> Json<Vec<ProviderSummary>> {
    Json(
        crate::policies::all()
            .iter()
            .filter(|policy| search.finds(policy))
            .map(|p| ProviderSummary {
                id: &p.id,
                name: &p.name,
                jurisdiction: p.jurisdiction,
                languages: &p.languages,
                kinds: p.kinds.iter().map(|k| KindSummary { id: k.id, direct: k.direct }).collect(),
                channels: p.channels.iter().filter(|channel| channel.usable()).count(),
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
