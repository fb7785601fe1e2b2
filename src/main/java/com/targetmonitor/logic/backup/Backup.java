package com.targetmonitor.logic.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One backup of a workspace, kept in the application's data folder.
 *
 * @param id     names it on the command line (the time it was made, 20241203-091500-123)
 * @param reason why it was made
 * @param size   bytes
 * @param plans  the plans it holds, by name
 */
public record Backup(String id, Instant at, BackupReason reason, long size, List<String> plans, Path file) {

    public Backup {
        plans = List.copyOf(plans);
    }
}
