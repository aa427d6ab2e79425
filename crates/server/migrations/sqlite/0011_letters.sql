-- The outbox: every letter the portal sends, written in the same
-- transaction as the event that calls for it (so none is lost, and none
-- goes for an event that was rolled back), then delivered by the sender,
-- which retries with growing waits and records what happened.
CREATE TABLE letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER REFERENCES cases (id),
    provider TEXT NOT NULL,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    -- The Message-ID header, the same at every attempt: a letter sent again
    -- after a crash is recognisable as the same one.
    message_id TEXT NOT NULL UNIQUE,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- When the sender tries next; NULL once sent or failed for good.
    next_attempt_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT,
    failed_at TEXT,
    last_error TEXT
);
CREATE INDEX letters_waiting ON letters (next_attempt_at);
CREATE INDEX letters_of_case ON letters (case_id);
