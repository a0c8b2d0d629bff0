//! One month of the job, computed once: the lines the rules return for the wage, the
//! employer's cost, the LKS and the LKV of that month. Everything shown later (the first
//! month, the periods, the tables) selects from these lines.

use rust_decimal::Decimal;

use crate::how;
use crate::i18n::msg::werkgever as txt;
use crate::i18n::Text;
use crate::rules::explain::{Line, Sourced};
use crate::rules::keys;
use crate::rules::loonkostensubsidie::{lks_month, Basis, LksInput, LksMonth};
use crate::rules::loonkostensubsidie_beleid::LksBeleid;
use crate::rules::loonkostenvoordeel::best_lkv;
use crate::rules::minimumloon::{hourly_for_age, monthly_wage_line};
use crate::rules::money::Money;
use crate::rules::params::Snapshot;
use crate::rules::{parameters_or_last, Date};

use super::notices::PW_ART_10D_LID_7;
use super::{LkvYear, Phase, WerkgeverInput, WML_ART_15};

/// The LKS of a month, or why there is none.
pub(super) enum Lks {
    /// Computed on the amounts set at `grant` (the start, or a later 1 January).
    Computed {
        // Boxed: five explained lines, against one for the other variants.
        month: Box<LksMonth>,
        grant: Date,
        /// Said when the amounts are set on a date other than this month's.
        indexation: Option<Line>,
    },
    /// Ruled out; the line says so (amount zero).
    Blocked(Line),
    /// Not computable yet; the line says so.
    Unknown(Line),
}

/// Hourly wage, monthly wage, vakantiegeld, employer charges and the gross cost.
pub(super) struct WageLines {
    pub hourly: Line,
    pub monthly: Line,
    pub vakantiegeld: Line,
    pub charges: Line,
    pub gross: Line,
}

impl WageLines {
    pub fn lines(&self) -> [&Line; 5] {
        [
            &self.hourly,
            &self.monthly,
            &self.vakantiegeld,
            &self.charges,
            &self.gross,
        ]
    }
}

pub(super) struct MonthCalc {
    pub month: u32,
    pub date: Date,
    pub phase: Phase,
    pub carried_over: bool,
    pub wage: WageLines,
    pub lks: Lks,
    /// Wage costs minus LKS: what the employer pays each month (`None`: LKS unknown).
    pub after_lks: Option<Line>,
    /// This month's share of the yearly LKV, and the cost after both subsidies.
    pub lkv: Option<Line>,
    pub net: Option<Line>,
}

impl MonthCalc {
    pub fn hourly(&self) -> Money {
        self.wage.hourly.amount
    }
    pub fn gross(&self) -> Money {
        self.wage.gross.amount
    }
    /// The LKS amount; zero when ruled out, `None` when unknown.
    pub fn lks(&self) -> Option<Money> {
        match &self.lks {
            Lks::Computed { month, .. } => Some(month.total.amount),
            Lks::Blocked(_) => Some(Money::ZERO),
            Lks::Unknown(_) => None,
        }
    }
    pub fn lkv_amount(&self) -> Money {
        self.lkv.as_ref().map(|l| l.amount).unwrap_or(Money::ZERO)
    }
    pub fn net_amount(&self) -> Option<Money> {
        self.net.as_ref().map(|l| l.amount)
    }

    /// The lines of the month's LKS, as the period explanation shows them.
    pub fn lks_lines(&self) -> Vec<Line> {
        match &self.lks {
            Lks::Computed { month, indexation, .. } => {
                let mut out = vec![
                    month.wml.clone(),
                    month.wml_plus_vb.clone(),
                    month.wage_part.clone(),
                    month.werkgeverslasten.clone(),
                    month.total.clone(),
                ];
                out.extend(indexation.clone());
                out
            }
            Lks::Blocked(l) | Lks::Unknown(l) => vec![l.clone()],
        }
    }

    /// Per month, in the first month: wage costs, LKS, LKV, and what is left. An LKS that
    /// cannot be computed is left out rather than shown as zero.
    pub fn first_month_lines(&self) -> Vec<Line> {
        let mut out = vec![self.wage.gross.clone()];
        match &self.lks {
            Lks::Computed { month, .. } => out.push(month.total.clone()),
            Lks::Blocked(l) => out.push(l.clone()),
            Lks::Unknown(_) => {}
        }
        out.extend(self.lkv.clone());
        out.extend(self.net.clone());
        out
    }

    pub fn employee_lines(&self, input: &WerkgeverInput, s: &Snapshot) -> Vec<Line> {
        vec![
            Line::new(
                keys::EMPLOYEE_WAGE,
                txt::EMPLOYEE_WAGE_LABEL,
                self.wage.monthly.amount,
                how!(txt::employee_wage {
                    hours: input.contract_hours
                }),
            ),
            Line::new(
                keys::EMPLOYEE_VAKANTIEGELD,
                txt::EMPLOYEE_VAKANTIEGELD_LABEL,
                self.wage.vakantiegeld.amount,
                how!(txt::employee_vakantiegeld {
                    pct: s.wml.vakantiebijslag.value
                }),
            )
            .param(&s.wml.vakantiebijslag),
        ]
    }
}

/// Month `m` of the job (1 = the first), without its LKV (that is a yearly amount, added
/// by [`add_lkv`] once the years are known).
pub(super) fn month_calc(input: &WerkgeverInput, beleid: &LksBeleid, m: u32) -> MonthCalc {
    let start = input.start;
    let date = start.add_months(m - 1);
    // The employee is assumed a year older each 12 months after the start.
    let age = input.age.saturating_add(u16::try_from((m - 1) / 12).unwrap_or(0));
    let (wage_s, wage_carried) = parameters_or_last(date);
    let wage = wage_lines(input, wage_s, age, date);
    let forfaitair_months = parameters_or_last(start).0.loonkostensubsidie.forfaitair_months.value;
    let (phase, basis) = if beleid.forfaitair() && m <= forfaitair_months {
        (Phase::Forfaitair, Some(Basis::Forfaitair))
    } else if beleid.blocked() {
        (Phase::NoLks, None)
    } else if let Some(lw) = beleid.basis() {
        (Phase::Loonwaarde, Some(Basis::Loonwaarde(lw)))
    } else {
        (Phase::Unknown, None)
    };
    // LKS is set at the start and re-set only on 1 January (art. 10d lid 7).
    let grant = if date.year() == start.year() {
        start
    } else {
        Date::new(date.year(), 1, 1).unwrap_or(start)
    };
    let (grant_s, grant_carried) = parameters_or_last(grant);
    let lks_input = |basis| LksInput {
        basis,
        contract_hours: input.contract_hours,
        fulltime_hours: input.fulltime_hours,
        age,
    };
    let computed = basis.and_then(|b| lks_month(grant_s, grant, lks_input(b)).ok());
    let lks = match (computed, phase) {
        (Some(month), _) => {
            let indexation =
                (grant != date || grant_carried).then(|| indexation_line(&month, grant, grant_s, grant_carried));
            Lks::Computed {
                month: Box::new(month),
                grant,
                indexation,
            }
        }
        (None, Phase::NoLks) => Lks::Blocked(Line::new(
            keys::LKS_TOTAL,
            txt::LKS_LABEL,
            Money::ZERO,
            how!(txt::LKS_BLOCKED),
        )),
        (None, _) => Lks::Unknown(Line::new(
            keys::LKS_TOTAL,
            txt::LKS_LABEL,
            Money::ZERO,
            how!(txt::LKS_UNKNOWN),
        )),
    };
    let mut calc = MonthCalc {
        month: m,
        date,
        phase,
        carried_over: wage_carried || grant_carried,
        wage,
        lks,
        after_lks: None,
        lkv: None,
        net: None,
    };
    calc.after_lks = calc.lks().map(|lks| {
        let (gross, amount) = (calc.gross(), calc.gross() - lks);
        Line::new(
            keys::COST_AFTER_LKS,
            txt::AFTER_LKS_LABEL,
            amount,
            how!(txt::after_lks { amount, gross, lks }),
        )
    });
    calc
}

fn indexation_line(month: &LksMonth, grant: Date, grant_s: &Snapshot, carried: bool) -> Line {
    let date = grant_s.valid_from;
    Line::new(
        keys::LKS_INDEXATION,
        txt::INDEXATION_LABEL,
        month.total.amount,
        if carried {
            how!(txt::indexation_carried { date })
        } else {
            how!(txt::indexation { date })
        },
    )
    .law(PW_ART_10D_LID_7, grant)
}

/// The wage lines of one month, at the rules of `date` (the minimum wage rises in July too).
fn wage_lines(input: &WerkgeverInput, s: &Snapshot, age: u16, date: Date) -> WageLines {
    let hourly = match input.hourly_wage {
        Some(w) => Line::new(
            keys::WAGE_HOURLY,
            txt::HOURLY_LABEL,
            w,
            how!(txt::hourly_own { hourly: w }),
        ),
        // The form refuses ages without a minimum wage; a zero is only a panic-free fallback.
        None => hourly_for_age(s, age)
            .unwrap_or_else(|_| Line::new(keys::WAGE_HOURLY, txt::HOURLY_LABEL, Money::ZERO, Text::Empty)),
    };
    let monthly = monthly_wage_line(hourly.amount, input.contract_hours).from_lines([&hourly]);
    let wage = monthly.amount;
    let vb = s.wml.vakantiebijslag.value;
    let vakantiegeld = (wage * vb).round_cents();
    let vakantiegeld_line = Line::new(
        keys::WAGE_VAKANTIEGELD,
        txt::VAKANTIEGELD_LABEL,
        vakantiegeld,
        how!(txt::vakantiegeld {
            amount: vakantiegeld,
            pct: vb,
            wage
        }),
    )
    .param(&s.wml.vakantiebijslag)
    .law(WML_ART_15, date);
    let (base, pct) = (wage + vakantiegeld, input.employer_charges);
    let charges = (base * pct).round_cents();
    let charges_line = if input.employer_charges_given {
        Line::new(
            keys::COST_CHARGES,
            txt::CHARGES_LABEL,
            charges,
            how!(txt::charges_given {
                amount: charges,
                base,
                pct
            }),
        )
    } else {
        Line::new(
            keys::COST_CHARGES,
            txt::CHARGES_LABEL,
            charges,
            how!(txt::charges_estimate {
                amount: charges,
                base,
                pct
            }),
        )
        .param(&s.loonkostensubsidie.werkgeverslasten_pct)
    };
    let gross = wage + vakantiegeld + charges;
    let gross_line = Line::new(
        keys::COST_GROSS,
        txt::GROSS_LABEL,
        gross,
        how!(txt::gross {
            amount: gross,
            charges,
            vakantiegeld,
            wage
        }),
    );
    WageLines {
        hourly,
        monthly,
        vakantiegeld: vakantiegeld_line,
        charges: charges_line,
        gross: gross_line,
    }
}

/// The LKV per calendar year: for each kind, the hours paid in that year while it runs;
/// the highest is paid (Wtl art. 4.1 lid 3).
pub(super) fn lkv_years(input: &WerkgeverInput, calcs: &[MonthCalc]) -> Vec<LkvYear> {
    let mut out = Vec::new();
    let mut rest = calcs;
    while let Some(first) = rest.first() {
        let year = first.date.year();
        let len = rest.iter().take_while(|c| c.date.year() == year).count();
        let (group, after) = rest.split_at(len);
        rest = after;
        let (s, _) = parameters_or_last(first.date);
        let candidates: Vec<_> = input
            .lkv
            .iter()
            .map(|k| (*k, group.iter().filter(|c| k.runs_in_month(s, c.month)).count() as u32))
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| (k, paid_hours(input.contract_hours, n)))
            .collect();
        let Some((kind, line)) = best_lkv(s, first.date, &candidates) else {
            continue;
        };
        let running = group.iter().filter(|c| kind.runs_in_month(s, c.month));
        let (from_month, to_month) = (running.clone().map(|c| c.month).min(), running.map(|c| c.month).max());
        if let (Some(from_month), Some(to_month)) = (from_month, to_month) {
            out.push(LkvYear {
                year,
                kind,
                from_month,
                to_month,
                line,
            });
        }
    }
    out
}

/// Verloonde uren over `months` months of `hours_per_week`: a year has 52 weeks.
fn paid_hours(hours_per_week: Decimal, months: u32) -> Decimal {
    hours_per_week * Decimal::from(52) * Decimal::from(months) / Decimal::from(12)
}

/// Spreads each year's LKV over the months it covers, for the tables only: each month the
/// yearly amount ÷ months, down to the cent; the last month takes the cents left over, so
/// the months add up to exactly the yearly amount.
pub(super) fn add_lkv(calcs: &mut [MonthCalc], years: &[LkvYear]) {
    for y in years {
        let count = y.to_month.saturating_sub(y.from_month) + 1;
        let yearly = y.line.amount;
        let each = yearly
            .checked_div(Decimal::from(count))
            .unwrap_or(Money::ZERO)
            .floor_cents();
        let last = yearly - each * Decimal::from(count - 1);
        for c in calcs
            .iter_mut()
            .filter(|c| (y.from_month..=y.to_month).contains(&c.month))
        {
            let is_last = c.month == y.to_month;
            let monthly = if is_last { last } else { each };
            let how = if is_last && last != each {
                how!(txt::lkv_month_last {
                    each,
                    kind: y.kind.name(),
                    monthly,
                    months: count,
                    year: y.year,
                    yearly
                })
            } else {
                how!(txt::lkv_month {
                    kind: y.kind.name(),
                    monthly,
                    months: count,
                    year: y.year,
                    yearly
                })
            };
            c.lkv = Some(Line::new(keys::LKV_MONTH, txt::LKV_MONTH_LABEL, monthly, how).from_lines([&y.line]));
        }
    }
    for c in calcs.iter_mut() {
        c.net = c.lks().map(|lks| {
            let (gross, lkv) = (c.gross(), c.lkv_amount());
            let amount = gross - lks - lkv;
            Line::new(
                keys::COST_NET,
                txt::NET_LABEL,
                amount,
                how!(txt::net {
                    amount,
                    gross,
                    lks,
                    lkv
                }),
            )
        });
    }
}
