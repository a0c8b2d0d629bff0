//! "Gaat werken lonen?": the household's net monthly income on bijstand now, and with a job
//! offer in each phase of the inkomstenvrijlating (the months come from the rule, e.g.
//! months 1–6 and from month 7), with every component explained; plus the curve of net
//! household income against hours worked once the vrijlating has ended (the armoedeval
//! made visible).
//!
//! This file only composes the rules of `crate::rules` (bijstandsnorm, inkomstenvrijlating,
//! bijstand, toetsingsinkomen, inkomstenbelasting, the toeslagen and the gemeente's
//! minimaregelingen). Its own assumptions are stated in [`advice`] and shown to the user.

mod advice;
mod form;

pub use form::{validate, ArmoedevalForm, ArmoedevalInput};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::how;
use crate::i18n::msg::armoedeval as txt;
use crate::i18n::{Euros, Text};
use crate::rules::bijstand::{aanvullende_bijstand, BijstandInput};
use crate::rules::bijstandsnorm::{norm, Leefvorm, NormInput};
use crate::rules::explain::Line;
use crate::rules::huurtoeslag::{huurtoeslag, HuurtoeslagInput};
use crate::rules::inkomstenbelasting::net_monthly_wage;
use crate::rules::inkomstenvrijlating::{phases, vrijlating, Phase, VrijlatingInput, VrijlatingWho};
use crate::rules::keys;
use crate::rules::kinderbijslag::kinderbijslag;
use crate::rules::kindgebonden_budget::{kindgebonden_budget, KgbInput};
use crate::rules::minimaregelingen::{self as minima, MinimaInput};
use crate::rules::minimumloon::{hourly_for_age, monthly_wage};
use crate::rules::money::Money;
use crate::rules::params::{GemeenteRules, Snapshot};
use crate::rules::toetsingsinkomen::{toetsingsinkomen, ToetsingsinkomenInput};
use crate::rules::zorgtoeslag::{zorgtoeslag, ZorgtoeslagInput};
use crate::rules::{parameters_or_last, Date};

/// Which situation a column describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Now: bijstand (with the current income, if any).
    Nu,
    /// With the job, in one phase of the inkomstenvrijlating (months counted from the first
    /// month of work while on bijstand), as the rule returns it.
    Baan(Phase),
}

impl Column {
    /// The month of work while on bijstand this column stands for (0: not working).
    fn month(self) -> u32 {
        match self {
            Column::Nu => 0,
            Column::Baan(p) => p.from_month,
        }
    }

    /// How the JS API and the test cases name the column: "nu", "maand_1_6", "vanaf_maand_7".
    pub fn id(self) -> String {
        match self {
            Column::Nu => "nu".to_string(),
            Column::Baan(Phase {
                from_month,
                to_month: Some(to),
            }) => format!("maand_{from_month}_{to}"),
            Column::Baan(Phase {
                from_month,
                to_month: None,
            }) => format!("vanaf_maand_{from_month}"),
        }
    }
}

impl Serialize for Column {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.id())
    }
}

/// One household situation, every component explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Situation {
    pub column: Column,
    /// The months of work this column is about; `None` now.
    pub phase: Option<Phase>,
    /// Income components (positive) and costs (negative), each a line.
    pub lines: Vec<Line>,
    pub total: Line,
    /// With the job minus now, per month; `None` in the column of now.
    pub difference: Option<Line>,
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
    /// Now, then one column per phase of the vrijlating with the job.
    pub situations: Vec<Situation>,
    /// With the job minus now over the first 12 months of work, phase by phase.
    pub difference_year: Line,
    /// Net household income at 0–40 hours a week, once every vrijlating has ended (the
    /// last phase).
    pub curve: Vec<CurvePoint>,
    /// "Of each extra € 100 gross you keep € X."
    pub keep_of_100: Line,
    pub lost: Vec<Lost>,
    pub steps: Vec<Text>,
    pub assumptions: Vec<Text>,
}

struct Ctx<'a> {
    input: &'a ArmoedevalInput,
    s: &'a Snapshot,
    rules: &'static GemeenteRules,
}

impl<'a> Ctx<'a> {
    fn new(input: &'a ArmoedevalInput, s: &'a Snapshot) -> Self {
        Ctx {
            input,
            s,
            rules: input.gemeente.rules_at(input.date),
        }
    }

    /// The phases of the vrijlating for this person, from the rule.
    fn phases(&self) -> Vec<Phase> {
        let who = VrijlatingWho {
            age: self.input.age,
            single_parent_child_under_12: self.single_parent_child_under_12(),
            medisch_urenbeperkt: self.input.medisch_urenbeperkt,
        };
        phases(self.s, who)
    }

    /// The lasting situation with the job: the last phase.
    fn last_phase(&self) -> Column {
        self.phases().last().copied().map_or(Column::Nu, Column::Baan)
    }

    fn adults(&self) -> u32 {
        if self.input.leefvorm == Leefvorm::Gehuwden {
            2
        } else {
            1
        }
    }

    fn single_parent_child_under_12(&self) -> bool {
        self.input.leefvorm == Leefvorm::AlleenstaandeOuder && self.input.children.iter().any(|a| *a < 12)
    }
}

/// The household in one column: the rules, one after the other.
fn situation(c: &Ctx, column: Column, hours: Decimal) -> Situation {
    let (input, s, d) = (c.input, c.s, c.input.date);
    let working = column != Column::Nu && hours > Decimal::ZERO;
    let mut lines = Vec::new();
    let (gross, net_wage) = match working.then(|| wage_line(c, hours)) {
        Some((gross, line)) => {
            let net = line.amount;
            lines.push(line);
            (gross, net)
        }
        None => (Money::ZERO, Money::ZERO),
    };
    let current = if column == Column::Nu {
        input.current_income
    } else {
        Money::ZERO
    };
    if current > Money::ZERO {
        let how = how!(txt::your_input_month { amount: current });
        lines.push(Line::new(keys::WORK_CURRENT, txt::CURRENT_INCOME_LABEL, current, how));
    }
    let norm = norm(s, d, norm_input(input)).ok();
    let bijstand = norm.as_ref().map(|n| {
        let income = net_wage + current;
        let vrij = (income > Money::ZERO && column.month() > 0).then(|| {
            let who = VrijlatingInput {
                net_earnings: income,
                month: column.month(),
                age: input.age,
                single_parent_child_under_12: c.single_parent_child_under_12(),
                medisch_urenbeperkt: input.medisch_urenbeperkt,
            };
            vrijlating(s, d, who)
        });
        let b = BijstandInput {
            norm: &n.including_vt,
            income,
            vrijlating: vrij.as_ref(),
            working,
        };
        aanvullende_bijstand(d, &b)
    });
    let bijstand_net = bijstand.as_ref().map_or(Money::ZERO, |l| l.amount);
    lines.extend(bijstand);
    let toets = toetsingsinkomen(
        s,
        &ToetsingsinkomenInput {
            gross_wage: gross,
            bijstand: bijstand_net,
            current_income: current,
            adults: c.adults(),
            working,
        },
    );
    lines.extend(toeslagen(c, toets));
    if let Some(n) = &norm {
        let income = net_wage + current + bijstand_net;
        lines.extend(minimaregelingen(c, column, income, n.excluding_vt.amount));
    }
    if working {
        lines.extend(job_costs(input));
    }
    let total = total_line(&lines);
    Situation {
        column,
        phase: match column {
            Column::Nu => None,
            Column::Baan(p) => Some(p),
        },
        lines,
        total,
        difference: None,
        gross_wage: gross,
        toetsingsinkomen: toets,
    }
}

fn norm_input(input: &ArmoedevalInput) -> NormInput {
    NormInput {
        leefvorm: input.leefvorm,
        age: input.age,
        partner_age: input.partner_age,
        has_children: !input.children.is_empty(),
    }
}

/// The gross wage per month, and the net wage line (vakantiegeld spread over the months).
fn wage_line(c: &Ctx, hours: Decimal) -> (Money, Line) {
    let (input, s, d) = (c.input, c.s, c.input.date);
    let hourly = input
        .hourly_wage
        .unwrap_or_else(|| hourly_for_age(s, input.age).map(|l| l.amount).unwrap_or(Money::ZERO));
    let gross = monthly_wage(hourly, hours);
    let vb = s.wml.vakantiebijslag.value;
    let nw = net_monthly_wage(s, d, gross, vb, c.single_parent_child_under_12());
    let mut line = Line {
        label: txt::NET_WAGE_LABEL.into(),
        ..nw.net_monthly_spread
    };
    line.how.push(how!(txt::gross_wage { gross, hourly, hours }));
    (gross, line)
}

/// Zorgtoeslag, huurtoeslag (for a tenant), and for children the kindgebonden budget and
/// the kinderbijslag, on the household's toetsingsinkomen.
fn toeslagen(c: &Ctx, toetsingsinkomen: Money) -> Vec<Line> {
    let (input, s, d) = (c.input, c.s, c.input.date);
    let has_partner = input.leefvorm == Leefvorm::Gehuwden;
    let vermogen = input.vermogen;
    let mut lines = vec![zorgtoeslag(
        s,
        d,
        ZorgtoeslagInput {
            toetsingsinkomen,
            has_partner,
            vermogen,
        },
    )];
    if input.rent > Money::ZERO {
        let h = HuurtoeslagInput {
            kale_huur: input.rent,
            toetsingsinkomen,
            household_size: c.adults() + input.children.len() as u32,
            all_under_21: input.age < 21 && input.partner_age.is_none_or(|a| a < 21) && input.children.is_empty(),
            has_partner,
            vermogen,
        };
        lines.push(huurtoeslag(s, d, h).unwrap_or_else(|e| {
            Line::new(
                keys::HUURTOESLAG_MONTHLY,
                txt::HUURTOESLAG_LABEL,
                Money::ZERO,
                e.message,
            )
        }));
    }
    if !input.children.is_empty() {
        let k = KgbInput {
            toetsingsinkomen,
            has_partner,
            child_ages: &input.children,
            vermogen,
        };
        lines.push(kindgebonden_budget(s, d, k));
        lines.push(kinderbijslag(s, d, &input.children));
    }
    lines
}

/// The gemeente's regelingen the household has in this column, by their income limits.
fn minimaregelingen(c: &Ctx, column: Column, net_income: Money, norm_excl_vt: Money) -> Vec<Line> {
    let (input, s) = (c.input, c.s);
    let m = MinimaInput {
        gemeente: input.gemeente,
        rules: c.rules,
        leefvorm: input.leefvorm,
        norm_excl_vt,
        net_income,
        now: column == Column::Nu,
    };
    let mut lines = Vec::new();
    if input.gets_iit {
        lines.push(minima::inkomenstoeslag_behouden(s, &m));
    }
    lines.extend(minima::collectieve_zorgverzekering(s, &m));
    lines.extend(minima::participatiefonds(s, &m));
    if input.kwijtschelding_year > Money::ZERO {
        lines.push(minima::kwijtschelding(s, input.date, &m, input.kwijtschelding_year));
    }
    lines
}

/// What the job costs the household: travel and childcare, as the user gave them.
fn job_costs(input: &ArmoedevalInput) -> Vec<Line> {
    let mut lines = Vec::new();
    let travel = input.travel_costs;
    if travel > Money::ZERO {
        let how = how!(txt::your_input_month { amount: travel });
        lines.push(Line::new(keys::COST_TRAVEL, txt::TRAVEL_LABEL, -travel, how));
    }
    let childcare = input.childcare_costs;
    if childcare > Money::ZERO {
        let how = how!(txt::childcare_how { amount: childcare });
        lines.push(Line::new(keys::COST_CHILDCARE, txt::CHILDCARE_LABEL, -childcare, how));
    }
    lines
}

/// The sum of the lines, with each one named in the explanation.
fn total_line(lines: &[Line]) -> Line {
    let sum: Money = lines.iter().map(|l| l.amount).sum();
    let how = if crate::rules::explain::explaining() {
        Text::join(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let (amount, label) = (l.amount, l.label.clone());
                    if i == 0 {
                        Text::from(txt::total_first { amount, label })
                    } else {
                        Text::from(txt::total_next { amount, label })
                    }
                })
                .collect::<Vec<_>>(),
        )
    } else {
        Text::Empty
    };
    Line::new(keys::TOTAL, txt::TOTAL_LABEL, sum, how)
}

pub fn calculate(input: &ArmoedevalInput) -> ArmoedevalResult {
    // Validation accepted only dates inside the known rules.
    calculate_with(input, parameters_or_last(input.date).0)
}

/// [`calculate`] with the national parameters given: the tests vary a copy of the data to
/// show that the columns and totals follow the rule's months.
#[doc(hidden)]
pub fn calculate_with(input: &ArmoedevalInput, s: &Snapshot) -> ArmoedevalResult {
    let c = Ctx::new(input, s);
    let mut situations = vec![situation(&c, Column::Nu, Decimal::ZERO)];
    situations.extend(
        c.phases()
            .into_iter()
            .map(|p| situation(&c, Column::Baan(p), input.hours)),
    );
    let now = situations.first().map(|s| s.total.amount).unwrap_or_default();
    for sit in situations.iter_mut().skip(1) {
        sit.difference = Some(difference(now, sit));
    }
    let difference_year = first_year(&situations);
    // The same situations at every whole hour give the curve and tell where each regeling
    // stops; only the amounts are needed, so the rules run without writing explanations.
    let at_hours = crate::rules::explain::quietly(|| hours_curve(&c));
    let curve = at_hours
        .iter()
        .zip(0u32..)
        .map(|(sit, h)| sit.point(h))
        .collect::<Vec<_>>();
    let keep_of_100 = keep_of_100(c.s, input.hours, &curve);
    let lost = situations
        .first()
        .map(|now| advice::lost_regelingen(now, &at_hours))
        .unwrap_or_default();
    ArmoedevalResult {
        gemeente: input.gemeente.name,
        date: input.date,
        hours: input.hours,
        steps: advice::steps(input, &situations),
        assumptions: advice::assumptions(),
        situations,
        difference_year,
        curve,
        keep_of_100,
        lost,
    }
}

/// Net household income at every whole hour from 0 to 40 a week, once the vrijlating has
/// ended.
fn hours_curve(c: &Ctx) -> Vec<Situation> {
    let lasting = c.last_phase();
    (0..=40u32)
        .map(|h| {
            let column = if h == 0 { Column::Nu } else { lasting };
            situation(c, column, Decimal::from(h))
        })
        .collect()
}

impl Situation {
    fn point(&self, hours: u32) -> CurvePoint {
        CurvePoint {
            hours,
            gross_wage: self.gross_wage,
            net_household: self.total.amount,
        }
    }
}

/// With the job minus now, per month, in one column.
fn difference(now: Money, sit: &Situation) -> Line {
    let (with_job, difference) = (sit.total.amount, sit.total.amount - now);
    let how = how!(txt::difference_how {
        difference,
        now,
        with_job,
    });
    Line::new(keys::DIFFERENCE, txt::DIFFERENCE_LABEL, difference, how)
}

/// The first 12 months of work: each phase's difference times its months in that year.
fn first_year(situations: &[Situation]) -> Line {
    let mut year = Money::ZERO;
    let mut parts = Vec::new();
    for sit in situations {
        let (Some(p), Some(d)) = (sit.phase, &sit.difference) else {
            continue;
        };
        let last = p.to_month.unwrap_or(u32::MAX).min(12);
        let months = last.saturating_sub(p.from_month.saturating_sub(1));
        if p.from_month > 12 || months == 0 {
            continue;
        }
        year += d.amount * Decimal::from(months);
        let amount = d.amount;
        parts.push(if parts.is_empty() {
            Text::from(txt::difference_year_first { amount, months })
        } else {
            Text::from(txt::difference_year_next { amount, months })
        });
    }
    let how = how!(txt::difference_year_how {
        parts: Text::join(parts),
        year,
    });
    Line::new(keys::DIFFERENCE_YEAR, txt::DIFFERENCE_YEAR_LABEL, year, how)
}

/// Of each extra € 100 gross (with vakantiegeld, as the net has it): one hour more, or one
/// less at the top, at the chosen wage.
fn keep_of_100(s: &Snapshot, hours: Decimal, curve: &[CurvePoint]) -> Line {
    let h = hours.trunc().mantissa().clamp(0, 40) as usize;
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
    let hundred = Euros(Money::euros(100));
    Line::new(
        keys::MARGINAL_KEEP_OF_100,
        txt::keep_of_100_label { hundred },
        kept,
        how!(txt::keep_of_100_how {
            from: lo,
            gross: dg.round_cents(),
            hundred,
            kept,
            net: dn,
            to: hi,
        }),
    )
}

/// Only the curve (amounts, no explanations): net household income at 0–40 hours a week
/// once the vrijlating has ended.
pub fn curve(input: &ArmoedevalInput) -> Vec<CurvePoint> {
    let c = Ctx::new(input, parameters_or_last(input.date).0);
    let at_hours = crate::rules::explain::quietly(|| hours_curve(&c));
    at_hours.iter().zip(0u32..).map(|(sit, h)| sit.point(h)).collect()
}

/// One household situation (once the vrijlating has ended, at `hours` a week) for
/// benchmarks and tests: `explained` as shown in the table, or amounts only as the curve
/// computes it.
pub fn one_situation(input: &ArmoedevalInput, hours: u32, explained: bool) -> Situation {
    let c = Ctx::new(input, parameters_or_last(input.date).0);
    let run = || situation(&c, c.last_phase(), Decimal::from(hours));
    if explained {
        run()
    } else {
        crate::rules::explain::quietly(run)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::keys::LineKey;

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

    fn amount(sit: &Situation, key: LineKey) -> Money {
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
            amount(now, keys::BIJSTAND),
            Money::new(Decimal::new(141946, 2)),
            "norm 1 July 2026"
        );
        // Toetsingsinkomen on full bijstand is far below the drempel: maximum zorgtoeslag.
        assert_eq!(amount(now, keys::ZORGTOESLAG_MONTHLY), Money::euros(129));
        assert!(amount(now, keys::HUURTOESLAG_MONTHLY) > Money::euros(300));
    }

    #[test]
    fn bijstand_never_above_the_norm_and_vrijlating_only_first_half_year() {
        let r = run(&form());
        let norm = Money::new(Decimal::new(141946, 2));
        for s in &r.situations {
            assert!(amount(s, keys::BIJSTAND) <= norm);
        }
        // 24 hours at WML: net wage below the norm, so aanvullende bijstand; in months 1–6
        // the vrijlating (25%, max € 285) keeps more.
        assert!(amount(&r.situations[1], keys::BIJSTAND) > amount(&r.situations[2], keys::BIJSTAND));
        assert_eq!(r.curve.len(), 41);
    }

    #[test]
    fn columns_labels_and_totals_follow_the_months_in_the_data() {
        use crate::rules::params::Vrijlating;
        let input = validate(&form()).expect("valid");
        // The same data with a vrijlating of 9 months instead of 6.
        let mut s = crate::rules::parameters_at(input.date).expect("in range").clone();
        match &mut s.vrijlating {
            Vrijlating::Art31Lid2(v) => v.work_months.value = 9,
            Vrijlating::Art34a(v) => v.months.value = 9,
        }
        let r = calculate_with(&input, &s);
        let ids: Vec<String> = r.situations.iter().map(|s| s.column.id()).collect();
        assert_eq!(ids, ["nu", "maand_1_9", "vanaf_maand_10"]);
        let diff = |i: usize| r.situations[i].difference.as_ref().expect("difference").amount;
        assert_eq!(
            r.difference_year.amount,
            diff(1) * Decimal::from(9) + diff(2) * Decimal::from(3)
        );
        assert!(r.difference_year.how.contains("9 ×"), "{}", r.difference_year.how);
        assert!(r.difference_year.how.contains("+ 3 ×"), "{}", r.difference_year.how);
        // With the real data: 6 and 6.
        let real = calculate(&input);
        let ids: Vec<String> = real.situations.iter().map(|s| s.column.id()).collect();
        assert_eq!(ids, ["nu", "maand_1_6", "vanaf_maand_7"]);
        assert!(real.difference_year.how.contains("6 ×"), "{}", real.difference_year.how);
    }

    #[test]
    fn a_single_parent_has_a_column_for_each_phase_and_the_young_one_column() {
        let mut f = form();
        f.leefvorm = "alleenstaande_ouder".into();
        f.children = "4".into();
        let ids: Vec<String> = run(&f).situations.iter().map(|s| s.column.id()).collect();
        assert_eq!(ids, ["nu", "maand_1_6", "maand_7_36", "vanaf_maand_37"]);
        // Under 27 no vrijlating applies (art. 31 lid 5): one column with the job.
        f.age = "24".into();
        let r = run(&f);
        let ids: Vec<String> = r.situations.iter().map(|s| s.column.id()).collect();
        assert_eq!(ids, ["nu", "vanaf_maand_1"]);
        let diff = r.situations[1].difference.as_ref().expect("difference").amount;
        assert_eq!(r.difference_year.amount, diff * Decimal::from(12));
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
            amount(&run(f).situations[0], keys::HUURTOESLAG_MONTHLY)
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
                .find(|l| l.key == keys::BIJSTAND)
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
