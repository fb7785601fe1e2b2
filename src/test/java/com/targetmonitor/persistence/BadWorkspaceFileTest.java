package com.targetmonitor.persistence;

import static com.targetmonitor.persistence.Fixtures.bytes;
import static com.targetmonitor.persistence.Fixtures.sibling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.UnitKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not workspaces are refused with {@link WorkspaceFileException} and left exactly as
 * they were: same bytes, and no -wal, -shm or -journal file beside them.
 */
class BadWorkspaceFileTest {

    private static final int PAGE = 4096;

    @TempDir
    Path dir;

    @Test
    void aTextFileIsRefused() throws IOException {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "这是一份会议纪要，不是数据库。\n".repeat(40), StandardCharsets.UTF_8);

        assertRefusedAndUnchanged(file, "not an SQLite database");
    }

    @Test
    void aShortTextFileIsRefused() throws IOException {
        Path file = dir.resolve("short.db");
        Files.writeString(file, "hello", StandardCharsets.UTF_8);

        assertRefusedAndUnchanged(file, "not an SQLite database");
    }

    @Test
    void aWordDocumentRenamedToDbIsRefused() throws IOException {
        Path file = dir.resolve("分解通知.db");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document>金昌市2022年重点指标分解</w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(bytes(file)[0]).isEqualTo((byte) 'P');

        assertRefusedAndUnchanged(file, "not an SQLite database");
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefused() {
        Path file = dir.resolve("other.db");
        Fixtures.execute(file,
                "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)",
                "INSERT INTO contacts (name) VALUES ('张三')");

        assertRefusedAndUnchanged(file, "another program");
        assertThat(Fixtures.rowCount(file, "contacts")).isEqualTo(1);
        assertThat(Fixtures.queryString(file, "PRAGMA journal_mode")).isEqualToIgnoringCase("delete");
    }

    @Test
    void anotherProgramsWalDatabaseIsRefused() {
        Path file = dir.resolve("other-wal.db");
        Fixtures.execute(file,
                "PRAGMA journal_mode = WAL",
                "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)",
                "INSERT INTO contacts (name) VALUES ('李四')");
        assertThat(sibling(file, "-wal")).doesNotExist();

        assertRefusedAndUnchanged(file, "another program");
    }

    @Test
    void aTruncatedWorkspaceIsRefused() throws IOException {
        Path file = dir.resolve("truncated.db");
        try (Workspace ws = Workspace.create(file)) {
            ws.inTransaction(() -> {
                for (int i = 0; i < 300; i++) {
                    Fixtures.savedUnit(ws, "单位" + i + "：" + "责任单位名称".repeat(10), UnitKind.DEPARTMENT, null);
                }
                var plan = Fixtures.savedPlan(ws, "金昌市2022年");
                for (int i = 0; i < 300; i++) {
                    ws.indicators().save(Fixtures.indicator(plan.id(), "指标" + i + "：" + "说明".repeat(20)));
                }
            });
        }
        long size = Files.size(file);
        assertThat(size).as("the workspace spans many pages").isGreaterThan(8 * 4096);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size / 2);
        }

        assertRefusedAndUnchanged(file, "damaged");
    }

    /**
     * The schema pages are intact, so only the integrity check (quick_check) can see the damage. Opening
     * does not read every page (seconds on a large workspace); the check runs on demand, and on opening
     * a file whose last session did not close it.
     */
    @Test
    void aGarbledDataPageIsFoundByTheIntegrityCheck() throws IOException {
        Path file = garbled("garbled.db");
        byte[] before = bytes(file);

        try (Workspace ws = Workspace.open(file)) {
            assertThatThrownBy(ws::checkIntegrity).isInstanceOf(WorkspaceFileException.class)
                    .hasMessageContaining("damaged")
                    .extracting(e -> ((WorkspaceFileException) e).reason())
                    .isEqualTo(WorkspaceFileException.Reason.DAMAGED);
        }
        assertThat(bytes(file)).as("file bytes").isEqualTo(before);
    }

    @Test
    void aGarbledWorkspaceLeftOpenByACrashIsRefusedOnOpening() throws IOException {
        Path file = garbled("crashed.db");
        Files.write(sibling(file, "-wal"), new byte[0]); // the last session did not close the file

        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceFileException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void anIntactWorkspacePassesTheIntegrityCheck() {
        Path file = dir.resolve("intact.db");
        try (Workspace ws = Workspace.create(file)) {
            Fixtures.savedPlan(ws, "金昌市2022年");
            ws.checkIntegrity();
        }
    }

    /** A workspace of many pages with the body of its last page (indicator data) garbled. */
    private Path garbled(String name) throws IOException {
        Path file = dir.resolve(name);
        try (Workspace ws = Workspace.create(file)) {
            ws.inTransaction(() -> {
                var plan = Fixtures.savedPlan(ws, "金昌市2022年");
                for (int i = 0; i < 300; i++) {
                    ws.indicators().save(Fixtures.indicator(plan.id(), "指标" + i + "：" + "说明".repeat(20)));
                }
            });
        }
        byte[] content = bytes(file);
        assertThat(((content[16] & 0xFF) << 8) | (content[17] & 0xFF)).as("page size").isEqualTo(PAGE);
        assertThat(content.length).isGreaterThan(8 * PAGE);
        // Garble the body of the last page (a data page of the indicator table), past its page header.
        for (int i = content.length - PAGE + 8; i < content.length; i++) {
            content[i] = (byte) 0x5A;
        }
        Files.write(file, content);
        return file;
    }

    @Test
    void aFileWithAnSqliteHeaderButGarbageAfterIsRefused() throws IOException {
        Path file = dir.resolve("header-only.db");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
            byte[] rest = new byte[4096 - 16];
            java.util.Arrays.fill(rest, (byte) 0x7F);
            out.write(rest);
        }

        assertRefusedAndUnchanged(file, null);
    }

    private static void assertRefusedAndUnchanged(Path file, String messagePart) {
        byte[] before = bytes(file);

        var thrown = assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(WorkspaceFileException.class);
        if (messagePart != null) {
            thrown.hasMessageContaining(messagePart);
        }
        // openOrCreate takes the same path for an existing file.
        assertThatThrownBy(() -> Workspace.openOrCreate(file)).isInstanceOf(WorkspaceFileException.class);

        assertThat(bytes(file)).as("file bytes").isEqualTo(before);
        assertThat(sibling(file, "-wal")).doesNotExist();
        assertThat(sibling(file, "-shm")).doesNotExist();
        assertThat(sibling(file, "-journal")).doesNotExist();
    }
}
