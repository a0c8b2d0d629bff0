//! The language switch. Each language is its own bundle (scripts/build.sh: Dutch in `dist/`,
//! English in `dist/en/`, …), so switching loads the other bundle. What the user typed goes
//! along in the URL fragment (the part after `#`, never sent to a server), so nothing is lost.
//!
//! On a page of its own the switch is a plain link to the same page in the other language.
//! Embedded in a host page, `embed.js` takes the click and swaps the bundle in place; the
//! host page stays.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::pages::Page;
use crate::i18n::{language, msg::ui_language as txt, tr, ALL_LANGUAGES, MASTER_CODE};

thread_local! {
    /// The inputs of the tool on screen as a URL fragment (`#/inwoner?hours=24&…`), kept
    /// current while the user types, read when the user switches language. A bundle serves
    /// one tool, so one slot is enough; plain thread-local state instead of a Yew context
    /// keeps the download smaller and re-renders nothing.
    static TYPED: RefCell<String> = const { RefCell::new(String::new()) };
    /// Inputs handed over by the host page (`data-state` on the element, set by embed.js when
    /// the language switch swaps the bundle), taken once by the tool they are for.
    static HANDED: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The tool on screen now has these inputs.
pub fn remember(fragment: String) {
    TYPED.with(|t| *t.borrow_mut() = fragment);
}

/// Inputs from the host page (`data-state`).
pub fn hand_over(fragment: String) {
    HANDED.with(|h| *h.borrow_mut() = fragment);
}

/// The inputs handed over for tool `slug` (`#/slug?…`), once.
pub fn handed_over(slug: &str) -> Option<String> {
    HANDED.with(|h| {
        let mut h = h.borrow_mut();
        let mine = h.strip_prefix("#/")?.strip_prefix(slug)?.starts_with('?');
        mine.then(|| core::mem::take(&mut *h))
    })
}

/// The inputs of the tool on screen, or else the page's own fragment (`#/regels`).
fn fragment(page: Page) -> String {
    let typed = TYPED.with(|t| t.borrow().clone());
    if typed.strip_prefix("#/").is_some_and(|t| t.starts_with(page.slug())) {
        return typed;
    }
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The folder of this bundle relative to the site root: "" (Dutch start page),
/// "werkgever/", "en/", "en/werkgever/".
fn bundle_path(lang: &str) -> String {
    let tool = Page::tool()
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
                    // The inputs go into the link as it is followed. On a page of its own the
                    // browser then opens it; embedded, embed.js takes the click (it bubbles
                    // there after this) and swaps the tool in place.
                    let onclick = {
                        let href = href.clone();
                        Callback::from(move |e: MouseEvent| {
                            // Yew delegates events, so currentTarget is the mount element: find
                            // the link from the target.
                            let link = e
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                                .and_then(|t| t.closest("a").ok().flatten());
                            if let Some(a) = link {
                                let _ = a.set_attribute("href", &format!("{href}{}", fragment(page)));
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
