//! The stop-letters link of each letter: `GET` shows the page that asks to
//! confirm, and only its button's `POST` stops the emails about the case
//! (mail scanners follow links, but do not press buttons). The token comes
//! from the case's stored access hash; a wrong one, or an unknown case,
//! gets the same page that says the link does not work.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use redress_core::policy::Lang;

use super::{ApiResult, AppState, no_store};
use crate::letters::lookup_link;
use crate::letters::stop_page::{STYLESHEET, StopPage, page};
use crate::secrets::is_letters_token;

/// `GET /letters/stop/{reference}/{token}`: the page that asks.
pub async fn ask(state: State<Arc<AppState>>, path: Path<(String, String)>) -> ApiResult<Response> {
    answer(state, path, false).await
}

/// `POST /letters/stop/{reference}/{token}`: the button; the emails stop.
pub async fn stop(state: State<Arc<AppState>>, path: Path<(String, String)>) -> ApiResult<Response> {
    answer(state, path, true).await
}

async fn answer(
    State(state): State<Arc<AppState>>,
    Path((reference, token)): Path<(String, String)>,
    confirmed: bool,
) -> ApiResult<Response> {
    let found = state.store.load_case(&reference).await?;
    let Some(case) = found.filter(|case| is_letters_token(&token, &case.record.access_hash)) else {
        return Ok(html(StatusCode::NOT_FOUND, page(Lang::En, StopPage::Unknown, "", "", "")));
    };
    let company =
        crate::policies::find(&case.record.provider).map(|policy| policy.name.to_string()).unwrap_or_default();
    let lang = Lang::parse(&case.record.lang).unwrap_or(Lang::En);
    if confirmed && !case.letters_stopped {
        state.store.stop_letters(case.id, state.clock.now()).await?;
        tracing::info!(provider = %case.record.provider, "a customer stopped the emails about a case");
    }
    let which = if confirmed || case.letters_stopped { StopPage::Stopped } else { StopPage::Ask };
    let lookup = lookup_link("", &case.record.reference, lang);
    Ok(html(StatusCode::OK, page(lang, which, &company, &case.record.reference, &lookup)))
}

fn html(status: StatusCode, body: String) -> Response {
    no_store((status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response())
}

/// The page's stylesheet.
pub async fn stylesheet() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=3600")], STYLESHEET)
        .into_response()
}
