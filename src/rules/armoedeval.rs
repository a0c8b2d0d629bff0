//! "Gaat werken lonen?": the household's net monthly income on bijstand now, and with a job
//! offer in the first 6 months and after, with every component explained; plus the curve
//! of net household income against hours worked (the armoedeval made visible).
//!
//! This file only composes the rules of the other modules (bijstandsnorm,
//! inkomstenvrijlating, inkomstenbelasting, the toeslagen, and the gemeente's regelingen as
//! data). Its own assumptions are stated in `assumptions` and shown to the user.

use crate::how;
use crate::i18n::msg::armoedeval as txt;
use crate::i18n::{Euros, Msg, Text};
use rust_decimal::Decimal;
use serde::Serialize;

use super::bijstandsnorm::{norm, Leefvorm, NormInput};
use super::explain::{LawRef, Line};
use super::huurtoeslag::{huurtoeslag, HuurtoeslagInput};
use super::inkomenstoeslag::{amount_param, parse_leefvorm};
use super::inkomstenbelasting::net_monthly_wage;
use super::inkomstenvrijlating::{vrijlating, VrijlatingInput};
use super::input::{gemeente_field, number_in, optional_number_in, rule_date_field, whole_in, FormFields, Slot};
use super::kinderbijslag::kinderbijslag;
use super::kindgebonden_budget::{kindgebonden_budget, KgbInput};
use super::minimumloon::{hourly_for_age, monthly_wage};
use super::money::{Money, Rate};
use super::params::{GemeenteRules, Snapshot};
use super::zorgtoeslag::{zorgtoeslag, ZorgtoeslagInput};
use super::{landelijk, parameters_at, Date, FieldError, Gemeente};
use crate::keep;

pub const PW_ART_19: LawRef = LawRef {
    citation: "Participatiewet art. 19 lid 2 en art. 31–32",
    bwb: "BWBR0015703",
    article: "19",
};
pub const PW_ART_17: LawRef = LawRef {
    citation: "Participatiewet art. 17 (inlichtingenplicht)",
    bwb: "BWBR0015703",
    article: "17",
};

/// The form as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArmoedevalForm {
    pub gemeente: String,
    /// The month the job starts (the rules of that date apply).
    pub start_date: String,
    pub leefvorm: String,
    pub age: String,
    pub partner_age: String,
    /// Ages of the children at home, e.g. "4, 13".
    pub children: String,
    /// Kale huur per month (empty or 0: no huurtoeslag, e.g. an owner-occupier).
    pub rent: String,
    pub vermogen: String,
    /// Net income from work now, per month (empty: none).
    pub current_income: String,
    /// Empty: the legal minimum for the age.
    pub hourly_wage: String,
    pub hours: String,
    pub travel_costs: String,
    pub childcare_costs: String,
    /// The household gets the individuele inkomenstoeslag now.
    pub gets_iit: bool,
    /// Gemeentelijke belastingen per year that are now kwijtgescholden (empty: none known).
    pub kwijtschelding_year: String,
    /// Someone of 27 or older, not the partner, lives in the home (kostendelersnorm).
    pub kostendeler: bool,
    pub student: bool,
}

impl Default for ArmoedevalForm {
    fn default() -> Self {
        ArmoedevalForm {
            gemeente: "landelijk".into(),
            start_date: String::new(),
            leefvorm: "alleenstaande".into(),
            age: String::new(),
            partner_age: String::new(),
            children: String::new(),
            rent: String::new(),
            vermogen: String::new(),
            current_income: String::new(),
            hourly_wage: String::new(),
            hours: String::new(),
            travel_costs: String::new(),
            childcare_costs: String::new(),
            gets_iit: false,
            kwijtschelding_year: String::new(),
            kostendeler: false,
            student: false,
        }
    }
}

impl FormFields for ArmoedevalForm {
    fn slots(&mut self) -> Vec<(&'static str, Slot<'_>)> {
        vec![
            ("gemeente", Slot::Text(&mut self.gemeente)),
            ("start_date", Slot::Text(&mut self.start_date)),
            ("leefvorm", Slot::Text(&mut self.leefvorm)),
            ("age", Slot::Text(&mut self.age)),
            ("partner_age", Slot::Text(&mut self.partner_age)),
            ("children", Slot::Text(&mut self.children)),
            ("rent", Slot::Text(&mut self.rent)),
            ("vermogen", Slot::Text(&mut self.vermogen)),
            ("current_income", Slot::Text(&mut self.current_income)),
            ("hourly_wage", Slot::Text(&mut self.hourly_wage)),
            ("hours", Slot::Text(&mut self.hours)),
            ("travel_costs", Slot::Text(&mut self.travel_costs)),
            ("childcare_costs", Slot::Text(&mut self.childcare_costs)),
            ("gets_iit", Slot::Flag(&mut self.gets_iit)),
            ("kwijtschelding_year", Slot::Text(&mut self.kwijtschelding_year)),
            ("kostendeler", Slot::Flag(&mut self.kostendeler)),
            ("student", Slot::Flag(&mut self.student)),
        ]
    }
}

#[derive(Clone, Debug)]
pub struct ArmoedevalInput {
    pub gemeente: &'static Gemeente,
    pub date: Date,
    pub leefvorm: Leefvorm,
    pub age: u16,
    pub partner_age: Option<u16>,
    pub children: Vec<u8>,
    pub rent: Money,
    pub vermogen: Money,
    pub current_income: Money,
    pub hourly_wage: Option<Money>,
    pub hours: Decimal,
    pub travel_costs: Money,
    pub childcare_costs: Money,
    pub gets_iit: bool,
    pub kwijtschelding_year: Money,
}

/// An optional amount of at most `max` euros; empty is zero. `message` gets the maximum.
fn money_or_zero(field: &str, text: &str, max: i64, message: impl FnOnce(Euros) -> Text) -> Result<Money, FieldError> {
    optional_number_in(field, text, Decimal::ZERO, Decimal::from(max), message(max_euros(max)))
        .map(|v| Money::new(v.unwrap_or_default()))
}

/// Whole euros, for the limits named in messages.
fn max_euros(max: i64) -> Euros {
    Euros(Money::euros(max))
}

const MAX_HOURS: u32 = 60;
const MAX_CHILDREN: usize = 12;

pub fn validate(form: &ArmoedevalForm) -> Result<ArmoedevalInput, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();
    let g = keep!(errors, gemeente_field(&form.gemeente));
    let date = keep!(
        errors,
        rule_date_field("start_date", &form.start_date, txt::DATE_INVALID)
    );
    let aow = date
        .and_then(|d| parameters_at(d).ok())
        .map(|s| s.bijstand.aow_age.value)
        .unwrap_or(67);
    let leefvorm = keep!(
        errors,
        parse_leefvorm(&form.leefvorm).ok_or_else(|| FieldError::new(
            "leefvorm",
            "invalid_choice",
            txt::LEEFVORM_INVALID
        ))
    );
    let age = keep!(
        errors,
        whole_in("age", &form.age, 18, aow.saturating_sub(1), txt::age_range { aow })
    )
    .map(|a| a as u16);
    let partner_age = match leefvorm {
        Some(Leefvorm::Gehuwden) => keep!(
            errors,
            whole_in(
                "partner_age",
                &form.partner_age,
                18,
                aow.saturating_sub(1),
                txt::partner_age_range { aow }
            )
        )
        .map(|a| Some(a as u16)),
        _ => Some(None),
    };
    let children = keep!(errors, parse_children(&form.children));
    if let (Some(Leefvorm::AlleenstaandeOuder), Some(c)) = (leefvorm, &children) {
        if c.is_empty() {
            errors.push(FieldError::new("children", "children_missing", txt::CHILDREN_MISSING));
        }
    }
    let rent = keep!(
        errors,
        money_or_zero("rent", &form.rent, 5000, |max| txt::rent_range { max }.into())
    );
    let vermogen = keep!(
        errors,
        number_in(
            "vermogen",
            &form.vermogen,
            Decimal::from(-10_000_000),
            Decimal::from(10_000_000),
            txt::VERMOGEN_RANGE
        )
    )
    .map(Money::new);
    let current = keep!(
        errors,
        money_or_zero("current_income", &form.current_income, 10_000, |_| {
            txt::CURRENT_INCOME_RANGE.into()
        })
    );
    let hours = keep!(
        errors,
        number_in(
            "hours",
            &form.hours,
            Decimal::ONE,
            Decimal::from(MAX_HOURS),
            txt::hours_range {
                max: MAX_HOURS,
                min: 1u32
            }
        )
    );
    let wage = keep!(
        errors,
        optional_number_in(
            "hourly_wage",
            &form.hourly_wage,
            Decimal::ZERO,
            Decimal::from(200),
            txt::hourly_wage_range { max: max_euros(200) }
        )
    );
    if let (Some(Some(w)), Some(d), Some(a)) = (wage, date, age) {
        if let Some(min) = parameters_at(d).ok().and_then(|s| hourly_for_age(s, a).ok()) {
            if Money::new(w) < min.amount {
                errors.push(FieldError::new(
                    "hourly_wage",
                    "below_minimum_wage",
                    txt::below_minimum_wage {
                        age: a,
                        wage: min.amount,
                    },
                ));
            }
        }
    }
    let travel = keep!(
        errors,
        money_or_zero("travel_costs", &form.travel_costs, 2000, |max| {
            txt::travel_costs_range { max }.into()
        })
    );
    let childcare = keep!(
        errors,
        money_or_zero("childcare_costs", &form.childcare_costs, 5000, |max| {
            txt::childcare_costs_range { max }.into()
        })
    );
    let kwijt = keep!(
        errors,
        money_or_zero("kwijtschelding_year", &form.kwijtschelding_year, 10_000, |_| {
            txt::KWIJTSCHELDING_RANGE.into()
        })
    );
    // Before 2026 the huurtoeslag used an income-dependent normhuur that this tool does not
    // compute; a total without it would be wrong, so such a date is refused for tenants.
    if let (Some(d), Some(r)) = (date, rent) {
        if r > Money::ZERO && parameters_at(d).is_ok_and(|s| !super::huurtoeslag::is_computed(s)) {
            errors.push(FieldError::new(
                "start_date",
                "not_covered",
                txt::huurtoeslag_before_2026 {
                    date: super::huurtoeslag::first_date_computed().unwrap_or(d),
                },
            ));
        }
    }
    // Households the rules here do not cover are named, not computed wrong.
    if form.kostendeler {
        errors.push(FieldError::new(
            "kostendeler",
            "not_covered",
            txt::KOSTENDELER_NOT_COVERED,
        ));
    }
    if form.student {
        errors.push(FieldError::new("student", "not_covered", txt::STUDENT_NOT_COVERED));
    }
    match (
        g,
        date,
        leefvorm,
        age,
        partner_age,
        children,
        rent,
        vermogen,
        current,
        hours,
        wage,
        travel,
        childcare,
        kwijt,
    ) {
        (
            Some(g),
            Some(date),
            Some(leefvorm),
            Some(age),
            Some(partner_age),
            Some(children),
            Some(rent),
            Some(vermogen),
            Some(current),
            Some(hours),
            Some(wage),
            Some(travel),
            Some(childcare),
            Some(kwijt),
        ) if errors.is_empty() => Ok(ArmoedevalInput {
            gemeente: g,
            date,
            leefvorm,
            age,
            partner_age,
            children,
            rent,
            vermogen,
            current_income: current,
            hourly_wage: wage.map(Money::new),
            hours,
            travel_costs: travel,
            childcare_costs: childcare,
            gets_iit: form.gets_iit,
            kwijtschelding_year: kwijt,
        }),
        _ => Err(errors),
    }
}

/// "4, 13" → [4, 13]: children 0–17 living at home.
fn parse_children(text: &str) -> Result<Vec<u8>, FieldError> {
    let mut out = Vec::new();
    for part in text.split([',', ';', ' ']).filter(|p| !p.trim().is_empty()) {
        match part.trim().parse::<u8>() {
            Ok(a) if a <= 17 => out.push(a),
            Ok(_) => return Err(FieldError::new("children", "child_too_old", txt::CHILD_TOO_OLD)),
            Err(_) => return Err(FieldError::new("children", "not_a_number", txt::CHILDREN_NOT_NUMBERS)),
        }
        if out.len() > MAX_CHILDREN {
            return Err(FieldError::new(
                "children",
                "too_many",
                txt::too_many_children { max: MAX_CHILDREN },
            ));
        }
    }
    Ok(out)
}

/// Which situation a column describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    /// Now: bijstand (with the current income, if any).
    Nu,
    /// With the job, months 1–6 (the inkomstenvrijlating of art. 31 lid 2 sub n applies).
    EersteHalfjaar,
    /// With the job, from month 7.
    Daarna,
}

/// One household situation, every component explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Situation {
    pub column: Column,
    /// Income components (positive) and costs (negative), each a line.
    pub lines: Vec<Line>,
    pub total: Line,
    /// Gross wage per month (0 now).
    pub gross_wage: Money,
    pub toetsingsinkomen: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CurvePoint {
    pub hours: u32,
    pub gross_wage: Money,
    pub net_household: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Lost {
    pub label: Text,
    /// From how many hours a week (at this wage) it stops; `None` if it goes on at 40 hours.
    pub stops_at_hours: Option<u32>,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArmoedevalResult {
    pub gemeente: &'static str,
    pub date: Date,
    pub hours: Decimal,
    pub situations: Vec<Situation>,
    /// With the job minus now, per month: first 6 months, and after.
    pub difference: Vec<Line>,
    pub difference_year: Line,
    /// Net household income from month 7 at 0–40 hours a week.
    pub curve: Vec<CurvePoint>,
    /// "Of each extra € 100 gross you keep € X."
    pub keep_of_100: Line,
    pub lost: Vec<Lost>,
    pub steps: Vec<Text>,
    pub assumptions: Vec<Text>,
}

struct Ctx<'a> {
    input: &'a ArmoedevalInput,
    s: &'static Snapshot,
    rules: &'static GemeenteRules,
}

/// Gross yearly income behind a net bijstand amount: the gemeente withholds loonheffing at
/// the first-bracket rate; the algemene heffingskorting lowers it when nobody else (an
/// employer) applies it for this person.
fn gross_up(s: &Snapshot, net_year: Money, ahk_here: bool) -> Money {
    let rate = s
        .income_tax
        .brackets
        .value
        .first()
        .map(|b| b.pct.fraction())
        .unwrap_or_default();
    let keep = Decimal::ONE - rate;
    if keep <= Decimal::ZERO {
        return net_year;
    }
    let ahk = if ahk_here {
        s.income_tax.ahk_max.value
    } else {
        Money::ZERO
    };
    let gross = Money::new((net_year - ahk).amount() / keep);
    gross.max(net_year).round_cents()
}

fn situation(c: &Ctx, column: Column, hours: Decimal, explain_all: bool) -> Situation {
    let (input, s, d) = (c.input, c.s, c.input.date);
    let mut lines = Vec::new();
    let adults: u32 = if input.leefvorm == Leefvorm::Gehuwden { 2 } else { 1 };
    let working = column != Column::Nu && hours > Decimal::ZERO;
    let youngest_under_12 = input.children.iter().any(|a| *a < 12);
    let single_parent_u12 = input.leefvorm == Leefvorm::AlleenstaandeOuder && youngest_under_12;

    // Work.
    let (gross, net_wage_spread) = if working {
        let hourly = input
            .hourly_wage
            .unwrap_or_else(|| hourly_for_age(s, input.age).map(|l| l.amount).unwrap_or(Money::ZERO));
        let gross = monthly_wage(hourly, hours);
        let nw = net_monthly_wage(s, d, gross, s.wml.vakantiebijslag.value, single_parent_u12);
        let spread = nw.net_monthly_spread.amount;
        let mut net_line = Line {
            label: txt::NET_WAGE_LABEL.into(),
            ..nw.net_monthly_spread
        };
        net_line.how.push(how!(txt::gross_wage { gross, hourly, hours }));
        lines.push(net_line);
        (gross, spread)
    } else {
        (Money::ZERO, Money::ZERO)
    };
    let current = if column == Column::Nu {
        input.current_income
    } else {
        Money::ZERO
    };
    if current > Money::ZERO {
        lines.push(Line::new(
            "work.current",
            txt::CURRENT_INCOME_LABEL,
            current,
            how!(txt::your_input_month { amount: current }),
        ));
    }

    // Bijstand: the norm minus the income that counts (art. 19 lid 2, 31, 32).
    let norm_lines = norm(
        s,
        d,
        NormInput {
            leefvorm: input.leefvorm,
            age: input.age,
            partner_age: input.partner_age,
            has_children: !input.children.is_empty(),
        },
    );
    let mut bijstand_net = Money::ZERO;
    if let Ok(n) = &norm_lines {
        let income = net_wage_spread + current;
        let month = match column {
            Column::Nu => 0,
            Column::EersteHalfjaar => 1,
            Column::Daarna => 7,
        };
        let vrij = if income > Money::ZERO && month > 0 {
            Some(vrijlating(
                s,
                d,
                VrijlatingInput {
                    net_earnings: income,
                    month,
                    age: input.age,
                    single_parent_child_under_12: single_parent_u12,
                },
            ))
        } else {
            None
        };
        let vrij_amount = vrij.as_ref().map(|l| l.amount).unwrap_or(Money::ZERO);
        let counted = (income - vrij_amount).at_least_zero();
        bijstand_net = (n.including_vt.amount - counted).at_least_zero();
        let norm_vt = n.including_vt.amount;
        let how = if income.is_zero() {
            how!(txt::bijstand_full { norm: norm_vt })
        } else if bijstand_net.is_zero() {
            how!(txt::bijstand_none {
                income,
                norm: norm_vt,
                vrij: if vrij_amount.is_zero() {
                    Text::Empty
                } else {
                    Text::from(txt::bijstand_none_vrij { amount: vrij_amount })
                }
            })
        } else {
            how!(txt::bijstand_top_up {
                bijstand: bijstand_net,
                counted,
                income,
                norm: norm_vt,
                vrij: vrij_amount
            })
        };
        let mut line = Line::new(
            "bijstand",
            if working {
                txt::BIJSTAND_TOP_UP_LABEL
            } else {
                txt::BIJSTAND_LABEL
            },
            bijstand_net,
            how,
        )
        .from_lines([&n.including_vt])
        .law(PW_ART_19, d);
        if let Some(v) = &vrij {
            if explain_all {
                line = line.from_lines([v]);
                line.how.push(how!(txt::vrijlating { how: v.how.clone() }));
            }
        }
        lines.push(line);
    }

    // Toetsingsinkomen for the toeslagen: gross wage (with vakantiegeld) plus the bijstand
    // turned gross, for a whole year.
    let vg = s.wml.vakantiebijslag.value;
    let wage_year = (gross + gross * vg) * Decimal::from(12);
    let bijstand_year = bijstand_net * Decimal::from(12);
    let per_adult = Money::new(bijstand_year.amount() / Decimal::from(adults));
    let mut bijstand_gross = Money::ZERO;
    for i in 0..adults {
        // The working applicant's employer already applies his heffingskorting.
        let ahk_here = !(working && i == 0);
        bijstand_gross += gross_up(s, per_adult, ahk_here);
    }
    let current_gross_year = gross_up(s, current * Decimal::from(12), false);
    let toets = (wage_year.round_cents() + bijstand_gross + current_gross_year).round_cents();

    let has_partner = input.leefvorm == Leefvorm::Gehuwden;
    let zt = zorgtoeslag(
        s,
        d,
        ZorgtoeslagInput {
            toetsingsinkomen: toets,
            has_partner,
            vermogen: input.vermogen,
        },
    );
    lines.push(zt);
    if input.rent > Money::ZERO {
        let size = adults + input.children.len() as u32;
        match huurtoeslag(
            s,
            d,
            HuurtoeslagInput {
                kale_huur: input.rent,
                toetsingsinkomen: toets,
                household_size: size,
                all_under_21: input.age < 21 && input.partner_age.is_none_or(|a| a < 21) && input.children.is_empty(),
                has_partner,
                vermogen: input.vermogen,
            },
        ) {
            Ok(l) => lines.push(l),
            Err(e) => lines.push(Line::new(
                "huurtoeslag.monthly",
                txt::HUURTOESLAG_LABEL,
                Money::ZERO,
                e.message,
            )),
        }
    }
    if !input.children.is_empty() {
        lines.push(kindgebonden_budget(
            s,
            d,
            KgbInput {
                toetsingsinkomen: toets,
                has_partner,
                child_ages: &input.children,
                vermogen: input.vermogen,
            },
        ));
        lines.push(kinderbijslag(s, d, &input.children));
    }

    // Local regelingen, by the gemeente's income limits.
    local_lines(
        c,
        column,
        net_wage_spread + current + bijstand_net,
        &norm_lines,
        &mut lines,
    );

    if working {
        if input.travel_costs > Money::ZERO {
            lines.push(Line::new(
                "cost.travel",
                txt::TRAVEL_LABEL,
                -input.travel_costs,
                how!(txt::your_input_month {
                    amount: input.travel_costs
                }),
            ));
        }
        if input.childcare_costs > Money::ZERO {
            lines.push(Line::new(
                "cost.childcare",
                txt::CHILDCARE_LABEL,
                -input.childcare_costs,
                how!(txt::childcare_how {
                    amount: input.childcare_costs
                }),
            ));
        }
    }

    let sum: Money = lines.iter().map(|l| l.amount).sum();
    let total = Line::new(
        "total",
        txt::TOTAL_LABEL,
        sum,
        if super::explain::explaining() {
            Text::join(
                lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        if i == 0 {
                            Text::from(txt::total_first {
                                amount: l.amount,
                                label: l.label.clone(),
                            })
                        } else {
                            Text::from(txt::total_next {
                                amount: l.amount,
                                label: l.label.clone(),
                            })
                        }
                    })
                    .collect::<Vec<_>>(),
            )
        } else {
            Text::Empty
        },
    );
    Situation {
        column,
        lines,
        total,
        gross_wage: gross,
        toetsingsinkomen: toets,
    }
}

fn local_lines(
    c: &Ctx,
    column: Column,
    net_income: Money,
    norm_lines: &Result<super::bijstandsnorm::Norm, FieldError>,
    lines: &mut Vec<Line>,
) {
    let (input, rules, d) = (c.input, c.rules, c.input.date);
    let Ok(n) = norm_lines else { return };
    let name = input.gemeente.name;
    let m = &rules.minima;
    let adults: i64 = if input.leefvorm == Leefvorm::Gehuwden { 2 } else { 1 };
    let excl = n.excluding_vt.amount;
    // A limit as a percentage of the norm without vakantietoeslag; the income (which has the
    // vakantiegeld spread over the months) is taken without it likewise, and without
    // toeslagen: those are not income for these regelingen.
    let vt_share = c.s.bijstand.vakantietoeslag.value.fraction();
    let income_excl = net_income * (Decimal::ONE - vt_share);
    let under = |pct: Rate| income_excl <= (excl * pct).round_cents();

    if input.gets_iit {
        let p = amount_param(rules, input.leefvorm);
        let line = match (p.value, rules.iit.income_limit_pct.value) {
            (Some(a), limit) => {
                let keeps = column == Column::Nu || limit.is_some_and(under);
                let monthly = a.per_month();
                Line::new(
                    "local.iit",
                    txt::IIT_LABEL,
                    if keeps { monthly } else { Money::ZERO },
                    if keeps {
                        how!(txt::iit_kept {
                            month: monthly,
                            year: a
                        })
                    } else {
                        how!(txt::iit_lost {
                            gemeente: name,
                            year: a
                        })
                    },
                )
                .param(p)
                .param(&rules.iit.income_limit_pct)
            }
            (None, _) => Line::new(
                "local.iit",
                txt::IIT_UNKNOWN_LABEL,
                Money::ZERO,
                how!(txt::iit_unknown { gemeente: name }),
            )
            .param(p),
        };
        lines.push(line);
    }
    if let Some(pm) = m.zorgverzekering_pm.value {
        let amount = pm * Decimal::from(adults);
        let keeps = m.zorgverzekering_limit_pct.value.is_some_and(under);
        let how = how!(txt::zorgverzekering_how { amount, per_adult: pm });
        lines.push(
            income_tested("local.zorgverzekering", txt::ZORGVERZEKERING_LABEL, keeps, amount, how)
                .param(&m.zorgverzekering_pm)
                .param(&m.zorgverzekering_limit_pct),
        );
    }
    if let Some(py) = m.participatie_year_pp.value {
        let keeps = m.participatie_limit_pct.value.is_some_and(under);
        let monthly = (py * Decimal::from(adults)).per_month();
        let how = how!(txt::participatie_how {
            month: monthly,
            per_adult: py
        });
        lines.push(
            income_tested("local.participatie", txt::PARTICIPATIE_LABEL, keeps, monthly, how)
                .param(&m.participatie_year_pp)
                .param(&m.participatie_limit_pct),
        );
    }
    if input.kwijtschelding_year > Money::ZERO {
        let limit = m
            .kwijtschelding_limit_pct
            .value
            .or_else(|| landelijk().rules_at(d).minima.kwijtschelding_limit_pct.value);
        let keeps = column == Column::Nu || limit.is_some_and(under);
        let monthly = input.kwijtschelding_year.per_month();
        lines.push(
            Line::new(
                "local.kwijtschelding",
                txt::KWIJTSCHELDING_LABEL,
                if keeps { monthly } else { Money::ZERO },
                if keeps {
                    how!(txt::kwijtschelding_kept {
                        month: monthly,
                        year: input.kwijtschelding_year
                    })
                } else {
                    how!(txt::kwijtschelding_lost {
                        year: input.kwijtschelding_year
                    })
                },
            )
            .param(&m.kwijtschelding_limit_pct),
        );
    }
}

/// A local regeling the household keeps while its income is under the gemeente's limit.
fn income_tested(key: &'static str, label: Msg, keeps: bool, amount: Money, how_kept: Text) -> Line {
    if keeps {
        Line::new(key, label, amount, how_kept)
    } else {
        Line::new(key, label, Money::ZERO, how!(txt::ABOVE_LIMIT))
    }
}

pub fn calculate(input: &ArmoedevalInput) -> ArmoedevalResult {
    let d = input.date;
    // Validation accepted only dates inside the known rules.
    let s = super::parameters_or_last(d).0;
    let rules = input.gemeente.rules_at(d);
    let c = Ctx { input, s, rules };
    let situations = vec![
        situation(&c, Column::Nu, Decimal::ZERO, true),
        situation(&c, Column::EersteHalfjaar, input.hours, true),
        situation(&c, Column::Daarna, input.hours, true),
    ];
    let now = situations[0].total.amount;
    let difference: Vec<Line> = situations[1..]
        .iter()
        .map(|sit| {
            let diff = sit.total.amount - now;
            Line::new(
                if sit.column == Column::EersteHalfjaar {
                    "difference.first"
                } else {
                    "difference.after"
                },
                if sit.column == Column::EersteHalfjaar {
                    txt::DIFFERENCE_FIRST_LABEL
                } else {
                    txt::DIFFERENCE_AFTER_LABEL
                },
                diff,
                how!(txt::difference_how {
                    difference: diff,
                    now,
                    with_job: sit.total.amount
                }),
            )
        })
        .collect();
    let first = difference.first().map(|l| l.amount).unwrap_or_default();
    let after = difference.get(1).map(|l| l.amount).unwrap_or_default();
    let year = first * Decimal::from(6) + after * Decimal::from(6);
    let difference_year = Line::new(
        "difference.year",
        txt::DIFFERENCE_YEAR_LABEL,
        year,
        how!(txt::difference_year_how { after, first, year }),
    );

    // The curve: net household income from month 7 at every whole hour from 0 to 40. The
    // same situations tell where each regeling stops.
    // Only the amounts are needed here: the same rules run without writing explanations.
    let at_hours: Vec<Situation> = super::explain::quietly(|| {
        (0..=40u32)
            .map(|h| {
                situation(
                    &c,
                    if h == 0 { Column::Nu } else { Column::Daarna },
                    Decimal::from(h),
                    false,
                )
            })
            .collect()
    });
    let curve: Vec<CurvePoint> = at_hours
        .iter()
        .zip(0u32..)
        .map(|(sit, h)| CurvePoint {
            hours: h,
            gross_wage: sit.gross_wage,
            net_household: sit.total.amount,
        })
        .collect();

    // Of each extra € 100 gross (with vakantiegeld, as the net has it): one hour more, or
    // one less at the top, at the chosen wage.
    let h = input.hours.trunc().mantissa().clamp(0, 40) as usize;
    let (lo, hi) = if h >= 40 { (39, 40) } else { (h, h + 1) };
    let vg_factor = Decimal::ONE + s.wml.vakantiebijslag.value.fraction();
    let (dg, dn) = match (curve.get(lo), curve.get(hi)) {
        (Some(a), Some(b)) => (
            (b.gross_wage - a.gross_wage) * vg_factor,
            b.net_household - a.net_household,
        ),
        _ => (Money::ZERO, Money::ZERO),
    };
    let kept = dn
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|x| x.checked_div(dg.amount()))
        .unwrap_or(Money::ZERO)
        .round_cents();
    let hundred = max_euros(100);
    let keep_of_100 = Line::new(
        "marginal.keep_of_100",
        txt::keep_of_100_label { hundred },
        kept,
        how!(txt::keep_of_100_how {
            from: lo,
            gross: dg.round_cents(),
            hundred,
            kept,
            net: dn,
            to: hi
        }),
    );

    let lost = lost_regelingen(&situations[0], &at_hours);
    let steps = steps(input, &situations);
    let assumptions = [
        txt::ASSUMPTION_YEAR,
        txt::ASSUMPTION_GROSS_UP,
        txt::ASSUMPTION_PARTNER,
        txt::ASSUMPTION_VRIJLATING,
        txt::ASSUMPTION_LOCAL_INCOME,
        txt::ASSUMPTION_SPREAD,
        txt::ASSUMPTION_NOT_COMPUTED,
    ]
    .map(Text::from)
    .to_vec();
    ArmoedevalResult {
        gemeente: input.gemeente.name,
        date: d,
        hours: input.hours,
        situations,
        difference,
        difference_year,
        curve,
        keep_of_100,
        lost,
        steps,
        assumptions,
    }
}

/// Only the curve (amounts, no explanations): net household income from month 7 at 0–40
/// hours a week.
pub fn curve(input: &ArmoedevalInput) -> Vec<CurvePoint> {
    let s = super::parameters_or_last(input.date).0;
    let c = Ctx {
        input,
        s,
        rules: input.gemeente.rules_at(input.date),
    };
    super::explain::quietly(|| {
        (0..=40u32)
            .map(|h| {
                let sit = situation(
                    &c,
                    if h == 0 { Column::Nu } else { Column::Daarna },
                    Decimal::from(h),
                    false,
                );
                CurvePoint {
                    hours: h,
                    gross_wage: sit.gross_wage,
                    net_household: sit.total.amount,
                }
            })
            .collect()
    })
}

/// One household situation (from month 7, at `hours` a week) for benchmarks and tests:
/// `explained` as shown in the table, or amounts only as the curve computes it.
pub fn one_situation(input: &ArmoedevalInput, hours: u32, explained: bool) -> Situation {
    let s = super::parameters_or_last(input.date).0;
    let c = Ctx {
        input,
        s,
        rules: input.gemeente.rules_at(input.date),
    };
    let run = || situation(&c, Column::Daarna, Decimal::from(hours), explained);
    if explained {
        run()
    } else {
        super::explain::quietly(run)
    }
}

/// For each income-tested item that the household gets now: from how many hours it stops.
/// `now` is explained (its labels are shown); `at_hours[h]` is the situation at `h` hours a
/// week, amounts only.
fn lost_regelingen(now: &Situation, at_hours: &[Situation]) -> Vec<Lost> {
    let keys = [
        "bijstand",
        "zorgtoeslag.monthly",
        "huurtoeslag.monthly",
        "kgb.monthly",
        "local.iit",
        "local.zorgverzekering",
        "local.participatie",
        "local.kwijtschelding",
    ];
    let mut out = Vec::new();
    for key in keys {
        let Some(line_now) = now.lines.iter().find(|l| l.key == key) else {
            continue;
        };
        if line_now.amount.is_zero() {
            continue;
        }
        let stops = at_hours
            .iter()
            .zip(0u32..)
            .skip(1)
            .find(|(sit, _)| {
                sit.lines
                    .iter()
                    .find(|l| l.key == key)
                    .is_none_or(|l| l.amount.is_zero())
            })
            .map(|(sit, h)| (h, sit.gross_wage));
        let text = match stops {
            Some((h, gross)) => how!(txt::lost_stops {
                gross,
                hours: h,
                now: line_now.amount
            }),
            None => how!(txt::lost_goes_on { now: line_now.amount }),
        };
        out.push(Lost {
            label: line_now.label.clone(),
            stops_at_hours: stops.map(|(h, _)| h),
            text,
        });
    }
    out
}

fn steps(input: &ArmoedevalInput, situations: &[Situation]) -> Vec<Text> {
    let mut out = vec![
        Text::from(txt::step_report_job {
            gemeente: input.gemeente.name,
        }),
        txt::STEP_REPORT_TOESLAGEN.into(),
    ];
    let after = situations.get(2);
    if after.is_some_and(|s| s.lines.iter().any(|l| l.key == "bijstand" && l.amount > Money::ZERO)) {
        out.push(txt::STEP_KEEP_BIJSTAND.into());
    }
    if input.gets_iit {
        out.push(txt::STEP_IIT.into());
    }
    if input.childcare_costs > Money::ZERO || input.children.iter().any(|a| *a < 12) {
        out.push(txt::STEP_CHILDCARE.into());
    }
    out.push(txt::STEP_ASK.into());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ArmoedevalForm {
        ArmoedevalForm {
            gemeente: "ommen".into(),
            start_date: "2026-07-01".into(),
            leefvorm: "alleenstaande".into(),
            age: "35".into(),
            rent: "650".into(),
            vermogen: "0".into(),
            hours: "24".into(),
            ..ArmoedevalForm::default()
        }
    }

    fn run(f: &ArmoedevalForm) -> ArmoedevalResult {
        calculate(&validate(f).expect("valid"))
    }

    fn amount(sit: &Situation, key: &str) -> Money {
        sit.lines
            .iter()
            .find(|l| l.key == key)
            .map(|l| l.amount)
            .unwrap_or_default()
    }

    #[test]
    fn now_is_full_bijstand_and_max_zorgtoeslag() {
        let r = run(&form());
        let now = &r.situations[0];
        assert_eq!(
            amount(now, "bijstand"),
            Money::new(Decimal::new(141946, 2)),
            "norm 1 July 2026"
        );
        // Toetsingsinkomen on full bijstand is far below the drempel: maximum zorgtoeslag.
        assert_eq!(amount(now, "zorgtoeslag.monthly"), Money::euros(129));
        assert!(amount(now, "huurtoeslag.monthly") > Money::euros(300));
    }

    #[test]
    fn bijstand_never_above_the_norm_and_vrijlating_only_first_half_year() {
        let r = run(&form());
        let norm = Money::new(Decimal::new(141946, 2));
        for s in &r.situations {
            assert!(amount(s, "bijstand") <= norm);
        }
        // 24 hours at WML: net wage below the norm, so aanvullende bijstand; in months 1–6
        // the vrijlating (25%, max € 285) keeps more.
        assert!(amount(&r.situations[1], "bijstand") > amount(&r.situations[2], "bijstand"));
        assert_eq!(r.curve.len(), 41);
    }

    #[test]
    fn curve_and_table_agree() {
        let r = run(&form());
        let at24 = r.curve.iter().find(|p| p.hours == 24).expect("point");
        assert_eq!(at24.net_household, r.situations[2].total.amount);
        assert_eq!(r.curve[0].net_household, r.situations[0].total.amount);
    }

    #[test]
    fn amounts_are_the_same_with_or_without_explanations() {
        let mut f = form();
        f.leefvorm = "alleenstaande_ouder".into();
        f.children = "2, 15".into();
        let input = validate(&f).expect("valid");
        for h in [1, 8, 24, 36, 40] {
            let a = one_situation(&input, h, true);
            let b = one_situation(&input, h, false);
            assert_eq!(a.total.amount, b.total.amount, "{h} hours");
            assert_eq!(
                a.lines.iter().map(|l| l.amount).collect::<Vec<_>>(),
                b.lines.iter().map(|l| l.amount).collect::<Vec<_>>()
            );
            assert!(b.total.how.is_empty() && !a.total.how.is_empty());
        }
    }

    #[test]
    fn under_21_alone_gets_huurtoeslag_up_to_the_lower_rent_cap() {
        let mut f = form();
        f.rent = "700".into();
        let at = |age: &str, f: &mut ArmoedevalForm| {
            f.age = age.into();
            amount(&run(f).situations[0], "huurtoeslag.monthly")
        };
        let young = at("19", &mut f);
        let adult = at("21", &mut f);
        assert!(young < adult, "19: {young}, 21: {adult}");
        // Wet op de huurtoeslag art. 13 lid 1 onder b: rent above € 498,20 does not count.
        f.rent = "498.20".into();
        assert_eq!(at("19", &mut f), young);
    }

    #[test]
    fn tenants_before_2026_are_refused_not_computed_without_huurtoeslag() {
        let mut f = form();
        f.start_date = "2025-09-01".into();
        let e = validate(&f).unwrap_err();
        assert!(
            e.iter().any(|e| e.field == "start_date" && e.code == "not_covered"),
            "{e:?}"
        );
        f.rent = "".into();
        assert!(validate(&f).is_ok(), "without rent the 2025 rules are complete");
    }

    #[test]
    fn not_covered_households_are_named() {
        let mut f = form();
        f.kostendeler = true;
        f.age = "67".into();
        let e = validate(&f).unwrap_err();
        assert!(e.iter().any(|e| e.field == "kostendeler" && e.code == "not_covered"));
        assert!(e.iter().any(|e| e.field == "age" && e.message.contains("AOW")));
    }

    #[test]
    fn texts_are_written_in_the_language_of_the_page() {
        let r = run(&form());
        let bijstand = |sit: &Situation| {
            sit.lines
                .iter()
                .find(|l| l.key == "bijstand")
                .cloned()
                .expect("bijstand line")
        };
        let first = bijstand(&r.situations[1]);
        let lost = r.lost.first().expect("bijstand stops");
        assert_eq!(first.label, "Aanvullende bijstand");
        assert_eq!(
            lost.text,
            "Stopt bij ongeveer 21 uur per week (€ 1.364,09 bruto per maand). Nu: € 1.419,46 per maand."
        );
        crate::i18n::in_language("en", || {
            assert_eq!(first.label, "Bijstand top-up");
            assert_eq!(first.how, "Bijstand norm €1,419.46 minus the income that counts: €1,637.25 − €285.00 not counted = €1,352.25. Bijstand top-up: €1,419.46 − €1,352.25 = €67.21. Vrijlating (earnings you may keep): 25% of €1,637.25 = €409.31, up to €285.00. This applies in the first 6 months that you work while on bijstand (this is month 1).");
            assert_eq!(r.keep_of_100.label, "Of every extra €100 gross that you earn, you keep");
            assert_eq!(r.keep_of_100.how, "One hour more per week (from 24 to 25 hours): €70.16 more gross per month (with holiday pay), and your household has €66.83 more. Of every extra €100 you keep €95.26; the rest goes to tax and to lower toeslagen and local schemes.");
            assert_eq!(lost.label, "Bijstand (social assistance)");
            assert_eq!(
                lost.text,
                "Stops at about 21 hours per week (€1,364.09 gross per month). Now: €1,419.46 per month."
            );
            assert_eq!(r.steps[0], "Tell the gemeente Ommen about your new job and your wage before you start. You must do this (inlichtingenplicht, the duty to give information).");
        });
        let e = validate(&ArmoedevalForm {
            rent: "6000".into(),
            ..form()
        })
        .unwrap_err();
        crate::i18n::in_language("en", || {
            assert_eq!(e[0].message, "Enter the basic rent (kale huur, without service costs) per month in euros (up to €5,000), or leave it empty if you do not pay rent.");
        });
    }

    #[test]
    fn ommen_regelingen_are_lost_at_some_income() {
        let mut f = form();
        f.gets_iit = true;
        f.hours = "36".into();
        let r = run(&f);
        assert!(
            r.lost
                .iter()
                .any(|l| l.label.contains("inkomenstoeslag") && l.stops_at_hours.is_some()),
            "{:?}",
            r.lost
        );
        assert!(r
            .lost
            .iter()
            .any(|l| l.label.contains("Bijstand") && l.stops_at_hours.is_some()));
    }
}
