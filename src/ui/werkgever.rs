//! The employer page: what a job with loonkostensubsidie costs, month by month.

use yew::prelude::*;

use super::tool::use_tool;

use super::costchart::cost_chart;
use super::fields::{checkbox, error_summary, gemeente_field, radio_group, select_field, TextField};
use super::lines::{line_table, scroll_region, sources};
use crate::i18n::msg::ui_werkgever as txt;
use crate::i18n::{money, tr, Msg, Text};
use crate::rules::{self, minimumloon, parameters_at, Date, Line, Rate};
use crate::tools::werkgever::{self, NoticeKind, Phase, WerkgeverForm, WerkgeverResult};

const P: &str = "rh-wg-";

fn id(field: &str) -> String {
    super::fields::element_id(P, field)
}

#[derive(Properties, PartialEq)]
pub struct WerkgeverPageProps {
    pub heading: NodeRef,
    pub date: Date,
    pub gemeente: &'static str,
    pub lock_gemeente: bool,
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

    let snapshot = f.start_date.parse::<Date>().ok().and_then(|d| parameters_at(d).ok());
    let min_wage_hint = snapshot
        .zip(crate::tools::input::parse_decimal(&f.age).and_then(|a| u16::try_from(a.trunc().mantissa()).ok()))
        .and_then(|(s, age)| {
            minimumloon::hourly_for_age(s, age)
                .ok()
                .map(|l| Text::from(txt::min_wage_hint { amount: l.amount }).render())
        })
        .unwrap_or_else(|| tr(txt::MIN_WAGE_HINT_NO_AGE).to_string());
    // The estimate the rules use when the field is empty (the law's own percentage).
    let default_charges = snapshot
        .or_else(|| parameters_at(props.date).ok())
        .map(|s| s.loonkostensubsidie.werkgeverslasten_pct.value)
        .unwrap_or_else(|| Rate::from_percent(rust_decimal::Decimal::new(235, 1)));
    let charges_hint = Text::from(txt::employer_charges_hint { pct: default_charges }).render();

    let hour_texts: Vec<(&str, String)> = [("36", 36u8), ("38", 38), ("40", 40)]
        .into_iter()
        .map(|(v, h)| (v, Text::from(txt::hours_option { hours: h }).render()))
        .collect();
    let hour_options: Vec<(&str, &str)> = hour_texts.iter().map(|(v, t)| (*v, t.as_str())).collect();

    html! {
        <section aria-labelledby="rh-wg-title" class="rh-tool">
            { super::heading(1, Some("rh-wg-title".to_string()), Some(props.heading.clone()), html! { { tr(txt::TITLE) } }) }
            <p>{ tr(txt::INTRO) }</p>
            <p>{ tr(txt::INTRO_LOONWAARDE) }</p>

            { error_summary(&tool.errors, id, &tool.summary_ref) }

            <form onsubmit={tool.onsubmit.clone()} novalidate=true aria-describedby="rh-wg-privacy">
                <p id="rh-wg-privacy" class="rh-hint">{ tr(txt::PRIVACY) }</p>
                { gemeente_field(&id("gemeente"), tr(txt::GEMEENTE), &f.gemeente, props.lock_gemeente, err("gemeente"), tool.set(|f, v| f.gemeente = v)) }
                { TextField::new(&id("start_date"), tr(txt::START_DATE), &f.start_date).date().error(err("start_date")).render(tool.set(|f, v| f.start_date = v)) }
                { TextField::new(&id("contract_hours"), tr(txt::CONTRACT_HOURS), &f.contract_hours).suffix(tr(txt::HOURS_PER_WEEK))
                    .error(err("contract_hours")).render(tool.set(|f, v| f.contract_hours = v)) }
                { select_field(&id("fulltime_hours"), tr(txt::FULLTIME_HOURS), Some(tr(txt::FULLTIME_HOURS_HINT)),
                    &f.fulltime_hours, &hour_options, err("fulltime_hours"), tool.set(|f, v| f.fulltime_hours = v)) }
                { TextField::new(&id("age"), tr(txt::AGE), &f.age).suffix(tr(txt::YEARS)).numeric().error(err("age")).render(tool.set(|f, v| f.age = v)) }
                { TextField::new(&id("hourly_wage"), tr(txt::HOURLY_WAGE), &f.hourly_wage).prefix("€").hint(&min_wage_hint)
                    .error(err("hourly_wage")).render(tool.set(|f, v| f.hourly_wage = v)) }
                { radio_group(&id("loonwaarde_known"), tr(txt::LOONWAARDE_KNOWN), if f.loonwaarde_known { "ja" } else { "nee" },
                    &[("ja", tr(txt::LOONWAARDE_KNOWN_YES)), ("nee", tr(txt::LOONWAARDE_KNOWN_NO))], tool.set(|f, v| f.loonwaarde_known = v == "ja")) }
                { TextField::new(&id("loonwaarde"), tr(if f.loonwaarde_known { txt::LOONWAARDE } else { txt::LOONWAARDE_EXPECTED }), &f.loonwaarde)
                    .hint(tr(if f.loonwaarde_known { txt::LOONWAARDE_HINT } else { txt::LOONWAARDE_EXPECTED_HINT }))
                    .suffix("%").error(err("loonwaarde")).render(tool.set(|f, v| f.loonwaarde = v)) }
                { TextField::new(&id("contract_months"), tr(txt::CONTRACT_MONTHS), &f.contract_months).suffix(tr(txt::MONTHS)).numeric()
                    .hint(tr(txt::CONTRACT_MONTHS_HINT)).error(err("contract_months")).render(tool.set(|f, v| f.contract_months = v)) }
                <fieldset class="rh-fieldset">
                    <legend>{ tr(txt::LKV_LEGEND) }</legend>
                    { checkbox(&id("doelgroepregister"), tr(txt::DOELGROEPREGISTER), f.doelgroepregister, tool.set_bool(|f, v| f.doelgroepregister = v)) }
                    { checkbox(&id("arbeidsgehandicapt"), tr(txt::ARBEIDSGEHANDICAPT),
                        f.arbeidsgehandicapt, tool.set_bool(|f, v| f.arbeidsgehandicapt = v)) }
                    { checkbox(&id("herplaatsing"), tr(txt::HERPLAATSING), f.herplaatsing, tool.set_bool(|f, v| f.herplaatsing = v)) }
                </fieldset>
                { TextField::new(&id("employer_charges_pct"), tr(txt::EMPLOYER_CHARGES), &f.employer_charges_pct).suffix(tr(txt::EMPLOYER_CHARGES_SUFFIX))
                    .hint(&charges_hint)
                    .error(err("employer_charges_pct")).render(tool.set(|f, v| f.employer_charges_pct = v)) }
                <button type="submit" class="rh-button">{ tr(txt::CALCULATE) }</button>
            </form>

            { tool.result_area("rh-wg-share", |r| result_view(r, &tool.result_ref)) }
        </section>
    }
}

fn phase_text(p: Phase) -> Msg {
    match p {
        Phase::Forfaitair => txt::PHASE_FORFAITAIR,
        Phase::Loonwaarde => txt::PHASE_LOONWAARDE,
        Phase::NoLks => txt::PHASE_NO_LKS,
        Phase::Unknown => txt::PHASE_UNKNOWN,
    }
}

/// The answer first, then the first month (one kind of figure: per month), the totals over
/// the contract, the notices, the chart with its tables, the LKV per year, and the periods.
fn result_view(r: &WerkgeverResult, result_ref: &NodeRef) -> Html {
    let totals_caption = if r.whole_contract {
        Text::from(txt::totals_caption_contract {
            months: r.overview_months,
        })
    } else {
        Text::from(txt::totals_caption_first {
            months: r.overview_months,
        })
    };
    html! {
        <div class="rh-result">
            { super::heading(2, None, Some(result_ref.clone()), html! { { Text::from(txt::result_title { date: r.start, gemeente: r.gemeente }) } }) }
            <p class="rh-answer" id="rh-wg-answer"><strong>{ r.answer.clone() }</strong></p>
            { line_table(tr(txt::FIRST_MONTH_CAPTION), &r.first_month, false) }
            <div id="rh-wg-totals">{ line_table(&totals_caption.render(), &r.totals, false) }</div>
            { notices_view(r) }
            // The rest is for "Print met alle uitleg"; the summary stops here.
            <div class="rh-print-full">
            { super::heading(3, None, None, html! { { tr(txt::PER_MONTH_TITLE) } }) }
            { cost_chart("rh-wg-chart", &r.months, "rh-wg-years") }
            { years_table(r) }
            { months_table(r) }
            { lkv_years_view(r) }
            { super::heading(3, None, None, html! { { tr(txt::HOW_TITLE) } }) }
            { for r.periods.iter().map(|p| {
                let title = Text::from(txt::period_title { from: p.from, from_month: p.from_month, phase: phase_text(p.phase), to: p.to, to_month: p.to_month });
                let title = if p.lks_reset { Text::from(txt::period_reset { title }) } else { title };
                html! {
                    <section class="rh-period">
                        { super::heading(4, None, None, html! { { title } }) }
                        { line_table(&Text::from(txt::period_caption { from_month: p.from_month, to_month: p.to_month }).render(), &p.lines, true) }
                    </section>
                }
            }) }
            { super::heading(3, None, None, html! { { tr(txt::EMPLOYEE_TITLE) } }) }
            { line_table(tr(txt::EMPLOYEE_CAPTION), &r.employee, true) }
            </div>
        </div>
    }
}

fn notices_view(r: &WerkgeverResult) -> Html {
    html! {
        <>
            { super::heading(3, None, None, html! { { tr(txt::NOTICES) } }) }
            <ul class="rh-notices">
                { for r.notices.iter().map(|n| html! {
                    <li class={classes!("rh-notice-item", match n.kind { NoticeKind::Blocked => "rh-notice--blocked", NoticeKind::Warning => "rh-notice--warning", NoticeKind::Info => "rh-notice--info" })}>
                        <strong>{ match n.kind {
                            NoticeKind::Blocked => html! { { Text::from(txt::notice_blocked { title: n.title.clone() }) } },
                            NoticeKind::Warning => html! { { Text::from(txt::notice_warning { title: n.title.clone() }) } },
                            NoticeKind::Info => html! { { n.title.clone() } },
                        } }</strong>
                        <p>{ n.text.clone() }</p>
                        { sources(&n.sources) }
                    </li>
                }) }
            </ul>
        </>
    }
}

fn opt(m: Option<rules::Money>) -> String {
    m.map(money).unwrap_or_else(|| tr(txt::UNKNOWN).to_string())
}

fn years_table(r: &WerkgeverResult) -> Html {
    scroll_region(
        tr(txt::PER_YEAR_LABEL),
        html! {
            <table class="rh-table" id="rh-wg-years">
                <caption>{ tr(txt::PER_YEAR_CAPTION) }</caption>
                <thead><tr>
                    <th scope="col">{ tr(txt::COL_YEAR) }</th><th scope="col" class="rh-num">{ tr(txt::COL_GROSS_COST) }</th>
                    <th scope="col" class="rh-num">{ tr(txt::COL_LKS) }</th><th scope="col" class="rh-num">{ tr(txt::COL_LKV) }</th>
                    <th scope="col" class="rh-num">{ tr(txt::COL_NET_COST) }</th>
                </tr></thead>
                <tbody>
                    { for r.years.iter().map(|y| html! {
                        <tr>
                            <th scope="row">{ Text::from(txt::year_row { from: y.from, to: y.to, year: y.year }) }</th>
                            <td class="rh-num">{ money(y.gross_cost) }</td><td class="rh-num">{ opt(y.lks) }</td>
                            <td class="rh-num">{ money(y.lkv) }</td><td class="rh-num">{ opt(y.net_cost) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    )
}

fn months_table(r: &WerkgeverResult) -> Html {
    html! {
        <details class="rh-more">
            <summary>{ Text::from(txt::all_months { count: r.months.len() }) }</summary>
            <div class="rh-table-wrap" tabindex="0" role="region" aria-label={tr(txt::PER_MONTH_TITLE)}>
                <table class="rh-table">
                    <caption>{ tr(txt::PER_MONTH_CAPTION) }</caption>
                    <thead><tr>
                        <th scope="col">{ tr(txt::COL_MONTH) }</th><th scope="col">{ tr(txt::COL_PHASE) }</th><th scope="col" class="rh-num">{ tr(txt::COL_GROSS_COST) }</th>
                        <th scope="col" class="rh-num">{ tr(txt::COL_LKS) }</th><th scope="col" class="rh-num">{ tr(txt::COL_LKV) }</th>
                        <th scope="col" class="rh-num">{ tr(txt::COL_NET_COST) }</th>
                    </tr></thead>
                    <tbody>
                        { for r.months.iter().map(|m| html! {
                            <tr>
                                <th scope="row">{ Text::from(txt::month_row { date: m.date, month: m.month }) }</th>
                                <td>{ tr(phase_text(m.phase)) }</td>
                                <td class="rh-num">{ money(m.gross_cost) }</td><td class="rh-num">{ opt(m.lks) }</td>
                                <td class="rh-num">{ money(m.lkv) }</td><td class="rh-num">{ opt(m.net_cost) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// The LKV as UWV computes it: one amount per calendar year.
fn lkv_years_view(r: &WerkgeverResult) -> Html {
    if r.lkv_years.is_empty() {
        return html! {};
    }
    let lines: Vec<Line> = r
        .lkv_years
        .iter()
        .map(|y| Line {
            label: Text::from(txt::lkv_year_label {
                label: y.line.label.clone(),
                year: y.year,
            }),
            ..y.line.clone()
        })
        .collect();
    html! {
        <>
            { super::heading(3, None, None, html! { { tr(txt::LKV_YEARS_TITLE) } }) }
            <p>{ tr(txt::LKV_YEARS_INTRO) }</p>
            { line_table(tr(txt::LKV_YEARS_CAPTION), &lines, true) }
        </>
    }
}
