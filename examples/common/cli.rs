//! The fuzzers' command line: `[N] [seed]`, N defaulting to 1 000 000 and the seed to 2019.

/// The count and seed given, or the usage line to print (exit code 2).
pub fn count_and_seed(name: &str) -> Result<(u64, u64), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize, default: u64| match args.get(i) {
        None => Ok(default),
        Some(a) => a.replace('_', "").parse::<u64>().map_err(|_| a.clone()),
    };
    match (number(0, 1_000_000), number(1, 2019)) {
        (Ok(n), Ok(seed)) => Ok((n, seed)),
        (Err(bad), _) | (_, Err(bad)) => {
            Err(format!("usage: {name} [N] [seed] (not a number: {bad:?})"))
        }
    }
}
