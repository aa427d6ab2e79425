//! The client of `cargo xtask bench mail`: intake with mail off and on, and
//! letters a second through the outbox to a local SMTP sink.
//!
//! usage: mail_bench OFF_URL ON_URL SINK_PORT [SECONDS]
//!
//! OFF_URL is a `redress serve` without a mail server (letters are written
//! and wait); ON_URL one whose `REDRESS_SMTP_URL` is the sink this program
//! listens on at SINK_PORT, so that its sender delivers while complaints
//! come in. Each filing writes two letters (the receipt and the company's
//! notice).

#[allow(dead_code)] // The faults the tests stage are not used here.
#[path = "../tests/common/smtp.rs"]
mod smtp;

#[allow(dead_code)] // Only the submissions are used here.
mod http_load;

use std::time::{Duration, Instant};

use http_load::WORKERS;

/// Measurements of each, taken in turn.
const ROUNDS: usize = 2;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let usage = "usage: mail_bench OFF_URL ON_URL SINK_PORT [SECONDS]";
    let (off, on) = (args.next().expect(usage), args.next().expect(usage));
    let port: u16 = args.next().expect(usage).parse().expect("SINK_PORT is a port");
    let seconds: u64 = args.next().map_or(5, |s| s.parse().expect("SECONDS is a number"));
    for base in [&off, &on] {
        assert!(base.starts_with("http://127.") || base.starts_with("http://localhost"), "only loopback");
    }
    let sink = smtp::ScriptedSmtp::start_on(port, &[], &[]).await;
    let client = reqwest::Client::builder().pool_max_idle_per_host(256).build().unwrap();

    // Off and on in turn, twice: this machine's speed drifts more between
    // two runs than mail costs.
    let (mut without, mut with) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        without.push(http_load::submissions(&client, &off, seconds).await);
        with.push(http_load::submissions(&client, &on, seconds).await);
    }
    let during = sink.arrivals().len();
    let mean = |rates: &[f64]| rates.iter().sum::<f64>() / rates.len() as f64;
    let (without, with) = (mean(&without), mean(&with));
    println!("  submissions, mail off  {without:>7.0}/s  ({WORKERS} concurrent clients, {ROUNDS} × {seconds} s)");
    println!("  submissions, mail on   {with:>7.0}/s  ({during} letters delivered meanwhile)");
    println!("  intake's cost of mail  {:>7.1} %  (target: at most 10 %)", (1.0 - with / without) * 100.0);

    // The outbox drains: wait until no letter has arrived for three seconds.
    let mut last_count = 0;
    let mut quiet_since = Instant::now();
    while quiet_since.elapsed() < Duration::from_secs(3) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let count = sink.arrivals().len();
        if count != last_count {
            (last_count, quiet_since) = (count, Instant::now());
        }
    }
    let arrivals = sink.arrivals();
    let (first, last) = (arrivals.iter().min().copied(), arrivals.iter().max().copied());
    if let (Some(first), Some(last)) = (first, last) {
        let span = last.duration_since(first).as_secs_f64().max(0.001);
        println!(
            "  letters delivered      {:>7.0}/s  ({} letters in {span:.1} s, from the outbox to the sink)",
            arrivals.len() as f64 / span,
            arrivals.len()
        );
    }
}
