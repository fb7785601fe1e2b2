-- Target Monitor workspace, schema version 2: import history that can be undone, and the names
-- statistics tables use for a plan's indicators (aliases), remembered once an officer confirms them.

-- What an import batch is: a statistics file, a targets table, or filled templates.
ALTER TABLE import_batch ADD COLUMN kind TEXT NOT NULL DEFAULT 'STATISTICS'
    CHECK (kind IN ('STATISTICS','TARGETS'));
-- The period the file's figures are for, as officers write it (2024年1-6月); empty for targets.
ALTER TABLE import_batch ADD COLUMN period_label TEXT NOT NULL DEFAULT '';
-- Set when the import was undone; the row stays so the history shows it.
ALTER TABLE import_batch ADD COLUMN undone_at TEXT;
-- 1 when a targets import created the plan itself (undo then removes the plan).
ALTER TABLE import_batch ADD COLUMN created_plan INTEGER NOT NULL DEFAULT 0 CHECK (created_plan IN (0,1));

-- One row per observation an import wrote, with what the cell held before, so undo can put it back.
CREATE TABLE import_change (
    id                   INTEGER PRIMARY KEY,
    batch_id             INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    indicator_id         INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year                 INTEGER NOT NULL,
    end_month            INTEGER NOT NULL CHECK (end_month BETWEEN 1 AND 12),
    granularity          TEXT    NOT NULL CHECK (granularity IN ('MONTH','QUARTER')),
    had_previous         INTEGER NOT NULL CHECK (had_previous IN (0,1)),
    prev_value           REAL,
    prev_yoy_growth      REAL,
    prev_origin          TEXT CHECK (prev_origin IS NULL OR prev_origin IN ('SEED','TYPED','IMPORT')),
    prev_import_batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
    prev_source_sentence TEXT    NOT NULL DEFAULT '',
    new_value            REAL,
    new_yoy_growth       REAL,
    source_cell          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX import_change_batch ON import_change (batch_id);
CREATE INDEX import_change_cell ON import_change (indicator_id, year, end_month, granularity);

-- Indicators a targets import created (created = 1) or whose target it changed (the old target kept).
CREATE TABLE import_target_change (
    id                INTEGER PRIMARY KEY,
    batch_id          INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    indicator_id      INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    created           INTEGER NOT NULL CHECK (created IN (0,1)),
    prev_target_value REAL,
    prev_qualifier    TEXT,
    prev_direction    TEXT,
    prev_stretch      REAL,
    prev_deadline     TEXT
);
CREATE INDEX import_target_change_batch ON import_target_change (batch_id);

-- A row name from a statistics table, normalised, that an officer confirmed as meaning an indicator.
-- role VALUE: the row's value column feeds the indicator; GROWTH: its growth column does.
CREATE TABLE indicator_alias (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name_key     TEXT    NOT NULL,
    role         TEXT    NOT NULL CHECK (role IN ('VALUE','GROWTH')),
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    raw_name     TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    UNIQUE (plan_id, name_key, role)
);
