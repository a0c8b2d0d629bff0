//! Benchmarks of the rules engine, natively: `cargo bench --bench engine` (or
//! scripts/bench.sh). Not a test: it reports, it does not pass or fail. Each case runs in
//! batches for about a second; the median batch gives the time per call.
// Benchmarks unwrap inputs they build themselves; a panic there is a broken benchmark.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use rekenhulp::rules::loonkostensubsidie::{lks_month, Basis, LksInput};
use rekenhulp::rules::{parameters_at, Date, Rate};
use rekenhulp::tools::armoedeval::{self, ArmoedevalForm};
use rekenhulp::tools::minima_effect;
use rekenhulp::tools::werkgever::{calculate, validate, WerkgeverForm};
use rust_decimal::Decimal;

fn bench(name: &str, mut f: impl FnMut()) {
    // Size a batch to about 10 ms, then time 100 batches.
    let mut per_batch = 1u64;
    loop {
        let t = Instant::now();
        for _ in 0..per_batch {
            f();
        }
        if t.elapsed() > Duration::from_millis(10) || per_batch > 1 << 30 {
            break;
        }
        per_batch *= 2;
    }
    let mut samples: Vec<f64> = (0..100)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_batch {
                f();
            }
            t.elapsed().as_nanos() as f64 / per_batch as f64
        })
        .collect();
    samples.sort_by(|a, b| a.total_cmp(b));
    let (median, p10, p90) = (samples[50], samples[10], samples[90]);
    println!(
        "{name:<48} {:>10.0} ns/call  (p10 {:.0}, p90 {:.0}; {} calls per batch)",
        median, p10, p90, per_batch
    );
}

fn main() {
    let date: Date = "2026-07-01".parse().expect("date");
    let s = parameters_at(date).expect("snapshot");
    let input = LksInput {
        basis: Basis::Loonwaarde(Rate::from_percent(Decimal::from(60))),
        contract_hours: Decimal::from(32),
        fulltime_hours: Decimal::from(38),
        age: 30,
    };
    bench("lks_month (one LKS calculation, art. 10d)", || {
        black_box(lks_month(black_box(s), date, black_box(input)).ok());
    });

    let form = WerkgeverForm {
        gemeente: "kampen".into(),
        start_date: "2026-07-01".into(),
        contract_hours: "32".into(),
        fulltime_hours: "38".into(),
        age: "30".into(),
        loonwaarde: "60".into(),
        doelgroepregister: true,
        ..WerkgeverForm::default()
    };
    bench("werkgever: validate + 36-month overview", || {
        let valid = validate(black_box(&form)).ok();
        black_box(valid.map(|v| calculate(&v)));
    });

    let household = ArmoedevalForm {
        gemeente: "ommen".into(),
        start_date: "2026-07-01".into(),
        leefvorm: "alleenstaande_ouder".into(),
        age: "35".into(),
        children: "4, 9".into(),
        rent: "650".into(),
        vermogen: "0".into(),
        hours: "24".into(),
        gets_iit: true,
        ..ArmoedevalForm::default()
    };
    let valid = armoedeval::validate(&household).expect("valid household");
    bench("armoedeval: one household situation, explained", || {
        black_box(armoedeval::one_situation(black_box(&valid), 24, true));
    });
    // What the page really does: build the explained lines, then write every label and
    // "how" text out in the page's language.
    for lang in ["nl", "en"] {
        rekenhulp::i18n::set_language(lang);
        bench(
            &format!("armoedeval: one household situation, explained and written out ({lang})"),
            || {
                let s = armoedeval::one_situation(black_box(&valid), 24, true);
                let chars: usize = s
                    .lines
                    .iter()
                    .map(|l| l.label.render().len() + l.how.render().len())
                    .sum();
                black_box(chars);
            },
        );
    }
    rekenhulp::i18n::set_language("nl");
    bench("armoedeval: one household situation, amounts only", || {
        black_box(armoedeval::one_situation(black_box(&valid), 24, false));
    });
    bench("armoedeval: nu + 2 x met baan + 0-40 h curve", || {
        black_box(armoedeval::calculate(black_box(&valid)));
    });

    minima_effect_benches();
}

/// The whole minima-effectrapportage for Ommen, and the same with a what-if (the report
/// under both rule sets).
fn minima_effect_benches() {
    let report = minima_effect::MinimaEffectForm {
        gemeente: "ommen".into(),
        date: "2026-07-01".into(),
        ..minima_effect::MinimaEffectForm::default()
    };
    let report = minima_effect::validate(&report).expect("valid report");
    bench("minima-effect: 7 households x 11 levels + 0-40 h curves", || {
        black_box(minima_effect::calculate(black_box(&report)));
    });
    let what_if = minima_effect::MinimaEffectForm {
        gemeente: "ommen".into(),
        date: "2026-07-01".into(),
        zorg_limit: "150".into(),
        ..minima_effect::MinimaEffectForm::default()
    };
    let what_if = minima_effect::validate(&what_if).expect("valid what-if");
    bench("minima-effect with a what-if: the report under both rule sets", || {
        black_box(minima_effect::calculate(black_box(&what_if)));
    });
}
