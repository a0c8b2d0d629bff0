//! The employer tool: loonkostensubsidie, loonkostenvoordeel and local instruments for one
//! job, month by month over the first 36 months, with the gemeente's policy as data.
//!
//! Everything here composes the rules in `loonkostensubsidie` and `loonkostenvoordeel`;
//! what this file adds is the timeline (forfaitair months, contract end, indexation on
//! 1 January only, art. 10d lid 7), the employer's cost, and the gemeente's choices.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::msg::werkgever as txt;
use crate::i18n::{Arg, Euros, Text};
use crate::rules::explain::{LawRef, Line, SourceRef};
use crate::rules::loonkostensubsidie::{lks_month, Basis, LksInput, LksMonth};
use crate::rules::loonkostenvoordeel::{best_lkv, LkvKind};
use crate::rules::minimumloon::{hourly_for_age, monthly_wage_line};
use crate::rules::money::{Money, Rate};
use crate::rules::params::{Gemeente, GemeenteRules, Param, Snapshot, Status};
use crate::rules::{parameters_at, parameters_or_last, rule_periods, Date, FieldError};
use crate::tools::input::{gemeente_field, number_in, optional_number_in, rule_date_field, whole_in, FormFields, Slot};
use crate::{how, keep};

pub const PW_ART_10D_LID_7: LawRef = LawRef {
    citation: "Participatiewet art. 10d lid 7",
    bwb: "BWBR0015703",
    article: "10d",
};
pub const PW_ART_10D_LID_9: LawRef = LawRef {
    citation: "Participatiewet art. 10d lid 9",
    bwb: "BWBR0015703",
    article: "10d",
};
pub const PW_ART_6: LawRef = LawRef {
    citation: "Participatiewet art. 6 lid 1 onder e en g",
    bwb: "BWBR0015703",
    article: "6",
};
pub const ZW_ART_29B: LawRef = LawRef {
    citation: "Ziektewet art. 29b",
    bwb: "BWBR0001888",
    article: "29b",
};
pub const WBA_ART_2: LawRef = LawRef {
    citation: "Wet banenafspraak art. 2",
    bwb: "BWBR0051018",
    article: "2",
};
pub const WML_ART_15: LawRef = LawRef {
    citation: "Wet minimumloon en minimumvakantiebijslag art. 15",
    bwb: "BWBR0002638",
    article: "15",
};

/// How many months the overview covers.
pub const MONTHS: u32 = 36;

/// The ranges the form accepts (the messages name them).
const CONTRACT_HOURS: (u32, u32) = (1, 60);
const FULLTIME_HOURS: (u32, u32) = (30, 40);
const MIN_AGE: u32 = 15;
const MAX_HOURLY_WAGE: u32 = 200;
const CONTRACT_MONTHS: (u32, u32) = (1, 600);
const MAX_EMPLOYER_CHARGES_PCT: u32 = 60;

/// The form as typed. Every field is text (or a yes/no), so an error never loses input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WerkgeverForm {
    pub gemeente: String,
    pub start_date: String,
    pub contract_hours: String,
    pub fulltime_hours: String,
    pub age: String,
    /// Empty: the legal minimum for the employee's age.
    pub hourly_wage: String,
    /// True when the gemeente has determined the loonwaarde.
    pub loonwaarde_known: bool,
    /// The loonwaarde (%); when not yet determined, an optional expectation for after the
    /// forfaitair months.
    pub loonwaarde: String,
    /// Empty: a permanent contract.
    pub contract_months: String,
    pub doelgroepregister: bool,
    pub arbeidsgehandicapt: bool,
    pub herplaatsing: bool,
    /// Empty: the 23,5% the law itself uses for werkgeverslasten, as an estimate.
    pub employer_charges_pct: String,
}

impl FormFields for WerkgeverForm {
    fn slots(&mut self) -> Vec<(&'static str, Slot<'_>)> {
        vec![
            ("gemeente", Slot::Text(&mut self.gemeente)),
            ("start_date", Slot::Text(&mut self.start_date)),
            ("contract_hours", Slot::Text(&mut self.contract_hours)),
            ("fulltime_hours", Slot::Text(&mut self.fulltime_hours)),
            ("age", Slot::Text(&mut self.age)),
            ("hourly_wage", Slot::Text(&mut self.hourly_wage)),
            ("loonwaarde_known", Slot::Flag(&mut self.loonwaarde_known)),
            ("loonwaarde", Slot::Text(&mut self.loonwaarde)),
            ("contract_months", Slot::Text(&mut self.contract_months)),
            ("doelgroepregister", Slot::Flag(&mut self.doelgroepregister)),
            ("arbeidsgehandicapt", Slot::Flag(&mut self.arbeidsgehandicapt)),
            ("herplaatsing", Slot::Flag(&mut self.herplaatsing)),
            ("employer_charges_pct", Slot::Text(&mut self.employer_charges_pct)),
        ]
    }
}

impl Default for WerkgeverForm {
    fn default() -> Self {
        WerkgeverForm {
            gemeente: "landelijk".into(),
            start_date: String::new(),
            contract_hours: String::new(),
            fulltime_hours: "36".into(),
            age: String::new(),
            hourly_wage: String::new(),
            loonwaarde_known: true,
            loonwaarde: String::new(),
            contract_months: String::new(),
            doelgroepregister: false,
            arbeidsgehandicapt: false,
            herplaatsing: false,
            employer_charges_pct: String::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Loonwaarde {
    Known(Rate),
    NotYet { expected: Option<Rate> },
}

/// The form after validation.
#[derive(Clone, Debug)]
pub struct WerkgeverInput {
    pub gemeente: &'static Gemeente,
    pub start: Date,
    pub contract_hours: Decimal,
    pub fulltime_hours: Decimal,
    pub age: u16,
    pub hourly_wage: Option<Money>,
    pub loonwaarde: Loonwaarde,
    pub contract_months: Option<u32>,
    pub lkv: Vec<LkvKind>,
    pub employer_charges: Rate,
    pub employer_charges_given: bool,
}

/// Checks every field and reports every problem at once, each at its field.
pub fn validate(form: &WerkgeverForm) -> Result<WerkgeverInput, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();

    let g = keep!(errors, gemeente_field(&form.gemeente));
    let start = keep!(
        errors,
        rule_date_field("start_date", &form.start_date, txt::ERR_START_DATE)
    );
    let contract_hours = keep!(
        errors,
        number_in(
            "contract_hours",
            &form.contract_hours,
            Decimal::from(CONTRACT_HOURS.0),
            Decimal::from(CONTRACT_HOURS.1),
            txt::err_contract_hours {
                max: CONTRACT_HOURS.1,
                min: CONTRACT_HOURS.0
            },
        )
    );
    let fulltime_hours = keep!(
        errors,
        number_in(
            "fulltime_hours",
            &form.fulltime_hours,
            Decimal::from(FULLTIME_HOURS.0),
            Decimal::from(FULLTIME_HOURS.1),
            txt::err_fulltime_hours {
                max: FULLTIME_HOURS.1,
                min: FULLTIME_HOURS.0
            },
        )
    );
    let snapshot = start.and_then(|d| parameters_at(d).ok());
    let aow = snapshot.map(|s| s.bijstand.aow_age.value).unwrap_or(67);
    let age = keep!(
        errors,
        whole_in(
            "age",
            &form.age,
            MIN_AGE,
            aow.saturating_sub(1),
            txt::err_age { aow, min: MIN_AGE },
        )
    )
    .map(|a| a as u16);
    let wage = keep!(
        errors,
        optional_number_in(
            "hourly_wage",
            &form.hourly_wage,
            Decimal::ZERO,
            Decimal::from(MAX_HOURLY_WAGE),
            txt::err_hourly_wage {
                max: Euros(Money::new(Decimal::from(MAX_HOURLY_WAGE)))
            },
        )
    );
    if let (Some(Some(w)), Some(s), Some(a), Some(d)) = (wage, snapshot, age, start) {
        if let Ok(min) = hourly_for_age(s, a) {
            if Money::new(w) < min.amount {
                keep!(
                    errors,
                    Err::<(), _>(FieldError::new(
                        "hourly_wage",
                        "below_minimum_wage",
                        txt::err_below_minimum_wage {
                            age: a,
                            amount: min.amount,
                            date: d
                        },
                    ))
                );
            }
        }
    }
    let lw_range = txt::err_loonwaarde { max: 100u32, min: 0u32 };
    let loonwaarde = if form.loonwaarde_known {
        keep!(
            errors,
            number_in(
                "loonwaarde",
                &form.loonwaarde,
                Decimal::ZERO,
                Decimal::ONE_HUNDRED,
                lw_range
            )
        )
        .map(|p| Loonwaarde::Known(Rate::from_percent(p)))
    } else {
        keep!(
            errors,
            optional_number_in(
                "loonwaarde",
                &form.loonwaarde,
                Decimal::ZERO,
                Decimal::ONE_HUNDRED,
                lw_range
            )
        )
        .map(|p| Loonwaarde::NotYet {
            expected: p.map(Rate::from_percent),
        })
    };
    let contract_months = if form.contract_months.trim().is_empty() {
        Some(None)
    } else {
        keep!(
            errors,
            whole_in(
                "contract_months",
                &form.contract_months,
                CONTRACT_MONTHS.0,
                CONTRACT_MONTHS.1,
                txt::err_contract_months {
                    max: CONTRACT_MONTHS.1,
                    min: CONTRACT_MONTHS.0
                },
            )
        )
        .map(Some)
    };
    let charges = keep!(
        errors,
        optional_number_in(
            "employer_charges_pct",
            &form.employer_charges_pct,
            Decimal::ZERO,
            Decimal::from(MAX_EMPLOYER_CHARGES_PCT),
            txt::err_employer_charges {
                max: MAX_EMPLOYER_CHARGES_PCT,
                min: 0u32
            },
        )
    );

    let mut lkv = Vec::new();
    if form.arbeidsgehandicapt {
        lkv.push(LkvKind::Arbeidsgehandicapt);
    }
    if form.doelgroepregister {
        lkv.push(LkvKind::Banenafspraak);
    }
    if form.herplaatsing {
        lkv.push(LkvKind::Herplaatsing);
    }

    match (
        g,
        start,
        contract_hours,
        fulltime_hours,
        age,
        wage,
        loonwaarde,
        contract_months,
        charges,
    ) {
        (Some(g), Some(start), Some(ch), Some(ft), Some(age), Some(wage), Some(lw), Some(cm), Some(charges))
            if errors.is_empty() =>
        {
            let default_charges = snapshot
                .map(|s| s.loonkostensubsidie.werkgeverslasten_pct.value)
                .unwrap_or_default();
            Ok(WerkgeverInput {
                gemeente: g,
                start,
                contract_hours: ch,
                fulltime_hours: ft,
                age,
                hourly_wage: wage.map(Money::new),
                loonwaarde: lw,
                contract_months: cm,
                lkv,
                employer_charges: charges.map(Rate::from_percent).unwrap_or(default_charges),
                employer_charges_given: charges.is_some(),
            })
        }
        _ => Err(errors),
    }
}

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// An instrument that does not apply, and why.
    Blocked,
    /// Something to know or to do.
    Info,
    /// An assumption or an unverified figure that affects the result.
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub kind: NoticeKind,
    pub title: Text,
    pub text: Text,
    pub sources: Vec<SourceRef>,
}

impl Notice {
    fn new(kind: NoticeKind, title: impl Into<Text>, text: impl Into<Text>) -> Notice {
        Notice {
            kind,
            title: title.into(),
            text: text.into(),
            sources: Vec::new(),
        }
    }
    fn param<T>(mut self, p: &Param<T>) -> Notice {
        self.sources.push(SourceRef::from(p));
        self
    }
    fn law(mut self, law: LawRef, date: Date) -> Notice {
        self.sources.push(law.at(date));
        self
    }
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

/// What the gemeente's policy and the law allow, decided once for the whole job.
struct Allowed {
    forfaitair: bool,
    /// Loonwaarde basis for the months after the forfaitair period (or all months).
    basis: Option<Rate>,
    /// The law or the gemeente rules out LKS for the loonwaarde basis.
    lks_blocked: bool,
}

fn decide(input: &WerkgeverInput, s: &Snapshot, rules: &GemeenteRules, notices: &mut Vec<Notice>) -> Allowed {
    let name = input.gemeente.name;
    let date = input.start;
    let policy = &rules.lks;
    let (basis, expected) = match input.loonwaarde {
        Loonwaarde::Known(r) => (Some(r), false),
        Loonwaarde::NotYet { expected } => (expected, true),
    };
    let mut lks_blocked = false;
    if let Some(lw) = basis {
        if lw.fraction() >= Decimal::ONE {
            lks_blocked = true;
            notices.push(Notice::new(NoticeKind::Blocked, txt::LW_FULL_TITLE, txt::LW_FULL_TEXT).law(PW_ART_6, date));
        } else if let Some(min) = policy.min_loonwaarde.value.filter(|m| lw < *m) {
            lks_blocked = true;
            let unverified = if policy.min_loonwaarde.status.needs_warning() {
                Text::from(txt::RULE_UNVERIFIED_ASIDE)
            } else {
                Text::Empty
            };
            let text = if expected {
                Text::from(txt::min_lw_blocked_expected_text {
                    gemeente: name,
                    lw,
                    min,
                    unverified,
                })
            } else {
                Text::from(txt::min_lw_blocked_text {
                    gemeente: name,
                    lw,
                    min,
                    unverified,
                })
            };
            notices.push(
                Notice::new(NoticeKind::Blocked, txt::min_lw_blocked_title { gemeente: name }, text)
                    .param(&policy.min_loonwaarde),
            );
        } else if let Some(min) = policy.min_loonwaarde.value.filter(|m| !m.fraction().is_zero()) {
            notices.push(
                Notice::new(
                    NoticeKind::Info,
                    txt::min_lw_ok_title { gemeente: name, min },
                    txt::min_lw_ok_text { gemeente: name, lw },
                )
                .param(&policy.min_loonwaarde),
            );
        }
        let max = s.loonkostensubsidie.max_pct.value;
        if !lks_blocked && (Decimal::ONE - lw.fraction()) > max.fraction() {
            let floor = Rate::from_fraction(Decimal::ONE - max.fraction());
            notices.push(
                Notice::new(NoticeKind::Info, txt::cap_title { max }, txt::cap_text { floor, lw })
                    .param(&s.loonkostensubsidie.max_pct),
            );
        }
    }

    let mut forfaitair = false;
    if let Loonwaarde::NotYet { .. } = input.loonwaarde {
        let months = s.loonkostensubsidie.forfaitair_months.value;
        match policy.forfaitair_allowed.value {
            Some(false) => notices.push(
                Notice::new(
                    NoticeKind::Blocked,
                    txt::NO_FORFAITAIR_TITLE,
                    txt::no_forfaitair_text { gemeente: name },
                )
                .param(&policy.forfaitair_allowed),
            ),
            allowed => {
                let min_months = policy.forfaitair_min_contract_months.value;
                let too_short = matches!((min_months, input.contract_months), (Some(min), Some(c)) if c < min);
                if too_short {
                    notices.push(
                        Notice::new(
                            NoticeKind::Blocked,
                            txt::FORFAITAIR_SHORT_TITLE,
                            txt::forfaitair_short_text {
                                gemeente: name,
                                min_months: min_months.unwrap_or_default(),
                                months: input.contract_months.unwrap_or_default(),
                            },
                        )
                        .param(&policy.forfaitair_min_contract_months),
                    );
                } else {
                    forfaitair = true;
                    let mut text = Text::from(txt::forfaitair_text {
                        months,
                        pct: s.loonkostensubsidie.forfaitair_pct.value,
                    });
                    if allowed.is_none() {
                        text.push(txt::FORFAITAIR_GEMEENTE_DECIDES);
                    }
                    if let Some(m) = min_months {
                        text.push(txt::forfaitair_min_contract {
                            gemeente: name,
                            months: m,
                        });
                    }
                    let mut n = Notice::new(NoticeKind::Info, txt::FORFAITAIR_TITLE, text)
                        .param(&s.loonkostensubsidie.forfaitair_pct)
                        .param(&s.loonkostensubsidie.forfaitair_months);
                    if min_months.is_some() {
                        n = n.param(&policy.forfaitair_min_contract_months);
                    }
                    notices.push(n);
                }
            }
        }
        match basis {
            None => notices.push(Notice::new(
                NoticeKind::Warning,
                txt::LW_UNKNOWN_TITLE,
                txt::LW_UNKNOWN_TEXT,
            )),
            Some(lw) if !lks_blocked => notices.push(Notice::new(
                NoticeKind::Warning,
                txt::EXPECTED_TITLE,
                if forfaitair {
                    Text::from(txt::expected_after_forfaitair_text { lw })
                } else {
                    Text::from(txt::expected_from_start_text { lw })
                },
            )),
            Some(_) => {}
        }
    }
    Allowed {
        forfaitair,
        basis,
        lks_blocked,
    }
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
    let mut notices = Vec::new();
    let allowed = decide(input, s0, rules, &mut notices);
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

            let (phase, basis) = if allowed.forfaitair && m <= forfaitair_months {
                (Phase::Forfaitair, Some(Basis::Forfaitair))
            } else if allowed.lks_blocked {
                (Phase::NoLks, None)
            } else if let Some(lw) = allowed.basis {
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

    general_notices(input, s0, rules, &allowed, any_carried, &calcs, &mut notices);
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

fn general_notices(
    input: &WerkgeverInput,
    s: &Snapshot,
    rules: &GemeenteRules,
    allowed: &Allowed,
    any_carried: bool,
    calcs: &[MonthCalc],
    notices: &mut Vec<Notice>,
) {
    let date = input.start;
    let name = input.gemeente.name;
    if let (Some(w), Ok(min)) = (input.hourly_wage, hourly_for_age(s, input.age)) {
        if w > min.amount {
            notices.push(
                Notice::new(
                    NoticeKind::Info,
                    txt::ABOVE_MINIMUM_TITLE,
                    txt::above_minimum_text {
                        minimum: min.amount,
                        wage: w,
                    },
                )
                .law(PW_ART_6, date),
            );
        }
    }
    if input.contract_hours > input.fulltime_hours {
        notices.push(Notice::new(
            NoticeKind::Info,
            txt::HOURS_TITLE,
            txt::hours_text {
                hours: input.fulltime_hours,
            },
        ));
    }
    if input.hourly_wage.is_none()
        && calcs
            .windows(2)
            .any(|w| w[0].wage != w[1].wage && w[1].phase != Phase::NotEmployed)
    {
        notices
            .push(Notice::new(NoticeKind::Info, txt::WML_RISES_TITLE, txt::WML_RISES_TEXT).law(PW_ART_10D_LID_7, date));
    }
    if any_carried {
        let last: Arg = match rule_periods().last() {
            Some(p) => p.valid_until.into(),
            None => Text::Empty.into(),
        };
        notices.push(Notice::new(
            NoticeKind::Warning,
            txt::CARRIED_TITLE,
            txt::carried_text { date: last },
        ));
    }
    if input.age < 21 {
        notices.push(Notice::new(NoticeKind::Info, txt::YOUNG_TITLE, txt::YOUNG_TEXT));
    }
    if let Some(pct) = rules.lks.hiring_subsidy_pct.value {
        let months = rules.lks.hiring_subsidy_months.value.unwrap_or(12) as usize;
        let base: Money = calcs.iter().take(months).map(|c| c.gross).sum();
        let max = (base * pct).round_cents();
        let lks_first: Money = calcs
            .iter()
            .take(months)
            .filter_map(|c| c.lks.as_ref().map(|l| l.0.total.amount))
            .sum();
        let mut text = Text::from(txt::hiring_text {
            gemeente: name,
            lks: lks_first,
            max,
            months,
            pct,
        });
        if rules.lks.hiring_subsidy_pct.status.needs_warning() {
            text.push(txt::RULE_UNVERIFIED);
        }
        let mut n = Notice::new(NoticeKind::Info, txt::hiring_title { gemeente: name }, text)
            .param(&rules.lks.hiring_subsidy_pct)
            .law(PW_ART_10D_LID_9, date);
        if rules.lks.hiring_subsidy_months.value.is_some() {
            n = n.param(&rules.lks.hiring_subsidy_months);
        }
        notices.push(n);
    }
    let counts = input.lkv.contains(&LkvKind::Banenafspraak)
        || matches!(input.loonwaarde, Loonwaarde::Known(lw) if lw.fraction() < Decimal::ONE);
    notices.push(
        Notice::new(
            NoticeKind::Info,
            if counts {
                txt::BANEN_COUNTS_TITLE
            } else {
                txt::BANEN_MAYBE_TITLE
            },
            if counts {
                txt::BANEN_COUNTS_TEXT
            } else {
                txt::BANEN_MAYBE_TEXT
            },
        )
        .law(WBA_ART_2, date),
    );
    let mut no_risk = Notice::new(NoticeKind::Info, txt::NO_RISK_TITLE, txt::NO_RISK_TEXT).law(ZW_ART_29B, date);
    if let Some(src) = no_risk.sources.last_mut() {
        src.status = Status::Unverified;
        // `note` is a plain string (it is data for parameters); this one is ours, so it is
        // taken in the language of the page.
        src.note = txt::NO_RISK_SOURCE_NOTE.text();
    }
    notices.push(no_risk);
    if input
        .lkv
        .iter()
        .any(|k| matches!(k, LkvKind::Arbeidsgehandicapt | LkvKind::Herplaatsing))
    {
        notices.push(
            Notice::new(
                NoticeKind::Info,
                txt::DOELGROEPVERKLARING_TITLE,
                txt::DOELGROEPVERKLARING_TEXT,
            )
            .law(crate::rules::loonkostenvoordeel::WTL_ART_2_1, date),
        );
    }
    if allowed.lks_blocked || allowed.forfaitair || allowed.basis.is_some() {
        notices.push(Notice::new(NoticeKind::Info, txt::WAJONG_TITLE, txt::WAJONG_TEXT));
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
