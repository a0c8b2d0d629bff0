//! The employer tool: loonkostensubsidie, loonkostenvoordeel and local instruments for one
//! job, month by month over the first 36 months, with the gemeente's policy as data.
//!
//! Everything here composes the rules in `loonkostensubsidie`, `loonkostensubsidie_beleid`,
//! `loonkostenvoordeel` and `indienstnemingssubsidie`; what this file adds is the timeline
//! (forfaitair months, contract end, indexation on 1 January only, art. 10d lid 7) and the
//! employer's cost. The form is in [`form`], the advice in [`notices`].

mod form;
mod notices;

pub use crate::rules::loonkostensubsidie_beleid::Loonwaarde;
pub use form::{validate, WerkgeverForm, WerkgeverInput};
pub use notices::{Notice, NoticeKind};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::how;
use crate::i18n::msg::werkgever as txt;
use crate::i18n::Text;
use crate::rules::explain::{LawRef, Line};
use crate::rules::indienstnemingssubsidie::indienstnemingssubsidie;
use crate::rules::loonkostensubsidie::{lks_month, Basis, LksInput, LksMonth};
use crate::rules::loonkostensubsidie_beleid::lks_beleid;
use crate::rules::loonkostenvoordeel::{best_lkv, LkvKind};
use crate::rules::minimumloon::{hourly_for_age, monthly_wage_line};
use crate::rules::money::Money;
use crate::rules::params::Snapshot;
use crate::rules::{parameters_or_last, Date};

use notices::{general_notices, policy_notices, Facts, Found, PW_ART_10D_LID_7};

pub const WML_ART_15: LawRef = LawRef {
    citation: "Wet minimumloon en minimumvakantiebijslag art. 15",
    bwb: "BWBR0002638",
    article: "15",
};

/// How many months the overview covers.
pub const MONTHS: u32 = 36;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Forfaitaire LKS (art. 10d lid 5).
    Forfaitair,
    /// LKS on the determined (or expected) loonwaarde (art. 10d lid 4).
    Loonwaarde,
    /// No LKS: the law or the gemeente's policy rules it out (see the notices).
    NoLks,
    /// The loonwaarde is not known yet, so the LKS cannot be computed.
    Unknown,
    /// The contract has ended.
    NotEmployed,
}

/// A run of months with the same amounts, explained once.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Period {
    pub from_month: u32,
    pub to_month: u32,
    pub from: Date,
    pub to: Date,
    pub phase: Phase,
    /// Amounts of a year whose rules are not published yet (carried over, not indexed).
    pub carried_over: bool,
    pub lines: Vec<Line>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonthRow {
    pub month: u32,
    pub date: Date,
    pub phase: Phase,
    pub gross_cost: Money,
    /// `None` while the LKS cannot be computed (loonwaarde unknown).
    pub lks: Option<Money>,
    pub lkv: Money,
    pub net_cost: Option<Money>,
    pub period: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearRow {
    pub year: u32,
    pub from: Date,
    pub to: Date,
    pub gross_cost: Money,
    pub lks: Option<Money>,
    pub lkv: Money,
    pub net_cost: Option<Money>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WerkgeverResult {
    pub gemeente: &'static str,
    pub start: Date,
    /// Headline amounts for the first month, explained.
    pub summary: Vec<Line>,
    /// What the employee earns: the full wage, whatever the loonwaarde.
    pub employee: Vec<Line>,
    pub periods: Vec<Period>,
    pub months: Vec<MonthRow>,
    pub years: Vec<YearRow>,
    pub notices: Vec<Notice>,
}

#[derive(Clone, PartialEq)]
struct MonthCalc {
    phase: Phase,
    carried_over: bool,
    lks: Option<LksMonthEq>,
    wage: Money,
    vakantiegeld: Money,
    charges: Money,
    gross: Money,
    lkv_month: Money,
    lkv_year: Option<(LkvKind, Money)>,
}

/// The LKS lines compared by amount only, to find where a new period starts.
#[derive(Clone)]
struct LksMonthEq(LksMonth);

impl PartialEq for LksMonthEq {
    fn eq(&self, other: &Self) -> bool {
        self.0.total.amount == other.0.total.amount && self.0.wage_part.amount == other.0.wage_part.amount
    }
}

/// Runs the employer calculation for a validated input.
pub fn calculate(input: &WerkgeverInput) -> WerkgeverResult {
    let start = input.start;
    let (s0, _) = parameters_or_last(start);
    let rules = input.gemeente.rules_at(start);
    let beleid = lks_beleid(s0, rules, input.loonwaarde, input.contract_months);
    let facts = Facts {
        input,
        s: s0,
        rules,
        beleid: &beleid,
    };
    let mut notices = policy_notices(&facts);
    let forfaitair_months = s0.loonkostensubsidie.forfaitair_months.value;

    let mut months: Vec<MonthRow> = Vec::new();
    let mut periods: Vec<Period> = Vec::new();
    let mut calcs: Vec<MonthCalc> = Vec::new();
    let mut any_carried = false;

    for m in 1..=MONTHS {
        let date = start.add_months(m - 1);
        let employed = input.contract_months.is_none_or(|n| m <= n);
        let age = input.age.saturating_add(u16::try_from((m - 1) / 12).unwrap_or(0));
        let (wage_s, wage_carried) = parameters_or_last(date);
        // LKS is set at the start and re-set only on 1 January (art. 10d lid 7).
        let grant_date = if date.year() == start.year() {
            start
        } else {
            Date::new(date.year(), 1, 1).unwrap_or(start)
        };
        let (grant_s, grant_carried) = parameters_or_last(grant_date);
        let carried_over = employed && (wage_carried || grant_carried);
        any_carried |= carried_over;

        let calc = if !employed {
            MonthCalc {
                phase: Phase::NotEmployed,
                carried_over: false,
                lks: None,
                wage: Money::ZERO,
                vakantiegeld: Money::ZERO,
                charges: Money::ZERO,
                gross: Money::ZERO,
                lkv_month: Money::ZERO,
                lkv_year: None,
            }
        } else {
            let hourly = match input.hourly_wage {
                Some(w) => w,
                None => hourly_for_age(wage_s, age).map(|l| l.amount).unwrap_or(Money::ZERO),
            };
            let wage = crate::rules::minimumloon::monthly_wage(hourly, input.contract_hours);
            let vakantiegeld = (wage * wage_s.wml.vakantiebijslag.value).round_cents();
            let charges = ((wage + vakantiegeld) * input.employer_charges).round_cents();
            let gross = wage + vakantiegeld + charges;

            let (phase, basis) = if beleid.forfaitair() && m <= forfaitair_months {
                (Phase::Forfaitair, Some(Basis::Forfaitair))
            } else if beleid.blocked() {
                (Phase::NoLks, None)
            } else if let Some(lw) = beleid.basis() {
                (Phase::Loonwaarde, Some(Basis::Loonwaarde(lw)))
            } else {
                (Phase::Unknown, None)
            };
            let lks = basis.and_then(|basis| {
                lks_month(
                    grant_s,
                    grant_date,
                    LksInput {
                        basis,
                        contract_hours: input.contract_hours,
                        fulltime_hours: input.fulltime_hours,
                        age,
                    },
                )
                .ok()
                .map(LksMonthEq)
            });

            // LKV per contract year, on the hours paid in that year.
            let year = (m - 1) / 12 + 1;
            let months_in_year = (1..=12)
                .filter(|k| input.contract_months.is_none_or(|n| (year - 1) * 12 + k <= n))
                .count() as u32;
            let paid_hours =
                input.contract_hours * Decimal::from(52) * Decimal::from(months_in_year) / Decimal::from(12);
            let lkv = best_lkv(wage_s, date, &input.lkv, paid_hours, year);
            let lkv_month = lkv
                .as_ref()
                .map(|(_, l)| Money::new(l.amount.amount() / Decimal::from(months_in_year.max(1))).round_cents())
                .unwrap_or(Money::ZERO);
            MonthCalc {
                phase,
                carried_over,
                lks,
                wage,
                vakantiegeld,
                charges,
                gross,
                lkv_month,
                lkv_year: lkv.map(|(k, l)| (k, l.amount)),
            }
        };

        let new_period = calcs.last() != Some(&calc);
        if new_period {
            periods.push(explain_period(input, m, date, &calc, wage_s, grant_s, grant_date));
        } else if let Some(p) = periods.last_mut() {
            p.to_month = m;
            p.to = date.add_months(1).previous_day();
        }
        let lks_amount = match calc.phase {
            Phase::Unknown => None,
            _ => Some(calc.lks.as_ref().map(|l| l.0.total.amount).unwrap_or(Money::ZERO)),
        };
        months.push(MonthRow {
            month: m,
            date,
            phase: calc.phase,
            gross_cost: calc.gross,
            lks: lks_amount,
            lkv: calc.lkv_month,
            net_cost: lks_amount.map(|l| calc.gross - l - calc.lkv_month),
            period: periods.len().saturating_sub(1),
        });
        calcs.push(calc);
    }

    let years = (0..MONTHS / 12)
        .map(|y| {
            let rows: Vec<&MonthRow> = months.iter().skip((y * 12) as usize).take(12).collect();
            let sum = |f: &dyn Fn(&MonthRow) -> Option<Money>| -> Option<Money> { rows.iter().map(|r| f(r)).sum() };
            YearRow {
                year: y + 1,
                from: start.add_months(y * 12),
                to: start.add_months((y + 1) * 12).previous_day(),
                gross_cost: rows.iter().map(|r| r.gross_cost).sum(),
                lks: sum(&|r| r.lks),
                lkv: rows.iter().map(|r| r.lkv).sum(),
                net_cost: sum(&|r| r.net_cost),
            }
        })
        .collect();

    let gross: Vec<Money> = calcs.iter().map(|c| c.gross).collect();
    let hiring = indienstnemingssubsidie(rules, start, &gross).map(|h| {
        let lks: Money = calcs
            .iter()
            .take(h.months as usize)
            .filter_map(|c| c.lks.as_ref().map(|l| l.0.total.amount))
            .sum();
        (h, lks)
    });
    let found = Found {
        any_carried,
        wage_rises: calcs
            .windows(2)
            .any(|w| w[0].wage != w[1].wage && w[1].phase != Phase::NotEmployed),
        hiring,
    };
    notices.extend(general_notices(&facts, &found));
    let summary = summary_lines(&months, &periods);
    let employee = employee_lines(input, &calcs, s0);
    WerkgeverResult {
        gemeente: input.gemeente.name,
        start,
        summary,
        employee,
        periods,
        months,
        years,
        notices,
    }
}

#[allow(clippy::too_many_arguments)]
fn explain_period(
    input: &WerkgeverInput,
    m: u32,
    date: Date,
    calc: &MonthCalc,
    wage_s: &Snapshot,
    grant_s: &Snapshot,
    grant_date: Date,
) -> Period {
    let mut lines = Vec::new();
    if calc.phase != Phase::NotEmployed {
        let hourly_line = match input.hourly_wage {
            Some(w) => Line::new("wage.hourly", txt::HOURLY_LABEL, w, how!(txt::hourly_own { hourly: w })),
            None => {
                let age = input.age.saturating_add(u16::try_from((m - 1) / 12).unwrap_or(0));
                hourly_for_age(wage_s, age)
                    .unwrap_or_else(|_| Line::new("wage.hourly", txt::HOURLY_LABEL, Money::ZERO, Text::Empty))
            }
        };
        let hourly = hourly_line.amount;
        lines.push(hourly_line.clone());
        lines.push(monthly_wage_line(hourly, input.contract_hours).from_lines([&hourly_line]));
        lines.push(
            Line::new(
                "wage.vakantiegeld",
                txt::VAKANTIEGELD_LABEL,
                calc.vakantiegeld,
                how!(txt::vakantiegeld {
                    amount: calc.vakantiegeld,
                    pct: wage_s.wml.vakantiebijslag.value,
                    wage: calc.wage
                }),
            )
            .param(&wage_s.wml.vakantiebijslag)
            .law(WML_ART_15, date),
        );
        let charges_line = Line::new(
            "cost.charges",
            txt::CHARGES_LABEL,
            calc.charges,
            if input.employer_charges_given {
                how!(txt::charges_given {
                    amount: calc.charges,
                    base: calc.wage + calc.vakantiegeld,
                    pct: input.employer_charges
                })
            } else {
                how!(txt::charges_estimate {
                    amount: calc.charges,
                    base: calc.wage + calc.vakantiegeld,
                    pct: input.employer_charges
                })
            },
        );
        lines.push(if input.employer_charges_given {
            charges_line
        } else {
            charges_line.param(&wage_s.loonkostensubsidie.werkgeverslasten_pct)
        });
        lines.push(Line::new(
            "cost.gross",
            txt::GROSS_LABEL,
            calc.gross,
            how!(txt::gross {
                amount: calc.gross,
                charges: calc.charges,
                vakantiegeld: calc.vakantiegeld,
                wage: calc.wage
            }),
        ));
        match (&calc.lks, calc.phase) {
            (Some(l), _) => {
                let l = &l.0;
                lines.extend([
                    l.wml.clone(),
                    l.wml_plus_vb.clone(),
                    l.wage_part.clone(),
                    l.werkgeverslasten.clone(),
                    l.total.clone(),
                ]);
                if grant_date != date || calc.carried_over {
                    lines.push(
                        Line::new(
                            "lks.indexation",
                            txt::INDEXATION_LABEL,
                            l.total.amount,
                            if calc.carried_over {
                                how!(txt::indexation_carried {
                                    date: grant_s.valid_from
                                })
                            } else {
                                how!(txt::indexation {
                                    date: grant_s.valid_from
                                })
                            },
                        )
                        .law(PW_ART_10D_LID_7, grant_date),
                    );
                }
            }
            (None, Phase::NoLks) => lines.push(Line::new(
                "lks.total",
                txt::LKS_LABEL,
                Money::ZERO,
                how!(txt::LKS_BLOCKED),
            )),
            (None, _) => lines.push(Line::new(
                "lks.total",
                txt::LKS_LABEL,
                Money::ZERO,
                how!(txt::LKS_UNKNOWN),
            )),
        }
        if let Some((kind, yearly)) = calc.lkv_year {
            lines.push(Line::new(
                "lkv.month",
                txt::LKV_MONTH_LABEL,
                calc.lkv_month,
                how!(txt::lkv_month {
                    kind: kind.name(),
                    monthly: calc.lkv_month,
                    yearly
                }),
            ));
        }
        let lks = calc.lks.as_ref().map(|l| l.0.total.amount).unwrap_or(Money::ZERO);
        if calc.phase != Phase::Unknown {
            lines.push(Line::new(
                "cost.net",
                txt::NET_LABEL,
                calc.gross - lks - calc.lkv_month,
                how!(txt::net {
                    amount: calc.gross - lks - calc.lkv_month,
                    gross: calc.gross,
                    lks,
                    lkv: calc.lkv_month
                }),
            ));
        }
    }
    Period {
        from_month: m,
        to_month: m,
        from: date,
        to: date.add_months(1).previous_day(),
        phase: calc.phase,
        carried_over: calc.carried_over,
        lines,
    }
}

fn summary_lines(months: &[MonthRow], periods: &[Period]) -> Vec<Line> {
    let mut out = Vec::new();
    if let Some(first) = periods.first() {
        for key in ["lks.total", "cost.gross", "cost.net"] {
            if let Some(l) = first.lines.iter().find(|l| l.key == key) {
                out.push(Line {
                    label: Text::from(txt::month_one { label: l.label.clone() }),
                    ..l.clone()
                });
            }
        }
    }
    let gross: Money = months.iter().map(|m| m.gross_cost).sum();
    out.push(Line::new(
        "total.gross",
        txt::total_gross_label { months: MONTHS },
        gross,
        how!(txt::TOTAL_GROSS),
    ));
    let lks: Option<Money> = months.iter().map(|m| m.lks).sum();
    let lkv: Money = months.iter().map(|m| m.lkv).sum();
    if let Some(lks) = lks {
        out.push(Line::new(
            "total.lks",
            txt::total_lks_label { months: MONTHS },
            lks,
            how!(txt::TOTAL_LKS),
        ));
        out.push(Line::new(
            "total.lkv",
            txt::total_lkv_label { months: MONTHS },
            lkv,
            how!(txt::TOTAL_LKV),
        ));
        out.push(Line::new(
            "total.net",
            txt::total_net_label { months: MONTHS },
            gross - lks - lkv,
            how!(txt::net {
                amount: gross - lks - lkv,
                gross,
                lks,
                lkv
            }),
        ));
    }
    out
}

fn employee_lines(input: &WerkgeverInput, calcs: &[MonthCalc], s: &Snapshot) -> Vec<Line> {
    let Some(first) = calcs.first() else { return Vec::new() };
    vec![
        Line::new(
            "employee.wage",
            txt::EMPLOYEE_WAGE_LABEL,
            first.wage,
            how!(txt::employee_wage {
                hours: input.contract_hours
            }),
        ),
        Line::new(
            "employee.vakantiegeld",
            txt::EMPLOYEE_VAKANTIEGELD_LABEL,
            first.vakantiegeld,
            how!(txt::employee_vakantiegeld {
                pct: s.wml.vakantiebijslag.value
            }),
        )
        .param(&s.wml.vakantiebijslag),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Status;

    fn form(start: &str, hours: &str, lw: &str) -> WerkgeverForm {
        WerkgeverForm {
            start_date: start.into(),
            contract_hours: hours.into(),
            fulltime_hours: "36".into(),
            age: "30".into(),
            loonwaarde: lw.into(),
            ..WerkgeverForm::default()
        }
    }

    fn run(f: &WerkgeverForm) -> WerkgeverResult {
        calculate(&validate(f).expect("valid form"))
    }

    #[test]
    fn first_month_matches_public_vector_d1() {
        let r = run(&form("2026-01-01", "36", "60"));
        assert_eq!(r.months[0].lks, Some(Money::new(Decimal::new(122411, 2))));
        assert_eq!(r.months.len(), 36);
        assert_eq!(r.years.len(), 3);
    }

    #[test]
    fn lks_indexed_only_on_1_january() {
        // Start in February 2026: the July WML rise raises the wage cost but not the LKS.
        let r = run(&form("2026-02-01", "36", "60"));
        let feb = &r.months[0];
        let jul = &r.months[5];
        assert_eq!(feb.lks, jul.lks);
        assert!(jul.gross_cost > feb.gross_cost);
        assert!(r.notices.iter().any(|n| n.title.contains("pas op 1 januari")));
        // 2027 and later: not published yet, carried over and said so.
        let jan27 = &r.months[11];
        assert_eq!(jan27.date.to_string(), "2027-01-01");
        assert!(r.periods[jan27.period].carried_over);
        assert!(r
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::Warning && n.title.contains("nog niet bekend")));
    }

    #[test]
    fn kampen_blocks_below_30_percent_and_short_forfaitair() {
        let mut f = form("2026-07-01", "32", "25");
        f.gemeente = "kampen".into();
        let r = run(&f);
        assert!(r.months.iter().all(|m| m.lks == Some(Money::ZERO)));
        assert!(r
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::Blocked && n.text.contains("vanaf een loonwaarde van 30%")));

        let mut f = form("2026-07-01", "32", "");
        f.gemeente = "GM0166".into();
        f.loonwaarde_known = false;
        f.contract_months = "6".into();
        let r = run(&f);
        assert!(r
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::Blocked && n.text.contains("minstens 12 maanden")));
        assert!(r.months.iter().take(6).all(|m| m.phase == Phase::Unknown));
        assert!(r.months.iter().skip(6).all(|m| m.phase == Phase::NotEmployed));

        f.contract_months = "12".into();
        let r = run(&f);
        assert!(r.months.iter().take(6).all(|m| m.phase == Phase::Forfaitair));
        assert_eq!(r.months[6].phase, Phase::Unknown);
    }

    #[test]
    fn ommen_hiring_subsidy_is_an_alternative_not_a_sum() {
        let mut f = form("2026-07-01", "32", "60");
        f.gemeente = "ommen".into();
        let r = run(&f);
        let n = r
            .notices
            .iter()
            .find(|n| n.title.render().starts_with("Ommen: subsidie"))
            .expect("notice");
        assert!(n.text.contains("mag dat niet voor dezelfde baan"));
        assert!(n.sources.iter().any(|s| s.article == "Participatiewet art. 10d lid 9"));
        assert!(n.sources.iter().any(|s| s.status == Status::Unverified));
    }

    #[test]
    fn cao_wage_does_not_raise_lks() {
        let base = run(&form("2026-07-01", "36", "60"));
        let mut f = form("2026-07-01", "36", "60");
        f.hourly_wage = "18,50".into();
        let cao = run(&f);
        assert_eq!(base.months[0].lks, cao.months[0].lks);
        assert!(cao.months[0].gross_cost > base.months[0].gross_cost);
        assert!(cao.notices.iter().any(|n| n.title == "Loon boven het minimumloon"));
    }

    #[test]
    fn lkv_highest_only_and_yearly() {
        let mut f = form("2026-01-01", "36", "60");
        f.doelgroepregister = true;
        f.arbeidsgehandicapt = true;
        let r = run(&f);
        assert_eq!(r.years[0].lkv, Money::new(Decimal::new(570960, 2)));
    }

    #[test]
    fn field_errors_name_the_field() {
        let mut f = form("2024-01-01", "0", "120");
        f.age = "14".into();
        f.hourly_wage = "abc".into();
        f.fulltime_hours = "50".into();
        let errors = validate(&f).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        for want in [
            "start_date",
            "contract_hours",
            "fulltime_hours",
            "age",
            "hourly_wage",
            "loonwaarde",
        ] {
            assert!(fields.contains(&want), "{want} missing in {fields:?}");
        }
        let mut f = form("2026-07-01", "36", "60");
        f.age = "19".into();
        f.hourly_wage = "8,00".into();
        let e = validate(&f).unwrap_err();
        assert_eq!(e[0].code, "below_minimum_wage");
        assert!(e[0].message.contains("€ 8,99"), "{}", e[0].message);
    }

    #[test]
    fn kampen_and_ommen_notices_in_english() {
        let mut f = form("2026-07-01", "32", "25");
        f.gemeente = "kampen".into();
        let r = run(&f);
        let blocked = r
            .notices
            .iter()
            .find(|n| n.kind == NoticeKind::Blocked)
            .expect("blocked");
        let mut f = form("2026-07-01", "32", "60");
        f.gemeente = "ommen".into();
        let r = run(&f);
        let hiring = r
            .notices
            .iter()
            .find(|n| n.title.render().starts_with("Ommen: subsidie"))
            .expect("notice");
        let net = r.periods[0].lines.iter().find(|l| l.key == "cost.net").expect("net");
        crate::i18n::in_language("en", || {
            assert_eq!(blocked.title, "Kampen gives no loonkostensubsidie at this loonwaarde");
            assert_eq!(
                blocked.text,
                "Kampen gives loonkostensubsidie from a loonwaarde of 30%. The loonwaarde is 25% (this rule of the gemeente has not been checked). The law itself sets no minimum; this is a choice of the gemeente."
            );
            assert_eq!(
                hiring.title,
                "Ommen: subsidy for hiring (instead of loonkostensubsidie)"
            );
            assert_eq!(
                hiring.text,
                "Ommen can give a subsidy of at most 50% of the wage costs, for 12 months: here at most €16,634.70. You cannot get it next to loonkostensubsidie for the same job: you choose one of the two. Loonkostensubsidie over the same months: €13,299.60. This rule of the gemeente has not been checked."
            );
            assert_eq!(net.label, "Your costs after subsidy, per month");
            assert_eq!(net.how, "€2,772.45 − €1,108.30 − €0.00 = €1,664.15.");
            let mut f = form("2026-07-01", "36", "60");
            f.age = "19".into();
            f.hourly_wage = "8,00".into();
            let e = validate(&f).unwrap_err();
            assert_eq!(
                e[0].message,
                "This is less than the minimum wage. For someone aged 19, the minimum wage on 1 July 2026 is €8.99 per hour."
            );
        });
    }
}
