package com.targetmonitor.persistence;

import static com.targetmonitor.persistence.Fixtures.bytes;
import static com.targetmonitor.persistence.Fixtures.queryInt;
import static com.targetmonitor.persistence.Fixtures.queryString;
import static com.targetmonitor.persistence.Fixtures.rowCount;
import static com.targetmonitor.persistence.Fixtures.savedPlan;
import static com.targetmonitor.persistence.Fixtures.sibling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Plan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating and opening workspace files: schema, refusal to overwrite, WAL, file identity. */
class WorkspaceTest {

    private static final List<String> TABLES = List.of("category", "import_batch", "indicator", "indicator_phasing",
            "indicator_unit", "observation", "plan", "unit");

    @TempDir
    Path dir;

    @Test
    void createMakesANewFileWithTheWholeSchema() {
        Path file = dir.resolve("新工作区.db");
        try (Workspace ws = Workspace.create(file)) {
            assertThat(ws.file()).isEqualTo(file);
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(ws.plans().findAll()).isEmpty();
            assertThat(ws.units().findAll()).isEmpty();
        }
        assertThat(file).isRegularFile();
        for (String table : TABLES) {
            assertThat(rowCount(file, table)).as(table).isZero();
        }
        assertThat(queryInt(file, "PRAGMA user_version")).isEqualTo(Migrations.latestVersion());
        assertThat(queryInt(file, "PRAGMA application_id")).isEqualTo(Workspace.APPLICATION_ID);
    }

    @Test
    void createMakesMissingParentFolders() {
        Path file = dir.resolve("a").resolve("b").resolve("ws.db");
        try (Workspace ws = Workspace.create(file)) {
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void anEmptyFileIsNeverTurnedIntoAWorkspaceByARead() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));
        for (java.util.function.Function<Path, Workspace> read : List.<java.util.function.Function<Path, Workspace>>of(
                Workspace::open, Workspace::openReadOnly)) {
            assertThatThrownBy(() -> read.apply(file)).isInstanceOf(WorkspaceFileException.class)
                    .hasMessageContaining("empty");
        }
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void createOverAnEmptyFileIsAllowed() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Workspace ws = Workspace.create(file)) {
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void createRefusesAnExistingNonEmptyFileAndLeavesItAlone() {
        Path file = dir.resolve("ws.db");
        try (Workspace ws = Workspace.create(file)) {
            savedPlan(ws, "金昌市2022年");
        }
        byte[] before = bytes(file);

        assertThatThrownBy(() -> Workspace.create(file))
                .isInstanceOf(WorkspaceFileException.class)
                .hasMessageContaining("already exists");

        assertThat(bytes(file)).isEqualTo(before);
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.plans().findAll()).extracting(Plan::name).containsExactly("金昌市2022年");
        }
    }

    @Test
    void openingAMissingFileIsRefusedAndCreatesNothing() {
        Path file = dir.resolve("missing.db");
        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceFileException.class)
                .hasMessageContaining("no such workspace file");
        assertThat(file).doesNotExist();
        assertThat(sibling(file, "-wal")).doesNotExist();
    }

    @Test
    void openingAFolderIsRefused() {
        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceFileException.class);
    }

    @Test
    void openOrCreateCreatesThenReopensTheSameData() {
        Path file = dir.resolve("ws.db");
        Plan saved;
        try (Workspace ws = Workspace.openOrCreate(file)) {
            saved = savedPlan(ws, "金昌市2022年");
        }
        try (Workspace ws = Workspace.openOrCreate(file)) {
            assertThat(ws.plans().findAll()).containsExactly(saved);
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void reopeningDoesNotRunTheMigrationAgain() {
        Path file = dir.resolve("ws.db");
        try (Workspace ws = Workspace.create(file)) {
            savedPlan(ws, "金昌市2022年");
        }
        // A second run of V1 would fail (CREATE TABLE on existing tables) or wipe the data.
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(ws.plans().findAll()).hasSize(1);
        }
    }

    @Test
    void theJournalIsWalWhileOpenAndInTheHeaderAfterClose() {
        Path file = dir.resolve("ws.db");
        try (Workspace ws = Workspace.create(file)) {
            savedPlan(ws, "金昌市2022年");
            assertThat(queryString(file, "PRAGMA journal_mode")).isEqualToIgnoringCase("wal");
            // A second connection sees the committed row while the workspace is still open.
            assertThat(rowCount(file, "plan")).isEqualTo(1);
        }
        byte[] header = bytes(file);
        assertThat(header[18]).as("file format write version (2 = WAL)").isEqualTo((byte) 2);
        assertThat(header[19]).as("file format read version (2 = WAL)").isEqualTo((byte) 2);
    }

    @Test
    void closingCheckpointsSoTheFileAloneCarriesTheData() throws IOException {
        Path file = dir.resolve("ws.db");
        Plan saved;
        try (Workspace ws = Workspace.create(file)) {
            saved = savedPlan(ws, "金昌市2022年");
        }
        assertThat(sibling(file, "-wal")).doesNotExist();
        assertThat(sibling(file, "-shm")).doesNotExist();

        // An officer mails only the .db file: it must hold everything.
        Path copy = Files.copy(file, dir.resolve("copy.db"));
        try (Workspace ws = Workspace.open(copy)) {
            assertThat(ws.plans().findAll()).containsExactly(saved);
        }
    }

    @Test
    void foreignKeysAreEnforcedOnTheWorkspaceConnection() {
        try (Workspace ws = Workspace.create(dir.resolve("ws.db"))) {
            assertThatThrownBy(() -> ws.indicators().save(Fixtures.indicator(4242L, "悬空指标")))
                    .isInstanceOf(PersistenceException.class);
        }
    }

    @Test
    void aNewWorkspaceStillOpenElsewhereIsOpenedAgain() {
        // The window has just made its workspace and keeps it open; the command line, or a second window,
        // opens the same file meanwhile. Until the first connection closes, the file's stamp and tables
        // are only in the write-ahead log: the file's own first page still reads as an empty database.
        Path file = dir.resolve("live.tmdb");
        try (Workspace window = Workspace.create(file)) {
            savedPlan(window, "金昌市2022年");
            assertThat(headerInt(file, 68)).as("application id in the file's bytes").isZero();
            assertThat(sibling(file, "-wal")).exists();

            try (Workspace second = Workspace.open(file)) {
                assertThat(second.plans().findAll()).extracting(p -> p.name()).containsExactly("金昌市2022年");
                assertThat(second.schemaVersion()).isEqualTo(Migrations.latestVersion());
            }
            try (Workspace reader = Workspace.openReadOnly(file)) {
                assertThat(reader.plans().findAll()).hasSize(1);
            }
        }
    }

    @Test
    void aNewerVersionStillOpenElsewhereIsRefused() throws SQLException {
        // The schema version, too, is asked of SQLite: a newer app that migrated the file and keeps it open
        // has the new version only in the write-ahead log.
        Path file = dir.resolve("live-future.tmdb");
        try (Workspace ws = Workspace.create(file)) {
            savedPlan(ws, "金昌市2022年");
        }
        try (Connection newer = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = newer.createStatement()) {
            st.execute("PRAGMA user_version = 99");
            assertThat(headerInt(file, 60)).as("schema version in the file's bytes")
                    .isEqualTo(Migrations.latestVersion());

            assertThatThrownBy(() -> Workspace.open(file))
                    .isInstanceOf(WorkspaceFileException.class)
                    .hasMessageContaining("newer version");
        }
    }

    /** A four-byte field of the file's first page as it is on disk (what a checkpoint has written). */
    private static int headerInt(Path file, int offset) {
        return ByteBuffer.wrap(bytes(file), offset, 4).getInt();
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftUnchanged() {
        Path file = dir.resolve("future.db");
        try (Workspace ws = Workspace.create(file)) {
            savedPlan(ws, "金昌市2022年");
        }
        Fixtures.execute(file, "PRAGMA user_version = 99");
        byte[] before = bytes(file);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceFileException.class)
                .hasMessageContaining("newer version");

        assertThat(bytes(file)).isEqualTo(before);
        assertThat(queryInt(file, "PRAGMA user_version")).isEqualTo(99);
    }

    @Test
    void twoWorkspacesOnDifferentFilesAreIndependent() {
        try (Workspace a = Workspace.create(dir.resolve("a.db"));
             Workspace b = Workspace.create(dir.resolve("b.db"))) {
            savedPlan(a, "甲");
            assertThat(a.plans().findAll()).hasSize(1);
            assertThat(b.plans().findAll()).isEmpty();
        }
    }
}
