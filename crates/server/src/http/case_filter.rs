//! Which of a provider's cases its staff ask for, in the list and the
//! spreadsheet: by stage, by an unmet deadline, by the day of receipt, and by
//! text in the reference or the answers; in which order; and which page. The
//! query string is read into a [`CaseFilter`], checked, and handed to the
//! store as a `QueueQuery`, which the queue's columns answer.

use chrono::NaiveDate;
use redress_core::lifecycle::Stage;
use serde::Deserialize;

use super::{ApiError, ApiResult};
use crate::store::{QueueCursor, QueueOrder, QueueQuery};

/// `?stage=…&overdue=…&received_from=…&received_to=…&q=…&sort=…&limit=…&after=…`
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct CaseFilter {
    /// Only cases at this stage.
    #[serde(default)]
    #[param(value_type = Option<Stage>)]
    pub stage: Option<String>,
    /// Only cases with a deadline of the provider that has passed unmet.
    #[serde(default)]
    pub overdue: Option<bool>,
    /// Only cases received on or after this day (the provider's local day of
    /// receipt, as its deadlines count it).
    #[serde(default)]
    received_from: Option<NaiveDate>,
    /// Only cases received on or before this day.
    #[serde(default)]
    received_to: Option<NaiveDate>,
    /// Only cases whose reference or any answer contains this text, in any
    /// case: a customer's name, email address, account or phone number.
    /// Read trimmed and in lower case, once for all the cases it is tested on.
    #[serde(default, deserialize_with = "search_text")]
    #[param(max_length = 200)] // SEARCH_LIMIT (a literal here; a test compares them)
    q: Option<String>,
    /// Only the cases of the signed-in member (`me`), or of nobody (`nobody`).
    #[serde(default)]
    #[param(inline)]
    assigned: Option<Assigned>,
    /// The order of the cases.
    #[serde(default)]
    #[param(inline)]
    pub sort: CaseOrder,
    /// How many cases a page of the list holds: 1 to 500, 50 if not given.
    #[serde(default)]
    #[param(minimum = 1, maximum = 500)] // PAGE_LIMIT (a literal here)
    limit: Option<u32>,
    /// Where the page starts: the `next` of the page before. Not for the spreadsheet, which has every case.
    #[serde(default)]
    after: Option<String>,
}

/// Whose cases the list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Assigned {
    /// The signed-in member's (not for a staff token, which is nobody's).
    Me,
    /// Nobody's yet.
    Nobody,
}

/// A page of the list: its length unless the query gives one, and the most.
const PAGE_DEFAULT: u32 = 50;
const PAGE_LIMIT: u32 = 500;

/// How the staff's list is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CaseOrder {
    /// Oldest first: the order the cases came in.
    #[default]
    Received,
    /// Newest first.
    Newest,
    /// The work queue: the nearest pending deadline first, cases without one
    /// last, oldest first among equals.
    NextDue,
}

/// The longest search text: longer than any answer worth finding by.
const SEARCH_LIMIT: usize = 200;

impl CaseFilter {
    /// The query's own mistakes, before any case is read.
    pub fn check(&self) -> ApiResult<()> {
        if let Some(stage) = &self.stage
            && !redress_core::lifecycle::Stage::ALL.iter().any(|s| s.as_str() == stage)
        {
            return Err(ApiError::Unprocessable {
                code: "invalid_stage",
                message: format!("`{stage}` is not a stage; see /api/openapi.json for the stages."),
            });
        }
        if let (Some(from), Some(to)) = (self.received_from, self.received_to)
            && from > to
        {
            return Err(ApiError::Unprocessable {
                code: "invalid_range",
                message: format!("received_from ({from}) is after received_to ({to})."),
            });
        }
        if self.q.as_ref().is_some_and(|q| q.chars().count() > SEARCH_LIMIT) {
            return Err(ApiError::Unprocessable {
                code: "too_long",
                message: format!("q is longer than {SEARCH_LIMIT} characters."),
            });
        }
        if self.limit.is_some_and(|limit| !(1..=PAGE_LIMIT).contains(&limit)) {
            return Err(ApiError::Unprocessable {
                code: "invalid_limit",
                message: format!("limit must be from 1 to {PAGE_LIMIT}."),
            });
        }
        self.cursor()?;
        Ok(())
    }

    /// The cases a page holds.
    pub fn limit(&self) -> i64 {
        i64::from(self.limit.unwrap_or(PAGE_DEFAULT))
    }

    /// Where the page starts, if the query says.
    pub fn cursor(&self) -> ApiResult<Option<QueueCursor>> {
        match &self.after {
            None => Ok(None),
            Some(text) => QueueCursor::parse(text).map(Some).ok_or_else(|| ApiError::Unprocessable {
                code: "invalid_cursor",
                message: "after is not the `next` of a page of this list.".to_string(),
            }),
        }
    }

    /// The text searched for, in lower case, if any.
    pub fn search(&self) -> Option<&str> {
        self.q.as_deref()
    }

    /// The query as the store's queue reads it, for a provider whose day
    /// today is `today`, asked by the member with `account` (`None`: a token).
    pub fn queue_query<'a>(
        &'a self,
        provider: &'a str,
        account: Option<i64>,
        today: NaiveDate,
        after: Option<&'a QueueCursor>,
    ) -> ApiResult<QueueQuery<'a>> {
        let assignee = match self.assigned {
            None => None,
            Some(Assigned::Nobody) => Some(None),
            Some(Assigned::Me) => Some(Some(account.ok_or_else(|| ApiError::Unprocessable {
                code: "assigned_needs_member",
                message: "assigned=me needs a signed-in member of the staff; a token has no cases of its own.".into(),
            })?)),
        };
        Ok(QueueQuery {
            provider,
            assignee,
            stage: self.stage.as_deref(),
            overdue: self.overdue.map(|overdue| (overdue, today)),
            received_from: self.received_from,
            received_to: self.received_to,
            search: self.q.as_deref(),
            order: match self.sort {
                CaseOrder::Received => QueueOrder::Received,
                CaseOrder::Newest => QueueOrder::Newest,
                CaseOrder::NextDue => QueueOrder::NextDue,
            },
            after,
            limit: self.limit(),
            count: true,
        })
    }
}

/// `q` trimmed and in lower case; an empty one is no search.
fn search_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let text = Option::<String>::deserialize(deserializer)?;
    Ok(text.map(|text| text.trim().to_lowercase()).filter(|text| !text.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_document_gives_the_search_limit() {
        use utoipa::IntoParams;
        let params = serde_json::to_value(CaseFilter::into_params(|| None)).unwrap();
        let q = params.as_array().unwrap().iter().find(|param| param["name"] == "q").unwrap();
        assert_eq!(q["schema"]["maxLength"], SEARCH_LIMIT, "{q}");
    }

    /// What axum's `Query` makes of the query string `text`.
    fn query(text: &str) -> CaseFilter {
        let uri: axum::http::Uri = format!("/api/staff/cases?{text}").parse().unwrap();
        axum::extract::Query::<CaseFilter>::try_from_uri(&uri).unwrap().0
    }

    #[test]
    fn a_query_that_cannot_match_is_refused_with_its_reason() {
        let code = |text: &str| match query(text).check() {
            Err(ApiError::Unprocessable { code, .. }) => code,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(code("stage=open"), "invalid_stage");
        assert_eq!(code("received_from=2026-12-01&received_to=2026-11-01"), "invalid_range");
        assert_eq!(code(&format!("q={}", "x".repeat(SEARCH_LIMIT + 1))), "too_long");
        assert!(query(&format!("q={}", "x".repeat(SEARCH_LIMIT))).check().is_ok());
    }
}
