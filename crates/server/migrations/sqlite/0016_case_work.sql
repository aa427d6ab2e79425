-- What the complaints team keeps about its work on a case, apart from its
-- history: who handles it, their notes (never shown to the customer), and
-- every time one of them opened it.
ALTER TABLE cases ADD COLUMN assignee_id INTEGER REFERENCES staff_members (id);
-- The queue's "mine" and "nobody's", in its order by deadline.
CREATE INDEX cases_by_assignee ON cases (provider, assignee_id, next_due, received_at, id);

CREATE TABLE case_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX case_notes_of_case ON case_notes (case_id);

CREATE TABLE case_views (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    viewer TEXT NOT NULL,
    viewed_at TEXT NOT NULL
);
CREATE INDEX case_views_of_case ON case_views (case_id, viewed_at);
