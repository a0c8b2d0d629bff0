//! The employer page: what a job with loonkostensubsidie costs, month by month.

use yew::prelude::*;

use super::tool::use_tool;

use super::costchart::cost_chart;
use super::fields::{checkbox, error_summary, radio_group, select_field, TextField};
use super::lines::{line_table, scroll_region, sources};
use crate::rules::werkgever::{self, NoticeKind, Phase, WerkgeverForm, WerkgeverResult};
use crate::rules::{self, minimumloon, parameters_at, Date, GEMEENTEN};

const P: &str = "rh-wg-";

fn id(field: &str) -> String {
    format!("{P}{}", field.replace('_', "-"))
}

#[derive(Properties, PartialEq)]
pub struct WerkgeverPageProps {
    pub heading: NodeRef,
    pub date: Date,
    pub gemeente: &'static str,
}

#[function_component(WerkgeverPage)]
pub fn werkgever_page(props: &WerkgeverPageProps) -> Html {
    let tool = use_tool(
        "werkgever",
        WerkgeverForm {
            gemeente: props.gemeente.to_string(),
            start_date: props.date.to_string(),
            ..WerkgeverForm::default()
        },
        werkgever::validate,
        werkgever::calculate,
    );
    let err = |field: &str| tool.err(field);
    let f = &*tool.form;

    let min_wage_hint = f
        .start_date
        .parse::<Date>()
        .ok()
        .and_then(|d| parameters_at(d).ok())
        .zip(rules::input::parse_decimal(&f.age).and_then(|a| u16::try_from(a.trunc().mantissa()).ok()))
        .and_then(|(s, age)| {
            minimumloon::hourly_for_age(s, age).ok().map(|l| {
                format!(
                    "Leeg laten = het minimumloon: {} per uur voor deze leeftijd.",
                    l.amount.dutch()
                )
            })
        })
        .unwrap_or_else(|| "Leeg laten = het minimumloon voor de leeftijd van de werknemer.".into());

    let gemeenten: Vec<(&str, &str)> = GEMEENTEN.iter().map(|g| (g.slug, g.name)).collect();

    html! {
        <section aria-labelledby="rh-wg-title" class="rh-tool">
            <h1 id="rh-wg-title" tabindex="-1" ref={props.heading.clone()}>{ "Loonkostensubsidie voor werkgevers" }</h1>
            <p>{ "Neemt u iemand in dienst die minder kan dan een gewone werknemer? Dan kan de gemeente u loonkostensubsidie geven. Hier ziet u wat de baan u kost, met de subsidie en het loonkostenvoordeel, voor de eerste 3 jaar." }</p>
            <p>{ "De loonwaarde is wat iemand kan, als percentage van het minimumloon. De gemeente stelt die vast op de werkplek." }</p>

            { error_summary(&tool.errors, id, &tool.summary_ref) }

            <form onsubmit={tool.onsubmit.clone()} novalidate=true aria-describedby="rh-wg-privacy">
                <p id="rh-wg-privacy" class="rh-hint">{ "Alles wat u invult, blijft op uw computer." }</p>
                { select_field(&id("gemeente"), "Gemeente", None, &f.gemeente, &gemeenten, err("gemeente"), tool.set(|f, v| f.gemeente = v)) }
                { TextField::new(&id("start_date"), "Startdatum van de baan", &f.start_date).date().error(err("start_date")).render(tool.set(|f, v| f.start_date = v)) }
                { TextField::new(&id("contract_hours"), "Uren per week in het contract", &f.contract_hours).suffix("uur per week")
                    .error(err("contract_hours")).render(tool.set(|f, v| f.contract_hours = v)) }
                { select_field(&id("fulltime_hours"), "Volledige werkweek in uw sector", Some("Hoeveel uur een voltijdbaan in uw cao heeft."),
                    &f.fulltime_hours, &[("36", "36 uur"), ("38", "38 uur"), ("40", "40 uur")], err("fulltime_hours"), tool.set(|f, v| f.fulltime_hours = v)) }
                { TextField::new(&id("age"), "Leeftijd van de werknemer", &f.age).suffix("jaar").numeric().error(err("age")).render(tool.set(|f, v| f.age = v)) }
                { TextField::new(&id("hourly_wage"), "Brutoloon per uur (mag leeg)", &f.hourly_wage).prefix("€").hint(&min_wage_hint)
                    .error(err("hourly_wage")).render(tool.set(|f, v| f.hourly_wage = v)) }
                { radio_group(&id("loonwaarde_known"), "Is de loonwaarde al vastgesteld?", if f.loonwaarde_known { "ja" } else { "nee" },
                    &[("ja", "Ja, de gemeente heeft de loonwaarde vastgesteld"), ("nee", "Nee, nog niet")], tool.set(|f, v| f.loonwaarde_known = v == "ja")) }
                { TextField::new(&id("loonwaarde"), if f.loonwaarde_known { "Loonwaarde" } else { "Verwachte loonwaarde (mag leeg)" }, &f.loonwaarde)
                    .hint(if f.loonwaarde_known { "Percentage van het minimumloon, van 0 tot en met 100." } else { "Voor de maanden nadat de loonwaarde is vastgesteld." })
                    .suffix("%").error(err("loonwaarde")).render(tool.set(|f, v| f.loonwaarde = v)) }
                { TextField::new(&id("contract_months"), "Duur van het contract (mag leeg)", &f.contract_months).suffix("maanden").numeric()
                    .hint("Leeg laten bij een vast contract.").error(err("contract_months")).render(tool.set(|f, v| f.contract_months = v)) }
                <fieldset class="rh-fieldset">
                    <legend>{ "Wat geldt voor de werknemer? (voor het loonkostenvoordeel)" }</legend>
                    { checkbox(&id("doelgroepregister"), "Staat in het doelgroepregister (banenafspraak)", f.doelgroepregister, tool.set_bool(|f, v| f.doelgroepregister = v)) }
                    { checkbox(&id("arbeidsgehandicapt"), "Had in de maand voor de start een WIA-uitkering (arbeidsgehandicapte werknemer)",
                        f.arbeidsgehandicapt, tool.set_bool(|f, v| f.arbeidsgehandicapt = v)) }
                    { checkbox(&id("herplaatsing"), "Komt na ziekte terug in ander werk bij u (herplaatsing)", f.herplaatsing, tool.set_bool(|f, v| f.herplaatsing = v)) }
                </fieldset>
                { TextField::new(&id("employer_charges_pct"), "Uw werkgeverslasten (mag leeg)", &f.employer_charges_pct).suffix("% van het loon")
                    .hint("Premies en pensioen bovenop het brutoloon. Leeg laten = schatting van 23,5%.")
                    .error(err("employer_charges_pct")).render(tool.set(|f, v| f.employer_charges_pct = v)) }
                <button type="submit" class="rh-button">{ "Bereken" }</button>
            </form>

            <div aria-live="polite">
                if let Some(r) = &*tool.result {
                    { result_view(r, &tool.result_ref) }
                    { super::share::share_block("rh-wg-share", &tool.link) }
                }
            </div>
        </section>
    }
}

fn phase_text(p: Phase) -> &'static str {
    match p {
        Phase::Forfaitair => "forfaitaire loonkostensubsidie",
        Phase::Loonwaarde => "loonkostensubsidie op de loonwaarde",
        Phase::NoLks => "geen loonkostensubsidie",
        Phase::Unknown => "loonkostensubsidie nog niet te berekenen",
        Phase::NotEmployed => "contract afgelopen",
    }
}

fn result_view(r: &WerkgeverResult, result_ref: &NodeRef) -> Html {
    let opt = |m: Option<rules::Money>| m.map(|m| m.dutch()).unwrap_or_else(|| "onbekend".into());
    html! {
        <div class="rh-result">
            <h2 tabindex="-1" ref={result_ref.clone()}>{ format!("Uitkomst voor {} (start {})", r.gemeente, r.start.dutch()) }</h2>
            { line_table("De belangrijkste bedragen", &r.summary, false) }

            <h3>{ "Wat is er voor u geregeld, en wat niet" }</h3>
            <ul class="rh-notices">
                { for r.notices.iter().map(|n| html! {
                    <li class={classes!("rh-notice-item", match n.kind { NoticeKind::Blocked => "rh-notice--blocked", NoticeKind::Warning => "rh-notice--warning", NoticeKind::Info => "rh-notice--info" })}>
                        <strong>{ match n.kind { NoticeKind::Blocked => "Geldt niet: ", NoticeKind::Warning => "Let op: ", NoticeKind::Info => "" } }{ n.title.clone() }</strong>
                        <p>{ n.text.clone() }</p>
                        { sources(&n.sources) }
                    </li>
                }) }
            </ul>

            <h3>{ "Kosten en subsidie per maand" }</h3>
            { cost_chart("rh-wg-chart", &r.months, "rh-wg-years") }
            { scroll_region("Kosten en subsidie per jaar", html! {
            <table class="rh-table" id="rh-wg-years">
                <caption>{ "Per jaar (vanaf de startdatum)" }</caption>
                <thead><tr>
                    <th scope="col">{ "Jaar" }</th><th scope="col" class="rh-num">{ "Loonkosten" }</th>
                    <th scope="col" class="rh-num">{ "Loonkostensubsidie" }</th><th scope="col" class="rh-num">{ "Loonkostenvoordeel" }</th>
                    <th scope="col" class="rh-num">{ "Uw kosten" }</th>
                </tr></thead>
                <tbody>
                    { for r.years.iter().map(|y| html! {
                        <tr>
                            <th scope="row">{ format!("Jaar {} ({} – {})", y.year, y.from.dutch(), y.to.dutch()) }</th>
                            <td class="rh-num">{ y.gross_cost.dutch() }</td><td class="rh-num">{ opt(y.lks) }</td>
                            <td class="rh-num">{ y.lkv.dutch() }</td><td class="rh-num">{ opt(y.net_cost) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            }) }
            <details class="rh-more">
                <summary>{ "Alle 36 maanden in een tabel" }</summary>
                <div class="rh-table-wrap" tabindex="0" role="region" aria-label="Kosten en subsidie per maand">
                    <table class="rh-table">
                        <caption>{ "Per maand" }</caption>
                        <thead><tr>
                            <th scope="col">{ "Maand" }</th><th scope="col">{ "Soort" }</th><th scope="col" class="rh-num">{ "Loonkosten" }</th>
                            <th scope="col" class="rh-num">{ "Loonkostensubsidie" }</th><th scope="col" class="rh-num">{ "Loonkostenvoordeel" }</th>
                            <th scope="col" class="rh-num">{ "Uw kosten" }</th>
                        </tr></thead>
                        <tbody>
                            { for r.months.iter().map(|m| html! {
                                <tr>
                                    <th scope="row">{ format!("{} ({})", m.month, m.date.dutch()) }</th>
                                    <td>{ phase_text(m.phase) }</td>
                                    <td class="rh-num">{ m.gross_cost.dutch() }</td><td class="rh-num">{ opt(m.lks) }</td>
                                    <td class="rh-num">{ m.lkv.dutch() }</td><td class="rh-num">{ opt(m.net_cost) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>

            <h3>{ "Zo is het berekend" }</h3>
            { for r.periods.iter().filter(|p| p.phase != Phase::NotEmployed).map(|p| html! {
                <section class="rh-period">
                    <h4>{ format!("Maand {} tot en met {} ({} – {}): {}", p.from_month, p.to_month, p.from.dutch(), p.to.dutch(), phase_text(p.phase)) }</h4>
                    { line_table(&format!("Berekening maand {} tot en met {}", p.from_month, p.to_month), &p.lines, true) }
                </section>
            }) }

            <h3>{ "Wat verdient de werknemer?" }</h3>
            { line_table("Loon van de werknemer", &r.employee, true) }
        </div>
    }
}
