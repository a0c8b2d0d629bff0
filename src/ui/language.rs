//! The language switch. Each language is its own bundle (scripts/build.sh: Dutch in `dist/`,
//! English in `dist/en/`, …), so switching loads the other bundle. What the user typed goes
//! along in the URL fragment (the part after `#`, never sent to a server), so nothing is lost.
//!
//! On a page of its own the switch is a plain link to the same page in the other language.
//! Embedded in a host page, the app first asks `embed.js` (a cancelable `rekenhulp-language`
//! event on the mount element) to swap the bundle in place; the host page stays.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::pages::Page;
use crate::i18n::{language, msg::ui_language as txt, tr, ALL_LANGUAGES, MASTER_CODE};

thread_local! {
    /// Per tool (one of each per page): its inputs as a URL fragment (`#/inwoner?hours=24&…`),
    /// kept current while the user types, read when the user switches language. Plain
    /// thread-local state instead of a Yew context: nothing re-renders, and the download
    /// stays smaller.
    static TYPED: RefCell<Vec<(&'static str, String)>> = const { RefCell::new(Vec::new()) };
    /// Inputs handed over by the host page (`data-state` on the element, set by embed.js when
    /// the language switch swaps the bundle), per tool, taken once by the tool.
    static HANDED: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// The tool `slug` now has these inputs.
pub fn remember(slug: &'static str, fragment: String) {
    TYPED.with(|t| {
        let mut t = t.borrow_mut();
        match t.iter_mut().find(|(s, _)| *s == slug) {
            Some(entry) => entry.1 = fragment,
            None => t.push((slug, fragment)),
        }
    });
}

/// Inputs for the tool `tool` from the host page (`data-state`).
pub fn hand_over(tool: &str, fragment: String) {
    HANDED.with(|h| h.borrow_mut().push((tool.to_string(), fragment)));
}

/// The inputs handed over for tool `slug`, once.
pub fn handed_over(slug: &str) -> Option<String> {
    HANDED.with(|h| {
        let mut h = h.borrow_mut();
        let i = h.iter().position(|(s, _)| s == slug)?;
        Some(h.remove(i).1)
    })
}

/// The inputs of the tool on screen, or else the page's own fragment (`#/regels`).
fn fragment(page: Page) -> String {
    let typed = TYPED.with(|t| {
        t.borrow()
            .iter()
            .find(|(s, _)| *s == page.slug())
            .map(|(_, f)| f.clone())
    });
    typed
        .filter(|f| !f.is_empty())
        .or_else(|| web_sys::window().and_then(|w| w.location().hash().ok()))
        .unwrap_or_default()
}

/// The folder of this bundle relative to the site root: "" (Dutch start page),
/// "werkgever/", "en/", "en/werkgever/".
fn bundle_path(lang: &str) -> String {
    let tool = Page::ALL
        .into_iter()
        .find(|p| p.in_bundle() && !matches!(p, Page::Start | Page::Regels))
        .filter(|_| super::pages::SINGLE_TOOL)
        .map(|p| format!("{}/", p.slug()))
        .unwrap_or_default();
    let prefix = if lang == MASTER_CODE {
        String::new()
    } else {
        format!("{lang}/")
    };
    format!("{prefix}{tool}")
}

/// The same page in language `code`, relative to this page.
fn href_for(code: &str) -> String {
    let here = bundle_path(language().code);
    let up = "../".repeat(here.matches('/').count());
    let there = format!("{up}{}", bundle_path(code));
    if there.is_empty() {
        "./".to_string()
    } else {
        there
    }
}

fn dispatch_switch(target: &web_sys::Element, code: &str, fragment: &str) -> bool {
    let detail = js_sys::Object::new();
    for (k, v) in [("lang", code), ("from", language().code), ("state", fragment)] {
        let _ = js_sys::Reflect::set(&detail, &k.into(), &v.into());
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_detail(&detail);
    let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("rekenhulp-language", &init) else {
        return false;
    };
    // false: embed.js took it (preventDefault) and swaps the bundle in place.
    !target.dispatch_event(&event).unwrap_or(true)
}

/// Links to this page in every other language, each named in its own language.
pub fn switch(page: Page) -> Html {
    let others: Vec<_> = ALL_LANGUAGES
        .iter()
        .filter(|(code, _, _)| *code != language().code)
        .collect();
    if others.is_empty() {
        return html! {};
    }
    html! {
        <nav class="rh-lang" aria-label={tr(txt::NAV_LABEL)}>
            <ul>
                { for others.into_iter().map(|&(code, name, rtl)| {
                    let href = href_for(code);
                    let onclick = {
                        let href = href.clone();
                        Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            let fragment = fragment(page);
                            let handled = e
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                                .is_some_and(|t| dispatch_switch(&t, code, &fragment));
                            if !handled {
                                if let Some(w) = web_sys::window() {
                                    let _ = w.location().assign(&format!("{href}{fragment}"));
                                }
                            }
                        })
                    };
                    html! {
                        <li>
                            <a href={href} lang={code} hreflang={code} dir={if rtl { "rtl" } else { "ltr" }} {onclick}>{ name }</a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
