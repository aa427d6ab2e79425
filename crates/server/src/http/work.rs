//! The team's own work on a case, apart from its procedure: who handles
//! it, the notes they keep, which the customer never sees, and merging a
//! duplicate into the customer's other case. (Each time a member opens a
//! case is recorded by `staff::show`.)

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
use super::{ApiError, ApiResult, AppState, no_store};
use crate::case::LiveCase;
use crate::store::StoreError;

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

/// The case a duplicate is merged into.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeInto {
    /// The reference of another case of the same customer and provider.
    into: String,
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

/// Merge this case, a duplicate, into another case of the same customer
/// (the same email address or phone number) and provider.
///
/// Nothing is deleted: the duplicate keeps its history, answers and
/// documents and leaves the queue; its customer's look-up (and every step
/// they take with its reference) shows the other case. Answers the
/// surviving case.
#[utoipa::path(post, path = "/api/staff/cases/{reference}/merge", tag = "staff",
    params(("reference" = String, Path, description = "The duplicate's reference")),
    security(("staff_token" = []), ("staff_session" = [])),
    request_body = MergeInto,
    responses(
        (status = 200, description = "The case it was merged into", body = CaseView),
        (status = 422, description = "`merge_unknown_case`: no case of this provider has the reference; \
            `merge_same_case`: a case cannot be merged into itself; `case_merged`: one of them is already \
            merged into another; `merge_not_same_customer`: the two cases give neither the same email \
            address nor the same phone number"),
        StaffCaseErrors))]
pub async fn merge(
    State(state): State<Arc<AppState>>,
    StaffCase { staff, case }: StaffCase,
    Json(body): Json<MergeInto>,
) -> ApiResult<Response> {
    let refused = |code: &'static str, message: &str| ApiError::Unprocessable { code, message: message.to_string() };
    refuse_if_merged(&case)?;
    let reference = redress_core::references::normalise_reference(&body.into);
    let into = match reference.len() {
        1..=32 => state.store.load_case(&reference).await?,
        _ => None,
    };
    let into = into
        .filter(|other| other.record.provider == staff.provider)
        .ok_or_else(|| refused("merge_unknown_case", "No case of this provider has that reference."))?;
    if into.id == case.stored.id {
        return Err(refused("merge_same_case", "A case cannot be merged into itself."));
    }
    let now = state.clock.now();
    let into = LiveCase::load(into, now)?;
    refuse_if_merged(&into)?;
    if !redress_core::customer::same_customer(&case.answers()?, &into.answers()?) {
        return Err(refused(
            "merge_not_same_customer",
            "The two cases give neither the same email address nor the same phone number.",
        ));
    }
    // The customer is told, in the duplicate's language, unless they stopped its emails.
    let letters: Vec<_> =
        case.merge_letter(&into.stored.record.reference, now, &state.public_url).into_iter().collect();
    match state.store.merge_cases(case.stored.id, into.stored.id, &staff.name, now, &letters).await {
        Err(StoreError::Conflict) => return Err(already_merged()),
        other => other?,
    }
    Ok(no_store(axum::Json(into.show(&state.store, now, Viewer::Staff).await?).into_response()))
}

fn already_merged() -> ApiError {
    ApiError::Unprocessable {
        code: "case_merged",
        message: "The case is merged into another; take the step there.".to_string(),
    }
}

/// Refuses a step on a duplicate merged into another case.
pub fn refuse_if_merged(case: &LiveCase) -> ApiResult<()> {
    match case.stored.merged_into {
        Some(_) => Err(already_merged()),
        None => Ok(()),
    }
}
