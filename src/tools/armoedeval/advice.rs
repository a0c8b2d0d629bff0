//! What the tool says around the numbers: which regelingen stop at which hours, the steps
//! to take, and the assumptions behind the comparison.

use crate::how;
use crate::i18n::msg::armoedeval as txt;
use crate::i18n::Text;
use crate::rules::keys::{self, LineKey};
use crate::rules::money::{Money, Rate};

use super::{ArmoedevalInput, Loonheffingskorting, Lost, Situation};

/// For each income-tested item that the household gets now: from how many hours it stops.
/// `now` is explained (its labels are shown); `at_hours[h]` is the situation at `h` hours a
/// week, amounts only.
/// `limit`: the gemeente's income limit of a local regeling, to name it beside the hours.
pub(super) fn lost_regelingen(
    now: &Situation,
    at_hours: &[Situation],
    limit: impl Fn(LineKey) -> Option<Rate>,
) -> Vec<Lost> {
    let income_tested = [
        keys::BIJSTAND,
        keys::ZORGTOESLAG_MONTHLY,
        keys::HUURTOESLAG_MONTHLY,
        keys::KGB_MONTHLY,
        keys::LOCAL_IIT,
        keys::LOCAL_ZORGVERZEKERING,
        keys::LOCAL_PARTICIPATIE,
        keys::LOCAL_KWIJTSCHELDING,
    ];
    let mut out = Vec::new();
    for key in income_tested {
        let Some(line_now) = now.lines.iter().find(|l| l.key == key) else {
            continue;
        };
        if line_now.amount.is_zero() {
            continue;
        }
        let stops = at_hours
            .iter()
            .zip(0u32..)
            .skip(1)
            .find(|(sit, _)| {
                sit.lines
                    .iter()
                    .find(|l| l.key == key)
                    .is_none_or(|l| l.amount.is_zero())
            })
            .map(|(sit, h)| (h, sit.gross_wage));
        let text = match (stops, limit(key)) {
            (Some((h, gross)), Some(limit)) => how!(txt::lost_stops_limit {
                gross,
                hours: h,
                limit,
                now: line_now.amount
            }),
            (Some((h, gross)), None) => how!(txt::lost_stops {
                gross,
                hours: h,
                now: line_now.amount
            }),
            (None, _) => how!(txt::lost_goes_on { now: line_now.amount }),
        };
        out.push(Lost {
            key,
            label: line_now.label.clone(),
            stops_at_hours: stops.map(|(h, _)| h),
            text,
        });
    }
    out
}

pub(super) fn steps(input: &ArmoedevalInput, situations: &[Situation]) -> Vec<Text> {
    let mut out = vec![
        Text::from(txt::step_report_job {
            gemeente: input.gemeente.name,
        }),
        txt::STEP_REPORT_TOESLAGEN.into(),
    ];
    // A top-up in any phase with the job means the payslips go to the gemeente every month.
    let with_job = situations.iter().skip(1);
    if with_job
        .flat_map(|s| &s.lines)
        .any(|l| l.key == keys::BIJSTAND && l.amount > Money::ZERO)
    {
        out.push(txt::STEP_KEEP_BIJSTAND.into());
    }
    // The first month with the job decides the form the employer gets.
    match situations.get(1).and_then(|s| s.loonheffingskorting) {
        Some(Loonheffingskorting::Gemeente) => out.push(txt::STEP_LHK_GEMEENTE.into()),
        Some(Loonheffingskorting::Werkgever) => out.push(txt::STEP_LHK_WERKGEVER.into()),
        None => {}
    }
    if input.gets_iit {
        out.push(txt::STEP_IIT.into());
    }
    if input.childcare_costs > Money::ZERO || !input.opvang.is_empty() || input.children.iter().any(|a| *a < 12) {
        out.push(txt::STEP_CHILDCARE.into());
    }
    out.push(txt::STEP_ASK.into());
    out
}

/// What the comparison assumes, shown under the result.
pub(super) fn assumptions() -> Vec<Text> {
    [
        txt::ASSUMPTION_YEAR,
        txt::ASSUMPTION_GROSS_UP,
        txt::ASSUMPTION_PARTNER,
        txt::ASSUMPTION_VRIJLATING,
        txt::ASSUMPTION_LOCAL_INCOME,
        txt::ASSUMPTION_KWIJTSCHELDING,
        txt::ASSUMPTION_SPREAD,
        txt::ASSUMPTION_NOT_COMPUTED,
        txt::ASSUMPTION_COSTS,
        txt::ASSUMPTION_VERMOGEN,
        txt::ASSUMPTION_TAX_YEAR,
    ]
    .map(Text::from)
    .to_vec()
}
