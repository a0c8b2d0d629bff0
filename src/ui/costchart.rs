//! The employer's cost and subsidy per month as an inline SVG bar chart. The same numbers are
//! in the table right after it, which is the text alternative for screen readers.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use crate::i18n::msg::ui_costchart as txt;
use crate::i18n::{tr, Arg, Text};
use crate::rules::Money;
use crate::tools::werkgever::MonthRow;

// Whole euros for drawing; the chart works in integer coordinates (a tenth of a pixel)
// so the module needs no float formatting at all.
fn euros(m: Money) -> i64 {
    m.amount().round().to_i64().unwrap_or(0).clamp(0, 10_000_000)
}

/// A round step for the axis: 1, 2 or 5 × 10^n euros, about five lines.
fn nice_step(max: i64) -> i64 {
    let raw = (max / 5).max(1);
    let mut mag = 1;
    while mag * 10 <= raw {
        mag *= 10;
    }
    [1, 2, 5, 10].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(raw)
}

/// `table_id`: the table with the same numbers.
pub fn cost_chart(id: &str, months: &[MonthRow], table_id: &str) -> Html {
    // Units: tenths of a pixel of a 720 × 300 drawing.
    let (w, h): (i64, i64) = (7200, 3000);
    let (left, right, top, bottom): (i64, i64, i64, i64) = (720, 80, 120, 360);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let max = months.iter().map(|m| euros(m.gross_cost)).max().unwrap_or(0).max(1);
    let step = nice_step(max);
    let top_value = ((max + step - 1) / step).max(1) * step;
    let y = |v: i64| top + plot_h - v * plot_h / top_value;
    let n = (months.len() as i64).max(1);
    let slot = plot_w / n;
    let bar = (slot * 7 / 10).max(10);
    let first_net: Arg = match months.first().and_then(|m| m.net_cost) {
        Some(m) => m.into(),
        None => txt::UNKNOWN.into(),
    };
    let desc = Text::from(txt::desc {
        first_cost: first_net,
        months: months.len(),
    });
    let gridlines = (0..=(top_value / step)).map(|i| {
        let v = i * step;
        html! {
            <g>
                <line x1={left.to_string()} x2={(w - right).to_string()} y1={y(v).to_string()} y2={y(v).to_string()} class="rh-grid" />
                <text x={(left - 60).to_string()} y={(y(v) + 40).to_string()} text-anchor="end" class="rh-axis">
                    { crate::i18n::euros(Money::new(Decimal::from(v))) }
                </text>
            </g>
        }
    });
    let bars = months.iter().enumerate().map(|(i, m)| {
        let x = left + i as i64 * slot + (slot - bar) / 2;
        let gross = euros(m.gross_cost);
        let net = m.net_cost.map(euros).unwrap_or(gross).clamp(0, gross);
        let unknown = m.lks.is_none();
        html! {
            <g>
                <rect x={x.to_string()} y={y(net).to_string()} width={bar.to_string()} height={(y(0) - y(net)).max(0).to_string()}
                    class={if unknown { "rh-bar-unknown" } else { "rh-bar-net" }} />
                <rect x={x.to_string()} y={y(gross).to_string()} width={bar.to_string()} height={(y(net) - y(gross)).max(0).to_string()}
                    class="rh-bar-subsidy" fill={format!("url(#{id}-hatch)")} />
            </g>
        }
    });
    let labels = months.iter().enumerate().filter(|(i, _)| i % 6 == 0).map(|(i, m)| {
        let x = left + i as i64 * slot + slot / 2;
        html! { <text x={x.to_string()} y={(h - bottom + 160).to_string()} text-anchor="middle" class="rh-axis">{ Text::from(txt::month_short { month: m.month }) }</text> }
    });
    html! {
        <figure class="rh-figure">
            <svg viewBox={format!("0 0 {w} {h}")} dir="ltr" role="img" aria-labelledby={format!("{id}-title {id}-desc")}
                aria-describedby={table_id.to_string()} class="rh-chart" focusable="false">
                <title id={format!("{id}-title")}>{ tr(txt::TITLE) }</title>
                <desc id={format!("{id}-desc")}>{ desc }</desc>
                <defs>
                    <pattern id={format!("{id}-hatch")} patternUnits="userSpaceOnUse" width="60" height="60" patternTransform="rotate(45)">
                        <rect width="60" height="60" class="rh-hatch-bg" />
                        <line x1="0" y1="0" x2="0" y2="60" class="rh-hatch-line" />
                    </pattern>
                </defs>
                { for gridlines }
                { for bars }
                <line x1={left.to_string()} x2={(w - right).to_string()} y1={y(0).to_string()} y2={y(0).to_string()} class="rh-axis-line" />
                { for labels }
            </svg>
            <figcaption>
                <ul class="rh-legend">
                    <li><span class="rh-swatch rh-bar-net" aria-hidden="true"></span>{ tr(txt::LEGEND_NET) }</li>
                    <li><span class="rh-swatch rh-swatch-hatch" aria-hidden="true"></span>{ tr(txt::LEGEND_SUBSIDY) }</li>
                    <li><span class="rh-swatch rh-bar-unknown" aria-hidden="true"></span>{ tr(txt::LEGEND_UNKNOWN) }</li>
                </ul>
            </figcaption>
        </figure>
    }
}
