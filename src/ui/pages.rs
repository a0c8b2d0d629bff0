//! The pages: the start page that sends each visitor to their tool, the tools, and the page
//! that lists every rule and its source.

use yew::prelude::*;

use super::lines::status_badge;
use crate::rules::{self, params::ParamInfo, Date};

/// A bundle built for exactly one tool sits in that tool's folder.
const SINGLE_TOOL: bool =
    (cfg!(feature = "werkgever") as u8 + cfg!(feature = "inwoner") as u8 + cfg!(feature = "inkomenstoeslag") as u8)
        == 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Werkgever,
    Inwoner,
    Inkomenstoeslag,
    Regels,
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
        }
    }

    /// A page of this bundle by its slug.
    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == slug.trim() && p.in_bundle())
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

    pub fn nav_label(self) -> &'static str {
        match self {
            Page::Start => "Start",
            Page::Werkgever => "Werkgever: loonkostensubsidie",
            Page::Inwoner => "Inwoner: gaat werken lonen?",
            Page::Inkomenstoeslag => "Individuele inkomenstoeslag",
            Page::Regels => "Regels en bronnen",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PageViewProps {
    pub page: Page,
    pub date: Date,
    pub snapshot_from: Date,
    pub gemeente: &'static str,
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
            html! { <super::werkgever::WerkgeverPage {heading} date={props.date} gemeente={props.gemeente} /> }
        }
        #[cfg(feature = "inwoner")]
        Page::Inwoner => {
            html! { <super::inwoner::InwonerPage {heading} date={props.date} gemeente={props.gemeente} /> }
        }
        #[cfg(feature = "inkomenstoeslag")]
        Page::Inkomenstoeslag => {
            html! { <super::inkomenstoeslag::IitPage {heading} date={props.date} gemeente={props.gemeente} /> }
        }
        #[cfg(not(single_tool))]
        Page::Regels => rules_page(&heading, props.date, props.snapshot_from, props.gemeente),
        // Pages of other bundles are links, never the current page here.
        #[allow(unreachable_patterns)]
        _ => html! {},
    }
}

#[cfg(not(single_tool))]
fn start_page(heading: &NodeRef, on_navigate: &Callback<Page>) -> Html {
    let card = |page: Page, who: &'static str, title: &'static str, text: &'static str| {
        let cb = on_navigate.clone();
        html! {
            <li class="rh-card">
                <h2><a href={page.href()} onclick={Callback::from(move |_| cb.emit(page))}>{ title }</a></h2>
                <p class="rh-card-who">{ who }</p>
                <p>{ text }</p>
            </li>
        }
    };
    html! {
        <section aria-labelledby="rh-title">
            <h1 id="rh-title" tabindex="-1" ref={heading.clone()}>{ "Rekenhulp Werk & Inkomen" }</h1>
            <p class="rh-lead">{ "Reken uit wat werk oplevert. Kies wat bij u past." }</p>
            <ul class="rh-cards">
                { card(Page::Werkgever, "Voor werkgevers", "Loonkostensubsidie",
                    "Wat kost een werknemer die minder kan dan een gewone werknemer? En welke subsidie krijgt u?") }
                { card(Page::Inwoner, "Voor inwoners met bijstand", "Gaat werken lonen?",
                    "Wat houdt u per maand over als u een baan neemt? Met toeslagen en regelingen van uw gemeente.") }
                { card(Page::Inkomenstoeslag, "Voor inwoners en klantmanagers", "Individuele inkomenstoeslag",
                    "Leeft u al lang van een laag inkomen? Kijk of u een extra bedrag per jaar kunt krijgen.") }
            </ul>
        </section>
    }
}

/// Every parameter in force on the rule date, with its article, source and status.
#[cfg(not(single_tool))]
fn rules_page(heading: &NodeRef, date: Date, snapshot_from: Date, gemeente: &str) -> Html {
    let national = rules::parameters_at(date).map(|s| s.index).unwrap_or(&[]);
    let gemeente = rules::gemeente(gemeente).unwrap_or_else(rules::landelijk);
    let local = gemeente.rules_at(date);
    let unverified = national
        .iter()
        .chain(local.index)
        .filter(|p| p.status.needs_warning())
        .count();
    html! {
        <section aria-labelledby="rh-title">
            <h1 id="rh-title" tabindex="-1" ref={heading.clone()}>{ "Regels en bronnen" }</h1>
            <p>
                { format!("Deze bedragen gelden vanaf {}. Bij elk bedrag staat de wet of de pagina waar het vandaan komt.", snapshot_from.dutch()) }
            </p>
            if unverified > 0 {
                <p class="rh-notice">
                    { format!("Let op: {unverified} bedragen konden we niet in een officiële bron controleren, of zijn onbekend. Die zijn gemarkeerd met 'niet gecontroleerd' of 'onbekend'.") }
                </p>
            }
            <h2>{ "Landelijke regels" }</h2>
            { param_table(&format!("Landelijke bedragen en percentages vanaf {}", snapshot_from.dutch()), national) }
            <h2>{ format!("Regels van de gemeente: {}", gemeente.name) }</h2>
            { param_table(&format!("Gemeentelijke regels {} (vanaf {})", gemeente.name, local.valid_from.dutch()), local.index) }
        </section>
    }
}

#[cfg(not(single_tool))]
fn param_table(caption: &str, rows: &'static [ParamInfo]) -> Html {
    html! {
        <div class="rh-table-wrap" tabindex="0" role="region" aria-label={caption.to_string()}>
            <table class="rh-table">
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Wat" }</th>
                        <th scope="col">{ "Waarde" }</th>
                        <th scope="col">{ "Bron" }</th>
                        <th scope="col">{ "Status" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|p| html! {
                        <tr>
                            <th scope="row">{ p.label }</th>
                            <td>{ p.value }</td>
                            <td>
                                <a href={p.source.url} rel="noopener noreferrer" target="_blank">{ p.article }<span class="rh-visually-hidden">{ " (opent in een nieuw venster)" }</span></a>
                                <span class="rh-checked">{ format!(" Gecontroleerd op {}.", p.source.checked.dutch()) }</span>
                            </td>
                            <td>{ status_badge(p.status, p.note) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
