//! Files: a scenario downloaded as JSON, and a JSON file read back (picked or dropped).
//! The JSON text is written and parsed by the browser (`JSON.stringify`, `JSON.parse`);
//! what it holds is checked by the codec.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::codec::base::Base;
use crate::codec::file::{check_header, to_file, FileError, Header, JsonAt, MAX_FILE_BYTES};
use crate::codec::file_read::{input, opened};
use crate::domain::scenario::Scenario;

/// The scenario as the JSON document of `docs/scenario-file.md`, indented.
pub fn to_json(base: Base, s: &Scenario) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = to_file(base, s).serialize(&serializer).ok()?;
    js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
        .ok()?
        .as_string()
}

/// Offers `text` as a download named `name`, of type `mime`.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads a picked or dropped file as a scenario.
pub async fn read(file: web_sys::File) -> Result<(Base, Scenario), FileError> {
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(FileError::TooLarge);
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FileError::NotJson(None))?;
    parse(&text)
}

fn parse(text: &str) -> Result<(Base, Scenario), FileError> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let at = e
            .dyn_ref::<js_sys::Error>()
            .and_then(|e| JsonAt::from_parser(&String::from(e.message()), text));
        FileError::NotJson(at)
    })?;
    let header: Header =
        serde_wasm_bindgen::from_value(value.clone()).map_err(|_| FileError::NotOurs)?;
    check_header(&header)?;
    let file = input(serde_wasm_bindgen::Deserializer::from(value))?;
    opened(file)
}
