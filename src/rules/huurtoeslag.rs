//! Huurtoeslag, version `lineaire_afbouw` (Wet op de huurtoeslag as in force from 1 January
//! 2026): a share of the kale huur above a fixed basishuur, in three bands, minus a
//! reduction that grows linearly with the income above the minimum-inkomensijkpunt.
//!
//! Before 2026 (version `kwadratische_normhuur`) the normhuur rose with income (quadratic
//! formula, old art. 18 and 19). That method is not implemented: for those snapshots
//! [`huurtoeslag`] refuses with `not_covered`, and callers that must refuse earlier ask
//! [`first_date_computed`] instead of naming a date.
//!
//! Rounding. Art. 21 lid 2 expresses the income reduction per month (Y × afbouwpercentage
//! / 12). We follow that literally, and every euro amount shown is rounded to cents (half
//! away from zero) with the next step using the shown amount, so each how text adds up. The
//! result is a monthly amount in cents. Consequences:
//! - the maximum for one person with a rent at or above the cap is € 523,27: the three
//!   bands rounded to cents (295,68 + 139,63 + 87,96); the unrounded sum is € 523,277
//!   (verify-2026 quotes € 523,28);
//! - the Belastingdienst proefberekening instead takes 12 × the monthly amount floored to
//!   whole euros and subtracts the reduction per year; the two differ by less than € 1 a
//!   month;
//! - the tegemoetkoming itself is a yearly amount rounded to whole euros (Awir art. 14
//!   lid 4); that is not applied to the monthly figure shown here.

use crate::how;
use crate::i18n::msg::huurtoeslag as txt;
use crate::i18n::Text;
use rust_decimal::Decimal;

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::{Money, Rate};
use super::params::{Huurtoeslag, HuurtoeslagLineaireAfbouw, Param, Snapshot, SNAPSHOTS};
use super::wetten::{AWIR, WET_OP_DE_HUURTOESLAG};
use super::zorgtoeslag::{below_uitbetaalgrens, uitbetaalgrens_sources};
use super::{Date, FieldError};

pub const WHT_ART_13: LawRef = WET_OP_DE_HUURTOESLAG.art("13").note("(maximale huurgrens)");
pub const WHT_ART_17: LawRef = WET_OP_DE_HUURTOESLAG
    .art("17")
    .note("(basishuur en minimum-inkomensijkpunt)");
pub const WHT_ART_20: LawRef = WET_OP_DE_HUURTOESLAG
    .art("20")
    .note("(kwaliteitskortingsgrens en aftoppingsgrens)");
pub const WHT_ART_21: LawRef = WET_OP_DE_HUURTOESLAG.art("21");
/// The vermogenstoets for toeslagen is in the Awir; the data files cite it for the limits.
pub const AWIR_ART_7: LawRef = AWIR.art("7").note("(vermogen)");

const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

#[derive(Clone, Copy, Debug)]
pub struct HuurtoeslagInput {
    /// Kale huur per month: the rent without servicekosten.
    pub kale_huur: Money,
    /// Yearly toetsingsinkomen of the household (tenant, toeslagpartner and medebewoners).
    pub toetsingsinkomen: Money,
    /// Number of people in the home, the tenant included.
    pub household_size: u32,
    /// Everyone in the home is under 21 (and none of the exceptions of art. 13 lid 1 onder a
    /// applies, such as a child living in the home): then the lower rent cap counts.
    pub all_under_21: bool,
    pub has_partner: bool,
    /// Vermogen (rendementsgrondslag box 3) on 1 January, together with the toeslagpartner.
    pub vermogen: Money,
}

/// Huurtoeslag per month, in cents.
///
/// Errors: `not_covered` (field `date`) for a version of the law this calculator does not
/// compute (see [`is_computed`]), and `household_size_invalid` when the household size does
/// not fit the other answers.
pub fn huurtoeslag(s: &Snapshot, date: Date, input: HuurtoeslagInput) -> Result<Line, FieldError> {
    match &s.huurtoeslag {
        Huurtoeslag::KwadratischeNormhuur(_) => Err(FieldError::new("date", "not_covered", txt::not_covered { date })),
        Huurtoeslag::LineaireAfbouw(h) => lineaire_afbouw(s, h, date, input),
    }
}

/// Whether this calculator computes the huurtoeslag under the version of the law in force
/// in `s` (else [`huurtoeslag`] refuses with `not_covered`).
pub fn is_computed(s: &Snapshot) -> bool {
    match s.huurtoeslag {
        Huurtoeslag::KwadratischeNormhuur(_) => false,
        Huurtoeslag::LineaireAfbouw(_) => true,
    }
}

/// The first day for which this calculator computes the huurtoeslag: the `valid_from` of
/// the first snapshot whose version it computes. `None` if there is none.
pub fn first_date_computed() -> Option<Date> {
    SNAPSHOTS.iter().find(|s| is_computed(s)).map(|s| s.valid_from)
}

fn lineaire_afbouw(
    s: &Snapshot,
    h: &HuurtoeslagLineaireAfbouw,
    date: Date,
    input: HuurtoeslagInput,
) -> Result<Line, FieldError> {
    check_household_size(&input)?;
    let base = Line::new(keys::HUURTOESLAG_MONTHLY, txt::LABEL, Money::ZERO, Text::Empty);
    let limit_param = if input.has_partner {
        &h.vermogen_partner
    } else {
        &h.vermogen_single
    };
    if input.vermogen > limit_param.value {
        return Ok(vermogen_too_high(base, limit_param, &input, date));
    }

    let mut steps = Text::Empty;
    let (cap_param, rekenhuur) = rekenhuur(h, &input, &mut steps);
    let basishuur_param = basishuur(h, &input, &mut steps);
    let aft_param = if input.household_size <= 2 {
        &h.aftoppingsgrens_small
    } else {
        &h.aftoppingsgrens_large
    };
    let Some(full) = bands(h, &input, rekenhuur, basishuur_param.value, aft_param.value, &mut steps) else {
        return Ok(with_sources(
            Line { how: steps, ..base },
            date,
            &[cap_param, basishuur_param],
        ));
    };
    let (min_income_param, afbouw_param) = if input.household_size == 1 {
        (&h.min_income_single, &h.afbouw_single)
    } else {
        (&h.min_income_multi, &h.afbouw_multi)
    };
    let reduction = income_reduction(&input, min_income_param, afbouw_param, &mut steps);
    let (amount, below_grens) = payable(s, full, reduction, &mut steps);
    let mut line = with_sources(
        Line {
            amount,
            how: steps,
            ..base
        },
        date,
        &[
            cap_param,
            basishuur_param,
            &h.kwaliteitskortingsgrens,
            aft_param,
            min_income_param,
            limit_param,
        ],
    )
    .param(&h.share_to_aftopping)
    .param(&h.share_above_aftopping)
    .param(afbouw_param);
    if below_grens {
        line = uitbetaalgrens_sources(line, s, date);
    }
    Ok(line)
}

/// A household of at least one, and of two when there is a toeslagpartner.
fn check_household_size(input: &HuurtoeslagInput) -> Result<(), FieldError> {
    if input.household_size == 0 {
        return Err(FieldError::new(
            "household_size",
            "household_size_invalid",
            txt::HOUSEHOLD_SIZE_ZERO,
        ));
    }
    if input.has_partner && input.household_size < 2 {
        return Err(FieldError::new(
            "household_size",
            "household_size_invalid",
            txt::HOUSEHOLD_SIZE_PARTNER,
        ));
    }
    Ok(())
}

/// No huurtoeslag above the vermogensgrens (Awir art. 7).
fn vermogen_too_high(base: Line, limit_param: &Param<Money>, input: &HuurtoeslagInput, date: Date) -> Line {
    let (limit, vermogen) = (limit_param.value, input.vermogen);
    Line {
        how: how!(if input.has_partner {
            Text::from(txt::vermogen_too_high_partner { limit, vermogen })
        } else {
            Text::from(txt::vermogen_too_high { limit, vermogen })
        }),
        ..base
    }
    .param(limit_param)
    .law(AWIR_ART_7, date)
}

/// Step 1: the rent that counts, up to the maximale huurgrens (art. 13; lower when everyone
/// is under 21).
fn rekenhuur<'a>(
    h: &'a HuurtoeslagLineaireAfbouw,
    input: &HuurtoeslagInput,
    steps: &mut Text,
) -> (&'a Param<Money>, Money) {
    let huur = input.kale_huur.at_least_zero();
    let cap_param = if input.all_under_21 {
        &h.max_rent_young
    } else {
        &h.max_rent
    };
    let cap = cap_param.value;
    let rekenhuur = huur.min(cap);
    steps.push(if huur > cap {
        how!(if input.all_under_21 {
            Text::from(txt::step1_capped_young { cap, huur, rekenhuur })
        } else {
            Text::from(txt::step1_capped { cap, huur, rekenhuur })
        })
    } else {
        how!(txt::step1 { rekenhuur })
    });
    (cap_param, rekenhuur)
}

/// Step 2: the basishuur the tenant always pays (art. 17).
fn basishuur<'a>(h: &'a HuurtoeslagLineaireAfbouw, input: &HuurtoeslagInput, steps: &mut Text) -> &'a Param<Money> {
    let one_person = input.household_size == 1;
    let basishuur_param = if one_person {
        &h.basishuur_single
    } else {
        &h.basishuur_multi
    };
    let basishuur = basishuur_param.value;
    steps.push(if one_person {
        how!(txt::step2_single { basishuur })
    } else {
        how!(txt::step2_multi { basishuur })
    });
    basishuur_param
}

/// Step 3: the rent in three bands (art. 20 and 21): all of it from the basishuur to the
/// kwaliteitskortingsgrens, a share up to the aftoppingsgrens, a share above it. `None`
/// when the rent does not reach above the basishuur.
fn bands(
    h: &HuurtoeslagLineaireAfbouw,
    input: &HuurtoeslagInput,
    rekenhuur: Money,
    basishuur: Money,
    aft: Money,
    steps: &mut Text,
) -> Option<Money> {
    let kkg = h.kwaliteitskortingsgrens.value;
    let band_a = (rekenhuur.min(kkg) - basishuur).at_least_zero();
    let part_a = band_a.round_cents();
    let band_b = (rekenhuur.min(aft) - kkg).at_least_zero();
    let part_b = (band_b * h.share_to_aftopping.value).round_cents();
    let band_c = (rekenhuur - aft).at_least_zero();
    let part_c = (band_c * h.share_above_aftopping.value).round_cents();
    let full = part_a + part_b + part_c;

    if part_a.is_zero() {
        steps.push(how!(txt::STEP3_NOTHING));
        return None;
    }
    steps.push(how!(txt::step3_band_a {
        basishuur,
        kkg,
        part: part_a,
        upto: rekenhuur.min(kkg)
    }));
    if !band_b.is_zero() {
        steps.push(how!({
            let upto = if rekenhuur < aft {
                Text::from(txt::upto_rekenhuur { rekenhuur })
            } else if input.household_size <= 2 {
                Text::from(txt::upto_aftopping_small { aft })
            } else {
                Text::from(txt::upto_aftopping_large { aft })
            };
            txt::band_b {
                band: band_b,
                kkg,
                part: part_b,
                share: h.share_to_aftopping.value,
                upto,
            }
        }));
    }
    if !band_c.is_zero() {
        steps.push(how!(txt::band_c {
            aft,
            band: band_c,
            part: part_c,
            share: h.share_above_aftopping.value
        }));
    }
    let nonzero: Vec<Money> = [part_a, part_b, part_c].into_iter().filter(|p| !p.is_zero()).collect();
    steps.push(match nonzero.as_slice() {
        [a, b] => how!(txt::full_two { a: *a, b: *b, full }),
        [a, b, c] => how!(txt::full_three {
            a: *a,
            b: *b,
            c: *c,
            full
        }),
        _ => how!(txt::full_low_income { full }),
    });
    Some(full)
}

/// Step 4: the reduction per month for the income above the minimum-inkomensijkpunt
/// (art. 21 lid 2: Y × afbouwpercentage / 12).
fn income_reduction(
    input: &HuurtoeslagInput,
    min_income_param: &Param<Money>,
    afbouw_param: &Param<Rate>,
    steps: &mut Text,
) -> Money {
    let income = input.toetsingsinkomen.at_least_zero();
    let min_income = min_income_param.value;
    let above = (income - min_income).at_least_zero();
    let reduction = (above * afbouw_param.value)
        .checked_div(TWELVE)
        .unwrap_or(Money::ZERO)
        .round_cents();
    let household = input.household_size > 1;
    steps.push(match (above.is_zero(), household) {
        (true, false) => how!(txt::step4_not_above { income, min_income }),
        (true, true) => how!(txt::step4_not_above_household { income, min_income }),
        (false, false) => how!(txt::step4_above {
            above,
            income,
            min_income,
            pct: afbouw_param.value,
            reduction
        }),
        (false, true) => how!(txt::step4_above_household {
            above,
            income,
            min_income,
            pct: afbouw_param.value,
            reduction
        }),
    });
    reduction
}

/// Step 5: what is left after the reduction, and nothing below the uitbetaalgrens (Awir).
/// Returns the amount and whether the uitbetaalgrens made it nothing.
fn payable(s: &Snapshot, full: Money, reduction: Money, steps: &mut Text) -> (Money, bool) {
    let raw = full - reduction;
    let amount = raw.at_least_zero();
    if amount.is_zero() {
        steps.push(how!(txt::step5_nothing { full, raw, reduction }));
        return (amount, false);
    }
    steps.push(if reduction.is_zero() {
        how!(txt::step5 { amount })
    } else {
        how!(txt::step5_reduced {
            amount,
            full,
            reduction
        })
    });
    let yearly = amount * TWELVE;
    match below_uitbetaalgrens(s, yearly) {
        Some(not_paid) => {
            steps.push(how!(Text::join([txt::per_year { yearly }.into(), not_paid])));
            (Money::ZERO, true)
        }
        None => (amount, false),
    }
}

fn with_sources(mut line: Line, date: Date, params: &[&Param<Money>]) -> Line {
    for p in params {
        line = line.param(*p);
    }
    line.law(WHT_ART_13, date)
        .law(WHT_ART_17, date)
        .law(WHT_ART_20, date)
        .law(WHT_ART_21, date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parameters_at;
    use crate::rules::params::Status;
    use std::str::FromStr;

    fn euro(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal"))
    }

    fn input(rent: &str, income: &str, size: u32) -> HuurtoeslagInput {
        HuurtoeslagInput {
            kale_huur: euro(rent),
            toetsingsinkomen: euro(income),
            household_size: size,
            all_under_21: false,
            has_partner: false,
            vermogen: Money::ZERO,
        }
    }

    fn run_at(date: &str, i: HuurtoeslagInput) -> Result<Line, FieldError> {
        let date = Date::from_str(date).expect("date");
        let s = parameters_at(date).expect("snapshot");
        huurtoeslag(s, date, i)
    }

    fn run(i: HuurtoeslagInput) -> Money {
        run_at("2026-01-01", i).expect("2026 is covered").amount
    }

    #[test]
    fn maximum_for_one_person_is_about_523() {
        // 100% × (498,20 − 202,52) + 65% × (713,02 − 498,20) + 40% × (932,93 − 713,02)
        // = 295,68 + 139,63 + 87,96 = 523,27 (unrounded 523,277).
        assert_eq!(run(input("932.93", "20000", 1)), euro("523.27"));
        assert_eq!(run(input("1400", "20000", 1)), euro("523.27"));
        assert_eq!(
            run_at("2026-07-01", input("1400", "20000", 1)).expect("ok").amount,
            euro("523.27")
        );
    }

    #[test]
    fn maxima_for_larger_households() {
        // 297,49 + 139,63 + 87,96 = 525,08 (2 persons); 297,49 + 172,86 + 67,52 = 537,87 (3+).
        assert_eq!(run(input("932.93", "20000", 2)), euro("525.08"));
        assert_eq!(run(input("932.93", "20000", 4)), euro("537.87"));
    }

    #[test]
    fn low_rents() {
        // Only the first band: 450 − 202,52.
        assert_eq!(run(input("450", "20000", 1)), euro("247.48"));
        // Up to the aftoppingsgrens: 295,68 + 65% × (600 − 498,20) = 295,68 + 66,17.
        let mid = run_at("2026-01-01", input("600", "20000", 1)).expect("ok");
        assert_eq!(mid.amount, euro("361.85"));
        assert!(
            mid.how
                .contains("Van € 498,20 tot uw rekenhuur (€ 600,00) krijgt u 65%"),
            "{}",
            mid.how
        );
        assert_eq!(run(input("200", "20000", 1)), Money::ZERO);
    }

    #[test]
    fn income_reduction_per_month() {
        // 27% × (30.000 − 23.425) ÷ 12 = 147,94; 523,27 − 147,94 = 375,33.
        let line = run_at("2026-01-01", input("932.93", "30000", 1)).expect("ok");
        assert_eq!(line.amount, euro("375.33"));
        assert!(line.how.contains("27% × € 6.575,00 ÷ 12 = € 147,94"), "{}", line.how);
        // Multi: 22% × (40.000 − 31.500) ÷ 12 = 155,83; 537,87 − 155,83 = 382,04.
        assert_eq!(run(input("932.93", "40000", 3)), euro("382.04"));
        // Phased out: zero from about € 46.681 for one person.
        assert_eq!(run(input("932.93", "46700", 1)), Money::ZERO);
        // 46.000: 27% × 22.575 ÷ 12 = 507,94 → 15,33.
        assert_eq!(run(input("932.93", "46000", 1)), euro("15.33"));
    }

    #[test]
    fn uitbetaalgrens() {
        // 27% × 23.212 ÷ 12 = 522,27 → € 1,00 a month = € 12 a year < € 24.
        let line = run_at("2026-01-01", input("932.93", "46637", 1)).expect("ok");
        assert_eq!(line.amount, Money::ZERO);
        assert_eq!(line.status(), Status::Unverified);
    }

    #[test]
    fn young_households_have_a_lower_cap() {
        let young = HuurtoeslagInput {
            all_under_21: true,
            ..input("900", "15000", 1)
        };
        assert_eq!(run(young), euro("295.68"));
    }

    #[test]
    fn vermogen_test() {
        let rich = HuurtoeslagInput {
            vermogen: euro("38480"),
            ..input("800", "15000", 1)
        };
        assert_eq!(run(rich), Money::ZERO);
        let couple = HuurtoeslagInput {
            vermogen: euro("76958"),
            has_partner: true,
            ..input("932.93", "15000", 2)
        };
        assert_eq!(run(couple), euro("525.08"));
    }

    #[test]
    fn refusals() {
        let err = run_at("2025-07-01", input("800", "15000", 1)).unwrap_err();
        assert_eq!((err.code, err.field.as_str()), ("not_covered", "date"));
        let err = run_at("2026-01-01", input("800", "15000", 0)).unwrap_err();
        assert_eq!(err.field, "household_size");
        let partner_alone = HuurtoeslagInput {
            has_partner: true,
            ..input("800", "15000", 1)
        };
        assert_eq!(
            run_at("2026-01-01", partner_alone).unwrap_err().code,
            "household_size_invalid"
        );
    }

    #[test]
    fn the_first_date_computed_follows_the_versions_in_the_data() {
        let first = first_date_computed().expect("a snapshot with lineaire_afbouw");
        assert_eq!(first, Date::from_str("2026-01-01").expect("date"));
        for s in crate::rules::SNAPSHOTS {
            assert_eq!(is_computed(s), s.valid_from >= first, "{}", s.valid_from);
            let expected = if is_computed(s) {
                "lineaire_afbouw"
            } else {
                "kwadratische_normhuur"
            };
            assert_eq!(s.huurtoeslag.version(), expected);
            assert!(s
                .index
                .iter()
                .filter(|p| p.path.starts_with("huurtoeslag."))
                .all(|p| p.version == expected));
        }
        let before = first.previous_day();
        let err = run_at(&before.to_string(), input("800", "15000", 1)).unwrap_err();
        assert_eq!(err.code, "not_covered");
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let max = Money::new(Decimal::MAX);
        let min = Money::new(Decimal::MIN);
        for (rent, income, vermogen, size) in [
            (max, max, min, u32::MAX),
            (min, min, min, 1),
            (max, min, Money::ZERO, 2),
        ] {
            let i = HuurtoeslagInput {
                kale_huur: rent,
                toetsingsinkomen: income,
                household_size: size,
                all_under_21: false,
                has_partner: false,
                vermogen,
            };
            let line = run_at("2026-01-01", i).expect("covered");
            assert!(!line.amount.is_negative());
        }
    }

    #[test]
    fn how_text_walks_through_the_steps() {
        let line = run_at("2026-01-01", input("1000", "30000", 1)).expect("ok");
        assert_eq!(
            line.how,
            "1. Rekenhuur: uw kale huur is € 1.000,00. Huur boven € 932,93 telt niet mee, dus de rekenhuur is € 932,93. \
2. Basishuur: € 202,52 voor iemand die alleen woont. Dit deel van de huur betaalt u altijd zelf. \
3. Tot de kwaliteitskortingsgrens (€ 498,20) krijgt u 100%: € 498,20 − € 202,52 = € 295,68. \
Van € 498,20 tot de aftoppingsgrens voor 1 of 2 personen (€ 713,02) krijgt u 65%: 65% × € 214,82 = € 139,63. \
Boven de aftoppingsgrens (€ 713,02) krijgt u 40%: 40% × € 219,91 = € 87,96. \
Samen: € 295,68 + € 139,63 + € 87,96 = € 523,27 per maand bij een laag inkomen. \
4. Uw inkomen (€ 30.000,00 per jaar) is € 6.575,00 hoger dan € 23.425,00. Daarom gaat er per maand 27% × € 6.575,00 ÷ 12 = € 147,94 af. \
5. Huurtoeslag: € 523,27 − € 147,94 = € 375,33 per maand."
        );
        crate::i18n::in_language("en", || {
            assert_eq!(
                line.how,
                "1. Rekenhuur (rent used in the calculation): your rent without service costs (kale huur) is €1,000.00. Rent above €932.93 does not count, so the rekenhuur is €932.93. \
2. Basishuur (base rent): €202.52 for someone who lives alone. You always pay this part of the rent yourself. \
3. Up to the kwaliteitskortingsgrens (quality discount limit, €498.20) you get 100%: €498.20 − €202.52 = €295.68. \
From €498.20 up to the aftoppingsgrens (capping limit) for 1 or 2 people (€713.02) you get 65%: 65% × €214.82 = €139.63. \
Above the aftoppingsgrens (€713.02) you get 40%: 40% × €219.91 = €87.96. \
Together: €295.68 + €139.63 + €87.96 = €523.27 per month with a low income. \
4. Your income (€30,000.00 per year) is €6,575.00 higher than €23,425.00. So per month 27% × €6,575.00 ÷ 12 = €147.94 is taken off. \
5. Huurtoeslag: €523.27 − €147.94 = €375.33 per month."
            );
        });
    }

    #[test]
    fn household_and_uitbetaalgrens_texts() {
        let line = run_at("2026-01-01", input("450", "20000", 2)).expect("ok");
        assert!(
            line.how.contains(
                "2. Basishuur: € 200,71 voor een huishouden van meer personen. Dit deel van de huur betaalt u altijd zelf."
            ),
            "{}",
            line.how
        );
        assert!(
            line.how.contains(
                "Huurtoeslag bij een laag inkomen: € 249,29 per maand. 4. Het inkomen van uw huishouden (€ 20.000,00 per jaar) is niet hoger dan € 31.500,00. Er gaat dus niets af. 5. Huurtoeslag: € 249,29 per maand."
            ),
            "{}",
            line.how
        );
        let line = run_at("2026-01-01", input("932.93", "46637", 1)).expect("ok");
        assert!(
            line.how.render().ends_with(
                "5. Huurtoeslag: € 523,27 − € 522,27 = € 1,00 per maand. Per jaar: € 12,00. Dat is minder dan € 24 per jaar. Een toeslag onder dat bedrag wordt niet uitbetaald."
            ),
            "{}",
            line.how
        );
        crate::i18n::in_language("en", || {
            assert!(
                line.how.render().ends_with(
                    "Per year: €12.00. That is less than €24 per year. A benefit below that amount is not paid out."
                ),
                "{}",
                line.how
            );
            let err = run_at("2025-07-01", input("800", "15000", 1)).unwrap_err();
            assert_eq!(
                err.message,
                "This calculator works out huurtoeslag with the rules from 2026. For 1 July 2025, older rules apply. Choose a date in 2026, or use the trial calculation (proefberekening) of the Dienst Toeslagen."
            );
        });
        let err = run_at("2025-07-01", input("800", "15000", 1)).unwrap_err();
        assert_eq!(
            err.message,
            "Deze rekenhulp rekent de huurtoeslag uit met de regels vanaf 2026. Voor 1 juli 2025 gelden oudere regels. Kies een datum in 2026, of gebruik de proefberekening van de Dienst Toeslagen."
        );
    }
}
