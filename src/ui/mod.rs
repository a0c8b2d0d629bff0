//! The Yew app. Small function components; every text comes from `locales/` (Dutch B1 is
//! the master) through `crate::i18n`. The rules come from `crate::rules` only: the UI
//! formats lines, it never computes an amount itself.

#[cfg(feature = "werkgever")]
mod costchart;
#[cfg(any(
    feature = "werkgever",
    feature = "inwoner",
    feature = "inkomenstoeslag",
    feature = "minima_effect"
))]
mod fields;
mod hooks;
#[cfg(feature = "inwoner")]
mod incomechart;
#[cfg(feature = "inkomenstoeslag")]
mod inkomenstoeslag;
#[cfg(feature = "inwoner")]
mod inwoner;
mod language;
mod lines;
#[cfg(feature = "minima_effect")]
mod minima_chart;
#[cfg(feature = "minima_effect")]
mod minima_effect;
mod pages;
#[cfg(any(
    feature = "werkgever",
    feature = "inwoner",
    feature = "inkomenstoeslag",
    feature = "minima_effect"
))]
mod share;
mod shell;
#[cfg(any(
    feature = "werkgever",
    feature = "inwoner",
    feature = "inkomenstoeslag",
    feature = "minima_effect"
))]
mod tool;
#[cfg(feature = "werkgever")]
mod werkgever;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::i18n::msg::ui_mod as txt;
use crate::i18n::tr;
use crate::rules::{self, Date};
use hooks::use_window_event;

pub use pages::Page;

/// A text from the rules goes into the page written out in the page's language.
impl yew::html::IntoPropValue<Html> for &crate::i18n::Text {
    fn into_prop_value(self) -> Html {
        Html::from(yew::virtual_dom::VText::new(self.render()))
    }
}

impl yew::html::IntoPropValue<Html> for crate::i18n::Text {
    fn into_prop_value(self) -> Html {
        (&self).into_prop_value()
    }
}

/// A message without arguments goes into the page as its text in the page's language.
impl yew::html::IntoPropValue<Html> for crate::i18n::Msg {
    fn into_prop_value(self) -> Html {
        Html::from(yew::virtual_dom::VText::new(self.text()))
    }
}

/// Props a host page sets with data attributes on the mount element.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// `data-gemeente`: slug, CBS code or name.
    #[prop_or_default]
    pub gemeente: Option<String>,
    /// `data-tool`: start on this tool ("werkgever", "inwoner", "inkomenstoeslag",
    /// "minima-effect").
    #[prop_or_default]
    pub tool: Option<String>,
    /// The mount's number on the page, to keep element ids unique.
    #[prop_or_default]
    pub instance: usize,
}

/// Renders the app into every `[data-rekenhulp]` element on the page that this bundle
/// serves: an element whose `data-tool` names a tool of another bundle is left for that
/// bundle, so a host page can load several tools side by side.
pub fn mount_all() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all("[data-rekenhulp]") else {
        return;
    };
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if el.get_attribute("data-rekenhulp-mounted").is_some() {
            continue;
        }
        // An element meant for another language is left for that language's bundle.
        if el
            .get_attribute("data-lang")
            .is_some_and(|l| !l.is_empty() && l != crate::i18n::language().code)
        {
            continue;
        }
        let tool = el.get_attribute("data-tool");
        if tool.as_deref().is_some_and(|t| Page::from_slug(t).is_none()) {
            continue;
        }
        let _ = el.set_attribute("data-rekenhulp-mounted", "");
        let props = AppProps {
            gemeente: el.get_attribute("data-gemeente"),
            tool,
            instance: i as usize,
        };
        if let Some(state) = el.get_attribute("data-state") {
            language::hand_over(state);
        }
        yew::Renderer::<App>::with_root_and_props(el, props).render();
    }
}

/// Today in the visitor's browser, for the default rule date.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    // A browser always gives a real date; the fallback only keeps this free of panics.
    Date::new(
        u16::try_from(y).unwrap_or(2026),
        u8::try_from(m).unwrap_or(1),
        u8::try_from(d).unwrap_or(1),
    )
    .unwrap_or(Date::from_checked(2026, 7, 1))
}

fn open_all_disclosures() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = doc.query_selector_all(".rh details") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let _ = el.set_attribute("open", "");
        }
    }
}

fn page_from_hash() -> Option<Page> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Page::from_hash(&hash)
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props
        .tool
        .as_deref()
        .and_then(Page::from_slug)
        .unwrap_or_else(Page::first);
    let page = use_state(|| page_from_hash().unwrap_or(initial));
    // The rule date as typed, so a half-typed or refused date is never thrown away.
    let date_text = use_state(|| rules::current_or_latest(today()).to_string());

    {
        let page = page.clone();
        use_window_event("hashchange", move || {
            if let Some(p) = page_from_hash() {
                page.set(p);
            }
        });
    }
    // Printing: open every disclosure first, so the printout has all explanations.
    use_window_event("beforeprint", open_all_disclosures);

    let parsed = date_text
        .parse::<Date>()
        .map_err(|e| e.to_string())
        .and_then(|d| rules::parameters_at(d).map(|s| (d, s)).map_err(|e| e.message.render()));
    let on_date = {
        let date_text = date_text.clone();
        Callback::from(move |text: String| date_text.set(text))
    };
    let navigate = {
        let page = page.clone();
        // Other bundles' pages are plain links: the browser goes there.
        Callback::from(move |p: Page| {
            if p.in_bundle() {
                page.set(p)
            }
        })
    };
    let gemeente = props
        .gemeente
        .as_deref()
        .and_then(rules::gemeente)
        .unwrap_or_else(rules::landelijk);

    let lang = crate::i18n::language();
    html! {
        <div class="rh" lang={lang.code} dir={lang.dir()}>
            { language::switch(*page) }
            { shell::header(*page, &navigate) }
            { shell::date_field(&date_text, parsed.as_ref().err().map(String::as_str), &on_date, props.instance) }
            <div class="rh-page">
                { match &parsed {
                    Ok((date, snapshot)) => html! {
                        <pages::PageView page={*page} date={*date} snapshot_from={snapshot.valid_from} gemeente={gemeente.slug} on_navigate={navigate} />
                    },
                    Err(_) => html! {
                        <p class="rh-notice">{ tr(txt::CHOOSE_DATE) }</p>
                    },
                } }
            </div>
            { shell::disclaimer() }
        </div>
    }
}
