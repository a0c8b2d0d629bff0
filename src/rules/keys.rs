//! Every line's key, once. A line is found by its key (the armoedeval table lists the same
//! key per column, the advice asks which regelingen stop), so the keys are constants of a
//! type only this module can make: a misspelt key is a compile error, not a row that is
//! silently missing. Serialised as the text, e.g. "zorgtoeslag.monthly", which the JS API
//! and the case files (tests/cases/) use.

use serde::{Serialize, Serializer};

/// The key of a [`super::Line`]; see the constants below.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LineKey(&'static str);

impl LineKey {
    /// The key as the JS API and the page (`data-key`) show it.
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl Serialize for LineKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

// The bijstand: the norm, the vrijlating and what is paid (bijstandsnorm, inkomstenvrijlating, bijstand).
pub const BIJSTAND: LineKey = LineKey("bijstand");
pub const BIJSTAND_NORM: LineKey = LineKey("bijstand.norm");
pub const BIJSTAND_NORM_EXCL_VT: LineKey = LineKey("bijstand.norm_excl_vt");
pub const BIJSTAND_VRIJLATING: LineKey = LineKey("bijstand.vrijlating");
pub const BIJSTAND_PARTNER_INKOMEN: LineKey = LineKey("bijstand.partner_inkomen");

// Toeslagen and child benefits.
pub const ZORGTOESLAG_MONTHLY: LineKey = LineKey("zorgtoeslag.monthly");
pub const HUURTOESLAG_MONTHLY: LineKey = LineKey("huurtoeslag.monthly");
pub const KGB_MONTHLY: LineKey = LineKey("kgb.monthly");
pub const KINDERBIJSLAG_MONTHLY: LineKey = LineKey("kinderbijslag.monthly");

// Kinderopvangtoeslag (kinderopvangtoeslag): the costs, the toeslag and what is left to pay.
pub const KOT_COSTS: LineKey = LineKey("kot.costs");
pub const KOT_MONTHLY: LineKey = LineKey("kot.monthly");
pub const KOT_OWN_SHARE: LineKey = LineKey("kot.own_share");

// The gemeente's own regelingen (minimaregelingen, inkomenstoeslag).
pub const LOCAL_IIT: LineKey = LineKey("local.iit");
pub const LOCAL_ZORGVERZEKERING: LineKey = LineKey("local.zorgverzekering");
pub const LOCAL_PARTICIPATIE: LineKey = LineKey("local.participatie");
pub const LOCAL_KWIJTSCHELDING: LineKey = LineKey("local.kwijtschelding");
pub const IIT_AMOUNT: LineKey = LineKey("iit.amount");

// Income tax and the net wage (inkomstenbelasting).
pub const IB_TAX_BEFORE_CREDITS: LineKey = LineKey("ib.tax_before_credits");
pub const IB_AHK: LineKey = LineKey("ib.ahk");
pub const IB_ARBEIDSKORTING: LineKey = LineKey("ib.arbeidskorting");
pub const IB_IACK: LineKey = LineKey("ib.iack");
pub const IB_TAX: LineKey = LineKey("ib.tax");
pub const NET_WAGE_GROSS_MONTHLY: LineKey = LineKey("net_wage.gross_monthly");
pub const NET_WAGE_VAKANTIEGELD_MONTHLY: LineKey = LineKey("net_wage.vakantiegeld_monthly");
pub const NET_WAGE_TAX_MONTHLY: LineKey = LineKey("net_wage.tax_monthly");
pub const NET_WAGE_NET_MONTHLY: LineKey = LineKey("net_wage.net_monthly");
pub const NET_WAGE_NET_VAKANTIEGELD_MAY: LineKey = LineKey("net_wage.net_vakantiegeld_may");
pub const NET_WAGE_NET_MONTHLY_SPREAD: LineKey = LineKey("net_wage.net_monthly_spread");

// Minimum wage (minimumloon).
pub const WML_HOURLY: LineKey = LineKey("wml.hourly");
pub const WAGE_MONTHLY: LineKey = LineKey("wage.monthly");

// Loonkostensubsidie, loonkostenvoordeel and the gemeente's hiring subsidy.
pub const LKS_WML: LineKey = LineKey("lks.wml");
pub const LKS_WML_PLUS_VB: LineKey = LineKey("lks.wml_plus_vb");
pub const LKS_WAGE_PART: LineKey = LineKey("lks.wage_part");
pub const LKS_WERKGEVERSLASTEN: LineKey = LineKey("lks.werkgeverslasten");
pub const LKS_TOTAL: LineKey = LineKey("lks.total");
pub const LKS_INDEXATION: LineKey = LineKey("lks.indexation");
pub const LKV_YEAR: LineKey = LineKey("lkv.year");
pub const LKV_MONTH: LineKey = LineKey("lkv.month");
pub const HIRING_MAX: LineKey = LineKey("hiring.max");

// The werkgever tool: a month of the job and the totals over the contract.
pub const WAGE_HOURLY: LineKey = LineKey("wage.hourly");
pub const WAGE_VAKANTIEGELD: LineKey = LineKey("wage.vakantiegeld");
pub const EMPLOYEE_WAGE: LineKey = LineKey("employee.wage");
pub const EMPLOYEE_VAKANTIEGELD: LineKey = LineKey("employee.vakantiegeld");
pub const COST_GROSS: LineKey = LineKey("cost.gross");
pub const COST_CHARGES: LineKey = LineKey("cost.charges");
pub const COST_AFTER_LKS: LineKey = LineKey("cost.after_lks");
pub const COST_NET: LineKey = LineKey("cost.net");
pub const TOTAL_GROSS: LineKey = LineKey("total.gross");
pub const TOTAL_LKS: LineKey = LineKey("total.lks");
pub const TOTAL_LKV: LineKey = LineKey("total.lkv");
pub const TOTAL_NET: LineKey = LineKey("total.net");

// The armoedeval tool: a column of the comparison and the differences between them.
pub const WORK_CURRENT: LineKey = LineKey("work.current");
pub const WORK_PARTNER: LineKey = LineKey("work.partner");
pub const COST_TRAVEL: LineKey = LineKey("cost.travel");
pub const COST_CHILDCARE: LineKey = LineKey("cost.childcare");
pub const TOTAL: LineKey = LineKey("total");
pub const DIFFERENCE: LineKey = LineKey("difference");
pub const DIFFERENCE_YEAR: LineKey = LineKey("difference.year");
pub const MARGINAL_KEEP_OF_100: LineKey = LineKey("marginal.keep_of_100");

/// Every key, for the tests.
#[cfg(test)]
pub const ALL: &[LineKey] = &[
    BIJSTAND,
    BIJSTAND_NORM,
    BIJSTAND_NORM_EXCL_VT,
    BIJSTAND_VRIJLATING,
    BIJSTAND_PARTNER_INKOMEN,
    ZORGTOESLAG_MONTHLY,
    HUURTOESLAG_MONTHLY,
    KGB_MONTHLY,
    KINDERBIJSLAG_MONTHLY,
    KOT_COSTS,
    KOT_MONTHLY,
    KOT_OWN_SHARE,
    LOCAL_IIT,
    LOCAL_ZORGVERZEKERING,
    LOCAL_PARTICIPATIE,
    LOCAL_KWIJTSCHELDING,
    IIT_AMOUNT,
    IB_TAX_BEFORE_CREDITS,
    IB_AHK,
    IB_ARBEIDSKORTING,
    IB_IACK,
    IB_TAX,
    NET_WAGE_GROSS_MONTHLY,
    NET_WAGE_VAKANTIEGELD_MONTHLY,
    NET_WAGE_TAX_MONTHLY,
    NET_WAGE_NET_MONTHLY,
    NET_WAGE_NET_VAKANTIEGELD_MAY,
    NET_WAGE_NET_MONTHLY_SPREAD,
    WML_HOURLY,
    WAGE_MONTHLY,
    LKS_WML,
    LKS_WML_PLUS_VB,
    LKS_WAGE_PART,
    LKS_WERKGEVERSLASTEN,
    LKS_TOTAL,
    LKS_INDEXATION,
    LKV_YEAR,
    LKV_MONTH,
    HIRING_MAX,
    WAGE_HOURLY,
    WAGE_VAKANTIEGELD,
    EMPLOYEE_WAGE,
    EMPLOYEE_VAKANTIEGELD,
    COST_GROSS,
    COST_CHARGES,
    COST_AFTER_LKS,
    COST_NET,
    TOTAL_GROSS,
    TOTAL_LKS,
    TOTAL_LKV,
    TOTAL_NET,
    WORK_CURRENT,
    WORK_PARTNER,
    COST_TRAVEL,
    COST_CHILDCARE,
    TOTAL,
    DIFFERENCE,
    DIFFERENCE_YEAR,
    MARGINAL_KEEP_OF_100,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_distinct_and_dotted_lower_case() {
        for (i, k) in ALL.iter().enumerate() {
            assert!(
                k.0.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'_'),
                "{k:?}"
            );
            assert!(!ALL[..i].contains(k), "{k:?} twice");
        }
    }
}
