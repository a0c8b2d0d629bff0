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

thread_local! {
    /// How many levels a host page moves the tools' headings down (`data-heading-level`).
    /// One value per page: the last mounted app sets it.
    static HEADING_SHIFT: core::cell::Cell<u8> = const { core::cell::Cell::new(0) };
}

/// The tag of a tool heading of `level` (1: the tool's title), moved down to the host's
/// heading level when embedded, never past h6.
pub fn h(level: u8) -> &'static str {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    let shift = HEADING_SHIFT.with(core::cell::Cell::get);
    let index = usize::from(level.saturating_add(shift).saturating_sub(1));
    TAGS.get(index).copied().unwrap_or("h6")
}

/// A heading of `level` (1: the tool's title) at the host's heading level, with an id and,
/// for a heading that receives focus, its ref (then `tabindex="-1"`). One place builds the
/// dynamic tag, so the page code does not repeat yew's checks of a tag name per heading.
pub fn heading(level: u8, id: Option<String>, focus: Option<NodeRef>, content: Html) -> Html {
    let tabindex = focus.as_ref().map(|_| "-1");
    let node_ref = focus.unwrap_or_default();
    html! { <@{h(level)} {id} {tabindex} ref={node_ref}>{ content }</@> }
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
    /// On a host page (no `data-site` on the element): no site title, navigation or rule
    /// date of our own; the host's page has those.
    #[prop_or_default]
    pub embedded: bool,
    /// `data-heading-level`: the level of the tool's title on the host page (1–6).
    #[prop_or(1)]
    pub heading_level: u8,
    /// `data-lock-gemeente`: the host page is about this gemeente; the user cannot choose
    /// another one there.
    #[prop_or_default]
    pub lock_gemeente: bool,
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
        let gemeente = el.get_attribute("data-gemeente");
        let props = AppProps {
            lock_gemeente: el.has_attribute("data-lock-gemeente")
                && gemeente.as_deref().and_then(rules::gemeente).is_some(),
            gemeente,
            tool,
            instance: i as usize,
            embedded: !el.has_attribute("data-site"),
            heading_level: el
                .get_attribute("data-heading-level")
                .and_then(|l| l.trim().parse::<u8>().ok())
                .unwrap_or(1)
                .clamp(1, 6),
        };
        if let Some(state) = el.get_attribute("data-state") {
            language::hand_over(state);
        }
        // What stood in the element until now ("wordt geladen", a noscript) gives way.
        el.set_text_content(None);
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

/// Opens the disclosures of a report page (`.rh-report`) before printing.
fn open_report_disclosures() {
    open_disclosures(".rh-report details");
}

/// Opens every explanation, for "print met alle uitleg".
pub(crate) fn open_all_disclosures() {
    open_disclosures(".rh details");
}

fn open_disclosures(selector: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = doc.query_selector_all(selector) else {
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

    // The minima-effect report is a council document: it prints with every disclosure open.
    // The tools print a summary unless asked for everything (share.rs).
    use_window_event("beforeprint", open_report_disclosures);
    {
        let page = page.clone();
        use_window_event("hashchange", move || {
            if let Some(p) = page_from_hash() {
                page.set(p);
            }
        });
    }

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

    // A free rule date belongs to the rules page only. A tool asks for the date that
    // matters to it (the job's start, the request date) and starts from today's rules, so
    // typing a date elsewhere can never replace or empty a tool's form.
    HEADING_SHIFT.with(|c| c.set(props.heading_level.saturating_sub(1)));
    let on_rules_page = *page == Page::Regels;
    let today_rules = rules::current_or_latest(today());
    let lang = crate::i18n::language();
    html! {
        <div class="rh" lang={lang.code} dir={lang.dir()}>
            if !props.embedded {
                { shell::skip_link() }
            }
            { language::switch(*page) }
            if !props.embedded {
                { shell::header(*page, &navigate) }
            }
            if on_rules_page {
                { shell::date_field(&date_text, parsed.as_ref().err().map(String::as_str), &on_date, props.instance) }
            }
            <div class="rh-page">
                { match (on_rules_page, &parsed) {
                    (true, Ok((date, snapshot))) => html! {
                        <pages::PageView page={*page} date={*date} snapshot_from={snapshot.valid_from} gemeente={gemeente.slug} lock_gemeente={props.lock_gemeente} on_navigate={navigate} />
                    },
                    (true, Err(_)) => html! {
                        <p class="rh-notice">{ tr(txt::CHOOSE_DATE) }</p>
                    },
                    (false, _) => html! {
                        <pages::PageView page={*page} date={today_rules} snapshot_from={today_rules} gemeente={gemeente.slug} lock_gemeente={props.lock_gemeente} on_navigate={navigate} />
                    },
                } }
            </div>
            { shell::disclaimer() }
        </div>
    }
}
