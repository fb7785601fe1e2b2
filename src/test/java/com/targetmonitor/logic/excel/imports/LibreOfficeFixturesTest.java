package com.targetmonitor.logic.excel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.stats.SkippedRow;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Workbooks saved by LibreOffice (see src/test/resources/excel/README.md): .xlsx and old .xls give the same. */
class LibreOfficeFixturesTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LibreOfficeFixturesTest.class.getResource("/excel/" + name).toURI());
    }

    private static PreviewRow cell(ImportPreview p, String cell) {
        return com.targetmonitor.logic.excel.LibreOfficeFixtures.row(p, cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statistics-libreoffice.xlsx", "statistics-libreoffice.xls"})
    void everyRowGivesWhatTheTableSays(String name) throws Exception {
        Path copy = Files.copy(fixture(name), dir.resolve(name));
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            Plan plan = new PlanStatusService(ws).findPlan("金昌市2022");
            ImportFiles files = ImportFiles.read(List.of(copy), ImportOptions.NONE);
            ImportPreview p = StatisticsImporter.preview(ws, plan, files.statistics(), ImportOptions.NONE).preview();

            assertThat(cell(p, "月报!F5").newValue()).isEqualTo(8.1);
            assertThat(cell(p, "月报!F5").period()).isEqualTo(Period.quarter(2022, 2));
            assertThat(cell(p, "月报!F6").newValue()).as("下降2.1").isEqualTo(-2.1);
            assertThat(cell(p, "月报!E7").newValue()).as("1234560 万元 in 亿元").isEqualTo(123.456);
            assertThat(cell(p, "月报!E8").newValue()).as("'5,800' typed as text").isEqualTo(5800.0);
            assertThat(cell(p, "月报!E9").newValue()).as("80400 人 in 万人").isEqualTo(8.04);
            assertThat(cell(p, "月报!E9").state()).as("the seed holds 8.04 already").isEqualTo(RowState.UNCHANGED);
            assertThat(cell(p, "月报!E10").newValue()).as("formula =58+3").isEqualTo(61.0);
            assertThat(cell(p, "月报!E11").newValue()).as("full-width １２").isEqualTo(12.0);
            assertThat(cell(p, "月报!E13").state()).isEqualTo(RowState.UNMATCHED);
            assertThat(cell(p, "商务局!E3").newValue()).isEqualTo(21.0);
            assertThat(cell(p, "商务局!E3").period()).as("the department sheet's own 1-2月").isEqualTo(Period.month(2022, 2));
            assertThat(cell(p, "商务局!F4").newValue()).isEqualTo(-3.9);
            assertThat(p.skipped()).extracting(SkippedLine::reason)
                    .containsExactly(SkippedRow.Reason.HIDDEN, SkippedRow.Reason.FOOTNOTE);
            assertThat(p.rows()).noneMatch(r -> r.rawName().contains("旧口径"));
            assertThat(p.count(RowState.ERROR)).isZero();
            assertThat(p.count(RowState.QUESTION)).isZero();
        }
    }
}
