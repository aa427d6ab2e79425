//! What a customer answers on a form: a value per field. The bottom of the
//! core: the policy schema (conditions on answers) and everything above it
//! read these, and they read nothing of the core.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A field's value as sent by a form: text, a checkbox, or a list (domain
/// names). In JSON it is the bare value: `true`, `"text"`, `["a", "b"]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum FieldValue {
    Flag(bool),
    Text(String),
    List(Vec<String>),
}

/// Written out rather than derived: serde's derive for an untagged enum
/// buffers every value and tries each variant in turn, which costs the web
/// app's download several kilobytes, and its error names no expected type.
impl<'de> Deserialize<'de> for FieldValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FieldValueVisitor)
    }
}

struct FieldValueVisitor;

impl<'de> serde::de::Visitor<'de> for FieldValueVisitor {
    type Value = FieldValue;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a boolean, a string or a list of strings")
    }

    fn visit_bool<E: serde::de::Error>(self, value: bool) -> Result<FieldValue, E> {
        Ok(FieldValue::Flag(value))
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<FieldValue, E> {
        Ok(FieldValue::Text(value.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<FieldValue, E> {
        Ok(FieldValue::Text(value))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut items: A) -> Result<FieldValue, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = items.next_element::<String>()? {
            list.push(item);
        }
        Ok(FieldValue::List(list))
    }
}

/// The answers of a form, keyed by field id.
pub type Answers = BTreeMap<String, FieldValue>;
