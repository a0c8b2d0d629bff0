//! The pages: the start page that sends each visitor to their tool, the tools, and the page
//! that lists every rule and its source.

use yew::prelude::*;

use super::lines::{new_window, status_badge, status_text};
use crate::i18n::msg::ui_pages as txt;
use crate::i18n::{tr, Msg, Text};
use crate::rules::params::Status;
use crate::rules::{self, params::ParamInfo, Date};

/// A bundle built for exactly one tool sits in that tool's folder.
pub(crate) const SINGLE_TOOL: bool = (cfg!(feature = "werkgever") as u8
    + cfg!(feature = "inwoner") as u8
    + cfg!(feature = "inkomenstoeslag") as u8
    + cfg!(feature = "minima_effect") as u8)
    == 1;

/// The report's folder and `data-tool`: its own bundle in `minima-effect/`.
pub(crate) const MINIMA_EFFECT_SLUG: &str = "minima-effect";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Werkgever,
    Inwoner,
    Inkomenstoeslag,
    Regels,
    /// The minima-effectrapportage, for policy officers: not in the menu (the rules page
    /// links to it), and only in its own bundle, so no other page carries it.
    #[cfg(feature = "minima_effect")]
    MinimaEffect,
}

impl Page {
    pub const ALL: [Page; 5] = [
        Page::Start,
        Page::Werkgever,
        Page::Inwoner,
        Page::Inkomenstoeslag,
        Page::Regels,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Page::Start => "",
            Page::Werkgever => "werkgever",
            Page::Inwoner => "inwoner",
            Page::Inkomenstoeslag => "inkomenstoeslag",
            Page::Regels => "regels",
            #[cfg(feature = "minima_effect")]
            Page::MinimaEffect => MINIMA_EFFECT_SLUG,
        }
    }

    /// Every page this bundle can show: the menu's, and the report where it is built in.
    fn own() -> impl Iterator<Item = Page> {
        let all = Page::ALL.into_iter();
        #[cfg(feature = "minima_effect")]
        let all = all.chain([Page::MinimaEffect]);
        all.filter(|p| p.in_bundle())
    }

    /// The page a bundle opens on when the host page names none.
    pub fn first() -> Page {
        Page::own().next().unwrap_or(Page::Start)
    }

    /// The tool this one-tool bundle serves, for the language switch's links.
    pub fn tool() -> Option<Page> {
        Page::own().find(|p| !matches!(p, Page::Start | Page::Regels))
    }

    /// A page of this bundle by its slug.
    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::own().find(|p| p.slug() == slug.trim())
    }

    /// `#/werkgever` → Werkgever; anything else that is not ours is ignored.
    pub fn from_hash(hash: &str) -> Option<Page> {
        let path = hash.strip_prefix("#/")?;
        let slug = path.split(['?', '/']).next().unwrap_or("");
        Page::from_slug(slug)
    }

    /// Whether this bundle contains the page (see `Cargo.toml` features).
    pub fn in_bundle(self) -> bool {
        match self {
            Page::Start | Page::Regels => !SINGLE_TOOL,
            Page::Werkgever => cfg!(feature = "werkgever"),
            Page::Inwoner => cfg!(feature = "inwoner"),
            Page::Inkomenstoeslag => cfg!(feature = "inkomenstoeslag"),
            #[cfg(feature = "minima_effect")]
            Page::MinimaEffect => true,
        }
    }

    /// A page of this bundle is a `#/` route; another tool is its own bundle in a sibling
    /// folder (`werkgever/`), and a single-tool bundle lives one folder below the start page.
    pub fn href(self) -> String {
        if self.in_bundle() {
            return format!("#/{}", self.slug());
        }
        let up = if SINGLE_TOOL { "../" } else { "" };
        match self {
            Page::Start => up.to_string(),
            Page::Regels => format!("{up}#/regels"),
            tool => format!("{up}{}/", tool.slug()),
        }
    }

    pub fn nav_label(self) -> Msg {
        match self {
            Page::Start => txt::NAV_START,
            Page::Werkgever => txt::NAV_WERKGEVER,
            Page::Inwoner => txt::NAV_INWONER,
            Page::Inkomenstoeslag => txt::NAV_INKOMENSTOESLAG,
            Page::Regels => txt::NAV_REGELS,
            #[cfg(feature = "minima_effect")]
            Page::MinimaEffect => txt::NAV_MINIMA_EFFECT,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PageViewProps {
    pub page: Page,
    pub date: Date,
    pub snapshot_from: Date,
    pub gemeente: &'static str,
    /// The host page fixes the gemeente (`data-lock-gemeente`).
    pub lock_gemeente: bool,
    pub on_navigate: Callback<Page>,
}

#[function_component(PageView)]
pub fn page_view(props: &PageViewProps) -> Html {
    let heading = use_node_ref();
    // Move focus to the new page's heading, so screen-reader and keyboard users land on
    // the content they asked for instead of staying in the menu.
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(props.page, move |_| {
            if !*first.borrow() {
                if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
            *first.borrow_mut() = false;
        });
    }
    match props.page {
        #[cfg(not(single_tool))]
        Page::Start => start_page(&heading, &props.on_navigate),
        #[cfg(feature = "werkgever")]
        Page::Werkgever => {
            html! { <super::werkgever::WerkgeverPage {heading} date={props.date} gemeente={props.gemeente} lock_gemeente={props.lock_gemeente} /> }
        }
        #[cfg(feature = "inwoner")]
        Page::Inwoner => {
            html! { <super::inwoner::InwonerPage {heading} date={props.date} gemeente={props.gemeente} lock_gemeente={props.lock_gemeente} /> }
        }
        #[cfg(feature = "inkomenstoeslag")]
        Page::Inkomenstoeslag => {
            html! { <super::inkomenstoeslag::IitPage {heading} date={props.date} gemeente={props.gemeente} lock_gemeente={props.lock_gemeente} /> }
        }
        #[cfg(feature = "minima_effect")]
        Page::MinimaEffect => {
            html! { <super::minima_effect::MinimaEffectPage {heading} date={props.date} gemeente={props.gemeente} /> }
        }
        #[cfg(not(single_tool))]
        Page::Regels => {
            html! { <RulesPage {heading} date={props.date} snapshot_from={props.snapshot_from} gemeente={props.gemeente} /> }
        }
        // Pages of other bundles are links, never the current page here.
        #[allow(unreachable_patterns)]
        _ => html! {},
    }
}

#[cfg(not(single_tool))]
fn start_page(heading: &NodeRef, on_navigate: &Callback<Page>) -> Html {
    let card = |page: Page, who: Msg, title: Msg, text: Msg| {
        let cb = on_navigate.clone();
        html! {
            <li class="rh-card">
                <h2><a href={page.href()} onclick={Callback::from(move |_| cb.emit(page))}>{ tr(title) }</a></h2>
                <p class="rh-card-who">{ tr(who) }</p>
                <p>{ tr(text) }</p>
            </li>
        }
    };
    html! {
        <section aria-labelledby="rh-title">
            <h1 id="rh-title" tabindex="-1" ref={heading.clone()}>{ tr(txt::START_TITLE) }</h1>
            <p class="rh-lead">{ tr(txt::START_LEAD) }</p>
            <ul class="rh-cards">
                { card(Page::Werkgever, txt::CARD_WERKGEVER_WHO, txt::CARD_WERKGEVER_TITLE, txt::CARD_WERKGEVER_TEXT) }
                { card(Page::Inwoner, txt::CARD_INWONER_WHO, txt::CARD_INWONER_TITLE, txt::CARD_INWONER_TEXT) }
                { card(Page::Inkomenstoeslag, txt::CARD_IIT_WHO, txt::CARD_IIT_TITLE, txt::CARD_IIT_TEXT) }
            </ul>
        </section>
    }
}

#[cfg(not(single_tool))]
#[derive(Properties, PartialEq)]
struct RulesPageProps {
    heading: NodeRef,
    date: Date,
    snapshot_from: Date,
    gemeente: &'static str,
}

/// Every parameter in force on the rule date, with its article, source and status, per tool
/// (a value several tools use is under each), with the rules of the gemeente chosen here.
#[cfg(not(single_tool))]
#[function_component(RulesPage)]
fn rules_page(props: &RulesPageProps) -> Html {
    let chosen = use_state(|| props.gemeente);
    let date = props.date;
    let national = rules::parameters_at(date).map(|s| s.index).unwrap_or(&[]);
    let gemeente = rules::gemeente(&chosen).unwrap_or_else(rules::landelijk);
    let local = gemeente.rules_at(date);
    let unverified = national
        .iter()
        .chain(local.index)
        .filter(|p| p.status.needs_warning())
        .count();
    let options: Vec<(&str, &str)> = rules::GEMEENTEN.iter().map(|g| (g.slug, g.name)).collect();
    let on_gemeente = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let slug = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Some(g) = rules::gemeente(&slug) {
                chosen.set(g.slug);
            }
        })
    };
    let in_groups = |rows: &'static [ParamInfo], groups: &[&str]| -> Vec<&'static ParamInfo> {
        rows.iter()
            .filter(|p| groups.contains(&p.path.split('.').next().unwrap_or("")))
            .collect()
    };
    html! {
        <section aria-labelledby="rh-title">
            <h1 id="rh-title" tabindex="-1" ref={props.heading.clone()}>{ tr(txt::RULES_TITLE) }</h1>
            <p>
                { Text::from(txt::rules_intro { date: props.snapshot_from }) }
            </p>
            if unverified > 0 {
                <p class="rh-notice">
                    { Text::from(txt::rules_unverified { count: unverified, unknown: status_text(Status::Unknown), unverified: status_text(Status::Unverified) }) }
                </p>
            }
            <p>
                // The report is its own bundle one folder down (and in dev builds a route).
                <a href={if cfg!(feature = "minima_effect") { format!("#/{MINIMA_EFFECT_SLUG}") } else { format!("{MINIMA_EFFECT_SLUG}/") }}>{ tr(txt::REPORT_LINK) }</a>
                { " " }{ tr(txt::REPORT_LINK_TEXT) }
            </p>
            <div class="rh-field">
                <label for="rh-rules-gemeente">{ tr(txt::RULES_GEMEENTE) }</label>
                <select id="rh-rules-gemeente" onchange={on_gemeente}>
                    { for options.iter().map(|(v, t)| html! { <option value={*v} selected={*v == gemeente.slug}>{ *t }</option> }) }
                </select>
            </div>
            { for crate::tools::GROUPS_BY_TOOL.iter().filter_map(|(slug, national_groups, local_groups)| {
                let page = Page::ALL.into_iter().find(|p| p.slug() == *slug)?;
                let local_rows = in_groups(local.index, local_groups);
                Some(html! {
                    <>
                        <h2>{ tr(page.nav_label()) }</h2>
                        { param_table(&txt::national_caption { date: props.snapshot_from }.into(), &in_groups(national, national_groups)) }
                        if !local_rows.is_empty() {
                            <h3>{ Text::from(txt::gemeente_title { gemeente: gemeente.name }) }</h3>
                            { param_table(&txt::gemeente_caption { date: local.valid_from, gemeente: gemeente.name }.into(), &local_rows) }
                        }
                    </>
                })
            }) }
        </section>
    }
}

#[cfg(not(single_tool))]
fn param_table(caption: &Text, rows: &[&'static ParamInfo]) -> Html {
    html! {
        <div class="rh-table-wrap" tabindex="0" role="region" aria-label={caption.render()}>
            <table class="rh-table">
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr(txt::COL_WHAT) }</th>
                        <th scope="col">{ tr(txt::COL_VALUE) }</th>
                        <th scope="col">{ tr(txt::COL_SOURCE) }</th>
                        <th scope="col">{ tr(txt::COL_STATUS) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|p| html! {
                        <tr>
                            <th scope="row">{ p.label }</th>
                            <td>{ p.value }</td>
                            <td>
                                <a href={p.source.url} rel="noopener noreferrer" target="_blank">{ p.article }{ new_window() }</a>
                                <span class="rh-checked">{ " " }{ Text::from(txt::checked_on { date: p.source.checked }) }</span>
                            </td>
                            <td>{ status_badge(p.status, p.note) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
