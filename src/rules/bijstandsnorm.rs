//! Bijstandsnormen (Participatiewet art. 19–22): the net monthly amount a household lives
//! on in the bijstand, including vakantietoeslag.

use crate::how;
use serde::{Deserialize, Serialize};

use super::explain::{LawRef, Line, Sourced};
use super::keys;
use super::money::Money;
use super::money::Rate;
use super::params::{Bijstand, JongerenVerhoging, Param, PartnerGeenRecht, Snapshot};
use super::wetten::PARTICIPATIEWET;
use super::{Date, FieldError};
use crate::i18n::msg::bijstandsnorm as txt;
use crate::i18n::Msg;
use crate::i18n::Text;
use rust_decimal::Decimal;

/// Below this age there is no bijstand: the youth norms of art. 20 start at 18.
const MIN_AGE: u16 = 18;
/// The age from which the adult norms of art. 21 apply.
const ADULT_AGE: u16 = 21;

pub const PW_ART_19_LID_3: LawRef = PARTICIPATIEWET.art("19").lid("3");
pub const PW_ART_20: LawRef = PARTICIPATIEWET.art("20");
pub const PW_ART_21: LawRef = PARTICIPATIEWET.art("21");
pub const PW_ART_22: LawRef = PARTICIPATIEWET.art("22");
pub const PW_ART_22A: LawRef = PARTICIPATIEWET.art("22a").note("en art. 19a");
pub const PW_ART_20_LID_3: LawRef = PARTICIPATIEWET.art("20").lid("3");
pub const PW_ART_24: LawRef = PARTICIPATIEWET.art("24");
pub const PW_ART_24A: LawRef = PARTICIPATIEWET.art("24a");

/// Household type as the Participatiewet distinguishes it (art. 4 lid 1 onder a–c).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Leefvorm {
    Alleenstaande,
    AlleenstaandeOuder,
    /// Gehuwden or samenwonenden (art. 3).
    Gehuwden,
}

impl Leefvorm {
    pub const ALL: [Leefvorm; 3] = [
        Leefvorm::Alleenstaande,
        Leefvorm::AlleenstaandeOuder,
        Leefvorm::Gehuwden,
    ];

    /// The name in forms, share links and the JS API ("alleenstaande_ouder").
    pub fn slug(self) -> &'static str {
        match self {
            Leefvorm::Alleenstaande => "alleenstaande",
            Leefvorm::AlleenstaandeOuder => "alleenstaande_ouder",
            Leefvorm::Gehuwden => "gehuwden",
        }
    }

    pub fn from_slug(text: &str) -> Option<Leefvorm> {
        Leefvorm::ALL.into_iter().find(|l| l.slug() == text.trim())
    }

    /// The choice as a resident reads it in a form ("Alleen, met kinderen").
    pub fn label(self) -> Msg {
        match self {
            Leefvorm::Alleenstaande => txt::LEEFVORM_ALLEENSTAANDE,
            Leefvorm::AlleenstaandeOuder => txt::LEEFVORM_ALLEENSTAANDE_OUDER,
            Leefvorm::Gehuwden => txt::LEEFVORM_GEHUWDEN,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct NormInput {
    pub leefvorm: Leefvorm,
    pub age: u16,
    /// The partner's age; required for `Gehuwden`.
    pub partner_age: Option<u16>,
    /// Couples: whether they have children living at home (art. 20 lid 2).
    pub has_children: bool,
    /// Kostendelende medebewoners (art. 19a lid 1): people of 27 or older who live in the
    /// home and are not the partner, a commercial huurder or kostganger, or a student with
    /// studiefinanciering.
    pub kostendelers: u32,
    /// Gehuwden of whom the partner has no right to bijstand (art. 24).
    pub partner_geen_recht: bool,
    /// 18, 19 or 20, and cannot rely on the parents for the costs of living (art. 20 lid 3).
    pub jongeren_verhoging: bool,
}

/// The norm including and excluding vakantietoeslag.
#[derive(Clone, Debug)]
pub struct Norm {
    pub including_vt: Line,
    pub excluding_vt: Line,
}

/// The norm that applies: its parameter, the article that sets it, and whom it is for.
type Chosen<'a> = (&'a Param<Money>, LawRef, Msg);

/// Picks the norm of art. 20 (18–20), 21 (21 to AOW age) or 22 (AOW age).
pub fn norm(s: &Snapshot, date: Date, input: NormInput) -> Result<Norm, FieldError> {
    if input.age < MIN_AGE {
        return Err(too_young("age"));
    }
    let b = &s.bijstand;
    let aow = u16::try_from(b.aow_age.value).unwrap_or(u16::MAX);
    let (param, law, who) = match input.leefvorm {
        Leefvorm::Alleenstaande => single_norm(b, input.age, false, aow),
        Leefvorm::AlleenstaandeOuder => single_norm(b, input.age, true, aow),
        Leefvorm::Gehuwden => couple_norm(b, input, aow)?,
    };
    let mut including_vt = Line::new(
        keys::BIJSTAND_NORM,
        how!(txt::label { who }),
        param.value,
        how!(txt::how {
            amount: param.value,
            who
        }),
    )
    .param(param)
    .law(law, date);
    if let Some(shared) = kostendelersnorm(s, date, input, aow)? {
        including_vt = shared;
    } else if input.partner_geen_recht && input.leefvorm == Leefvorm::Gehuwden {
        including_vt = art24(s, date, input, aow)?;
    }
    including_vt = art24a(s, date, input, including_vt);
    if input.jongeren_verhoging && input.age < ADULT_AGE {
        including_vt = jongeren_verhoging(s, date, input, including_vt)?;
    }
    let incl = including_vt.amount;
    let vt_share = b.vakantietoeslag.value;
    let excl = (incl - incl * vt_share).round_cents();
    let excluding_vt = Line::new(
        keys::BIJSTAND_NORM_EXCL_VT,
        how!(txt::label_excl { who }),
        excl,
        how!(txt::how_excl {
            excl,
            incl,
            share: vt_share
        }),
    )
    .from_lines([&including_vt])
    .param(&b.vakantietoeslag)
    .law(PW_ART_19_LID_3, date);
    Ok(Norm {
        including_vt,
        excluding_vt,
    })
}

/// Art. 22a: with kostendelende medebewoners, each rechthebbende of 21 or older gets
/// ((40% + A × 30%) ÷ A) of the gehuwdennorm, A counting the kostendelers, the
/// belanghebbende and a partner of 21 or older; a couple gets the sum for each rechthebbende
/// (lid 2). `None` when the article does not apply.
fn kostendelersnorm(s: &Snapshot, date: Date, input: NormInput, aow: u16) -> Result<Option<Line>, FieldError> {
    let k = &s.kostendelersnorm;
    let min_age = u16::try_from(k.min_age.value).unwrap_or(u16::MAX);
    if input.kostendelers == 0 || input.age < min_age {
        return Ok(None);
    }
    let couple = input.leefvorm == Leefvorm::Gehuwden;
    let partner_age = input.partner_age.unwrap_or_default();
    if couple && partner_age < min_age {
        // Lid 3 (a fixed amount for a partner under 21) is not modelled.
        return Err(FieldError::new("kostendelers", "not_covered", txt::KDN_YOUNG_PARTNER));
    }
    if input.age >= aow || (couple && partner_age >= aow) {
        return Err(FieldError::new("kostendelers", "not_covered", txt::KDN_AOW));
    }
    let a = input.kostendelers.saturating_add(if couple { 2 } else { 1 });
    let persons = Decimal::from(a);
    let fraction = (k.pct_basis.value.fraction() + persons * k.pct_per_persoon.value.fraction()) / persons;
    let b = &s.bijstand.couple;
    let person = (b.value * fraction).round_cents();
    let rechthebbenden = if couple && !input.partner_geen_recht { 2 } else { 1 };
    let amount = person * Decimal::from(rechthebbenden);
    let mut how = how!(txt::kdn_how {
        a,
        b: b.value,
        basis: k.pct_basis.value,
        k: input.kostendelers,
        partner: if couple {
            Text::from(txt::KDN_PARTNER)
        } else {
            Text::Empty
        },
        pct: Rate::from_fraction(fraction.round_dp(4)),
        per: k.pct_per_persoon.value,
        person,
    });
    if rechthebbenden == 2 {
        how.push(how!(txt::kdn_couple { amount, person }));
    } else if couple {
        how.push(how!(txt::KDN_PARTNER_GEEN_RECHT));
    }
    let who = if couple { txt::WHO_COUPLE } else { txt::WHO_KOSTENDELER };
    Ok(Some(
        Line::new(keys::BIJSTAND_NORM, how!(txt::label { who }), amount, how)
            .param(&k.pct_basis)
            .param(&k.pct_per_persoon)
            .param(&k.min_age_medebewoner)
            .param(b)
            .law(PW_ART_22A, date),
    ))
}

/// Art. 24: a partner without a right to bijstand; the rechthebbende gets 50% of the norm
/// for gehuwden of his own age (without kostendelers; those go by art. 22a).
fn art24(s: &Snapshot, date: Date, input: NormInput, aow: u16) -> Result<Line, FieldError> {
    let own_age = NormInput {
        partner_age: Some(input.age),
        ..input
    };
    let (param, _, _) = couple_norm(&s.bijstand, own_age, aow)?;
    let pct_param = match &s.partner_geen_recht {
        PartnerGeenRecht::Art24(v) => &v.pct,
        PartnerGeenRecht::Art24EnArt24a(v) => &v.pct,
    };
    let pct = pct_param.value;
    let amount = (param.value * pct).round_cents();
    let how = how!(txt::art24_how {
        amount,
        couple: param.value,
        pct
    });
    Ok(Line::new(
        keys::BIJSTAND_NORM,
        how!(txt::label { who: txt::WHO_ART24 }),
        amount,
        how,
    )
    .param(param)
    .param(pct_param)
    .law(PW_ART_24, date))
}

/// Art. 24a (from 2027): a belanghebbende with a dependent child whose partner has no right
/// to bijstand gets 1/12 of the alleenstaande-ouderkop of the kindgebonden budget on top of
/// the norm: the kop is a yearly amount, the norm a monthly one.
fn art24a(s: &Snapshot, date: Date, input: NormInput, norm: Line) -> Line {
    let applies = input.leefvorm == Leefvorm::Gehuwden && input.partner_geen_recht && input.has_children;
    if !applies || !matches!(s.partner_geen_recht, PartnerGeenRecht::Art24EnArt24a(_)) {
        return norm;
    }
    let kop = &s.kindgebonden_budget.alleenstaande_ouderkop;
    let raise = kop
        .value
        .checked_div(Decimal::from(12))
        .unwrap_or(Money::ZERO)
        .round_cents();
    let amount = norm.amount + raise;
    let mut how = norm.how.clone();
    how.push(how!(txt::art24a_how {
        amount,
        kop: kop.value,
        norm: norm.amount,
        raise
    }));
    Line { amount, how, ..norm }.param(kop).law(PW_ART_24A, date)
}

/// Art. 20 lid 3 and 4: the youth norm raised for an 18-, 19- or 20-year-old who cannot
/// rely on the parents, never above the art. 21 norm of a comparable person of 21.
fn jongeren_verhoging(s: &Snapshot, date: Date, input: NormInput, base: Line) -> Result<Line, FieldError> {
    let JongerenVerhoging::Art20Lid3(v) = &s.jongeren_verhoging else {
        return Err(FieldError::new(
            "jongeren_verhoging",
            "not_covered",
            txt::VERHOGING_ART12,
        ));
    };
    if input.leefvorm == Leefvorm::Gehuwden {
        return Err(FieldError::new(
            "jongeren_verhoging",
            "not_covered",
            txt::VERHOGING_COUPLE,
        ));
    }
    let cap = &s.bijstand.single;
    let sum = base.amount + v.bedrag.value;
    let amount = sum.min(cap.value);
    let mut how = how!(txt::verhoging_how {
        age: input.age,
        base: base.amount,
        raise: v.bedrag.value,
        sum
    });
    if sum > cap.value {
        how.push(how!(txt::verhoging_cap { cap: cap.value }));
    }
    Ok(Line { amount, how, ..base }
        .param(&v.bedrag)
        .param(cap)
        .law(PW_ART_20_LID_3, date))
}

fn too_young(field: &str) -> FieldError {
    FieldError::new(field, "age_below_18", txt::too_young { min_age: MIN_AGE })
}

/// An alleenstaande or alleenstaande ouder: the youth norm under 21 (art. 20), the adult
/// norm to the AOW age (art. 21), then art. 22.
fn single_norm(b: &Bijstand, age: u16, parent: bool, aow: u16) -> Chosen<'_> {
    let who = if parent {
        txt::WHO_SINGLE_PARENT
    } else {
        txt::WHO_SINGLE
    };
    if age >= aow {
        (&b.single_aow, PW_ART_22, who)
    } else if age >= ADULT_AGE {
        (&b.single, PW_ART_21, who)
    } else if parent {
        (&b.youth_single_parent, PW_ART_20, who)
    } else {
        (&b.youth_single, PW_ART_20, who)
    }
}

/// Gehuwden: by the ages of both partners. Under 21 the youth norms of art. 20 (higher with
/// children at home); both 21 or older art. 21; one at the AOW age art. 22, which this tool
/// does not cover with a partner under 21.
fn couple_norm(b: &Bijstand, input: NormInput, aow: u16) -> Result<Chosen<'_>, FieldError> {
    let Some(partner) = input.partner_age else {
        return Err(FieldError::new(
            "partner_age",
            "partner_age_missing",
            txt::PARTNER_AGE_MISSING,
        ));
    };
    if partner < MIN_AGE {
        return Err(too_young("partner_age"));
    }
    let (young, old) = (input.age.min(partner), input.age.max(partner));
    Ok(if old >= aow {
        if young < ADULT_AGE {
            return Err(FieldError::new(
                "partner_age",
                "not_covered",
                txt::not_covered { age: ADULT_AGE },
            ));
        }
        (&b.couple_aow, PW_ART_22, txt::WHO_COUPLE)
    } else if young >= ADULT_AGE {
        (&b.couple, PW_ART_21, txt::WHO_COUPLE)
    } else if old >= ADULT_AGE {
        let p = if input.has_children {
            &b.youth_couple_one_children
        } else {
            &b.youth_couple_one
        };
        (p, PW_ART_20, txt::WHO_COUPLE)
    } else {
        let p = if input.has_children {
            &b.youth_couple_both_children
        } else {
            &b.youth_couple_both
        };
        (p, PW_ART_20, txt::WHO_COUPLE)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parameters_at;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn euro(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal"))
    }

    fn norm_at(d: &str, leefvorm: Leefvorm, age: u16, partner_age: Option<u16>) -> Result<Norm, FieldError> {
        let date = Date::from_str(d).expect("date");
        norm(
            parameters_at(date).expect("snapshot"),
            date,
            NormInput {
                leefvorm,
                age,
                partner_age,
                has_children: false,
                kostendelers: 0,
                partner_geen_recht: false,
                jongeren_verhoging: false,
            },
        )
    }

    #[test]
    fn published_norms_2026() {
        let single = norm_at("2026-01-01", Leefvorm::Alleenstaande, 30, None).expect("ok");
        assert_eq!(single.including_vt.amount, euro("1401.50"));
        let couple = norm_at("2026-01-01", Leefvorm::Gehuwden, 30, Some(40)).expect("ok");
        assert_eq!(couple.including_vt.amount, euro("2002.13"));
        let parent = norm_at("2026-01-01", Leefvorm::AlleenstaandeOuder, 30, None).expect("ok");
        assert_eq!(
            parent.including_vt.amount,
            euro("1401.50"),
            "art. 21 a: same norm for a single parent"
        );
    }

    #[test]
    fn excluding_vakantietoeslag_is_95_percent_to_cents() {
        // Published pairs, 1 July 2025: 1.369,06 ↔ 1.300,61 and 1.955,80 ↔ 1.858,01.
        let single = norm_at("2025-07-01", Leefvorm::Alleenstaande, 30, None).expect("ok");
        assert_eq!(single.including_vt.amount, euro("1369.06"));
        assert_eq!(single.excluding_vt.amount, euro("1300.61"));
        let couple = norm_at("2025-07-01", Leefvorm::Gehuwden, 30, Some(30)).expect("ok");
        assert_eq!(couple.including_vt.amount, euro("1955.80"));
        assert_eq!(couple.excluding_vt.amount, euro("1858.01"));
    }

    #[test]
    fn how_text_in_dutch_and_english() {
        let single = norm_at("2026-01-01", Leefvorm::Alleenstaande, 30, None).expect("ok");
        assert_eq!(
            single.excluding_vt.label,
            "Bijstandsnorm alleenstaande zonder vakantietoeslag, per maand"
        );
        assert_eq!(single.excluding_vt.how, "€ 1.401,50 min 5% vakantietoeslag = € 1.331,43 (afgerond op centen). De vakantietoeslag wordt één keer per jaar uitbetaald.");
        crate::i18n::in_language("en", || {
            assert_eq!(
                single.including_vt.label,
                "Bijstand norm (the standard amount) for a single person, per month"
            );
            assert_eq!(single.excluding_vt.how, "€1,401.50 minus 5% holiday allowance = €1,331.43 (rounded to cents). The holiday allowance is paid once a year.");
            let young = norm_at("2026-01-01", Leefvorm::Alleenstaande, 17, None).unwrap_err();
            assert_eq!(
                young.message,
                "Under 18, there is no right to bijstand. This calculator works from age 18."
            );
        });
    }

    #[test]
    fn age_bands() {
        assert_eq!(
            norm_at("2026-01-01", Leefvorm::Alleenstaande, 20, None)
                .expect("ok")
                .including_vt
                .amount,
            euro("345.99")
        );
        assert_eq!(
            norm_at("2026-01-01", Leefvorm::Alleenstaande, 67, None)
                .expect("ok")
                .including_vt
                .amount,
            euro("1564.69")
        );
        assert_eq!(
            norm_at("2026-01-01", Leefvorm::Gehuwden, 20, Some(25))
                .expect("ok")
                .including_vt
                .amount,
            euro("1347.06")
        );
        assert_eq!(
            norm_at("2026-01-01", Leefvorm::Alleenstaande, 17, None)
                .unwrap_err()
                .code,
            "age_below_18"
        );
        assert_eq!(
            norm_at("2026-01-01", Leefvorm::Gehuwden, 30, None).unwrap_err().field,
            "partner_age"
        );
    }
}
