//! What the law and the gemeente's verordening allow for one job: whether there is
//! loonkostensubsidie at all, on which loonwaarde, and whether the gemeente gives the
//! forfaitaire LKS while the loonwaarde is not yet determined. A pure decision; the tools
//! write their own texts from it.
//!
//! - Participatiewet art. 6 lid 1 onder e: the doelgroep loonkostensubsidie are persons "van
//!   wie is vastgesteld dat zij met voltijdse arbeid niet in staat zijn tot het verdienen van
//!   het wettelijk minimumloon". A loonwaarde of 100% means that person can: no LKS.
//! - Art. 6 lid 1 onder g: "loonwaarde: vastgesteld percentage van het wettelijk minimumloon
//!   voor de door een persoon, die tot de doelgroep loonkostensubsidie behoort, verrichte
//!   arbeid". Art. 10c: the college determines who belongs to the doelgroep.
//! - Art. 10d lid 4: the LKS "is ten hoogste 70 procent" of WML plus vakantiebijslag; below a
//!   loonwaarde of 30% the employer bears the difference (see `loonkostensubsidie`).
//! - Art. 10d lid 1 onder b and lid 5: LKS may be given "nadat het college in overleg met de
//!   werkgever heeft vastgesteld dat de vaststelling van de loonwaarde van die persoon
//!   achterwege kan blijven", at 50% "gedurende een periode van maximaal de eerste zes
//!   maanden van de dienstbetrekking". A "kan": the gemeente decides whether it does.
//! - The gemeente's verordening (art. 8a): a lowest loonwaarde for LKS (Kampen: 30%) and a
//!   shortest contract for the forfaitaire LKS (Kampen: 12 months). These are data in
//!   `params/gemeenten/`; a value that was not found is `None` and is never guessed.

use rust_decimal::Decimal;

use super::money::Rate;
use super::params::{GemeenteRules, Snapshot};

/// The loonwaarde as the employer knows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Loonwaarde {
    /// Determined by the gemeente (art. 10c).
    Known(Rate),
    /// Not yet determined; `expected` is the employer's expectation for after it is.
    NotYet { expected: Option<Rate> },
}

impl Loonwaarde {
    /// The loonwaarde to compute the LKS on: the determined one, or the expected one.
    pub fn basis(self) -> Option<Rate> {
        match self {
            Loonwaarde::Known(r) => Some(r),
            Loonwaarde::NotYet { expected } => expected,
        }
    }

    pub fn is_known(self) -> bool {
        matches!(self, Loonwaarde::Known(_))
    }
}

/// What the law and the gemeente say about LKS on the loonwaarde basis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoonwaardeDecision {
    /// No loonwaarde to judge: not determined and no expectation given.
    Unknown,
    /// 100%: the person can earn the minimum wage, so is not in the doelgroep (art. 6).
    Full,
    /// Below the lowest loonwaarde for which the gemeente gives LKS.
    BelowGemeenteMinimum { min: Rate },
    /// LKS on this loonwaarde.
    Allowed {
        /// The gemeente's lowest loonwaarde (not zero) that this one meets.
        gemeente_min: Option<Rate>,
        /// Below 100% − the maximum (70%): the subsidy stays at the maximum (art. 10d lid 4).
        capped: bool,
    },
}

/// Whether the gemeente gives the forfaitaire LKS (art. 10d lid 1 onder b, lid 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Forfaitair {
    /// The loonwaarde is determined: there is nothing to bridge.
    NotNeeded,
    /// The gemeente does not give it.
    NotOffered,
    /// The gemeente gives it only for contracts of at least `min_months`.
    ContractTooShort { min_months: u32, months: u32 },
    /// Given. `gemeente_decides`: the gemeente's choice was not found, so the law's "kan"
    /// stands (the tool computes it and says the gemeente decides).
    Offered {
        gemeente_decides: bool,
        min_contract_months: Option<u32>,
    },
}

/// The decision for one job, taken once at its start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LksBeleid {
    pub loonwaarde: Loonwaarde,
    pub decision: LoonwaardeDecision,
    pub forfaitair: Forfaitair,
}

impl LksBeleid {
    /// The loonwaarde the LKS is computed on after the forfaitair months (or from the start).
    pub fn basis(&self) -> Option<Rate> {
        self.loonwaarde.basis()
    }

    /// The law or the gemeente rules out LKS on the loonwaarde basis.
    pub fn blocked(&self) -> bool {
        matches!(
            self.decision,
            LoonwaardeDecision::Full | LoonwaardeDecision::BelowGemeenteMinimum { .. }
        )
    }

    pub fn forfaitair(&self) -> bool {
        matches!(self.forfaitair, Forfaitair::Offered { .. })
    }
}

/// Decides what `rules` (the gemeente's policy on the start date) and the law allow.
pub fn lks_beleid(
    s: &Snapshot,
    rules: &GemeenteRules,
    loonwaarde: Loonwaarde,
    contract_months: Option<u32>,
) -> LksBeleid {
    LksBeleid {
        loonwaarde,
        decision: loonwaarde_decision(s, rules, loonwaarde.basis()),
        forfaitair: forfaitair(rules, loonwaarde, contract_months),
    }
}

fn loonwaarde_decision(s: &Snapshot, rules: &GemeenteRules, basis: Option<Rate>) -> LoonwaardeDecision {
    let Some(lw) = basis else {
        return LoonwaardeDecision::Unknown;
    };
    if lw.fraction() >= Decimal::ONE {
        return LoonwaardeDecision::Full;
    }
    let min = rules.lks.min_loonwaarde.value;
    if let Some(min) = min.filter(|m| lw < *m) {
        return LoonwaardeDecision::BelowGemeenteMinimum { min };
    }
    LoonwaardeDecision::Allowed {
        gemeente_min: min.filter(|m| !m.fraction().is_zero()),
        capped: Decimal::ONE - lw.fraction() > s.loonkostensubsidie.max_pct.value.fraction(),
    }
}

fn forfaitair(rules: &GemeenteRules, loonwaarde: Loonwaarde, contract_months: Option<u32>) -> Forfaitair {
    if loonwaarde.is_known() {
        return Forfaitair::NotNeeded;
    }
    let policy = &rules.lks;
    let allowed = policy.forfaitair_allowed.value;
    if allowed == Some(false) {
        return Forfaitair::NotOffered;
    }
    let min_months = policy.forfaitair_min_contract_months.value;
    match (min_months, contract_months) {
        (Some(min), Some(months)) if months < min => Forfaitair::ContractTooShort {
            min_months: min,
            months,
        },
        _ => Forfaitair::Offered {
            gemeente_decides: allowed.is_none(),
            min_contract_months: min_months,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{gemeente, parameters_at, Date};

    fn decide(slug: &str, lw: Loonwaarde, months: Option<u32>) -> LksBeleid {
        let date = Date::new(2026, 7, 1).expect("date");
        let g = gemeente(slug).expect("gemeente");
        lks_beleid(parameters_at(date).expect("snapshot"), g.rules_at(date), lw, months)
    }

    fn pct(p: i64) -> Rate {
        Rate::from_percent(Decimal::from(p))
    }

    #[test]
    fn full_loonwaarde_is_no_lks_anywhere() {
        let b = decide("landelijk", Loonwaarde::Known(pct(100)), None);
        assert_eq!(b.decision, LoonwaardeDecision::Full);
        assert!(b.blocked());
        assert_eq!(b.forfaitair, Forfaitair::NotNeeded);
    }

    #[test]
    fn kampen_minimum_and_contract_length() {
        let below = decide("kampen", Loonwaarde::Known(pct(25)), None);
        assert_eq!(
            below.decision,
            LoonwaardeDecision::BelowGemeenteMinimum { min: pct(30) }
        );
        let ok = decide("kampen", Loonwaarde::Known(pct(60)), None);
        assert_eq!(
            ok.decision,
            LoonwaardeDecision::Allowed {
                gemeente_min: Some(pct(30)),
                capped: false
            }
        );
        let short = decide("kampen", Loonwaarde::NotYet { expected: None }, Some(6));
        assert_eq!(
            short.forfaitair,
            Forfaitair::ContractTooShort {
                min_months: 12,
                months: 6
            }
        );
        assert_eq!(short.decision, LoonwaardeDecision::Unknown);
        assert!(decide("kampen", Loonwaarde::NotYet { expected: None }, Some(12)).forfaitair());
    }

    #[test]
    fn the_law_alone_leaves_forfaitair_to_the_gemeente_and_caps_at_30() {
        let b = decide(
            "landelijk",
            Loonwaarde::NotYet {
                expected: Some(pct(20)),
            },
            None,
        );
        assert!(matches!(
            b.forfaitair,
            Forfaitair::Offered {
                gemeente_decides: true,
                ..
            }
        ));
        assert!(matches!(b.decision, LoonwaardeDecision::Allowed { capped: true, .. }));
    }
}
