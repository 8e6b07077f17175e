-- Watches: one row per watch of a target (minutes or hours of samples).
CREATE TABLE watches (
	id          INTEGER PRIMARY KEY,
	started_at  TEXT    NOT NULL,             -- RFC 3339, UTC
	ended_at    TEXT    NOT NULL DEFAULT '',  -- '' while it runs (or if the program died)
	input       TEXT    NOT NULL,             -- as typed or pasted
	target_key  TEXT    NOT NULL,             -- host:port
	target_json TEXT    NOT NULL,             -- the parsed target
	every_ms    INTEGER NOT NULL,             -- the pace
	version     TEXT    NOT NULL              -- program version
);
CREATE INDEX watches_started ON watches(started_at DESC, id DESC);

-- Samples: compact, one row each; the figures a timeline plots are columns,
-- the rest (answers, each address, pings, trace) one small JSON text.
CREATE TABLE watch_samples (
	watch_id      INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
	seq           INTEGER NOT NULL,
	at_ms         INTEGER NOT NULL,           -- Unix milliseconds
	ok            INTEGER NOT NULL,           -- 1 worked, 0 failed
	connect_ms    REAL    NOT NULL DEFAULT 0,
	first_byte_ms REAL    NOT NULL DEFAULT 0,
	detail        TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (watch_id, seq)
) WITHOUT ROWID;

-- Events on the watch's timeline: sleep gaps, network changes.
CREATE TABLE watch_events (
	watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
	at_ms    INTEGER NOT NULL,
	kind     TEXT    NOT NULL,
	detail   TEXT    NOT NULL
);
CREATE INDEX watch_events_watch ON watch_events(watch_id, at_ms);

-- The diagnoses a watch started: ordinary runs, linked to the sample that
-- opened the failure window.
CREATE TABLE watch_runs (
	watch_id INTEGER NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
	run_id   INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
	seq      INTEGER NOT NULL,
	PRIMARY KEY (watch_id, run_id)
);
CREATE INDEX watch_runs_run ON watch_runs(run_id);
