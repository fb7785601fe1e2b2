-- Target Monitor workspace, schema version 1.
-- Enums are stored by name and checked; decimals that must stay exact (plan rules) are stored as text.

CREATE TABLE unit (
    id        INTEGER PRIMARY KEY,
    name      TEXT    NOT NULL UNIQUE,
    kind      TEXT    NOT NULL CHECK (kind IN ('CITY','COUNTY','DEPARTMENT','CHAIN','PARK','ENTERPRISE','OTHER')),
    parent_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    leader    TEXT    NOT NULL DEFAULT '',
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE TABLE plan (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE,
    region             TEXT    NOT NULL DEFAULT '',
    year               INTEGER NOT NULL,
    document           TEXT    NOT NULL DEFAULT '',
    amount_yellow_band TEXT    NOT NULL DEFAULT '10',
    rate_yellow_band   TEXT    NOT NULL DEFAULT '1',
    about_tolerance    TEXT    NOT NULL DEFAULT '0.5',
    rounding_scale     INTEGER NOT NULL DEFAULT 2 CHECK (rounding_scale BETWEEN 0 AND 6)
);

CREATE TABLE category (
    id       INTEGER PRIMARY KEY,
    plan_id  INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name     TEXT    NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, name)
);

CREATE TABLE indicator (
    id              INTEGER PRIMARY KEY,
    plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    category_id     INTEGER REFERENCES category (id) ON DELETE SET NULL,
    parent_id       INTEGER REFERENCES indicator (id) ON DELETE CASCADE,
    code            TEXT    NOT NULL DEFAULT '',
    name            TEXT    NOT NULL,
    unit_of_measure TEXT    NOT NULL DEFAULT '',
    kind            TEXT    NOT NULL CHECK (kind IN ('AMOUNT','COUNT','GROWTH_RATE','LEVEL','MILESTONE')),
    frequency       TEXT    NOT NULL CHECK (frequency IN ('MONTHLY','QUARTERLY','ANNUAL')),
    target_value    REAL,
    qualifier       TEXT    NOT NULL CHECK (qualifier IN ('NONE','AT_LEAST','ABOUT','AT_MOST','EXCEED')),
    direction       TEXT    NOT NULL CHECK (direction IN ('HIGHER_BETTER','LOWER_BETTER')),
    stretch_value   REAL,
    deadline        TEXT,
    source_sentence TEXT    NOT NULL DEFAULT '',
    source_document TEXT    NOT NULL DEFAULT '',
    source_note     TEXT    NOT NULL DEFAULT '',
    position        INTEGER NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX indicator_plan ON indicator (plan_id);
CREATE UNIQUE INDEX indicator_code ON indicator (plan_id, code) WHERE code <> '';

-- 牵头单位 (LEAD) first, then 配合单位 (SUPPORT), in the plan's order.
CREATE TABLE indicator_unit (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    unit_id      INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    role         TEXT    NOT NULL CHECK (role IN ('LEAD','SUPPORT')),
    position     INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, unit_id)
);
CREATE INDEX indicator_unit_unit ON indicator_unit (unit_id);

-- Planned cumulative share of the annual target by the end of each month.
CREATE TABLE indicator_phasing (
    indicator_id   INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    month          INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    cumulative_pct REAL    NOT NULL CHECK (cumulative_pct BETWEEN 0 AND 100),
    PRIMARY KEY (indicator_id, month)
);

-- One row per file imported; observations written by it point back so the import can be undone.
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER REFERENCES plan (id) ON DELETE CASCADE,
    file_name   TEXT    NOT NULL,
    file_sha256 TEXT    NOT NULL,
    imported_at TEXT    NOT NULL,
    row_count   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE observation (
    id              INTEGER PRIMARY KEY,
    indicator_id    INTEGER NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year            INTEGER NOT NULL,
    end_month       INTEGER NOT NULL CHECK (end_month BETWEEN 1 AND 12),
    granularity     TEXT    NOT NULL CHECK (granularity IN ('MONTH','QUARTER')),
    value           REAL,
    yoy_growth      REAL,
    progress        TEXT    NOT NULL DEFAULT '',
    problems        TEXT    NOT NULL DEFAULT '',
    next_steps      TEXT    NOT NULL DEFAULT '',
    origin          TEXT    NOT NULL CHECK (origin IN ('SEED','TYPED','IMPORT')),
    import_batch_id INTEGER REFERENCES import_batch (id) ON DELETE RESTRICT,
    source_sentence TEXT    NOT NULL DEFAULT '',
    UNIQUE (indicator_id, year, end_month, granularity),
    CHECK ((origin = 'IMPORT') = (import_batch_id IS NOT NULL))
);
