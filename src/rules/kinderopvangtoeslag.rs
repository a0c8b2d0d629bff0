//! Kinderopvangtoeslag (Wet kinderopvang art. 1.5–1.13): the state pays a percentage of the
//! kosten van kinderopvang. Per child the kosten are the hours of opvang, up to a maximum
//! per month, times the price per hour, up to a maximum per soort opvang (art. 1.7 lid 1, 2
//! and 4). The percentage follows the household's toetsingsinkomen from the table of the
//! Besluit kinderopvangtoeslag (art. 1.8 lid 1): one column for the child with the most
//! hours of opvang (the eerste kind), one for every other child.
//!
//! Only the rows of that table that a source gives are in the data, and up to which income
//! they are known (`percentages_known_until`). Above it the toeslag line says we cannot
//! tell: amount zero, status `Unknown`, and [`Kinderopvang::cannot_tell`] set, never a
//! guessed percentage.
//!
//! Who may claim the toeslag at all (art. 1.6: a parent who works, and a partner who works
//! too) is the caller's answer, passed in as [`KotInput::entitled`]; [`entitled`] helps.
//!
//! Simplifications, each on the generous side or without effect on the known rows:
//! - the law caps the hours per berekeningsjaar at 230 × the months in which the parent
//!   works (Besluit art. 8a lid 1 onder b), so a busy month may borrow from a quiet one; we
//!   cap every month at 230 hours, as for a parent who works every month;
//! - on equal hours the child with the higher kosten counts as the eerste kind (as secondary
//!   sources describe the Besluit; not read in its text); while both columns of the known
//!   rows are equal, the choice changes nothing;
//! - amounts are per month in cents, each shown amount rounded to cents and used as shown
//!   in the next step, so every how text adds up. The Dienst Toeslagen fixes a yearly
//!   amount in whole euros (Awir art. 14 lid 4); that is not applied to the month here.

use crate::how;
use crate::i18n::msg::kinderopvangtoeslag as txt;
use crate::i18n::{Msg, Text};
use rust_decimal::Decimal;

use super::explain::{LawRef, Line, SourceRef, Sourced};
use super::keys;
use super::money::{Money, Rate};
use super::params::{Kinderopvangtoeslag, Param, Snapshot, Status, ToeslagPercentage};
use super::wetten::WET_KINDEROPVANG;
use super::zorgtoeslag::{below_uitbetaalgrens, uitbetaalgrens_sources};
use super::Date;

/// Who may claim: a parent who works, or is in one of the other situations of lid 1.
pub const WKO_ART_1_6_LID_1: LawRef = WET_KINDEROPVANG.art("1.6").lid("1");
/// A parent with a partner only when the partner works too, or is in one of the listed
/// situations.
pub const WKO_ART_1_6_LID_3: LawRef = WET_KINDEROPVANG.art("1.6").lid("3");
/// The height follows the draagkracht and the kosten per child: hours and price, each up to
/// a maximum set by AMvB.
pub const WKO_ART_1_7: LawRef = WET_KINDEROPVANG.art("1.7");
/// The tables of percentages, set by AMvB (the Besluit kinderopvangtoeslag, bijlage I).
pub const WKO_ART_1_8_LID_1: LawRef = WET_KINDEROPVANG.art("1.8").lid("1");

const TWELVE: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// The soort kinderopvang; each has its own maximum uurprijs (Besluit art. 4 lid 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opvangsoort {
    /// Dagopvang in a kindercentrum, for children who do not go to school yet.
    Dagopvang,
    /// Buitenschoolse opvang (bso): before and after school and in the holidays.
    Buitenschoolse,
    /// Gastouderopvang, through a gastouderbureau.
    Gastouder,
}

impl Opvangsoort {
    pub const ALL: [Opvangsoort; 3] = [
        Opvangsoort::Dagopvang,
        Opvangsoort::Buitenschoolse,
        Opvangsoort::Gastouder,
    ];

    /// The name in forms, share links and the JS API ("bso").
    pub fn slug(self) -> &'static str {
        match self {
            Opvangsoort::Dagopvang => "dagopvang",
            Opvangsoort::Buitenschoolse => "bso",
            Opvangsoort::Gastouder => "gastouder",
        }
    }

    pub fn from_slug(text: &str) -> Option<Opvangsoort> {
        Opvangsoort::ALL.into_iter().find(|s| s.slug() == text.trim())
    }

    /// The choice as a resident reads it in a form ("Buitenschoolse opvang (bso)").
    pub fn label(self) -> Msg {
        match self {
            Opvangsoort::Dagopvang => txt::SOORT_DAGOPVANG,
            Opvangsoort::Buitenschoolse => txt::SOORT_BSO,
            Opvangsoort::Gastouder => txt::SOORT_GASTOUDER,
        }
    }

    /// The soort inside a sentence ("buitenschoolse opvang").
    fn in_text(self) -> Msg {
        match self {
            Opvangsoort::Dagopvang => txt::IN_TEXT_DAGOPVANG,
            Opvangsoort::Buitenschoolse => txt::IN_TEXT_BSO,
            Opvangsoort::Gastouder => txt::IN_TEXT_GASTOUDER,
        }
    }

    fn max_uurprijs(self, k: &Kinderopvangtoeslag) -> &Param<Money> {
        match self {
            Opvangsoort::Dagopvang => &k.max_uurprijs_dagopvang,
            Opvangsoort::Buitenschoolse => &k.max_uurprijs_bso,
            Opvangsoort::Gastouder => &k.max_uurprijs_gastouder,
        }
    }
}

/// The opvang of one child in a month.
#[derive(Clone, Copy, Debug)]
pub struct Opvang {
    pub soort: Opvangsoort,
    pub hours_per_month: Decimal,
    /// What the kinderopvang charges per hour.
    pub price_per_hour: Money,
}

#[derive(Clone, Copy, Debug)]
pub struct KotInput<'a> {
    /// Yearly toetsingsinkomen of the household (parent plus toeslagpartner).
    pub toetsingsinkomen: Money,
    /// One entry per child in opvang.
    pub children: &'a [Opvang],
    /// Whether the household may claim the toeslag (art. 1.6); `Err` says why not, in a
    /// sentence the toeslag line repeats. See [`entitled`].
    pub entitled: Result<(), Msg>,
}

#[derive(Clone, Debug)]
pub struct Kinderopvang {
    /// What the opvang costs per month: every hour at the real price.
    pub costs: Line,
    /// Kinderopvangtoeslag per month.
    pub toeslag: Line,
    /// `costs` minus `toeslag`: what the household pays itself.
    pub own_share: Line,
    /// The percentage for this toetsingsinkomen is not in the data: `toeslag` is zero
    /// because we cannot tell, not because nothing is paid. Set also inside
    /// [`super::explain::quietly`], where lines record no status.
    pub cannot_tell: bool,
}

/// Wet kinderopvang art. 1.6: a parent may claim the toeslag when he works (lid 1 onder a),
/// or is in one of the other situations of lid 1 (a traject naar werk with bijstand, a
/// study, an inburgering, …); and "een ouder met een partner heeft slechts aanspraak op een
/// kinderopvangtoeslag, indien de partner" works too or is in one of those situations
/// (lid 3). `applicant_works` and the partner's `bool` mean: works, or is in such a
/// situation; `partner` is `None` without a partner. The exceptions of lid 6 to 10 (a
/// partner with a Wlz-indicatie, detention, a partner who is family) are not asked.
pub fn entitled(applicant_works: bool, partner: Option<bool>) -> Result<(), Msg> {
    if !applicant_works {
        return Err(txt::APPLICANT_NOT_WORKING);
    }
    match partner {
        Some(false) => Err(txt::PARTNER_NOT_WORKING),
        Some(true) | None => Ok(()),
    }
}

/// Kinderopvangtoeslag per month for a household, with the costs and the own share.
///
/// Check for 2026: one child, 100 hours of dagopvang at € 12,00, toetsingsinkomen € 40.000:
/// costs € 1.200,00; the price counts up to € 11,23, so 96% × 100 × € 11,23 = € 1.078,08;
/// own share € 121,92.
pub fn kinderopvangtoeslag(s: &Snapshot, date: Date, input: &KotInput) -> Kinderopvang {
    let costs = costs(input.children);
    let (toeslag, cannot_tell) = toeslag(s, date, input);
    let own_share = own_share(&costs, &toeslag, cannot_tell, input.children.is_empty());
    Kinderopvang {
        costs,
        toeslag,
        own_share,
        cannot_tell,
    }
}

/// Every hour at the price the kinderopvang charges.
fn costs(children: &[Opvang]) -> Line {
    let mut steps = Text::Empty;
    let mut total = Money::ZERO;
    for (n, child) in (1u32..).zip(children) {
        let hours = child.hours_per_month.max(Decimal::ZERO);
        let price = child.price_per_hour.at_least_zero();
        let cost = (price * hours).round_cents();
        total += cost;
        steps.push(how!(txt::cost_child {
            child: n,
            cost,
            hours,
            price,
            soort: child.soort.in_text(),
        }));
    }
    if children.is_empty() {
        steps.push(how!(txt::NO_CHILDREN));
    } else if children.len() > 1 {
        steps.push(how!(txt::costs_total { total }));
    }
    Line::new(keys::KOT_COSTS, txt::LABEL_COSTS, total, steps)
}

/// The toeslag line, and whether the percentage for this income is unknown.
fn toeslag(s: &Snapshot, date: Date, input: &KotInput) -> (Line, bool) {
    let k = &s.kinderopvangtoeslag;
    let base = Line::new(keys::KOT_MONTHLY, txt::LABEL, Money::ZERO, Text::Empty);
    if let Err(reason) = input.entitled {
        let line = Line {
            how: how!(txt::not_entitled { reason }),
            ..base
        };
        return (line.law(WKO_ART_1_6_LID_1, date).law(WKO_ART_1_6_LID_3, date), false);
    }
    if input.children.is_empty() {
        let line = Line {
            how: how!(txt::NO_CHILDREN),
            ..base
        };
        return (line, false);
    }
    let income = input.toetsingsinkomen.at_least_zero();
    let Some(row) = percentage(k, income) else {
        return (cannot_tell(base, k, income, date), true);
    };
    let first = first_child(k, input.children);
    let mut steps = percentage_text(row, income, input.children.len());
    let mut total = Money::ZERO;
    let mut line = base;
    for (i, child) in input.children.iter().enumerate() {
        let is_first = first == Some(i);
        let pct = if is_first { row.first_pct } else { row.next_pct };
        let n = u32::try_from(i).map_or(u32::MAX, |i| i.saturating_add(1));
        total += child_toeslag(k, n, child, pct, is_first, &mut steps);
        line = line.param(child.soort.max_uurprijs(k));
    }
    if input.children.len() > 1 {
        steps.push(how!(txt::toeslag_total { total }));
    }
    let (amount, below_grens) = payable(s, total, &mut steps);
    line = Line {
        amount,
        how: steps,
        ..line
    }
    .param(&k.max_uren)
    .param(&k.percentages)
    .param(&k.percentages_known_until)
    .law(WKO_ART_1_7, date)
    .law(WKO_ART_1_8_LID_1, date);
    if below_grens {
        line = uitbetaalgrens_sources(line, s, date);
    }
    (line, false)
}

/// The row of the table for `income`, if the data knows the percentages that far. The
/// rows are in ascending order of `from` (a test checks every snapshot).
fn percentage(k: &Kinderopvangtoeslag, income: Money) -> Option<&'static ToeslagPercentage> {
    if income > k.percentages_known_until.value {
        return None;
    }
    k.percentages.value.iter().rev().find(|r| r.from <= income)
}

/// The percentages that apply: one sentence, with both columns when there are two or more
/// children.
fn percentage_text(row: &ToeslagPercentage, income: Money, children: usize) -> Text {
    if children > 1 {
        how!(txt::percentages {
            first_pct: row.first_pct,
            income,
            next_pct: row.next_pct,
        })
    } else {
        how!(txt::percentage_one {
            income,
            pct: row.first_pct,
        })
    }
}

/// The income is above the rows the data knows: no amount, status `Unknown` on the table,
/// and a sentence that says so.
fn cannot_tell(base: Line, k: &Kinderopvangtoeslag, income: Money, date: Date) -> Line {
    let until = k.percentages_known_until.value;
    let mut line = Line {
        how: how!(txt::unknown_pct { income, until }),
        ..base
    }
    .param(&k.percentages)
    .param(&k.percentages_known_until)
    .law(WKO_ART_1_8_LID_1, date);
    line.add_source(SourceRef {
        status: Status::Unknown,
        ..SourceRef::from(&k.percentages_known_until)
    });
    line
}

/// The hours and the price that count for one child: each up to its maximum.
fn counted(k: &Kinderopvangtoeslag, child: &Opvang) -> (Decimal, Money) {
    let max_hours = Decimal::from(k.max_uren.value);
    let hours = child.hours_per_month.max(Decimal::ZERO).min(max_hours);
    let price = child
        .price_per_hour
        .at_least_zero()
        .min(child.soort.max_uurprijs(k).value);
    (hours, price)
}

/// The eerste kind: the most hours of opvang; on equal hours, the higher kosten (the hours
/// and the price that count); on equal kosten too, the first in the list. `None` without
/// children.
fn first_child(k: &Kinderopvangtoeslag, children: &[Opvang]) -> Option<usize> {
    let key = |c: &Opvang| {
        let (hours, price) = counted(k, c);
        (c.hours_per_month.max(Decimal::ZERO), price * hours)
    };
    let mut best: Option<(usize, (Decimal, Money))> = None;
    for (i, child) in children.iter().enumerate() {
        let this = key(child);
        if best.as_ref().is_none_or(|(_, b)| this > *b) {
            best = Some((i, this));
        }
    }
    best.map(|(i, _)| i)
}

/// The toeslag for child `n` (1 for the first in the list): the hours and the price that
/// count, times the percentage of its column.
fn child_toeslag(
    k: &Kinderopvangtoeslag,
    n: u32,
    child: &Opvang,
    pct: Rate,
    is_first: bool,
    steps: &mut Text,
) -> Money {
    let raw_hours = child.hours_per_month.max(Decimal::ZERO);
    let raw_price = child.price_per_hour.at_least_zero();
    let (hours, price) = counted(k, child);
    if raw_hours > hours {
        steps.push(how!(txt::hours_capped {
            child: n,
            hours: raw_hours,
            max: k.max_uren.value,
        }));
    }
    if raw_price > price {
        steps.push(how!(txt::price_capped {
            child: n,
            max: price,
            price: raw_price,
            soort: child.soort.in_text(),
        }));
    }
    let base = (price * hours).round_cents();
    let toeslag = (base * pct).round_cents();
    steps.push(if is_first {
        how!(txt::toeslag_child_first {
            base,
            child: n,
            hours,
            pct,
            price,
            toeslag,
        })
    } else {
        how!(txt::toeslag_child_next {
            base,
            child: n,
            hours,
            pct,
            price,
            toeslag,
        })
    });
    toeslag
}

/// Awir art. 14 lid 5, as for every toeslag: below the uitbetaalgrens per year (twelve
/// months of this amount) nothing is paid. Returns the amount and whether the grens
/// decided it.
fn payable(s: &Snapshot, total: Money, steps: &mut Text) -> (Money, bool) {
    if total.is_zero() {
        return (total, false);
    }
    let yearly = total * TWELVE;
    match below_uitbetaalgrens(s, yearly) {
        Some(not_paid) => {
            steps.push(how!(Text::join([txt::per_year { yearly }.into(), not_paid])));
            (Money::ZERO, true)
        }
        None => (total, false),
    }
}

/// What the household pays itself: the costs minus the toeslag. When the toeslag cannot be
/// told, neither can this: the line shows the full costs and says the real share is lower.
fn own_share(costs: &Line, toeslag: &Line, cannot_tell: bool, no_children: bool) -> Line {
    let own = (costs.amount - toeslag.amount).at_least_zero();
    let how = if no_children {
        how!(txt::NO_CHILDREN)
    } else if cannot_tell {
        how!(txt::own_share_unknown { costs: costs.amount })
    } else {
        how!(txt::own_share {
            costs: costs.amount,
            own,
            toeslag: toeslag.amount,
        })
    };
    Line::new(keys::KOT_OWN_SHARE, txt::LABEL_OWN_SHARE, own, how).from_lines([costs, toeslag])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::explain::quietly;
    use crate::rules::{parameters_at, SNAPSHOTS};
    use std::str::FromStr;

    fn euro(s: &str) -> Money {
        Money::new(Decimal::from_str(s).expect("decimal"))
    }

    fn opvang(soort: Opvangsoort, hours: &str, price: &str) -> Opvang {
        Opvang {
            soort,
            hours_per_month: Decimal::from_str(hours).expect("hours"),
            price_per_hour: euro(price),
        }
    }

    fn run_with(date: &str, income: &str, children: &[Opvang], entitled: Result<(), Msg>) -> Kinderopvang {
        let date = Date::from_str(date).expect("date");
        let s = parameters_at(date).expect("snapshot");
        let input = KotInput {
            toetsingsinkomen: euro(income),
            children,
            entitled,
        };
        kinderopvangtoeslag(s, date, &input)
    }

    fn run(date: &str, income: &str, children: &[Opvang]) -> Kinderopvang {
        run_with(date, income, children, Ok(()))
    }

    fn amounts(k: &Kinderopvang) -> (Money, Money, Money) {
        (k.costs.amount, k.toeslag.amount, k.own_share.amount)
    }

    #[test]
    fn one_child_at_96_percent_worked_out_by_hand() {
        // 100 uur × € 12,00 = € 1.200,00; the price counts up to € 11,23:
        // 96% × 100 × € 11,23 = 96% × € 1.123,00 = € 1.078,08; own share € 121,92.
        let k = run("2026-01-01", "40000", &[opvang(Opvangsoort::Dagopvang, "100", "12.00")]);
        assert_eq!(amounts(&k), (euro("1200.00"), euro("1078.08"), euro("121.92")));
        assert!(!k.cannot_tell);
        assert_eq!(k.toeslag.key, keys::KOT_MONTHLY);
        assert_eq!(
            k.toeslag.how,
            "Bij een toetsingsinkomen van € 40.000,00 per jaar krijgt u 96% van de kosten terug. Kind 1: de prijs is € 12,00 per uur. Voor dagopvang telt maximaal € 11,23 per uur mee. Kind 1 (eerste kind): 100 uur × € 11,23 = € 1.123,00. 96% daarvan is € 1.078,08."
        );
        assert_eq!(k.costs.how, "Kind 1 (dagopvang): 100 uur × € 12,00 = € 1.200,00.");
        assert_eq!(
            k.own_share.how,
            "Kosten € 1.200,00 min kinderopvangtoeslag € 1.078,08 = € 121,92."
        );
        assert!(k
            .toeslag
            .sources
            .iter()
            .any(|s| s.article.to_string() == "Wet kinderopvang art. 1.7"));
        assert_eq!(
            WKO_ART_1_7
                .at(Date::from_str("2026-01-01").expect("date"))
                .url
                .to_string(),
            "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.7"
        );
        // The maximum uurprijzen of 2026 come from secondary sources.
        assert_eq!(k.toeslag.status(), Status::Unverified);
        assert_eq!(k.own_share.status(), Status::Unverified);
    }

    #[test]
    fn hours_above_230_count_as_230() {
        // 250 uur × € 10,00 = € 2.500,00 real costs; 230 × € 10,00 = € 2.300,00 counts:
        // 96% = € 2.208,00; own share € 292,00.
        let k = run("2026-01-01", "30000", &[opvang(Opvangsoort::Dagopvang, "250", "10.00")]);
        assert_eq!(amounts(&k), (euro("2500.00"), euro("2208.00"), euro("292.00")));
        assert!(
            k.toeslag
                .how
                .contains("u gebruikt 250 uur opvang. Er tellen maximaal 230 uur per maand mee."),
            "{}",
            k.toeslag.how
        );
    }

    #[test]
    fn the_child_with_the_most_hours_is_the_first_child() {
        // Kind 1: bso 80 × € 9,00 = € 720,00, under the maximum € 9,98 → 96% = € 691,20.
        // Kind 2: dagopvang 120 × € 11,23 = € 1.347,60 → 96% = € 1.293,696 → € 1.293,70.
        // Toeslag € 1.984,90; costs € 2.067,60; own share € 82,70.
        let children = [
            opvang(Opvangsoort::Buitenschoolse, "80", "9.00"),
            opvang(Opvangsoort::Dagopvang, "120", "11.23"),
        ];
        let k = run("2026-01-01", "50000", &children);
        assert_eq!(amounts(&k), (euro("2067.60"), euro("1984.90"), euro("82.70")));
        assert_eq!(first_child(&s2026().kinderopvangtoeslag, &children), Some(1));
        assert_eq!(
            k.toeslag.how,
            "Bij een toetsingsinkomen van € 50.000,00 per jaar krijgt u 96% van de kosten terug voor het kind met de meeste uren opvang (eerste kind) en 96% voor elk ander kind. Kind 1: 80 uur × € 9,00 = € 720,00. 96% daarvan is € 691,20. Kind 2 (eerste kind): 120 uur × € 11,23 = € 1.347,60. 96% daarvan is € 1.293,70. Kinderopvangtoeslag samen: € 1.984,90 per maand."
        );
        assert_eq!(
            k.costs.how,
            "Kind 1 (buitenschoolse opvang): 80 uur × € 9,00 = € 720,00. Kind 2 (dagopvang): 120 uur × € 11,23 = € 1.347,60. Samen € 2.067,60 per maand."
        );
    }

    fn s2026() -> &'static Snapshot {
        parameters_at(Date::from_str("2026-01-01").expect("date")).expect("snapshot")
    }

    #[test]
    fn equal_hours_the_higher_kosten_is_first_then_the_order() {
        let k = &s2026().kinderopvangtoeslag;
        let cheap = opvang(Opvangsoort::Gastouder, "50", "7.00");
        let dear = opvang(Opvangsoort::Dagopvang, "50", "11.00");
        assert_eq!(first_child(k, &[cheap, dear]), Some(1));
        assert_eq!(first_child(k, &[dear, dear]), Some(0));
        assert_eq!(first_child(k, &[]), None);
    }

    #[test]
    fn each_soort_has_its_own_maximum() {
        // bso € 9,98 and gastouder € 8,49 in 2026; 2025: dagopvang € 10,71.
        let bso = run(
            "2026-07-01",
            "20000",
            &[opvang(Opvangsoort::Buitenschoolse, "50", "12.00")],
        );
        assert_eq!(bso.toeslag.amount, euro("479.04")); // 96% × € 499,00
        let gast = run("2026-01-01", "20000", &[opvang(Opvangsoort::Gastouder, "100", "9.00")]);
        assert_eq!(gast.toeslag.amount, euro("815.04")); // 96% × € 849,00
        let old = run("2025-01-01", "20000", &[opvang(Opvangsoort::Dagopvang, "100", "12.00")]);
        assert_eq!(old.toeslag.amount, euro("1028.16")); // 96% × € 1.071,00
    }

    #[test]
    fn above_the_known_table_we_cannot_tell() {
        let children = [opvang(Opvangsoort::Dagopvang, "100", "12.00")];
        let k = run("2026-01-01", "60000", &children);
        assert!(k.cannot_tell);
        assert_eq!(amounts(&k), (euro("1200.00"), Money::ZERO, euro("1200.00")));
        assert_eq!(k.toeslag.status(), Status::Unknown);
        assert_eq!(
            k.own_share.status(),
            Status::Unknown,
            "the unknown flows into the own share"
        );
        assert_eq!(
            k.toeslag.how,
            "Bij een toetsingsinkomen van € 60.000,00 per jaar weten wij niet welk deel van de kosten u terugkrijgt. Deze rekenhulp kent het percentage alleen tot en met een toetsingsinkomen van € 56.412,00. Daarom rekenen wij de kinderopvangtoeslag niet uit. Maak een proefberekening bij de Dienst Toeslagen."
        );
        assert!(
            k.own_share.how.contains("Met toeslag betaalt u minder."),
            "{}",
            k.own_share.how
        );
        // The edge of the known row, in 2026 and in 2025.
        assert!(!run("2026-01-01", "56412", &children).cannot_tell);
        assert!(run("2026-01-01", "56412.01", &children).cannot_tell);
        assert!(!run("2025-07-01", "47403", &children).cannot_tell);
        assert!(run("2025-07-01", "47404", &children).cannot_tell);
        // Also when only the amounts are asked for.
        let quiet = quietly(|| run("2026-01-01", "60000", &children));
        assert!(quiet.cannot_tell);
        assert_eq!(amounts(&quiet), amounts(&k));
    }

    #[test]
    fn not_entitled_means_no_toeslag_and_says_why() {
        let children = [opvang(Opvangsoort::Dagopvang, "100", "12.00")];
        let k = run_with("2026-01-01", "30000", &children, entitled(true, Some(false)));
        assert_eq!(amounts(&k), (euro("1200.00"), Money::ZERO, euro("1200.00")));
        assert!(!k.cannot_tell);
        assert_eq!(
            k.toeslag.how,
            "U hebt een partner. Dan is er alleen kinderopvangtoeslag als u allebei werkt, of als wie niet werkt bijvoorbeeld studeert of een traject naar werk volgt. Daarom krijgt u geen kinderopvangtoeslag."
        );
        assert!(k
            .toeslag
            .sources
            .iter()
            .any(|s| s.article.to_string() == "Wet kinderopvang art. 1.6 lid 3"));
        // Not entitled is decided before the income: no "cannot tell" for a high income.
        let high = run_with("2026-01-01", "90000", &children, entitled(false, None));
        assert!(!high.cannot_tell);
        assert!(high.toeslag.how.contains("alleen als u werkt"), "{}", high.toeslag.how);
    }

    #[test]
    fn who_is_entitled() {
        assert_eq!(entitled(true, None), Ok(()));
        assert_eq!(entitled(true, Some(true)), Ok(()));
        assert_eq!(entitled(true, Some(false)), Err(txt::PARTNER_NOT_WORKING));
        assert_eq!(entitled(false, Some(true)), Err(txt::APPLICANT_NOT_WORKING));
        assert_eq!(entitled(false, None), Err(txt::APPLICANT_NOT_WORKING));
    }

    #[test]
    fn no_children_no_costs() {
        let k = run("2026-01-01", "30000", &[]);
        assert_eq!(amounts(&k), (Money::ZERO, Money::ZERO, Money::ZERO));
        assert_eq!(k.toeslag.how, "U hebt geen kinderopvang ingevuld.");
    }

    #[test]
    fn a_tiny_toeslag_is_below_the_uitbetaalgrens() {
        // 0,1 uur × € 10,00 = € 1,00 → 96% = € 0,96 a month, € 11,52 a year < € 24.
        let k = run("2026-01-01", "30000", &[opvang(Opvangsoort::Dagopvang, "0.1", "10.00")]);
        assert_eq!(k.toeslag.amount, Money::ZERO);
        assert!(k.toeslag.how.contains("Per jaar is dat € 11,52."), "{}", k.toeslag.how);
        assert!(k
            .toeslag
            .sources
            .iter()
            .any(|s| s.article.to_string().contains("art. 14 lid 5")));
        assert_eq!(k.own_share.amount, euro("1.00"));
    }

    #[test]
    fn in_2027_the_amounts_are_provisional() {
        let k = run("2027-01-01", "30000", &[opvang(Opvangsoort::Dagopvang, "100", "12.00")]);
        assert_eq!(k.toeslag.amount, euro("1078.08"));
        assert!(k.toeslag.provisional());
        assert!(k.own_share.provisional());
    }

    #[test]
    fn the_tables_in_the_data_can_be_read_from_the_bottom() {
        for s in SNAPSHOTS {
            let k = &s.kinderopvangtoeslag;
            let rows = k.percentages.value;
            assert!(rows.first().is_some_and(|r| r.from.is_zero()), "{}", s.valid_from);
            assert!(rows.windows(2).all(|w| w[0].from < w[1].from), "{}", s.valid_from);
            for r in rows {
                assert!(r.from <= k.percentages_known_until.value, "{}", s.valid_from);
                for pct in [r.first_pct, r.next_pct] {
                    assert!(pct > Rate::from_percent(Decimal::ZERO), "{}", s.valid_from);
                    assert!(pct <= Rate::from_percent(Decimal::from(96)), "{}", s.valid_from);
                }
                assert!(r.next_pct >= r.first_pct, "{}", s.valid_from);
            }
        }
    }

    #[test]
    fn opvangsoort_slugs_go_both_ways() {
        for soort in Opvangsoort::ALL {
            assert_eq!(Opvangsoort::from_slug(soort.slug()), Some(soort));
        }
        assert_eq!(Opvangsoort::from_slug(" bso "), Some(Opvangsoort::Buitenschoolse));
        assert_eq!(Opvangsoort::from_slug("creche"), None);
    }

    #[test]
    fn how_texts_in_english() {
        let k = run("2026-01-01", "40000", &[opvang(Opvangsoort::Dagopvang, "100", "12.00")]);
        crate::i18n::in_language("en", || {
            assert_eq!(
                k.toeslag.how,
                "With a toetsingsinkomen (assessment income) of €40,000.00 per year you get 96% of the costs back. Child 1: the price is €12.00 per hour. For dagopvang at most €11.23 per hour counts. Child 1 (first child): 100 hours × €11.23 = €1,123.00. 96% of that is €1,078.08."
            );
            assert_eq!(
                k.own_share.how,
                "Costs €1,200.00 minus kinderopvangtoeslag €1,078.08 = €121.92."
            );
        });
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let huge = Opvang {
            soort: Opvangsoort::Gastouder,
            hours_per_month: Decimal::MAX,
            price_per_hour: Money::new(Decimal::MAX),
        };
        let negative = opvang(Opvangsoort::Buitenschoolse, "-5", "-3");
        let k = run("2026-01-01", "-1000", &[huge, negative]);
        // 230 × € 8,49 = € 1.952,70 → 96% = € 1.874,59 for the huge child, nothing for the other.
        assert_eq!(k.toeslag.amount, euro("1874.59"));
        assert!(k.own_share.amount >= Money::ZERO);
        let k = run("2026-01-01", &Decimal::MAX.to_string(), &[negative]);
        assert!(k.cannot_tell);
    }
}
