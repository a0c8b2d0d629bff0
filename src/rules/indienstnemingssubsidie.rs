//! A gemeente's own subsidy for hiring someone from its caseload, such as Ommen's
//! "indienstnemingssubsidie kwetsbare werknemers" (Verordening re-integratie
//! Participatiewet, IOAW en IOAZ Ommen 2018, art. 13): at most a share of the wage costs, for
//! a number of months. The college decides ("kan"); this computes the most it can be.
//!
//! Participatiewet art. 10d lid 9: "Indien het college loonkostensubsidie als bedoeld in dit
//! artikel verleent, verleent het ten aanzien van dezelfde dienstbetrekking geen andere
//! subsidie voor de loonkosten." So it is an alternative to LKS for the same job, never a sum.
//!
//! The share and the duration are the gemeente's data (`params/gemeenten/`). Without both
//! there is no amount: a duration is never guessed.

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::{Money, Rate};
use super::params::GemeenteRules;
use super::wetten::PARTICIPATIEWET;
use super::Date;
use crate::how;
use crate::i18n::msg::indienstnemingssubsidie as txt;

pub const PW_ART_10D_LID_9: LawRef = PARTICIPATIEWET.art("10d").lid("9");

/// The subsidy the gemeente can give for this job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indienstnemingssubsidie {
    pub pct: Rate,
    pub months: u32,
    /// The most it can be: `pct` of the wage costs of the first `months` months.
    pub max: Line,
}

/// `wage_costs`: the employer's gross wage costs per month from the first month of the job
/// (months after the contract ends are simply not in it).
pub fn indienstnemingssubsidie(
    rules: &GemeenteRules,
    date: Date,
    wage_costs: &[Money],
) -> Option<Indienstnemingssubsidie> {
    let p = &rules.lks;
    let (pct, months) = (p.hiring_subsidy_pct.value?, p.hiring_subsidy_months.value?);
    let base: Money = wage_costs.iter().take(months as usize).copied().sum();
    let amount = (base * pct).round_cents();
    let max = Line::new(
        keys::HIRING_MAX,
        txt::LABEL,
        amount,
        how!(txt::max {
            amount,
            base,
            months,
            pct
        }),
    )
    .param(&p.hiring_subsidy_pct)
    .law(PW_ART_10D_LID_9, date)
    .param(&p.hiring_subsidy_months);
    Some(Indienstnemingssubsidie { pct, months, max })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::gemeente;

    #[test]
    fn ommen_half_of_a_year_of_wage_costs() {
        let date = Date::new(2026, 7, 1).expect("date");
        let rules = gemeente("ommen").expect("ommen").rules_at(date);
        let costs = vec![Money::euros(2000); 14];
        let s = indienstnemingssubsidie(rules, date, &costs).expect("ommen has one");
        assert_eq!(s.months, 12);
        assert_eq!(s.max.amount, Money::euros(12_000));
        assert!(s
            .max
            .sources
            .iter()
            .any(|x| x.article.to_string() == "Participatiewet art. 10d lid 9"));
        // A contract of 3 months: only those months count.
        let short = indienstnemingssubsidie(rules, date, &costs[..3]).expect("some");
        assert_eq!(short.max.amount, Money::euros(3_000));
        let landelijk = gemeente("landelijk").expect("landelijk").rules_at(date);
        assert_eq!(indienstnemingssubsidie(landelijk, date, &costs), None);
    }
}
