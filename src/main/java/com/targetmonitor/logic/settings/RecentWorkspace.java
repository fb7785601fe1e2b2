package com.targetmonitor.logic.settings;

import com.targetmonitor.persistence.ServerAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One entry of the recent list: a workspace file, or a shared workspace's server address
 * ({@code postgresql://user@host:port/database}). An address is kept without its password, whatever
 * it was given with: the settings file is plain text in the user's folder.
 *
 * @param file   the file, absolute and normalized; null for a server
 * @param server the address without password; null for a file
 */
public record RecentWorkspace(Path file, String server) {

    public RecentWorkspace {
        if ((file == null) == (server == null)) {
            throw new IllegalArgumentException("a recent workspace is a file or a server address");
        }
        file = file == null ? null : file.toAbsolutePath().normalize();
        // Through the parser even when built directly, so no constructor call can keep a password.
        server = server == null ? null : ServerAddress.parse(server).withoutPassword().toString();
    }

    public static RecentWorkspace ofFile(Path file) {
        return new RecentWorkspace(file, null);
    }

    /** The address without its password; empty when the text is not a server address that can be read. */
    public static Optional<RecentWorkspace> ofServer(String address) {
        try {
            return Optional.of(new RecentWorkspace(null, address));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isServer() {
        return server != null;
    }

    /** What the settings file keeps: the file's path or the address (never a password). */
    public String text() {
        return isServer() ? server : file.toString();
    }
}
