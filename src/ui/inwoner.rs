//! "Gaat werken lonen?": now on bijstand versus with this job, side by side.

use yew::prelude::*;

use super::tool::use_tool;

use super::fields::{checkbox, error_summary, radio_group, select_field, TextField};
use super::incomechart::income_chart;
use super::lines::{line_table, scroll_region};
use crate::rules::armoedeval::{self, ArmoedevalForm, ArmoedevalResult, Column};
use crate::rules::{Date, Money, GEMEENTEN};

fn id(field: &str) -> String {
    format!("rh-aw-{}", field.replace('_', "-"))
}

#[derive(Properties, PartialEq)]
pub struct InwonerPageProps {
    pub heading: NodeRef,
    pub date: Date,
    pub gemeente: &'static str,
}

#[function_component(InwonerPage)]
pub fn inwoner_page(props: &InwonerPageProps) -> Html {
    let tool = use_tool(
        "inwoner",
        ArmoedevalForm {
            gemeente: props.gemeente.to_string(),
            start_date: props.date.to_string(),
            ..ArmoedevalForm::default()
        },
        armoedeval::validate,
        armoedeval::calculate,
    );
    let err = |field: &str| tool.err(field);
    let f = &*tool.form;
    let gemeenten: Vec<(&str, &str)> = GEMEENTEN.iter().map(|g| (g.slug, g.name)).collect();

    html! {
        <section aria-labelledby="rh-aw-title" class="rh-tool">
            <h1 id="rh-aw-title" tabindex="-1" ref={props.heading.clone()}>{ "Gaat werken lonen?" }</h1>
            <p>{ "Hebt u bijstand en kunt u een baan krijgen? Hier ziet u wat uw huishouden per maand overhoudt: nu, in de eerste 6 maanden van de baan, en daarna. Met belasting, toeslagen en de regelingen van uw gemeente." }</p>
            { error_summary(&tool.errors, id, &tool.summary_ref) }
            <form onsubmit={tool.onsubmit.clone()} novalidate=true>
                <p class="rh-hint">{ "Alles wat u invult, blijft op uw computer." }</p>
                <h2>{ "Uw huishouden" }</h2>
                { select_field(&id("gemeente"), "Gemeente", None, &f.gemeente, &gemeenten, err("gemeente"), tool.set(|f, v| f.gemeente = v)) }
                { radio_group(&id("leefvorm"), "Hoe woont u?", &f.leefvorm,
                    &[("alleenstaande", "Alleen"), ("alleenstaande_ouder", "Alleen, met kinderen (alleenstaande ouder)"), ("gehuwden", "Getrouwd of samenwonend")],
                    tool.set(|f, v| f.leefvorm = v)) }
                { TextField::new(&id("age"), "Uw leeftijd", &f.age).suffix("jaar").numeric().error(err("age")).render(tool.set(|f, v| f.age = v)) }
                if f.leefvorm == "gehuwden" {
                    { TextField::new(&id("partner_age"), "Leeftijd van uw partner", &f.partner_age).suffix("jaar").numeric().error(err("partner_age")).render(tool.set(|f, v| f.partner_age = v)) }
                }
                { TextField::new(&id("children"), "Leeftijd van de kinderen die bij u wonen (mag leeg)", &f.children).numeric()
                    .hint("Met komma's, bijvoorbeeld: 4, 13. Alleen kinderen tot 18 jaar.").error(err("children")).render(tool.set(|f, v| f.children = v)) }
                { TextField::new(&id("rent"), "Kale huur per maand (mag leeg)", &f.rent).prefix("€")
                    .hint("Zonder servicekosten. Leeg laten als u geen huur betaalt.").error(err("rent")).render(tool.set(|f, v| f.rent = v)) }
                { TextField::new(&id("vermogen"), "Spaargeld en bezit, min schulden", &f.vermogen).prefix("€")
                    .hint("Geen vermogen? Vul 0 in.").error(err("vermogen")).render(tool.set(|f, v| f.vermogen = v)) }
                { TextField::new(&id("current_income"), "Netto-inkomen uit werk nu, per maand (mag leeg)", &f.current_income).prefix("€")
                    .error(err("current_income")).render(tool.set(|f, v| f.current_income = v)) }
                <fieldset class="rh-fieldset">
                    <legend>{ "Wat geldt voor u?" }</legend>
                    { checkbox(&id("gets_iit"), "Ik krijg nu de individuele inkomenstoeslag", f.gets_iit, tool.set_bool(|f, v| f.gets_iit = v)) }
                    { checkbox(&id("kostendeler"), "Er woont iemand van 27 jaar of ouder bij mij die niet mijn partner is", f.kostendeler, tool.set_bool(|f, v| f.kostendeler = v)) }
                    { checkbox(&id("student"), "Ik studeer met studiefinanciering", f.student, tool.set_bool(|f, v| f.student = v)) }
                </fieldset>
                if let Some(e) = err("kostendeler").or_else(|| err("student")) {
                    <p class="rh-error" id={id("kostendeler-error")}>{ e }</p>
                }
                { TextField::new(&id("kwijtschelding_year"), "Gemeentelijke belastingen die nu worden kwijtgescholden, per jaar (mag leeg)", &f.kwijtschelding_year).prefix("€")
                    .hint("Bijvoorbeeld afvalstoffenheffing en rioolheffing. Staat op uw aanslag.").error(err("kwijtschelding_year")).render(tool.set(|f, v| f.kwijtschelding_year = v)) }
                <h2>{ "De baan" }</h2>
                { TextField::new(&id("start_date"), "Startdatum van de baan", &f.start_date).date().error(err("start_date")).render(tool.set(|f, v| f.start_date = v)) }
                { TextField::new(&id("hours"), "Uren per week", &f.hours).suffix("uur per week").error(err("hours")).render(tool.set(|f, v| f.hours = v)) }
                { TextField::new(&id("hourly_wage"), "Brutoloon per uur (mag leeg)", &f.hourly_wage).prefix("€")
                    .hint("Leeg laten = het minimumloon voor uw leeftijd.").error(err("hourly_wage")).render(tool.set(|f, v| f.hourly_wage = v)) }
                { TextField::new(&id("travel_costs"), "Reiskosten per maand die u zelf betaalt (mag leeg)", &f.travel_costs).prefix("€")
                    .error(err("travel_costs")).render(tool.set(|f, v| f.travel_costs = v)) }
                { TextField::new(&id("childcare_costs"), "Eigen kosten kinderopvang per maand (mag leeg)", &f.childcare_costs).prefix("€")
                    .hint("Wat u zelf betaalt, na kinderopvangtoeslag.").error(err("childcare_costs")).render(tool.set(|f, v| f.childcare_costs = v)) }
                <button type="submit" class="rh-button">{ "Bereken" }</button>
            </form>
            <div aria-live="polite">
                if let Some(r) = &*tool.result {
                    { result_view(r, &tool.result_ref) }
                    { super::share::share_block("rh-aw-share", &tool.link) }
                }
            </div>
        </section>
    }
}

fn column_title(c: Column) -> &'static str {
    match c {
        Column::Nu => "Nu",
        Column::EersteHalfjaar => "Met deze baan, maand 1 tot en met 6",
        Column::Daarna => "Met deze baan, vanaf maand 7",
    }
}

fn result_view(r: &ArmoedevalResult, result_ref: &NodeRef) -> Html {
    let after = r.difference.get(1).map(|l| l.amount).unwrap_or_default();
    let headline = if after > Money::ZERO {
        format!("Met deze baan heeft u vanaf maand 7 {} per maand meer", after.dutch())
    } else if after < Money::ZERO {
        format!(
            "Met deze baan heeft u vanaf maand 7 {} per maand minder",
            (-after).dutch()
        )
    } else {
        "Met deze baan heeft u vanaf maand 7 evenveel per maand".to_string()
    };
    // Rows: every component that occurs in any column; the job column first, so the wage
    // heads the table.
    let mut keys: Vec<(&'static str, String)> = Vec::new();
    for s in r.situations.iter().rev() {
        for l in &s.lines {
            if !keys.iter().any(|(k, _)| *k == l.key) {
                keys.push((l.key, l.label.to_string()));
            }
        }
    }
    let cell = |col: usize, key: &str| -> String {
        r.situations
            .get(col)
            .and_then(|s| s.lines.iter().find(|l| l.key == key))
            .map(|l| l.amount.dutch())
            .unwrap_or_else(|| "–".into())
    };
    let hours = r.hours.trunc().mantissa().clamp(0, 40) as u32;
    html! {
        <div class="rh-result">
            <h2 tabindex="-1" ref={result_ref.clone()}>{ headline }</h2>
            <p class="rh-big">{ format!("{}: {}", r.keep_of_100.label, r.keep_of_100.amount.dutch()) }</p>
            <p>{ r.keep_of_100.how.clone() }</p>
            { scroll_region("Vergelijking per maand", html! {
                <table class="rh-table rh-compare" id="rh-aw-compare">
                    <caption>{ format!("Per maand, gemeente {}, regels van {}", r.gemeente, r.date.dutch()) }</caption>
                    <thead><tr>
                        <th scope="col">{ "Wat" }</th>
                        { for r.situations.iter().map(|s| html! { <th scope="col" class="rh-num">{ column_title(s.column) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for keys.iter().map(|(k, label)| html! {
                            <tr data-key={*k}>
                                <th scope="row">{ label.clone() }</th>
                                { for (0..r.situations.len()).map(|c| html! { <td class="rh-num">{ cell(c, k) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                    <tfoot>
                        <tr data-key="total">
                            <th scope="row">{ "Totaal per maand" }</th>
                            { for r.situations.iter().map(|s| html! { <td class="rh-num">{ s.total.amount.dutch() }</td> }) }
                        </tr>
                        <tr data-key="difference">
                            <th scope="row">{ "Verschil met nu" }</th>
                            <td class="rh-num">{ "–" }</td>
                            { for r.difference.iter().map(|d| html! { <td class="rh-num">{ d.amount.dutch() }</td> }) }
                        </tr>
                        <tr>
                            <th scope="row">{ "Toetsingsinkomen voor de toeslagen (per jaar)" }</th>
                            { for r.situations.iter().map(|s| html! { <td class="rh-num">{ s.toetsingsinkomen.dutch() }</td> }) }
                        </tr>
                    </tfoot>
                </table>
            }) }
            <p>{ format!("{}: {}.", r.difference_year.label, r.difference_year.amount.dutch()) }</p>

            <h3>{ "Meer of minder uren: wat houdt u over?" }</h3>
            { income_chart("rh-aw-chart", &r.curve, hours, "rh-aw-curve") }
            <details class="rh-more">
                <summary>{ "De grafiek als tabel: elk uur van 0 tot 40" }</summary>
                { scroll_region("Netto-inkomen per aantal uren", html! {
                    <table class="rh-table" id="rh-aw-curve">
                        <caption>{ "Netto-inkomen van het huishouden per maand, vanaf maand 7" }</caption>
                        <thead><tr><th scope="col">{ "Uren per week" }</th><th scope="col" class="rh-num">{ "Brutoloon per maand" }</th><th scope="col" class="rh-num">{ "Netto huishouden per maand" }</th></tr></thead>
                        <tbody>
                            { for r.curve.iter().map(|p| html! {
                                <tr><th scope="row">{ p.hours }</th><td class="rh-num">{ p.gross_wage.dutch() }</td><td class="rh-num">{ p.net_household.dutch() }</td></tr>
                            }) }
                        </tbody>
                    </table>
                }) }
            </details>

            <h3>{ "Wat verliest u, en wanneer?" }</h3>
            <ul>{ for r.lost.iter().map(|l| html! { <li><strong>{ format!("{}: ", l.label) }</strong>{ l.text.clone() }</li> }) }</ul>

            <h3>{ "Wat moet u doen?" }</h3>
            <ul>{ for r.steps.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>

            <h3>{ "Zo is het berekend" }</h3>
            { for r.situations.iter().map(|s| html! {
                <details class="rh-more">
                    <summary>{ format!("{}: {}", column_title(s.column), s.total.amount.dutch()) }</summary>
                    { line_table(column_title(s.column), &s.lines, false) }
                </details>
            }) }
            <h3>{ "Waar wij van uitgaan" }</h3>
            <ul>{ for r.assumptions.iter().map(|a| html! { <li>{ a.clone() }</li> }) }</ul>
        </div>
    }
}
