//! The report's form: the gemeente, the rule date, and a rent per household type (empty:
//! the huurtoeslag's aftoppingsgrens for the household's size, a rent many social tenants
//! pay, so the example rests on a published number).

use rust_decimal::Decimal;

use super::scenario::Overrides;
use crate::i18n::msg::minima_effect as txt;
use crate::i18n::{Euros, Msg};
use crate::keep;
use crate::rules::bijstandsnorm::Leefvorm;
use crate::rules::money::{Money, Rate};
use crate::rules::params::{Huurtoeslag, Snapshot};
use crate::rules::{parameters_at, Date, FieldError, Gemeente};
use crate::tools::armoedeval::ArmoedevalInput;
use crate::tools::input::{gemeente_field, optional_number_in, rule_date_field, FormFields, Slot};

/// A standard household of the report.
#[derive(Clone, Copy, Debug)]
pub struct HouseholdType {
    /// "alleenstaande_ouder_2_jong": the table, the share link and the JS API use it.
    pub id: &'static str,
    pub label: Msg,
    pub leefvorm: Leefvorm,
    pub children: &'static [u8],
}

/// The household types of a minima-effectrapportage: adults of 35 (21 to the AOW age),
/// young children of 6 and 8, teenagers of 14 and 16.
pub const HOUSEHOLDS: [HouseholdType; 7] = [
    HouseholdType {
        id: "alleenstaande",
        label: txt::HH_ALLEENSTAANDE,
        leefvorm: Leefvorm::Alleenstaande,
        children: &[],
    },
    HouseholdType {
        id: "alleenstaande_ouder_1_jong",
        label: txt::HH_AO_1_JONG,
        leefvorm: Leefvorm::AlleenstaandeOuder,
        children: &[6],
    },
    HouseholdType {
        id: "alleenstaande_ouder_2_jong",
        label: txt::HH_AO_2_JONG,
        leefvorm: Leefvorm::AlleenstaandeOuder,
        children: &[6, 8],
    },
    HouseholdType {
        id: "alleenstaande_ouder_2_tieners",
        label: txt::HH_AO_2_TIENERS,
        leefvorm: Leefvorm::AlleenstaandeOuder,
        children: &[14, 16],
    },
    HouseholdType {
        id: "paar",
        label: txt::HH_PAAR,
        leefvorm: Leefvorm::Gehuwden,
        children: &[],
    },
    HouseholdType {
        id: "paar_2_jong",
        label: txt::HH_PAAR_2_JONG,
        leefvorm: Leefvorm::Gehuwden,
        children: &[6, 8],
    },
    HouseholdType {
        id: "paar_2_tieners",
        label: txt::HH_PAAR_2_TIENERS,
        leefvorm: Leefvorm::Gehuwden,
        children: &[14, 16],
    },
];

/// The adults' age in every household type.
const AGE: u16 = 35;

/// The form as typed: `rents[i]` belongs to `HOUSEHOLDS[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MinimaEffectForm {
    pub gemeente: String,
    pub date: String,
    pub rents: [String; 7],
    /// What-if (empty: the rule in force): the income limits of the individuele
    /// inkomenstoeslag, the collectieve zorgverzekering and the participatiefonds, in
    /// percent of the bijstandsnorm.
    pub iit_limit: String,
    pub zorg_limit: String,
    pub participatie_limit: String,
}

impl FormFields for MinimaEffectForm {
    fn slots(&mut self) -> Vec<(&'static str, Slot<'_>)> {
        let mut slots = vec![
            ("gemeente", Slot::Text(&mut self.gemeente)),
            ("date", Slot::Text(&mut self.date)),
        ];
        let [r0, r1, r2, r3, r4, r5, r6] = &mut self.rents;
        slots.extend([
            ("rent_alleenstaande", Slot::Text(r0)),
            ("rent_alleenstaande_ouder_1_jong", Slot::Text(r1)),
            ("rent_alleenstaande_ouder_2_jong", Slot::Text(r2)),
            ("rent_alleenstaande_ouder_2_tieners", Slot::Text(r3)),
            ("rent_paar", Slot::Text(r4)),
            ("rent_paar_2_jong", Slot::Text(r5)),
            ("rent_paar_2_tieners", Slot::Text(r6)),
            ("iit_limit", Slot::Text(&mut self.iit_limit)),
            ("zorg_limit", Slot::Text(&mut self.zorg_limit)),
            ("participatie_limit", Slot::Text(&mut self.participatie_limit)),
        ]);
        slots
    }
}

#[derive(Clone, Debug)]
pub struct MinimaEffectInput {
    pub gemeente: &'static Gemeente,
    pub date: Date,
    /// Each household type with the resident tool's input for it.
    pub households: Vec<(HouseholdType, ArmoedevalInput)>,
    /// The what-if limits; empty: only the rules in force.
    pub overrides: Overrides,
}

pub fn validate(form: &MinimaEffectForm) -> Result<MinimaEffectInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    let g = keep!(errors, gemeente_field(&form.gemeente));
    let date = keep!(errors, rule_date_field("date", &form.date, txt::DATE_INVALID));
    let snapshot = date.and_then(|d| parameters_at(d).ok());
    let mut households = Vec::with_capacity(HOUSEHOLDS.len());
    for (t, text) in HOUSEHOLDS.iter().zip(&form.rents) {
        let field = format!("rent_{}", t.id);
        let rent = keep!(
            errors,
            optional_number_in(
                &field,
                text,
                Decimal::ZERO,
                Decimal::from(5000),
                txt::rent_range {
                    max: Euros(Money::euros(5000))
                }
            )
        );
        if let (Some(g), Some(d), Some(s), Some(rent)) = (g, date, snapshot, rent) {
            let rent = rent.map_or_else(|| default_rent(s, t), Money::new);
            households.push((*t, household(g, d, t, rent)));
        }
    }
    let overrides = overrides(form, &mut errors);
    match (g, date) {
        (Some(gemeente), Some(date)) if errors.is_empty() => Ok(MinimaEffectInput {
            gemeente,
            date,
            households,
            overrides,
        }),
        _ => Err(errors),
    }
}

/// The what-if limits: a percentage of the bijstandsnorm from 0 to 300, or empty.
fn overrides(form: &MinimaEffectForm, errors: &mut Vec<FieldError>) -> Overrides {
    let mut limit = |field: &str, text: &str| {
        let v = keep!(
            errors,
            optional_number_in(field, text, Decimal::ZERO, Decimal::from(300), txt::LIMIT_RANGE)
        );
        v.flatten().map(Rate::from_percent)
    };
    Overrides {
        iit_limit: limit("iit_limit", &form.iit_limit),
        zorg_limit: limit("zorg_limit", &form.zorg_limit),
        participatie_limit: limit("participatie_limit", &form.participatie_limit),
    }
}

/// The example rents in force on `date`, written as a form field holds them ("477.20"),
/// so the report page can show them filled in; empty when the date has no rules.
pub fn default_rent_texts(date: Date) -> [String; 7] {
    let s = parameters_at(date).ok();
    HOUSEHOLDS.map(|t| s.map(|s| default_rent(s, &t).amount().to_string()).unwrap_or_default())
}

/// The huurtoeslag's aftoppingsgrens for the household's size.
fn default_rent(s: &Snapshot, t: &HouseholdType) -> Money {
    let adults = if t.leefvorm == Leefvorm::Gehuwden { 2 } else { 1 };
    let small = adults + t.children.len() <= 2;
    let (lo, hi) = match &s.huurtoeslag {
        Huurtoeslag::KwadratischeNormhuur(h) => (&h.aftoppingsgrens_small, &h.aftoppingsgrens_large),
        Huurtoeslag::LineaireAfbouw(h) => (&h.aftoppingsgrens_small, &h.aftoppingsgrens_large),
    };
    if small {
        lo.value
    } else {
        hi.value
    }
}

/// The resident tool's household for a type: no vermogen, no work now, the minimum wage.
fn household(gemeente: &'static Gemeente, date: Date, t: &HouseholdType, rent: Money) -> ArmoedevalInput {
    let couple = t.leefvorm == Leefvorm::Gehuwden;
    ArmoedevalInput {
        gemeente,
        date,
        leefvorm: t.leefvorm,
        age: AGE,
        partner_age: couple.then_some(AGE),
        children: t.children.to_vec(),
        rent,
        vermogen: Money::ZERO,
        current_income: Money::ZERO,
        hourly_wage: None,
        hours: Decimal::from(36),
        travel_costs: Money::ZERO,
        childcare_costs: Money::ZERO,
        // A minima-effectrapportage looks at households that have lived on a low income for
        // years: those get the individuele inkomenstoeslag where the gemeente gives it.
        gets_iit: true,
        kwijtschelding_year: Money::ZERO,
        medisch_urenbeperkt: false,
        kostendelers: 0,
        kostendelers_income: Money::ZERO,
        partner_geen_recht: false,
        partner_income: Money::ZERO,
        partner_takes_job: false,
        jongeren_verhoging: false,
        months_worked: 0,
        pension: Rate::default(),
        opvang: Vec::new(),
    }
}
