//! Inkomstenbelasting box 1 for someone below AOW age (Wet inkomstenbelasting 2001), per
//! year, and the net monthly wage that follows from it.
//!
//! Rounding. We found no rule that rounds the heffingskortingen, and rounding them to whole
//! euros is not one. So nothing is rounded to euros: every amount shown is rounded to cents
//! (half away from zero) and the next step uses the shown amount, so each how text adds up.
//! A real aanslag may differ by a few euros.
//!
//! Not modelled: the verhoging for a minstverdienende partner (art. 8.9), the other
//! heffingskortingen (alleenstaande-ouderkorting and the like), and the split of the
//! heffingskortingen between belasting and premies volksverzekeringen (art. 8.3–8.6), which
//! does not change the total for someone who pays both.

use crate::how;
use crate::i18n::msg::inkomstenbelasting as txt;
use crate::i18n::Text;
use rust_decimal::Decimal;

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::{Money, Rate};
use super::params::Snapshot;
use super::wetten::WET_INKOMSTENBELASTING_2001;
use super::Date;

pub const IB_ART_2_10: LawRef = WET_INKOMSTENBELASTING_2001.art("2.10").note("(tarief box 1)");
/// The heffingskortingen together are at most the tax plus premies volksverzekeringen.
pub const IB_ART_8_8: LawRef = WET_INKOMSTENBELASTING_2001.art("8.8").note("(maximum heffingskorting)");
pub const IB_ART_8_10: LawRef = WET_INKOMSTENBELASTING_2001
    .art("8.10")
    .note("(algemene heffingskorting)");
pub const IB_ART_8_11: LawRef = WET_INKOMSTENBELASTING_2001.art("8.11").note("(arbeidskorting)");
pub const IB_ART_8_14A: LawRef = WET_INKOMSTENBELASTING_2001
    .art("8.14a")
    .note("(inkomensafhankelijke combinatiekorting)");

const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

#[derive(Clone, Copy, Debug)]
pub struct TaxInput {
    /// Yearly taxable income in box 1: the taxable wage including vakantiegeld.
    pub box1_income: Money,
    /// Yearly arbeidsinkomen (art. 8.1), the basis of arbeidskorting and IACK.
    pub arbeidsinkomen: Money,
    /// Entitled to the inkomensafhankelijke combinatiekorting (a child under 12 at the same
    /// address for at least six months, and the lower earner of a couple).
    pub iack: bool,
    /// The algemene heffingskorting is used on another income: someone with a job and
    /// bijstand lets the gemeente apply the loonheffingskorting to the bijstand, so this
    /// wage carries only the arbeidskorting (and the IACK).
    pub ahk_elders: bool,
}

/// Yearly box 1 tax, with each credit as its own line.
#[derive(Clone, Debug)]
pub struct TaxResult {
    pub tax_before_credits: Line,
    pub algemene_heffingskorting: Line,
    pub arbeidskorting: Line,
    pub iack: Line,
    /// Never negative: credits cannot make the tax lower than zero.
    pub tax: Line,
}

/// Box 1 income tax including premies volksverzekeringen, per year, below AOW age.
/// Negative incomes count as zero.
pub fn income_tax(s: &Snapshot, date: Date, input: TaxInput) -> TaxResult {
    let income = input.box1_income.at_least_zero();
    let work = input.arbeidsinkomen.at_least_zero();
    let before = tax_before_credits(s, date, income);
    let ahk = if input.ahk_elders {
        Line::new(keys::IB_AHK, txt::AHK_LABEL, Money::ZERO, how!(txt::AHK_ELDERS)).law(IB_ART_8_10, date)
    } else {
        algemene_heffingskorting(s, date, income)
    };
    let ak = arbeidskorting(s, date, work);
    let iack = iack(s, date, work, input.iack);

    let credits = ahk.amount + ak.amount + iack.amount;
    let raw = before.amount - credits;
    let amount = raw.at_least_zero();
    let how = how!({
        let sum = if input.iack {
            Text::from(txt::credits_sum_iack {
                ahk: ahk.amount,
                ak: ak.amount,
                iack: iack.amount,
                tax: before.amount,
            })
        } else {
            Text::from(txt::credits_sum {
                ahk: ahk.amount,
                ak: ak.amount,
                tax: before.amount,
            })
        };
        if raw.is_negative() {
            Text::from(txt::tax_negative { raw, sum })
        } else {
            Text::from(txt::tax { amount, sum })
        }
    });
    let tax = Line::new(keys::IB_TAX, txt::TAX_LABEL, amount, how)
        .from_lines([&before, &ahk, &ak, &iack])
        .law(IB_ART_8_8, date);
    TaxResult {
        tax_before_credits: before,
        algemene_heffingskorting: ahk,
        arbeidskorting: ak,
        iack,
        tax,
    }
}

fn tax_before_credits(s: &Snapshot, date: Date, income: Money) -> Line {
    let p = &s.income_tax.brackets;
    let rows = p.value;
    let mut total = Money::ZERO;
    let mut parts = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if income <= row.from {
            break;
        }
        let next = rows.get(i + 1).map(|n| n.from);
        let top = next.map_or(income, |n| income.min(n));
        let slice = (top - row.from).at_least_zero();
        let tax = (slice * row.pct).round_cents();
        total += tax;
        parts.push(how!({
            let range = match next {
                Some(n) if row.from.is_zero() => Text::from(txt::range_to { to: n }),
                Some(n) => Text::from(txt::range_from_to { from: row.from, to: n }),
                None => Text::from(txt::range_above { from: row.from }),
            };
            txt::bracket {
                n: i + 1,
                pct: row.pct,
                range,
                slice,
                tax,
            }
        }));
    }
    let how = match parts.len() {
        0 => how!(txt::NO_INCOME),
        1 => how!(txt::brackets_one {
            brackets: Text::join(parts),
            income
        }),
        _ => how!({
            let list = parts
                .into_iter()
                .reduce(|first, next| txt::bracket_list_sep { first, next }.into())
                .unwrap_or_default();
            txt::brackets {
                brackets: list,
                income,
                total,
            }
        }),
    };
    Line::new(keys::IB_TAX_BEFORE_CREDITS, txt::BEFORE_CREDITS_LABEL, total, how)
        .param(p)
        .law(IB_ART_2_10, date)
}

fn algemene_heffingskorting(s: &Snapshot, date: Date, income: Money) -> Line {
    let t = &s.income_tax;
    let max = t.ahk_max.value;
    let from = t.ahk_phaseout_from.value;
    let over = (income - from).at_least_zero();
    let cut = (over * t.ahk_phaseout_pct.value).round_cents();
    let raw = max - cut;
    let amount = raw.at_least_zero();
    let how = if over.is_zero() {
        how!(txt::ahk_full { from, max })
    } else {
        let mut text = how!(txt::ahk_phaseout {
            cut,
            from,
            income,
            max,
            pct: t.ahk_phaseout_pct.value,
            raw
        });
        if raw.is_negative() {
            text.push(how!(txt::NEVER_BELOW_ZERO));
        }
        text
    };
    Line::new(keys::IB_AHK, txt::AHK_LABEL, amount, how)
        .param(&t.ahk_max)
        .param(&t.ahk_phaseout_from)
        .param(&t.ahk_phaseout_pct)
        .law(IB_ART_8_10, date)
}

fn arbeidskorting(s: &Snapshot, date: Date, work: Money) -> Line {
    let p = &s.income_tax.arbeidskorting;
    let segment = p.value.iter().rev().find(|r| r.from <= work);
    let (amount, how) = match segment {
        None => (Money::ZERO, how!(txt::AK_NONE)),
        Some(seg) => {
            let pct = seg.pct.fraction();
            let abs_pct = Rate::from_fraction(pct.abs());
            let over = (work - seg.from).at_least_zero();
            let step = (over * abs_pct).round_cents();
            let raw = if pct.is_sign_negative() {
                seg.base - step
            } else {
                seg.base + step
            };
            let amount = raw.at_least_zero();
            let how = if pct.is_zero() {
                how!(txt::ak_flat {
                    base: seg.base,
                    from: seg.from
                })
            } else if seg.from.is_zero() && seg.base.is_zero() {
                how!(txt::ak_first {
                    pct: seg.pct,
                    step,
                    work
                })
            } else {
                let pct_negative = pct.is_sign_negative();
                let (base, from, pct) = (seg.base, seg.from, abs_pct);
                let mut text = how!(if pct_negative {
                    Text::from(txt::ak_down {
                        base,
                        from,
                        pct,
                        raw,
                        step,
                        work,
                    })
                } else {
                    Text::from(txt::ak_up {
                        base,
                        from,
                        pct,
                        raw,
                        step,
                        work,
                    })
                });
                if raw.is_negative() {
                    text.push(how!(txt::NEVER_BELOW_ZERO));
                }
                text
            };
            (amount, how)
        }
    };
    Line::new(keys::IB_ARBEIDSKORTING, txt::AK_LABEL, amount, how)
        .param(p)
        .law(IB_ART_8_11, date)
}

fn iack(s: &Snapshot, date: Date, work: Money, entitled: bool) -> Line {
    let t = &s.income_tax;
    let base = Line::new(keys::IB_IACK, txt::IACK_LABEL, Money::ZERO, Text::Empty);
    if !entitled {
        return Line {
            how: how!(txt::IACK_NOT_ENTITLED),
            ..base
        }
        .law(IB_ART_8_14A, date);
    }
    let from = t.iack_from.value;
    let over = (work - from).at_least_zero();
    let raw = (over * t.iack_pct.value).round_cents();
    let max = t.iack_max.value;
    let amount = raw.min(max);
    let how = if over.is_zero() {
        how!(txt::iack_below { from, work })
    } else {
        how!({
            let cap = if raw > max {
                Text::from(txt::iack_capped { max })
            } else {
                Text::Empty
            };
            txt::iack {
                cap,
                from,
                pct: t.iack_pct.value,
                raw,
                work,
            }
        })
    };
    Line { amount, how, ..base }
        .param(&t.iack_from)
        .param(&t.iack_pct)
        .param(&t.iack_max)
        .law(IB_ART_8_14A, date)
}

/// The heffingskortingen a wage carries besides the arbeidskorting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kortingen {
    /// Entitled to the inkomensafhankelijke combinatiekorting.
    pub iack: bool,
    /// The algemene heffingskorting goes to another income (see [`TaxInput::ahk_elders`]).
    pub ahk_elders: bool,
}

/// A monthly wage turned net, by a yearly calculation.
#[derive(Clone, Debug)]
pub struct NetWage {
    pub gross_monthly: Line,
    pub vakantiegeld_monthly: Line,
    /// The yearly tax divided by 12 (on wage and vakantiegeld together).
    pub tax_monthly: Line,
    /// Net wage per month, without vakantiegeld.
    pub net_monthly: Line,
    /// The yearly vakantiegeld after tax, paid in May.
    pub net_vakantiegeld_may: Line,
    /// Net per month with the vakantiegeld spread over 12 months.
    pub net_monthly_spread: Line,
}

/// Net monthly wage by a "jaarberekening": the yearly tax on 12 × the gross wage plus
/// vakantiegeld (the same amount counts as arbeidsinkomen), spread evenly over the year.
/// The wage and the vakantiegeld each carry their share of the tax in proportion to their
/// size. `gross_monthly` is the taxable wage (after any pension premium); the vakantiegeld
/// percentage is taken between 0% and 100%.
///
/// Employers withhold loonheffing per month with the loonbelastingtabel, and on vakantiegeld
/// with the tabel bijzondere beloningen; that differs a little, and the difference is
/// settled in the aangifte inkomstenbelasting. The employee pays no Zvw bijdrage: the
/// employer pays the werkgeversheffing Zvw.
pub fn net_monthly_wage(
    s: &Snapshot,
    date: Date,
    gross_monthly: Money,
    vakantiegeld_pct: Rate,
    kortingen: Kortingen,
) -> NetWage {
    let gross = gross_monthly.at_least_zero().round_cents();
    // Clamped to 0–100%: anything else is not a vakantiegeld (a JS caller may send any rate).
    let vg_pct = Rate::from_fraction(vakantiegeld_pct.fraction().clamp(Decimal::ZERO, Decimal::ONE));
    let vg = (gross * vg_pct).round_cents();
    let monthly_total = gross + vg;
    let yearly = monthly_total * TWELVE;
    let vg_year = vg * TWELVE;
    let result = income_tax(
        s,
        date,
        TaxInput {
            box1_income: yearly,
            arbeidsinkomen: yearly,
            iack: kortingen.iack,
            ahk_elders: kortingen.ahk_elders,
        },
    );
    let tax_year = result.tax.amount;

    let gross_line = Line::new(
        keys::NET_WAGE_GROSS_MONTHLY,
        txt::GROSS_LABEL,
        gross,
        how!(txt::gross { gross }),
    );
    let vg_line = Line::new(
        keys::NET_WAGE_VAKANTIEGELD_MONTHLY,
        txt::VAKANTIEGELD_LABEL,
        vg,
        how!(txt::vakantiegeld {
            gross,
            pct: vg_pct,
            vg,
            vg_year
        }),
    );

    let tax_monthly = tax_year.checked_div(TWELVE).unwrap_or(Money::ZERO).round_cents();
    let tax_line = Line::new(
        keys::NET_WAGE_TAX_MONTHLY,
        txt::TAX_MONTHLY_LABEL,
        tax_monthly,
        how!(txt::tax_monthly {
            gross,
            tax_monthly,
            tax_year,
            vg,
            yearly
        }),
    )
    .from_lines([&result.tax]);

    let (net_line, net_vg_line) = net_wage_and_vakantiegeld(gross, vg, tax_year, &result.tax);

    let spread = monthly_total - tax_monthly;
    let spread_line = Line::new(
        keys::NET_WAGE_NET_MONTHLY_SPREAD,
        txt::SPREAD_LABEL,
        spread,
        how!(txt::spread {
            gross,
            spread,
            tax_monthly,
            vg
        }),
    )
    .from_lines([&result.tax]);

    NetWage {
        gross_monthly: gross_line,
        vakantiegeld_monthly: vg_line,
        tax_monthly: tax_line,
        net_monthly: net_line,
        net_vakantiegeld_may: net_vg_line,
        net_monthly_spread: spread_line,
    }
}

/// The net wage per month and the net vakantiegeld in May: the vakantiegeld carries its
/// proportional share of the yearly tax, the wage the rest.
fn net_wage_and_vakantiegeld(gross: Money, vg: Money, tax_year: Money, tax: &Line) -> (Line, Line) {
    let monthly_total = gross + vg;
    let vg_year = vg * TWELVE;
    let tax_on_vg = tax_year
        .checked_mul(vg.amount())
        .and_then(|t| t.checked_div(monthly_total.amount()))
        .unwrap_or(Money::ZERO)
        .round_cents();
    let tax_on_wage_year = tax_year - tax_on_vg;
    let tax_on_wage = tax_on_wage_year
        .checked_div(TWELVE)
        .unwrap_or(Money::ZERO)
        .round_cents();
    let net = gross - tax_on_wage;
    let net_line = Line::new(
        keys::NET_WAGE_NET_MONTHLY,
        txt::NET_LABEL,
        net,
        how!(txt::net {
            gross,
            net,
            on_vg: tax_on_vg,
            on_wage: tax_on_wage,
            tax_year,
            wage_year: tax_on_wage_year
        }),
    )
    .from_lines([tax]);

    let net_vg = vg_year - tax_on_vg;
    let net_vg_line = Line::new(
        keys::NET_WAGE_NET_VAKANTIEGELD_MAY,
        txt::NET_VAKANTIEGELD_LABEL,
        net_vg,
        how!(txt::net_vakantiegeld {
            net_vg,
            on_vg: tax_on_vg,
            vg_year
        }),
    )
    .from_lines([tax]);
    (net_line, net_vg_line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::explain::Citation;
    use crate::rules::parameters_at;
    use std::str::FromStr;

    fn euro(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal"))
    }

    fn date() -> Date {
        Date::from_str("2026-01-01").expect("date")
    }

    fn tax(income: &str, iack: bool) -> TaxResult {
        let s = parameters_at(date()).expect("snapshot");
        income_tax(
            s,
            date(),
            TaxInput {
                box1_income: euro(income),
                arbeidsinkomen: euro(income),
                iack,
                ahk_elders: false,
            },
        )
    }

    #[test]
    fn arbeidskorting_spot_checks_2026() {
        // 8,324% × 10.000.
        assert_eq!(tax("10000", false).arbeidskorting.amount, euro("832.40"));
        // 996 + 31,009% × (20.000 − 11.965 = 8.035) = 996 + 2.491,57.
        let at_20k = tax("20000", false).arbeidskorting;
        assert_eq!(at_20k.amount, euro("3487.57"));
        assert_eq!(
            at_20k.how,
            "Uw arbeidsinkomen is € 20.000,00. Vanaf € 11.965,00: € 996,00 + 31,009% × (€ 20.000,00 − € 11.965,00) = € 996,00 + € 2.491,57 = € 3.487,57."
        );
        // 5.300 + 1,95% × (45.000 − 25.845 = 19.155) = 5.300 + 373,52.
        assert_eq!(tax("45000", false).arbeidskorting.amount, euro("5673.52"));
        // 5.685 − 6,51% × (60.000 − 45.592 = 14.408) = 5.685 − 937,96.
        assert_eq!(tax("60000", false).arbeidskorting.amount, euro("4747.04"));
        assert_eq!(tax("132920", false).arbeidskorting.amount, Money::ZERO);
        assert_eq!(tax("200000", false).arbeidskorting.amount, Money::ZERO);
        // Just below the knik: 8,324% × 11.964 = 995,88 (the table's base 996 is rounded).
        assert_eq!(tax("11964", false).arbeidskorting.amount, euro("995.88"));
    }

    #[test]
    fn algemene_heffingskorting_spot_checks_2026() {
        assert_eq!(tax("29736", false).algemene_heffingskorting.amount, euro("3115"));
        // 3.115 − 6,398% × 15.264 = 3.115 − 976,59.
        assert_eq!(tax("45000", false).algemene_heffingskorting.amount, euro("2138.41"));
        // Zero from € 78.426; never negative.
        assert_eq!(tax("78426", false).algemene_heffingskorting.amount, Money::ZERO);
        assert_eq!(tax("90000", false).algemene_heffingskorting.amount, Money::ZERO);
    }

    #[test]
    fn brackets_and_total_2026() {
        // 35,75% × 38.883 = 13.900,67; 37,56% × 6.117 = 2.297,55.
        let r = tax("45000", false);
        assert_eq!(r.tax_before_credits.amount, euro("16198.22"));
        // 16.198,22 − 2.138,41 − 5.673,52.
        assert_eq!(r.tax.amount, euro("8386.29"));
        // Top bracket: + 49,5% × (100.000 − 78.426).
        let top = tax("100000", false).tax_before_credits.amount;
        assert_eq!(top, euro("13900.67") + euro("14852.35") + euro("10679.13"));
    }

    #[test]
    fn how_texts_in_dutch_and_english() {
        let r = tax("45000", true);
        assert_eq!(
            r.tax_before_credits.how,
            "Uw inkomen € 45.000,00: schijf 1 (tot € 38.883,00): 35,75% × € 38.883,00 = € 13.900,67; schijf 2 (€ 38.883,00 tot € 78.426,00): 37,56% × € 6.117,00 = € 2.297,55. Samen € 16.198,22."
        );
        assert_eq!(
            r.tax.how,
            "Belasting min heffingskortingen: € 16.198,22 − € 2.138,41 − € 5.673,52 − € 3.032,00 = € 5.354,29. (Heffingskortingen kunnen de belasting nooit lager maken dan € 0.)"
        );
        crate::i18n::in_language("en", || {
            assert_eq!(
                r.tax_before_credits.how,
                "Your income €45,000.00: bracket 1 (up to €38,883.00): 35.75% × €38,883.00 = €13,900.67; bracket 2 (€38,883.00 to €78,426.00): 37.56% × €6,117.00 = €2,297.55. Together €16,198.22."
            );
            assert_eq!(
                r.tax.how,
                "Tax minus heffingskortingen: €16,198.22 − €2,138.41 − €5,673.52 − €3,032.00 = €5,354.29. (Heffingskortingen can never make the tax lower than €0.)"
            );
            assert_eq!(r.iack.label, "IACK (income-related combination tax credit)");
            assert!(r.iack.how.contains("= €4,438.13, up to €3,032.00."), "{}", r.iack.how);
        });
    }

    #[test]
    fn credits_cannot_make_tax_negative() {
        // 3.575 − 3.115 − 832,40 < 0.
        let r = tax("10000", false);
        assert_eq!(r.tax_before_credits.amount, euro("3575.00"));
        assert_eq!(r.tax.amount, Money::ZERO);
        assert!(r.tax.how.contains("niet lager maken dan € 0"), "{}", r.tax.how);
        assert_eq!(tax("0", true).tax.amount, Money::ZERO);
        assert_eq!(tax("-100", true).tax.amount, Money::ZERO);
    }

    #[test]
    fn iack_builds_up_to_its_maximum() {
        // 11,45% × (20.000 − 6.239) = 1.575,63.
        assert_eq!(tax("20000", true).iack.amount, euro("1575.63"));
        assert_eq!(tax("40000", true).iack.amount, euro("3032"));
        assert_eq!(tax("40000", false).iack.amount, Money::ZERO);
        assert_eq!(tax("6000", true).iack.amount, Money::ZERO);
        let with = tax("45000", true).tax.amount;
        assert_eq!(with, euro("8386.29") - euro("3032"));
    }

    #[test]
    fn sources_cover_every_parameter() {
        let r = tax("45000", true);
        let s = parameters_at(date()).expect("snapshot");
        for article in [
            s.income_tax.brackets.article,
            s.income_tax.ahk_max.article,
            s.income_tax.arbeidskorting.article,
            s.income_tax.iack_max.article,
        ] {
            assert!(
                r.tax.sources.iter().any(|x| x.article == Citation::Param(article)),
                "{article}"
            );
        }
    }

    #[test]
    fn net_wage_by_jaarberekening() {
        let s = parameters_at(date()).expect("snapshot");
        let pct = Rate::from_percent(Decimal::from(8));
        let n = net_monthly_wage(s, date(), euro("2500"), pct, Kortingen::default());
        // Year: 12 × 2.700 = 32.400. Tax 11.583,00 − 2.944,56 − 5.427,82 = 3.210,62.
        assert_eq!(n.vakantiegeld_monthly.amount, euro("200.00"));
        assert_eq!(n.tax_monthly.amount, euro("267.55"));
        // Vakantiegeld share: 3.210,62 × 200 / 2.700 = 237,82; wage share 2.972,80 / 12.
        assert_eq!(n.net_monthly.amount, euro("2252.27"));
        assert_eq!(n.net_vakantiegeld_may.amount, euro("2162.18"));
        assert_eq!(n.net_monthly_spread.amount, euro("2432.45"));
        assert!(n.tax_monthly.how.contains("loonbelastingtabel"));
        assert!(!n.tax_monthly.sources.is_empty());
    }

    #[test]
    fn net_wage_edge_cases_do_not_panic() {
        let s = parameters_at(date()).expect("snapshot");
        let zero = net_monthly_wage(s, date(), Money::ZERO, Rate::default(), IACK);
        assert_eq!(zero.net_monthly.amount, Money::ZERO);
        assert_eq!(zero.net_vakantiegeld_may.amount, Money::ZERO);
        let huge = net_monthly_wage(
            s,
            date(),
            Money::new(Decimal::MAX),
            Rate::from_fraction(Decimal::MAX),
            IACK,
        );
        assert!(!huge.net_monthly.amount.is_negative());
        let negative = net_monthly_wage(
            s,
            date(),
            euro("-10"),
            Rate::from_fraction(Decimal::NEGATIVE_ONE),
            Kortingen::default(),
        );
        assert_eq!(negative.net_monthly_spread.amount, Money::ZERO);
    }

    const IACK: Kortingen = Kortingen {
        iack: true,
        ahk_elders: false,
    };

    #[test]
    fn without_the_algemene_heffingskorting_the_wage_carries_only_the_arbeidskorting() {
        let s = parameters_at(date()).expect("snapshot");
        let pct = Rate::from_percent(Decimal::from(8));
        let elders = Kortingen {
            iack: false,
            ahk_elders: true,
        };
        // Year 12 × 540 = 6.480: tax 35,75% = 2.316,60 − arbeidskorting 8,324% × 6.480 = 539,40.
        let n = net_monthly_wage(s, date(), euro("500"), pct, elders);
        assert_eq!(n.tax_monthly.amount, euro("148.10"));
        let with_ahk = net_monthly_wage(s, date(), euro("500"), pct, Kortingen::default());
        assert_eq!(with_ahk.tax_monthly.amount, Money::ZERO);
    }
}
