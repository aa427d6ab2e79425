//! Load generator for `cargo xtask bench api`: measures a running
//! `redress serve` over real HTTP on loopback and prints its figures.
//!
//! usage: load BASE_URL [SECONDS]
//!
//! 1. durable submissions per second at saturation,
//! 2. status reads per second at saturation,
//! 3. latency (p50, p99) at 200 submissions/s mixed with 800 reads/s.
//!
//! Every loop is bounded in time and count; it sends only to BASE_URL,
//! which the caller sets to a loopback address.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const WORKERS: usize = 32;

fn body(n: u64) -> Value {
    json!({"kind": "complaint", "lang": "en", "fields": {
        "full_name": "Load Test", "email": "load@example.org",
        "description": format!("Benchmark complaint number {n}: the line drops every evening.")
    }})
}

async fn submit(client: &reqwest::Client, base: &str, n: u64) -> Option<(String, String)> {
    let response = client
        .post(format!("{base}/api/providers/kijoma/cases"))
        .header("Idempotency-Key", format!("load-{}-{n}", std::process::id()))
        .json(&body(n))
        .send()
        .await
        .ok()?;
    if response.status() != 201 {
        return None;
    }
    let receipt: Value = response.json().await.ok()?;
    Some((receipt["reference"].as_str()?.to_string(), receipt["access_code"].as_str()?.to_string()))
}

async fn read(client: &reqwest::Client, base: &str, case: &(String, String)) -> bool {
    match client.get(format!("{base}/api/cases/{}", case.0)).bearer_auth(&case.1).send().await {
        Ok(response) => response.status() == 200 && response.bytes().await.is_ok(),
        Err(_) => false,
    }
}

/// Runs `WORKERS` loops of `op` for `seconds`; returns successes per second.
async fn saturate<F, Fut>(seconds: u64, op: F) -> f64
where
    F: Fn(u64) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let op = Arc::new(op);
    let done = Arc::new(AtomicU64::new(0));
    let counter = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (op, done, counter) = (op.clone(), done.clone(), counter.clone());
            tokio::spawn(async move {
                while Instant::now() < deadline {
                    if op(counter.fetch_add(1, Ordering::Relaxed)).await {
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.unwrap();
    }
    done.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

/// Open-loop load: requests start on schedule whether or not earlier ones finished.
async fn mixed(client: reqwest::Client, base: String, cases: Arc<Vec<(String, String)>>, seconds: u64) {
    let submissions = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let reads = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let failures = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    // 1,000 requests a second: every fifth is a submission.
    let mut tick = tokio::time::interval(Duration::from_millis(1));
    let start = Instant::now();
    let mut n: u64 = 0;
    while start.elapsed() < Duration::from_secs(seconds) {
        tick.tick().await;
        n += 1;
        let (client, base, cases) = (client.clone(), base.clone(), cases.clone());
        let (submissions, reads, failures) = (submissions.clone(), reads.clone(), failures.clone());
        tasks.push(tokio::spawn(async move {
            let began = Instant::now();
            if n.is_multiple_of(5) {
                let ok = submit(&client, &base, 1_000_000 + n).await.is_some();
                if ok {
                    submissions.lock().await.push(began.elapsed())
                } else {
                    failures.fetch_add(1, Ordering::Relaxed);
                }
            } else {
                let ok = read(&client, &base, &cases[(n as usize) % cases.len()]).await;
                if ok {
                    reads.lock().await.push(began.elapsed())
                } else {
                    failures.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let elapsed = start.elapsed().as_secs_f64();
    let mut all = Vec::new();
    for (name, samples) in [("submissions", submissions), ("reads", reads)] {
        let mut samples = samples.lock().await.clone();
        samples.sort();
        println!(
            "  mixed {name:<12} {:>7.0}/s   p50 {:>6.2} ms   p99 {:>6.2} ms",
            samples.len() as f64 / elapsed,
            percentile(&samples, 0.50),
            percentile(&samples, 0.99)
        );
        all.extend(samples);
    }
    all.sort();
    println!(
        "  mixed all          p50 {:>6.2} ms   p99 {:>6.2} ms   failures {}",
        percentile(&all, 0.5),
        percentile(&all, 0.99),
        failures.load(Ordering::Relaxed)
    );
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let base = args.next().expect("usage: load BASE_URL [SECONDS]");
    let seconds: u64 = args.next().map_or(5, |s| s.parse().expect("SECONDS is a number"));
    assert!(base.starts_with("http://127.") || base.starts_with("http://localhost"), "load only targets loopback");
    let client = reqwest::Client::builder().pool_max_idle_per_host(256).build().unwrap();

    let (c, b) = (client.clone(), base.clone());
    let submissions = saturate(seconds, move |n| {
        let (c, b) = (c.clone(), b.clone());
        async move { submit(&c, &b, n).await.is_some() }
    })
    .await;
    println!("  durable submissions  {submissions:>7.0}/s  ({WORKERS} concurrent clients, {seconds} s)");

    let mut cases = Vec::new();
    for n in 0..200 {
        cases.extend(submit(&client, &base, 2_000_000 + n).await);
    }
    let cases = Arc::new(cases);
    let (c, b, cs) = (client.clone(), base.clone(), cases.clone());
    let reads = saturate(seconds, move |n| {
        let (c, b, cs) = (c.clone(), b.clone(), cs.clone());
        async move { read(&c, &b, &cs[(n as usize) % cs.len()]).await }
    })
    .await;
    println!("  status reads         {reads:>7.0}/s  ({WORKERS} concurrent clients, {seconds} s)");

    mixed(client, base, cases, seconds.max(5)).await;
}
