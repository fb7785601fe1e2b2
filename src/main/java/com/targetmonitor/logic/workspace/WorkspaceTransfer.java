package com.targetmonitor.logic.workspace;

import com.targetmonitor.logic.output.OutputFiles;
import com.targetmonitor.persistence.ServerAddress;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.persistence.WorkspaceCopier;
import com.targetmonitor.persistence.WorkspaceFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A whole workspace copied to a new place: a file published to the office's server, a server's
 * workspace saved as a local file, or a file copied to another file. All or nothing: a server database
 * is written in one transaction; a file is written beside its name and renamed into place when complete.
 */
public final class WorkspaceTransfer {

    private WorkspaceTransfer() {
    }

    /**
     * Copies {@code source} into {@code destination}: an empty server database, or a file that does not
     * exist yet (or is empty).
     *
     * @return rows copied per table
     */
    public static Map<String, Integer> copy(Workspace source, String destination) {
        if (ServerAddress.isServer(destination)) {
            try (Workspace to = Workspace.createAddress(destination)) {
                return WorkspaceCopier.copy(source, to);
            }
        }
        return copyToFile(source, Path.of(destination).toAbsolutePath().normalize());
    }

    private static Map<String, Integer> copyToFile(Workspace source, Path target) {
        try {
            if (Files.exists(target) && Files.size(target) > 0) {
                throw new WorkspaceFileException(WorkspaceFileException.Reason.ALREADY_EXISTS,
                        target.getFileName() + " already exists; choose a new file name");
            }
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        // Written to a hidden file beside the target and renamed into place once complete.
        return OutputFiles.writeUnchecked(target, null, temp -> {
            try (Workspace to = Workspace.create(temp)) {
                return WorkspaceCopier.copy(source, to);
            }
        });
    }
}
