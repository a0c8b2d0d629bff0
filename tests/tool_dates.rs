//! A one-tool bundle may leave out the national snapshots before the first date its tool
//! answers for (build/codegen.rs, FIRST_SNAPSHOT_FOR). That is only right while the tool
//! itself refuses a household before that date: a tenant's start date before the
//! huurtoeslag is computed is refused, whatever is in the bundle.
// Tests state their expectations with unwrap/expect/panic; a panic here is a failing test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/codegen.rs"]
// Only the list of first dates is used here.
#[allow(dead_code, clippy::too_many_lines, clippy::indexing_slicing)]
mod codegen;
#[path = "../build/locale_file.rs"]
mod locale_file;

use rekenhulp::rules::{Date, SNAPSHOTS};
use rekenhulp::tools::armoedeval::{self, ArmoedevalForm};

#[test]
fn a_bundle_leaves_out_only_snapshots_its_tool_refuses() {
    for (tool, (y, m, d)) in codegen::FIRST_SNAPSHOT_FOR {
        // The minima-effect report's rows are the resident tool's households (all tenants).
        assert!(["inwoner", "minima_effect"].contains(tool), "add the check for {tool}");
        let first = Date::new(*y, *m, *d).expect("a date");
        assert!(
            SNAPSHOTS.iter().any(|s| s.valid_from == first),
            "{first} starts no national snapshot"
        );
        let earlier: Vec<Date> = SNAPSHOTS.iter().map(|s| s.valid_from).filter(|v| *v < first).collect();
        assert!(!earlier.is_empty(), "nothing is left out before {first}");
        for date in earlier {
            let form = ArmoedevalForm {
                start_date: date.to_string(),
                age: "35".into(),
                rent: "650".into(),
                vermogen: "0".into(),
                hours: "24".into(),
                ..ArmoedevalForm::default()
            };
            let errors = armoedeval::validate(&form).expect_err("refused");
            assert!(
                errors
                    .iter()
                    .any(|e| e.field == "start_date" && e.code == "not_covered"),
                "{date}: {errors:?}"
            );
        }
    }
}
