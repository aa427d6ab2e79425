//! The team's own work on a case, apart from its procedure: who handles
//! it, and the notes they keep, which the customer never sees. (Each time a
//! member opens a case is recorded by `staff::show`.)

use std::sync::Arc;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use redress_core::validation::{self, ErrorCode};
use serde::{Deserialize, Serialize};

use super::auth::{Staff, StaffCase};
use super::cases::field_error;
use super::json::Json;
use super::openapi::{StaffCaseErrors, StaffListErrors};
use super::views::{CaseView, Viewer};
use super::{ApiResult, AppState, no_store};

/// Who is to handle the case.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    /// A colleague's `account` (`GET /api/staff/members`), or `null` for nobody.
    account: Option<i64>,
}

/// A note for colleagues.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewNote {
    /// Up to 5,000 characters; never shown to the customer.
    text: String,
}

/// A member of the provider's staff, to give a case to.
#[derive(Serialize, utoipa::ToSchema)]
struct Member {
    account: i64,
    name: String,
}

/// The provider's staff who sign in to the console, by name.
#[utoipa::path(get, path = "/api/staff/members", tag = "staff",
    security(("staff_token" = []), ("staff_session" = [])),
    responses((status = 200, description = "The members", body = Vec<Member>), StaffListErrors))]
pub async fn members(State(state): State<Arc<AppState>>, Staff(staff): Staff) -> ApiResult<Response> {
    let colleagues = state.store.colleagues(&staff.provider).await?;
    let members: Vec<Member> =
        colleagues.into_iter().map(|colleague| Member { account: colleague.account, name: colleague.name }).collect();
    Ok(no_store(axum::Json(members).into_response()))
}

/// Give the case to a colleague, or to nobody.
#[utoipa::path(put, path = "/api/staff/cases/{reference}/assignee", tag = "staff",
    params(("reference" = String, Path, description = "The case's reference")),
    security(("staff_token" = []), ("staff_session" = [])),
    request_body = Assignment,
    responses(
        (status = 200, description = "The case", body = CaseView),
        (status = 422, description = "invalid_fields: `account` is not a member of this provider's staff"),
        StaffCaseErrors))]
pub async fn assign(
    State(state): State<Arc<AppState>>,
    StaffCase { staff, case }: StaffCase,
    Json(body): Json<Assignment>,
) -> ApiResult<Response> {
    if !state.store.assign_case(case.stored.id, &staff.provider, body.account).await? {
        return Err(field_error("account", ErrorCode::InvalidChoice));
    }
    Ok(no_store(axum::Json(case.show(&state.store, state.clock.now(), Viewer::Staff).await?).into_response()))
}

/// Add a note for colleagues: kept with the case, never shown to the customer.
#[utoipa::path(post, path = "/api/staff/cases/{reference}/notes", tag = "staff",
    params(("reference" = String, Path, description = "The case's reference")),
    security(("staff_token" = []), ("staff_session" = [])),
    request_body = NewNote,
    responses(
        (status = 200, description = "The case", body = CaseView),
        (status = 422, description = "invalid_fields: `text` is empty or too long"),
        StaffCaseErrors))]
pub async fn add_note(
    State(state): State<Arc<AppState>>,
    StaffCase { staff, case }: StaffCase,
    Json(body): Json<NewNote>,
) -> ApiResult<Response> {
    let text = validation::check_message(&body.text).map_err(|code| field_error("text", code))?;
    let text = text.ok_or_else(|| field_error("text", ErrorCode::Required))?;
    let now = state.clock.now();
    state.store.add_case_note(case.stored.id, &staff.name, text, now).await?;
    Ok(no_store(axum::Json(case.show(&state.store, now, Viewer::Staff).await?).into_response()))
}
