//! The overview built from the months: the answer in one sentence, the periods (months with
//! the same amounts, explained once), the rows per month and per year, and the totals over
//! the contract. Nothing here computes a new amount from the rules; it selects and adds up.

use crate::how;
use crate::i18n::msg::werkgever as txt;
use crate::i18n::{Euros, Text};
use crate::rules::explain::Line;
use crate::rules::keys;
use crate::rules::money::Money;
use crate::rules::Date;

use super::month::{Lks, MonthCalc};
use super::{MonthRow, Period, Phase, YearRow};

/// What makes a month part of the same period as the one before: the same phase, the same
/// wage amounts and the same LKS, set on the same date. A 1 January re-set of the LKS (art.
/// 10d lid 7) therefore starts a new period, even when the amounts are carried over.
#[derive(PartialEq)]
struct PeriodKey {
    phase: Phase,
    hourly: Money,
    gross: Money,
    lks: Option<(Date, Money, Money)>,
}

fn key(c: &MonthCalc) -> PeriodKey {
    PeriodKey {
        phase: c.phase,
        hourly: c.hourly(),
        gross: c.gross(),
        lks: match &c.lks {
            Lks::Computed { month, grant, .. } => Some((*grant, month.wage_part.amount, month.total.amount)),
            Lks::Blocked(_) | Lks::Unknown(_) => None,
        },
    }
}

/// The periods, each explained by the lines of its first month, and a row per month.
pub(super) fn periods_and_months(calcs: &[MonthCalc]) -> (Vec<Period>, Vec<MonthRow>) {
    let mut periods: Vec<Period> = Vec::new();
    let mut months = Vec::with_capacity(calcs.len());
    let mut previous: Option<PeriodKey> = None;
    for c in calcs {
        let k = key(c);
        let to = c.date.add_months(1).previous_day();
        match periods.last_mut() {
            Some(p) if previous.as_ref() == Some(&k) => {
                p.to_month = c.month;
                p.to = to;
                p.carried_over |= c.carried_over;
            }
            _ => {
                let lks_reset = matches!(
                    (&k.lks, previous.as_ref().and_then(|p| p.lks.as_ref())),
                    (Some((grant, ..)), Some((before, ..))) if grant != before
                );
                periods.push(period(c, to, lks_reset));
            }
        }
        previous = Some(k);
        months.push(MonthRow {
            month: c.month,
            date: c.date,
            phase: c.phase,
            gross_cost: c.gross(),
            lks: c.lks(),
            lkv: c.lkv_amount(),
            net_cost: c.net_amount(),
            period: periods.len().saturating_sub(1),
        });
    }
    (periods, months)
}

fn period(c: &MonthCalc, to: Date, lks_reset: bool) -> Period {
    let mut lines: Vec<Line> = c.wage.lines().into_iter().cloned().collect();
    lines.extend(c.lks_lines());
    lines.extend(c.after_lks.clone());
    Period {
        from_month: c.month,
        to_month: c.month,
        from: c.date,
        to,
        phase: c.phase,
        carried_over: c.carried_over,
        lks_reset,
        lines,
    }
}

/// The rows per year of the job (12 months from the start; the last may be shorter).
pub(super) fn years(start: Date, months: &[MonthRow]) -> Vec<YearRow> {
    months
        .chunks(12)
        .zip(0u32..)
        .map(|(rows, y)| {
            let last = rows.last().map(|r| r.date).unwrap_or(start);
            YearRow {
                year: y + 1,
                from: start.add_months(y * 12),
                to: last.add_months(1).previous_day(),
                months: rows.len() as u32,
                gross_cost: rows.iter().map(|r| r.gross_cost).sum(),
                lks: rows.iter().map(|r| r.lks).sum(),
                lkv: rows.iter().map(|r| r.lkv).sum(),
                net_cost: rows.iter().map(|r| r.net_cost).sum(),
            }
        })
        .collect()
}

/// The months the overview covers.
#[derive(Clone, Copy)]
pub(super) struct Span {
    pub months: u32,
    pub whole_contract: bool,
}

impl Span {
    fn text(self) -> Text {
        if self.whole_contract {
            Text::from(txt::span_contract { months: self.months })
        } else {
            Text::from(txt::span_first { months: self.months })
        }
    }
}

/// A sum over the years as the year table shows them: "€ a (jaar 1) + € b (jaar 2) = € c".
/// With one year there is nothing to add: the months are in the table.
fn sum_of_years(years: &[YearRow], amount: Money, part: impl Fn(&YearRow) -> Money) -> Text {
    if years.len() < 2 {
        return how!(txt::total_one_year {
            months: years.first().map(|y| y.months).unwrap_or(0)
        });
    }
    let mut parts = Text::Empty;
    for (i, y) in years.iter().enumerate() {
        if i > 0 {
            parts.push(txt::PLUS);
        }
        parts.push(txt::year_part {
            amount: part(y),
            year: y.year,
        });
    }
    how!(txt::total_of_years { amount, parts })
}

/// Wage costs, LKS, LKV and what is left over the overview's months. The LKS and what is
/// left only when the LKS is known in every month.
pub(super) fn totals(span: Span, years: &[YearRow]) -> Vec<Line> {
    let period = span.text();
    let gross: Money = years.iter().map(|y| y.gross_cost).sum();
    let lks: Option<Money> = years.iter().map(|y| y.lks).sum();
    let lkv: Money = years.iter().map(|y| y.lkv).sum();
    let mut out = vec![Line::new(
        keys::TOTAL_GROSS,
        txt::total_gross_label { period: period.clone() },
        gross,
        sum_of_years(years, gross, |y| y.gross_cost),
    )];
    if let Some(lks) = lks {
        out.push(Line::new(
            keys::TOTAL_LKS,
            txt::total_lks_label { period: period.clone() },
            lks,
            sum_of_years(years, lks, |y| y.lks.unwrap_or(Money::ZERO)),
        ));
    }
    if !lkv.is_zero() {
        out.push(Line::new(
            keys::TOTAL_LKV,
            txt::total_lkv_label { period: period.clone() },
            lkv,
            sum_of_years(years, lkv, |y| y.lkv),
        ));
    }
    if let Some(lks) = lks {
        let amount = gross - lks - lkv;
        out.push(Line::new(
            keys::TOTAL_NET,
            txt::total_net_label { period },
            amount,
            how!(txt::net {
                amount,
                gross,
                lks,
                lkv
            }),
        ));
    }
    out
}

/// The answer in one sentence, in whole euros: what the employer pays each month, what the
/// gemeente pays, and the loonkostenvoordeel of the first year.
pub(super) fn answer(calcs: &[MonthCalc], years: &[YearRow]) -> Text {
    let Some(first) = calcs.first() else { return Text::Empty };
    let lkv = match years.first() {
        Some(y) if !y.lkv.is_zero() && y.months == 12 => Text::from(txt::answer_lkv_year { lkv: Euros(y.lkv) }),
        Some(y) if !y.lkv.is_zero() => Text::from(txt::answer_lkv_months {
            lkv: Euros(y.lkv),
            months: y.months,
        }),
        _ => Text::Empty,
    };
    let gross = Euros(first.gross());
    let mut text = match (&first.lks, first.lks()) {
        (Lks::Computed { .. }, Some(lks)) => Text::from(txt::answer_lks {
            cost: Euros(first.gross() - lks),
            lks: Euros(lks),
            lkv,
        }),
        (Lks::Blocked(_), _) => Text::from(txt::answer_no_lks { gross, lkv }),
        _ => Text::from(txt::answer_unknown { gross, lkv }),
    };
    // The forfaitair months end: say for how long the first month's figures hold.
    let same = calcs.iter().take_while(|c| c.phase == first.phase).count();
    if first.phase == Phase::Forfaitair && same < calcs.len() {
        text.push(txt::answer_phase_changes { months: same });
    }
    text
}
