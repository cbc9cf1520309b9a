//! Native evaluation time of the scenario the app opens with: every rule checked over the
//! signed convention (`domain::rules::evaluate`). `scripts/bench.mjs` runs it and reads the
//! median from target/criterion/evaluate_default/new/estimates.json.
//!
//!   cargo bench --bench evaluate -- --noplot

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::Criterion;
    use simulateur::domain::defaults::signed_convention;
    use simulateur::domain::rules::evaluate;
    use std::hint::black_box;

    pub fn evaluate_default(c: &mut Criterion) {
        let scenario = signed_convention();
        c.bench_function("evaluate_default", |b| {
            b.iter(|| evaluate(black_box(&scenario)))
        });
    }

    criterion::criterion_group!(benches, evaluate_default);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

/// Criterion is a native dev-dependency only; the browser build has nothing to run here.
#[cfg(target_arch = "wasm32")]
fn main() {}
