//! "Gaat werken lonen?": now on bijstand versus with this job, side by side.

use yew::prelude::*;

use super::tool::{use_tool, Tool};

use super::fields::{checkbox, error_summary, gemeente_field, radio_group, select_field, shown, TextField};
use super::incomechart::income_chart;
use super::lines::{line_table, scroll_region};
use crate::i18n::msg::ui_inwoner as txt;
use crate::i18n::{money, tr, Euros, Text};
use crate::rules::bijstandsnorm::Leefvorm;
use crate::rules::inkomstenvrijlating::Phase;
use crate::rules::keys::{self, LineKey};
use crate::rules::kinderopvangtoeslag::Opvangsoort;
use crate::rules::{Date, Money};
use crate::tools::armoedeval::{self, ArmoedevalForm, ArmoedevalResult, Column};

fn id(field: &str) -> String {
    super::fields::element_id("rh-aw-", field)
}

#[derive(Properties, PartialEq)]
pub struct InwonerPageProps {
    pub heading: NodeRef,
    pub date: Date,
    pub gemeente: &'static str,
    pub lock_gemeente: bool,
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
    let leefvormen = Leefvorm::ALL.map(|l| (l.slug(), tr(l.label())));
    let couple = f.leefvorm == "gehuwden";
    // "1 uur meer / minder" next to the answer: the result follows the form (live).
    let step_hours = {
        let form = tool.form.clone();
        Callback::from(move |delta: i64| {
            let Some(now) = crate::tools::input::parse_decimal(&form.hours) else {
                return;
            };
            let next_hours = (now + rust_decimal::Decimal::from(delta))
                .clamp(rust_decimal::Decimal::ONE, rust_decimal::Decimal::from(60));
            let mut next = (*form).clone();
            next.hours = super::fields::swap_char(&next_hours.normalize().to_string(), '.', ",");
            form.set(next);
        })
    };
    // Art. 20 lid 3 only concerns 18, 19 and 20 year olds.
    let young = matches!(f.age.trim().parse::<u8>(), Ok(18..=20));

    html! {
        <section aria-labelledby="rh-aw-title" class="rh-tool">
            { super::heading(1, Some("rh-aw-title".to_string()), Some(props.heading.clone()), html! { { tr(txt::TITLE) } }) }
            <p>{ tr(txt::INTRO) }</p>
            { error_summary(&tool.errors, id, &tool.summary_ref) }
            <form onsubmit={tool.onsubmit.clone()} novalidate=true>
                <p class="rh-hint">{ tr(txt::PRIVACY) }</p>
                { super::heading(2, None, None, html! { { tr(txt::HOUSEHOLD) } }) }
                { gemeente_field(&id("gemeente"), tr(txt::GEMEENTE), &f.gemeente, props.lock_gemeente, err("gemeente"), tool.set(|f, v| f.gemeente = v)) }
                { radio_group(&id("leefvorm"), tr(txt::LEEFVORM), &f.leefvorm, &leefvormen,
                    tool.set(|f, v| f.leefvorm = v)) }
                { TextField::new(&id("age"), tr(txt::AGE), &f.age).suffix(tr(txt::YEARS)).numeric().error(err("age")).render(tool.set(|f, v| f.age = v)) }
                if couple {
                    { TextField::new(&id("partner_age"), tr(txt::PARTNER_AGE), &f.partner_age).suffix(tr(txt::YEARS)).numeric().error(err("partner_age")).render(tool.set(|f, v| f.partner_age = v)) }
                    { TextField::new(&id("partner_income"), tr(txt::PARTNER_INCOME), &f.partner_income).prefix("€")
                        .error(err("partner_income")).render(tool.set(|f, v| f.partner_income = v)) }
                }
                { TextField::new(&id("children"), tr(txt::CHILDREN), &f.children).numeric()
                    .hint(tr(txt::CHILDREN_HINT)).error(err("children")).render(tool.set(|f, v| f.children = v)) }
                { TextField::new(&id("kostendelers"), tr(txt::KOSTENDELERS), &f.kostendelers).numeric()
                    .hint(tr(txt::KOSTENDELERS_HINT)).error(err("kostendelers")).render(tool.set(|f, v| f.kostendelers = v)) }
                if shown(!matches!(f.kostendelers.trim(), "" | "0"), &f.kostendelers_income) {
                    { TextField::new(&id("kostendelers_income"), tr(txt::KOSTENDELERS_INCOME), &f.kostendelers_income).prefix("€")
                        .hint(tr(txt::KOSTENDELERS_INCOME_HINT)).error(err("kostendelers_income")).render(tool.set(|f, v| f.kostendelers_income = v)) }
                }
                { TextField::new(&id("rent"), tr(txt::RENT), &f.rent).prefix("€")
                    .hint(tr(txt::RENT_HINT)).error(err("rent")).render(tool.set(|f, v| f.rent = v)) }
                { TextField::new(&id("vermogen"), tr(txt::VERMOGEN), &f.vermogen).prefix("€")
                    .hint(tr(txt::VERMOGEN_HINT)).error(err("vermogen")).render(tool.set(|f, v| f.vermogen = v)) }
                { TextField::new(&id("current_income"), tr(txt::CURRENT_INCOME), &f.current_income).prefix("€")
                    .error(err("current_income")).render(tool.set(|f, v| f.current_income = v)) }
                if shown(!f.current_income.trim().is_empty(), &f.months_worked) {
                    { TextField::new(&id("months_worked"), tr(txt::MONTHS_WORKED), &f.months_worked).numeric()
                        .error(err("months_worked")).render(tool.set(|f, v| f.months_worked = v)) }
                }
                <fieldset class="rh-fieldset">
                    <legend>{ tr(txt::APPLIES) }</legend>
                    { checkbox(&id("gets_iit"), tr(txt::GETS_IIT), f.gets_iit, tool.set_bool(|f, v| f.gets_iit = v)) }
                    if couple {
                        { checkbox(&id("partner_geen_recht"), tr(txt::PARTNER_GEEN_RECHT), f.partner_geen_recht, tool.set_bool(|f, v| f.partner_geen_recht = v)) }
                    }
                    if young || f.jongeren_verhoging {
                        { checkbox(&id("jongeren_verhoging"), tr(txt::JONGEREN_VERHOGING), f.jongeren_verhoging, tool.set_bool(|f, v| f.jongeren_verhoging = v)) }
                    }
                    { checkbox(&id("medisch_urenbeperkt"), tr(txt::MEDISCH), f.medisch_urenbeperkt, tool.set_bool(|f, v| f.medisch_urenbeperkt = v)) }
                    { checkbox(&id("student"), tr(txt::STUDENT), f.student, tool.set_bool(|f, v| f.student = v)) }
                </fieldset>
                if let Some(e) = err("jongeren_verhoging").or_else(|| err("student")) {
                    <p class="rh-error" id={id("student-error")}>{ e }</p>
                }
                { TextField::new(&id("kwijtschelding_year"), tr(txt::KWIJTSCHELDING), &f.kwijtschelding_year).prefix("€")
                    .hint(tr(txt::KWIJTSCHELDING_HINT)).error(err("kwijtschelding_year")).render(tool.set(|f, v| f.kwijtschelding_year = v)) }
                { super::heading(2, None, None, html! { { tr(txt::JOB) } }) }
                { TextField::new(&id("start_date"), tr(txt::START_DATE), &f.start_date).date().error(err("start_date")).render(tool.set(|f, v| f.start_date = v)) }
                { TextField::new(&id("hours"), tr(txt::HOURS), &f.hours).suffix(tr(txt::HOURS_PER_WEEK)).error(err("hours")).render(tool.set(|f, v| f.hours = v)) }
                { TextField::new(&id("hourly_wage"), tr(txt::HOURLY_WAGE), &f.hourly_wage).prefix("€")
                    .hint(tr(txt::HOURLY_WAGE_HINT)).error(err("hourly_wage")).render(tool.set(|f, v| f.hourly_wage = v)) }
                { TextField::new(&id("travel_costs"), tr(txt::TRAVEL_COSTS), &f.travel_costs).prefix("€")
                    .error(err("travel_costs")).render(tool.set(|f, v| f.travel_costs = v)) }
                { opvang_fields(&tool, children_under_13(&f.children)) }
                { TextField::new(&id("childcare_costs"), tr(txt::CHILDCARE_COSTS), &f.childcare_costs).prefix("€")
                    .hint(tr(txt::CHILDCARE_COSTS_HINT)).error(err("childcare_costs")).render(tool.set(|f, v| f.childcare_costs = v)) }
                { TextField::new(&id("pension_pct"), tr(txt::PENSION), &f.pension_pct).suffix("%")
                    .error(err("pension_pct")).render(tool.set(|f, v| f.pension_pct = v)) }
                if couple {
                    { checkbox(&id("partner_takes_job"), tr(txt::PARTNER_TAKES_JOB), f.partner_takes_job, tool.set_bool(|f, v| f.partner_takes_job = v)) }
                }
                <button type="submit" class="rh-button">{ tr(txt::CALCULATE) }</button>
            </form>
            { tool.result_area("rh-aw-share", |r| result_view(r, &tool.result_ref, &step_hours)) }
        </section>
    }
}

/// "Nu", "Met deze baan, maand 1 tot en met 6", "Met deze baan, vanaf maand 7": the
/// months come from the vrijlating rule.
/// How many of the typed children's ages are under 13 (opvang age); unreadable ages do not
/// count, the field itself says what is wrong with them.
fn children_under_13(children: &str) -> usize {
    children
        .split(',')
        .filter(|a| a.trim().parse::<u8>().is_ok_and(|a| a < 13))
        .count()
}

/// Kinderopvang with the job, a row per child under 13 (at most three): with the soort,
/// the hours and the price the tool computes the kinderopvangtoeslag itself.
fn opvang_fields(tool: &Tool<ArmoedevalForm, ArmoedevalResult>, young: usize) -> Html {
    let f = &*tool.form;
    let filled = |i: usize| {
        f.opvang
            .get(i)
            .is_some_and(|o| !(o.soort.is_empty() && o.hours.is_empty() && o.price.is_empty()))
    };
    let rows: Vec<usize> = (0..3).filter(|&i| i < young || filled(i)).collect();
    if rows.is_empty() {
        return html! {};
    }
    let soorten: Vec<(&str, &str)> = std::iter::once(("", tr(txt::OPVANG_NONE)))
        .chain(Opvangsoort::ALL.map(|s| (s.slug(), tr(s.label()))))
        .collect();
    html! {
        <fieldset class="rh-fieldset">
            <legend>{ tr(txt::OPVANG) }</legend>
            <p class="rh-hint">{ tr(txt::OPVANG_HINT) }</p>
            { for rows.into_iter().filter_map(|i| f.opvang.get(i).map(|o| (i, o))).map(|(i, o)| {
                let n = i + 1;
                let child = Text::from(txt::opvang_child { n }).to_string();
                html! { <>
                    { select_field(&id(&format!("opvang_{n}")), &child, None, &o.soort, &soorten,
                        tool.err(&format!("opvang_{n}")), tool.set_at(i, |f, i, v| if let Some(o) = f.opvang.get_mut(i) { o.soort = v })) }
                    { TextField::new(&id(&format!("opvang_hours_{n}")), tr(txt::OPVANG_HOURS), &o.hours).suffix(tr(txt::PER_MONTH))
                        .error(tool.err(&format!("opvang_hours_{n}"))).render(tool.set_at(i, |f, i, v| if let Some(o) = f.opvang.get_mut(i) { o.hours = v })) }
                    { TextField::new(&id(&format!("opvang_price_{n}")), tr(txt::OPVANG_PRICE), &o.price).prefix("€")
                        .error(tool.err(&format!("opvang_price_{n}"))).render(tool.set_at(i, |f, i, v| if let Some(o) = f.opvang.get_mut(i) { o.price = v })) }
                </> }
            }) }
        </fieldset>
    }
}

fn column_title(c: Column) -> Text {
    match c {
        Column::Nu => txt::COLUMN_NOW.into(),
        Column::Baan(Phase {
            from_month,
            to_month: Some(to),
        }) => Text::from(txt::column_months { from: from_month, to }),
        Column::Baan(Phase { from_month, .. }) => Text::from(txt::column_from { from: from_month }),
    }
}

fn result_view(r: &ArmoedevalResult, result_ref: &NodeRef, step_hours: &Callback<i64>) -> Html {
    // The lasting situation with the job: the last column.
    let last = r.situations.last();
    let after = last
        .and_then(|s| s.difference.as_ref())
        .map(|l| l.amount)
        .unwrap_or_default();
    let from = last.and_then(|s| s.phase).map_or(1, |p| p.from_month);
    // The headline in whole euros ("ongeveer"); the table has the cents.
    let whole = after.amount().round();
    let headline = if whole > rust_decimal::Decimal::ZERO {
        Text::from(txt::headline_more {
            amount: Euros(after),
            from,
        })
    } else if whole < rust_decimal::Decimal::ZERO {
        Text::from(txt::headline_less {
            amount: Euros(-after),
            from,
        })
    } else {
        Text::from(txt::headline_same { from })
    };
    let hours = r.hours.trunc().mantissa().clamp(0, 40) as u32;
    html! {
        <div class="rh-result">
            { super::heading(2, None, Some(result_ref.clone()), html! { { headline } }) }
            <p class="rh-input-row" role="group" aria-label={tr(txt::TRY_HOURS)}>
                <button type="button" class="rh-button rh-button--secondary rh-hours-less" onclick={step_hours.reform(|_: MouseEvent| -1)}>{ tr(txt::HOUR_LESS) }</button>
                <button type="button" class="rh-button rh-button--secondary rh-hours-more" onclick={step_hours.reform(|_: MouseEvent| 1)}>{ tr(txt::HOUR_MORE) }</button>
            </p>
            <p class="rh-big">{ Text::from(txt::label_amount { amount: r.keep_of_100.amount, label: r.keep_of_100.label.clone() }) }</p>
            <p>{ r.keep_of_100.how.clone() }</p>
            <div class="rh-wide">{ scroll_region(tr(txt::COMPARE_LABEL), compare_table(r)) }</div>
            { compare_cards(r) }
            if let Some(gross) = r.situations.last().map(|s| s.gross_wage).filter(|g| *g > Money::ZERO) {
                // Net can look higher than gross: the net wage has the vakantiegeld spread.
                <p>{ Text::from(txt::gross_note { gross }) }</p>
            }
            <p>{ Text::from(txt::label_amount_sentence { amount: r.difference_year.amount, label: r.difference_year.label.clone() }) }</p>

            <div class="rh-print-full">
            { super::heading(3, None, None, html! { { tr(txt::HOURS_TITLE) } }) }
            { income_chart("rh-aw-chart", &r.curve, hours, "rh-aw-curve") }
            <details class="rh-more">
                <summary>{ tr(txt::CURVE_TABLE) }</summary>
                { scroll_region(tr(txt::CURVE_LABEL), curve_table(r, from)) }
            </details>

            </div>
            { super::heading(3, None, None, html! { { tr(txt::LOST_TITLE) } }) }
            <ul>{ for r.lost.iter().map(|l| html! { <li><strong>{ Text::from(txt::lost_label { label: l.label.clone() }) }{ " " }</strong>{ l.text.clone() }</li> }) }</ul>

            { super::heading(3, None, None, html! { { tr(txt::STEPS_TITLE) } }) }
            <ul>{ for r.steps.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
            { super::lines::contact_block(r.gemeente) }

            <div class="rh-print-full">
            { super::heading(3, None, None, html! { { tr(txt::HOW_TITLE) } }) }
            { for r.situations.iter().map(|s| html! {
                <details class="rh-more">
                    <summary>{ Text::from(txt::label_amount { amount: s.total.amount, label: column_title(s.column) }) }</summary>
                    { line_table(&column_title(s.column).render(), &s.lines, false) }
                    // For the klantmanager: the income the toeslagen are computed on, here
                    // and not in the comparison, where it would be a jargon row.
                    <p>{ tr(txt::TOETSINGSINKOMEN) }{ ": " }{ money(s.toetsingsinkomen) }</p>
                </details>
            }) }
            { super::heading(3, None, None, html! { { tr(txt::ASSUMPTIONS_TITLE) } }) }
            <ul>{ for r.assumptions.iter().map(|a| html! { <li>{ a.clone() }</li> }) }</ul>
            </div>
        </div>
    }
}

/// The situations side by side: a row per component, a column per situation.
/// On a phone the comparison as one card per situation, totals first, instead of a table
/// that hides the columns with the job behind a horizontal scroll (CSS shows one of the two).
fn compare_cards(r: &ArmoedevalResult) -> Html {
    html! {
        <div class="rh-narrow">
            { for r.situations.iter().map(|s| html! {
                <section class="rh-card">
                    { super::heading(4, None, None, html! { { column_title(s.column) } }) }
                    <p><strong>{ tr(txt::TOTAL) }{ ": " }{ money(s.total.amount) }</strong></p>
                    if let Some(d) = &s.difference {
                        <p>{ tr(txt::DIFFERENCE) }{ ": " }{ money(d.amount) }</p>
                    }
                    <dl class="rh-card-lines">
                        { for s.lines.iter().map(|l| html! { <><dt>{ &l.label }</dt><dd class="rh-num">{ money(l.amount) }</dd></> }) }
                    </dl>
                </section>
            }) }
        </div>
    }
}

fn compare_table(r: &ArmoedevalResult) -> Html {
    // Rows: every component that occurs in any column; the job column first, so the wage
    // heads the table.
    let mut keys: Vec<(LineKey, &Text)> = Vec::new();
    for s in r.situations.iter().rev() {
        for l in &s.lines {
            if !keys.iter().any(|(k, _)| *k == l.key) {
                keys.push((l.key, &l.label));
            }
        }
    }
    let cell = |col: usize, key: LineKey| -> String {
        r.situations
            .get(col)
            .and_then(|s| s.lines.iter().find(|l| l.key == key))
            .map(|l| money(l.amount))
            .unwrap_or_else(|| "–".into())
    };
    html! {
        <table class="rh-table rh-compare" id="rh-aw-compare">
            <caption>{ Text::from(txt::compare_caption { date: r.date, gemeente: r.gemeente }) }</caption>
            <thead><tr>
                <th scope="col">{ tr(txt::COL_WHAT) }</th>
                { for r.situations.iter().map(|s| html! { <th scope="col" class="rh-num">{ column_title(s.column) }</th> }) }
            </tr></thead>
            <tbody>
                { for keys.iter().map(|(k, label)| html! {
                    <tr data-key={k.as_str()}>
                        <th scope="row">{ *label }</th>
                        { for (0..r.situations.len()).map(|c| html! { <td class="rh-num">{ cell(c, *k) }</td> }) }
                    </tr>
                }) }
            </tbody>
            <tfoot>
                <tr data-key={keys::TOTAL.as_str()}>
                    <th scope="row">{ tr(txt::TOTAL) }</th>
                    { for r.situations.iter().map(|s| html! { <td class="rh-num">{ money(s.total.amount) }</td> }) }
                </tr>
                <tr data-key={keys::DIFFERENCE.as_str()}>
                    <th scope="row">{ tr(txt::DIFFERENCE) }</th>
                    { for r.situations.iter().map(|s| html! { <td class="rh-num">{ s.difference.as_ref().map_or_else(|| "–".to_string(), |d| money(d.amount)) }</td> }) }
                </tr>
            </tfoot>
        </table>
    }
}

/// The net household income at every number of hours, from month `from` of the job.
fn curve_table(r: &ArmoedevalResult, from: u32) -> Html {
    html! {
        <table class="rh-table" id="rh-aw-curve">
            <caption>{ Text::from(txt::curve_caption { from }) }</caption>
            <thead><tr><th scope="col">{ tr(txt::COL_HOURS) }</th><th scope="col" class="rh-num">{ tr(txt::COL_GROSS_WAGE) }</th><th scope="col" class="rh-num">{ tr(txt::COL_NET_HOUSEHOLD) }</th></tr></thead>
            <tbody>
                { for r.curve.iter().map(|p| html! {
                    <tr><th scope="row">{ p.hours }</th><td class="rh-num">{ money(p.gross_wage) }</td><td class="rh-num">{ money(p.net_household) }</td></tr>
                }) }
            </tbody>
        </table>
    }
}
