package com.targetmonitor.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the SQLite driver loads its native library from. Left alone, sqlite-jdbc writes the library
 * (about 1 MB) out of its jar into the temporary folder and compares it byte by byte with the jar's
 * copy at every start, a good part of a small start's time. The desktop keeps one copy per driver
 * version in its application-data folder instead and points the driver at it; the copy is written
 * once, beside its final name first, and used only when its size is the jar's.
 */
public final class SqliteLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteLibrary.class);
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /**
     * Makes the driver load its library from {@code folder}/sqlite-VERSION, writing it there the
     * first time. Does nothing when the library is already set by the user or the platform has none
     * in the jar; a failure leaves the driver's own way in place.
     *
     * @return the library file used, or empty when the driver's own way stays
     */
    public static Optional<Path> useCopyIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            long size = resourceSize(resource);
            Path dir = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + OSInfo.getArchName());
            Path library = dir.resolve(name);
            if (!Files.isRegularFile(library) || Files.size(library) != size) {
                Files.createDirectories(dir);
                Path partial = Files.createTempFile(dir, name, ".part");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.setProperty(PATH_PROPERTY, dir.toAbsolutePath().toString());
            System.setProperty(NAME_PROPERTY, name);
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot keep the SQLite library in {}; the driver extracts it itself", folder, e);
            return Optional.empty();
        }
    }

    /** The library's size in the jar, read from the jar's directory (no copy needed). */
    private static long resourceSize(String resource) throws IOException {
        var url = SQLiteJDBCLoader.class.getResource(resource);
        var connection = url.openConnection();
        connection.setUseCaches(false);
        long size = connection.getContentLengthLong();
        if (size >= 0) {
            return size;
        }
        try (InputStream in = connection.getInputStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
