-- Cases, their append-only history, idempotency records, uploads and staff tokens.
-- Times are RFC 3339 UTC text with microseconds, so they sort as text.

CREATE TABLE cases (
    id BIGSERIAL PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    provider TEXT NOT NULL,
    kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    access_hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    answers TEXT NOT NULL,
    -- Denormalised from the events for staff filters; rewritten with each event.
    stage TEXT NOT NULL,
    current_kind TEXT NOT NULL
);
CREATE INDEX cases_provider_stage ON cases (provider, stage);

CREATE TABLE case_events (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    to_kind TEXT,
    message TEXT,
    author TEXT,
    answers TEXT,
    UNIQUE (case_id, seq)
);

-- The history of a case is never rewritten.
CREATE FUNCTION case_events_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'case events are append-only'; END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER case_events_no_change BEFORE UPDATE OR DELETE ON case_events
FOR EACH ROW EXECUTE FUNCTION case_events_append_only();

CREATE TABLE idempotency (
    provider TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    -- The 201 response, encrypted under a key derived from the Idempotency-Key.
    response BYTEA NOT NULL,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (provider, key_hash)
);

CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    data BYTEA NOT NULL,
    created_at TEXT NOT NULL,
    case_id BIGINT REFERENCES cases (id)
);
CREATE INDEX uploads_case ON uploads (case_id);

CREATE TABLE staff_tokens (
    id BIGSERIAL PRIMARY KEY,
    provider TEXT NOT NULL,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
