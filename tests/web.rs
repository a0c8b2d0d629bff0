//! Tests in a real browser (headless Chromium, via wasm-bindgen-test): the JS API as a host
//! page calls it, and the app mounted on a `[data-rekenhulp]` element.
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(target_arch = "wasm32")]

use rekenhulp::api;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn api_parameters_for_a_date() {
    let set = api::parameters("2026-07-01".into()).expect("snapshot");
    assert_eq!(get(&set, "validFrom").as_string().as_deref(), Some("2026-07-01"));
    assert_eq!(get(&set, "validUntil").as_string().as_deref(), Some("2026-12-31"));
    let params: js_sys::Array = get(&set, "parameters").dyn_into().expect("array");
    let single = params
        .iter()
        .find(|p| get(p, "path").as_string().as_deref() == Some("bijstand.single"))
        .expect("bijstand.single present");
    assert_eq!(
        get(&single, "value").as_string().as_deref(),
        Some("€ 1.419,46 per maand")
    );
    assert_eq!(get(&single, "status").as_string().as_deref(), Some("verified"));
    let source = get(&single, "source");
    assert!(get(&source, "url")
        .as_string()
        .unwrap_or_default()
        .starts_with("https://wetten.overheid.nl/"));
}

#[wasm_bindgen_test]
fn api_refuses_bad_dates_with_a_field_error() {
    for (input, code) in [
        ("2024-12-31", "date_before_rules"),
        ("2027-07-01", "date_after_rules"),
        ("31-12-2026", "invalid_date"),
        ("", "invalid_date"),
    ] {
        let e = api::parameters(input.into()).expect_err("refused");
        assert_eq!(get(&e, "field").as_string().as_deref(), Some("date"), "{input}");
        assert_eq!(get(&e, "code").as_string().as_deref(), Some(code), "{input}");
        assert!(!get(&e, "message").as_string().unwrap_or_default().is_empty());
    }
}

#[wasm_bindgen_test]
fn api_refuses_a_number_where_a_date_text_belongs() {
    let e = api::parameters(JsValue::from_f64(36.0)).expect_err("refused");
    assert_eq!(get(&e, "code").as_string().as_deref(), Some("invalid_type"));
    assert!(api::parameters("2026-07-01".into()).is_ok(), "the module still works");
}

#[wasm_bindgen_test]
fn api_gemeenten() {
    let list: js_sys::Array = api::gemeenten().expect("list").dyn_into().expect("array");
    let codes: Vec<String> = list.iter().filter_map(|g| get(&g, "cbsCode").as_string()).collect();
    assert!(
        codes.contains(&"GM0175".to_string()) && codes.contains(&"GM0166".to_string()),
        "{codes:?}"
    );
    let kampen = api::gemeente_parameters("GM0166".into(), "2026-07-01".into()).expect("kampen");
    assert_eq!(get(&kampen, "name").as_string().as_deref(), Some("Kampen"));
    let e = api::gemeente_parameters("Atlantis".into(), "2026-07-01".into()).expect_err("unknown");
    assert_eq!(get(&e, "code").as_string().as_deref(), Some("unknown_gemeente"));
}

async fn settle() {
    yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
}

#[wasm_bindgen_test]
async fn app_mounts_on_data_rekenhulp_and_navigates() {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let host = document.create_element("div").expect("div");
    host.set_attribute("data-rekenhulp", "").expect("attr");
    // Our own site's page (index.html): with the site title and navigation.
    host.set_attribute("data-site", "").expect("attr");
    host.set_attribute("data-gemeente", "kampen").expect("attr");
    document.body().expect("body").append_child(&host).expect("append");
    rekenhulp::ui::mount_all();
    settle().await;

    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains("Dit is een indicatie, geen besluit. U kunt er geen rechten aan ontlenen."),
        "{text}"
    );
    assert!(text.contains("Rekenhulp Werk & Inkomen"));
    // The free rule date is on the rules page only.
    assert!(host.query_selector("input#rh-rekendatum").ok().flatten().is_none());

    // Mounting twice must not render a second app into the same element.
    rekenhulp::ui::mount_all();
    settle().await;
    assert_eq!(host.query_selector_all(".rh").expect("query").length(), 1);

    // The rules page lists the gemeente's own rules for Kampen.
    let link: web_sys::HtmlElement = host
        .query_selector("a[href='#/regels']")
        .ok()
        .flatten()
        .expect("nav link")
        .dyn_into()
        .expect("html element");
    link.click();
    settle().await;
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("Regels van de gemeente: Kampen"), "{text}");
    assert!(text.contains("Laagste loonwaarde waarvoor de gemeente loonkostensubsidie geeft"));

    // A date outside the rules keeps what was typed and says why, at the field.
    let input: web_sys::HtmlInputElement = host
        .query_selector("input#rh-rekendatum")
        .ok()
        .flatten()
        .expect("date input")
        .dyn_into()
        .expect("input");
    input.set_value("2024-06-01");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&event).expect("dispatch");
    settle().await;
    let error = host
        .query_selector("#rh-rekendatum-error")
        .ok()
        .flatten()
        .expect("field error shown");
    assert!(error.text_content().unwrap_or_default().contains("1 januari 2025"));
    assert_eq!(input.value(), "2024-06-01");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    host.remove();
}
