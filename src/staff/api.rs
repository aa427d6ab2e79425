//! The staff endpoints as the console uses them. The session cookie goes
//! with every request by itself (same origin), and the browser adds the
//! `Origin` the server asks of changes.

use chrono::{DateTime, NaiveDate, Utc};
use gloo_net::http::Request;
use redress_core::dates;
use redress_core::lifecycle::Stage;
use redress_core::policy::{EventKind, KindId, Lang, MilestoneName};
use redress_core::report::Outcome;
use redress_core::validation::Answers;
use serde::{Deserialize, Serialize};

use crate::api::{CaseEvent, CaseMilestone, Failure, expect, expect_empty};

/// Who is signed in.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Me {
    /// The member's account (absent for a token, which the console never holds).
    #[serde(default)]
    pub account: Option<i64>,
    pub name: String,
    pub provider: String,
    pub provider_name: String,
    /// The provider's day now, in its time zone.
    #[serde(deserialize_with = "dates::date")]
    pub today: NaiveDate,
}

pub async fn me() -> Result<Me, Failure> {
    expect(Request::get("/api/staff/me").send().await, 200).await
}

#[derive(Serialize)]
struct SignIn<'a> {
    email: &'a str,
    lang: &'a str,
}

/// Asks for a code by email; the answer is the same whether or not the
/// address has an account.
pub async fn ask_for_code(email: &str, lang: Lang) -> Result<(), Failure> {
    let request = Request::post("/api/staff/sign-in").json(&SignIn { email, lang: lang.tag() });
    expect_empty(request.map_err(|_| Failure::Network)?.send().await, 202).await
}

#[derive(Serialize)]
struct OpenSession<'a> {
    email: &'a str,
    code: &'a str,
}

pub async fn sign_in(email: &str, code: &str) -> Result<(), Failure> {
    let request = Request::post("/api/staff/session").json(&OpenSession { email, code });
    expect_empty(request.map_err(|_| Failure::Network)?.send().await, 204).await
}

pub async fn sign_out() -> Result<(), Failure> {
    expect_empty(Request::delete("/api/staff/session").send().await, 204).await
}

/// A case as the queue lists it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct QueuedCase {
    pub reference: String,
    pub kind: KindId,
    pub stage: Stage,
    #[serde(deserialize_with = "dates::instant")]
    pub received_at: DateTime<Utc>,
    #[serde(default, deserialize_with = "dates::optional_date")]
    pub next_due: Option<NaiveDate>,
    pub overdue: bool,
    /// Who of the staff handles it.
    #[serde(default)]
    pub assignee: Option<String>,
    /// The customer's name.
    #[serde(default)]
    pub customer: Option<String>,
    /// The customer took the latest step: new for the team to read.
    #[serde(default)]
    pub new_from_customer: bool,
}

/// A page of the queue.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct QueuePage {
    pub cases: Vec<QueuedCase>,
    #[serde(default)]
    pub next: Option<String>,
    pub total: i64,
    pub total_exact: bool,
    /// The provider's cases at each stage, whatever the filters.
    pub stages: Vec<StageCount>,
}

/// How many cases stand at a stage (counted up to a cap: `exact` false).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StageCount {
    pub stage: Stage,
    pub count: i64,
    pub exact: bool,
}

/// A page of the queue for `query` (`sort=next_due&stage=…&q=…&after=…`).
pub async fn queue(query: &str) -> Result<QueuePage, Failure> {
    expect(Request::get(&format!("/api/staff/cases?{query}")).send().await, 200).await
}

/// A letter of the case, as its staff see it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CaseLetter {
    pub kind: String,
    pub recipient: String,
    pub status: String,
    #[serde(default)]
    pub last_error: Option<String>,
}

/// A case as its staff see it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StaffCaseView {
    pub reference: String,
    pub provider: String,
    pub policy: String,
    pub kind: KindId,
    pub lang: Lang,
    pub stage: Stage,
    pub answers: Answers,
    pub documents: Vec<Document>,
    pub events: Vec<StaffEvent>,
    pub milestones: Vec<CaseMilestone>,
    pub staff_actions: Vec<EventKind>,
    #[serde(default)]
    pub letters: Vec<CaseLetter>,
    #[serde(default)]
    pub letters_stopped: bool,
    pub work: Work,
}

/// A document the customer sent.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Document {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    pub media_type: String,
    pub size: u64,
    /// The member who attached it to a step; `None`: the customer sent it.
    #[serde(default)]
    pub added_by: Option<String>,
}

impl Document {
    /// Its address: shown in the browser (`inline`) or downloaded.
    pub fn address(&self, reference: &str, inline: bool) -> String {
        let view = if inline { "?view=inline" } else { "" };
        // Upload ids are `up_` and letters and digits; anything else is left out.
        let id: String = self.id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        format!("/api/staff/cases/{}/documents/{id}{view}", crate::api::encode(reference))
    }

    /// Its name as the customer's device gave it, or its id.
    pub fn shown_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| self.id.clone())
    }
}

/// The team's own work on the case.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Work {
    #[serde(default)]
    pub assignee: Option<Member>,
    pub notes: Vec<Note>,
    pub views: Vec<Viewing>,
    /// The case this one, a duplicate, was merged into.
    #[serde(default)]
    pub merged_into: Option<Merge>,
    /// The duplicates merged into this case.
    pub merged: Vec<Merge>,
}

/// A merge: the other case, when and by whom.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Merge {
    pub reference: String,
    #[serde(deserialize_with = "dates::instant")]
    pub at: DateTime<Utc>,
    pub by: String,
}

/// A member of the staff, to give a case to.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Member {
    pub account: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Note {
    pub author: String,
    pub text: String,
    #[serde(deserialize_with = "dates::instant")]
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Viewing {
    pub by: String,
    #[serde(deserialize_with = "dates::instant")]
    pub at: DateTime<Utc>,
}

pub async fn members() -> Result<Vec<Member>, Failure> {
    expect(Request::get("/api/staff/members").send().await, 200).await
}

#[derive(Serialize)]
struct Assignment {
    account: Option<i64>,
}

/// Gives the case to `account`, or to nobody.
pub async fn assign(reference: &str, account: Option<i64>) -> Result<StaffCaseView, Failure> {
    let path = format!("/api/staff/cases/{}/assignee", crate::api::encode(reference));
    let request = Request::put(&path).json(&Assignment { account }).map_err(|_| Failure::Network)?;
    expect(request.send().await, 200).await
}

#[derive(Serialize)]
struct NewNote<'a> {
    text: &'a str,
}

pub async fn add_note(reference: &str, text: &str) -> Result<StaffCaseView, Failure> {
    let path = format!("/api/staff/cases/{}/notes", crate::api::encode(reference));
    let request = Request::post(&path).json(&NewNote { text }).map_err(|_| Failure::Network)?;
    expect(request.send().await, 200).await
}

#[derive(Serialize)]
struct MergeInto<'a> {
    into: &'a str,
}

/// Merges case `reference`, a duplicate, into case `into`: the case kept.
pub async fn merge(reference: &str, into: &str) -> Result<StaffCaseView, Failure> {
    let path = format!("/api/staff/cases/{}/merge", crate::api::encode(reference));
    let request = Request::post(&path).json(&MergeInto { into }).map_err(|_| Failure::Network)?;
    expect(request.send().await, 200).await
}

/// An event with who recorded it (for the staff's eyes only).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StaffEvent {
    #[serde(flatten)]
    pub event: CaseEvent,
    #[serde(default)]
    pub author: Option<String>,
    /// What the company found, recorded with a step that ends its handling.
    #[serde(default)]
    pub outcome: Option<Outcome>,
}

pub async fn case(reference: &str) -> Result<StaffCaseView, Failure> {
    expect(Request::get(&format!("/api/staff/cases/{}", crate::api::encode(reference))).send().await, 200).await
}

/// A step of the procedure with its message to the customer; a delay
/// notice names the deadline it puts back and its new date, a corrected
/// first contact its day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub event: EventKind,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<MilestoneName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Upload ids of the documents it carries.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
    /// What the company found, with a step that ends its handling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
}

/// Records a step of the procedure.
pub async fn record(reference: &str, step: &Step) -> Result<StaffCaseView, Failure> {
    let path = format!("/api/staff/cases/{}/events", crate::api::encode(reference));
    let request = Request::post(&path).json(step).map_err(|_| Failure::Network)?;
    expect(request.send().await, 200).await
}

/// The provider's report of the days `query` names (`from=…&to=…`).
pub async fn report(query: &str) -> Result<redress_core::report::Report, Failure> {
    expect(Request::get(&format!("/api/staff/report?{query}")).send().await, 200).await
}
