//! The customer's endpoints: submit a case, look it up, act on it.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use redress_core::lifecycle::Event;
use redress_core::policy::{self, Actor, EventKind, KindId, Lang, MilestoneName};
use redress_core::timeline::{DueMilestone, timeline};
use redress_core::validation::{self, Answers, ErrorCode, FieldErrors};
use serde::{Deserialize, Serialize};

use super::auth::CustomerCase;
use super::error::ErrorBody;
use super::json::Json;
use super::openapi::{IntakeErrors, StepErrors};
use super::views::{CaseView, Viewer};
use super::{ApiError, ApiResult, AppState, no_store};
use crate::case::{Filing, Step, kept_at_receipt};
use crate::secrets;
use crate::store::{CaseRecord, NewCase, NewIdempotency, StoreError};

/// Longest Idempotency-Key accepted.
const IDEMPOTENCY_KEY_LIMIT: usize = 128;

/// A complaint (or another kind of case) as the customer filed it.
#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// A kind the provider lets customers open directly.
    #[schema(value_type = KindId)]
    kind: String,
    /// The customer's language: the case speaks it from now on.
    #[schema(value_type = Lang)]
    lang: String,
    /// Answers keyed by field id of the kind's form (`GET /api/providers/{id}`):
    /// text, true/false, or a list of domain names.
    #[schema(value_type = Object)]
    fields: Answers,
    /// Upload ids from `POST /api/uploads`.
    #[serde(default)]
    documents: Vec<String>,
    /// Whether letters about the case go to the email address given
    /// (`fields.email`); `false`: the customer follows it on its page only.
    #[serde(default = "by_email")]
    letters_by_email: bool,
    /// The honeypot: a field people never see and bots fill in. Leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    website: Option<String>,
}

/// What the customer keeps: the case's reference, its access code (shown this
/// once) and the milestones counted from receipt.
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
struct Receipt {
    reference: String,
    /// The case's password: `Authorization: Bearer <access_code>`.
    access_code: String,
    received_at: DateTime<Utc>,
    milestones: Vec<DueMilestoneOut>,
    /// Whether a copy of this receipt, with the access code, is being
    /// emailed to the customer.
    emailed: bool,
}

fn by_email() -> bool {
    true
}

#[derive(Serialize, Deserialize, utoipa::ToSchema)]
struct DueMilestoneOut {
    #[schema(value_type = MilestoneName)]
    name: String,
    due: chrono::NaiveDate,
    /// For a clock counted from the first contact the customer gave: that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    counted_from: Option<chrono::NaiveDate>,
}

impl From<&DueMilestone> for DueMilestoneOut {
    fn from(m: &DueMilestone) -> Self {
        DueMilestoneOut { name: m.name.as_str().to_string(), due: m.due, counted_from: m.counted_from }
    }
}

fn idempotency_key(headers: &HeaderMap) -> ApiResult<String> {
    let missing = || ApiError::BadRequest {
        code: "idempotency_key_required",
        message: format!(
            "Send an `Idempotency-Key` header (1 to {IDEMPOTENCY_KEY_LIMIT} visible ASCII characters) so a retry cannot file the complaint twice."
        ),
    };
    let key = headers.get("idempotency-key").ok_or_else(missing)?.to_str().map_err(|_| missing())?;
    let valid = !key.is_empty() && key.len() <= IDEMPOTENCY_KEY_LIMIT && key.bytes().all(|b| b.is_ascii_graphic());
    if valid { Ok(key.to_string()) } else { Err(missing()) }
}

pub fn field_error(field: &str, code: ErrorCode) -> ApiError {
    let mut errors = FieldErrors::default();
    errors.0.insert(field.to_string(), vec![code]);
    ApiError::Invalid(errors)
}

fn created(body: Vec<u8>) -> Response {
    no_store((StatusCode::CREATED, [(header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// File a case.
///
/// Stored durably before the `201`. A retry with the same `Idempotency-Key`
/// and body gets the same `201`; with another body, `422`.
#[utoipa::path(post, path = "/api/providers/{id}/cases", tag = "cases",
    params(
        ("id" = String, Path, description = "The provider's id"),
        ("Idempotency-Key" = String, Header, description = "1 to 128 visible ASCII characters, the same for every retry"),
    ),
    request_body = Submission,
    responses(
        (status = 201, description = "Stored durably", body = Receipt),
        (status = 400, description = "Malformed JSON, or no Idempotency-Key", body = ErrorBody),
        (status = 409, description = "request_in_progress: the first request with this key is still running", body = ErrorBody),
        (status = 422, description = "invalid_fields, or the key was used with another body", body = ErrorBody),
        (status = 503, description = "unavailable: the database is; nothing was saved", body = ErrorBody),
        IntakeErrors))]
pub async fn submit(
    State(state): State<Arc<AppState>>,
    Path(provider): Path<String>,
    headers: HeaderMap,
    Json(submission): Json<Submission>,
) -> ApiResult<Response> {
    let policy = crate::policies::find(&provider).ok_or(ApiError::UnknownProvider)?;
    let key = idempotency_key(&headers)?;
    if submission.website.as_deref().is_some_and(|v| !v.is_empty()) {
        return Err(ApiError::Unprocessable { code: "rejected", message: "This submission was rejected.".into() });
    }
    let kind = KindId::parse(&submission.kind)
        .filter(|kind| policy.kind(*kind).is_some_and(|k| k.direct))
        .ok_or_else(|| field_error("kind", ErrorCode::InvalidChoice))?;
    Lang::parse(&submission.lang).ok_or_else(|| field_error("lang", ErrorCode::InvalidChoice))?;

    let key_hash = secrets::idempotency_key_hash(&key);
    let body_hash = secrets::sha256_hex(&serde_json::to_vec(&submission).expect("a submission serializes"));
    let Some(_in_flight) = state.start(format!("{provider}\0{key_hash}")) else {
        return Err(ApiError::Conflict {
            code: "request_in_progress",
            message: "A submission with this Idempotency-Key is still being processed; retry in a moment.".into(),
        });
    };
    if let Some(replay) = replay(&state, &provider, &key, &key_hash, &body_hash).await? {
        return Ok(replay);
    }

    let now = state.clock.now();
    let case_kind = policy.kind(kind).expect("checked above");
    let today = policy.time_zone.local_date(now);
    let mut errors = validation::validate(case_kind, &submission.fields, submission.documents.len(), today);
    let uploads = referenced_uploads(case_kind, &submission.fields, &submission.documents);
    check_uploads(&state, &provider, case_kind, &uploads, &mut errors).await?;
    if !errors.is_empty() {
        return Err(ApiError::Invalid(errors));
    }

    let first_contact = validation::first_contact(&submission.fields);
    let timeline = timeline(policy, kind, now, first_contact).map_err(|e| ApiError::Unprocessable {
        code: "calendar_not_covered",
        message: format!("Deadlines cannot be counted: {e}."),
    })?;
    let access_code = secrets::new_access_code();
    let turned_away = policy.adr_milestone_not_for(&submission.fields);
    let receipt = Receipt {
        reference: secrets::new_reference(),
        access_code: access_code.clone(),
        received_at: now,
        milestones: timeline
            .milestones
            .iter()
            .filter(|m| Some(m.name) != turned_away)
            .map(DueMilestoneOut::from)
            .collect(),
        emailed: submission.letters_by_email && crate::letters::customer_address(&submission.fields).is_some(),
    };
    let body = serde_json::to_vec(&receipt).expect("a receipt serializes");
    let sealed = secrets::seal(&key, &body);
    let answers = serde_json::to_string(&submission.fields).expect("answers serialize");
    let lang = Lang::parse(&submission.lang).expect("checked above");
    let filing = Filing {
        policy,
        kind,
        reference: &receipt.reference,
        access_code: &access_code,
        lang,
        answers: &submission.fields,
        received_at: now,
        by_email: submission.letters_by_email,
    };
    let (clock_due_at, letters) = filing.clock_and_letters(&state.public_url);
    let (queue, report) = kept_at_receipt(policy, kind, now, &receipt.reference, &submission.fields);
    let stored = state
        .store
        .insert_case(NewCase {
            record: CaseRecord {
                reference: receipt.reference.clone(),
                provider: provider.clone(),
                kind: kind.as_str().to_string(),
                lang: submission.lang.clone(),
                access_hash: secrets::hash_code(&access_code),
                received_at: now,
                answers,
            },
            clock_due_at,
            queue,
            report,
            idempotency: Some(NewIdempotency {
                key_hash: key_hash.clone(),
                body_hash: body_hash.clone(),
                sealed_response: sealed,
            }),
            uploads,
            letters,
            letters_stopped: !submission.letters_by_email,
        })
        .await;
    match stored {
        Ok(_) => {
            tracing::info!(provider = %provider, kind = kind.as_str(), "case received");
            Ok(created(body))
        }
        // Another server process stored the same key first: answer as it did.
        Err(StoreError::Conflict) => match replay(&state, &provider, &key, &key_hash, &body_hash).await? {
            Some(replay) => Ok(replay),
            None => Err(StoreError::Conflict.into()),
        },
        Err(error) => Err(error.into()),
    }
}

/// The stored 201 for this key, or 422 if the key came with another body.
async fn replay(
    state: &AppState,
    provider: &str,
    key: &str,
    key_hash: &str,
    body_hash: &str,
) -> ApiResult<Option<Response>> {
    let Some((stored_hash, sealed)) = state.store.find_idempotency(provider, key_hash).await? else {
        return Ok(None);
    };
    if stored_hash != body_hash {
        return Err(ApiError::Unprocessable {
            code: "idempotency_key_reused",
            message: "This Idempotency-Key was already used for a different submission.".into(),
        });
    }
    let body =
        secrets::open(key, &sealed).ok_or_else(|| ApiError::Internal("a sealed receipt does not open".into()))?;
    Ok(Some(created(body)))
}

/// Upload ids a form refers to: its documents and its file fields.
fn referenced_uploads(kind: &policy::CaseKind, fields: &Answers, documents: &[String]) -> Vec<String> {
    let file_fields =
        kind.fields.iter().filter(|f| f.input == policy::Input::File).filter_map(|f| match fields.get(f.id.as_str()) {
            Some(validation::FieldValue::Text(id)) if !id.is_empty() => Some(id.clone()),
            _ => None,
        });
    let mut ids: Vec<String> = documents.iter().cloned().chain(file_fields).collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Every referenced upload must exist for this provider and be unclaimed:
/// one query for all of them, and one error however many are not. More ids
/// than a case of `kind` can hold are refused before any look-up.
async fn check_uploads(
    state: &AppState,
    provider: &str,
    kind: &policy::CaseKind,
    uploads: &[String],
    errors: &mut FieldErrors,
) -> ApiResult<()> {
    let file_fields = kind.fields.iter().filter(|f| f.input == policy::Input::File).count();
    let most = usize::from(kind.documents.max_files) + file_fields;
    let problems = errors.0.entry(validation::DOCUMENTS.to_string()).or_default();
    if uploads.len() > most {
        if !problems.contains(&ErrorCode::TooManyDocuments) {
            problems.push(ErrorCode::TooManyDocuments);
        }
    } else if state.store.count_unclaimed_uploads(provider, uploads).await? < uploads.len() {
        problems.push(ErrorCode::UnknownDocument);
    }
    if problems.is_empty() {
        errors.0.remove(validation::DOCUMENTS);
    }
    Ok(())
}

/// A case as its customer sees it.
#[utoipa::path(get, path = "/api/cases/{reference}", tag = "cases",
    params(("reference" = String, Path, description = "The case's reference, as typed (any case, spaces and dashes)")),
    security(("access_code" = [])),
    responses(
        (status = 200, description = "The case", body = CaseView),
        (status = 404, description = "not_found: an unknown reference or a wrong access code (the same answer)", body = ErrorBody),
        (status = 429, description = "Too many look-ups from this address", body = ErrorBody),
    ))]
pub async fn status(State(state): State<Arc<AppState>>, CustomerCase(case): CustomerCase) -> ApiResult<Response> {
    let view = case.show(&state.store, state.clock.now(), Viewer::Customer).await?;
    Ok(no_store(axum::Json(view).into_response()))
}

/// A move of the customer's: one of the case's `actions`.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomerAction {
    /// `manager_review_requested`, `adr_referral_requested`, `escalated`,
    /// `information_supplied` (with a message) or `withdrawn`.
    action: EventKind,
    /// What the customer writes with it (at most 5,000 characters).
    #[serde(default)]
    message: Option<String>,
    /// The form of the kind an escalation starts (Key-Systems' escalated complaint).
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    fields: Option<Answers>,
    /// Supporting documents uploaded for an escalation (Modmount's complaint
    /// must be supported by documents), or with the information supplied.
    #[serde(default)]
    documents: Vec<String>,
}

/// Take a step the policy lets the customer take now.
#[utoipa::path(post, path = "/api/cases/{reference}/actions", tag = "cases",
    params(("reference" = String, Path, description = "The case's reference")),
    security(("access_code" = [])),
    request_body = CustomerAction,
    responses(
        (status = 200, description = "The updated case", body = CaseView), StepErrors))]
pub async fn act(
    State(state): State<Arc<AppState>>,
    CustomerCase(case): CustomerCase,
    Json(action): Json<CustomerAction>,
) -> ApiResult<Response> {
    let now = state.clock.now();
    let message = checked_message(action.message.as_deref())?;
    if action.action == EventKind::InformationSupplied && message.is_none() {
        return Err(field_error("message", ErrorCode::Required));
    }
    if action.action == EventKind::AdrReferralRequested
        && case.policy.adr_milestone_not_for(&case.answers()?).is_some()
        && let Some(scheme) = &case.policy.adr
    {
        return Err(ApiError::Conflict {
            code: "adr_not_open_to_customer",
            message: format!("{} does not take complaints from this kind of customer.", scheme.name),
        });
    }
    let mut event = Event::new(action.action, now);
    let mut answers = None;
    let mut uploads = Vec::new();
    if action.action == EventKind::Escalated {
        let target = case.state.escalation_target(case.policy);
        event.to_kind = target;
        if let Some(kind) = target.and_then(|t| case.policy.kind(t)) {
            let fields = action.fields.unwrap_or_default();
            // The new kind's documents: those sent now or, if none are, those
            // the case already has (from the enquiry, say).
            let documents = match action.documents.len() {
                0 => state.store.count_case_uploads(case.stored.id).await? as usize,
                sent => sent,
            };
            let mut errors = validation::validate(kind, &fields, documents, case.policy.time_zone.local_date(now));
            uploads = referenced_uploads(kind, &fields, &action.documents);
            check_uploads(&state, &case.stored.record.provider, kind, &uploads, &mut errors).await?;
            if !errors.is_empty() {
                return Err(ApiError::Invalid(errors));
            }
            answers = Some(serde_json::to_string(&fields).expect("answers serialize"));
        }
    } else if action.fields.is_some() {
        return Err(field_error("fields", ErrorCode::UnknownField));
    } else if action.action == EventKind::InformationSupplied && !action.documents.is_empty() {
        // The information the company asked for may come with documents.
        let kind = case.policy.kind(case.state.kind()).ok_or_else(|| ApiError::Internal("no current kind".into()))?;
        let held = state.store.count_case_uploads(case.stored.id).await? as usize;
        if let Some(code) = validation::check_added_documents(kind, held, action.documents.len()) {
            return Err(field_error(validation::DOCUMENTS, code));
        }
        let mut errors = FieldErrors::default();
        check_uploads(&state, &case.stored.record.provider, kind, &action.documents, &mut errors).await?;
        if !errors.is_empty() {
            return Err(ApiError::Invalid(errors));
        }
        uploads = action.documents.clone();
    }
    if !action.documents.is_empty() && uploads.is_empty() {
        return Err(field_error(validation::DOCUMENTS, ErrorCode::UnknownField));
    }
    let step = Step { message, answers, uploads, ..Step::new(event, Actor::Customer) };
    let updated = case.record(&state.store, now, step, &state.public_url).await?;
    Ok(no_store(axum::Json(updated.show(&state.store, now, Viewer::Customer).await?).into_response()))
}

/// A message as the customer or staff typed it, checked like a textarea.
pub fn checked_message(message: Option<&str>) -> ApiResult<Option<String>> {
    let checked = validation::check_message(message.unwrap_or_default());
    Ok(checked.map_err(|code| field_error("message", code))?.map(String::from))
}
