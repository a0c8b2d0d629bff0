//! The individuele inkomenstoeslag check: every condition with its outcome and reason.

use yew::prelude::*;

use super::tool::use_tool;

use super::fields::{checkbox, error_summary, radio_group, select_field, TextField};
use super::lines::{line_table, sources};
use crate::rules::inkomenstoeslag::{self, IitForm, IitResult, Outcome};
use crate::rules::{Date, GEMEENTEN};

fn id(field: &str) -> String {
    format!("rh-iit-{}", field.replace('_', "-"))
}

#[derive(Properties, PartialEq)]
pub struct IitPageProps {
    pub heading: NodeRef,
    pub date: Date,
    pub gemeente: &'static str,
}

#[function_component(IitPage)]
pub fn iit_page(props: &IitPageProps) -> Html {
    let tool = use_tool(
        "inkomenstoeslag",
        IitForm {
            gemeente: props.gemeente.to_string(),
            request_date: props.date.to_string(),
            ..IitForm::default()
        },
        inkomenstoeslag::validate,
        inkomenstoeslag::check,
    );
    let err = |field: &str| tool.err(field);
    let f = &*tool.form;
    let gemeenten: Vec<(&str, &str)> = GEMEENTEN.iter().map(|g| (g.slug, g.name)).collect();
    let couple = f.leefvorm == "gehuwden";

    html! {
        <section aria-labelledby="rh-iit-title" class="rh-tool">
            <h1 id="rh-iit-title" tabindex="-1" ref={props.heading.clone()}>{ "Individuele inkomenstoeslag" }</h1>
            <p>{ "Leeft u al lang van een laag inkomen, en is er geen zicht op meer? Dan kunt u misschien elk jaar een extra bedrag krijgen van de gemeente: de individuele inkomenstoeslag. Hier ziet u per voorwaarde of u die haalt." }</p>
            { error_summary(&tool.errors, id, &tool.summary_ref) }
            <form onsubmit={tool.onsubmit.clone()} novalidate=true>
                <p class="rh-hint">{ "Alles wat u invult, blijft op uw computer." }</p>
                { select_field(&id("gemeente"), "Gemeente", None, &f.gemeente, &gemeenten, err("gemeente"), tool.set(|f, v| f.gemeente = v)) }
                { TextField::new(&id("request_date"), "Datum van de aanvraag", &f.request_date).date().error(err("request_date")).render(tool.set(|f, v| f.request_date = v)) }
                { radio_group(&id("leefvorm"), "Hoe woont u?", &f.leefvorm,
                    &[("alleenstaande", "Alleen"), ("alleenstaande_ouder", "Alleen, met kinderen (alleenstaande ouder)"), ("gehuwden", "Getrouwd of samenwonend")],
                    tool.set(|f, v| f.leefvorm = v)) }
                { TextField::new(&id("age"), "Uw leeftijd", &f.age).suffix("jaar").numeric().error(err("age")).render(tool.set(|f, v| f.age = v)) }
                if couple {
                    { TextField::new(&id("partner_age"), "Leeftijd van uw partner", &f.partner_age).suffix("jaar").numeric().error(err("partner_age")).render(tool.set(|f, v| f.partner_age = v)) }
                }
                { TextField::new(&id("low_income_months"), "Hoeveel maanden achter elkaar had u een laag inkomen?", &f.low_income_months).suffix("maanden").numeric()
                    .hint("Tot de aanvraag. Een bijstandsuitkering telt als laag inkomen; werk met een laag loon ook.")
                    .error(err("low_income_months")).render(tool.set(|f, v| f.low_income_months = v)) }
                { TextField::new(&id("months_without_income"), "Waarvan maanden zonder inkomen (mag leeg)", &f.months_without_income).suffix("maanden").numeric()
                    .error(err("months_without_income")).render(tool.set(|f, v| f.months_without_income = v)) }
                { TextField::new(&id("highest_income"), "Hoogste netto-inkomen per maand in die tijd (mag leeg)", &f.highest_income).prefix("€")
                    .hint("Het inkomen van uw huishouden, zonder toeslagen en kinderbijslag.")
                    .error(err("highest_income")).render(tool.set(|f, v| f.highest_income = v)) }
                { TextField::new(&id("vermogen"), "Vermogen", &f.vermogen).prefix("€")
                    .hint("Spaargeld en bezit, min schulden. Geen vermogen? Vul 0 in.")
                    .error(err("vermogen")).render(tool.set(|f, v| f.vermogen = v)) }
                <fieldset class="rh-fieldset">
                    <legend>{ "Studeert u?" }</legend>
                    { checkbox(&id("student"), "Ik studeer met studiefinanciering", f.student, tool.set_bool(|f, v| f.student = v)) }
                </fieldset>
                { radio_group(&id("prospects"), "Kunt u binnenkort meer verdienen?", &f.prospects,
                    &[("geen", "Nee, daar is geen zicht op"), ("wel", "Ja, bijvoorbeeld door een opleiding, meer uren of een baan in zicht"), ("onbekend", "Weet ik niet / nog niet besproken")],
                    tool.set(|f, v| f.prospects = v)) }
                <details class="rh-how rh-guidance">
                    <summary>{ "Voor klantmanagers: hoe beoordeelt u dit?" }</summary>
                    <p>{ "De wet (art. 36 lid 2) noemt de krachten en bekwaamheden van de persoon en de inspanningen die hij heeft gedaan om meer te verdienen. Geen uitzicht is er bijvoorbeeld bij blijvende arbeidsongeschiktheid, bij werken met loonkostensubsidie, of als iemand al zoveel uren werkt als hij kan. Wel uitzicht is er meestal bij een opleiding of een baan in zicht. Het oordeel is van de gemeente." }</p>
                </details>
                { TextField::new(&id("last_iit_date"), "Wanneer kreeg u de vorige inkomenstoeslag? (mag leeg)", &f.last_iit_date).date()
                    .error(err("last_iit_date")).render(tool.set(|f, v| f.last_iit_date = v)) }
                <button type="submit" class="rh-button">{ "Controleer" }</button>
            </form>
            <div aria-live="polite">
                if let Some(r) = &*tool.result {
                    { result_view(r, &tool.result_ref) }
                    { super::share::share_block("rh-iit-share", &tool.link) }
                }
            </div>
        </section>
    }
}

fn result_view(r: &IitResult, result_ref: &NodeRef) -> Html {
    html! {
        <div class="rh-result">
            <h2 tabindex="-1" ref={result_ref.clone()}>{ format!("Uitkomst: {}", r.verdict.dutch()) }</h2>
            <p>{ format!("Gemeente {}, aanvraag op {}.", r.gemeente, r.request.dutch()) }</p>
            <h3>{ "De voorwaarden" }</h3>
            <ul class="rh-conditions">
                { for r.conditions.iter().map(|c| html! {
                    <li class={classes!("rh-condition", match c.outcome { Outcome::Met => "rh-condition--met", Outcome::NotMet => "rh-condition--notmet", Outcome::CannotTell => "rh-condition--unknown" })} data-key={c.key}>
                        <strong>{ format!("{}: ", c.outcome.dutch()) }</strong>{ c.title }
                        <p>{ c.reason.clone() }</p>
                        { sources(&c.sources) }
                    </li>
                }) }
            </ul>
            if let Some(a) = &r.amount {
                { line_table("Bedrag", std::slice::from_ref(a), false) }
            }
            <h3>{ "Wat kunt u doen?" }</h3>
            <ul>{ for r.next_steps.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
        </div>
    }
}
