//! Two `redress serve` processes on one PostgreSQL database, as behind a
//! load balancer: whatever one records, the other serves; two staff steps on
//! one case at once give one success and one clear refusal; a complaint sent
//! twice with one key to both files one case; and the clock's pass is made by
//! one server at a time. `cargo xtask test` starts the PostgreSQL server.

mod common;

use std::time::{Duration, Instant};

use common::{Db, Server, complaint};
use redress_server::store::{Store, Work};
use serde_json::Value;

const NOW: &str = "2026-11-02T10:00:00Z";

async fn filed(server: &Server, provider: &str, key: &str) -> (String, String) {
    let (status, receipt) = server.submit(provider, key, &complaint(provider)).await;
    assert_eq!(status, 201, "{receipt}");
    (receipt["reference"].as_str().unwrap().into(), receipt["access_code"].as_str().unwrap().into())
}

fn kinds_of_events(case: &Value) -> Vec<String> {
    case["events"].as_array().unwrap().iter().map(|event| event["kind"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
#[ignore = "needs PostgreSQL: cargo xtask test starts one"]
async fn what_one_replica_records_the_other_serves() {
    let a = Server::start(Db::Postgres, NOW).await;
    let b = a.replica(NOW, &[]).await;
    let staff = a.staff_token("kijoma", "Sam");
    let (reference, code) = filed(&a, "kijoma", "filed-on-a").await;

    let (status, case) = b.case(&reference, &code).await;
    assert_eq!((status, case["reference"].as_str()), (200, Some(reference.as_str())), "{case}");
    let (status, case) = b.staff_event(&staff, &reference, "acknowledged", "We have your complaint.").await;
    assert_eq!(status, 200, "{case}");
    let (_, case) = a.case(&reference, &code).await;
    assert_eq!(case["stage"], "acknowledged", "{case}");
    let listed = a.staff_cases(&staff, "").await;
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
}

#[tokio::test]
#[ignore = "needs PostgreSQL: cargo xtask test starts one"]
async fn two_steps_at_once_on_two_replicas_give_one_success_and_a_409() {
    let a = Server::start(Db::Postgres, NOW).await;
    let b = a.replica(NOW, &[]).await;
    let staff = a.staff_token("kijoma", "Sam");
    for round in 0..10 {
        let (reference, code) = filed(&a, "kijoma", &format!("round-{round}")).await;
        let (on_a, on_b) = tokio::join!(
            a.staff_event(&staff, &reference, "acknowledged", "Acknowledged on A."),
            b.staff_event(&staff, &reference, "acknowledged", "Acknowledged on B."),
        );
        let mut statuses = [on_a.0, on_b.0];
        statuses.sort();
        assert_eq!(statuses, [200, 409], "round {round}: A said {}, B said {}", on_a.1, on_b.1);
        let refused = if on_a.0 == 409 { &on_a.1 } else { &on_b.1 };
        let message = refused["error"]["message"].as_str().unwrap_or_default();
        assert!(!message.is_empty(), "the refusal says why: {refused}");
        let (_, case) = b.case(&reference, &code).await;
        let acknowledged = kinds_of_events(&case).iter().filter(|kind| *kind == "acknowledged").count();
        assert_eq!(acknowledged, 1, "one history, one acknowledgement: {case}");
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL: cargo xtask test starts one"]
async fn one_complaint_sent_to_both_replicas_with_one_key_files_one_case() {
    let a = Server::start(Db::Postgres, NOW).await;
    let b = a.replica(NOW, &[]).await;
    let staff = a.staff_token("kijoma", "Sam");
    for round in 0..10 {
        let key = format!("double-{round}");
        let body = complaint("kijoma");
        let (on_a, on_b) = tokio::join!(a.submit("kijoma", &key, &body), b.submit("kijoma", &key, &body));
        assert_eq!((on_a.0, on_b.0), (201, 201), "A said {}, B said {}", on_a.1, on_b.1);
        assert_eq!(on_a.1["reference"], on_b.1["reference"], "the same case, told twice");
    }
    assert_eq!(a.staff_page(&staff, "").await["total"], 10);
}

/// Key-Systems' window closes while both replicas run their clocks every
/// second: the case is resolved by the lapse exactly once.
#[tokio::test]
#[ignore = "needs PostgreSQL: cargo xtask test starts one"]
async fn a_lapse_is_recorded_once_by_two_running_clocks() {
    let mut a = Server::start(Db::Postgres, NOW).await;
    let staff = a.staff_token("key-systems", "Jana");
    let (reference, code) = filed(&a, "key-systems", "window").await;
    let (status, case) = a.staff_event(&staff, &reference, "responded", "Erledigt.").await;
    assert_eq!(status, 200, "{case}");
    // The window's last day ends at 23:00 UTC in Berlin's winter.
    let running = [("REDRESS_CLOCK_RUNS", "true"), ("REDRESS_SWEEP_SECS", "1")];
    let closing = "2026-11-30T22:59:58Z";
    a.restart_with(closing, &running).await;
    let b = a.replica(closing, &running).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, case) = b.case(&reference, &code).await;
        if case["stage"] == "resolved" {
            break;
        }
        assert!(Instant::now() < deadline, "the clocks did not record the lapse: {case}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Both clocks have made passes since.
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    let (_, case) = a.case(&reference, &code).await;
    let lapses = kinds_of_events(&case).iter().filter(|kind| *kind != "received" && *kind != "responded").count();
    assert_eq!(lapses, 1, "one lapse, recorded once: {case}");
}

/// The clock's turn: while one server holds it, another is told to skip
/// its pass; when it is given back, or its holder's connection dies, the
/// other may take it.
#[tokio::test]
#[ignore = "needs PostgreSQL: cargo xtask test starts one"]
async fn one_server_at_a_time_has_the_clock_s_turn() {
    let server = Server::start(Db::Postgres, NOW).await;
    let (one, other) =
        (Store::connect(&server.database_url).await.unwrap(), Store::connect(&server.database_url).await.unwrap());
    let turn = one.take_turn(Work::Clock).await.unwrap().expect("the first asks and has it");
    assert!(other.take_turn(Work::Clock).await.unwrap().is_none(), "the other must wait");
    turn.end().await.unwrap();
    let turn = other.take_turn(Work::Clock).await.unwrap().expect("given back, it is free");
    drop(turn); // as when a pass fails midway: its connection closes
    let deadline = Instant::now() + Duration::from_secs(5);
    while one.take_turn(Work::Clock).await.unwrap().is_none() {
        assert!(Instant::now() < deadline, "a dropped turn is free once its connection has closed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
