//! Share and keep a calculation: the inputs go into the URL fragment (after `#`), which the
//! browser never sends to a server, so host analytics never see incomes. Opening the link
//! restores the form and shows the result again.

use js_sys::{decode_uri_component, encode_uri_component};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::msg::ui_share as txt;
use crate::i18n::tr;
use crate::tools::input::{FormFields, Slot};

/// `#/werkgever?age=30&contract_hours=32…`: the form as a URL fragment.
pub fn fragment<F: FormFields + Clone>(slug: &str, form: &F) -> String {
    let mut copy = form.clone();
    let params: Vec<String> = copy
        .slots()
        .into_iter()
        .filter_map(|(name, slot)| {
            let value = match slot {
                Slot::Text(t) if t.trim().is_empty() => return None,
                Slot::Text(t) => String::from(encode_uri_component(t)),
                Slot::Flag(true) => "1".into(),
                Slot::Flag(false) => "0".into(),
            };
            Some(format!("{name}={value}"))
        })
        .collect();
    format!("#/{slug}?{}", params.join("&"))
}

/// `…#/werkgever?age=30&contract_hours=32…` for the current page.
pub fn share_url<F: FormFields + Clone>(slug: &str, form: &F) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default();
    format!("{base}{}", fragment(slug, form))
}

/// The form stored in the URL fragment for this tool, if the page was opened from a link;
/// `given`: a fragment handed over by the host page instead (`data-state`, set by embed.js
/// when the language switch swaps the tool in place).
pub fn restore<F: FormFields + Clone>(slug: &str, base: &F, given: Option<&str>) -> Option<F> {
    let hash = match given {
        Some(g) => g.to_string(),
        None => web_sys::window()?.location().hash().ok()?,
    };
    let query = hash.strip_prefix(&format!("#/{slug}?"))?;
    let mut form = base.clone();
    let mut any = false;
    for pair in query.split('&') {
        let Some((key, raw)) = pair.split_once('=') else {
            continue;
        };
        let Ok(value) = decode_uri_component(raw) else { continue };
        let value = String::from(value);
        for (name, slot) in form.slots() {
            if name != key {
                continue;
            }
            any = true;
            match slot {
                Slot::Text(t) => *t = value.chars().take(200).collect(),
                Slot::Flag(b) => *b = value == "1",
            }
        }
    }
    any.then_some(form)
}

/// The "share or keep this calculation" block under a result.
pub fn share_block(id: &str, url: &str) -> Html {
    let input_id = format!("{id}-link");
    let onclick = {
        let input_id = input_id.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            if let Some(input) = doc
                .get_element_by_id(&input_id)
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(e).ok())
            {
                input.select();
                if let Some(clip) = web_sys::window().map(|w| w.navigator().clipboard()) {
                    // Said once, through the status line next to the button, and only when
                    // the browser did copy (it may refuse); a refusal is no page error.
                    let status = doc.get_element_by_id(&format!("{input_id}-status"));
                    let done = Closure::once(move |_: JsValue| {
                        if let Some(s) = status {
                            s.set_text_content(Some(tr(txt::COPIED)));
                        }
                    });
                    let refused = Closure::once(|_: JsValue| {});
                    let _ = clip.write_text(&input.value()).then2(&done, &refused);
                    // The browser calls one of them later; two tiny closures per click.
                    done.forget();
                    refused.forget();
                }
            }
        })
    };
    html! {
        <section class="rh-share" aria-labelledby={format!("{id}-title")}>
            { super::heading(3, Some(format!("{id}-title")), None, html! { { tr(txt::TITLE) } }) }
            <p class="rh-hint" id={format!("{id}-hint")}>{ tr(txt::HINT) }</p>
            <div class="rh-input-row">
                <label for={input_id.clone()} class="rh-visually-hidden">{ tr(txt::LINK_LABEL) }</label>
                <input id={input_id} type="text" readonly=true value={url.to_string()} aria-describedby={format!("{id}-hint")} class="rh-share-link" />
                <button type="button" class="rh-button rh-button--secondary" {onclick}>{ tr(txt::COPY) }</button>
            </div>
            <p role="status" class="rh-hint" id={format!("{id}-link-status")}></p>
            // The printout is the summary: the explanations stay closed (1–2 pages); the
            // second button opens them all first.
            <p class="rh-input-row">
                <button type="button" class="rh-button rh-button--secondary" onclick={Callback::from(|_: MouseEvent| print(false))}>{ tr(txt::PRINT) }</button>
                <button type="button" class="rh-button rh-button--secondary rh-print-all" onclick={Callback::from(|_: MouseEvent| { super::open_all_disclosures(); print(true); })}>{ tr(txt::PRINT_ALL) }</button>
            </p>
        </section>
    }
}

/// Prints the summary, or (`all`) everything: `data-print` on the app's root tells the print
/// stylesheet which (www/style.css, `.rh-print-full`).
fn print(all: bool) {
    let Some(w) = web_sys::window() else {
        return;
    };
    if let Some(list) = w.document().and_then(|d| d.query_selector_all(".rh").ok()) {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = if all {
                    el.set_attribute("data-print", "all")
                } else {
                    el.remove_attribute("data-print")
                };
            }
        }
    }
    let _ = w.print();
}
