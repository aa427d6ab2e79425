//! The staff's queue: a provider's cases read a page at a time from the
//! queue's columns (`cases.received_day`, `next_due`, `search_text`, kept
//! with each event), in one of three orders, each served by an index, with
//! keyset pagination: a page is found from the last row of the one before,
//! so page 1,000 costs what page 1 does.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

use super::cases::{NO_DEADLINE, QueueColumns, ReportColumns};
use super::{Backend, CASE_COLUMNS, EVENT_COLUMNS, Store, StoreResult, StoredCase, group_cases, parse_time};

/// The order of the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueOrder {
    /// Oldest first.
    Received,
    /// Newest first.
    Newest,
    /// The earliest outstanding deadline first (overdue ones before all
    /// others), cases without one last, oldest first among equals.
    NextDue,
}

/// Which of a provider's cases, in which order, from where.
pub struct QueueQuery<'a> {
    pub provider: &'a str,
    pub stage: Option<&'a str>,
    /// `Some((overdue, today))`: only the cases that are overdue on `today`
    /// (with a deadline before it: a case that is not open has none), or only
    /// those that are not. One range of the deadline index.
    pub overdue: Option<(bool, NaiveDate)>,
    /// Days of receipt, inclusive.
    pub received_from: Option<NaiveDate>,
    pub received_to: Option<NaiveDate>,
    /// Text that must be in the case's search text, in lower case.
    pub search: Option<&'a str>,
    /// Only the cases of this member of the staff, or (`Some(None)`) of nobody.
    pub assignee: Option<Option<i64>>,
    pub order: QueueOrder,
    /// The last row of the page before.
    pub after: Option<&'a QueueCursor>,
    pub limit: i64,
    /// Whether to count every case the query finds (the spreadsheet, which
    /// reads them all a batch at a time, does not ask at every batch).
    pub count: bool,
}

/// Where a page ended: the sort keys of its last row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueCursor {
    next_due: String,
    received_at: String,
    id: i64,
}

impl QueueCursor {
    /// As the API hands it out: opaque to clients, `~` between its keys.
    pub fn to_text(&self) -> String {
        format!("{}~{}~{}", self.next_due, self.received_at, self.id)
    }

    /// A cursor the API handed out, or `None` for anything else.
    pub fn parse(text: &str) -> Option<QueueCursor> {
        let mut parts = text.split('~');
        let next_due = parts.next()?.to_string();
        let received_at = parts.next()?.to_string();
        let id = parts.next()?.parse().ok()?;
        let well_formed = parts.next().is_none()
            && redress_core::dates::parse_date(&next_due).is_some()
            && parse_time(&received_at).is_ok();
        well_formed.then_some(QueueCursor { next_due, received_at, id })
    }
}

/// A case as the queue lists it.
#[derive(Debug, Clone)]
pub struct QueueRow {
    pub reference: String,
    pub current_kind: String,
    pub stage: String,
    pub received_at: DateTime<Utc>,
    /// `YYYY-MM-DD`; `None`: no deadline outstanding.
    pub next_due: Option<String>,
    /// The answers the case now stands on (an escalation's, once there is
    /// one), as JSON: what the spreadsheet shows.
    pub answers: String,
    /// The name of the member of the staff who handles it.
    pub assignee: Option<String>,
    /// Whether the latest step after the filing (the clock's aside) is the
    /// customer's: an answer, a request, an escalation the team has not
    /// yet followed with a step of its own.
    pub customer_last: bool,
    pub cursor: QueueCursor,
}

/// A page of the queue, and how many cases the query finds.
pub struct QueuePage {
    pub rows: Vec<QueueRow>,
    /// Where the next page starts, if there is one.
    pub next: Option<QueueCursor>,
    /// How many cases the query finds, counted up to a cap (0 unless the
    /// query asks to `count`).
    pub total: i64,
    /// Whether `total` is all of them; otherwise there are more.
    pub total_exact: bool,
}

/// Counting stops past this many cases, and the total is given as "at
/// least": beyond it a number changes nothing for the queue's reader, and
/// counting a provider's 400,000 cases costs more than reading its page.
const COUNT_CAP: i64 = 10_000;

/// The same for a text search, whose matches are counted through the
/// trigram index: a search is for finding a customer, and a count that
/// stops at a thousand says to search for more.
const SEARCH_COUNT_CAP: i64 = 1_000;

/// Pages of the search index merged at each tidying: at a million cases,
/// about a tenth of a second holding the write lock, once a minute.
const SEARCH_PAGES_MERGED: i64 = 1_000;

/// The length of a trigram: a shorter search cannot use the index.
const TRIGRAM: usize = 3;

/// How a text search is read: from the trigram index, then the cases it
/// finds (few matches, sorted in memory), or along the queue's index,
/// testing each case's text (many matches: a page is found early).
#[derive(Clone, Copy, PartialEq, Eq)]
enum SearchPlan {
    FromMatches,
    AlongQueue,
}

/// The conditions of a query, with the values they bind, in order.
struct Conditions {
    /// The tables, `cases c` and perhaps the search's index.
    from: String,
    sql: String,
    binds: Vec<Bound>,
}

enum Bound {
    Text(String),
    Number(i64),
}

impl Conditions {
    fn new(provider: &str) -> Conditions {
        Conditions {
            from: "cases c".to_string(),
            // A duplicate merged into another case is not in the queue.
            sql: "c.provider = $1 AND c.stage <> 'merged'".to_string(),
            binds: vec![Bound::Text(provider.to_string())],
        }
    }

    /// The placeholder of `value`, bound next.
    fn bind(&mut self, value: Bound) -> String {
        self.binds.push(value);
        format!("${}", self.binds.len())
    }

    fn and(&mut self, condition: &str) {
        self.sql.push_str(" AND ");
        self.sql.push_str(condition);
    }

    fn query<'q>(&'q self, sql: &'q str) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        self.binds.iter().fold(sqlx::query(sql), |query, bound| match bound {
            Bound::Text(text) => query.bind(text.as_str()),
            Bound::Number(number) => query.bind(*number),
        })
    }
}

/// Trigrams of `text` (three characters or more) that cover it end to
/// end, side by side: `customer12@example.org` gives `cus`, `tom`, `er1`,
/// `2@e` … and `org`. Each trigram more costs the index a list to walk, and
/// the overlapping ones add little, as `LIKE` keeps only the cases that
/// hold the text itself.
fn covering_trigrams(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < TRIGRAM {
        return Vec::new();
    }
    let mut starts: Vec<usize> = (0..=chars.len() - TRIGRAM).step_by(TRIGRAM).collect();
    if starts.last() != Some(&(chars.len() - TRIGRAM)) {
        starts.push(chars.len() - TRIGRAM);
    }
    starts.into_iter().map(|start| chars[start..start + TRIGRAM].iter().collect()).collect()
}

/// FTS5's query for the covering trigrams of `text`, all of them.
fn trigrams_query(text: &str) -> String {
    let phrases: Vec<String> =
        covering_trigrams(text).iter().map(|trigram| format!("\"{}\"", trigram.replace('"', "\"\""))).collect();
    phrases.join(" AND ")
}

/// `%text%` for `LIKE … ESCAPE '\'`: the text's own `%`, `_` and `\` match themselves.
fn containing(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// The page's query: after the cursor, in the query's order, one row more
/// than the page holds (whether a next page exists).
fn page_sql(query: &QueueQuery<'_>, conditions: &mut Conditions) -> String {
    if let Some(after) = query.after {
        // Row values: both engines read them as one range of the order's
        // index, where `a > x OR (a = x AND …)` is a filter PostgreSQL
        // applies to every row from the first.
        let at = conditions.bind(Bound::Text(after.received_at.clone()));
        let id = conditions.bind(Bound::Number(after.id));
        let after = match query.order {
            QueueOrder::Received => format!("(c.received_at, c.id) > ({at}, {id})"),
            QueueOrder::Newest => format!("(c.received_at, c.id) < ({at}, {id})"),
            QueueOrder::NextDue => {
                let due = conditions.bind(Bound::Text(after.next_due.clone()));
                format!("(c.next_due, c.received_at, c.id) > ({due}, {at}, {id})")
            }
        };
        conditions.and(&after);
    }
    let order = match query.order {
        QueueOrder::Received => "c.received_at, c.id",
        QueueOrder::Newest => "c.received_at DESC, c.id DESC",
        QueueOrder::NextDue => "c.next_due, c.received_at, c.id",
    };
    let limit = conditions.bind(Bound::Number(query.limit + 1));
    format!(
        "SELECT c.id, c.reference, c.current_kind, c.stage, c.received_at, c.next_due, \
         COALESCE((SELECT e.answers FROM case_events e WHERE e.case_id = c.id AND e.answers IS NOT NULL \
         ORDER BY e.seq DESC LIMIT 1), c.answers) AS latest_answers, \
         (SELECT m.name FROM staff_members m WHERE m.id = c.assignee_id) AS assignee_name, \
         (SELECT e.actor FROM case_events e WHERE e.case_id = c.id AND e.actor <> 'clock' AND e.kind <> 'received' \
         ORDER BY e.seq DESC LIMIT 1) AS last_actor FROM {} \
         WHERE {} ORDER BY {order} LIMIT {limit}",
        conditions.from, conditions.sql
    )
}

impl Store {
    /// A page of the queue (at most `limit` cases, and the cursor of the
    /// next page if there is one) and, if the query asks to `count`, how many
    /// cases it finds, up to a cap.
    pub async fn queue_page(&self, query: &QueueQuery<'_>) -> StoreResult<QueuePage> {
        let by_trigrams = query.search.is_some_and(|search| search.chars().count() >= TRIGRAM);
        let mut plan = if by_trigrams { SearchPlan::FromMatches } else { SearchPlan::AlongQueue };
        let cap = if query.search.is_some() { SEARCH_COUNT_CAP } else { COUNT_CAP };
        let (mut total, mut total_exact) = (0, false);
        // A search is counted whatever the query asks: its plan depends on
        // how many cases it finds.
        if query.count || by_trigrams {
            let conditions = self.filters(query, plan);
            let counted: i64 = conditions
                .query(&format!(
                    "SELECT COUNT(*) AS n FROM (SELECT 1 FROM {} WHERE {} LIMIT {}) AS found",
                    conditions.from,
                    conditions.sql,
                    cap + 1
                ))
                .fetch_one(&self.read)
                .await?
                .try_get("n")?;
            (total, total_exact) = (counted.min(cap), counted <= cap);
            if !total_exact {
                plan = SearchPlan::AlongQueue;
            }
        }
        let mut conditions = self.filters(query, plan);
        let sql = page_sql(query, &mut conditions);
        let rows = conditions.query(&sql).fetch_all(&self.read).await?;
        let mut page = Vec::with_capacity(rows.len());
        for row in &rows {
            let received_text: String = row.try_get("received_at")?;
            let next_due: String = row.try_get("next_due")?;
            page.push(QueueRow {
                reference: row.try_get("reference")?,
                current_kind: row.try_get("current_kind")?,
                stage: row.try_get("stage")?,
                received_at: parse_time(&received_text)?,
                next_due: (next_due != NO_DEADLINE).then(|| next_due.clone()),
                answers: row.try_get("latest_answers")?,
                assignee: row.try_get("assignee_name")?,
                customer_last: row.try_get::<Option<String>, _>("last_actor")?.as_deref() == Some("customer"),
                cursor: QueueCursor { next_due, received_at: received_text, id: row.try_get("id")? },
            });
        }
        let more = page.len() as i64 > query.limit;
        page.truncate(query.limit as usize);
        let next = more.then(|| page.last().map(|row| row.cursor.clone())).flatten();
        if !query.count {
            (total, total_exact) = (0, false);
        }
        Ok(QueuePage { rows: page, next, total, total_exact })
    }

    /// The query's filters, without its page.
    fn filters(&self, query: &QueueQuery<'_>, plan: SearchPlan) -> Conditions {
        let mut conditions = Conditions::new(query.provider);
        if let Some(stage) = query.stage {
            let stage = conditions.bind(Bound::Text(stage.to_string()));
            conditions.and(&format!("c.stage = {stage}"));
        }
        match query.assignee {
            Some(Some(account)) => {
                let account = conditions.bind(Bound::Number(account));
                conditions.and(&format!("c.assignee_id = {account}"));
            }
            Some(None) => conditions.and("c.assignee_id IS NULL"),
            None => {}
        }
        if let Some((overdue, today)) = query.overdue {
            let today = conditions.bind(Bound::Text(today.to_string()));
            conditions.and(&format!("c.next_due {} {today}", if overdue { "<" } else { ">=" }));
        }
        if let Some(from) = query.received_from {
            let from = conditions.bind(Bound::Text(from.to_string()));
            conditions.and(&format!("c.received_day >= {from}"));
        }
        if let Some(to) = query.received_to {
            let to = conditions.bind(Bound::Text(to.to_string()));
            conditions.and(&format!("c.received_day <= {to}"));
        }
        if let Some(search) = query.search {
            self.search_condition(&mut conditions, search, plan);
        }
        conditions
    }

    /// The condition that the case's search text holds `search`, by `plan`:
    /// from the engine's trigram index (SQLite's FTS5 table `cases_search`,
    /// PostgreSQL's pg_trgm index on the column itself, which serves
    /// `LIKE`), or along the queue, each case's text tested as it comes,
    /// which finds a page early when many cases match. A search shorter than
    /// a trigram is always read along the queue.
    fn search_condition(&self, conditions: &mut Conditions, search: &str, plan: SearchPlan) {
        let pattern = conditions.bind(Bound::Text(containing(search)));
        let holds = format!("c.search_text LIKE {pattern} ESCAPE '\\'");
        if plan == SearchPlan::AlongQueue || search.chars().count() < TRIGRAM {
            conditions.and(&holds);
            return;
        }
        match self.backend {
            Backend::Sqlite => {
                let trigrams = conditions.bind(Bound::Text(trigrams_query(search)));
                // CROSS JOIN: SQLite's planner would otherwise start from
                // the cases, asking the index again for each.
                conditions.from = "cases_search CROSS JOIN cases c ON c.id = cases_search.rowid".to_string();
                conditions.and(&format!("cases_search MATCH {trigrams} AND {holds}"));
            }
            // OFFSET 0 keeps PostgreSQL from merging the matches into the
            // outer query, where it may rather walk the queue's index. Asked
            // for the whole text, pg_trgm walked every one of its trigrams'
            // lists: 183 ms for an email address at a million cases, 19 ms
            // for the covering ones.
            Backend::Postgres => {
                let mut covering = Vec::new();
                for trigram in covering_trigrams(search) {
                    let piece = conditions.bind(Bound::Text(containing(&trigram)));
                    covering.push(format!("search_text LIKE {piece} ESCAPE '\\'"));
                }
                conditions.from = format!(
                    "(SELECT id FROM cases WHERE {} OFFSET 0) AS matches JOIN cases c ON c.id = matches.id",
                    covering.join(" AND ")
                );
                // The exact test in a form the trigram index cannot serve: the
                // planner reads the index for the covering trigrams alone.
                conditions.and(&format!("(c.search_text || '') LIKE {pattern} ESCAPE '\\'"));
            }
        }
    }

    /// How many of the provider's cases stand at each of `stages`, each
    /// counted up to the cap from the stage's index: `(count, exact)`.
    pub async fn stage_counts(&self, provider: &str, stages: &[&str]) -> StoreResult<Vec<(i64, bool)>> {
        let mut counts = Vec::with_capacity(stages.len());
        for stage in stages {
            let counted: i64 = sqlx::query(&format!(
                "SELECT COUNT(*) AS n FROM (SELECT 1 FROM cases WHERE provider = $1 AND stage = $2 LIMIT {}) AS found",
                COUNT_CAP + 1
            ))
            .bind(provider)
            .bind(*stage)
            .fetch_one(&self.read)
            .await?
            .try_get("n")?;
            counts.push((counted.min(COUNT_CAP), counted <= COUNT_CAP));
        }
        Ok(counts)
    }

    /// Up to `limit` cases whose queue or report columns were never worked
    /// out (filed before the columns existed), with their events.
    pub async fn cases_without_kept_columns(&self, limit: i64) -> StoreResult<Vec<StoredCase>> {
        // The condition is the partial index's own, so that it is used.
        let sql = format!(
            "SELECT {CASE_COLUMNS}, {EVENT_COLUMNS} FROM cases c JOIN case_events e ON e.case_id = c.id \
             WHERE c.id IN (SELECT id FROM cases WHERE received_day IS NULL OR report_facts IS NULL ORDER BY id LIMIT $1) \
             ORDER BY c.id, e.seq"
        );
        let rows = sqlx::query(&sql).bind(limit).fetch_all(&self.read).await?;
        group_cases(&rows)
    }

    /// Merges some of the search index's segments (SQLite's FTS5: its
    /// writes leave merging to this), a bounded amount of work a call.
    pub async fn tidy_search_index(&self) -> StoreResult<()> {
        if self.backend == Backend::Sqlite {
            sqlx::query("INSERT INTO cases_search (cases_search, rank) VALUES ('merge', $1)")
                .bind(SEARCH_PAGES_MERGED)
                .execute(&self.write)
                .await?;
        }
        Ok(())
    }

    /// Writes a case's queue and report columns, where no event was
    /// appended to do it.
    pub async fn set_kept_columns(
        &self,
        case_id: i64,
        queue: &QueueColumns,
        report: &ReportColumns,
    ) -> StoreResult<()> {
        sqlx::query(
            "UPDATE cases SET received_day = $1, next_due = $2, search_text = $3, report_facts = $5, \
             report_until = $6, report_open = $7 WHERE id = $4",
        )
        .bind(&queue.received_day)
        .bind(queue.next_due.as_deref().unwrap_or(NO_DEADLINE))
        .bind(&queue.search_text)
        .bind(case_id)
        .bind(&report.facts)
        .bind(&report.until)
        .bind(report.open)
        .execute(&self.write)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_and_nothing_else_is_one() {
        let cursor =
            QueueCursor { next_due: "2026-11-20".into(), received_at: "2026-11-02T09:00:00.000000Z".into(), id: 7 };
        assert_eq!(QueueCursor::parse(&cursor.to_text()), Some(cursor));
        for bad in ["", "7", "2026-11-20~x~7", "2026-11-20~2026-11-02T09:00:00.000000Z~seven", "a~b~c~d"] {
            assert_eq!(QueueCursor::parse(bad), None, "{bad}");
        }
    }

    /// What SQLite's planner says it does for `query`'s page, one step a line.
    async fn plan(store: &Store, query: &QueueQuery<'_>, search: SearchPlan) -> String {
        let mut conditions = store.filters(query, search);
        let sql = format!("EXPLAIN QUERY PLAN {}", page_sql(query, &mut conditions));
        let rows = conditions.query(&sql).fetch_all(&store.read).await.unwrap();
        rows.iter().map(|row| row.try_get::<String, _>("detail").unwrap()).collect::<Vec<_>>().join("\n")
    }

    #[tokio::test]
    async fn each_order_and_the_search_are_served_by_an_index() {
        // A file: an in-memory database would be another one for each pool.
        let file = std::env::temp_dir().join(format!("redress-plan-{}.db", std::process::id()));
        let store = Store::connect(&format!("sqlite://{}?mode=rwc", file.display())).await.unwrap();
        let cursor =
            QueueCursor { next_due: "2026-11-20".into(), received_at: "2026-11-02T09:00:00.000000Z".into(), id: 7 };
        let query = |order, search, after| QueueQuery {
            provider: "kijoma",
            assignee: None,
            stage: None,
            overdue: None,
            received_from: None,
            received_to: None,
            search,
            order,
            after,
            limit: 50,
            count: true,
        };
        for (order, index) in [
            (QueueOrder::Received, "cases_queue_received"),
            (QueueOrder::Newest, "cases_queue_received"),
            (QueueOrder::NextDue, "cases_queue_due"),
        ] {
            for after in [None, Some(&cursor)] {
                let plan = plan(&store, &query(order, None, after), SearchPlan::AlongQueue).await;
                assert!(plan.contains(index) && !plan.contains("USE TEMP B-TREE"), "{order:?}: {plan}");
                // A later page starts where the cursor points, not at the first case.
                let ranged = plan.contains("(provider=? AND (next_due,received_at)>")
                    || plan.contains("received_at<")
                    || plan.contains("received_at>");
                assert!(after.is_none() || ranged, "{order:?}: {plan}");
            }
        }
        let search = query(QueueOrder::NextDue, Some("мамедова"), None);
        let from_matches = plan(&store, &search, SearchPlan::FromMatches).await;
        assert!(from_matches.starts_with("SCAN cases_search VIRTUAL TABLE"), "the index first: {from_matches}");
        let along = plan(&store, &search, SearchPlan::AlongQueue).await;
        assert!(along.contains("cases_queue_due") && !along.contains("TEMP B-TREE"), "{along}");
        // The housekeeping's merge is a command FTS5 takes.
        store.tidy_search_index().await.unwrap();
        store.close().await;
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
        }
    }

    #[test]
    fn a_search_asks_the_index_for_trigrams_that_cover_it() {
        assert_eq!(trigrams_query("müller"), "\"mül\" AND \"ler\"");
        assert_eq!(trigrams_query("müllers"), "\"mül\" AND \"ler\" AND \"ers\"");
        assert_eq!(trigrams_query("abc"), "\"abc\"");
        assert!(covering_trigrams("ab").is_empty());
        assert_eq!(trigrams_query("a\"bc"), "\"a\"\"b\" AND \"\"\"bc\"");
    }

    #[test]
    fn a_search_matches_its_own_wildcards_literally() {
        assert_eq!(containing("50%_a\\b"), "%50\\%\\_a\\\\b%");
    }
}
