//! `redress policy …` as an operator runs it: the real binary, its output and exit codes.

use std::process::{Command, Output};

fn redress(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redress")).args(args).output().expect("run redress")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn list_prints_one_provider_per_line() {
    let output = redress(&["policy", "list"]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        "kite-mobi\tKite Mobi\nmodmount\tModmount\nkijoma\tKijoma Broadband\nkey-systems\tKey-Systems\nkontakt-az\tKontakt Home\n"
    );
}

#[test]
fn timeline_json_matches_the_documented_example() {
    let output = redress(&[
        "policy",
        "timeline",
        "kijoma",
        "--kind",
        "complaint",
        "--received",
        "2026-12-18T10:00:00Z",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output).trim_end(),
        r#"{"provider":"kijoma","kind":"complaint","received":"2026-12-18T10:00:00Z","day_of_receipt":"2026-12-18","milestones":[{"name":"substantive_response","due":"2026-12-29"},{"name":"adr_eligible","due":"2027-02-12"}]}"#
    );
}

#[test]
fn timeline_accepts_offsets_and_counts_in_the_providers_zone() {
    // 01:30 in Berlin on 24 December is still 23 December in UTC.
    let output = redress(&[
        "policy",
        "timeline",
        "key-systems",
        "--kind",
        "complaint",
        "--received",
        "2026-12-24T01:30:00+02:00",
        "--json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["received"], "2026-12-23T23:30:00Z");
    assert_eq!(json["day_of_receipt"], "2026-12-24");
}

#[test]
fn timeline_text_names_clocks_that_start_later() {
    let output =
        redress(&["policy", "timeline", "key-systems", "--kind", "complaint", "--received", "2026-12-18T10:00:00Z"]);
    let text = stdout(&output);
    assert!(text.contains("acknowledgement           2026-12-22"), "{text}");
    assert!(text.contains("escalation_window_closes  20 business days after the company's answer"), "{text}");
}

#[test]
fn show_lists_fields_milestones_and_refused_channels() {
    let output = redress(&["policy", "show", "kite-mobi"]);
    let text = stdout(&output);
    assert!(text.contains("Post            (not published)  NOT ACCEPTED"), "{text}");
    assert!(
        text.contains("resolution                  3 business days after the day of receipt: the company aims to act (not a promise)\n"),
        "{text}"
    );
    assert!(
        text.contains("adr_eligible                8 weeks after the first contact (the date the customer gives"),
        "{text}"
    );
    assert!(text.contains("first_contact_corrected"), "{text}");
    assert!(text.contains("ADR scheme: Ombudsman Services: Communications"), "{text}");
    assert!(text.contains("  open to       `customer_type` one of residential, small_business\n"), "{text}");
}

#[test]
fn show_says_which_dates_can_be_put_back_and_when_a_case_may_be_closed() {
    let kontakt = stdout(&redress(&["policy", "show", "kontakt-az"]));
    assert!(kontakt.contains("the company must act, or give a later date and its reason before then"), "{kontakt}");
    assert!(kontakt.contains("email                       email     at least one of email, phone"), "{kontakt}");
    assert!(kontakt.contains("promises        EveryStepReported"), "{kontakt}");
    let modmount = stdout(&redress(&["policy", "show", "modmount"]));
    assert!(modmount.contains("the company may close the case from then; nothing closes by itself"), "{modmount}");
    assert!(modmount.contains("closing         only from a may-close date"), "{modmount}");
}

#[test]
fn bad_arguments_give_one_line_naming_the_choices_and_exit_2() {
    let cases: [(&[&str], &str); 4] = [
        (
            &["policy", "show", "acme"],
            "error: unknown provider `acme`; valid providers: kite-mobi, modmount, kijoma, key-systems, kontakt-az\n",
        ),
        (
            &["policy", "timeline", "kijoma", "--kind", "inquiry", "--received", "2026-12-18T10:00:00Z"],
            "error: provider `kijoma` has no case kind `inquiry`; valid kinds: complaint\n",
        ),
        (
            &["policy", "timeline", "modmount", "--kind", "appeal", "--received", "2026-12-18T10:00:00Z"],
            "error: provider `modmount` has no case kind `appeal`; valid kinds: inquiry, complaint\n",
        ),
        (
            &["policy", "timeline", "kijoma", "--kind", "complaint", "--received", "2026-12-18 10:00"],
            "error: `2026-12-18 10:00` is not an RFC 3339 instant such as 2026-12-18T10:00:00Z (premature end of input)\n",
        ),
    ];
    for (args, expected) in cases {
        let output = redress(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&output), expected, "{args:?}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn readme_milestone_table_is_generated_from_the_policies() {
    let output = redress(&["policy", "milestones"]);
    let table = stdout(&output);
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let start = "<!-- milestones:start (generated by `redress policy milestones`) -->\n";
    let end = "<!-- milestones:end -->";
    let block = readme
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(block, _)| block)
        .expect("README.md has the milestones markers");
    assert_eq!(
        block, table,
        "README.md's milestone table is out of date; replace it with the output of `cargo run -q -p redress-server -- policy milestones`"
    );
}
