-- Target Monitor workspace, schema version 4: the responsible units a targets import created, so undoing
-- the import removes them too (units are workspace-wide and would otherwise outlive the import).
CREATE TABLE import_unit_created (
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    PRIMARY KEY (batch_id, unit_id)
);
