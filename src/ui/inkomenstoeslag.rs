//! The individuele inkomenstoeslag check: every condition with its outcome and reason.

use yew::prelude::*;

use super::tool::{use_tool, Tool};

use super::fields::{checkbox, error_summary, gemeente_field, radio_group, shown, TextField};
use super::lines::{line_table, sources};
use crate::i18n::msg::ui_inkomenstoeslag as txt;
use crate::i18n::{tr, Text};
use crate::rules::bijstandsnorm::Leefvorm;
use crate::rules::inkomenstoeslag::{Outcome, Uitzicht};
use crate::rules::Date;
use crate::tools::inkomenstoeslag::{self, IitForm, IitResult};

fn id(field: &str) -> String {
    super::fields::element_id("rh-iit-", field)
}

#[derive(Properties, PartialEq)]
pub struct IitPageProps {
    pub heading: NodeRef,
    pub date: Date,
    pub gemeente: &'static str,
    pub lock_gemeente: bool,
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
        inkomenstoeslag::calculate,
    );
    let err = |field: &str| tool.err(field);
    let f = &*tool.form;
    let couple = f.leefvorm == "gehuwden";
    let leefvormen = Leefvorm::ALL.map(|l| (l.slug(), tr(l.label())));
    let uitzicht = Uitzicht::ALL.map(|u| (u.slug(), tr(u.label())));

    html! {
        <section aria-labelledby="rh-iit-title" class="rh-tool">
            { super::heading(1, Some("rh-iit-title".to_string()), Some(props.heading.clone()), html! { { tr(txt::TITLE) } }) }
            <p>{ tr(txt::INTRO) }</p>
            { error_summary(&tool.errors, id, &tool.summary_ref) }
            <form onsubmit={tool.onsubmit.clone()} novalidate=true>
                <p class="rh-hint">{ tr(txt::PRIVACY) }</p>
                { gemeente_field(&id("gemeente"), tr(txt::GEMEENTE), &f.gemeente, props.lock_gemeente, err("gemeente"), tool.set(|f, v| f.gemeente = v)) }
                { TextField::new(&id("request_date"), tr(txt::REQUEST_DATE), &f.request_date).date().error(err("request_date")).render(tool.set(|f, v| f.request_date = v)) }
                { radio_group(&id("leefvorm"), tr(txt::LEEFVORM), &f.leefvorm, &leefvormen,
                    tool.set(|f, v| f.leefvorm = v)) }
                { TextField::new(&id("age"), tr(txt::AGE), &f.age).suffix(tr(txt::YEARS)).numeric().error(err("age")).render(tool.set(|f, v| f.age = v)) }
                if couple {
                    { TextField::new(&id("partner_age"), tr(txt::PARTNER_AGE), &f.partner_age).suffix(tr(txt::YEARS)).numeric().error(err("partner_age")).render(tool.set(|f, v| f.partner_age = v)) }
                }
                { TextField::new(&id("low_income_months"), tr(txt::LOW_INCOME_MONTHS), &f.low_income_months).suffix(tr(txt::MONTHS)).numeric()
                    .hint(tr(txt::LOW_INCOME_MONTHS_HINT))
                    .error(err("low_income_months")).render(tool.set(|f, v| f.low_income_months = v)) }
                { TextField::new(&id("months_without_income"), tr(txt::MONTHS_WITHOUT_INCOME), &f.months_without_income).suffix(tr(txt::MONTHS)).numeric()
                    .error(err("months_without_income")).render(tool.set(|f, v| f.months_without_income = v)) }
                { TextField::new(&id("highest_income"), tr(txt::HIGHEST_INCOME), &f.highest_income).prefix("€")
                    .hint(tr(txt::HIGHEST_INCOME_HINT))
                    .error(err("highest_income")).render(tool.set(|f, v| f.highest_income = v)) }
                { own_questions(&tool) }
                { TextField::new(&id("vermogen"), tr(txt::VERMOGEN), &f.vermogen).prefix("€")
                    .hint(tr(txt::VERMOGEN_HINT))
                    .error(err("vermogen")).render(tool.set(|f, v| f.vermogen = v)) }
                <fieldset class="rh-fieldset">
                    <legend>{ tr(txt::STUDENT_LEGEND) }</legend>
                    { checkbox(&id("student"), tr(txt::STUDENT), f.student, tool.set_bool(|f, v| f.student = v)) }
                </fieldset>
                { radio_group(&id("prospects"), tr(txt::PROSPECTS), &f.prospects, &uitzicht,
                    tool.set(|f, v| f.prospects = v)) }
                <details class="rh-how rh-guidance">
                    <summary>{ tr(txt::GUIDANCE_TITLE) }</summary>
                    <p>{ tr(txt::GUIDANCE) }</p>
                </details>
                { TextField::new(&id("last_iit_date"), tr(txt::LAST_IIT_DATE), &f.last_iit_date).date()
                    .error(err("last_iit_date")).render(tool.set(|f, v| f.last_iit_date = v)) }
                <button type="submit" class="rh-button">{ tr(txt::CHECK) }</button>
            </form>
            { tool.result_area("rh-iit-share", |r| result_view(r, &tool.result_ref)) }
        </section>
    }
}

/// The questions only the gemeente's own verordening needs (its test, its amounts, its
/// exclusions). A field stays while it holds text, so nothing typed disappears.
fn own_questions(tool: &Tool<IitForm, IitResult>) -> Html {
    let f = &*tool.form;
    let n = inkomenstoeslag::needs(f);
    let err = |field: &str| tool.err(field);
    html! {
        <>
            if shown(n.window, &f.low_income_months_in_window) {
                { TextField::new(&id("low_income_months_in_window"), tr(txt::WINDOW_MONTHS), &f.low_income_months_in_window).suffix(tr(txt::MONTHS)).numeric()
                    .hint(tr(txt::WINDOW_MONTHS_HINT)).error(err("low_income_months_in_window")).render(tool.set(|f, v| f.low_income_months_in_window = v)) }
            }
            if shown(n.average, &f.average_income) {
                { TextField::new(&id("average_income"), tr(txt::AVERAGE_INCOME), &f.average_income).prefix("€")
                    .error(err("average_income")).render(tool.set(|f, v| f.average_income = v)) }
            }
            if shown(n.per_year, &f.highest_year_income) {
                { TextField::new(&id("highest_year_income"), tr(txt::YEAR_INCOME), &f.highest_year_income).prefix("€")
                    .hint(tr(txt::YEAR_INCOME_HINT)).error(err("highest_year_income")).render(tool.set(|f, v| f.highest_year_income = v)) }
            }
            if shown(n.children, &f.children) {
                { TextField::new(&id("children"), tr(txt::CHILDREN), &f.children).numeric()
                    .hint(tr(txt::CHILDREN_HINT)).error(err("children")).render(tool.set(|f, v| f.children = v)) }
            }
            if shown(n.opleiding, &f.opleiding_months_ago) {
                { TextField::new(&id("opleiding_months_ago"), tr(txt::OPLEIDING_AGO), &f.opleiding_months_ago).suffix(tr(txt::MONTHS)).numeric()
                    .error(err("opleiding_months_ago")).render(tool.set(|f, v| f.opleiding_months_ago = v)) }
            }
            if shown(n.maatregel, &f.maatregel_months_ago) {
                { TextField::new(&id("maatregel_months_ago"), tr(txt::MAATREGEL_AGO), &f.maatregel_months_ago).suffix(tr(txt::MONTHS)).numeric()
                    .error(err("maatregel_months_ago")).render(tool.set(|f, v| f.maatregel_months_ago = v)) }
            }
            if shown(n.arbeidsplicht, &f.arbeidsplicht_months_ago) {
                { TextField::new(&id("arbeidsplicht_months_ago"), tr(txt::ARBEIDSPLICHT_AGO), &f.arbeidsplicht_months_ago).suffix(tr(txt::MONTHS)).numeric()
                    .error(err("arbeidsplicht_months_ago")).render(tool.set(|f, v| f.arbeidsplicht_months_ago = v)) }
            }
        </>
    }
}

fn result_view(r: &IitResult, result_ref: &NodeRef) -> Html {
    html! {
        <div class="rh-result">
            { super::heading(2, None, Some(result_ref.clone()), html! { { Text::from(txt::result_title { verdict: r.verdict.text() }) } }) }
            <p>{ Text::from(txt::result_intro { date: r.request, gemeente: r.gemeente }) }</p>
            { super::heading(3, None, None, html! { { tr(txt::CONDITIONS) } }) }
            <ul class="rh-conditions">
                { for r.conditions.iter().map(|c| html! {
                    <li class={classes!("rh-condition", match c.outcome { Outcome::Met => "rh-condition--met", Outcome::NotMet => "rh-condition--notmet", Outcome::CannotTell => "rh-condition--unknown" })} data-key={c.key}>
                        <strong>{ Text::from(txt::condition_outcome { outcome: c.outcome.text() }) }{ " " }</strong>{ &c.title }
                        <p>{ c.reason.clone() }</p>
                        { sources(&c.sources) }
                    </li>
                }) }
            </ul>
            if let Some(a) = &r.amount {
                { line_table(tr(txt::AMOUNT), std::slice::from_ref(a), false) }
            }
            { super::heading(3, None, None, html! { { tr(txt::NEXT_STEPS) } }) }
            <ul>{ for r.next_steps.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
            { super::lines::contact_block(r.gemeente) }
        </div>
    }
}
