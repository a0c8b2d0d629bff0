//! Dated parameters. Every value the rules use lives in `params/` as data, with the law
//! article or official page it comes from, whether it was verified, and when it was
//! checked. `build.rs` turns those files into the statics below at compile time, so the
//! browser never parses TOML and a value without a source cannot even be built.
//!
//! National values: one full snapshot per validity date (`params/national/<date>.toml`).
//! Municipal values: one folder per gemeente (`params/gemeenten/<slug>/<date>.toml`).

use serde::Serialize;

use super::date::Date;
use super::money::{Money, Rate};
use crate::i18n::msg::status as txt;
use crate::i18n::Msg;

/// How sure we are of a value. Shown next to every amount that uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Read in the official text (law, Staatscourant, Rijksoverheid, Dienst Toeslagen, SVB).
    Verified,
    /// Computed from verified values by a rule stated in the source (e.g. 95% of a norm).
    Derived,
    /// Not yet published in its final form: a bill, a forecast, last period's value carried
    /// over, or computed from such values. [`ParamInfo::basis`] says which; the note says
    /// more. Weaker than derived (it may still change), stronger than unverified (where it
    /// comes from is known).
    Provisional,
    /// From a secondary source only, or older than the date it is used for.
    Unverified,
    /// Not found: there is no value, and the calculator must ask or say so.
    Unknown,
}

impl Status {
    /// The status word shown next to an amount ("gecontroleerd", "checked").
    pub fn text(self) -> Msg {
        match self {
            Status::Verified => txt::VERIFIED,
            Status::Derived => txt::DERIVED,
            Status::Provisional => txt::PROVISIONAL,
            Status::Unverified => txt::UNVERIFIED,
            Status::Unknown => txt::UNKNOWN,
        }
    }

    /// True when the UI must warn: the figure may be wrong or is missing.
    pub fn needs_warning(self) -> bool {
        matches!(self, Status::Provisional | Status::Unverified | Status::Unknown)
    }
}

/// What a provisional value rests on (`basis` in the data; only with status provisional).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// A bill (wetsvoorstel) that is not yet law.
    Proposal,
    /// A budget or ministry estimate (raming).
    Forecast,
    /// The previous period's value, because nothing newer is known.
    CarriedOver,
    /// Computed by the rule the law states from other, possibly provisional, values.
    Derived,
}

impl Basis {
    /// The basis in words, shown next to the status ("wetsvoorstel", "bill").
    pub fn text(self) -> Msg {
        match self {
            Basis::Proposal => txt::BASIS_PROPOSAL,
            Basis::Forecast => txt::BASIS_FORECAST,
            Basis::CarriedOver => txt::BASIS_CARRIED_OVER,
            Basis::Derived => txt::BASIS_DERIVED,
        }
    }
}

/// Where a value comes from.
#[derive(Debug, PartialEq, Serialize)]
pub struct Source {
    #[cfg(not(single_tool))]
    pub key: &'static str,
    #[cfg(not(single_tool))]
    pub title: &'static str,
    pub url: &'static str,
    /// The day someone last read the source for this value (the rules page shows it; a
    /// one-tool bundle links the page only).
    #[cfg(not(single_tool))]
    pub checked: Date,
}

/// One dated value with its provenance. The provenance (label, article, source, status,
/// note) lives once in the snapshot's index; `param.label` and friends reach it through
/// `Deref`, so the WebAssembly module carries each text only once.
#[derive(Clone, Debug)]
pub struct Param<T: 'static> {
    pub value: T,
    pub info: &'static ParamInfo,
}

impl<T> core::ops::Deref for Param<T> {
    type Target = ParamInfo;
    fn deref(&self) -> &ParamInfo {
        self.info
    }
}

/// A parameter's provenance and its printable value: the "regels en bronnen" page and the
/// JS API list these; the typed `Param`s point at them.
///
/// A bundle of one tool (`cfg(single_tool)`) has no rules page and no JS API: it keeps only
/// what a result line cites (article, source, status, basis), to stay within its budget.
#[derive(Debug, PartialEq, Serialize)]
pub struct ParamInfo {
    #[cfg(not(single_tool))]
    pub path: &'static str,
    /// The version of the law the parameter's group follows (`version` in the data file,
    /// e.g. "lineaire_afbouw"); empty for a group without versions.
    #[cfg(not(single_tool))]
    #[serde(skip_serializing_if = "str::is_empty")]
    pub version: &'static str,
    /// B1 name, as shown to users: Dutch, or in a WebAssembly bundle its language
    /// (locales/<code>/_parameters.toml).
    #[cfg(not(single_tool))]
    pub label: &'static str,
    /// The value as written in the data file, with its unit, in that language's notation.
    #[cfg(not(single_tool))]
    pub value: &'static str,
    /// The law article (or section of the official page), e.g. "Participatiewet art. 21 onder a".
    pub article: &'static str,
    pub source: &'static Source,
    pub status: Status,
    /// What a provisional value rests on; `None` for every other status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    #[cfg(not(single_tool))]
    pub note: &'static str,
}

/// Wet minimumloon en minimumvakantiebijslag.
#[derive(Clone, Debug)]
pub struct Wml {
    /// Minimumuurloon from age 21 (art. 8 lid 1 sub a).
    pub hourly_21: Param<Money>,
    /// Minimumloon per maand for benefit purposes, the "referentiemaandloon" (art. 8 lid 1 sub b).
    pub monthly: Param<Money>,
    /// Youth percentages of the adult minimum (art. 9 and Besluit minimumjeugdloon).
    pub youth: Param<&'static [YouthPercentage]>,
    /// Minimumvakantiebijslag (art. 15).
    pub vakantiebijslag: Param<Rate>,
}

#[derive(Clone, Debug, Serialize)]
pub struct YouthPercentage {
    pub age: u8,
    pub pct: Rate,
}

/// Participatiewet art. 19–22: bijstandsnormen per month, **including** vakantietoeslag.
#[derive(Clone, Debug)]
pub struct Bijstand {
    pub single: Param<Money>,
    pub couple: Param<Money>,
    pub single_aow: Param<Money>,
    pub couple_aow: Param<Money>,
    pub youth_single: Param<Money>,
    pub youth_couple_both: Param<Money>,
    pub youth_couple_one: Param<Money>,
    pub youth_single_parent: Param<Money>,
    pub youth_couple_both_children: Param<Money>,
    pub youth_couple_one_children: Param<Money>,
    /// Art. 19 lid 3: the vakantietoeslag is 5% on top of the norm excluding it.
    pub vakantietoeslag: Param<Rate>,
    /// Pensioengerechtigde leeftijd (AOW age) in whole years, for the ages this tool serves.
    pub aow_age: Param<u32>,
}

/// Participatiewet art. 34: vermogensgrenzen.
#[derive(Clone, Debug)]
pub struct Vermogen {
    pub single: Param<Money>,
    pub single_parent: Param<Money>,
    pub couple: Param<Money>,
}

/// Participatiewet art. 22a (with art. 19a): the kostendelersnorm. "Indien de
/// belanghebbende van 21 jaar of ouder een of meer kostendelende medebewoners heeft" the
/// norm per person is ((40% + A × 30%) ÷ A) × B, with A the kostendelende medebewoners
/// plus the belanghebbende and a partner of 21 or older, and B the gehuwdennorm of art. 21
/// onder b. A medebewoner counts from 27 (art. 19a lid 1).
#[derive(Clone, Debug)]
pub struct Kostendelersnorm {
    pub pct_basis: Param<Rate>,
    pub pct_per_persoon: Param<Rate>,
    /// The belanghebbende's age from which art. 22a applies.
    pub min_age: Param<u32>,
    pub min_age_medebewoner: Param<u32>,
}

/// Participatiewet art. 24: "Voor gehuwden waarvan een echtgenoot geen recht op algemene
/// bijstand heeft is voor de rechthebbende echtgenoot de norm gelijk aan 50% van de norm
/// die voor hem zou gelden als hij gehuwd zou zijn met een rechthebbende echtgenoot van zijn
/// leeftijd", when there are no kostendelers (onder a) or he is under 21 (onder b).
/// Version `art24`, to the end of 2026.
#[derive(Clone, Debug)]
pub struct PartnerGeenRechtArt24 {
    pub pct: Param<Rate>,
}

/// Version `art24_en_art24a`, from 1 January 2027 (Wet Participatiewet in balans, Stb.
/// 2025, 312): art. 24 as before, and art. 24a: for a belanghebbende with a dependent child
/// and a toeslagpartner without a right to bijstand "wordt de norm verhoogd met 1/12 van het
/// bedrag genoemd in artikel 2, zesde lid, van de Wet op het kindgebonden budget" (the
/// alleenstaande-ouderkop, a yearly amount: hence the twelfth).
#[derive(Clone, Debug)]
pub struct PartnerGeenRechtArt24EnArt24a {
    pub pct: Param<Rate>,
}

/// Before 2026 (version `art12_bijzondere_bijstand`) a young person whose parents could
/// not provide got aanvullende bijzondere bijstand under art. 12, by the gemeente's own
/// measure: the tool has no amount for it.
#[derive(Clone, Debug)]
pub struct JongerenVerhogingArt12BijzondereBijstand {}

/// Participatiewet art. 20 lid 3 (version `art20_lid3`, from 2026): "Voor belanghebbenden
/// van 18, 19 of 20 jaar verhoogt het college de norm met een bedrag van € …, indien die
/// belanghebbende voor de kosten van levensonderhoud geen beroep kan doen op zijn ouders";
/// lid 4: together never above the art. 21 norm of a comparable person of 21.
#[derive(Clone, Debug)]
pub struct JongerenVerhogingArt20Lid3 {
    pub bedrag: Param<Money>,
}

/// The kindgebonden budget with one phase-out rate (version `geen`, to the end of 2026).
#[derive(Clone, Debug)]
pub struct KindgebondenBudgetTweedeAfbouwGeen {}

/// Version `tweede_knik` (wetsvoorstel 36923, proposed for 2027): above a second income
/// limit a higher share of the income is taken off than the basic phase-out rate.
#[derive(Clone, Debug)]
pub struct KindgebondenBudgetTweedeAfbouwTweedeKnik {
    pub vanaf: Param<Money>,
    /// The rate above `vanaf`, instead of the basic rate.
    pub pct: Param<Rate>,
}

/// Participatiewet art. 31 lid 2 onder n and y, with lid 5 (version `art31_lid2`, in force
/// in 2025 and 2026): not counted as middelen are "inkomsten uit arbeid tot 25 procent van
/// deze inkomsten, met een maximum van € … per maand, … gedurende ten hoogste zes maanden"
/// (n) and, for a person who is medisch urenbeperkt, 15 procent "met een maximum van € …
/// per maand, … tenzij onderdeel n van toepassing is" (y). The whole text is quoted in
/// src/rules/inkomstenvrijlating/art31_lid2.rs.
#[derive(Clone, Debug)]
pub struct VrijlatingArt31Lid2 {
    /// Onder n: "tot 25 procent van deze inkomsten".
    pub work_pct: Param<Rate>,
    /// Onder n: "met een maximum van € … per maand" (indexed by art. 38).
    pub work_max: Param<Money>,
    /// Onder n: "gedurende ten hoogste zes maanden".
    pub work_months: Param<u32>,
    /// Lid 5: onder n does not apply to persons younger than this (onder y does).
    pub min_age: Param<u32>,
    /// Onder y: "tot 15 procent van deze inkomsten uit arbeid", no time limit.
    pub medisch_pct: Param<Rate>,
    /// Onder y: "met een maximum van € … per maand" (indexed by art. 38).
    pub medisch_max: Param<Money>,
}

/// Participatiewet art. 34a (version `art34a`, from 1 January 2027, Wet Participatiewet in
/// balans), replacing art. 31 lid 2 onder n and y: "Inkomsten uit arbeid worden niet met de
/// algemene bijstand verrekend ten aanzien van degene die: a. de pensioengerechtigde
/// leeftijd nog niet heeft bereikt: gedurende een aaneengesloten periode van maximaal
/// twaalf maanden voor 15 procent van deze inkomsten per maand, (…); b. medisch
/// urenbeperkt is: voor 15 procent van deze inkomsten per maand; c. de pensioengerechtigde
/// leeftijd heeft bereikt: voor 25 procent en tot € 226,00 van deze inkomsten per maand."
/// No maximum amount under the AOW age, and no lower age limit.
#[derive(Clone, Debug)]
pub struct VrijlatingArt34a {
    /// Lid 1 onder a: 15 procent.
    pub pct: Param<Rate>,
    /// Lid 1 onder a: "maximaal twaalf maanden", consecutive.
    pub months: Param<u32>,
    /// Lid 1 onder b: 15 procent, medisch urenbeperkt, without a period.
    pub medisch_pct: Param<Rate>,
    /// Lid 1 onder c: 25 procent from the AOW age…
    pub aow_pct: Param<Rate>,
    /// …"tot € 226,00" per month.
    pub aow_max: Param<Money>,
}

/// Participatiewet art. 31 lid 2 onder r, with lid 5 (version `art31_lid2_r`, in force in
/// 2025 and 2026): not counted as middelen are "inkomsten uit arbeid van een alleenstaande
/// ouder tot 12,5 procent van deze inkomsten, met een maximum van € … per maand,
/// gedurende een aaneengesloten periode van ten hoogste 30 maanden", once the six months
/// of onder n have passed, for a parent with full care of a child under 12. The whole
/// text is quoted in src/rules/inkomstenvrijlating/art31_lid2.rs.
#[derive(Clone, Debug)]
pub struct VrijlatingAlleenstaandeOuderArt31Lid2R {
    /// "tot 12,5 procent van deze inkomsten".
    pub pct: Param<Rate>,
    /// "met een maximum van € … per maand" (indexed by art. 38).
    pub max: Param<Money>,
    /// "gedurende een aaneengesloten periode van ten hoogste 30 maanden".
    pub months: Param<u32>,
    /// Lid 5: onder r does not apply to persons younger than this.
    pub min_age: Param<u32>,
}

/// Wet inkomstenbelasting 2001, box 1, below AOW age.
#[derive(Clone, Debug)]
pub struct IncomeTax {
    /// Art. 2.10: rates incl. premies volksverzekeringen, by lower bound.
    pub brackets: Param<&'static [TaxBracket]>,
    /// Art. 8.10: algemene heffingskorting.
    pub ahk_max: Param<Money>,
    pub ahk_phaseout_from: Param<Money>,
    pub ahk_phaseout_pct: Param<Rate>,
    /// Art. 8.11: arbeidskorting, as segments `base + pct × (income − from)`.
    pub arbeidskorting: Param<&'static [ArbeidskortingSegment]>,
    /// Art. 8.14a: inkomensafhankelijke combinatiekorting.
    pub iack_from: Param<Money>,
    pub iack_pct: Param<Rate>,
    pub iack_max: Param<Money>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TaxBracket {
    pub from: Money,
    pub pct: Rate,
}

#[derive(Clone, Debug, Serialize)]
pub struct ArbeidskortingSegment {
    pub from: Money,
    pub base: Money,
    pub pct: Rate,
}

/// Algemene wet inkomensafhankelijke regelingen: rules for every toeslag.
#[derive(Clone, Debug)]
pub struct Awir {
    /// Art. 14 lid 5: a toeslag below this yearly amount is not paid.
    pub uitbetaalgrens: Param<Money>,
}

/// Wet op de zorgtoeslag art. 2.
#[derive(Clone, Debug)]
pub struct Zorgtoeslag {
    pub standaardpremie: Param<Money>,
    pub drempelinkomen: Param<Money>,
    pub normpremie_single_pct: Param<Rate>,
    pub normpremie_partner_pct: Param<Rate>,
    pub phaseout_pct: Param<Rate>,
    pub vermogen_single: Param<Money>,
    pub vermogen_partner: Param<Money>,
}

/// Wet op de huurtoeslag as in force until 31 December 2025 (version
/// `kwadratische_normhuur`): the normhuur, the part of the rent the tenant pays, rose with
/// the toetsingsinkomen by a quadratic formula (art. 17, 18 and 19, text 2025). This
/// calculator does not compute that method: [`crate::rules::huurtoeslag::huurtoeslag`]
/// refuses these dates. The values are kept because they are the law of those dates and
/// the "Regels en bronnen" page shows them.
#[derive(Clone, Debug)]
pub struct HuurtoeslagKwadratischeNormhuur {
    /// Art. 13 lid 1 onder a: above this rent there was, as a rule, no huurtoeslag at all.
    pub max_rent: Param<Money>,
    /// Art. 13 lid 1 onder b: the lower cap when everyone in the home is under 23.
    pub max_rent_young: Param<Money>,
    /// Art. 20 lid 1.
    pub kwaliteitskortingsgrens: Param<Money>,
    /// Art. 20 lid 2 onder a.
    pub aftoppingsgrens_small: Param<Money>,
    /// Art. 20 lid 2 onder b.
    pub aftoppingsgrens_large: Param<Money>,
    /// Art. 16 and 17: the normhuur at the minimum-inkomensijkpunt, minus the verlaging of
    /// the Wet verlaging eigen bijdrage huurtoeslag.
    pub basishuur_single: Param<Money>,
    pub basishuur_multi: Param<Money>,
    /// Art. 21 lid 1 onder b and Besluit op de huurtoeslag art. 7.
    pub share_to_aftopping: Param<Rate>,
    /// Art. 21 lid 1 onder c and Besluit op de huurtoeslag art. 7.
    pub share_above_aftopping: Param<Rate>,
    /// Art. 17 lid 1: above this income the normhuur rose.
    pub min_income_single: Param<Money>,
    pub min_income_multi: Param<Money>,
    /// Awir art. 7: vermogensgrens.
    pub vermogen_single: Param<Money>,
    pub vermogen_partner: Param<Money>,
}

/// Wet op de huurtoeslag as in force from 1 January 2026 (version `lineaire_afbouw`): a
/// share of the rent above a fixed basishuur (art. 17 and 21 lid 1), minus a percentage of
/// the income above the minimum-inkomensijkpunt (art. 21 lid 2); art. 18 and 19, the
/// income-dependent normhuur, lapsed on that day.
#[derive(Clone, Debug)]
pub struct HuurtoeslagLineaireAfbouw {
    /// Art. 13 lid 1 onder a: rent above this amount does not count.
    pub max_rent: Param<Money>,
    /// Art. 13 lid 1 onder b: the lower cap when everyone in the home is under 21.
    pub max_rent_young: Param<Money>,
    /// Art. 20 lid 1.
    pub kwaliteitskortingsgrens: Param<Money>,
    /// Art. 20 lid 2 onder a.
    pub aftoppingsgrens_small: Param<Money>,
    /// Art. 20 lid 2 onder b.
    pub aftoppingsgrens_large: Param<Money>,
    /// Art. 16 and 17; Wet verlaging eigen bijdrage huurtoeslag art. 1.
    pub basishuur_single: Param<Money>,
    pub basishuur_multi: Param<Money>,
    /// Art. 21 lid 1 onder b and Besluit op de huurtoeslag art. 7.
    pub share_to_aftopping: Param<Rate>,
    /// Art. 21 lid 1 onder c and Besluit op de huurtoeslag art. 7.
    pub share_above_aftopping: Param<Rate>,
    /// Art. 17 lid 1: the afbouw starts above this income.
    pub min_income_single: Param<Money>,
    pub min_income_multi: Param<Money>,
    /// Art. 21 lid 2 onder a and b: the part of the income above the ijkpunt taken off.
    pub afbouw_single: Param<Rate>,
    pub afbouw_multi: Param<Rate>,
    /// Awir art. 7: vermogensgrens.
    pub vermogen_single: Param<Money>,
    pub vermogen_partner: Param<Money>,
}

/// Wet op het kindgebonden budget art. 1–3 (yearly amounts).
#[derive(Clone, Debug)]
pub struct KindgebondenBudget {
    pub per_child: Param<Money>,
    pub extra_12_15: Param<Money>,
    pub extra_16_17: Param<Money>,
    pub alleenstaande_ouderkop: Param<Money>,
    pub drempelinkomen: Param<Money>,
    pub partner_extra: Param<Money>,
    pub phaseout_pct: Param<Rate>,
    pub vermogen_single: Param<Money>,
    pub vermogen_partner: Param<Money>,
}

/// Algemene Kinderbijslagwet art. 12: per child per quarter.
#[derive(Clone, Debug)]
pub struct Kinderbijslag {
    pub age_0_5: Param<Money>,
    pub age_6_11: Param<Money>,
    pub age_12_17: Param<Money>,
}

/// Wet kinderopvang art. 1.7 and 1.8 with the Besluit kinderopvangtoeslag: the toeslag is a
/// percentage of the kosten van kinderopvang, per child the hours (up to a maximum) times the
/// price per hour (up to a maximum per soort opvang). Amounts per berekeningsjaar.
#[derive(Clone, Debug)]
pub struct Kinderopvangtoeslag {
    /// Art. 1.7 lid 2; Besluit art. 4 lid 1 onder a: "De maximum uurprijs bedraagt voor: a.
    /// dagopvang € …".
    pub max_uurprijs_dagopvang: Param<Money>,
    /// Besluit art. 4 lid 1 onder b: buitenschoolse opvang.
    pub max_uurprijs_bso: Param<Money>,
    /// Besluit art. 4 lid 1 onder c: gastouderopvang.
    pub max_uurprijs_gastouder: Param<Money>,
    /// Art. 1.7 lid 4; Besluit art. 8a lid 1 onder b: "230 uren, vermenigvuldigd met het aantal
    /// maanden waarin de ouder … arbeid heeft verricht", per child.
    pub max_uren: Param<u32>,
    /// Art. 1.8 lid 1; Besluit art. 6 and bijlage I: the percentage by toetsingsinkomen for the
    /// eerste kind and for each volgend kind. Only the rows a source gives, by lower bound.
    pub percentages: Param<&'static [ToeslagPercentage]>,
    /// The highest toetsingsinkomen the rows above are known for; above it the calculator
    /// cannot tell the percentage.
    pub percentages_known_until: Param<Money>,
}

/// One row of the table of bijlage I: from this toetsingsinkomen per year, the share of the
/// kosten the toeslag pays.
#[derive(Clone, Debug, Serialize)]
pub struct ToeslagPercentage {
    pub from: Money,
    /// The child with the most hours of opvang.
    pub first_pct: Rate,
    /// Every other child.
    pub next_pct: Rate,
}

/// Participatiewet art. 10d and the Regeling loonkostensubsidie Participatiewet.
#[derive(Clone, Debug)]
pub struct Loonkostensubsidie {
    pub max_pct: Param<Rate>,
    pub forfaitair_pct: Param<Rate>,
    pub forfaitair_months: Param<u32>,
    pub werkgeverslasten_pct: Param<Rate>,
    pub hours_basis: Param<u32>,
}

/// Wet tegemoetkomingen loondomein, art. 2.1–2.17.
#[derive(Clone, Debug)]
pub struct Loonkostenvoordeel {
    pub arbeidsgehandicapt_rate: Param<Money>,
    pub arbeidsgehandicapt_max: Param<Money>,
    pub arbeidsgehandicapt_years: Param<u32>,
    pub banenafspraak_rate: Param<Money>,
    pub banenafspraak_max: Param<Money>,
    pub herplaatsing_rate: Param<Money>,
    pub herplaatsing_max: Param<Money>,
    pub herplaatsing_years: Param<u32>,
}

/// All national parameters in force from `valid_from`.
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub valid_from: Date,
    pub wml: Wml,
    pub bijstand: Bijstand,
    pub vermogen: Vermogen,
    pub kostendelersnorm: Kostendelersnorm,
    /// Generated enum: art. 24, and from 2027 art. 24 with art. 24a.
    pub partner_geen_recht: PartnerGeenRecht,
    /// Generated enum: the art. 20 lid 3 verhoging from 2026, before that art. 12.
    pub jongeren_verhoging: JongerenVerhoging,
    /// Generated enum, one variant per version of the work vrijlating (art. 31 lid 2 onder n).
    pub vrijlating: Vrijlating,
    /// Generated enum, one variant per version of the single-parent vrijlating (art. 31
    /// lid 2 onder r).
    pub vrijlating_alleenstaande_ouder: VrijlatingAlleenstaandeOuder,
    pub income_tax: IncomeTax,
    pub zorgtoeslag: Zorgtoeslag,
    /// Generated enum, one variant per version of the Wet op de huurtoeslag.
    pub huurtoeslag: Huurtoeslag,
    pub kindgebonden_budget: KindgebondenBudget,
    /// Generated enum: a second phase-out band from 2027 if the data says so.
    pub kindgebonden_budget_tweede_afbouw: KindgebondenBudgetTweedeAfbouw,
    pub kinderbijslag: Kinderbijslag,
    pub kinderopvangtoeslag: Kinderopvangtoeslag,
    pub awir: Awir,
    pub loonkostensubsidie: Loonkostensubsidie,
    pub loonkostenvoordeel: Loonkostenvoordeel,
    /// Every parameter above, flattened, in file order.
    pub index: &'static [ParamInfo],
}

// ---- Municipal ----------------------------------------------------------------------

/// A municipality's own rules. Every value is optional: where the verordening was not
/// found the value is `None` with status `Unknown`, and the tools ask or say so.
#[derive(Clone, Debug)]
pub struct GemeenteRules {
    pub valid_from: Date,
    /// The groups without versions are shared statics: a gemeente that leaves one out points
    /// at the national default's.
    pub lks: &'static LksPolicy,
    pub iit: &'static IitPolicy,
    pub iit_toets: IitToets,
    pub iit_bedrag: IitBedrag,
    pub minima: &'static MinimaPolicy,
    pub participatie: Participatie,
    pub index: &'static [ParamInfo],
}

#[derive(Clone, Debug)]
pub struct LksPolicy {
    /// Lowest loonwaarde for which the gemeente grants LKS at all.
    pub min_loonwaarde: Param<Option<Rate>>,
    /// Whether the gemeente uses forfaitaire LKS (art. 10d lid 1 sub b, lid 5).
    pub forfaitair_allowed: Param<Option<bool>>,
    /// Shortest contract (months) for forfaitaire LKS.
    pub forfaitair_min_contract_months: Param<Option<u32>>,
    /// A local wage-cost subsidy for hiring someone (e.g. Ommen's indienstnemingssubsidie).
    pub hiring_subsidy_pct: Param<Option<Rate>>,
    pub hiring_subsidy_months: Param<Option<u32>>,
}

/// What every IIT verordening sets whatever its income test: how long, and whom it leaves
/// out. The income test and the amounts differ in shape, not just in numbers, so they are
/// versions of their own groups ([`IitToets`], [`IitBedrag`]).
#[derive(Clone, Debug)]
pub struct IitPolicy {
    pub reference_months: Param<Option<u32>>,
    /// "36 of the last 48 months" (e.g. West Maas en Waal): the months of low income may lie
    /// anywhere in this window. Equal to `reference_months` for a period in one piece.
    pub window_months: Param<Option<u32>>,
    /// A month without income counts as income at the norm (e.g. Westland art. 3 lid 2).
    pub month_without_income_at_norm: Param<Option<bool>>,
    pub students_excluded: Param<Option<bool>>,
    /// Excluded after rijksbekostigd onderwijs (or studiefinanciering) within this many
    /// months (e.g. Alphen: 36); 0: the verordening has no such exclusion.
    pub opleiding_months: Param<Option<u32>>,
    /// Excluded after a maatregel (verlaging) within this many months (Hilvarenbeek: 12).
    pub maatregel_months: Param<Option<u32>>,
    /// Excluded when the arbeidsplicht was not met within this many months (Alphen: 12).
    pub arbeidsplicht_months: Param<Option<u32>>,
}

/// The income test of the verordening (`[iit_toets] version = "…"` in a gemeente file).
/// Written by hand, not generated: every shape the code supports exists whether or not a
/// gemeente uses it yet, so a new gemeente with a known shape is a data folder only.
#[derive(Clone, Debug)]
pub enum IitToets {
    /// `onbekend`: the test was not found; the check says it cannot tell.
    Onbekend(IitToetsOnbekend),
    /// `every_month`: in every month of the reference period the income is at most a
    /// percentage of the norm (Westland 2023 art. 3: "gedurende de referteperiode").
    EveryMonth(IitToetsPct),
    /// `average`: the average monthly income over the period is at most a percentage of the
    /// average norm (Alphen aan den Rijn: "gemiddelde inkomen over de afgelopen 36 maanden").
    Average(IitToetsPct),
    /// `per_year`: the fiscal income of each of the last years is at most a yearly limit
    /// (Amsterdam's shape).
    PerYear(IitToetsPerYear),
}

impl IitToets {
    /// The version as the data files name it.
    pub fn version(&self) -> &'static str {
        match self {
            IitToets::Onbekend(_) => "onbekend",
            IitToets::EveryMonth(_) => "every_month",
            IitToets::Average(_) => "average",
            IitToets::PerYear(_) => "per_year",
        }
    }
}

#[derive(Clone, Debug)]
pub struct IitToetsOnbekend {}

/// A monthly limit as a percentage of the norm, for `every_month` and `average`.
#[derive(Clone, Debug)]
pub struct IitToetsPct {
    pub income_limit_pct: Param<Option<Rate>>,
    /// Whether the income limit compares with the norm including vakantietoeslag.
    pub limit_includes_vakantietoeslag: Param<Option<bool>>,
}

/// A yearly limit on the fiscal income, per leefvorm.
#[derive(Clone, Debug)]
pub struct IitToetsPerYear {
    pub years: Param<Option<u32>>,
    pub limit_single: Param<Option<Money>>,
    pub limit_single_parent: Param<Option<Money>>,
    pub limit_couple: Param<Option<Money>>,
}

/// The yearly amounts (`[iit_bedrag] version = "…"`).
#[derive(Clone, Debug)]
pub enum IitBedrag {
    /// `per_leefvorm`: alleenstaande, alleenstaande ouder, gehuwden.
    PerLeefvorm(IitBedragPerLeefvorm),
    /// `leefvorm_kinderen`: as per leefvorm, and gehuwden with children apart (Rotterdam).
    LeefvormKinderen(IitBedragLeefvormKinderen),
    /// `kinderleeftijd`: more when at least one child is `older_from` or older (Alphen).
    Kinderleeftijd(IitBedragKinderleeftijd),
}

impl IitBedrag {
    /// The version as the data files name it.
    pub fn version(&self) -> &'static str {
        match self {
            IitBedrag::PerLeefvorm(_) => "per_leefvorm",
            IitBedrag::LeefvormKinderen(_) => "leefvorm_kinderen",
            IitBedrag::Kinderleeftijd(_) => "kinderleeftijd",
        }
    }
}

#[derive(Clone, Debug)]
pub struct IitBedragPerLeefvorm {
    pub single: Param<Option<Money>>,
    pub single_parent: Param<Option<Money>>,
    pub couple: Param<Option<Money>>,
}

#[derive(Clone, Debug)]
pub struct IitBedragLeefvormKinderen {
    pub single: Param<Option<Money>>,
    pub single_parent: Param<Option<Money>>,
    pub couple: Param<Option<Money>>,
    pub couple_children: Param<Option<Money>>,
}

#[derive(Clone, Debug)]
pub struct IitBedragKinderleeftijd {
    pub single: Param<Option<Money>>,
    /// Single parent, all children younger than `older_from`.
    pub single_parent: Param<Option<Money>>,
    pub single_parent_older: Param<Option<Money>>,
    pub couple: Param<Option<Money>>,
    pub couple_children: Param<Option<Money>>,
    pub couple_children_older: Param<Option<Money>>,
    /// The age from which a child counts as older (Alphen: 12).
    pub older_from: Param<Option<u32>>,
}

/// Local minimaregelingen that stop above an income limit (the armoedeval).
#[derive(Clone, Debug)]
pub struct MinimaPolicy {
    pub zorgverzekering_pm: Param<Option<Money>>,
    /// Percentage of the bijstandsnorm excluding vakantietoeslag.
    pub zorgverzekering_limit_pct: Param<Option<Rate>>,
    pub kwijtschelding_limit_pct: Param<Option<Rate>>,
    /// The share of the income above that limit (the betalingscapaciteit, per year) that
    /// goes to the taxes; the rest is kwijtgescholden.
    pub kwijtschelding_capaciteit_pct: Param<Option<Rate>>,
}

/// The gemeente's participatiefonds, meedoenregeling or kindpakket (`[participatie]`): a
/// yearly amount for sport, culture, school or internet, under an income limit, as the
/// gemeente shapes it. Each version carries the regeling's own name.
#[derive(Clone, Debug)]
pub enum Participatie {
    /// `onbekend`: no such regeling was found; the resident tool leaves it out.
    Onbekend(ParticipatieOnbekend),
    /// `per_persoon`: an amount per adult (Ommen's participatiefonds: € 100 per person of 18
    /// or older).
    PerPersoon(ParticipatiePerPersoon),
    /// `per_persoon_en_kind`: an amount per adult and one per child from an age (Kampen's
    /// meedoenbon: per person, children too; Ommen's old participatiefonds: children 4–17).
    PerPersoonEnKind(ParticipatiePerPersoonEnKind),
    /// `per_persoon_en_kind_leeftijd`: an amount per adult and per child by the child's age,
    /// in up to three bands (Voorne aan Zee's kindpakket: € 200 under 4, € 300 from 4, € 400
    /// from 12).
    PerPersoonEnKindLeeftijd(ParticipatiePerPersoonEnKindLeeftijd),
}

impl Participatie {
    /// The version as the data files name it, and the regeling's own name.
    pub fn version(&self) -> (&'static str, &'static str) {
        match self {
            Participatie::Onbekend(_) => ("onbekend", ""),
            Participatie::PerPersoon(p) => ("per_persoon", p.name),
            Participatie::PerPersoonEnKind(p) => ("per_persoon_en_kind", p.name),
            Participatie::PerPersoonEnKindLeeftijd(p) => ("per_persoon_en_kind_leeftijd", p.name),
        }
    }

    /// The income limit, where the shape has one (every shape but `onbekend`).
    pub fn limit_pct(&self) -> Option<&Param<Option<Rate>>> {
        match self {
            Participatie::Onbekend(_) => None,
            Participatie::PerPersoon(p) => Some(&p.limit_pct),
            Participatie::PerPersoonEnKind(p) => Some(&p.limit_pct),
            Participatie::PerPersoonEnKindLeeftijd(p) => Some(&p.limit_pct),
        }
    }

    /// The same, to change (the minima-effect report's what-if).
    pub fn limit_pct_mut(&mut self) -> Option<&mut Param<Option<Rate>>> {
        match self {
            Participatie::Onbekend(_) => None,
            Participatie::PerPersoon(p) => Some(&mut p.limit_pct),
            Participatie::PerPersoonEnKind(p) => Some(&mut p.limit_pct),
            Participatie::PerPersoonEnKindLeeftijd(p) => Some(&mut p.limit_pct),
        }
    }
}

#[derive(Clone, Debug)]
pub struct ParticipatieOnbekend {}

#[derive(Clone, Debug)]
pub struct ParticipatiePerPersoon {
    pub name: &'static str,
    pub year_per_adult: Param<Option<Money>>,
    /// Percentage of the bijstandsnorm excluding vakantietoeslag.
    pub limit_pct: Param<Option<Rate>>,
    /// The household's vermogen must be under the Participatiewet's vermogensgrens.
    pub vermogenstoets: Param<Option<bool>>,
}

#[derive(Clone, Debug)]
pub struct ParticipatiePerPersoonEnKind {
    pub name: &'static str,
    pub year_per_adult: Param<Option<Money>>,
    pub year_per_child: Param<Option<Money>>,
    /// Children count from this age (up to 17).
    pub child_from_age: Param<Option<u32>>,
    pub limit_pct: Param<Option<Rate>>,
    pub vermogenstoets: Param<Option<bool>>,
}

/// Children under `middle_from_age` get the young amount, from `older_from_age` (up to 17)
/// the older amount, in between the middle one. Two bands: `older_from_age` 18.
#[derive(Clone, Debug)]
pub struct ParticipatiePerPersoonEnKindLeeftijd {
    pub name: &'static str,
    pub year_per_adult: Param<Option<Money>>,
    pub year_per_child_young: Param<Option<Money>>,
    pub middle_from_age: Param<Option<u32>>,
    pub year_per_child_middle: Param<Option<Money>>,
    pub older_from_age: Param<Option<u32>>,
    pub year_per_child_older: Param<Option<Money>>,
    pub limit_pct: Param<Option<Rate>>,
    pub vermogenstoets: Param<Option<bool>>,
}

/// Where a resident goes with questions about werk en inkomen, or to apply, as the
/// gemeente's own pages say (`[contact]` in its gemeente.toml).
#[derive(Clone, Debug)]
pub struct Contact {
    /// The team or loket, as the gemeente names it ("team Werk en Inkomen").
    pub loket: &'static str,
    /// Empty when not found.
    pub phone: &'static str,
    /// Empty when not found.
    pub email: &'static str,
    /// The gemeente's page to read more and apply.
    pub url: &'static str,
    pub status: Status,
    pub checked: Date,
}

/// A municipality with all its dated rule sets, oldest first.
#[derive(Clone, Debug)]
pub struct Gemeente {
    pub slug: &'static str,
    pub name: &'static str,
    /// CBS gemeentecode ("GM0175"); empty for the national default.
    pub cbs_code: &'static str,
    /// `None`: not in the data (the national default has none).
    pub contact: Option<Contact>,
    pub versions: &'static [GemeenteRules],
}

include!(concat!(env!("OUT_DIR"), "/params_generated.rs"));
