//! What the klantmanager should know before handing an answer over: amounts that rest on a
//! value nobody has checked yet or that is not final, conditions the IIT check cannot
//! judge from the intake, and the assumption about the loonheffingskorting. Each check
//! names the answer it belongs to, so the page shows it next to that answer.

use serde::Serialize;

use crate::i18n::msg::intake as txt;
use crate::i18n::Text;
use crate::rules::explain::Line;
use crate::rules::inkomenstoeslag::Outcome;
use crate::rules::params::Status;
use crate::tools::armoedeval::{ArmoedevalResult, Loonheffingskorting};
use crate::tools::inkomenstoeslag::IitResult;
use crate::tools::werkgever::WerkgeverResult;

/// The answer of the intake a check is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Werken,
    Inkomenstoeslag,
    Werkgever,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Check {
    pub answer: Answer,
    pub text: Text,
}

/// Every check, in the order of the answers on the page.
pub fn checks(a: &ArmoedevalResult, iit: &IitResult, w: Option<&WerkgeverResult>) -> Vec<Check> {
    let mut out = Vec::new();
    let work_lines = a.situations.iter().flat_map(|s| s.lines.iter());
    weak_lines(&mut out, Answer::Werken, work_lines);
    if let Some(k) = a.situations.last().and_then(|s| s.loonheffingskorting) {
        let text = match k {
            Loonheffingskorting::Gemeente => txt::LHK_GEMEENTE,
            Loonheffingskorting::Werkgever => txt::LHK_WERKGEVER,
        };
        out.push(Check {
            answer: Answer::Werken,
            text: text.into(),
        });
    }
    weak_lines(&mut out, Answer::Inkomenstoeslag, iit.amount.iter());
    for c in iit.conditions.iter().filter(|c| c.outcome == Outcome::CannotTell) {
        out.push(Check {
            answer: Answer::Inkomenstoeslag,
            text: Text::from(txt::cannot_tell {
                condition: c.title.clone(),
            }),
        });
    }
    if let Some(w) = w {
        weak_lines(&mut out, Answer::Werkgever, w.first_month.iter().chain(&w.totals));
    }
    out
}

/// One check per label whose amount rests on a value that is provisional, unverified or
/// unknown: the klantmanager says so when handing the number over.
fn weak_lines<'a>(out: &mut Vec<Check>, answer: Answer, lines: impl Iterator<Item = &'a Line>) {
    let mut seen: Vec<&Text> = Vec::new();
    for l in lines {
        let status = l.status();
        let weak = l.provisional() || matches!(status, Status::Unverified | Status::Unknown);
        if !weak || seen.contains(&&l.label) {
            continue;
        }
        seen.push(&l.label);
        let how_sure = if l.provisional() { Status::Provisional } else { status };
        out.push(Check {
            answer,
            text: Text::from(txt::weak_line {
                label: l.label.clone(),
                status: how_sure.text(),
            }),
        });
    }
}
