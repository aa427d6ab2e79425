//! The load the benchmarks put on a running `redress serve` over real HTTP
//! on loopback: submissions and status reads at saturation, and a mixed
//! open-loop load. Shared by `load` (`bench api`) and `scale` (`bench scale`).
//!
//! Every loop is bounded in time and count.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Concurrent clients at saturation.
pub const WORKERS: usize = 32;

fn body(n: u64) -> Value {
    json!({"kind": "complaint", "lang": "en", "fields": {
        "full_name": "Load Test", "email": "load@example.org",
        "description": format!("Benchmark complaint number {n}: the line drops every evening.")
    }})
}

/// Files complaint `n` with Kijoma; its reference and access code.
pub async fn submit(client: &reqwest::Client, base: &str, n: u64) -> Option<(String, String)> {
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

/// Reads a case as its customer does.
pub async fn read(client: &reqwest::Client, base: &str, case: &(String, String)) -> bool {
    match client.get(format!("{base}/api/cases/{}", case.0)).bearer_auth(&case.1).send().await {
        Ok(response) => response.status() == 200 && response.bytes().await.is_ok(),
        Err(_) => false,
    }
}

/// Runs `WORKERS` loops of `op` for `seconds`; returns successes per second.
pub async fn saturate<F, Fut>(seconds: u64, op: F) -> f64
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

/// Submissions per second at saturation.
pub async fn submissions(client: &reqwest::Client, base: &str, seconds: u64) -> f64 {
    let (c, b) = (client.clone(), base.to_string());
    saturate(seconds, move |n| {
        let (c, b) = (c.clone(), b.clone());
        async move { submit(&c, &b, n).await.is_some() }
    })
    .await
}

/// Files `count` cases to read back.
pub async fn cases_to_read(client: &reqwest::Client, base: &str, count: u64) -> Arc<Vec<(String, String)>> {
    let mut cases = Vec::new();
    for n in 0..count {
        cases.extend(submit(client, base, 2_000_000 + n).await);
    }
    Arc::new(cases)
}

/// Status reads per second at saturation, over `cases`.
pub async fn reads(client: &reqwest::Client, base: &str, cases: &Arc<Vec<(String, String)>>, seconds: u64) -> f64 {
    let (c, b, cs) = (client.clone(), base.to_string(), cases.clone());
    saturate(seconds, move |n| {
        let (c, b, cs) = (c.clone(), b.clone(), cs.clone());
        async move { read(&c, &b, &cs[(n as usize) % cs.len()]).await }
    })
    .await
}

/// The value at `p` (0 to 1) of `sorted`, in milliseconds.
pub fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

/// What the mixed load measured: latencies, sorted, and failures.
pub struct Mixed {
    pub seconds: f64,
    pub submissions: Vec<Duration>,
    pub reads: Vec<Duration>,
    pub failures: u64,
}

/// Open-loop load: 1,000 requests a second, every fifth a submission, the
/// others reads of `cases`; requests start on schedule whether or not
/// earlier ones finished.
pub async fn mixed(client: reqwest::Client, base: String, cases: Arc<Vec<(String, String)>>, seconds: u64) -> Mixed {
    let submissions = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let reads = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let failures = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
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
            let (ok, samples) = if n.is_multiple_of(5) {
                (submit(&client, &base, 1_000_000 + n).await.is_some(), submissions)
            } else {
                (read(&client, &base, &cases[(n as usize) % cases.len()]).await, reads)
            };
            if ok {
                samples.lock().await.push(began.elapsed());
            } else {
                failures.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let seconds = start.elapsed().as_secs_f64();
    let mut submissions = submissions.lock().await.clone();
    let mut reads = reads.lock().await.clone();
    submissions.sort();
    reads.sort();
    Mixed { seconds, submissions, reads, failures: failures.load(Ordering::Relaxed) }
}
