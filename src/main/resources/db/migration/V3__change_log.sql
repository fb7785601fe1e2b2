-- Target Monitor workspace, schema version 3: the history of every change (留痕), append-only.
-- Rows are written by triggers the application installs on each connection (see ChangeLog), so a
-- window edit, a grid paste, an import and an undo are each recorded once, where the row changes.
-- No foreign keys: the history of a deleted indicator or plan outlives it.

CREATE TABLE change_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT    NOT NULL,
    account      TEXT    NOT NULL,
    -- TYPED, IMPORT (batch_id), UNDO, REDO, UNDO_IMPORT (batch_id), RESTORE
    origin       TEXT    NOT NULL,
    batch_id     INTEGER,
    plan_id      INTEGER,
    indicator_id INTEGER,
    -- OBSERVATION, INDICATOR, PLAN, IMPORT, RESTORE
    subject      TEXT    NOT NULL,
    period       TEXT    NOT NULL DEFAULT '',
    field        TEXT    NOT NULL,
    old_value    TEXT,
    new_value    TEXT
);
CREATE INDEX change_log_indicator ON change_log (indicator_id, id);
CREATE INDEX change_log_plan ON change_log (plan_id, id);

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change history is append-only');
END;

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change history is append-only');
END;
