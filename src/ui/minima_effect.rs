//! The minima-effectrapportage page, for policy officers and the council: the gemeente's
//! rules for seven standard households from 100% to 150% of the bijstandsnorm, every step
//! where a household keeps less named with its cause, a what-if with other local income
//! limits, a CSV download and a print layout (www/minima-effect.css). Its own bundle
//! (Cargo feature `minima_effect`), so residents never download it.

use js_sys::encode_uri_component;
use yew::prelude::*;

use super::fields::{error_summary, select_field, swap_char, TextField};
use super::lines::{new_window, scroll_region, status_badge};
use super::minima_chart::level_chart;
use super::tool::{use_tool, Tool};
use crate::i18n::msg::ui_minima_effect as txt;
use crate::i18n::{money, tr, Text};
use crate::rules::money::Rate;
use crate::rules::{self, Date, Money, GEMEENTEN};
use crate::tools::minima_effect::{
    self as me, Column, HouseholdReport, MinimaEffect, MinimaEffectForm, Row, Scenario, HOUSEHOLDS,
};

fn id(field: &str) -> String {
    super::fields::element_id("rh-me-", field)
}

#[derive(Properties, PartialEq)]
pub struct MinimaEffectPageProps {
    pub heading: NodeRef,
    pub date: Date,
    pub gemeente: &'static str,
}

#[function_component(MinimaEffectPage)]
pub fn minima_effect_page(props: &MinimaEffectPageProps) -> Html {
    let tool = use_tool(
        super::pages::MINIMA_EFFECT_SLUG,
        MinimaEffectForm {
            gemeente: props.gemeente.to_string(),
            date: props.date.to_string(),
            rents: me::default_rent_texts(props.date),
            ..MinimaEffectForm::default()
        },
        me::validate,
        me::calculate,
    );
    let f = &*tool.form;
    let gemeenten: Vec<(&str, &str)> = GEMEENTEN.iter().map(|g| (g.slug, g.name)).collect();
    html! {
        <section aria-labelledby="rh-me-title" class="rh-tool rh-report">
            <h1 id="rh-me-title" tabindex="-1" ref={props.heading.clone()}>{ tr(txt::TITLE) }</h1>
            <p>{ tr(txt::INTRO) }</p>
            { error_summary(&tool.errors, id, &tool.summary_ref) }
            <form onsubmit={tool.onsubmit.clone()} novalidate=true>
                <p class="rh-hint">{ tr(txt::PRIVACY) }</p>
                { select_field(&id("gemeente"), tr(txt::GEMEENTE), None, &f.gemeente, &gemeenten, tool.err("gemeente"), tool.set(|f, v| f.gemeente = v)) }
                { TextField::new(&id("date"), tr(txt::DATE), &f.date).date().error(tool.err("date")).render(tool.set(|f, v| f.date = v)) }
                { rent_fields(&tool) }
                { scenario_fields(&tool, props.date) }
                <button type="submit" class="rh-button">{ tr(txt::CALCULATE) }</button>
            </form>
            if let Some(r) = &*tool.result {
                { report_view(r, &tool.result_ref) }
                { super::share::share_block("rh-me-share", &tool.link) }
            }
        </section>
    }
}

/// A rent per household type, filled in with the example rent.
fn rent_fields(tool: &Tool<MinimaEffectForm, MinimaEffect>) -> Html {
    let f = &*tool.form;
    html! {
        <fieldset class="rh-fieldset">
            <legend>{ tr(txt::RENTS) }</legend>
            <p class="rh-hint">{ tr(txt::RENTS_HINT) }</p>
            { for HOUSEHOLDS.iter().zip(&f.rents).enumerate().map(|(i, (t, rent))| {
                let field = format!("rent_{}", t.id);
                TextField::new(&id(&field), tr(t.label), rent).prefix("€")
                    .error(tool.err(&field))
                    .render(tool.set_at(i, |f, i, v| if let Some(r) = f.rents.get_mut(i) { *r = v }))
            }) }
        </fieldset>
    }
}

/// The what-if limits, each with the rule in force as its hint.
fn scenario_fields(tool: &Tool<MinimaEffectForm, MinimaEffect>, fallback: Date) -> Html {
    let f = &*tool.form;
    let date = f.date.parse::<Date>().unwrap_or(fallback);
    let g = rules::gemeente(&f.gemeente).unwrap_or_else(rules::landelijk);
    let r = g.rules_at(date);
    let now = |v: Option<Rate>| -> String {
        match v {
            Some(rate) => Text::from(txt::limit_now { rate }).render(),
            None => tr(txt::LIMIT_NOW_UNKNOWN).to_string(),
        }
    };
    let (iit, zorg, part) = (
        now(crate::rules::inkomenstoeslag::monthly_limit(r).and_then(|t| t.income_limit_pct.value)),
        now(r.minima.zorgverzekering_limit_pct.value),
        now(r.participatie.limit_pct().and_then(|l| l.value)),
    );
    html! {
        <fieldset class="rh-fieldset rh-what-if">
            <legend>{ tr(txt::WHAT_IF) }</legend>
            <p class="rh-hint">{ tr(txt::WHAT_IF_HINT) }</p>
            { TextField::new(&id("iit_limit"), tr(txt::IIT_LIMIT), &f.iit_limit).suffix("%").hint(&iit)
                .error(tool.err("iit_limit")).render(tool.set(|f, v| f.iit_limit = v)) }
            { TextField::new(&id("zorg_limit"), tr(txt::ZORG_LIMIT), &f.zorg_limit).suffix("%").hint(&zorg)
                .error(tool.err("zorg_limit")).render(tool.set(|f, v| f.zorg_limit = v)) }
            { TextField::new(&id("participatie_limit"), tr(txt::PARTICIPATIE_LIMIT), &f.participatie_limit).suffix("%").hint(&part)
                .error(tool.err("participatie_limit")).render(tool.set(|f, v| f.participatie_limit = v)) }
        </fieldset>
    }
}

/// The summary in B1: the first sentence, then one item per fall.
fn summary(list: &[Text]) -> Html {
    let (first, rest) = match list.split_first() {
        Some((f, r)) => (f.clone(), r),
        None => (Text::Empty, &[][..]),
    };
    html! {
        <>
            <p class="rh-big">{ first }</p>
            if !rest.is_empty() {
                <ul>{ for rest.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
            }
        </>
    }
}

fn report_view(r: &MinimaEffect, result_ref: &NodeRef) -> Html {
    let what_if = r.scenario.as_deref();
    html! {
        <div class="rh-result">
            <h2 tabindex="-1" ref={result_ref.clone()}>{ Text::from(txt::result_title { date: r.date, gemeente: r.gemeente }) }</h2>
            if let Some(s) = what_if {
                <div class="rh-side">
                    <section aria-labelledby="rh-me-now" class="rh-side-part">
                        <h3 id="rh-me-now">{ tr(txt::NOW_TITLE) }</h3>
                        { summary(&r.summary) }
                    </section>
                    <section aria-labelledby="rh-me-what-if" class="rh-side-part rh-scenario">
                        <h3 id="rh-me-what-if">{ tr(txt::SCENARIO_TITLE) }</h3>
                        <p><strong>{ tr(txt::SCENARIO_NOTE) }</strong></p>
                        <ul>{ for s.changes.iter().map(|c| html! { <li>{ c.clone() }</li> }) }</ul>
                        { summary(&s.report.summary) }
                    </section>
                </div>
            } else {
                { summary(&r.summary) }
            }
            { export(r, what_if) }
            { for r.households.iter().map(|h| {
                let other = what_if.and_then(|s| s.report.households.iter().find(|o| o.id == h.id).map(|o| (s, o)));
                household_view(r, h, other)
            }) }
            { report_notes(r) }
        </div>
    }
}

/// The CSV downloads (made here, in the browser, as a data: link: nothing is sent) and a
/// print button.
fn export(r: &MinimaEffect, what_if: Option<&Scenario>) -> Html {
    let link = |report: &MinimaEffect, scenario: bool| {
        let name = format!(
            "minima-effect-{}-{}{}.csv",
            swap_char(&report.gemeente.to_ascii_lowercase(), ' ', "-"),
            report.date,
            if scenario { "-scenario" } else { "" }
        );
        let href = format!(
            "data:text/csv;charset=utf-8,{}",
            String::from(encode_uri_component(&csv(report)))
        );
        let label = if scenario { txt::CSV_SCENARIO } else { txt::CSV };
        html! { <li><a {href} download={name} class="rh-csv">{ tr(label) }</a></li> }
    };
    html! {
        <section aria-labelledby="rh-me-export" class="rh-export">
            <h3 id="rh-me-export">{ tr(txt::EXPORT_TITLE) }</h3>
            <ul>
                { link(r, false) }
                if let Some(s) = what_if { { link(&s.report, true) } }
            </ul>
            <p class="rh-hint">{ tr(txt::EXPORT_HINT) }</p>
        </section>
    }
}

/// The table as CSV: a header row, then a row per household and level. The separator and
/// the decimal mark are the page language's (locales/…/ui_minima_effect.toml), so a
/// spreadsheet in that language opens it as columns of numbers; a byte-order mark tells it
/// the text is UTF-8.
pub fn csv(r: &MinimaEffect) -> String {
    let sep = tr(txt::CSV_SEPARATOR);
    let decimal = tr(txt::CSV_DECIMAL);
    let quote = |s: &str| format!("\"{}\"", swap_char(s, '"', "\"\""));
    let num = |d: rust_decimal::Decimal| swap_char(&d.normalize().to_string(), '.', decimal);
    let amount = |m: Money| swap_char(&format!("{:.2}", m.amount()), '.', decimal);
    let mut header: Vec<String> = [
        txt::COL_GEMEENTE,
        txt::COL_DATE,
        txt::COL_HOUSEHOLD,
        txt::COL_PCT,
        txt::COL_HOURS,
        txt::COL_GROSS,
    ]
    .iter()
    .map(|m| quote(tr(*m)))
    .collect();
    header.extend(r.columns.iter().map(|c| quote(&c.label.render())));
    header.extend([quote(tr(txt::COL_NET)), quote(tr(txt::COL_MARGINAL))]);
    let mut out = format!("\u{feff}{}\r\n", header.join(sep));
    for h in &r.households {
        let label = h.label.render();
        for row in &h.rows {
            let mut line = vec![
                quote(r.gemeente),
                r.date.to_string(),
                quote(&label),
                row.pct.to_string(),
                num(row.hours),
                amount(row.gross_wage),
            ];
            line.extend(r.columns.iter().map(|c| {
                row.cells
                    .iter()
                    .find(|x| x.key == c.key)
                    .map_or(String::new(), |x| amount(x.amount))
            }));
            line.push(amount(row.net_household));
            line.push(row.marginal.map_or(String::new(), amount));
            out.push_str(&line.join(sep));
            out.push_str("\r\n");
        }
    }
    out
}

/// One household: its falls in words, the chart, the table, and the scenario's table.
fn household_view(r: &MinimaEffect, h: &HouseholdReport, what_if: Option<(&Scenario, &HouseholdReport)>) -> Html {
    let title = format!("rh-me-h-{}", h.id);
    let table_id = format!("rh-me-t-{}", h.id);
    let label = h.label.render();
    html! {
        <section class="rh-household" aria-labelledby={title.clone()}>
            <h3 id={title}>{ h.label.clone() }</h3>
            <p>{ Text::from(txt::household_facts { norm: h.norm, rent: h.rent }) }</p>
            { falls(h) }
            { level_chart(&format!("rh-me-c-{}", h.id), h, what_if.map(|(_, o)| o), &table_id) }
            { scroll_region(&Text::from(txt::table_label { household: label.clone() }).render(),
                level_table(&table_id, &Text::from(txt::table_caption { date: r.date, gemeente: r.gemeente, household: label.clone() }), &r.columns, h, None)) }
            if let Some((s, o)) = what_if {
                <h4>{ Text::from(txt::scenario_household { household: label.clone() }) }</h4>
                { falls(o) }
                { scroll_region(&Text::from(txt::scenario_table_label { household: label.clone() }).render(),
                    level_table(&format!("rh-me-s-{}", h.id), &Text::from(txt::scenario_caption { household: label }), &s.report.columns, o, Some(h))) }
            }
        </section>
    }
}

/// Every step where the household keeps less, in words: never colour alone.
fn falls(h: &HouseholdReport) -> Html {
    if h.falls.is_empty() {
        return html! { <p>{ tr(txt::NO_FALL) }</p> };
    }
    html! {
        <ul class="rh-falls">
            { for h.falls.iter().map(|f| {
                let cause = f.causes.first().map_or(Text::Empty, |c| c.label.clone());
                let text = match f.limit {
                    Some(limit) => Text::from(txt::fall_limit { cause, change: -f.change, from: f.from_pct, limit, to: f.to_pct }),
                    None => Text::from(txt::fall { cause, change: -f.change, from: f.from_pct, to: f.to_pct }),
                };
                html! { <li><strong>{ tr(txt::FALL_MARK) }{ " " }</strong>{ text }</li> }
            }) }
        </ul>
    }
}

/// Levels as rows, every component as a column. `compare`: the report under the rules in
/// force, for a scenario table's last column.
fn level_table(
    id: &str,
    caption: &Text,
    columns: &[Column],
    h: &HouseholdReport,
    compare: Option<&HouseholdReport>,
) -> Html {
    // Only the lines this household has at some level (a couple without children gets no
    // kinderbijslag column), so the table fits a landscape page; the CSV keeps them all.
    let columns: Vec<&Column> = columns
        .iter()
        .filter(|c| h.rows.iter().any(|r| r.cells.iter().any(|x| x.key == c.key)))
        .collect();
    html! {
        <table class="rh-table rh-levels" id={id.to_string()}>
            <caption>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ tr(txt::COL_PCT) }</th>
                <th scope="col" class="rh-num">{ tr(txt::COL_HOURS) }</th>
                { for columns.iter().map(|c| html! { <th scope="col" class="rh-num">{ c.label.clone() }</th> }) }
                <th scope="col" class="rh-num">{ tr(txt::COL_NET) }</th>
                <th scope="col" class="rh-num">{ tr(txt::COL_MARGINAL) }</th>
                if compare.is_some() { <th scope="col" class="rh-num">{ tr(txt::COL_VS_NOW) }</th> }
            </tr></thead>
            <tbody>
                { for h.rows.iter().map(|row| level_row(&columns, h, row, compare)) }
            </tbody>
        </table>
    }
}

fn level_row(columns: &[&Column], h: &HouseholdReport, row: &Row, compare: Option<&HouseholdReport>) -> Html {
    let fall = h.falls.iter().find(|f| f.to_pct == row.pct);
    let hours = crate::i18n::language().number(row.hours);
    let vs_now = compare.map(|c| {
        c.rows
            .iter()
            .find(|x| x.pct == row.pct)
            .map_or_else(|| "–".to_string(), |x| money(row.net_household - x.net_household))
    });
    html! {
        <tr class={classes!(fall.is_some().then_some("rh-fall"))} data-pct={row.pct.to_string()}>
            <th scope="row">{ format!("{}%", row.pct) }</th>
            <td class="rh-num">{ hours }</td>
            { for columns.iter().map(|c| html! {
                <td class="rh-num">{ row.cells.iter().find(|x| x.key == c.key).map_or_else(|| "–".to_string(), |x| money(x.amount)) }</td>
            }) }
            <td class="rh-num"><strong>{ money(row.net_household) }</strong></td>
            <td class="rh-num">
                { row.marginal.map_or_else(|| "–".to_string(), money) }
                if let Some(f) = fall {
                    <span class="rh-fall-mark">{ " " }{ tr(txt::FALL_MARK) }{ " " }{ f.causes.first().map_or(Text::Empty, |c| c.label.clone()) }</span>
                }
            </td>
            if let Some(v) = vs_now { <td class="rh-num">{ v }</td> }
        </tr>
    }
}

/// What the report assumes, the values that are not verified, and every source: printed
/// with the report (the disclosure opens before printing).
fn report_notes(r: &MinimaEffect) -> Html {
    html! {
        <>
            <h2>{ tr(txt::ASSUMPTIONS_TITLE) }</h2>
            <ul>{ for r.assumptions.iter().map(|a| html! { <li>{ a.clone() }</li> }) }</ul>
            <h2>{ tr(txt::NOT_VERIFIED_TITLE) }</h2>
            if r.not_verified.is_empty() {
                <p>{ tr(txt::ALL_VERIFIED) }</p>
            } else {
                <p>{ tr(txt::NOT_VERIFIED_INTRO) }</p>
                <ul class="rh-not-verified">
                    { for r.not_verified.iter().map(|n| html! { <li>{ n.article.clone() }{ " " }{ status_badge(n.status, n.note) }</li> }) }
                </ul>
            }
            <h2>{ tr(txt::SOURCES_TITLE) }</h2>
            <details class="rh-more rh-report-sources">
                <summary>{ Text::from(txt::sources_summary { n: r.sources.len() }) }</summary>
                <ul class="rh-sources">
                    { for r.sources.iter().map(|s| html! {
                        <li><a href={s.url.to_string()} rel="noopener noreferrer" target="_blank">{ s.article.to_string() }{ new_window() }</a></li>
                    }) }
                </ul>
            </details>
        </>
    }
}
