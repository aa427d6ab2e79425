//! The portal's API as the app uses it: typed requests and answers, and one
//! [`Failure`] that says what went wrong in terms a page can act on.

use chrono::{DateTime, NaiveDate, Utc};
use gloo_net::http::{Request, Response};
use redress_core::dates;
use redress_core::lifecycle::Stage;
use redress_core::policy::{EventKind, Jurisdiction, KindId, Lang, MilestoneName};
use redress_core::validation::{Answers, FieldErrors};
use serde::{Deserialize, Serialize};

/// Why a request did not give the answer wanted.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// No answer came: offline, the connection dropped, the server is down.
    /// Nothing can be assumed about whether the server acted.
    Network,
    /// The server refused some answers (422 with per-field codes).
    Invalid(FieldErrors),
    /// No case matches this reference and access code.
    NotFound,
    /// Too many requests from here; try again after this many seconds.
    RateLimited { retry_after: u32 },
    /// The server cannot store or read cases now (503); nothing was saved.
    Unavailable,
    /// Anything else, with the server's code and message (in English).
    Refused { status: u16, code: String, message: String },
}

impl Failure {
    /// Worth retrying by itself: the request may not have arrived, or the
    /// server asked for a moment.
    pub fn is_transient(&self) -> bool {
        matches!(self, Failure::Network | Failure::Unavailable)
            || matches!(self, Failure::Refused { status, .. } if *status == 409 || *status >= 500)
    }
}

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    code: String,
    message: String,
    #[serde(default)]
    fields: Option<FieldErrors>,
}

async fn failure(response: Response) -> Failure {
    let status = response.status();
    let retry_after = response.headers().get("retry-after").and_then(|v| v.parse().ok()).unwrap_or(5);
    let body: Option<ErrorBody> = response.json().await.ok();
    match (status, body) {
        (404, _) => Failure::NotFound,
        (429, _) => Failure::RateLimited { retry_after },
        (503, _) => Failure::Unavailable,
        (422, Some(ErrorBody { error: ErrorDetail { fields: Some(fields), .. } })) => Failure::Invalid(fields),
        (status, Some(ErrorBody { error })) => Failure::Refused { status, code: error.code, message: error.message },
        (status, None) => Failure::Refused { status, code: String::new(), message: response.status_text() },
    }
}

/// The answer's body as `T` if its status is `ok`, else what went wrong.
pub(crate) async fn expect<T: for<'de> Deserialize<'de>>(
    sent: Result<Response, gloo_net::Error>,
    ok: u16,
) -> Result<T, Failure> {
    let response = sent.map_err(|_| Failure::Network)?;
    if response.status() != ok {
        return Err(failure(response).await);
    }
    response.json().await.map_err(|_| Failure::Network)
}

/// The same for an answer without a body.
pub(crate) async fn expect_empty(sent: Result<Response, gloo_net::Error>, ok: u16) -> Result<(), Failure> {
    let response = sent.map_err(|_| Failure::Network)?;
    if response.status() != ok {
        return Err(failure(response).await);
    }
    Ok(())
}

/// A provider as `GET /api/providers` lists it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ProviderSummary {
    pub id: String,
    pub name: String,
    pub jurisdiction: Jurisdiction,
    pub languages: Vec<Lang>,
    pub kinds: Vec<KindSummary>,
    pub channels: usize,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct KindSummary {
    pub id: KindId,
    pub direct: bool,
}

/// The providers whose name or id holds every word of `search`.
pub async fn providers(search: &str) -> Result<Vec<ProviderSummary>, Failure> {
    let query = web_sys::UrlSearchParams::new().map_err(|_| Failure::Network)?;
    query.append("q", search);
    let path = format!("/api/providers?{}", String::from(query.to_string()));
    expect(Request::get(&path).send().await, 200).await
}

/// What `POST /api/providers/{id}/cases` sends.
#[derive(Debug, Clone, Serialize)]
pub struct Submission<'a> {
    pub kind: KindId,
    pub lang: &'a str,
    pub fields: Answers,
    pub documents: Vec<String>,
    pub letters_by_email: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DueMilestone {
    pub name: MilestoneName,
    #[serde(deserialize_with = "dates::date")]
    pub due: NaiveDate,
    /// For a clock counted from the first contact the customer gave: that day.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "dates::optional_date")]
    pub counted_from: Option<NaiveDate>,
}

/// The answer to a submission: shown once, then only the customer has the code.
/// (The server's answers carry more, such as the instant of receipt; what a
/// page does not show is not read, so its code is not downloaded.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub reference: String,
    pub access_code: String,
    pub milestones: Vec<DueMilestone>,
    /// The kind of case sent, which the app adds (its words follow the kind).
    #[serde(default)]
    pub kind: Option<KindId>,
    /// Whether a copy, with the code, is on its way by email.
    #[serde(default)]
    pub emailed: bool,
}

pub async fn submit(provider: &str, idempotency_key: &str, submission: &Submission<'_>) -> Result<Receipt, Failure> {
    let request = Request::post(&format!("/api/providers/{provider}/cases"))
        .header("Idempotency-Key", idempotency_key)
        .json(submission)
        .map_err(|_| Failure::Network)?;
    expect(request.send().await, 201).await
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CaseEvent {
    pub kind: EventKind,
    #[serde(deserialize_with = "dates::instant")]
    pub at: DateTime<Utc>,
    #[serde(default)]
    pub message: Option<String>,
    /// A delay notice's milestone; with `date`, its new date.
    #[serde(default)]
    pub milestone: Option<MilestoneName>,
    /// A delay notice's new date, or a corrected first contact.
    #[serde(default, deserialize_with = "dates::optional_date")]
    pub date: Option<NaiveDate>,
}

/// A milestone of a case as the server worked it out (the core's own type).
pub use redress_core::lifecycle::MilestoneState as CaseMilestone;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CaseAction {
    pub action: EventKind,
    #[serde(default)]
    pub to_kind: Option<KindId>,
    #[serde(default, deserialize_with = "dates::optional_date")]
    pub open_until: Option<NaiveDate>,
}

/// Where the case stands with the provider's ADR scheme. The server also
/// sends the scheme itself, which the app has in its copy of the policy
/// (`Policy::adr`); what is not read is not downloaded.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Adr {
    #[serde(default, deserialize_with = "dates::optional_date")]
    pub eligible_from: Option<NaiveDate>,
    pub open: bool,
}

/// A document the case holds.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CaseDocument {
    pub id: String,
    /// The file's name as it was sent; unknown for some older documents.
    #[serde(default)]
    pub name: Option<String>,
    pub size: u64,
    /// The company attached it to a step (its letter): not the customer's.
    #[serde(default)]
    pub from_company: bool,
}

/// A case as its customer sees it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Case {
    pub reference: String,
    pub provider: String,
    /// The provider's policy, for `served_policy::keep`.
    pub policy: String,
    pub kind: KindId,
    pub stage: Stage,
    pub answers: Answers,
    #[serde(default)]
    pub documents: Vec<CaseDocument>,
    pub events: Vec<CaseEvent>,
    pub milestones: Vec<CaseMilestone>,
    pub actions: Vec<CaseAction>,
    pub adr: Option<Adr>,
}

pub async fn case(reference: &str, access_code: &str) -> Result<Case, Failure> {
    let request = Request::get(&format!("/api/cases/{}", encode(reference)))
        .header("Authorization", &format!("Bearer {access_code}"));
    expect(request.send().await, 200).await
}

/// A customer's step on their case.
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub action: EventKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Answers>,
    /// Upload ids of an escalation's supporting documents.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
}

pub async fn act(reference: &str, access_code: &str, action: &Action) -> Result<Case, Failure> {
    let request = Request::post(&format!("/api/cases/{}/actions", encode(reference)))
        .header("Authorization", &format!("Bearer {access_code}"))
        .json(action)
        .map_err(|_| Failure::Network)?;
    expect(request.send().await, 200).await
}

/// A reference typed by a person may hold anything; only its safe
/// characters reach the path.
pub(crate) fn encode(reference: &str) -> String {
    reference.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect()
}

/// A document the server stored.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Uploaded {
    pub id: String,
    pub size: u64,
}

/// Uploads `file` for `provider`, reporting progress (0 to 100) as it goes.
/// `fetch` cannot report upload progress, so this uses XMLHttpRequest.
pub async fn upload(
    provider: &str,
    file: &web_sys::File,
    progress: impl Fn(u32) + 'static,
) -> Result<Uploaded, Failure> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let form = web_sys::FormData::new().map_err(|_| Failure::Network)?;
    form.append_with_str("provider", provider).map_err(|_| Failure::Network)?;
    form.append_with_blob_and_filename("file", file, &file.name()).map_err(|_| Failure::Network)?;
    let xhr = web_sys::XmlHttpRequest::new().map_err(|_| Failure::Network)?;
    xhr.open("POST", "/api/uploads").map_err(|_| Failure::Network)?;
    let on_progress = Closure::<dyn Fn(web_sys::ProgressEvent)>::new(move |event: web_sys::ProgressEvent| {
        if event.length_computable() && event.total() > 0.0 {
            progress((event.loaded() / event.total() * 100.0) as u32);
        }
    });
    if let Ok(target) = xhr.upload() {
        target.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    }
    let (sender, receiver) = futures_channel::oneshot::channel::<()>();
    let sender = std::cell::RefCell::new(Some(sender));
    let on_end = Closure::<dyn Fn()>::new(move || {
        if let Some(sender) = sender.borrow_mut().take() {
            let _ = sender.send(());
        }
    });
    xhr.set_onloadend(Some(on_end.as_ref().unchecked_ref()));
    xhr.send_with_opt_form_data(Some(&form)).map_err(|_| Failure::Network)?;
    let _ = receiver.await;
    let status = xhr.status().unwrap_or(0);
    let text = xhr.response_text().ok().flatten().unwrap_or_default();
    drop((on_progress, on_end));
    match status {
        0 => Err(Failure::Network),
        201 | 200 => serde_json::from_str(&text).map_err(|_| Failure::Network),
        404 => Err(Failure::NotFound),
        429 => Err(Failure::RateLimited { retry_after: 5 }),
        503 => Err(Failure::Unavailable),
        status => {
            let detail: Option<ErrorBody> = serde_json::from_str(&text).ok();
            Err(match detail {
                Some(ErrorBody { error: ErrorDetail { fields: Some(fields), .. } }) if status == 422 => {
                    Failure::Invalid(fields)
                }
                Some(ErrorBody { error }) => Failure::Refused { status, code: error.code, message: error.message },
                None => Failure::Refused { status, code: String::new(), message: String::new() },
            })
        }
    }
}
