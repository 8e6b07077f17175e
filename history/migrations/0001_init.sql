-- Runs: one row per diagnosis.
CREATE TABLE runs (
	id              INTEGER PRIMARY KEY,
	started_at      TEXT    NOT NULL,             -- RFC 3339, UTC
	duration_ms     REAL    NOT NULL,
	input           TEXT    NOT NULL,             -- as typed or pasted
	target_key      TEXT    NOT NULL,             -- host:port, for filtering and grouping
	target_json     TEXT    NOT NULL,             -- the parsed target
	addr            TEXT    NOT NULL DEFAULT '',  -- the IP address tested
	verdict_code    TEXT    NOT NULL,
	verdict_summary TEXT    NOT NULL,
	diagnosis_json  TEXT    NOT NULL,
	env_json        TEXT    NOT NULL,             -- the machine's network settings at run time
	version         TEXT    NOT NULL,             -- program version
	label           TEXT    NOT NULL DEFAULT '',
	repeats_id      INTEGER REFERENCES runs(id) ON DELETE SET NULL
);
CREATE INDEX runs_started ON runs(started_at DESC, id DESC);
CREATE INDEX runs_target  ON runs(target_key, started_at DESC);
CREATE INDEX runs_verdict ON runs(verdict_code, started_at DESC);

-- Checks: one row per check of a run, with its full result.
CREATE TABLE checks (
	run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	check_id    TEXT    NOT NULL,
	title       TEXT    NOT NULL,
	status      TEXT    NOT NULL,
	summary     TEXT    NOT NULL,
	duration_ms REAL    NOT NULL,
	data_json   TEXT    NOT NULL,
	PRIMARY KEY (run_id, check_id)
);

-- Settings: retention and the like.
CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
