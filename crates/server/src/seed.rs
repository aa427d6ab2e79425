//! `redress db seed --cases N`: an empty database filled with realistic
//! cases, for demonstrations and benchmarks. Every provider the server runs
//! and each kind a customer can file, received over the two years before now
//! (the first provider gets four in ten, as a large company would), with
//! names in the scripts of the portal's languages, and histories the core
//! accepts: most acknowledged, many answered, some resolved or closed, some
//! escalated, some left alone until their deadlines passed, and the clock's
//! own events (lapses, windows that closed) recorded as the clock would have.
//! The same number gives the same cases, but for the references and codes,
//! which are always random.

use chrono::{DateTime, Duration, Utc};
use redress_core::lifecycle::{CaseState, Event};
use redress_core::policy::{Actor, CaseKind, EventKind, FieldId, Input, KindId, Lang, Policy};
use redress_core::report::{Outcome, takes_outcome};
use redress_core::validation::{Answers, FieldValue};

use crate::case::{self, Step, clock_event};
use crate::store::{CaseRecord, NewEvent, SeededCase, Store};
use crate::{queue, reports, secrets};

/// Cases written per transaction.
const BATCH: u64 = 50_000;

/// Fills `store`, which must hold no case, with `count` cases of `policies`
/// received before `now`; reports progress on stderr.
pub async fn seed(store: &Store, policies: &[&'static Policy], count: u64, now: DateTime<Utc>) -> Result<(), String> {
    let held = store.count_cases().await.map_err(|e| e.to_string())?;
    if held > 0 {
        return Err(format!("the database holds {held} cases already; seed fills an empty one"));
    }
    // The next batch is made on another thread while this one is written:
    // making cases (the core checks every step) costs about what writing does.
    let make = |random: fastrand::Rng, from: u64| {
        let policies = policies.to_vec();
        tokio::task::spawn_blocking(move || batch(random, &policies, from, count.min(from + BATCH), now))
    };
    let mut next = make(fastrand::Rng::with_seed(count), 0);
    let mut written = 0u64;
    while written < count {
        let (random, cases) = next.await.map_err(|e| e.to_string())?;
        let cases = cases?;
        let made = written + cases.len() as u64;
        next = make(random, made);
        store.insert_seeded(&cases).await.map_err(|e| e.to_string())?;
        written = made;
        if written % 100_000 < BATCH || written == count {
            eprintln!("{written} of {count} cases written");
        }
    }
    store.after_bulk_load().await.map_err(|e| e.to_string())
}

/// Cases numbered `from` to `to`, and the generator to go on with.
fn batch(
    mut random: fastrand::Rng,
    policies: &[&'static Policy],
    from: u64,
    to: u64,
    now: DateTime<Utc>,
) -> (fastrand::Rng, Result<Vec<SeededCase>, String>) {
    let cases = (from..to).map(|number| seeded_case(&mut random, policies, number, now)).collect();
    (random, cases)
}

/// Case number `number`: its provider, kind, answers and history.
fn seeded_case(
    random: &mut fastrand::Rng,
    policies: &[&'static Policy],
    number: u64,
    now: DateTime<Utc>,
) -> Result<SeededCase, String> {
    let policy = match policies {
        [_, others @ ..] if !others.is_empty() && random.u8(0..10) >= 4 => others[random.usize(..others.len())],
        _ => policies[0],
    };
    let kinds: Vec<&CaseKind> = policy.kinds.iter().filter(|kind| kind.direct).collect();
    let kind = kinds[random.usize(..kinds.len())];
    let lang = policy.languages[random.usize(..policy.languages.len())];
    let received_at = now - Duration::seconds(random.i64(60..2 * 365 * 24 * 3600));
    let answers = answers(random, kind, lang, number, received_at);
    let answers_json = serde_json::to_string(&answers).map_err(|e| e.to_string())?;
    let (state, events) = history(random, policy, kind.id, &answers, &answers_json, received_at, now)?;
    let reference = secrets::new_reference();
    let at = events.last().map_or(received_at, |event| event.at);
    let queue = queue::columns(policy, &state, at, received_at, &reference, &answers);
    let outcome = reports::latest_outcome(events.iter().map(|event| event.outcome.as_deref()));
    let report = reports::columns(policy, kind.id, &state, outcome);
    let record = CaseRecord {
        reference,
        provider: policy.id.to_string(),
        kind: kind.id.as_str().to_string(),
        lang: lang.tag().to_string(),
        access_hash: secrets::hash_code(&secrets::new_access_code()),
        received_at,
        answers: answers_json,
    };
    // As a filed case's: a date past its calendar counts as due now.
    let next = case::next_clock_event(policy, &state).unwrap_or(Some(at));
    Ok(SeededCase {
        record,
        queue,
        report,
        stage: state.stage.as_str().to_string(),
        current_kind: state.kind().as_str().to_string(),
        clock_due_at: next,
        events,
    })
}

/// The steps taken on a case received at `received_at`, checked by the core
/// one by one, with the clock's events in between.
fn history(
    random: &mut fastrand::Rng,
    policy: &'static Policy,
    kind: KindId,
    answers: &Answers,
    answers_json: &str,
    received_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(CaseState, Vec<NewEvent>), String> {
    let mut state = case::at_receipt(policy, kind, received_at, answers)
        .ok_or_else(|| format!("a {} case of {} does not open", kind.as_str(), policy.id))?;
    // Stored as a filing stores it: the first contact stays in the answers.
    let mut events = vec![Step::new(Event::new(EventKind::Received, received_at), Actor::Customer).stored()];
    // One case in seven is left alone: its deadlines pass unmet.
    let plan: &[(EventKind, i64)] = match random.u8(0..7) {
        0 => &[],
        1 | 2 => &[(EventKind::Acknowledged, 1)],
        3 | 4 => &[(EventKind::Acknowledged, 1), (EventKind::Responded, 6)],
        5 => &[(EventKind::Acknowledged, 1), (EventKind::Responded, 5), (EventKind::Escalated, 3)],
        _ => &[(EventKind::Acknowledged, 1), (EventKind::Resolved, 8), (EventKind::Closed, 2)],
    };
    let mut at = received_at;
    for &(wanted, days) in plan {
        at += Duration::days(days) + Duration::minutes(random.i64(0..600));
        if at > now {
            break;
        }
        clock_events(policy, &mut state, &mut events, at)?;
        let actor = wanted.actor();
        if !state.allowed(policy, actor, at).contains(&wanted) {
            continue;
        }
        let event = match wanted {
            EventKind::Escalated => match state.escalation_target(policy) {
                Some(target) => Event::escalation(target, at),
                None => continue,
            },
            other => Event::new(other, at),
        };
        let mut step = Step::new(event.clone(), actor);
        if actor == Actor::Staff {
            step.author = Some("Sam Jones".to_string());
            step.message = Some(format!("Step {} of case {}.", events.len(), state.kind().as_str()));
            // Most closing steps record what the company found; some do not.
            if takes_outcome(wanted) {
                step.outcome = Outcome::ALL.get(random.usize(..Outcome::ALL.len() + 1)).copied();
            }
        }
        if wanted == EventKind::Escalated {
            step.answers = Some(answers_json.to_string());
        }
        if state.apply(policy, actor, event).is_ok() {
            events.push(step.stored());
        }
    }
    clock_events(policy, &mut state, &mut events, now)?;
    Ok((state, events))
}

/// Records the clock's events due by `at`, as its passes would have.
fn clock_events(
    policy: &Policy,
    state: &mut CaseState,
    events: &mut Vec<NewEvent>,
    at: DateTime<Utc>,
) -> Result<(), String> {
    for event in state.due_clock_events(policy, at).map_err(|e| e.to_string())? {
        state.apply(policy, Actor::Clock, event.clone()).map_err(|e| e.to_string())?;
        events.push(clock_event(&event));
    }
    Ok(())
}

/// Names in each language's script: (first name, surname, patronymic).
fn person(lang: Lang, number: u64) -> (&'static str, &'static str, &'static str) {
    let people: &[(&str, &str, &str)] = match lang {
        Lang::Fr => &[("Élodie", "Martin", ""), ("François", "Dubois", ""), ("Chloé", "Lefèvre", "")],
        Lang::De => &[("Jürgen", "Müller", ""), ("Anna", "Schäfer", ""), ("Lukas", "Weiß", "")],
        Lang::Ru => {
            &[("Анна", "Иванова", "Сергеевна"), ("Дмитрий", "Смирнов", "Петрович"), ("Ольга", "Кузнецова", "Игоревна")]
        }
        Lang::Az => &[
            ("Leyla", "Məmmədova", "Əli qızı"),
            ("Rəşad", "Əliyev", "Vüqar oğlu"),
            ("Günel", "Həsənova", "Elşən qızı"),
        ],
        Lang::En => &[("Ada", "Lovelace", ""), ("Oliver", "Smith", ""), ("Amelia", "Jones", "")],
    };
    people[(number % people.len() as u64) as usize]
}

/// What a customer writes about the matter, in their language.
fn story(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Le service est coupé depuis une semaine et personne ne m'a répondu.",
        Lang::De => "Der Dienst ist seit einer Woche unterbrochen und niemand hat geantwortet.",
        Lang::Ru => "Услуга не работает уже неделю, и никто не ответил.",
        Lang::Az => "Xidmət bir həftədir işləmir və heç kim cavab vermədi.",
        Lang::En => "The service has been down for a week and nobody has answered.",
    }
}

/// Answers to `kind`'s form: every field it requires and about half the
/// others, documents and someone else's details left out.
fn answers(
    random: &mut fastrand::Rng,
    kind: &CaseKind,
    lang: Lang,
    number: u64,
    received_at: DateTime<Utc>,
) -> Answers {
    let (first, surname, patronymic) = person(lang, number);
    let day = (received_at - Duration::days(random.i64(1..20))).date_naive().to_string();
    let mut answers = Answers::new();
    for field in kind.fields.iter() {
        let wanted = field.required || kind.contact_any_of.contains(&field.id) || random.bool();
        if !wanted || field.input == Input::File || field.required_if.is_some() {
            continue;
        }
        let text = |text: String| Some(FieldValue::Text(text));
        let value = match (field.id, field.input) {
            (FieldId::FullName, _) => text(format!("{first} {surname}")),
            (FieldId::FirstName, _) => text(first.to_string()),
            (FieldId::Surname, _) => text(surname.to_string()),
            (FieldId::Patronymic, _) if !patronymic.is_empty() => text(patronymic.to_string()),
            (FieldId::Email, _) | (_, Input::Email) => text(format!("customer{number}@example.org")),
            (FieldId::Phone, _) | (_, Input::Tel) => text(format!("+44 7700 9{:05}", number % 100_000)),
            (FieldId::AccountReference, _) => text(format!("ACC-{number:07}")),
            (FieldId::OnBehalf, _) => Some(FieldValue::Flag(false)),
            (_, Input::Domain) => Some(FieldValue::List(vec![format!("example-{number}.com")])),
            (_, Input::Date) => text(day.clone()),
            (_, Input::Choice) => {
                field.options.get(random.usize(..field.options.len().max(1))).map(|o| FieldValue::Text(o.to_string()))
            }
            (_, Input::Checkbox) => Some(FieldValue::Flag(true)),
            (_, Input::Textarea) => text(story(lang).to_string()),
            (_, Input::Text) => text(format!("{first} {number}")),
            _ => None,
        };
        if let Some(value) = value {
            answers.insert(field.id.as_str().to_string(), value);
        }
    }
    answers
}
