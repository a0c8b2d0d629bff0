//! Net household income against hours worked, as an inline SVG line chart: where the line
//! is flat or drops, extra work does not pay (the armoedeval). The user's choice is marked.
//! The table after it holds the same numbers as the text alternative.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::i18n::msg::ui_incomechart as txt;
use crate::i18n::{tr, Text};
use crate::rules::Money;
use crate::tools::armoedeval::CurvePoint;

// Whole euros for drawing; integer coordinates in tenths of a pixel, as in costchart.rs.
fn euros(m: Money) -> i64 {
    m.amount().round().to_i64().unwrap_or(0).clamp(-10_000_000, 10_000_000)
}

fn nice_step(span: i64) -> i64 {
    let raw = (span / 5).max(1);
    let mut mag = 1;
    while mag * 10 <= raw {
        mag *= 10;
    }
    [1, 2, 5, 10].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(raw)
}

pub fn income_chart(id: &str, curve: &[CurvePoint], chosen_hours: u32, table_id: &str) -> Html {
    let (w, h): (i64, i64) = (7200, 3400);
    // Room for axis text of 240 units: a phone shows the chart at ~5% and the text must
    // stay 12px (www/style.css).
    let (left, right, top, bottom): (i64, i64, i64, i64) = (1100, 120, 160, 560);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let values: Vec<i64> = curve.iter().map(|p| euros(p.net_household)).collect();
    let (min, max) = (
        values.iter().copied().min().unwrap_or(0),
        values.iter().copied().max().unwrap_or(1),
    );
    let step = nice_step((max - min).max(100));
    let lo = (min / step) * step - if min % step == 0 { step } else { 0 };
    let lo = lo.max(0);
    let hi = ((max + step - 1) / step).max(1) * step;
    let span = (hi - lo).max(1);
    let y = |v: i64| top + plot_h - (v - lo) * plot_h / span;
    let n = (curve.len() as i64 - 1).max(1);
    let x = |i: i64| left + i * plot_w / n;
    let points: String = values
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{},{}", x(i as i64), y(*v)))
        .collect::<Vec<_>>()
        .join(" ");
    let chosen = curve.iter().position(|p| p.hours == chosen_hours);
    let first = curve.first().map(|p| p.net_household).unwrap_or_default();
    let at = chosen
        .and_then(|i| curve.get(i))
        .map(|p| p.net_household)
        .unwrap_or_default();
    let desc = Text::from(txt::desc {
        at_chosen: at,
        at_zero: first,
        hours: chosen_hours,
    });
    let grid = (0..=(span / step)).map(|k| {
        let v = lo + k * step;
        html! {
            <g>
                <line x1={left.to_string()} x2={(w - right).to_string()} y1={y(v).to_string()} y2={y(v).to_string()} class="rh-grid" />
                <text x={(left - 60).to_string()} y={(y(v) + 40).to_string()} text-anchor="end" class="rh-axis">{ crate::i18n::euros(Money::new(Decimal::from(v))) }</text>
            </g>
        }
    });
    let xlabels = (0..=40).step_by(8).map(|hrs| {
        html! { <text x={x(hrs).to_string()} y={(h - bottom + 260).to_string()} text-anchor="middle" class="rh-axis">{ format!("{hrs}") }</text> }
    });
    let marker = chosen.map(|i| {
        let (cx, cy) = (x(i as i64), y(values.get(i).copied().unwrap_or(0)));
        html! {
            <g>
                <line x1={cx.to_string()} x2={cx.to_string()} y1={top.to_string()} y2={(top + plot_h).to_string()} class="rh-marker-line" />
                <circle cx={cx.to_string()} cy={cy.to_string()} r="70" class="rh-marker" />
                <text x={(cx + 100).min(w - right - 1200).to_string()} y={(top + 120).to_string()} class="rh-axis rh-marker-text">{ Text::from(txt::chosen { hours: chosen_hours }) }</text>
            </g>
        }
    });
    html! {
        <figure class="rh-figure">
            <svg viewBox={format!("0 0 {w} {h}")} dir="ltr" role="img" aria-labelledby={format!("{id}-title {id}-desc")} aria-describedby={table_id.to_string()} class="rh-chart rh-chart--income" focusable="false">
                <title id={format!("{id}-title")}>{ tr(txt::TITLE) }</title>
                <desc id={format!("{id}-desc")}>{ desc }</desc>
                { for grid }
                <line x1={left.to_string()} x2={(w - right).to_string()} y1={(top + plot_h).to_string()} y2={(top + plot_h).to_string()} class="rh-axis-line" />
                <polyline points={points} class="rh-line" />
                { for marker }
                { for xlabels }
                <text x={(left + plot_w / 2).to_string()} y={(h - 40).to_string()} text-anchor="middle" class="rh-axis">{ tr(txt::X_AXIS) }</text>
            </svg>
            <figcaption>{ tr(txt::CAPTION) }</figcaption>
        </figure>
    }
}
