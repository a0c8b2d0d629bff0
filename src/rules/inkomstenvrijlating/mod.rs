//! Inkomstenvrijlating: part of what someone on bijstand earns with work is not deducted
//! from the bijstand, for a limited time.
//!
//! The law changes the formula on dates, not only the amounts, so each version lives in a
//! file of its own and this module picks the one the snapshot names (`version` in
//! params/national/): the work vrijlating (`[vrijlating]`) and the single-parent one
//! (`[vrijlating_alleenstaande_ouder]`) are separate groups because they need not change
//! on the same day. A new version is a new variant of the generated enum, and the `match`es
//! below stop compiling until it is handled.

mod art31_lid2;
mod art34a;

use serde::Serialize;

use super::explain::Line;
use super::money::Money;
use super::params::{Snapshot, Vrijlating, VrijlatingAlleenstaandeOuder};
use super::Date;
use crate::how;
use crate::i18n::msg::inkomstenvrijlating as txt;
use crate::i18n::Text;

pub use art31_lid2::{PW_ART_31, PW_ART_31_LID_2_Y};
pub use art34a::PW_ART_34A;

#[derive(Clone, Copy, Debug)]
pub struct VrijlatingInput {
    /// Net income from work in this month.
    pub net_earnings: Money,
    /// Which month of working while on bijstand this is (1 = the first).
    pub month: u32,
    pub age: u16,
    /// Alleenstaande ouder with full care for a child under 12 (art. 31 lid 2 onder r).
    pub single_parent_child_under_12: bool,
    /// Medisch urenbeperkt: can work fewer hours for medical reasons (art. 31 lid 2 onder y;
    /// from 2027 art. 34a lid 1 onder b).
    pub medisch_urenbeperkt: bool,
}

impl VrijlatingInput {
    pub fn who(self) -> VrijlatingWho {
        VrijlatingWho {
            age: self.age,
            single_parent_child_under_12: self.single_parent_child_under_12,
            medisch_urenbeperkt: self.medisch_urenbeperkt,
        }
    }
}

/// ", maximaal € 285,00" when the share is above the maximum, else nothing.
fn capped(raw: Money, max: Money) -> Text {
    if raw > max {
        how!(txt::capped { max })
    } else {
        Text::Empty
    }
}

/// Whether the person has reached the pensioengerechtigde leeftijd (whole years, as the
/// snapshot gives it).
fn aow_age(s: &Snapshot, age: u16) -> bool {
    u32::from(age) >= s.bijstand.aow_age.value
}

/// The amount of this month's earnings that is not deducted from the bijstand.
///
/// The law adds "voor zover dit naar het oordeel van het college bijdraagt aan de
/// arbeidsinschakeling": this function assumes the college agrees, and the tools say so.
pub fn vrijlating(s: &Snapshot, date: Date, input: VrijlatingInput) -> Line {
    match (&s.vrijlating, &s.vrijlating_alleenstaande_ouder) {
        (Vrijlating::Art31Lid2(n), VrijlatingAlleenstaandeOuder::Art31Lid2R(r)) => {
            art31_lid2::vrijlating(n, r, date, input)
        }
        (Vrijlating::Art34a(v), VrijlatingAlleenstaandeOuder::Art31Lid2R(r)) => {
            art34a::vrijlating(v, r, date, input, aow_age(s, input.age))
        }
    }
}

/// Who the vrijlating is about, for the phases.
#[derive(Clone, Copy, Debug)]
pub struct VrijlatingWho {
    pub age: u16,
    /// Alleenstaande ouder with full care for a child under 12.
    pub single_parent_child_under_12: bool,
    pub medisch_urenbeperkt: bool,
}

/// A stretch of months (counted from the first month of work while on bijstand) in which
/// the same vrijlating rule applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Phase {
    pub from_month: u32,
    /// The last month of the stretch; `None`: from then on.
    pub to_month: Option<u32>,
}

/// The phases, in order, covering month 1 onwards without gaps; the last one is open-ended
/// (the situation after every vrijlating has ended, or the lasting one). Callers that show
/// "the first months" and "after" take the months from here, never from a literal.
pub fn phases(s: &Snapshot, who: VrijlatingWho) -> Vec<Phase> {
    match (&s.vrijlating, &s.vrijlating_alleenstaande_ouder) {
        (Vrijlating::Art31Lid2(n), VrijlatingAlleenstaandeOuder::Art31Lid2R(r)) => art31_lid2::phases(n, r, who),
        (Vrijlating::Art34a(v), VrijlatingAlleenstaandeOuder::Art31Lid2R(_)) => {
            art34a::phases(v, who, aow_age(s, who.age))
        }
    }
}

/// Phases of the given lengths in months, one after the other from month 1, then an open
/// one. A stretch of zero months is no stretch.
fn consecutive(lengths: &[u32]) -> Vec<Phase> {
    let mut phases = Vec::with_capacity(lengths.len() + 1);
    let mut from = 1u32;
    for &len in lengths.iter().filter(|&&len| len > 0) {
        let to = from.saturating_add(len - 1);
        phases.push(Phase {
            from_month: from,
            to_month: Some(to),
        });
        from = to.saturating_add(1);
    }
    phases.push(Phase {
        from_month: from,
        to_month: None,
    });
    phases
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{parameters_at, SNAPSHOTS};
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn euro(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal"))
    }

    fn run(earn: &str, month: u32, age: u16, parent: bool) -> Line {
        let date = Date::from_str("2026-01-01").expect("date");
        let s = parameters_at(date).expect("snapshot");
        vrijlating(
            s,
            date,
            VrijlatingInput {
                net_earnings: euro(earn),
                month,
                age,
                single_parent_child_under_12: parent,
                medisch_urenbeperkt: false,
            },
        )
    }

    #[test]
    fn public_vectors_2026() {
        assert_eq!(run("800", 1, 30, false).amount, euro("200.00"));
        assert_eq!(run("1200", 6, 30, false).amount, euro("285.00"));
        assert_eq!(run("800", 7, 30, false).amount, Money::ZERO);
        assert_eq!(run("800", 7, 30, true).amount, euro("100.00"));
        assert_eq!(run("2000", 36, 30, true).amount, euro("177.66"));
        assert_eq!(run("2000", 37, 30, true).amount, Money::ZERO);
        assert_eq!(
            run("800", 1, 26, false).amount,
            Money::ZERO,
            "art. 31 lid 5: not under 27"
        );
    }

    #[test]
    fn how_text_shows_the_numbers() {
        let line = run("1200", 1, 30, false);
        assert_eq!(line.how, "25% van € 1.200,00 = € 300,00, maximaal € 285,00. Dit geldt de eerste 6 maanden dat u werkt naast de bijstand (nu maand 1).");
        crate::i18n::in_language("en", || {
            assert_eq!(line.how, "25% of €1,200.00 = €300.00, up to €285.00. This applies in the first 6 months that you work while on bijstand (this is month 1).");
        });
    }

    fn phase(from_month: u32, to_month: Option<u32>) -> Phase {
        Phase { from_month, to_month }
    }

    /// The phases come from the data: for every snapshot, the boundaries are the months and
    /// ages its parameters say, and the amount is constant within a phase.
    #[test]
    fn phases_follow_the_data() {
        for s in SNAPSHOTS {
            let (Vrijlating::Art31Lid2(n), VrijlatingAlleenstaandeOuder::Art31Lid2R(r)) =
                (&s.vrijlating, &s.vrijlating_alleenstaande_ouder)
            else {
                continue;
            };
            let w = n.work_months.value;
            let m = r.months.value;
            let adult = u16::try_from(n.min_age.value.max(r.min_age.value)).expect("age");
            let young = u16::try_from(n.min_age.value.min(r.min_age.value) - 1).expect("age");
            let who = |age, parent| VrijlatingWho {
                age,
                single_parent_child_under_12: parent,
                medisch_urenbeperkt: false,
            };
            assert_eq!(
                phases(s, who(adult, false)),
                [phase(1, Some(w)), phase(w + 1, None)],
                "{}",
                s.valid_from
            );
            assert_eq!(
                phases(s, who(adult, true)),
                [phase(1, Some(w)), phase(w + 1, Some(w + m)), phase(w + m + 1, None)],
                "{}",
                s.valid_from
            );
            assert_eq!(phases(s, who(young, true)), [phase(1, None)], "{}", s.valid_from);
            assert_eq!(phases(s, who(young, false)), [phase(1, None)], "{}", s.valid_from);

            // Within each phase vrijlating() applies one rule: the same earnings give the
            // same amount in its first and last month, and the next phase differs.
            for parent in [false, true] {
                let list = phases(s, who(adult, parent));
                let amount = |month| {
                    vrijlating(
                        s,
                        s.valid_from,
                        VrijlatingInput {
                            net_earnings: euro("400"),
                            month,
                            age: adult,
                            single_parent_child_under_12: parent,
                            medisch_urenbeperkt: false,
                        },
                    )
                    .amount
                };
                for pair in list.windows(2) {
                    let (p, next) = (pair[0], pair[1]);
                    let last = p.to_month.expect("closed");
                    assert_eq!(amount(p.from_month), amount(last), "{} {p:?}", s.valid_from);
                    assert_ne!(amount(last), amount(next.from_month), "{} {p:?}", s.valid_from);
                }
                let open = list.last().expect("an open phase");
                assert_eq!(open.to_month, None);
                assert_eq!(amount(open.from_month), Money::ZERO);
                assert_eq!(amount(open.from_month + 120), Money::ZERO);
            }
        }
    }

    fn on(date: &str, earn: &str, month: u32, age: u16, parent: bool, medisch: bool) -> Line {
        let date = Date::from_str(date).expect("date");
        let s = parameters_at(date).expect("snapshot");
        let input = VrijlatingInput {
            net_earnings: euro(earn),
            month,
            age,
            single_parent_child_under_12: parent,
            medisch_urenbeperkt: medisch,
        };
        vrijlating(s, date, input)
    }

    #[test]
    fn medisch_urenbeperkt_2026_onder_y_after_onder_n_and_under_27() {
        // Onder n first (25%, max € 285), then onder y: 15%, max € 180,19, with no end.
        assert_eq!(on("2026-01-01", "800", 1, 30, false, true).amount, euro("200.00"));
        assert_eq!(on("2026-01-01", "800", 7, 30, false, true).amount, euro("120.00"));
        assert_eq!(on("2026-01-01", "2000", 60, 30, false, true).amount, euro("180.19"));
        // Lid 5 excludes onder n under 27, not onder y.
        assert_eq!(on("2026-01-01", "800", 1, 24, false, true).amount, euro("120.00"));
        // Onder r does not apply together with y.
        assert_eq!(on("2026-01-01", "800", 7, 30, true, true).amount, euro("120.00"));
        assert_eq!(on("2025-01-01", "2000", 7, 30, false, true).amount, euro("173.04"));
    }

    /// Art. 34a public vectors: 15% with no maximum, 12 months, nothing from month 13.
    #[test]
    fn art_34a_from_2027() {
        assert_eq!(on("2027-01-01", "800", 1, 30, false, false).amount, euro("120.00"));
        assert_eq!(on("2027-01-01", "3000", 12, 30, false, false).amount, euro("450.00"));
        assert_eq!(on("2027-01-01", "800", 13, 30, false, false).amount, Money::ZERO);
        // No lower age limit any more.
        assert_eq!(on("2027-01-01", "800", 1, 19, false, false).amount, euro("120.00"));
        // Medisch urenbeperkt: 15% without an end.
        assert_eq!(on("2027-01-01", "800", 40, 30, false, true).amount, euro("120.00"));
        // At the AOW age: 25% up to € 226.
        assert_eq!(on("2027-01-01", "800", 1, 67, false, false).amount, euro("200.00"));
        assert_eq!(on("2027-01-01", "1200", 30, 67, false, false).amount, euro("226.00"));
        // The single parent's extra vrijlating of art. 31 lid 2 onder r is not applied in
        // 2027 (its fate was not found), and the text says so.
        let parent = on("2027-01-01", "800", 13, 30, true, false);
        assert_eq!(parent.amount, Money::ZERO);
        assert!(parent.how.contains("onder r"), "{}", parent.how);
        assert!(parent.provisional(), "rests on provisional data");
        let who = VrijlatingWho {
            age: 30,
            single_parent_child_under_12: true,
            medisch_urenbeperkt: false,
        };
        let s = parameters_at(Date::from_str("2027-01-01").expect("date")).expect("snapshot");
        assert_eq!(phases(s, who), [phase(1, Some(12)), phase(13, None)]);
        let medisch = VrijlatingWho {
            medisch_urenbeperkt: true,
            ..who
        };
        assert_eq!(phases(s, medisch), [phase(1, None)]);
    }

    #[test]
    fn empty_stretches_leave_no_gap() {
        assert_eq!(consecutive(&[]), [phase(1, None)]);
        assert_eq!(consecutive(&[0, 3]), [phase(1, Some(3)), phase(4, None)]);
        assert_eq!(consecutive(&[u32::MAX, 5]).first(), Some(&phase(1, Some(u32::MAX))));
    }
}
