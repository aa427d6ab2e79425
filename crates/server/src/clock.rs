//! "Now", from the system or fixed by `REDRESS_NOW` for demos and tests.

use chrono::{DateTime, Utc};

#[derive(Debug, Clone, Copy)]
pub enum Clock {
    System,
    Fixed(DateTime<Utc>),
    /// Starts at an instant and runs from there (`REDRESS_CLOCK_RUNS`): a
    /// demonstration or a test that watches the clock's own work happen.
    From {
        start: DateTime<Utc>,
        at: std::time::Instant,
    },
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(at) => *at,
            Clock::From { start, at } => *start + chrono::Duration::from_std(at.elapsed()).unwrap_or_default(),
        }
    }
}
