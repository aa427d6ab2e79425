//! Staff endpoints: a provider's complaints staff list its cases and record
//! the steps of its procedure. A token sees only its own provider's cases;
//! another provider's case answers the same 404 as one that does not exist.

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use redress_core::customer;
use redress_core::dates::parse_date;
use redress_core::lifecycle::{Event, Stage};
use redress_core::policy::{Actor, EventKind, FieldId, KindId, MilestoneName};
use redress_core::report::{self, Outcome};
use redress_core::validation::{self, Answers, ErrorCode};
use serde::{Deserialize, Serialize};

use super::auth::{Staff, StaffCase, staff_policy};
use super::case_filter::CaseFilter;
use super::cases::{checked_message, field_error};
use super::error::ErrorBody;
use super::json::Json;
use super::openapi::{StaffCaseErrors, StaffListErrors, StepErrors};
use super::query::Query;
use super::uploads;
use super::views::{CaseView, Viewer};
use super::{ApiError, ApiResult, AppState, no_store};
use crate::case::Step;
use crate::export;
use crate::store::{QueueCursor, QueuePage, Store};

/// A case as the staff's list shows it.
#[derive(Serialize, utoipa::ToSchema)]
struct CaseSummary {
    reference: String,
    kind: KindId,
    #[schema(value_type = Stage)]
    stage: String,
    received_at: chrono::DateTime<chrono::Utc>,
    /// The earliest deadline of the company not yet met, while the case is
    /// open; in the past when the case is overdue.
    next_due: Option<NaiveDate>,
    /// Whether `next_due` has passed, in the provider's time zone.
    overdue: bool,
    /// The name of the member of the staff who handles it, if anyone does.
    assignee: Option<String>,
    /// The customer's name as their form took it.
    customer: Option<String>,
    /// The customer took the latest step of this open case (answered a
    /// question, asked for a manager, escalated): new for the team to read.
    new_from_customer: bool,
}

/// A page of the staff's list.
#[derive(Serialize, utoipa::ToSchema)]
struct CasePage {
    cases: Vec<CaseSummary>,
    /// The `after` of the next page; absent on the last.
    next: Option<String>,
    /// How many cases the query finds, counted up to 10,000 (1,000 for a
    /// text search).
    total: i64,
    /// Whether `total` is all of them; `false`: there are more.
    total_exact: bool,
    /// How many of the provider's cases stand at each stage, whatever the
    /// filters, each counted up to 10,000.
    stages: Vec<StageCount>,
}

/// How many cases stand at a stage.
#[derive(Serialize, utoipa::ToSchema)]
struct StageCount {
    #[schema(value_type = Stage)]
    stage: Stage,
    count: i64,
    /// Whether `count` is all of them; `false`: there are more.
    exact: bool,
}

/// A page of the token's provider's cases, read from the queue's columns
/// and indexes (never by replaying cases): page 1,000 comes as fast as page 1.
#[utoipa::path(get, path = "/api/staff/cases", tag = "staff", params(CaseFilter), security(("staff_token" = []), ("staff_session" = [])),
    responses(
        (status = 200, description = "A page of the cases", body = CasePage), StaffListErrors))]
pub async fn list(
    State(state): State<Arc<AppState>>,
    Staff(staff): Staff,
    Query(filter): Query<CaseFilter>,
) -> ApiResult<Response> {
    filter.check()?;
    let policy = staff_policy(&staff)?;
    let today = policy.time_zone.local_date(state.clock.now());
    let cursor = filter.cursor()?;
    let page = async {
        // A duplicate's reference finds the case it was merged into.
        let surviving = match filter.search().map(redress_core::references::normalise_reference) {
            Some(reference) if (1..=32).contains(&reference.len()) => {
                state.store.surviving_reference(&staff.provider, &reference).await?.map(|found| found.to_lowercase())
            }
            _ => None,
        };
        let mut query = filter.queue_query(&staff.provider, staff.account, today, cursor.as_ref())?;
        if let Some(reference) = &surviving {
            query.search = Some(reference);
        }
        Ok::<_, ApiError>(state.store.queue_page(&query).await?)
    };
    // The stages' counts do not depend on the page: read beside it, on
    // another connection (at a million cases, 15 ms of PostgreSQL's 50).
    let names: Vec<&str> = Stage::ALL.iter().map(|stage| stage.as_str()).collect();
    let counts = async { Ok::<_, ApiError>(state.store.stage_counts(&staff.provider, &names).await?) };
    let (found, counts) = tokio::try_join!(page, counts)?;
    let cases = found
        .rows
        .into_iter()
        .map(|row| {
            let next_due = row.next_due.as_deref().and_then(parse_date);
            let kind = KindId::parse(&row.current_kind)
                .ok_or_else(|| ApiError::Internal(format!("case {} has an unknown kind", row.reference)))?;
            let customer = serde_json::from_str::<Answers>(&row.answers).ok().and_then(|a| customer::name(&a));
            let open = Stage::parse(&row.stage).is_some_and(Stage::is_open);
            Ok(CaseSummary {
                customer,
                new_from_customer: open && row.customer_last,
                reference: row.reference,
                kind,
                overdue: next_due.is_some_and(|due| due < today),
                stage: row.stage,
                received_at: row.received_at,
                next_due,
                assignee: row.assignee,
            })
        })
        .collect::<ApiResult<Vec<CaseSummary>>>()?;
    let stages =
        Stage::ALL.into_iter().zip(counts).map(|(stage, (count, exact))| StageCount { stage, count, exact }).collect();
    let page = CasePage {
        cases,
        next: found.next.map(|cursor| cursor.to_text()),
        total: found.total,
        total_exact: found.total_exact,
        stages,
    };
    Ok(no_store(axum::Json(page).into_response()))
}

/// The same cases as the list, with each customer's answers, as a spreadsheet.
///
/// UTF-8 CSV with a byte order mark, every cell quoted; a cell that would
/// start a formula is prefixed with `'`. Columns: reference, kind, stage,
/// received_at, next_due, overdue, then one per field of the provider's
/// forms (documents left out).
#[utoipa::path(get, path = "/api/staff/cases.csv", tag = "staff", params(CaseFilter), security(("staff_token" = []), ("staff_session" = [])),
    responses(
        (status = 200, description = "The spreadsheet", content_type = "text/csv", body = String), StaffListErrors))]
pub async fn export(
    State(state): State<Arc<AppState>>,
    Staff(staff): Staff,
    Query(filter): Query<CaseFilter>,
) -> ApiResult<Response> {
    filter.check()?;
    let policy = staff_policy(&staff)?;
    let now = state.clock.now();
    let mut pages = SheetPages {
        store: state.store.clone(),
        provider: staff.provider.clone(),
        account: staff.account,
        filter,
        today: policy.time_zone.local_date(now),
        answer_columns: export::answer_columns(policy),
        after: None,
        finished: false,
    };
    // The first batch is read before the answer starts: a database that
    // cannot answer gets its 503, not a file cut short.
    let mut first = export::header(&pages.answer_columns);
    first.extend(pages.next().await?.unwrap_or_default());
    let stream = futures_util::stream::unfold((pages, Some(first)), |(mut pages, first)| async move {
        if let Some(bytes) = first {
            return Some((Ok(Bytes::from(bytes)), (pages, None)));
        }
        match pages.next().await {
            Ok(Some(bytes)) => Some((Ok(Bytes::from(bytes)), (pages, None))),
            Ok(None) => None,
            // Too late for a status: the download stops short, and says why in the log.
            Err(error) => {
                tracing::warn!(error = ?error, "a spreadsheet stopped part way");
                pages.finished = true;
                Some((Err(std::io::Error::other("the spreadsheet could not be read to its end")), (pages, None)))
            }
        }
    });
    let headers = [
        (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
        (
            header::CONTENT_DISPOSITION,
            disposition(false, &format!("{}-cases-{}.csv", policy.id, now.format("%Y-%m-%d"))),
        ),
    ];
    Ok(no_store((headers, Body::from_stream(stream)).into_response()))
}

/// Cases a spreadsheet reads at a time.
const SHEET_BATCH: i64 = 500;

/// Where a spreadsheet is in reading its cases: a batch at a time through
/// the queue, so its memory stays the same whatever their number.
struct SheetPages {
    store: Store,
    provider: String,
    /// The member asking, for `assigned=me`.
    account: Option<i64>,
    filter: CaseFilter,
    today: NaiveDate,
    answer_columns: Vec<FieldId>,
    after: Option<QueueCursor>,
    finished: bool,
}

impl SheetPages {
    /// The next batch of rows, `None` once every case is written.
    async fn next(&mut self) -> ApiResult<Option<Vec<u8>>> {
        if self.finished {
            return Ok(None);
        }
        let mut query = self.filter.queue_query(&self.provider, self.account, self.today, self.after.as_ref())?;
        query.limit = SHEET_BATCH;
        query.count = false;
        let QueuePage { rows, next, .. } = self.store.queue_page(&query).await?;
        let mut cases = Vec::with_capacity(rows.len());
        for row in rows {
            let answers: Answers = serde_json::from_str(&row.answers)
                .map_err(|e| ApiError::Internal(format!("case {} has unreadable answers: {e}", row.reference)))?;
            let next_due = row.next_due.as_deref().and_then(parse_date);
            cases.push((row, next_due, answers));
        }
        let rows = cases.iter().map(|(row, next_due, answers)| export::CaseRow {
            reference: &row.reference,
            kind: &row.current_kind,
            stage: &row.stage,
            received_at: row.received_at,
            next_due: *next_due,
            overdue: next_due.is_some_and(|due| due < self.today),
            answers,
        });
        let bytes = export::rows_of(&self.answer_columns, rows);
        self.finished = next.is_none();
        self.after = next;
        Ok(Some(bytes))
    }
}

/// One of the provider's cases: as its customer sees it, with the names of
/// the staff who acted, the steps staff may record now, and the team's own
/// work on it. Each call is recorded as a look at the case by its caller.
#[utoipa::path(get, path = "/api/staff/cases/{reference}", tag = "staff",
    params(("reference" = String, Path, description = "The case's reference")),
    security(("staff_token" = []), ("staff_session" = [])),
    responses(
        (status = 200, description = "The case", body = CaseView), StaffCaseErrors))]
pub async fn show(State(state): State<Arc<AppState>>, StaffCase { staff, case }: StaffCase) -> ApiResult<Response> {
    let now = state.clock.now();
    // Who has looked at a case is part of its record for the team.
    state.store.record_case_view(case.stored.id, &staff.name, now).await?;
    Ok(no_store(axum::Json(case.show(&state.store, now, Viewer::Staff).await?).into_response()))
}

/// A document of the case: a download, or (`?view=inline`) shown in the
/// browser, an image as an image and a PDF in the browser's viewer.
///
/// Its type is the one its content proved when it was uploaded (PDF, PNG or
/// JPEG), and the browser may not guess another. Either way the document
/// is a sandbox of its own (`Content-Security-Policy: sandbox`, nothing of
/// the portal's origin, no script, no form, no plugin's requests, never
/// framed): a PDF's script or link can reach nothing of the console.
#[utoipa::path(get, path = "/api/staff/cases/{reference}/documents/{id}", tag = "staff",
    params(
        ("reference" = String, Path, description = "The case's reference"),
        ("id" = String, Path, description = "The document's id, from the case's `documents`"),
        DocumentView,
    ),
    security(("staff_token" = []), ("staff_session" = [])),
    responses(
        (status = 200, description = "The document", content(
            (Vec<u8> = "application/pdf"), (Vec<u8> = "image/png"), (Vec<u8> = "image/jpeg"))),
        StaffCaseErrors))]
pub async fn document(
    State(state): State<Arc<AppState>>,
    StaffCase { case, .. }: StaffCase,
    Path(path): Path<(String, String)>,
    Query(view): Query<DocumentView>,
) -> ApiResult<Response> {
    let (document, content) =
        state.store.case_document_content(case.stored.id, &path.1).await?.ok_or(ApiError::NotFound)?;
    let name = download_name(document.name.as_deref(), &document.id, &document.media_type);
    let disposition = disposition(view.view == Some(Disposition::Inline), &name);
    let headers = [
        (header::CONTENT_TYPE, document.media_type),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CONTENT_SECURITY_POLICY, DOCUMENT_CSP.to_string()),
    ];
    Ok(no_store((headers, content).into_response()))
}

/// A document's own policy: a sandboxed origin that may load nothing but
/// its own inline styles (those of the browser's PDF viewer).
pub const DOCUMENT_CSP: &str =
    "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

/// How a document is sent.
#[derive(Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DocumentView {
    /// `inline`: shown in the browser; otherwise downloaded.
    #[serde(default)]
    #[param(inline)]
    view: Option<Disposition>,
}

#[derive(Deserialize, PartialEq, Eq, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
enum Disposition {
    Inline,
    Attachment,
}

/// What `filename*` keeps as it is; everything else is percent-encoded.
const FILENAME_KEPT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// The name a document is downloaded under: the customer's, cleaned as
/// the case page shows it (names kept before that cleaning included), with
/// the extension of the type its content proved, whatever the name claimed
/// (a PDF sent as `evil.html` downloads as `evil.pdf`). The upload id stands
/// in for a name that is missing or left empty.
fn download_name(name: Option<&str>, id: &str, media_type: &str) -> String {
    let extension = uploads::extension(media_type).unwrap_or("bin");
    let visible = name.and_then(uploads::document_name).unwrap_or_default();
    let (stem, claimed) = visible.rsplit_once('.').unwrap_or((&visible, ""));
    let stem = stem.trim();
    let stem = if stem.is_empty() { id } else { stem };
    let extension = if claimed.eq_ignore_ascii_case("jpeg") && extension == "jpg" { "jpeg" } else { extension };
    format!("{stem}.{extension}")
}

/// `attachment; filename="…"; filename*=UTF-8''…` (or `inline; …`): the
/// name, with an ASCII stand-in for old clients.
pub(super) fn disposition(inline: bool, name: &str) -> String {
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' }).collect();
    let encoded = utf8_percent_encode(name, FILENAME_KEPT);
    let how = if inline { "inline" } else { "attachment" };
    format!("{how}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A step of the company's procedure.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffEvent {
    /// One of the case's `staff_actions`: `acknowledged`,
    /// `information_requested`, `responded`, `remedy_proposed`,
    /// `final_response`, `deadlock_letter_issued`, `resolved`, `closed`,
    /// `delay_notified` (with milestone, date and the reason as message),
    /// `first_contact_corrected` (with date and the reason as message).
    event: EventKind,
    /// What the customer reads with the step; required where the step
    /// needs a reason (see [`needs_reason`]).
    #[serde(default)]
    message: Option<String>,
    /// For `delay_notified`: the milestone it puts back.
    #[serde(default)]
    milestone: Option<MilestoneName>,
    /// For `delay_notified`: the new date; for `first_contact_corrected`: the
    /// day the company's records show (YYYY-MM-DD).
    #[serde(default)]
    #[schema(value_type = Option<chrono::NaiveDate>)]
    date: Option<String>,
    /// Documents to attach (ids from `POST /api/uploads`, at most 5): kept
    /// with the case and sent with the step's letter to the customer.
    #[serde(default)]
    documents: Vec<String>,
    /// With a step that ends the handling (`final_response`,
    /// `deadlock_letter_issued`, `resolved`, `closed`): what the company
    /// found, for the regulator's return. Optional.
    #[serde(default)]
    outcome: Option<Outcome>,
}

/// The documents a step may carry: a letter and what it encloses.
pub const STEP_DOCUMENTS: usize = 5;

/// The step as the core checks it, from what staff sent.
fn staff_step(body: &StaffEvent, at: DateTime<Utc>) -> ApiResult<Event> {
    let date = match body.date.as_deref() {
        Some(text) => Some(parse_date(text).ok_or_else(|| field_error("date", ErrorCode::InvalidDate))?),
        None => None,
    };
    match body.event {
        EventKind::DelayNotified => {
            let milestone = body.milestone.ok_or_else(|| field_error("milestone", ErrorCode::Required))?;
            Ok(Event::delay(milestone, date.ok_or_else(|| field_error("date", ErrorCode::Required))?, at))
        }
        EventKind::FirstContactCorrected if body.milestone.is_some() => {
            Err(field_error("milestone", ErrorCode::UnknownField))
        }
        EventKind::FirstContactCorrected => {
            Ok(Event::first_contact(date.ok_or_else(|| field_error("date", ErrorCode::Required))?, at))
        }
        _ if body.milestone.is_some() => Err(field_error("milestone", ErrorCode::UnknownField)),
        _ if date.is_some() => Err(field_error("date", ErrorCode::UnknownField)),
        event => Ok(Event::new(event, at)),
    }
}

/// Record a step of the procedure.
///
/// A policy that lets the company close only on grounds needs a message
/// with `closed`.
#[utoipa::path(post, path = "/api/staff/cases/{reference}/events", tag = "staff",
    params(("reference" = String, Path, description = "The case's reference")),
    security(("staff_token" = []), ("staff_session" = [])),
    request_body = StaffEvent,
    responses(
        (status = 200, description = "The updated case", body = CaseView),
        (status = 401, description = "No valid staff token", body = ErrorBody), StepErrors))]
pub async fn record_event(
    State(state): State<Arc<AppState>>,
    StaffCase { staff, case }: StaffCase,
    Json(body): Json<StaffEvent>,
) -> ApiResult<Response> {
    super::work::refuse_if_merged(&case)?;
    let now = state.clock.now();
    let message = checked_message(body.message.as_deref())?;
    let kind = case.policy.kind(case.state.kind()).ok_or_else(|| ApiError::Internal("no current kind".into()))?;
    if message.is_none() && kind.needs_reason(body.event) {
        return Err(field_error("message", ErrorCode::Required));
    }
    let event = staff_step(&body, now)?;
    if body.outcome.is_some() && !report::takes_outcome(body.event) {
        return Err(field_error("outcome", ErrorCode::UnknownField));
    }
    if body.documents.len() > STEP_DOCUMENTS {
        return Err(field_error(validation::DOCUMENTS, ErrorCode::TooManyDocuments));
    }
    if state.store.count_unclaimed_uploads(&staff.provider, &body.documents).await? < body.documents.len() {
        return Err(field_error(validation::DOCUMENTS, ErrorCode::UnknownDocument));
    }
    let step = Step {
        message,
        author: Some(staff.name),
        uploads: body.documents,
        outcome: body.outcome,
        ..Step::new(event, Actor::Staff)
    };
    let updated = case.record(&state.store, now, step, &state.public_url).await?;
    // Whoever takes a case's first step handles it, unless someone already does.
    if let Some(account) = staff.account {
        state.store.take_if_unassigned(updated.stored.id, account).await?;
    }
    Ok(no_store(axum::Json(updated.show(&state.store, now, Viewer::Staff).await?).into_response()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_is_named_safely_for_every_client() {
        assert_eq!(disposition(false, "bill.pdf"), "attachment; filename=\"bill.pdf\"; filename*=UTF-8''bill.pdf");
        assert_eq!(
            disposition(false, "счёт \"март\".pdf"),
            "attachment; filename=\"____ ______.pdf\"; filename*=UTF-8''%D1%81%D1%87%D1%91%D1%82%20%22%D0%BC%D0%B0%D1%80%D1%82%22.pdf"
        );
    }

    #[test]
    fn a_download_takes_the_extension_of_its_content_and_no_invisible_characters() {
        let pdf = "application/pdf";
        assert_eq!(download_name(Some("bill.pdf"), "up_1", pdf), "bill.pdf");
        assert_eq!(download_name(Some("evil.html"), "up_1", pdf), "evil.pdf", "a polyglot sent as HTML");
        assert_eq!(download_name(Some("report.pdf.html"), "up_1", pdf), "report.pdf.pdf");
        assert_eq!(
            download_name(Some("invoice\u{202E}lmth.pdf"), "up_1", pdf),
            "invoicelmth.pdf",
            "no right-to-left override"
        );
        assert_eq!(download_name(Some("a\u{200B}b\u{FEFF}.PNG"), "up_1", "image/png"), "ab.png");
        assert_eq!(download_name(Some("photo.JPEG"), "up_1", "image/jpeg"), "photo.jpeg");
        assert_eq!(download_name(Some("scan"), "up_1", "image/jpeg"), "scan.jpg");
        assert_eq!(download_name(Some("\u{202E}.pdf"), "up_1", pdf), "up_1.pdf");
        assert_eq!(download_name(None, "up_1", pdf), "up_1.pdf");
        assert_eq!(download_name(Some("line\r\nbreak.pdf"), "up_1", pdf), "linebreak.pdf");
    }
}
