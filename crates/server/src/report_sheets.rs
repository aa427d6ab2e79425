//! A report as spreadsheets (CSV): its figures, one a row, and the
//! regulator's complaints return, one row per kind of case.
//!
//! Every cell is a number, a date or one of the portal's own names: no
//! customer's text reaches these sheets.

use redress_core::report::Report;

use crate::export::UTF8_BOM;

/// The figures sheet's columns.
const FIGURE_COLUMNS: [&str; 6] = ["from", "to", "kind", "figure", "deadline", "value"];

/// The return's columns: the regulator's bands of the complaints closed,
/// and what the company found of them.
const RETURN_COLUMNS: [&str; 13] = [
    "from",
    "to",
    "kind",
    "opened",
    "closed",
    "closed_within_3_business_days",
    "closed_within_8_weeks",
    "closed_after_8_weeks",
    "upheld",
    "partly_upheld",
    "not_upheld",
    "outcome_not_recorded",
    "open_at_end",
];

/// Every figure of `report`: one row each, the deadlines' with their name.
pub fn figures(report: &Report) -> Vec<u8> {
    let (from, to) = (report.from.to_string(), report.to.to_string());
    let mut rows: Vec<[String; 6]> = Vec::new();
    for kind in &report.kinds {
        let name = kind.kind.as_str();
        let row = |figure: &str, deadline: &str, value: Option<u32>| {
            let value = value.map(|n| n.to_string()).unwrap_or_default();
            [from.clone(), to.clone(), name.to_string(), figure.to_string(), deadline.to_string(), value]
        };
        for (figure, value) in kind.figures() {
            rows.push(row(figure.as_str(), "", value));
        }
        for deadline in &kind.deadlines {
            let measures = [
                ("deadline_fell_due", deadline.fell_due),
                ("deadline_on_time", deadline.on_time),
                ("deadline_late", deadline.late),
                ("deadline_not_yet", deadline.not_yet),
            ];
            for (figure, value) in measures {
                rows.push(row(figure, deadline.name.as_str(), Some(value)));
            }
        }
    }
    sheet(&FIGURE_COLUMNS, rows)
}

/// The complaints return of `report`'s period: one row per kind of case.
pub fn regulator_return(report: &Report) -> Vec<u8> {
    let rows = report.kinds.iter().map(|kind| {
        let numbers = [
            kind.received,
            kind.closed,
            kind.closed_within_3_business_days,
            kind.closed_within_8_weeks,
            kind.closed_after_8_weeks,
            kind.upheld,
            kind.partly_upheld,
            kind.not_upheld,
            kind.outcome_not_recorded(),
            kind.open_at_end,
        ];
        let mut row = vec![report.from.to_string(), report.to.to_string(), kind.kind.as_str().to_string()];
        row.extend(numbers.iter().map(u32::to_string));
        row
    });
    sheet(&RETURN_COLUMNS, rows)
}

/// A sheet with a byte order mark, so that spreadsheet programs read it as
/// UTF-8, and `columns` as its header row.
fn sheet<R: IntoIterator<Item = S>, S: AsRef<[u8]>>(columns: &[&str], rows: impl IntoIterator<Item = R>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(UTF8_BOM.to_vec());
    let write = || -> csv::Result<()> {
        writer.write_record(columns)?;
        for row in rows {
            writer.write_record(row)?;
        }
        writer.flush()?;
        Ok(())
    };
    // Writing to memory fails only on a bug.
    write().expect("a sheet is written to memory");
    writer.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use redress_core::policy::{KindId, MilestoneName};
    use redress_core::report::{Charts, DeadlineCount, KindReport, Spread};

    fn report() -> Report {
        let day = |text: &str| text.parse().unwrap();
        let kind = KindReport {
            kind: KindId::Complaint,
            received: 12,
            open_at_start: 3,
            open_at_end: 4,
            closed: 11,
            closed_within_3_business_days: 5,
            closed_within_8_weeks: 4,
            closed_after_8_weeks: 2,
            upheld: 3,
            partly_upheld: 2,
            not_upheld: 4,
            deadlines: vec![DeadlineCount {
                name: MilestoneName::Response,
                fell_due: 9,
                on_time: 7,
                late: 1,
                not_yet: 1,
            }],
            days_to_first_answer: Spread { cases: 10, median: Some(2), p90: Some(6) },
            days_to_close: Spread::default(),
            delay_notices: 1,
            escalations: 2,
            deadlock_letters: 0,
            adr_letters: 1,
            early_referrals_asked: 0,
            early_referrals_granted: 0,
        };
        Report {
            from: day("2026-10-01"),
            to: day("2026-12-31"),
            today: day("2027-01-05"),
            kinds: vec![kind],
            charts: Charts {
                weeks: Vec::new(),
                months: Vec::new(),
                first_answer: Vec::new(),
                first_answer_spread: Spread::default(),
            },
        }
    }

    fn read(bytes: &[u8]) -> Vec<csv::StringRecord> {
        assert!(bytes.starts_with(UTF8_BOM));
        csv::Reader::from_reader(&bytes[UTF8_BOM.len()..]).records().map(Result::unwrap).collect()
    }

    #[test]
    fn the_return_has_a_row_per_kind_in_the_regulators_bands() {
        let rows = read(&regulator_return(&report()));
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0].iter().collect::<Vec<_>>(),
            ["2026-10-01", "2026-12-31", "complaint", "12", "11", "5", "4", "2", "3", "2", "4", "2", "4"]
        );
    }

    #[test]
    fn the_figures_sheet_has_one_figure_a_row() {
        let rows = read(&figures(&report()));
        let value = |figure: &str, deadline: &str| {
            let row = rows.iter().find(|row| &row[3] == figure && &row[4] == deadline).unwrap();
            row[5].to_string()
        };
        assert_eq!(value("received", ""), "12");
        assert_eq!(value("outcome_not_recorded", ""), "2");
        assert_eq!(value("days_to_first_answer_p90", ""), "6");
        assert_eq!(value("days_to_close_median", ""), "", "no case closed: no median");
        assert_eq!(value("deadline_on_time", "response"), "7");
        // 22 figures (the close's spread counts the closed), and the response's 4.
        assert_eq!(rows.len(), 22 + 4);
    }
}
