//! The page the stop-letters link of each letter opens: it asks the
//! customer to confirm with a button, since mail scanners follow every link
//! in a letter, and only the button's `POST` stops the emails. A plain
//! server page in the case's language, with a small stylesheet of its own:
//! it needs none of the app.

use redress_core::policy::Lang;

use super::render::{escape, message};

/// What the page says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopPage {
    /// Asks to confirm.
    Ask,
    /// The emails are stopped.
    Stopped,
    /// The link names no case, or not with this token.
    Unknown,
}

/// The stylesheet of the page, at [`STYLESHEET_PATH`].
pub const STYLESHEET: &str = "\
body{margin:0;padding:2rem 1rem;font:1.1875rem/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:#0b0c0c;background:#fff}
main{max-width:38rem;margin:0 auto}
h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}
p{margin:0 0 1.25rem}
form{margin:0 0 2rem}
.reference{white-space:nowrap}
a{color:#1d4ed8;text-underline-offset:.15em}
button{font:inherit;font-weight:600;padding:.5rem 1.25rem;border:2px solid transparent;border-radius:0;background:#00703c;color:#fff;box-shadow:0 2px 0 #002d18;cursor:pointer}
button:hover{background:#005a30}
a:focus-visible,button:focus-visible{outline:3px solid #ffdd00;outline-offset:0;background:#ffdd00;color:#0b0c0c;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
@media (prefers-color-scheme:dark){body{background:#121212;color:#f3f2f1}a{color:#8ab4f8}}
";

/// Where the stylesheet is served.
pub const STYLESHEET_PATH: &str = "/letters/page.css";

/// The page, in `lang`, about case `reference` of `company`; its link to
/// the case is to `lookup`, the look-up form with the reference filled in.
pub fn page(lang: Lang, which: StopPage, company: &str, reference: &str, lookup: &str) -> String {
    let say = |id: &str| escape(&message(lang, id, &[("company", company.into()), ("reference", reference.into())]));
    let title = match which {
        StopPage::Ask => say("letter-stop-title"),
        StopPage::Stopped => say("letter-stop-done-title"),
        StopPage::Unknown => say("letter-stop-unknown-title"),
    };
    let body = match which {
        StopPage::Ask => format!(
            "<p>{}</p>\n<form method=\"post\"><button type=\"submit\">{}</button></form>\n<p><a href=\"{}\">{}</a></p>",
            say("letter-stop-explain"),
            say("letter-stop-button"),
            escape(lookup),
            say("letter-stop-case-page")
        ),
        StopPage::Stopped => format!(
            "<p role=\"status\">{}</p>\n<p><a href=\"{}\">{}</a></p>",
            say("letter-stop-done"),
            escape(lookup),
            say("letter-stop-case-page")
        ),
        StopPage::Unknown => format!("<p>{}</p>", say("letter-stop-unknown")),
    };
    // A reference breaks at its hyphens no more than a word does.
    let heading = match reference {
        "" => title.clone(),
        _ => title.replace(&escape(reference), &format!("<span class=\"reference\">{}</span>", escape(reference))),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"color-scheme\" content=\"light dark\"><title>{title}</title><link rel=\"icon\" href=\"data:,\">\
         <link rel=\"stylesheet\" href=\"{STYLESHEET_PATH}\"></head>\n\
         <body><main>\n<h1>{heading}</h1>\n{body}\n</main></body></html>\n",
        lang = lang.tag()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_asks_before_it_acts_and_says_what_it_did() {
        let ask = page(Lang::Fr, StopPage::Ask, "Kite <Mobi>", "RD-1", "/status?reference=RD-1&lang=fr");
        assert!(ask.contains("<html lang=\"fr\">") && ask.contains("<form method=\"post\"><button type=\"submit\">"));
        assert!(ask.contains("Kite &lt;Mobi&gt;"), "{ask}");
        let done = page(Lang::Az, StopPage::Stopped, "Kontakt Home", "RD-2", "/status?reference=RD-2&lang=az");
        assert!(!done.contains("<form") && done.contains("role=\"status\""), "{done}");
        assert!(ask.contains("href=\"/status?reference=RD-1&amp;lang=fr\""), "{ask}");
        assert!(page(Lang::En, StopPage::Unknown, "", "", "").contains("<h1>This link does not work</h1>"));
    }
}
