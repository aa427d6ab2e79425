//! Load generator for `cargo xtask bench api`: measures a running
//! `redress serve` over real HTTP on loopback and prints its figures.
//!
//! usage: load BASE_URL [SECONDS]
//!
//! 1. durable submissions per second at saturation,
//! 2. status reads per second at saturation,
//! 3. latency (p50, p99) at 200 submissions/s mixed with 800 reads/s.
//!
//! It sends only to BASE_URL, which the caller sets to a loopback address.

mod http_load;

use http_load::{WORKERS, percentile};

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let base = args.next().expect("usage: load BASE_URL [SECONDS]");
    let seconds: u64 = args.next().map_or(5, |s| s.parse().expect("SECONDS is a number"));
    assert!(base.starts_with("http://127.") || base.starts_with("http://localhost"), "load only targets loopback");
    let client = reqwest::Client::builder().pool_max_idle_per_host(256).build().unwrap();

    let submissions = http_load::submissions(&client, &base, seconds).await;
    println!("  durable submissions  {submissions:>7.0}/s  ({WORKERS} concurrent clients, {seconds} s)");
    let cases = http_load::cases_to_read(&client, &base, 200).await;
    let reads = http_load::reads(&client, &base, &cases, seconds).await;
    println!("  status reads         {reads:>7.0}/s  ({WORKERS} concurrent clients, {seconds} s)");

    let mixed = http_load::mixed(client, base, cases, seconds.max(5)).await;
    let mut all = Vec::new();
    for (name, samples) in [("submissions", &mixed.submissions), ("reads", &mixed.reads)] {
        println!(
            "  mixed {name:<12} {:>7.0}/s   p50 {:>6.2} ms   p99 {:>6.2} ms",
            samples.len() as f64 / mixed.seconds,
            percentile(samples, 0.50),
            percentile(samples, 0.99)
        );
        all.extend(samples.iter().copied());
    }
    all.sort();
    println!(
        "  mixed all          p50 {:>6.2} ms   p99 {:>6.2} ms   failures {}",
        percentile(&all, 0.5),
        percentile(&all, 0.99),
        mixed.failures
    );
}
