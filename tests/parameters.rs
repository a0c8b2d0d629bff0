//! Date look-up and the parameter snapshots as data.
// Tests state their expectations with unwrap/expect/panic and index into results they
// just checked; a panic here is a failing test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg(not(target_arch = "wasm32"))]

use rekenhulp::rules::bijstandsnorm::Leefvorm;
use rekenhulp::rules::inkomenstoeslag::amount_param;
use rekenhulp::rules::{self, parameters_at, Date, Status};
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Date {
    Date::from_str(s).expect("date")
}

fn hourly(date: &str) -> String {
    parameters_at(d(date))
        .expect("in range")
        .wml
        .hourly_21
        .value
        .amount()
        .to_string()
}

#[test]
fn boundaries_pick_the_snapshot_in_force() {
    assert_eq!(hourly("2025-01-01"), "14.06");
    assert_eq!(hourly("2025-06-30"), "14.06");
    assert_eq!(hourly("2025-07-01"), "14.40");
    assert_eq!(hourly("2025-12-31"), "14.40");
    assert_eq!(hourly("2026-01-01"), "14.71");
    assert_eq!(hourly("2026-06-30"), "14.71");
    assert_eq!(hourly("2026-07-01"), "14.99");
    assert_eq!(hourly("2026-12-31"), "14.99");
}

#[test]
fn dates_outside_the_snapshots_are_refused_not_zero() {
    let before = parameters_at(d("2024-12-31")).unwrap_err();
    assert_eq!(before.code, "date_before_rules");
    assert_eq!(before.field, "date");
    assert!(before.message.contains("1 januari 2025"), "{}", before.message);
    let after = parameters_at(d("2027-07-01")).unwrap_err();
    assert_eq!(after.code, "date_after_rules");
    assert!(after.message.contains("30 juni 2027"), "{}", after.message);
}

#[test]
fn periods_are_contiguous_half_years() {
    let periods: Vec<_> = rules::rule_periods().collect();
    assert!(periods.len() >= 4);
    for pair in periods.windows(2) {
        assert_eq!(
            pair[0].valid_until.next_half_year_start(),
            pair[1].valid_from,
            "no gap, no overlap"
        );
    }
    assert_eq!(rules::current_or_latest(d("2026-11-22")), d("2026-11-22"));
    assert_eq!(rules::current_or_latest(d("2030-01-01")), d("2027-06-30"));
}

/// Today (UTC) from the system clock: a source cannot have been read after today.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs();
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    d(&format!("{year:04}-{month:02}-{day:02}"))
}

#[test]
fn every_value_has_a_dated_source_and_unverified_ones_say_why() {
    for s in rules::SNAPSHOTS {
        assert!(!s.index.is_empty());
        for p in s.index {
            assert!(p.source.url.starts_with("https://"), "{}: {}", s.valid_from, p.path);
            assert!(
                !p.article.is_empty() && !p.label.is_empty(),
                "{}: {}",
                s.valid_from,
                p.path
            );
            assert!(p.source.checked <= today(), "checked in the future: {}", p.path);
            if p.status != Status::Verified {
                assert!(
                    !p.note.is_empty(),
                    "{} {} is {:?} without a note",
                    s.valid_from,
                    p.path,
                    p.status
                );
            }
        }
    }
}

#[test]
fn known_values_per_snapshot() {
    let jan = parameters_at(d("2026-01-01")).expect("ok");
    let jul = parameters_at(d("2026-07-01")).expect("ok");
    let dec = |s: &str| Decimal::from_str(s).expect("decimal");
    assert_eq!(jan.bijstand.single.value.amount(), dec("1401.50"));
    assert_eq!(jul.bijstand.single.value.amount(), dec("1419.46"));
    assert_eq!(jul.bijstand.couple.value.amount(), dec("2027.79"));
    assert_eq!(jul.wml.monthly.value.amount(), dec("2337.00"));
    assert_eq!(jul.kinderbijslag.age_12_17.value.amount(), dec("426.29"));
    assert_eq!(jan.loonkostensubsidie.werkgeverslasten_pct.value.percent(), dec("23.5"));
    assert_eq!(
        jan.index.iter().find(|p| p.path == "bijstand.single").map(|p| p.value),
        Some("€ 1.401,50 per maand")
    );
    // Yearly values carry over unchanged from January to July.
    assert_eq!(
        jan.zorgtoeslag.standaardpremie.value,
        jul.zorgtoeslag.standaardpremie.value
    );
}

#[test]
fn gemeenten_by_code_slug_or_name() {
    let ommen = rules::gemeente("GM0175").expect("ommen");
    assert_eq!(ommen.name, "Ommen");
    assert_eq!(rules::gemeente("ommen").map(|g| g.cbs_code), Some("GM0175"));
    assert_eq!(rules::gemeente("Kampen").map(|g| g.cbs_code), Some("GM0166"));
    assert!(rules::gemeente("Atlantis").is_none());
    let kampen = rules::gemeente("gm0166").expect("kampen").rules_at(d("2026-07-01"));
    assert_eq!(
        kampen.lks.min_loonwaarde.value.map(|r| r.percent()),
        Some(Decimal::from(30))
    );
    assert_eq!(kampen.lks.forfaitair_min_contract_months.value, Some(12));
    let single = amount_param(kampen, Leefvorm::Alleenstaande, &[]);
    assert_eq!(single.value, None);
    assert_eq!(single.status, Status::Unknown);
    assert_eq!(kampen.iit_toets.version(), "onbekend");
    let ommen_iit = ommen.rules_at(d("2026-07-01"));
    assert_eq!(
        amount_param(ommen_iit, Leefvorm::Gehuwden, &[])
            .value
            .map(|m| m.amount()),
        Some(Decimal::from(553))
    );
    assert_eq!(ommen_iit.iit_toets.version(), "every_month");
    // Before a gemeente's first file, the national default applies.
    assert_eq!(
        ommen
            .rules_at(d("2016-01-01"))
            .lks
            .min_loonwaarde
            .value
            .map(|r| r.percent()),
        Some(Decimal::ZERO)
    );
}

#[test]
fn versions_and_basis_in_the_json_only_where_they_apply() {
    use rekenhulp::rules::Basis;
    let jan = parameters_at(d("2026-01-01")).expect("ok");
    let json = |path: &str| {
        let p = jan.index.iter().find(|p| p.path == path).expect(path);
        serde_json::to_value(p).expect("json")
    };
    assert_eq!(json("vrijlating.work_pct")["version"], "art31_lid2");
    assert_eq!(json("vrijlating_alleenstaande_ouder.months")["version"], "art31_lid2_r");
    assert_eq!(json("huurtoeslag.afbouw_single")["version"], "lineaire_afbouw");
    let plain = json("bijstand.single");
    assert!(
        plain.get("version").is_none() && plain.get("basis").is_none(),
        "{plain}"
    );
    assert_eq!(
        serde_json::to_string(&[Basis::Proposal, Basis::Forecast, Basis::CarriedOver, Basis::Derived]).expect("json"),
        r#"["proposal","forecast","carried_over","derived"]"#
    );
    assert_eq!(
        serde_json::to_string(&Status::Provisional).expect("json"),
        r#""provisional""#
    );
}
