//! A provider's report of a period for its staff: as JSON for the console's
//! report page, and as two spreadsheets (its figures, and the regulator's
//! complaints return).

use std::sync::Arc;

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use redress_core::dates::parse_date;
use redress_core::policy::Policy;
use redress_core::report::{Period, PeriodError, Report};
use serde::Deserialize;

use super::auth::{Staff, staff_policy};
use super::openapi::ReportErrors;
use super::query::Query;
use super::staff::disposition;
use super::{ApiError, ApiResult, AppState, no_store};
use crate::report_sheets;
use crate::reports::{self, ReportError};
use crate::store::StaffMember;

/// `?from=YYYY-MM-DD&to=YYYY-MM-DD`: the days of the provider's calendar a
/// report covers, both included, at most 366.
#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ReportPeriod {
    /// The first day.
    #[param(value_type = String, format = Date)]
    from: String,
    /// The last day.
    #[param(value_type = String, format = Date)]
    to: String,
}

impl ReportPeriod {
    fn period(&self) -> ApiResult<Period> {
        let day = |name: &str, text: &str| {
            parse_date(text).ok_or_else(|| ApiError::Unprocessable {
                code: "invalid_date",
                message: format!("{name} is not a date as YYYY-MM-DD."),
            })
        };
        Period::new(day("from", &self.from)?, day("to", &self.to)?).map_err(|error| match error {
            PeriodError::Reversed => ApiError::Unprocessable {
                code: "invalid_range",
                message: format!("from ({}) is after to ({}).", self.from, self.to),
            },
            PeriodError::TooLong => ApiError::Unprocessable {
                code: "period_too_long",
                message: format!("A report covers at most {} days.", Period::LONGEST_DAYS),
            },
        })
    }
}

/// The report of `staff`'s provider for `period`.
async fn drawn(state: &AppState, staff: &StaffMember, period: &ReportPeriod) -> ApiResult<(&'static Policy, Report)> {
    let period = period.period()?;
    let policy = staff_policy(staff)?;
    let provider = &policy.id;
    let today = policy.time_zone.local_date(state.clock.now());
    match reports::draw(&state.store, policy, period, today).await {
        Ok(report) => Ok((policy, report)),
        Err(ReportError::Store(error)) => Err(error.into()),
        Err(ReportError::Calendar(error)) => {
            Err(ApiError::Internal(format!("{provider}'s report falls outside its calendar: {error:?}")))
        }
    }
}

/// How well the provider kept its promises over a period: per kind of case,
/// what came in and was closed, each deadline of its policy met on time,
/// late or not yet, the business days to the first answer and to the
/// close, the regulator's bands and outcomes, and the steps the regulator
/// counts; with the series of its charts. Days are the provider's.
#[utoipa::path(get, path = "/api/staff/report", tag = "staff", params(ReportPeriod),
    security(("staff_token" = []), ("staff_session" = [])),
    responses((status = 200, description = "The report", body = Report), ReportErrors))]
pub async fn show(
    State(state): State<Arc<AppState>>,
    Staff(staff): Staff,
    Query(period): Query<ReportPeriod>,
) -> ApiResult<Response> {
    let (_, report) = drawn(&state, &staff, &period).await?;
    Ok(no_store(axum::Json(report).into_response()))
}

/// The report's figures as a spreadsheet: `from, to, kind, figure,
/// deadline, value`, one figure a row.
#[utoipa::path(get, path = "/api/staff/report.csv", tag = "staff", params(ReportPeriod),
    security(("staff_token" = []), ("staff_session" = [])),
    responses((status = 200, description = "The figures", content_type = "text/csv", body = String), ReportErrors))]
pub async fn figures(
    State(state): State<Arc<AppState>>,
    Staff(staff): Staff,
    Query(period): Query<ReportPeriod>,
) -> ApiResult<Response> {
    let (policy, report) = drawn(&state, &staff, &period).await?;
    Ok(sheet(report_sheets::figures(&report), &name(policy, "report", &report)))
}

/// The complaints return in the regulator's terms (the FCA's DISP 1.10):
/// per kind of case, complaints opened and closed in the period, those
/// closed within 3 business days, within 8 weeks and after, and upheld,
/// partly upheld or not upheld as the staff recorded with the closing step.
#[utoipa::path(get, path = "/api/staff/report/return.csv", tag = "staff", params(ReportPeriod),
    security(("staff_token" = []), ("staff_session" = [])),
    responses((status = 200, description = "The return", content_type = "text/csv", body = String), ReportErrors))]
pub async fn regulator_return(
    State(state): State<Arc<AppState>>,
    Staff(staff): Staff,
    Query(period): Query<ReportPeriod>,
) -> ApiResult<Response> {
    let (policy, report) = drawn(&state, &staff, &period).await?;
    Ok(sheet(report_sheets::regulator_return(&report), &name(policy, "complaints-return", &report)))
}

/// A sheet's file name: the provider, what it is, and its period.
fn name(policy: &Policy, what: &str, report: &Report) -> String {
    format!("{}-{what}-{}-{}.csv", policy.id, report.from, report.to)
}

fn sheet(bytes: Vec<u8>, file_name: &str) -> Response {
    let headers = [
        (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
        (header::CONTENT_DISPOSITION, disposition(false, file_name)),
    ];
    no_store((headers, bytes).into_response())
}
