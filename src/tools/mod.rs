//! The tools people use, on top of the rules: each one reads its form, composes the rules
//! of `crate::rules` into an answer, and adds the advice around it (steps to take, what the
//! tool assumes). The law itself lives in `crate::rules`; nothing here computes an amount a
//! rule file could own.
//!
//! - [`armoedeval`]: "Gaat werken lonen?" (inwoners).
//! - [`werkgever`]: loonkostensubsidie and related instruments (werkgevers).
//! - [`inkomenstoeslag`]: the individuele inkomenstoeslag check (inwoners, klantmanagers).
//! - [`intake`]: one household, every answer, for the klantmanager's intake.
//! - [`minima_effect`]: the minima-effectrapportage (beleidsmedewerkers, de raad).
//! - [`input`]: reading what people type, shared by the forms, the JS API and share links.
//! - [`rule`]: one rule on its own, by name and named fields (the JS API's `rule()`).

pub mod armoedeval;
pub mod inkomenstoeslag;
pub mod input;
pub mod intake;
pub mod minima_effect;
pub mod rule;
pub mod werkgever;

/// The parameter groups each tool applies (national, then the gemeente's), by tool slug:
/// the rules page lists them per tool, so a policy officer sees what each tool rests on. A
/// group can serve more than one tool; the tests check that every group has a tool.
pub const GROUPS_BY_TOOL: [(&str, &[&str], &[&str]); 3] = [
    (
        "werkgever",
        &["wml", "loonkostensubsidie", "loonkostenvoordeel"],
        &["lks"],
    ),
    (
        "inwoner",
        &[
            "wml",
            "bijstand",
            "vermogen",
            "kostendelersnorm",
            "partner_geen_recht",
            "jongeren_verhoging",
            "vrijlating",
            "vrijlating_alleenstaande_ouder",
            "income_tax",
            "zorgtoeslag",
            "huurtoeslag",
            "kindgebonden_budget",
            "kindgebonden_budget_tweede_afbouw",
            "kinderbijslag",
            "kinderopvangtoeslag",
            "awir",
        ],
        &["iit", "iit_toets", "iit_bedrag", "minima", "participatie"],
    ),
    (
        "inkomenstoeslag",
        &[
            "bijstand",
            "vermogen",
            "kostendelersnorm",
            "partner_geen_recht",
            "jongeren_verhoging",
        ],
        &["iit"],
    ),
];

#[cfg(test)]
mod tests {
    use super::GROUPS_BY_TOOL;
    use crate::rules::{GEMEENTEN, SNAPSHOTS};

    fn group(path: &str) -> &str {
        path.split('.').next().unwrap_or(path)
    }

    #[test]
    fn every_parameter_group_is_listed_under_a_tool() {
        for p in SNAPSHOTS.iter().flat_map(|s| s.index.iter()) {
            assert!(
                GROUPS_BY_TOOL
                    .iter()
                    .any(|(_, national, _)| national.contains(&group(p.path))),
                "{} is on no tool's list in GROUPS_BY_TOOL",
                p.path
            );
        }
        for p in GEMEENTEN
            .iter()
            .flat_map(|g| g.versions.iter())
            .flat_map(|v| v.index.iter())
        {
            assert!(
                GROUPS_BY_TOOL
                    .iter()
                    .any(|(_, _, local)| local.contains(&group(p.path))),
                "{} is on no tool's list in GROUPS_BY_TOOL",
                p.path
            );
        }
    }
}
