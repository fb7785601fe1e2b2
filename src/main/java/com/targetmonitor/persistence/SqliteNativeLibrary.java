package com.targetmonitor.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Keeps sqlite-jdbc's native library unpacked in the application-data folder. Left alone, the driver
 * copies the library out of its jar into a new temporary file on every start and compares the copy
 * with the jar byte by byte: about a third of a small command's CPU. Here it is copied once, into a
 * folder named by the driver's version and the library's checksum in the jar (so an upgrade gets its
 * own copy), written beside its place and moved in whole (so a copy is never half there), and the
 * driver is pointed at it through its own {@code org.sqlite.lib.path} setting. Anything unexpected
 * (no such entry, a read-only folder) leaves the driver to do as it always did.
 */
public final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Points the driver at the library in {@code folder}, unpacking it there the first time. Call before
     * the first connection; does nothing when the setting was given on the command line.
     *
     * @return the library file in use, or null when the driver is left to its own way
     */
    public static Path useCopyIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return null;
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            URL url = SqliteNativeLibrary.class.getResource("/org/sqlite/native/" + osFolder() + "/" + name);
            if (url == null) {
                return null;
            }
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            String stamp = connection instanceof JarURLConnection jar
                    ? Long.toHexString(jar.getJarEntry().getCrc()) : Long.toString(size);
            Path dir = folder.resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-" + stamp);
            Path library = dir.resolve(name);
            if (!Files.isRegularFile(library) || Files.size(library) != size) {
                unpack(url, library);
            }
            System.setProperty(PATH_PROPERTY, dir.toString());
            System.setProperty(NAME_PROPERTY, name);
            return library;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(SqliteNativeLibrary.class).debug("native library left to sqlite-jdbc", e);
            return null;
        }
    }

    /**
     * Loads the driver's native library now, as its first connection would (it also clears old copies from
     * the temporary folder): for a thread other than the one that connects first. A failure is left for that
     * connection to report.
     */
    public static void load() {
        try {
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            LoggerFactory.getLogger(SqliteNativeLibrary.class).debug("native library not loaded ahead", e);
        }
    }

    private static void unpack(URL url, Path library) throws IOException {
        Files.createDirectories(library.getParent());
        Path part = Files.createTempFile(library.getParent(), library.getFileName().toString(), ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * The jar's folder for this machine, as sqlite-jdbc names it (Linux/x86_64, Windows/x86_64, Mac/aarch64);
     * other systems (musl, Android, 32-bit ARM variants) are left to the driver.
     */
    static String osFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "Windows" : os.startsWith("mac") ? "Mac"
                : os.startsWith("linux") && !Files.exists(Path.of("/lib/ld-musl-x86_64.so.1"))
                        && !Files.exists(Path.of("/lib/ld-musl-aarch64.so.1")) ? "Linux" : null;
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (system == null || machine == null) {
            throw new IllegalStateException("no unpacked library for " + os + " " + arch);
        }
        return system + "/" + machine;
    }
}
