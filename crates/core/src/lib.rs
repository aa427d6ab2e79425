//! The rules of redress, shared by the browser app and the server.
//!
//! - [`answers`]: a form's answers, field by field.
//! - [`policy`]: the five providers' complaint policies, as validated data.
//! - [`calendar`]: business days and the public-holiday calendars.
//! - [`clock`]: the day of receipt and due-date arithmetic.
//! - [`timeline`]: the milestones of a case received at a given instant.
//! - [`lifecycle`]: stages, events and which of them may happen when.
//! - [`validation`]: a submission checked against its provider's form.
//! - [`customer`]: who a case's customer is, and whether two cases are the same customer's.
//! - [`report`]: how well a company keeps its promises over a period, per kind of case.
//! - [`references`]: case references and access codes as people type them.
//! - [`letters`]: which letter an event calls for, and what it says.
//!
//! Nothing here reads the system clock: "now" is always a parameter.

pub mod answers;
pub mod calendar;
pub mod clock;
pub mod customer;
pub mod dates;
pub mod letters;
pub mod lifecycle;
#[cfg(feature = "openapi")]
mod openapi;
pub mod policy;
pub mod references;
pub mod report;
pub mod timeline;
pub mod validation;
