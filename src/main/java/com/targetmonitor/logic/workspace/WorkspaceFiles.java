package com.targetmonitor.logic.workspace;

import com.targetmonitor.persistence.ServerAddress;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.persistence.WorkspaceFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The workspace files of the window: create (empty or with the sample plans), open, copy, and switch
 * the session to the one opened. Opening happens off the FX thread and switching on it, so an opened
 * workspace travels between the two as an {@link Opened} the window cannot look into. A refused file
 * throws {@link WorkspaceRefusedException} and is left as it was.
 */
public final class WorkspaceFiles {

    /** A workspace opened and not yet shown; hand it to {@link #switchTo}. */
    public static final class Opened {
        private final Workspace workspace;

        private Opened(Workspace workspace) {
            this.workspace = workspace;
        }
    }

    /** Work that opens a workspace file. */
    @FunctionalInterface
    private interface Opening {
        Workspace open();
    }

    private final Session session;

    public WorkspaceFiles(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** The open workspace's file; null for a workspace on a server. */
    public Path currentFile() {
        return session.workspace().localFile().orElse(null);
    }

    /** The open workspace's name for the title: its file or its server address (never its password). */
    public String displayName() {
        return session.workspace().displayName();
    }

    /** True when the open workspace may only be read (another window holds it, or the file is read-only). */
    public boolean isReadOnly() {
        return session.workspace().isReadOnly();
    }

    /** Called with the new file (null for a server) each time the session switches to another workspace. */
    public void addFileListener(Consumer<Path> listener) {
        session.addListener(workspace -> listener.accept(workspace.localFile().orElse(null)));
    }

    /**
     * Creates the workspace file, empty or holding the sample plans. A file we began to create but
     * could not finish is removed again (unless it was there before), so no broken file is left.
     */
    public Opened create(Path file, boolean withSamples) {
        boolean existed = Files.exists(file);
        try {
            return opened(() -> withSamples ? WorkspaceOpener.createDemo(file) : Workspace.create(file));
        } catch (RuntimeException e) {
            if (!existed) {
                deleteHalfMade(file);
            }
            throw e;
        }
    }

    /** Opens the file for the window; read-only when another window holds it and the officer agreed. */
    public Opened open(Path file, boolean readOnly) {
        return opened(() -> WorkspaceOpener.openForWindow(file, readOnly));
    }

    /** Writes a consistent copy of the open workspace to the file and opens the copy. */
    public Opened copyTo(Path target) {
        return opened(() -> {
            session.workspace().copyTo(target);
            return WorkspaceOpener.openForWindow(target, false);
        });
    }

    /** Opens the workspace on a server named by a {@code postgresql://} address (with its password). */
    public Opened openServer(String address) {
        return opened(() -> Workspace.openAddress(address));
    }

    /**
     * Opens a server workspace named by an address kept without its password (a recent entry), with
     * the password the officer typed; a null password: the one in PGPASSWORD.
     */
    public Opened openServer(String addressWithoutPassword, String password) {
        ServerAddress address = ServerAddress.parse(addressWithoutPassword);
        return opened(() -> Workspace.open(password == null ? address : address.withPassword(password)));
    }

    /** Whether PGPASSWORD gives the password of a server address that has none (then nobody is asked). */
    public boolean serverPasswordInEnvironment() {
        return System.getenv("PGPASSWORD") != null;
    }

    /** The open server workspace's address without its password (what the recent list keeps); empty for a file. */
    public Optional<String> currentServer() {
        return session.workspace().server().map(a -> a.withoutPassword().toString());
    }

    /** True when the open workspace lives on a server rather than in a file. */
    public boolean isServer() {
        return session.workspace().isServer();
    }

    /**
     * Copies the open workspace, with its history, to an empty server database or a new file
     * ({@link WorkspaceTransfer}); the window keeps the workspace it has open.
     */
    public void copyOpenTo(String destination) {
        try {
            WorkspaceTransfer.copy(session.workspace(), destination);
        } catch (WorkspaceFileException e) {
            throw WorkspaceRefusedException.of(e);
        }
    }

    /** Shows the opened workspace in the window: the session's listeners hear of it. */
    public void switchTo(Opened opened) {
        session.replace(opened.workspace);
    }

    private static Opened opened(Opening opening) {
        try {
            return new Opened(opening.open());
        } catch (WorkspaceFileException e) {
            throw WorkspaceRefusedException.of(e);
        }
    }

    private static void deleteHalfMade(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                LoggerFactory.getLogger(WorkspaceFiles.class).warn("cannot remove the unfinished workspace {}{}",
                        file, suffix, e);
            }
        }
    }
}
