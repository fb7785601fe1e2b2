package com.targetmonitor.logic.excel;

import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportPreview;
import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.targets.TargetsImporter;
import com.targetmonitor.logic.excel.targets.TargetsProposal;
import com.targetmonitor.logic.excel.targets.TargetsTable;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The LibreOffice-made workbooks of src/test/resources/excel (see its README), for tests. */
public final class LibreOfficeFixtures {

    private LibreOfficeFixtures() {
    }

    /** The folder of the fixtures on the test class path. */
    public static Path folder() {
        try {
            return Path.of(LibreOfficeFixtures.class.getResource("/excel/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every .xlsx and .xls fixture, by file name. */
    public static Stream<String> workbooks() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xlsx") || n.endsWith(".xls"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the fixture in {@code dir}, so that a test never writes beside the original. */
    public static Path copy(String name, Path dir) {
        try {
            return Files.copy(folder().resolve(name), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preview row whose value cell is {@code cell} (e.g. 工业!D4). */
    public static PreviewRow row(ImportPreview p, String cell) {
        return p.rows().stream().filter(r -> r.cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError("no row at " + cell + ": " + p.rows()));
    }

    /** The plan 明湖市2024年 as the targets table targets-minghu-2024.xlsx makes it in {@code ws}. */
    public static Plan minghu(Workspace ws, Path dir) {
        TargetsTable table = ImportFiles.read(List.of(copy("targets-minghu-2024.xlsx", dir)), ImportOptions.NONE)
                .targets().get(0);
        return TargetsImporter.apply(ws, TargetsProposal.propose(ws, null, table).preview()).plan();
    }
}
