//! "Gaat werken lonen?": the household's net monthly income on bijstand now, and with a job
//! offer in the first 6 months and after, with every component explained; plus the curve
//! of net household income against hours worked (the armoedeval made visible).
//!
//! This file only composes the rules of the other modules (bijstandsnorm,
//! inkomstenvrijlating, inkomstenbelasting, the toeslagen, and the gemeente's regelingen as
//! data). Its own assumptions are stated in `assumptions` and shown to the user.

use crate::how;
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

fn money_or_zero(field: &str, text: &str, max: i64, message: &'static str) -> Result<Money, FieldError> {
    optional_number_in(field, text, Decimal::ZERO, Decimal::from(max), message)
        .map(|v| Money::new(v.unwrap_or_default()))
}

pub fn validate(form: &ArmoedevalForm) -> Result<ArmoedevalInput, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();
    let g = keep!(errors, gemeente_field(&form.gemeente));
    let date = keep!(
        errors,
        rule_date_field(
            "start_date",
            &form.start_date,
            "Vul een geldige startdatum van de baan in, bijvoorbeeld 1-12-2026."
        )
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
            "Kies alleen, alleenstaande ouder of getrouwd/samenwonend."
        ))
    );
    let age_msg = format!(
        "Vul uw leeftijd in: van 18 tot {aow} jaar. Deze rekenhulp rekent niet voor mensen vanaf de AOW-leeftijd."
    );
    let age = keep!(
        errors,
        whole_in("age", &form.age, 18, aow.saturating_sub(1), age_msg.clone())
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
                format!("Vul de leeftijd van uw partner in: van 18 tot {aow} jaar.")
            )
        )
        .map(|a| Some(a as u16)),
        _ => Some(None),
    };
    let children = keep!(errors, parse_children(&form.children));
    if let (Some(Leefvorm::AlleenstaandeOuder), Some(c)) = (leefvorm, &children) {
        if c.is_empty() {
            errors.push(FieldError::new(
                "children",
                "children_missing",
                "Vul de leeftijd van uw kinderen in. Een alleenstaande ouder heeft een kind thuis.",
            ));
        }
    }
    let rent = keep!(
        errors,
        money_or_zero(
            "rent",
            &form.rent,
            5000,
            "Vul de kale huur per maand in euro's in (tot € 5.000), of laat het leeg als u geen huur betaalt."
        )
    );
    let vermogen = keep!(
        errors,
        number_in(
            "vermogen",
            &form.vermogen,
            Decimal::from(-10_000_000),
            Decimal::from(10_000_000),
            "Vul uw spaargeld en bezit min schulden in euro's in. Geen vermogen? Vul 0 in."
        )
    )
    .map(Money::new);
    let current = keep!(
        errors,
        money_or_zero(
            "current_income",
            &form.current_income,
            10_000,
            "Vul uw netto-inkomen uit werk per maand in, of laat het leeg."
        )
    );
    let hours = keep!(
        errors,
        number_in(
            "hours",
            &form.hours,
            Decimal::ONE,
            Decimal::from(60),
            "Vul het aantal uren per week van de baan in: van 1 tot en met 60."
        )
    );
    let wage = keep!(
        errors,
        optional_number_in(
            "hourly_wage",
            &form.hourly_wage,
            Decimal::ZERO,
            Decimal::from(200),
            "Vul het brutoloon per uur in (tot € 200), of laat het leeg voor het minimumloon."
        )
    );
    if let (Some(Some(w)), Some(d), Some(a)) = (wage, date, age) {
        if let Some(min) = parameters_at(d).ok().and_then(|s| hourly_for_age(s, a).ok()) {
            if Money::new(w) < min.amount {
                errors.push(FieldError::new(
                    "hourly_wage",
                    "below_minimum_wage",
                    format!(
                        "Dit is minder dan het minimumloon. Voor {a} jaar is dat {} per uur.",
                        min.amount.dutch()
                    ),
                ));
            }
        }
    }
    let travel = keep!(
        errors,
        money_or_zero(
            "travel_costs",
            &form.travel_costs,
            2000,
            "Vul de reiskosten per maand in die u zelf betaalt (tot € 2.000), of laat het leeg."
        )
    );
    let childcare = keep!(
        errors,
        money_or_zero(
            "childcare_costs",
            &form.childcare_costs,
            5000,
            "Vul uw eigen kosten voor kinderopvang per maand in (tot € 5.000), of laat het leeg."
        )
    );
    let kwijt = keep!(
        errors,
        money_or_zero(
            "kwijtschelding_year",
            &form.kwijtschelding_year,
            10_000,
            "Vul het bedrag per jaar in, of laat het leeg."
        )
    );
    // Before 2026 the huurtoeslag used an income-dependent normhuur that this tool does not
    // compute; a total without it would be wrong, so such a date is refused for tenants.
    if let (Some(d), Some(r)) = (date, rent) {
        if r > Money::ZERO && parameters_at(d).is_ok_and(|s| s.huurtoeslag.income_dependent_normhuur.value) {
            errors.push(FieldError::new(
                "start_date",
                "not_covered",
                "Voor deze datum kan deze rekenhulp de huurtoeslag niet berekenen (de regels van vóór 2026). Kies een startdatum vanaf 1 januari 2026.",
            ));
        }
    }
    // Households the rules here do not cover are named, not computed wrong.
    if form.kostendeler {
        errors.push(FieldError::new(
            "kostendeler",
            "not_covered",
            "Woont er iemand van 27 jaar of ouder bij u die niet uw partner is? Dan geldt de kostendelersnorm. Die rekent deze rekenhulp nog niet. Vraag uw gemeente om een berekening.",
        ));
    }
    if form.student {
        errors.push(FieldError::new(
            "student",
            "not_covered",
            "Voor studenten met studiefinanciering gelden andere regels. Die rekent deze rekenhulp niet. Vraag uw gemeente of DUO om advies.",
        ));
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
            Ok(_) => {
                return Err(FieldError::new(
                    "children",
                    "child_too_old",
                    "Vul alleen kinderen tot 18 jaar in. Oudere kinderen tellen anders mee; vraag uw gemeente.",
                ))
            }
            Err(_) => {
                return Err(FieldError::new(
                    "children",
                    "not_a_number",
                    "Vul de leeftijden in als getallen met komma's, bijvoorbeeld: 4, 13.",
                ))
            }
        }
        if out.len() > 12 {
            return Err(FieldError::new(
                "children",
                "too_many",
                "Vul ten hoogste 12 kinderen in.",
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
    pub label: String,
    /// From how many hours a week (at this wage) it stops; `None` if it goes on at 40 hours.
    pub stops_at_hours: Option<u32>,
    pub text: String,
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
    pub steps: Vec<String>,
    pub assumptions: Vec<String>,
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
            label: "Nettoloon per maand (met vakantiegeld over 12 maanden verdeeld)".into(),
            ..nw.net_monthly_spread
        };
        net_line.how = how!(
            "{} Brutoloon: {} per uur × {} uur per week = {} per maand.",
            net_line.how,
            hourly.dutch(),
            super::money::dutch_number(hours),
            gross.dutch()
        )
        .into();
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
            "Netto-inkomen uit uw werk nu",
            current,
            how!("Uw opgave: {} per maand.", current.dutch()),
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
        let how = if income.is_zero() {
            how!(
                "U krijgt de volle bijstandsnorm: {} per maand (met vakantietoeslag).",
                n.including_vt.amount.dutch()
            )
        } else if bijstand_net.is_zero() {
            how!(
                "Uw inkomen ({}{}) is hoger dan de bijstandsnorm ({}). U krijgt geen bijstand meer.",
                income.dutch(),
                if vrij_amount.is_zero() {
                    String::new()
                } else {
                    how!(", waarvan {} vrijgelaten", vrij_amount.dutch())
                },
                n.including_vt.amount.dutch()
            )
        } else {
            how!(
                "Bijstandsnorm {} min het inkomen dat meetelt: {} − {} vrijgelaten = {}. Aanvullende bijstand: {} − {} = {}.",
                n.including_vt.amount.dutch(),
                income.dutch(),
                vrij_amount.dutch(),
                counted.dutch(),
                n.including_vt.amount.dutch(),
                counted.dutch(),
                bijstand_net.dutch()
            )
        };
        let mut line = Line::new(
            "bijstand",
            if working { "Aanvullende bijstand" } else { "Bijstand" },
            bijstand_net,
            how,
        )
        .from_lines([&n.including_vt])
        .law(PW_ART_19, d);
        if let Some(v) = &vrij {
            if explain_all {
                line = line.from_lines([v]);
                line.how.push(how!("Vrijlating: {}", v.how));
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
            Err(e) => lines.push(Line::new("huurtoeslag.monthly", "Huurtoeslag", Money::ZERO, e.message)),
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
                "Reiskosten (die u zelf betaalt)",
                -input.travel_costs,
                how!("Uw opgave: {} per maand.", input.travel_costs.dutch()),
            ));
        }
        if input.childcare_costs > Money::ZERO {
            lines.push(Line::new(
                "cost.childcare",
                "Kinderopvang (uw eigen deel)",
                -input.childcare_costs,
                how!("Uw opgave: {} per maand, na kinderopvangtoeslag. De kinderopvangtoeslag zelf rekenen wij niet uit.", input.childcare_costs.dutch()),
            ));
        }
    }

    let sum: Money = lines.iter().map(|l| l.amount).sum();
    let total = Line::new(
        "total",
        "Totaal per maand voor uw huishouden",
        sum,
        if super::explain::explaining() {
            lines
                .iter()
                .map(|l| format!("{} {}", l.label, l.amount.dutch()))
                .collect::<Vec<_>>()
                .join(" + ")
                .replace("+ -", "− ")
        } else {
            String::new()
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
                    "Individuele inkomenstoeslag (per jaar, omgerekend per maand)",
                    if keeps { monthly } else { Money::ZERO },
                    if keeps {
                        how!("{} per jaar, gedeeld door 12 = {}.", a.dutch(), monthly.dutch())
                    } else {
                        how!("Met dit inkomen komt u boven de grens van {name}. Na de periode waarover de gemeente kijkt, krijgt u de toeslag ({} per jaar) niet meer.", a.dutch())
                    },
                )
                .param(p)
                .param(&rules.iit.income_limit_pct)
            }
            (None, _) => Line::new(
                "local.iit",
                "Individuele inkomenstoeslag",
                Money::ZERO,
                how!(
                    "Het bedrag van {name} kennen wij niet. Met werk boven de inkomensgrens vervalt de toeslag later."
                ),
            )
            .param(p),
        };
        lines.push(line);
    }
    if let Some(pm) = m.zorgverzekering_pm.value {
        let amount = pm * Decimal::from(adults);
        let keeps = m.zorgverzekering_limit_pct.value.is_some_and(under);
        let how = how!(
            "{} per volwassene per maand, ten hoogste: {}.",
            pm.dutch(),
            amount.dutch()
        );
        lines.push(
            income_tested(
                "local.zorgverzekering",
                "Bijdrage gemeente aan de collectieve zorgverzekering",
                keeps,
                amount,
                how,
            )
            .param(&m.zorgverzekering_pm)
            .param(&m.zorgverzekering_limit_pct),
        );
    }
    if let Some(py) = m.participatie_year_pp.value {
        let keeps = m.participatie_limit_pct.value.is_some_and(under);
        let monthly = (py * Decimal::from(adults)).per_month();
        let how = how!(
            "{} per volwassene per jaar, gedeeld door 12: {}.",
            py.dutch(),
            monthly.dutch()
        );
        lines.push(
            income_tested(
                "local.participatie",
                "Bijdrage voor meedoen (per jaar, omgerekend per maand)",
                keeps,
                monthly,
                how,
            )
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
                "Kwijtschelding gemeentelijke belastingen (per jaar, omgerekend per maand)",
                if keeps { monthly } else { Money::ZERO },
                if keeps {
                    how!("Uw opgave: {} per jaar, gedeeld door 12: {}.", input.kwijtschelding_year.dutch(), monthly.dutch())
                } else {
                    how!("Met dit inkomen is uw inkomen waarschijnlijk te hoog voor kwijtschelding: dan betaalt u {} per jaar zelf.", input.kwijtschelding_year.dutch())
                },
            )
            .param(&m.kwijtschelding_limit_pct),
        );
    }
}

/// A local regeling the household keeps while its income is under the gemeente's limit.
fn income_tested(key: &'static str, label: &'static str, keeps: bool, amount: Money, how_kept: String) -> Line {
    if keeps {
        Line::new(key, label, amount, how_kept)
    } else {
        Line::new(
            key,
            label,
            Money::ZERO,
            "Uw inkomen is boven de grens van de gemeente: geen bijdrage.",
        )
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
                    "Verschil per maand, eerste 6 maanden"
                } else {
                    "Verschil per maand, vanaf maand 7"
                },
                diff,
                how!("{} − {} = {}.", sit.total.amount.dutch(), now.dutch(), diff.dutch()),
            )
        })
        .collect();
    let first = difference.first().map(|l| l.amount).unwrap_or_default();
    let after = difference.get(1).map(|l| l.amount).unwrap_or_default();
    let year = first * Decimal::from(6) + after * Decimal::from(6);
    let difference_year = Line::new(
        "difference.year",
        "Verschil in het eerste jaar",
        year,
        how!("6 × {} + 6 × {} = {}.", first.dutch(), after.dutch(), year.dutch()),
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
    let keep_of_100 = Line::new(
        "marginal.keep_of_100",
        "Van elke € 100 die u bruto meer verdient, houdt u over",
        kept,
        how!(
            "Eén uur per week meer (van {lo} naar {hi} uur): bruto {} meer per maand (met vakantiegeld), uw huishouden heeft {} meer. Van elke € 100 extra houdt u {} over; de rest gaat naar belasting en lagere toeslagen en regelingen.",
            dg.round_cents().dutch(),
            dn.dutch(),
            kept.dutch()
        ),
    );

    let lost = lost_regelingen(&situations[0], &at_hours);
    let steps = steps(input, &situations);
    let assumptions = vec![
        "Toeslagen zijn jaarbedragen. Wij rekenen alsof de situatie het hele jaar zo is; het toetsingsinkomen staat bij elke kolom.".to_string(),
        "De bijstand is een netto bedrag. Voor de toeslagen rekenen wij die om naar bruto met het tarief van de eerste schijf en één algemene heffingskorting per persoon.".into(),
        "Uw partner heeft geen eigen inkomen. Kinderen van 18 jaar of ouder rekenen wij niet mee.".into(),
        "De vrijlating van inkomsten geldt alleen als de gemeente vindt dat die helpt om aan het werk te komen. Wij nemen aan dat dit zo is.".into(),
        "Voor de inkomensgrenzen van gemeentelijke regelingen tellen wij het vrijgelaten deel van uw loon mee als inkomen. Of uw gemeente dat ook doet, staat in haar regels.".into(),
        "Het vakantiegeld en de vakantietoeslag zijn over 12 maanden verdeeld, zodat de maanden te vergelijken zijn.".into(),
        "Kinderopvangtoeslag en de kosten van de zorgverzekering rekenen wij niet uit.".into(),
    ];
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
            Some((h, gross)) => how!(
                "Stopt bij ongeveer {h} uur per week ({} bruto per maand). Nu: {} per maand.",
                gross.dutch(),
                line_now.amount.dutch()
            ),
            None => how!(
                "Gaat door, ook bij 40 uur per week (wel vaak lager). Nu: {} per maand.",
                line_now.amount.dutch()
            ),
        };
        out.push(Lost {
            label: line_now.label.to_string(),
            stops_at_hours: stops.map(|(h, _)| h),
            text,
        });
    }
    out
}

fn steps(input: &ArmoedevalInput, situations: &[Situation]) -> Vec<String> {
    let name = input.gemeente.name;
    let mut out = vec![
        how!("Geef uw nieuwe baan en uw loon door aan de gemeente {name} voordat u begint. Dat moet (inlichtingenplicht)."),
        "Geef uw nieuwe inkomen door aan Dienst Toeslagen (Mijn toeslagen). Dan krijgt u niet te veel toeslag, en hoeft u later niets terug te betalen.".into(),
    ];
    let after = situations.get(2);
    if after.is_some_and(|s| s.lines.iter().any(|l| l.key == "bijstand" && l.amount > Money::ZERO)) {
        out.push(
            "U houdt aanvullende bijstand. De gemeente verrekent uw loon elke maand; stuur uw loonstroken op tijd."
                .into(),
        );
    }
    if input.gets_iit {
        out.push("Kreeg u de individuele inkomenstoeslag? Met een hoger inkomen krijgt u die later misschien niet meer. Vraag het de gemeente.".into());
    }
    if input.childcare_costs > Money::ZERO || input.children.iter().any(|a| *a < 12) {
        out.push("Gaat uw kind naar de kinderopvang? Vraag kinderopvangtoeslag aan bij Dienst Toeslagen.".into());
    }
    out.push("Twijfelt u? Vraag uw klantmanager om samen te rekenen. Dit is een schatting.".into());
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
