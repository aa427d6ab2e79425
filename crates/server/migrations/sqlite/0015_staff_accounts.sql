-- The complaints staff's accounts, and their sign-in by a one-time code
-- sent by email. A removed member keeps the row (the record of who had
-- access when) and opens nothing; their sessions end with the removal.
CREATE TABLE staff_members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider TEXT NOT NULL,
    -- In lower case, as it is compared.
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    removed_at TEXT
);
CREATE UNIQUE INDEX staff_members_email ON staff_members (email, provider) WHERE removed_at IS NULL;

-- Each code asked for: only its hash; good for ten minutes, once, for five tries.
CREATE TABLE staff_sign_in_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES staff_members (id),
    code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    tries INTEGER NOT NULL DEFAULT 0,
    used_at TEXT
);
CREATE INDEX staff_sign_in_codes_of_member ON staff_sign_in_codes (member_id, created_at);

-- A signed-in browser: the cookie's hash. It ends when its member signs
-- out, is removed, or has not been seen for eight hours.
CREATE TABLE staff_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES staff_members (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE INDEX staff_sessions_of_member ON staff_sessions (member_id);
