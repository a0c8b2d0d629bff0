//! Loonkostensubsidie, Participatiewet art. 10d (text in force since 1 January 2024).
//!
//! Lid 4: LKS = (WML + vakantiebijslag) − (loonwaarde + vakantiebijslag over the
//! loonwaarde), at most 70% of (WML + vakantiebijslag), plus a vergoeding for
//! werkgeverslasten set by ministeriële regeling (23,5%), scaled to the agreed hours against
//! 36 hours a week, with the hours capped at the sector's full-time week.
//! Lid 5: without a loonwaarde (forfaitair): 50% of (WML + vakantiebijslag) plus
//! werkgeverslasten, for at most the first 6 months.
//! Loonwaarde is a percentage of the WML (art. 6 lid 1 sub g), so a CAO wage above the WML
//! does not raise the LKS: the employer pays that difference.
//!
//! The hours, lid 4: "De loonkostensubsidie wordt naar evenredigheid verminderd of
//! vermeerderd, indien de overeengekomen arbeidsduur korter of langer is dan 36 uren per
//! week. De overeengekomen arbeidsduur, bedoeld in de vorige zin, is maximaal de arbeidsduur
//! welke in overeenkomstige dienstbetrekkingen in de regel geacht wordt een volledige
//! dienstbetrekking te vormen." So the basis is always 36 hours (the WML per month is for 36
//! hours, Wml art. 8), and the sector's full-time week only caps the contract hours that
//! count: 40 contract hours in a 38-hour sector count as 38, never as 40; 32 hours count as 32
//! in any sector.
//!
//! Rounding: the law prescribes none. Every step is rounded to cents (half away from zero)
//! and the next step is computed from that rounded amount, so each explanation can be checked
//! by hand with the numbers it shows, and the total is exactly the sum of its two shown parts.

use rust_decimal::Decimal;

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::minimumloon::MIN_AGE;
use super::money::Rate;
use super::params::Snapshot;
use super::wetten::PARTICIPATIEWET;
use super::{Date, FieldError};
use crate::how;
use crate::i18n::msg::loonkostensubsidie as txt;
use crate::i18n::Text;

pub const PW_ART_10D_LID_4: LawRef = PARTICIPATIEWET.art("10d").lid("4");
pub const PW_ART_10D_LID_5: LawRef = PARTICIPATIEWET.art("10d").lid("5");
pub const PW_ART_2: LawRef = PARTICIPATIEWET.art("2").note("(minimumloon per maand)");

/// What the subsidy is based on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// A loonwaarde determined by the gemeente, as a share of the WML.
    Loonwaarde(Rate),
    /// Loonwaarde not (yet) determined: the forfaitaire 50% of lid 5.
    Forfaitair,
}

#[derive(Clone, Copy, Debug)]
pub struct LksInput {
    pub basis: Basis,
    pub contract_hours: Decimal,
    pub fulltime_hours: Decimal,
    /// The employee's age: under 21 the WML for that age applies (art. 2).
    pub age: u16,
}

/// One month of LKS, each step explained.
#[derive(Clone, Debug)]
pub struct LksMonth {
    pub wml: Line,
    pub wml_plus_vb: Line,
    pub wage_part: Line,
    pub werkgeverslasten: Line,
    pub total: Line,
}

/// The WML per month (36 hours) for `age`, with the amount unrounded for further use.
pub fn wml_month_for_age(s: &Snapshot, date: Date, age: u16) -> Result<(Decimal, Line), FieldError> {
    let full = s.wml.monthly.value;
    if age >= 21 {
        let line = Line::new(keys::LKS_WML, txt::WML_LABEL, full, how!(txt::wml { amount: full }))
            .param(&s.wml.monthly)
            .law(PW_ART_2, date);
        return Ok((full.amount(), line));
    }
    let Some(row) = s.wml.youth.value.iter().find(|r| u16::from(r.age) == age) else {
        return Err(FieldError::new(
            "age",
            "age_below_wml",
            txt::too_young { min_age: MIN_AGE },
        ));
    };
    let amount = full * row.pct;
    let line = Line::new(
        keys::LKS_WML,
        how!(txt::youth_wml_label { age }),
        amount.round_cents(),
        how!(txt::youth_wml {
            amount: amount.round_cents(),
            full,
            pct: row.pct
        }),
    )
    .param(&s.wml.monthly)
    .param(&s.wml.youth)
    .law(PW_ART_2, date);
    Ok((amount.amount(), line))
}

/// LKS for one month at the amounts of `s`, each step rounded to cents and computed from
/// the step before as shown (see the module documentation).
pub fn lks_month(s: &Snapshot, date: Date, input: LksInput) -> Result<LksMonth, FieldError> {
    let p = &s.loonkostensubsidie;
    let (_, wml_line) = wml_month_for_age(s, date, input.age)?;
    let wml = wml_line.amount;
    let vb = s.wml.vakantiebijslag.value;
    let base = (wml + wml * vb).round_cents();
    let wml_plus_vb = Line::new(
        keys::LKS_WML_PLUS_VB,
        txt::WML_PLUS_VB_LABEL,
        base,
        how!(txt::wml_plus_vb { amount: base, vb, wml }),
    )
    .param(&s.wml.vakantiebijslag)
    .from_lines([&wml_line]);

    let (share, share_how, law) = share(s, input.basis);
    let basis_hours = Decimal::from(p.hours_basis.value);
    let hours = input.contract_hours.min(input.fulltime_hours);
    let hours_how = hours_how(input, hours);
    // basis_hours comes from data and is 36; a zero would be refused by nothing else, so
    // guard the division instead of trusting it.
    let factor = if basis_hours.is_zero() {
        Decimal::ZERO
    } else {
        hours / basis_hours
    };
    let wage_part = (base * share * factor).round_cents();
    let wgl = (wage_part * p.werkgeverslasten_pct.value).round_cents();
    let total = wage_part + wgl;

    let wage_part_line = Line::new(
        keys::LKS_WAGE_PART,
        txt::WAGE_PART_LABEL,
        wage_part,
        how!(txt::wage_part {
            amount: wage_part,
            base,
            basis: p.hours_basis.value,
            hours: hours_how,
            share: Rate::from_fraction(share),
            share_how
        }),
    )
    .from_lines([&wml_plus_vb])
    .param(match input.basis {
        Basis::Loonwaarde(_) => &p.max_pct,
        Basis::Forfaitair => &p.forfaitair_pct,
    })
    .param(&p.hours_basis)
    .law(law, date);
    let wgl_line = Line::new(
        keys::LKS_WERKGEVERSLASTEN,
        txt::WERKGEVERSLASTEN_LABEL,
        wgl,
        how!(txt::werkgeverslasten {
            amount: wgl,
            pct: p.werkgeverslasten_pct.value,
            wage_part
        }),
    )
    .param(&p.werkgeverslasten_pct)
    .law(law, date);
    let total_line = Line::new(
        keys::LKS_TOTAL,
        txt::TOTAL_LABEL,
        total,
        how!(txt::total {
            amount: total,
            wage_part,
            werkgeverslasten: wgl
        }),
    )
    .from_lines([&wage_part_line, &wgl_line]);
    Ok(LksMonth {
        wml: wml_line,
        wml_plus_vb,
        wage_part: wage_part_line,
        werkgeverslasten: wgl_line,
        total: total_line,
    })
}

/// Which hours count, in words: the contract's, at most the sector's full-time week.
fn hours_how(input: LksInput, hours: Decimal) -> Text {
    if input.contract_hours > input.fulltime_hours {
        how!(txt::hours_capped {
            contract: input.contract_hours,
            fulltime: input.fulltime_hours,
            hours
        })
    } else {
        how!(txt::hours {
            fulltime: input.fulltime_hours,
            hours
        })
    }
}

/// The share of WML plus vakantiebijslag the subsidy pays, with its explanation and article.
fn share(s: &Snapshot, basis: Basis) -> (Decimal, Text, LawRef) {
    let p = &s.loonkostensubsidie;
    match basis {
        Basis::Loonwaarde(lw) => {
            let gap = Decimal::ONE - lw.fraction();
            let capped = gap > p.max_pct.value.fraction();
            let share = if capped { p.max_pct.value.fraction() } else { gap };
            let how = if capped {
                how!(txt::share_capped {
                    gap: Rate::from_fraction(gap),
                    lw,
                    max: p.max_pct.value
                })
            } else {
                how!(txt::share {
                    gap: Rate::from_fraction(gap),
                    lw
                })
            };
            (share, how, PW_ART_10D_LID_4)
        }
        Basis::Forfaitair => (
            p.forfaitair_pct.value.fraction(),
            how!(txt::share_forfaitair {
                pct: p.forfaitair_pct.value
            }),
            PW_ART_10D_LID_5,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parameters_at;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).expect("decimal")
    }

    /// Runs one public vector (examples-public.md, 2026-01-01 amounts):
    /// basis, hours/full-time → wage part, werkgeverslasten, total per month.
    fn vector(basis: Basis, hours: &str, fulltime: &str) -> (String, String, String) {
        let date = Date::from_str("2026-01-01").expect("date");
        let s = parameters_at(date).expect("snapshot");
        let m = lks_month(
            s,
            date,
            LksInput {
                basis,
                contract_hours: dec(hours),
                fulltime_hours: dec(fulltime),
                age: 30,
            },
        )
        .expect("ok");
        (
            m.wage_part.amount.amount().to_string(),
            m.werkgeverslasten.amount.amount().to_string(),
            m.total.amount.amount().to_string(),
        )
    }

    fn lw(p: &str) -> Basis {
        Basis::Loonwaarde(Rate::from_percent(dec(p)))
    }

    fn t(a: &str, b: &str, c: &str) -> (String, String, String) {
        (a.into(), b.into(), c.into())
    }

    #[test]
    fn public_vectors() {
        assert_eq!(vector(lw("60"), "36", "36"), t("991.18", "232.93", "1224.11"), "D1");
        assert_eq!(vector(lw("60"), "32", "36"), t("881.05", "207.05", "1088.10"), "D2");
        assert_eq!(vector(lw("50"), "36", "36"), t("1238.98", "291.16", "1530.14"), "D3");
        assert_eq!(
            vector(lw("20"), "36", "36"),
            t("1734.57", "407.62", "2142.19"),
            "D5: 70% cap"
        );
        // D7 in examples-public.md adds up unrounded parts (918.08); shown parts add to 918.09.
        assert_eq!(vector(lw("70"), "36", "36"), t("743.39", "174.70", "918.09"), "D7");
        assert_eq!(vector(lw("60"), "40", "40"), t("1101.31", "258.81", "1360.12"), "D8");
        assert_eq!(
            vector(Basis::Forfaitair, "36", "36"),
            t("1238.98", "291.16", "1530.14"),
            "F1"
        );
    }

    #[test]
    fn invariants() {
        assert_eq!(
            vector(lw("10"), "36", "36"),
            vector(lw("30"), "36", "36"),
            "constant at or below 30%"
        );
        assert_eq!(
            vector(Basis::Forfaitair, "32", "38"),
            vector(lw("50"), "32", "38"),
            "forfaitair = loonwaarde 50%"
        );
        assert_eq!(
            vector(lw("60"), "45", "38"),
            vector(lw("60"), "38", "38"),
            "hours above full-time do not count"
        );
    }

    #[test]
    fn explanation_names_the_cap_and_the_numbers() {
        let date = Date::from_str("2026-01-01").expect("date");
        let s = parameters_at(date).expect("snapshot");
        let m = lks_month(
            s,
            date,
            LksInput {
                basis: lw("20"),
                contract_hours: dec("36"),
                fulltime_hours: dec("36"),
                age: 30,
            },
        )
        .expect("ok");
        assert!(
            m.wage_part
                .how
                .contains("100% min loonwaarde 20% = 80%, maar de subsidie is ten hoogste 70%"),
            "{}",
            m.wage_part.how
        );
        assert!(m.wage_part.how.contains("€ 2.477,95"), "{}", m.wage_part.how);
        assert!(m
            .wage_part
            .sources
            .iter()
            .any(|s| s.article.to_string() == "Participatiewet art. 10d lid 4"));
    }

    #[test]
    fn explanation_in_english() {
        let date = Date::from_str("2026-01-01").expect("date");
        let s = parameters_at(date).expect("snapshot");
        let m = lks_month(
            s,
            date,
            LksInput {
                basis: Basis::Forfaitair,
                contract_hours: dec("40"),
                fulltime_hours: dec("38"),
                age: 30,
            },
        )
        .expect("ok");
        assert_eq!(
            m.wage_part.how,
            "loonwaarde nog niet vastgesteld: forfaitair 50%. 50% × € 2.477,95 × 38 uur (het contract is 40 uur, maar er telt ten hoogste een volledige werkweek van 38 uur) ÷ 36 uur = € 1.307,81 (afgerond op centen)."
        );
        crate::i18n::in_language("en", || {
            assert_eq!(
                m.wage_part.how,
                "Loonwaarde not determined yet: fixed (forfaitaire) 50%. 50% × €2,477.95 × 38 hours (the contract is 40 hours, but at most a full working week of 38 hours counts) ÷ 36 hours = €1,307.81 (rounded to cents)."
            );
            assert_eq!(m.werkgeverslasten.label, "Allowance for employer charges, per month");
            assert_eq!(m.werkgeverslasten.how, "23.5% of €1,307.81 = €307.34.");
            assert_eq!(m.wml_plus_vb.how, "€2,294.40 + 8% holiday pay = €2,477.95.");
        });
    }
}
