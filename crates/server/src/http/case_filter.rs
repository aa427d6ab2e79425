//! Which of a provider's cases its staff ask for, in the list and the
//! spreadsheet: by stage, by an unmet deadline, by the day of receipt, and by
//! text in the reference or the answers; and in which order. The query
//! string is read into a [`CaseFilter`]; each case is then tested against it.

use chrono::{DateTime, NaiveDate, Utc};
use redress_core::lifecycle::Stage;

use crate::store::{QueueCursor, QueueOrder, QueueQuery};
use redress_core::validation::{Answers, FieldValue};
use serde::Deserialize;

use super::{ApiError, ApiResult};

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

impl CaseOrder {
    /// Sorts `cases` (given oldest first), each known by when it was
    /// received and its next deadline.
    pub fn sort<T>(
        self,
        cases: &mut [T],
        received_at: impl Fn(&T) -> DateTime<Utc>,
        next_due: impl Fn(&T) -> Option<NaiveDate>,
    ) {
        match self {
            CaseOrder::Received => cases.sort_by_key(&received_at),
            CaseOrder::Newest => cases.sort_by_key(|case| std::cmp::Reverse(received_at(case))),
            // `false` sorts first: cases with a deadline, then those without.
            CaseOrder::NextDue => {
                cases.sort_by_key(|case| (next_due(case).is_none(), next_due(case), received_at(case)))
            }
        }
    }
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

    /// The query as the store's queue reads it, for a provider whose day
    /// today is `today`.
    pub fn queue_query<'a>(
        &'a self,
        provider: &'a str,
        today: &'a str,
        received: &'a (Option<String>, Option<String>),
        after: Option<&'a QueueCursor>,
    ) -> QueueQuery<'a> {
        QueueQuery {
            provider,
            stage: self.stage.as_deref(),
            overdue: self.overdue.map(|overdue| (overdue, today, open_stages())),
            received_from: received.0.as_deref(),
            received_to: received.1.as_deref(),
            search: self.q.as_deref(),
            order: match self.sort {
                CaseOrder::Received => QueueOrder::Received,
                CaseOrder::Newest => QueueOrder::Newest,
                CaseOrder::NextDue => QueueOrder::NextDue,
            },
            after,
            limit: self.limit(),
        }
    }

    /// The days of receipt asked for, as the store writes them.
    pub fn received_days(&self) -> (Option<String>, Option<String>) {
        (self.received_from.map(|day| day.to_string()), self.received_to.map(|day| day.to_string()))
    }

    /// Whether a case received on `day`, with `reference` and `answers`,
    /// passes the date and text filters.
    pub fn matches(&self, day: NaiveDate, reference: &str, answers: &Answers) -> bool {
        let in_range = self.received_from.is_none_or(|from| day >= from) && self.received_to.is_none_or(|to| day <= to);
        in_range && self.q.as_deref().is_none_or(|wanted| mentions(reference, answers, wanted))
    }
}

/// `q` trimmed and in lower case; an empty one is no search.
fn search_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let text = Option::<String>::deserialize(deserializer)?;
    Ok(text.map(|text| text.trim().to_lowercase()).filter(|text| !text.is_empty()))
}

/// Whether `reference` or any answer contains `wanted` (already lower case).
fn mentions(reference: &str, answers: &Answers, wanted: &str) -> bool {
    let contains = |text: &str| text.to_lowercase().contains(wanted);
    contains(reference)
        || answers.values().any(|value| match value {
            FieldValue::Text(text) => contains(text),
            FieldValue::List(items) => items.iter().any(|item| contains(item)),
            FieldValue::Flag(_) => false,
        })
}

/// The stages at which a case is open, by name.
fn open_stages() -> &'static [&'static str] {
    static OPEN: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    OPEN.get_or_init(|| Stage::ALL.iter().filter(|stage| stage.is_open()).map(|stage| stage.as_str()).collect())
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

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_search_finds_references_and_answers_in_any_case() {
        let mut answers = Answers::new();
        answers.insert("full_name".into(), FieldValue::Text("Лейла Мамедова".into()));
        answers.insert("domain_names".into(), FieldValue::List(vec!["example.com".into(), "ÜBER.de".into()]));
        answers.insert("on_behalf".into(), FieldValue::Flag(true));
        let found = |q: &str| query(&format!("q={q}")).matches(day("2026-11-02"), "RD-7K2M0-ABCDE", &answers);
        // "лейла" lower case, the reference in lower case, "МАМЕДОВА" upper case between spaces.
        for wanted in [
            "%D0%BB%D0%B5%D0%B9%D0%BB%D0%B0",
            "rd-7k2m",
            "EXAMPLE",
            "über",
            "+%D0%9C%D0%90%D0%9C%D0%95%D0%94%D0%9E%D0%92%D0%90+",
        ] {
            assert!(found(wanted), "{wanted}");
        }
        for missed in ["true", "Ada", "RD-0000"] {
            assert!(!found(missed), "{missed}");
        }
        assert!(found(""), "an empty search finds everything");
    }

    #[test]
    fn the_work_queue_puts_the_nearest_deadline_first() {
        let at = |text: &str| -> DateTime<Utc> { text.parse().unwrap() };
        let cases = [
            ("a", at("2026-11-02T09:00:00Z"), None),
            ("b", at("2026-11-03T09:00:00Z"), Some(day("2026-11-20"))),
            ("c", at("2026-11-04T09:00:00Z"), Some(day("2026-11-10"))),
            ("d", at("2026-11-05T09:00:00Z"), Some(day("2026-11-10"))),
            ("e", at("2026-11-06T09:00:00Z"), None),
        ];
        let sorted = |order: CaseOrder| {
            let mut cases = cases;
            order.sort(&mut cases, |case| case.1, |case| case.2);
            cases.iter().map(|case| case.0).collect::<String>()
        };
        assert_eq!(sorted(CaseOrder::Received), "abcde");
        assert_eq!(sorted(CaseOrder::Newest), "edcba");
        assert_eq!(sorted(CaseOrder::NextDue), "cdbae");
        assert_eq!(query("sort=next_due").sort, CaseOrder::NextDue);
        assert_eq!(query("").sort, CaseOrder::Received);
    }

    #[test]
    fn the_dates_are_inclusive() {
        let answers = Answers::new();
        let q = query("received_from=2026-11-02&received_to=2026-11-30");
        assert!(q.matches(day("2026-11-02"), "RD-1", &answers));
        assert!(q.matches(day("2026-11-30"), "RD-1", &answers));
        assert!(!q.matches(day("2026-11-01"), "RD-1", &answers));
        assert!(!q.matches(day("2026-12-01"), "RD-1", &answers));
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
