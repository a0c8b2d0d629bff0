//! The JavaScript API: the same rules engine the UI uses, callable by a host page or a test
//! without the UI. Every function takes and returns plain JSON-like values; amounts are
//! decimal strings ("1401.50"), never floats. A refused input throws
//! `{ field, code, message }` with a message in the bundle's language (Dutch by default).
//! Documented in docs/api.md.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::i18n::msg::api as txt;
use crate::rules::{self, params::ParamInfo, Date, FieldError, RulePeriod};
use wasm_bindgen::JsCast;

use crate::tools::input::{fill_form, FieldValue, FormFields};

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

fn err(e: FieldError) -> JsValue {
    to_js(&e).unwrap_or_else(|_| JsValue::from_str(&e.message.render()))
}

/// Several field errors: thrown as the first one, with all of them in `errors`.
fn errs(errors: Vec<FieldError>) -> JsValue {
    #[derive(Serialize)]
    struct Many<'a> {
        field: &'a str,
        code: &'a str,
        message: String,
        errors: &'a [FieldError],
    }
    let first = errors.first();
    let many = Many {
        field: first.map(|e| e.field.as_str()).unwrap_or(""),
        code: first.map(|e| e.code).unwrap_or("invalid"),
        message: first.map(|e| e.message.render()).unwrap_or_default(),
        errors: &errors,
    };
    to_js(&many).unwrap_or_else(|_| JsValue::from_str("invalid input"))
}

/// The fields of a plain object as named values: texts, numbers (as JavaScript writes
/// them) and booleans; `null` and `undefined` count as not given.
fn values(value: &JsValue) -> Result<Vec<(String, FieldValue)>, JsValue> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(err(FieldError::new("form", "invalid_form", txt::INVALID_FORM)));
    }
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let Some(name) = key.as_string() else { continue };
        let v = js_sys::Reflect::get(value, &key).unwrap_or(JsValue::UNDEFINED);
        if v.is_undefined() || v.is_null() {
            continue;
        }
        if let Some(text) = v.as_string() {
            out.push((name, FieldValue::Text(text)));
        } else if let Some(b) = v.as_bool() {
            out.push((name, FieldValue::Flag(b)));
        } else if v.as_f64().is_some() {
            let written = js_sys::Number::from(v)
                .to_string_with_radix(10)
                .map(String::from)
                .unwrap_or_default();
            out.push((name, FieldValue::Number(written)));
        } else {
            errors.push(FieldError::new(
                name,
                "invalid_type",
                crate::i18n::msg::input::TEXT_OR_NUMBER,
            ));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errs(errors))
    }
}

/// Fills a form from a plain object; a missing field keeps its default, a field the form
/// does not have or a value of the wrong type is a field error.
fn form<T: FormFields + Default>(value: JsValue) -> Result<T, JsValue> {
    fill_form(values(&value)?).map_err(errs)
}

/// A text argument. Taken as `JsValue`, not `&str`: wasm-bindgen's glue for `&str` does not
/// check the type, and a number or object from a caller would corrupt memory (found by the
/// fuzz test).
fn text_arg(field: &str, value: &JsValue) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| {
        err(FieldError::new(
            field,
            "invalid_type",
            txt::text_expected {
                example: "\"2026-07-01\"",
            },
        ))
    })
}

fn parse_date(field: &str, value: &JsValue) -> Result<Date, JsValue> {
    text_arg(field, value)?
        .parse::<Date>()
        .map_err(|e| err(FieldError::new(field, "invalid_date", e.text())))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ParameterSet {
    valid_from: Date,
    valid_until: Date,
    parameters: &'static [ParamInfo],
}

/// The periods for which this build knows the rules: `[{ validFrom, validUntil }]`.
// The rules themselves are served by the start page's bundle; tool bundles stay small.
#[cfg(not(single_tool))]
#[wasm_bindgen(js_name = ruleDates)]
pub fn rule_dates() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Period {
        valid_from: Date,
        valid_until: Date,
    }
    let periods: Vec<Period> = rules::rule_periods()
        .map(
            |RulePeriod {
                 valid_from,
                 valid_until,
             }| Period {
                valid_from,
                valid_until,
            },
        )
        .collect();
    to_js(&periods)
}

/// The national parameter snapshot in force on `date` ("jjjj-mm-dd"), every value with its
/// label, article, source, status and note.
// The rules themselves are served by the start page's bundle; tool bundles stay small.
#[cfg(not(single_tool))]
#[wasm_bindgen]
pub fn parameters(date: JsValue) -> Result<JsValue, JsValue> {
    let date = parse_date("date", &date)?;
    let snapshot = rules::parameters_at(date).map_err(err)?;
    let period = rules::rule_periods()
        .find(|p| p.valid_from == snapshot.valid_from)
        .ok_or_else(|| err(FieldError::new("date", "no_rules", txt::NO_RULES)))?;
    to_js(&ParameterSet {
        valid_from: period.valid_from,
        valid_until: period.valid_until,
        parameters: snapshot.index,
    })
}

/// One rule on its own: `rule("zorgtoeslag", { date, toetsingsinkomen, toeslagpartner })`
/// gives its explained lines. `rules()` lists the rules and their fields; see docs/api.md.
// In the API bundle only: every rule's code is a fifth of a bundle, and the start page's
// rules page does not call it.
#[cfg(feature = "api")]
#[wasm_bindgen]
pub fn rule(name: JsValue, input: JsValue) -> Result<JsValue, JsValue> {
    let name = text_arg("rule", &name)?;
    let answer = crate::tools::rule::rule(&name, values(&input)?).map_err(errs)?;
    to_js(&answer)
}

/// The rules `rule()` answers, each with the fields it takes: `[{ name, fields }]`.
#[cfg(feature = "api")]
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Entry {
        name: &'static str,
        fields: &'static [&'static str],
    }
    let list: Vec<Entry> = crate::tools::rule::RULES
        .iter()
        .map(|(name, fields)| Entry { name, fields })
        .collect();
    to_js(&list)
}

/// The gemeenten this build knows: `[{ slug, name, cbsCode }]`.
// The rules themselves are served by the start page's bundle; tool bundles stay small.
#[cfg(not(single_tool))]
#[wasm_bindgen]
pub fn gemeenten() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Entry {
        slug: &'static str,
        name: &'static str,
        cbs_code: &'static str,
    }
    let list: Vec<Entry> = rules::GEMEENTEN
        .iter()
        .map(|g| Entry {
            slug: g.slug,
            name: g.name,
            cbs_code: g.cbs_code,
        })
        .collect();
    to_js(&list)
}

/// A gemeente's own rules in force on `date`; `gemeente` is a slug, CBS code or name.
// The rules themselves are served by the start page's bundle; tool bundles stay small.
#[cfg(not(single_tool))]
#[wasm_bindgen(js_name = gemeenteParameters)]
pub fn gemeente_parameters(gemeente: JsValue, date: JsValue) -> Result<JsValue, JsValue> {
    let date = parse_date("date", &date)?;
    let gemeente = text_arg("gemeente", &gemeente)?;
    let g = rules::gemeente(&gemeente).ok_or_else(|| {
        err(FieldError::new(
            "gemeente",
            "unknown_gemeente",
            txt::unknown_gemeente {
                gemeente: gemeente.clone(),
            },
        ))
    })?;
    let r = g.rules_at(date);
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct GemeenteSet {
        slug: &'static str,
        name: &'static str,
        cbs_code: &'static str,
        valid_from: Date,
        parameters: &'static [ParamInfo],
    }
    to_js(&GemeenteSet {
        slug: g.slug,
        name: g.name,
        cbs_code: g.cbs_code,
        valid_from: r.valid_from,
        parameters: r.index,
    })
}

#[cfg(feature = "api")]
/// The employer calculation (loonkostensubsidie, loonkostenvoordeel, local policy) for a
/// form object; see docs/api.md for the fields. Throws the field errors when the form is
/// not valid.
#[wasm_bindgen]
pub fn werkgever(input: JsValue) -> Result<JsValue, JsValue> {
    use crate::tools::werkgever;
    let f: werkgever::WerkgeverForm = form(input)?;
    let valid = werkgever::validate(&f).map_err(errs)?;
    to_js(&werkgever::calculate(&valid))
}

/// The individuele inkomenstoeslag check (Participatiewet art. 36 and the gemeente's
/// verordening): every condition with met / not met / cannot tell and its reason.
#[cfg(feature = "api")]
#[wasm_bindgen]
pub fn inkomenstoeslag(input: JsValue) -> Result<JsValue, JsValue> {
    use crate::tools::inkomenstoeslag as iit;
    let f: iit::IitForm = form(input)?;
    let valid = iit::validate(&f).map_err(errs)?;
    to_js(&iit::calculate(&valid))
}

/// "Gaat werken lonen?": net household income now, and with the job in the first 6 months
/// and after, every component explained, with the 0–40 hour curve; see docs/api.md.
#[cfg(feature = "api")]
#[wasm_bindgen]
pub fn armoedeval(input: JsValue) -> Result<JsValue, JsValue> {
    use crate::tools::armoedeval as a;
    let f: a::ArmoedevalForm = form(input)?;
    let valid = a::validate(&f).map_err(errs)?;
    to_js(&a::calculate(&valid))
}

/// The intake: one household form through the three tools' own forms (resident tool, IIT
/// check, and with a `loonwaarde` the employer tool), with what the household may apply for
/// now and the checks for the klantmanager; see docs/api.md.
#[cfg(feature = "api")]
#[wasm_bindgen]
pub fn intake(input: JsValue) -> Result<JsValue, JsValue> {
    use crate::tools::intake as i;
    let f: i::IntakeForm = form(input)?;
    let valid = i::validate(&f).map_err(errs)?;
    to_js(&i::calculate(&valid))
}

/// Only the 0–40 hour curve of [`armoedeval`] (amounts, no explanations).
#[cfg(feature = "api")]
#[wasm_bindgen(js_name = armoedevalCurve)]
pub fn armoedeval_curve(input: JsValue) -> Result<JsValue, JsValue> {
    use crate::tools::armoedeval as a;
    let f: a::ArmoedevalForm = form(input)?;
    let valid = a::validate(&f).map_err(errs)?;
    to_js(&a::curve(&valid))
}

/// The minima-effectrapportage for a gemeente and a rule date: standard households at 100%
/// to 150% of the bijstandsnorm and at 0–40 hours, with every step where one keeps less;
/// see docs/api.md.
#[cfg(feature = "api")]
#[wasm_bindgen(js_name = minimaEffect)]
pub fn minima_effect(input: JsValue) -> Result<JsValue, JsValue> {
    use crate::tools::minima_effect as m;
    let f: m::MinimaEffectForm = form(input)?;
    let valid = m::validate(&f).map_err(errs)?;
    to_js(&m::calculate(&valid))
}

/// Mounts the app on every `[data-rekenhulp]` element once the module is loaded.
#[cfg(not(api_only))]
#[wasm_bindgen(start)]
pub fn start() {
    crate::ui::mount_all();
}

/// Mounts the app on `[data-rekenhulp]` elements added after loading (embed.js calls this
/// when the language switch swaps a tool in place). Elements already mounted are skipped.
#[cfg(not(api_only))]
#[wasm_bindgen]
pub fn mount() {
    crate::ui::mount_all();
}

/// The language of this bundle's texts ("nl", "en", …).
#[wasm_bindgen]
pub fn language() -> String {
    crate::i18n::language().code.to_string()
}
