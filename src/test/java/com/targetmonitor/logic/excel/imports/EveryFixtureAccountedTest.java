package com.targetmonitor.logic.excel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.LibreOfficeFixtures;
import com.targetmonitor.logic.excel.read.RowSink;
import com.targetmonitor.logic.excel.read.SheetRow;
import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.logic.excel.read.SpreadsheetReader;
import com.targetmonitor.logic.excel.targets.TargetAction;
import com.targetmonitor.logic.excel.targets.TargetPreviewRow;
import com.targetmonitor.logic.excel.targets.TargetsPreview;
import com.targetmonitor.logic.excel.targets.TargetsProposal;
import com.targetmonitor.logic.excel.targets.TargetsTable;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.NumberReading;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over every LibreOffice-made fixture (src/test/resources/excel): each row that holds a name and a
 * figure is a preview row (matched, or unmatched / not applying / a question with its reason) or a
 * listed skipped line; a sheet not read is named in the file's notes; a whole file refused says why.
 * The rows are found by reading the workbook independently of the importer's header logic, so a row
 * the importer loses shows up here. "—", "/" and a lone "-" never become a figure.
 */
class EveryFixtureAccountedTest {

    @TempDir
    Path dir;

    static Stream<String> fixtures() {
        return LibreOfficeFixtures.workbooks();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyRowWithAFigureIsMatchedOrListedWithItsReason(String name) throws Exception {
        Path file = LibreOfficeFixtures.copy(name, dir);
        List<SheetRow> dataRows = rowsWithNameAndFigure(file);
        ImportFiles files;
        try {
            files = ImportFiles.read(List.of(file), ImportOptions.NONE);
        } catch (SpreadsheetException e) {
            // Refused as a whole: allowed only for the prose sheet, and with its reason.
            assertThat(name).startsWith("targets-prose");
            assertThat(e.getMessage()).contains("no header");
            return;
        }
        assertThat(dataRows).as("a fixture with rows to account for").isNotEmpty();
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            Plan jinchang = new PlanStatusService(ws).findPlan("金昌市2022");
            Plan plan = name.startsWith("statistics-minghu") ? LibreOfficeFixtures.minghu(ws, dir) : jinchang;
            Set<String> accounted = new HashSet<>();
            Set<String> sheetsNotRead = new HashSet<>();
            for (TargetsTable table : files.targets()) {
                TargetsProposal proposal = TargetsProposal.propose(ws, jinchang, table);
                TargetsPreview preview = proposal.preview() != null ? proposal.preview()
                        : proposal.choose(ws, jinchang).preview();
                for (TargetPreviewRow r : preview.rows()) {
                    accounted.add(rowOf(r.line().nameCell()));
                    if (r.action() == TargetAction.ERROR) {
                        assertThat(r.problem()).as(r.line().nameCell()).isNotBlank();
                    }
                }
                table.skipped().forEach(s -> accounted.add(rowOf(s.address())));
            }
            if (!files.statistics().isEmpty()) {
                ImportPreview p = StatisticsImporter.preview(ws, plan, files.statistics(), ImportOptions.NONE).preview();
                for (PreviewRow r : p.rows()) {
                    accounted.add(rowOf(r.cell()));
                    accounted.add(rowOf(r.nameCell()));
                    if (r.indicatorId() == null || r.state() != RowState.APPLY && r.state() != RowState.UNCHANGED) {
                        assertThat(r.problems()).as(r.cell() + " " + r.state() + " says why").isNotEmpty();
                        assertThat(r.problems().get(0).message()).isNotBlank();
                    }
                    NumberReading raw = NumberReader.read(r.rawValue());
                    if (!r.rawValue().isBlank() && raw.isEmpty()) {
                        assertThat(r.newValue()).as(r.cell() + " '" + r.rawValue() + "' is no value, never 0").isNull();
                    }
                }
                for (SkippedLine s : p.skipped()) {
                    accounted.add(rowOf(s.cell()));
                    assertThat(s.message()).isNotBlank();
                }
                p.files().forEach(f -> f.notes().forEach(note -> sheetsNotRead.add(note)));
            }
            List<String> lost = new ArrayList<>();
            for (SheetRow row : dataRows) {
                String key = row.sheet() + "#" + (row.index() + 1);
                boolean listedSheet = sheetsNotRead.stream().anyMatch(n -> n.contains("sheet " + row.sheet() + " "));
                if (!accounted.contains(key) && !listedSheet) {
                    lost.add(row.toString());
                }
            }
            assertThat(lost).as(name + ": rows with a name and a figure that the import neither read nor listed")
                    .isEmpty();
        }
    }

    /** "工业!D4" → "工业#4". */
    private static String rowOf(String cell) {
        int bang = cell.lastIndexOf('!');
        String sheet = cell.substring(0, bang).replaceAll("^'|'$", "");
        return sheet + "#" + cell.substring(bang + 1).replaceAll("^[A-Z]+", "");
    }

    /** Rows holding a name (text that is no number) and at least one figure or no-value mark ("—", "-"). */
    private static List<SheetRow> rowsWithNameAndFigure(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        SpreadsheetReader.read(file, new RowSink() {
            @Override
            public boolean startSheet(String name, boolean hidden) {
                return true;
            }

            @Override
            public void row(SheetRow row) {
                boolean named = false;
                boolean figure = false;
                for (int c : row.filledColumns()) {
                    NumberReading r = NumberReader.read(row.text(c));
                    if (r.hasValue() || r.isEmpty()) {
                        figure = true;
                    } else {
                        named = true;
                    }
                }
                if (named && figure) {
                    rows.add(row);
                }
            }

            @Override
            public void endSheet() {
            }
        });
        return rows;
    }

}
