//! `POST /api/uploads`: a supporting document, accepted only if its first
//! bytes say it is a PDF, PNG or JPEG, whatever name or type the client gave
//! it. It is stored under a generated id and never served back inline.

use std::sync::Arc;

use axum::extract::multipart::MultipartError;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::error::ErrorBody;
use super::openapi::IntakeErrors;
use super::{ApiError, ApiResult, AppState, UPLOAD_LIMIT, no_store};
use crate::store::NewUpload;
use crate::{secrets, unicode};

/// The documents accepted: how their content starts, their media type, and
/// the extension a download of one carries.
const ACCEPTED: [(&[u8], &str, &str); 3] = [
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xFF\xD8\xFF", "image/jpeg", "jpg"),
];

/// The media type a file's content proves, by its magic bytes.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    ACCEPTED.iter().find(|(magic, _, _)| bytes.starts_with(magic)).map(|(_, media_type, _)| *media_type)
}

/// The extension of an accepted media type.
pub fn extension(media_type: &str) -> Option<&'static str> {
    ACCEPTED.iter().find(|(_, accepted, _)| *accepted == media_type).map(|(_, _, extension)| *extension)
}

/// The longest file name kept, in characters.
const NAME_LIMIT: usize = 120;

/// A file name as the case page may show it: its last path segment (some
/// browsers send the whole path), without control characters or invisible
/// format characters (a right-to-left override would make
/// "invoice\u{202E}lmth.pdf" read as "invoicefdp.html"), at most
/// [`NAME_LIMIT`] characters; `None` if nothing is left. The page shows it as
/// text, so markup in a name stays harmless.
pub fn document_name(raw: &str) -> Option<String> {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let visible = |c: &char| !c.is_control() && !unicode::is_format_character(*c);
    let name: String = last.chars().filter(visible).take(NAME_LIMIT).collect();
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// An upload waiting for the case that names it.
#[derive(Serialize, utoipa::ToSchema)]
struct Uploaded {
    id: String,
    media_type: &'static str,
    size: usize,
}

fn multipart_error(error: MultipartError) -> ApiError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::TooLarge { message: format!("A document may be at most {} MB.", UPLOAD_LIMIT / (1024 * 1024)) }
    } else {
        ApiError::BadRequest {
            code: "malformed_upload",
            message: format!("The upload is not valid multipart form data: {error}"),
        }
    }
}

/// The form of an upload.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // Read field by field from the multipart stream; here for the document.
struct UploadForm {
    /// The provider's id.
    provider: String,
    /// The document: PDF, PNG or JPEG by its content, at most 10 MB. Its file
    /// name is kept (last path segment, no control characters, at most 120
    /// characters) and shown on the case page.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// Upload a document for a case about to be filed, or for a case's next step.
///
/// An upload no case names expires after a day.
#[utoipa::path(post, path = "/api/uploads", tag = "cases",
    request_body(content = UploadForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Stored until a case names it", body = Uploaded),
        (status = 415, description = "Not a PDF, PNG or JPEG", body = ErrorBody),
        (status = 422, description = "A field missing or unknown", body = ErrorBody),
        IntakeErrors))]
pub async fn upload(State(state): State<Arc<AppState>>, mut form: Multipart) -> ApiResult<Response> {
    let mut provider = None;
    let mut file = None;
    let mut name = None;
    while let Some(field) = form.next_field().await.map_err(multipart_error)? {
        match field.name() {
            Some("provider") => provider = Some(field.text().await.map_err(multipart_error)?),
            Some("file") => {
                name = field.file_name().and_then(document_name);
                file = Some(field.bytes().await.map_err(multipart_error)?);
            }
            _ => {
                return Err(ApiError::Unprocessable {
                    code: "unknown_field",
                    message: "An upload has only the fields `provider` and `file`.".into(),
                });
            }
        }
    }
    let provider =
        provider.ok_or(ApiError::Unprocessable { code: "provider_required", message: "Name the provider.".into() })?;
    crate::policies::find(&provider).ok_or(ApiError::UnknownProvider)?;
    let file = file.ok_or(ApiError::Unprocessable { code: "file_required", message: "Attach a file.".into() })?;
    if file.len() > UPLOAD_LIMIT {
        return Err(ApiError::TooLarge {
            message: format!("A document may be at most {} MB.", UPLOAD_LIMIT / (1024 * 1024)),
        });
    }
    let media_type = sniff(&file)
        .ok_or(ApiError::UnsupportedMediaType { message: "Only PDF, PNG and JPEG documents are accepted.".into() })?;
    let id = format!("up_{}", secrets::new_access_code().replace('-', "").to_lowercase());
    state
        .store
        .insert_upload(&NewUpload {
            id: &id,
            provider: &provider,
            name: name.as_deref(),
            media_type,
            sha256: &secrets::sha256_hex(&file),
            data: &file,
            created_at: state.clock.now(),
        })
        .await?;
    Ok(no_store((StatusCode::CREATED, axum::Json(Uploaded { id, media_type, size: file.len() })).into_response()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pdf_png_and_jpeg_content_is_recognised() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0"), Some("image/jpeg"));
        assert_eq!(sniff(b"<svg onload=alert(1)>"), None);
        assert_eq!(sniff(b"<html><body>%PDF-"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn a_file_name_keeps_its_last_segment_without_control_characters_and_within_its_limit() {
        assert_eq!(document_name("bill.pdf").as_deref(), Some("bill.pdf"));
        assert_eq!(document_name("C:\\Users\\ada\\bill.pdf").as_deref(), Some("bill.pdf"));
        assert_eq!(document_name("/home/ada/bill.pdf").as_deref(), Some("bill.pdf"));
        assert_eq!(document_name("bill\u{0}\n\u{1b}[31m.pdf").as_deref(), Some("bill[31m.pdf"));
        assert_eq!(
            document_name("<img src=x onerror=alert(1)>.pdf").as_deref(),
            Some("<img src=x onerror=alert(1)>.pdf")
        );
        assert_eq!(document_name(&"é".repeat(500)).map(|n| n.chars().count()), Some(NAME_LIMIT));
        assert_eq!(document_name("  "), None);
        assert_eq!(document_name("folder/"), None);
        // Invisible format characters would make the name read otherwise on the case page.
        assert_eq!(document_name("invoice\u{202E}lmth.pdf").as_deref(), Some("invoicelmth.pdf"));
        assert_eq!(document_name("\u{200B}\u{FEFF}"), None);
    }

    #[test]
    fn each_accepted_type_has_its_extension() {
        assert_eq!(extension("application/pdf"), Some("pdf"));
        assert_eq!(extension("image/png"), Some("png"));
        assert_eq!(extension("image/jpeg"), Some("jpg"));
        assert_eq!(extension("text/html"), None);
    }
}
