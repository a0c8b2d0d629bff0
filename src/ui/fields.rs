//! Form fields with their label, hint and error tied together for screen readers
//! (aria-describedby, aria-invalid), and the error summary at the top of a form.
//!
//! These are plain functions that return `Html`, not components: they hold no state, and
//! every Yew component adds its own copy of the lifecycle code to the download.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::msg::ui_fields as txt;
use crate::i18n::tr;
use crate::rules::FieldError;

/// The error message for `field`, if any.
pub fn error_for(errors: &[FieldError], field: &str) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.render())
}

fn describedby(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn label_hint_error(id: &str, label: &str, hint: Option<&str>, error: Option<&str>) -> Html {
    html! {
        <>
            <label for={id.to_string()}>{ label }</label>
            if let Some(h) = hint {
                <p class="rh-hint" id={format!("{id}-hint")}>{ h }</p>
            }
            if let Some(e) = error {
                <p class="rh-error" id={format!("{id}-error")}><span class="rh-visually-hidden">{ tr(txt::ERROR_PREFIX) }{ " " }</span>{ e }</p>
            }
        </>
    }
}

/// A text input: `TextField::new(id, label, value).suffix("uur").render(on_input)`.
pub struct TextField<'a> {
    id: &'a str,
    label: &'a str,
    value: &'a str,
    hint: Option<&'a str>,
    error: Option<String>,
    inputmode: &'static str,
    input_type: &'static str,
    prefix: Option<&'a str>,
    suffix: Option<&'a str>,
    short: bool,
}

impl<'a> TextField<'a> {
    pub fn new(id: &'a str, label: &'a str, value: &'a str) -> Self {
        TextField {
            id,
            label,
            value,
            hint: None,
            error: None,
            inputmode: "decimal",
            input_type: "text",
            prefix: None,
            suffix: None,
            short: false,
        }
    }
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }
    pub fn error(mut self, error: Option<String>) -> Self {
        self.error = error;
        self
    }
    /// Whole numbers: a numeric keypad on phones.
    pub fn numeric(mut self) -> Self {
        self.inputmode = "numeric";
        self
    }
    pub fn date(mut self) -> Self {
        self.input_type = "date";
        self.inputmode = "numeric";
        self
    }
    pub fn prefix(mut self, p: &'a str) -> Self {
        self.prefix = Some(p);
        self
    }
    pub fn suffix(mut self, s: &'a str) -> Self {
        self.suffix = Some(s);
        self.short = true;
        self
    }

    pub fn render(self, on_input: Callback<String>) -> Html {
        let id = self.id;
        let oninput =
            Callback::from(move |e: InputEvent| on_input.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
        let invalid = self.error.is_some();
        html! {
            <div class={classes!("rh-field", invalid.then_some("rh-field--error"))}>
                { label_hint_error(id, self.label, self.hint, self.error.as_deref()) }
                <div class="rh-input-row">
                    if let Some(p) = self.prefix { <span class="rh-affix" aria-hidden="true">{ p }</span> }
                    <input
                        id={id.to_string()}
                        name={id.to_string()}
                        type={self.input_type}
                        inputmode={self.inputmode}
                        class={(self.short || self.prefix.is_some()).then_some("rh-w-short")}
                        value={self.value.to_string()}
                        aria-invalid={invalid.then_some("true")}
                        aria-describedby={describedby(id, self.hint.is_some(), invalid)}
                        autocomplete="off"
                        {oninput}
                    />
                    if let Some(s) = self.suffix { <span class="rh-affix" aria-hidden="true">{ s }</span> }
                </div>
            </div>
        }
    }
}

/// The gemeente: a choice of every gemeente in the data, or, on a host page that fixes it
/// (`data-lock-gemeente`), its name as plain text.
pub fn gemeente_field(
    id: &str,
    label: &str,
    value: &str,
    locked: bool,
    error: Option<String>,
    on_change: Callback<String>,
) -> Html {
    if locked {
        let name = crate::rules::GEMEENTEN
            .iter()
            .find(|g| g.slug == value)
            .map_or(value, |g| g.name);
        return html! { <p class="rh-field" id={id.to_string()}><strong>{ label }</strong>{ ": " }{ name }</p> };
    }
    let options: Vec<(&str, &str)> = crate::rules::GEMEENTEN.iter().map(|g| (g.slug, g.name)).collect();
    select_field(id, label, None, value, &options, error, on_change)
}

/// An element id: the page's prefix and the field's name with `-` for `_` ("rh-aw-" and
/// "start_date" give "rh-aw-start-date"). By hand, not `str::replace`: that generic search
/// costs more code than every id together.
pub fn element_id(prefix: &str, field: &str) -> String {
    let mut id = String::from(prefix);
    swap_char_into(&mut id, field, '_', "-");
    id
}

/// `text` with every `from` written as `to` (a decimal comma, a CSV quote). By hand, not
/// `str::replace`: its generic search is more code than every use of it together.
pub fn swap_char(text: &str, from: char, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    swap_char_into(&mut out, text, from, to);
    out
}

fn swap_char_into(out: &mut String, text: &str, from: char, to: &str) {
    for c in text.chars() {
        if c == from {
            out.push_str(to);
        } else {
            out.push(c);
        }
    }
}

/// A follow-up field appears when its question applies, and stays while it holds text, so
/// nothing typed disappears and an error always has its field.
pub fn shown(applies: bool, value: &str) -> bool {
    applies || !value.trim().is_empty()
}

/// A drop-down list of (value, text) options.
pub fn select_field(
    id: &str,
    label: &str,
    hint: Option<&str>,
    value: &str,
    options: &[(&str, &str)],
    error: Option<String>,
    on_change: Callback<String>,
) -> Html {
    let onchange =
        Callback::from(move |e: Event| on_change.emit(e.target_unchecked_into::<HtmlSelectElement>().value()));
    let invalid = error.is_some();
    html! {
        <div class={classes!("rh-field", invalid.then_some("rh-field--error"))}>
            { label_hint_error(id, label, hint, error.as_deref()) }
            <select id={id.to_string()} name={id.to_string()} aria-invalid={invalid.then_some("true")}
                aria-describedby={describedby(id, hint.is_some(), invalid)} {onchange}>
                { for options.iter().map(|(v, t)| html! {
                    <option value={v.to_string()} selected={*v == value}>{ *t }</option>
                }) }
            </select>
        </div>
    }
}

pub fn checkbox(id: &str, label: &str, checked: bool, on_change: Callback<bool>) -> Html {
    let onchange =
        Callback::from(move |e: Event| on_change.emit(e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! {
        <div class="rh-check">
            <input type="checkbox" id={id.to_string()} name={id.to_string()} {checked} {onchange} />
            <label for={id.to_string()}>{ label }</label>
        </div>
    }
}

/// Radio buttons in a fieldset; ids are `{id}-{value}`.
pub fn radio_group(id: &str, legend: &str, value: &str, options: &[(&str, &str)], on_change: Callback<String>) -> Html {
    html! {
        <fieldset class="rh-fieldset">
            <legend>{ legend }</legend>
            { for options.iter().map(|(v, label)| {
                let oid = format!("{id}-{v}");
                let onchange = {
                    let cb = on_change.clone();
                    let v = v.to_string();
                    Callback::from(move |_: Event| cb.emit(v.clone()))
                };
                html! {
                    <div class="rh-check">
                        <input type="radio" id={oid.clone()} name={id.to_string()} value={v.to_string()} checked={*v == value} {onchange} />
                        <label for={oid}>{ *label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// The list of problems at the top of a form; each links to (and focuses) its field.
pub fn error_summary(errors: &[FieldError], id_for: fn(&str) -> String, summary_ref: &NodeRef) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="rh-error-summary" role="alert" tabindex="-1" ref={summary_ref.clone()} aria-labelledby={id_for("error_summary_title")}>
            { super::heading(2, Some(id_for("error_summary_title").to_string()), None, html! { { tr(txt::ERROR_SUMMARY) } }) }
            <ul>
                { for errors.iter().map(|e| {
                    let target = id_for(&e.field);
                    let href = format!("#{target}");
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        // Focus the field instead of following the #anchor: the app's pages
                        // live in the URL fragment.
                        ev.prevent_default();
                        if let Some(el) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.get_element_by_id(&target))
                            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
                        {
                            let _ = el.focus();
                        }
                    });
                    html! { <li><a {href} {onclick}>{ e.message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}
