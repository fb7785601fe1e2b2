package com.targetmonitor.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/** The desktop's own copy of the SQLite library: written once, then only pointed at. */
class SqliteLibraryTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty(SqliteLibrary.PATH_PROPERTY);
        System.clearProperty(SqliteLibrary.NAME_PROPERTY);
    }

    private static byte[] jarCopy() throws Exception {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsWrittenOnceAndTheDriverPointedAtIt() throws Exception {
        forget();
        Optional<Path> first = SqliteLibrary.useCopyIn(dir);

        assertThat(first).isPresent();
        Path library = first.get();
        assertThat(Files.readAllBytes(library)).isEqualTo(jarCopy());
        assertThat(System.getProperty(SqliteLibrary.PATH_PROPERTY)).isEqualTo(library.getParent().toString());
        assertThat(System.getProperty(SqliteLibrary.NAME_PROPERTY)).isEqualTo(library.getFileName().toString());
        assertThat(library.getParent().getFileName().toString()).contains(SQLiteJDBCLoader.getVersion());

        // The next start finds it and writes nothing.
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, written);
        forget();
        assertThat(SqliteLibrary.useCopyIn(dir)).contains(library);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
        try (var files = Files.list(library.getParent())) {
            assertThat(files).containsExactly(library); // no partial copy left beside it
        }

        // A copy cut short (the disk was full) is written again.
        Files.write(library, new byte[100]);
        forget();
        SqliteLibrary.useCopyIn(dir);
        assertThat(Files.readAllBytes(library)).isEqualTo(jarCopy());
    }

    @Test
    void aLibraryTheUserChoseIsLeftAlone() {
        System.setProperty(SqliteLibrary.PATH_PROPERTY, "/opt/own-sqlite");

        assertThat(SqliteLibrary.useCopyIn(dir)).isEmpty();
        assertThat(System.getProperty(SqliteLibrary.PATH_PROPERTY)).isEqualTo("/opt/own-sqlite");
        assertThat(dir).isEmptyDirectory();
    }
}
