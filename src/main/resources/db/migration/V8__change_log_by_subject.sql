-- Target Monitor workspace, schema version 8: the change history found by subject as well.
-- An indicator's history (the detail pane, at every selection) is its own changes, its plan's imports
-- and the workspace's restores: "indicator_id = ? OR subject = 'RESTORE' OR (subject = 'IMPORT' AND
-- plan_id = ?)". Without an index on the subject that read the whole history (60,000 rows at 10,000
-- indicators: about 9 ms per selection); with it each term is an index search.
CREATE INDEX change_log_subject ON change_log (subject, plan_id, id);
