-- Target Monitor workspace, schema version 6: a reporter imports its own unit's figures, and the import is
-- recorded (and can be undone) like anyone's. The app leaves out the rows of other units (listed as not
-- permitted); these policies keep the record to the reporter's own indicators whatever the client does.
DO $$
BEGIN
    -- Only the count and the undo mark: the rest of a record stays as written.
    EXECUTE format('GRANT INSERT, UPDATE (row_count, undone_at) ON import_batch TO %I', tm_group('reporter'));
    EXECUTE format('GRANT INSERT ON import_change TO %I', tm_group('reporter'));
END
$$;

-- A reporter records a statistics import (its changes are checked row by row below).
CREATE POLICY tm_report ON import_batch FOR INSERT
    WITH CHECK (tm_role() = 'reporter' AND kind = 'STATISTICS' AND undone_at IS NULL);
-- ... and marks it undone only when it changed something and every change is of its own indicators.
CREATE POLICY tm_report_undo ON import_batch FOR UPDATE
    USING (tm_role() = 'reporter' AND kind = 'STATISTICS'
           AND EXISTS (SELECT 1 FROM import_change c WHERE c.batch_id = import_batch.id)
           AND NOT EXISTS (SELECT 1 FROM import_change c WHERE c.batch_id = import_batch.id
                           AND NOT tm_may_report(c.indicator_id)))
    WITH CHECK (tm_role() = 'reporter' AND kind = 'STATISTICS');
CREATE POLICY tm_report ON import_change FOR INSERT
    WITH CHECK (tm_role() = 'reporter' AND tm_may_report(indicator_id));
