//! The advice around the numbers: what does not apply and why, what the employer can do,
//! and every assumption the calculation makes. Written from the decisions of the rules
//! (`loonkostensubsidie_beleid`, `indienstnemingssubsidie`); nothing here decides.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::i18n::msg::werkgever as txt;
use crate::i18n::{Arg, Text};
use crate::rules::explain::{LawRef, SourceRef, Sourced};
use crate::rules::indienstnemingssubsidie::{Indienstnemingssubsidie, PW_ART_10D_LID_9};
use crate::rules::loonkostensubsidie_beleid::{Forfaitair, LksBeleid, Loonwaarde, LoonwaardeDecision};
use crate::rules::loonkostenvoordeel::{LkvKind, WTL_ART_2_1};
use crate::rules::minimumloon::hourly_for_age;
use crate::rules::money::{Money, Rate};
use crate::rules::params::{GemeenteRules, Snapshot, Status};
use crate::rules::rule_periods;

use super::WerkgeverInput;
use crate::rules::wetten::{PARTICIPATIEWET, WET_BANENAFSPRAAK, ZIEKTEWET};

pub const PW_ART_10D_LID_7: LawRef = PARTICIPATIEWET.art("10d").lid("7");
pub const PW_ART_6_LID_1: LawRef = PARTICIPATIEWET.art("6").lid("1").note("onder e en g");
pub const ZW_ART_29B: LawRef = ZIEKTEWET.art("29b");
pub const WBA_ART_2: LawRef = WET_BANENAFSPRAAK.art("2");

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// An instrument that does not apply, and why.
    Blocked,
    /// Something to know or to do.
    Info,
    /// An assumption or an unverified figure that affects the result.
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub kind: NoticeKind,
    pub title: Text,
    pub text: Text,
    pub sources: Vec<SourceRef>,
}

impl Notice {
    fn new(kind: NoticeKind, title: impl Into<Text>, text: impl Into<Text>) -> Notice {
        Notice {
            kind,
            title: title.into(),
            text: text.into(),
            sources: Vec::new(),
        }
    }
}

impl Sourced for Notice {
    fn sources_mut(&mut self) -> &mut Vec<SourceRef> {
        &mut self.sources
    }
}

/// What the notices are written from.
pub(super) struct Facts<'a> {
    pub input: &'a WerkgeverInput,
    /// The national rules on the start date.
    pub s: &'a Snapshot,
    /// The gemeente's rules on the start date.
    pub rules: &'a GemeenteRules,
    pub beleid: &'a LksBeleid,
}

/// The notices about the LKS decision: what the law and the gemeente allow for this job.
pub(super) fn policy_notices(f: &Facts<'_>) -> Vec<Notice> {
    let mut out = Vec::new();
    loonwaarde_notices(f, &mut out);
    forfaitair_notices(f, &mut out);
    if let Loonwaarde::NotYet { expected } = f.beleid.loonwaarde {
        match expected {
            None => out.push(Notice::new(
                NoticeKind::Warning,
                txt::LW_UNKNOWN_TITLE,
                txt::LW_UNKNOWN_TEXT,
            )),
            Some(lw) if !f.beleid.blocked() => out.push(Notice::new(
                NoticeKind::Warning,
                txt::EXPECTED_TITLE,
                if f.beleid.forfaitair() {
                    Text::from(txt::expected_after_forfaitair_text { lw })
                } else {
                    Text::from(txt::expected_from_start_text { lw })
                },
            )),
            Some(_) => {}
        }
    }
    out
}

fn loonwaarde_notices(f: &Facts<'_>, out: &mut Vec<Notice>) {
    let (gemeente, date) = (f.input.gemeente.name, f.input.start);
    let Some(lw) = f.beleid.basis() else { return };
    let min_param = &f.rules.lks.min_loonwaarde;
    match f.beleid.decision {
        LoonwaardeDecision::Unknown => {}
        LoonwaardeDecision::Full => {
            out.push(Notice::new(NoticeKind::Blocked, txt::LW_FULL_TITLE, txt::LW_FULL_TEXT).law(PW_ART_6_LID_1, date));
        }
        LoonwaardeDecision::BelowGemeenteMinimum { min } => {
            let unverified = if min_param.status.needs_warning() {
                Text::from(txt::RULE_UNVERIFIED_ASIDE)
            } else {
                Text::Empty
            };
            let text = if f.beleid.loonwaarde.is_known() {
                Text::from(txt::min_lw_blocked_text {
                    gemeente,
                    lw,
                    min,
                    unverified,
                })
            } else {
                Text::from(txt::min_lw_blocked_expected_text {
                    gemeente,
                    lw,
                    min,
                    unverified,
                })
            };
            out.push(Notice::new(NoticeKind::Blocked, txt::min_lw_blocked_title { gemeente }, text).param(min_param));
        }
        LoonwaardeDecision::Allowed { gemeente_min, capped } => {
            if let Some(min) = gemeente_min {
                out.push(
                    Notice::new(
                        NoticeKind::Info,
                        txt::min_lw_ok_title { gemeente, min },
                        txt::min_lw_ok_text { gemeente, lw },
                    )
                    .param(min_param),
                );
            }
            if capped {
                let max_param = &f.s.loonkostensubsidie.max_pct;
                let max = max_param.value;
                let floor = Rate::from_fraction(Decimal::ONE - max.fraction());
                out.push(
                    Notice::new(NoticeKind::Info, txt::cap_title { max }, txt::cap_text { floor, lw }).param(max_param),
                );
            }
        }
    }
}

fn forfaitair_notices(f: &Facts<'_>, out: &mut Vec<Notice>) {
    let gemeente = f.input.gemeente.name;
    let policy = &f.rules.lks;
    let lks = &f.s.loonkostensubsidie;
    match f.beleid.forfaitair {
        Forfaitair::NotNeeded => {}
        Forfaitair::NotOffered => out.push(
            Notice::new(
                NoticeKind::Blocked,
                txt::NO_FORFAITAIR_TITLE,
                txt::no_forfaitair_text { gemeente },
            )
            .param(&policy.forfaitair_allowed),
        ),
        Forfaitair::ContractTooShort { min_months, months } => out.push(
            Notice::new(
                NoticeKind::Blocked,
                txt::FORFAITAIR_SHORT_TITLE,
                txt::forfaitair_short_text {
                    gemeente,
                    min_months,
                    months,
                },
            )
            .param(&policy.forfaitair_min_contract_months),
        ),
        Forfaitair::Offered {
            gemeente_decides,
            min_contract_months,
        } => {
            let mut text = Text::from(txt::forfaitair_text {
                months: lks.forfaitair_months.value,
                pct: lks.forfaitair_pct.value,
            });
            if gemeente_decides {
                text.push(txt::FORFAITAIR_GEMEENTE_DECIDES);
            }
            if let Some(months) = min_contract_months {
                text.push(txt::forfaitair_min_contract { gemeente, months });
            }
            let mut n = Notice::new(NoticeKind::Info, txt::FORFAITAIR_TITLE, text)
                .param(&lks.forfaitair_pct)
                .param(&lks.forfaitair_months);
            if min_contract_months.is_some() {
                n = n.param(&policy.forfaitair_min_contract_months);
            }
            out.push(n);
        }
    }
}

/// What the calculation found that the general notices need.
pub(super) struct Found {
    /// Some month's wage is not known yet and carries the last known amounts.
    pub any_carried: bool,
    /// The minimum wage rises during the overview (so the wage costs rise, the LKS not).
    pub wage_rises: bool,
    /// The gemeente's own hiring subsidy, and the LKS over the same months.
    pub hiring: Option<(Indienstnemingssubsidie, Money)>,
}

/// The notices about the wage, the dates, the gemeente's other instruments and the national
/// ones the employer should know about.
pub(super) fn general_notices(f: &Facts<'_>, found: &Found) -> Vec<Notice> {
    let mut out = Vec::new();
    wage_notices(f, found, &mut out);
    if let Some((hiring, lks)) = &found.hiring {
        out.push(hiring_notice(f, hiring, *lks));
    }
    national_notices(f, &mut out);
    out
}

fn wage_notices(f: &Facts<'_>, found: &Found, out: &mut Vec<Notice>) {
    let (input, date) = (f.input, f.input.start);
    if let (Some(wage), Ok(min)) = (input.hourly_wage, hourly_for_age(f.s, input.age)) {
        if wage > min.amount {
            out.push(
                Notice::new(
                    NoticeKind::Info,
                    txt::ABOVE_MINIMUM_TITLE,
                    txt::above_minimum_text {
                        minimum: min.amount,
                        wage,
                    },
                )
                .law(PW_ART_6_LID_1, date),
            );
        }
    }
    if input.contract_hours > input.fulltime_hours {
        out.push(Notice::new(
            NoticeKind::Info,
            txt::HOURS_TITLE,
            txt::hours_text {
                hours: input.fulltime_hours,
            },
        ));
    }
    if input.hourly_wage.is_none() && found.wage_rises {
        out.push(Notice::new(NoticeKind::Info, txt::WML_RISES_TITLE, txt::WML_RISES_TEXT).law(PW_ART_10D_LID_7, date));
    }
    if found.any_carried {
        let last: Arg = match rule_periods().last() {
            Some(p) => p.valid_until.into(),
            None => Text::Empty.into(),
        };
        out.push(Notice::new(
            NoticeKind::Warning,
            txt::CARRIED_TITLE,
            txt::carried_text { date: last },
        ));
    }
    if input.age < 21 {
        out.push(Notice::new(NoticeKind::Info, txt::YOUNG_TITLE, txt::YOUNG_TEXT));
    }
}

fn hiring_notice(f: &Facts<'_>, hiring: &Indienstnemingssubsidie, lks: Money) -> Notice {
    let gemeente = f.input.gemeente.name;
    let mut text = Text::from(txt::hiring_text {
        gemeente,
        lks,
        max: hiring.max.amount,
        months: hiring.months,
        pct: hiring.pct,
    });
    if f.rules.lks.hiring_subsidy_pct.status.needs_warning() {
        text.push(txt::RULE_UNVERIFIED);
    }
    Notice::new(NoticeKind::Info, txt::hiring_title { gemeente }, text)
        .param(&f.rules.lks.hiring_subsidy_pct)
        .law(PW_ART_10D_LID_9, f.input.start)
        .param(&f.rules.lks.hiring_subsidy_months)
}

fn national_notices(f: &Facts<'_>, out: &mut Vec<Notice>) {
    let (input, date) = (f.input, f.input.start);
    let counts = input.lkv.contains(&LkvKind::Banenafspraak)
        || matches!(input.loonwaarde, Loonwaarde::Known(lw) if lw.fraction() < Decimal::ONE);
    let (title, text) = if counts {
        (txt::BANEN_COUNTS_TITLE, txt::BANEN_COUNTS_TEXT)
    } else {
        (txt::BANEN_MAYBE_TITLE, txt::BANEN_MAYBE_TEXT)
    };
    out.push(Notice::new(NoticeKind::Info, title, text).law(WBA_ART_2, date));
    let mut no_risk = Notice::new(NoticeKind::Info, txt::NO_RISK_TITLE, txt::NO_RISK_TEXT).law(ZW_ART_29B, date);
    if let Some(src) = no_risk.sources.last_mut() {
        src.status = Status::Unverified;
        // `note` is a plain string (it is data for parameters); this one is ours, so it is
        // taken in the language of the page.
        src.note = txt::NO_RISK_SOURCE_NOTE.text();
    }
    out.push(no_risk);
    if input
        .lkv
        .iter()
        .any(|k| matches!(k, LkvKind::Arbeidsgehandicapt | LkvKind::Herplaatsing))
    {
        out.push(
            Notice::new(
                NoticeKind::Info,
                txt::DOELGROEPVERKLARING_TITLE,
                txt::DOELGROEPVERKLARING_TEXT,
            )
            .law(WTL_ART_2_1, date),
        );
    }
    let beleid = f.beleid;
    if beleid.blocked() || beleid.forfaitair() || beleid.basis().is_some() {
        out.push(Notice::new(NoticeKind::Info, txt::WAJONG_TITLE, txt::WAJONG_TEXT));
    }
}
