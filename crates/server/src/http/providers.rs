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

    /// Whether each word of `q` begins a word of the provider's name, as
    /// when a customer types the start of it: such providers come first.
    fn begins_words_of(&self, policy: &Policy) -> bool {
        let name = policy.name.to_lowercase();
        let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
        self.q.to_lowercase().split_whitespace().all(|typed| words.iter().any(|word| word.starts_with(typed)))
    }
}

/// The providers, or those a search finds, in the order of their policies'
/// sources; with a search, those whose name has words that begin as typed first.
#[utoipa::path(get, path = "/api/providers", tag = "providers", params(Search),
    responses((status = 200, description = "The providers found", body = [ProviderSummary])))]
pub async fn list(Query(search): Query<Search>) -> Json<Vec<ProviderSummary>> {
    Json(
        found(&search)
            .into_iter()
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

fn found(search: &Search) -> Vec<&'static Policy> {
    let mut found: Vec<&'static Policy> =
        crate::policies::all().iter().copied().filter(|policy| search.finds(policy)).collect();
    // Stable: the order of the sources among equals.
    found.sort_by_key(|policy| !search.begins_words_of(policy));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(q: &str) -> Vec<&'static str> {
        found(&Search { q: q.to_string() }).iter().map(|policy| &*policy.id).collect()
    }

    #[test]
    fn a_search_finds_words_anywhere_and_puts_names_that_begin_as_typed_first() {
        assert_eq!(ids(""), ["kite-mobi", "modmount", "kijoma", "key-systems", "kontakt-az"]);
        // "Kontakt Home" has words beginning with "ho"; the others only hold "o" and "m".
        assert_eq!(ids("HO"), ["kontakt-az"]);
        // Kite Mobi and Modmount have a word beginning with "m"; the others hold one inside.
        assert_eq!(ids("m"), ["kite-mobi", "modmount", "kijoma", "key-systems", "kontakt-az"]);
        assert_eq!(ids("broadband kij"), ["kijoma"]);
        assert_eq!(ids("nowhere"), Vec::<&str>::new());
    }
}
