//! One household of the minima-effectrapportage as an inline SVG line chart: net household
//! income against the income level (100%–150% of the norm). A step down is marked with a
//! triangle and the word for it, not by colour; the scenario is a dashed line. The table
//! next to the chart holds the same numbers (`aria-describedby`).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::i18n::msg::ui_minima_effect as txt;
use crate::i18n::{tr, Text};
use crate::rules::Money;
use crate::tools::minima_effect::HouseholdReport;

// Whole euros for drawing; coordinates in tenths of a pixel, as in incomechart.rs.
fn euros(m: Money) -> i64 {
    m.amount().round().to_i64().unwrap_or(0).clamp(-10_000_000, 10_000_000)
}

fn nice_step(span: i64) -> i64 {
    let raw = (span / 4).max(1);
    let mut mag = 1;
    while mag * 10 <= raw {
        mag *= 10;
    }
    [1, 2, 5, 10].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(raw)
}

const W: i64 = 7200;
const H: i64 = 3000;
const LEFT: i64 = 900;
const RIGHT: i64 = 150;
const TOP: i64 = 200;
const BOTTOM: i64 = 450;

/// The y scale: lowest and highest gridline, and the step between them.
fn scale(values: &[i64]) -> (i64, i64, i64) {
    let min = values.iter().copied().min().unwrap_or(0);
    let max = values.iter().copied().max().unwrap_or(1);
    let step = nice_step((max - min).max(100));
    let lo = ((min / step) * step).max(0);
    let hi = ((max + step - 1) / step).max(1) * step;
    (lo, hi.max(lo + step), step)
}

pub fn level_chart(id: &str, h: &HouseholdReport, scenario: Option<&HouseholdReport>, table_id: &str) -> Html {
    let now: Vec<i64> = h.rows.iter().map(|r| euros(r.net_household)).collect();
    let other: Vec<i64> = scenario.map_or_else(Vec::new, |s| s.rows.iter().map(|r| euros(r.net_household)).collect());
    let (lo, hi, step) = scale(&[now.as_slice(), other.as_slice()].concat());
    let (plot_w, plot_h) = (W - LEFT - RIGHT, H - TOP - BOTTOM);
    let y = |v: i64| TOP + plot_h - (v - lo) * plot_h / (hi - lo).max(1);
    let n = (h.rows.len() as i64 - 1).max(1);
    let x = |i: usize| LEFT + i as i64 * plot_w / n;
    let line = |vals: &[i64]| -> String {
        vals.iter()
            .enumerate()
            .map(|(i, v)| format!("{},{}", x(i), y(*v)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let grid = (0..=((hi - lo) / step)).map(|k| {
        let v = lo + k * step;
        html! {
            <g>
                <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={y(v).to_string()} y2={y(v).to_string()} class="rh-grid" />
                <text x={(LEFT - 60).to_string()} y={(y(v) + 40).to_string()} text-anchor="end" class="rh-axis">{ crate::i18n::euros(Money::new(Decimal::from(v))) }</text>
            </g>
        }
    });
    let xlabels = h.rows.iter().enumerate().filter(|(i, _)| i % 2 == 0).map(|(i, r)| {
        html! { <text x={x(i).to_string()} y={(H - BOTTOM + 170).to_string()} text-anchor="middle" class="rh-axis">{ format!("{}%", r.pct) }</text> }
    });
    // A falling step: a downward triangle at its end, with the word, so it is not colour alone.
    let marks = h.rows.iter().enumerate().filter(|(_, r)| h.falls.iter().any(|f| f.to_pct == r.pct)).map(|(i, _)| {
        let (cx, cy) = (x(i), y(now.get(i).copied().unwrap_or(0)));
        html! {
            <g class="rh-fall-point">
                <polygon points={format!("{},{} {},{} {},{}", cx - 90, cy - 140, cx + 90, cy - 140, cx, cy - 30)} class="rh-marker" />
                <text x={cx.to_string()} y={(cy - 180).to_string()} text-anchor="middle" class="rh-axis rh-marker-text">{ tr(txt::FALL_SHORT) }</text>
            </g>
        }
    });
    let first = h.rows.first().map(|r| r.net_household).unwrap_or_default();
    let last = h.rows.last().map(|r| r.net_household).unwrap_or_default();
    let desc = Text::from(txt::chart_desc {
        at_first: first,
        at_last: last,
        falls: h.falls.len(),
    });
    html! {
        <figure class="rh-figure">
            <svg viewBox={format!("0 0 {W} {H}")} dir="ltr" role="img" aria-labelledby={format!("{id}-title {id}-desc")} aria-describedby={table_id.to_string()} class="rh-chart" focusable="false">
                <title id={format!("{id}-title")}>{ Text::from(txt::chart_title { household: h.label.clone() }) }</title>
                <desc id={format!("{id}-desc")}>{ desc }</desc>
                { for grid }
                <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={(TOP + plot_h).to_string()} y2={(TOP + plot_h).to_string()} class="rh-axis-line" />
                if !other.is_empty() { <polyline points={line(&other)} class="rh-line rh-line-scenario" /> }
                <polyline points={line(&now)} class="rh-line" />
                { for marks }
                { for xlabels }
                <text x={(LEFT + plot_w / 2).to_string()} y={(H - 40).to_string()} text-anchor="middle" class="rh-axis">{ tr(txt::X_AXIS) }</text>
            </svg>
            <figcaption>
                { tr(txt::CHART_CAPTION) }
                if scenario.is_some() { { " " }{ tr(txt::CHART_SCENARIO) } }
            </figcaption>
        </figure>
    }
}
