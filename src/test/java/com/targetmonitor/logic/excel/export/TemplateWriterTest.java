package com.targetmonitor.logic.excel.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportPreview;
import com.targetmonitor.logic.excel.imports.ImportResult;
import com.targetmonitor.logic.excel.imports.ImportSession;
import com.targetmonitor.logic.excel.imports.MatchKind;
import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.imports.StatisticsImporter;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWriterTest {

    @TempDir
    Path dir;
    Workspace ws;
    Plan plan;

    @BeforeEach
    void open() {
        ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"));
        plan = new PlanStatusService(ws).findPlan("嘉峪关");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Path template(TemplateResult r, String unit) {
        return r.files().stream().filter(f -> f.getFileName().toString().contains("_" + unit + "_")).findFirst()
                .orElseThrow(() -> new AssertionError("no template for " + unit + " in " + r.files()));
    }

    @Test
    void oneProtectedTemplatePerUnitWithOpenCheckedInputCellsAndAHiddenKey() throws Exception {
        TemplateResult r = TemplateWriter.write(ws, plan, Period.month(2022, 6), dir.resolve("out"));
        long leads = ws.indicators().findByPlan(plan.id()).stream().map(Indicator::leadUnitId)
                .filter(java.util.Optional::isPresent).map(java.util.Optional::get).distinct().count();
        assertThat(r.files()).hasSize((int) leads);
        try (InputStream in = Files.newInputStream(template(r, "钢铁产业链")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet(TemplateWriter.SHEET);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.isColumnHidden(TemplateWriter.KEY)).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("钢铁产业链").contains("2022年1-6月");
            Row first = sheet.getRow(3);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("钢铁产业链招商引资到位资金");
            assertThat(first.getCell(4).getCellStyle().getLocked()).as("target locked").isTrue();
            assertThat(first.getCell(TemplateWriter.VALUE).getCellStyle().getLocked()).as("actual open").isFalse();
            assertThat(first.getCell(TemplateWriter.KEY).getStringCellValue()).startsWith("TM:" + plan.id() + ":");
            assertThat(sheet.getDataValidations()).isNotEmpty();
            assertThat(sheet.getDataValidations().get(0).getShowErrorBox()).isTrue();
        }
    }

    @Test
    void manyFilledTemplatesImportAtOnceByTheirKeysEvenWithRenamedRows() throws Exception {
        TemplateResult r = TemplateWriter.write(ws, plan, Period.month(2022, 6), dir.resolve("out"));
        Path steel = fill(template(r, "钢铁产业链"), 4.5, "改了名字的一行");
        Path aluminium = fill(template(r, "铝产业链"), 3.25, null);
        ImportFiles files = ImportFiles.read(List.of(steel, aluminium), ImportOptions.NONE);
        ImportSession session = StatisticsImporter.preview(ws, plan, files.statistics(), ImportOptions.NONE);
        ImportPreview p = session.preview();
        List<PreviewRow> apply = p.rows(RowState.APPLY);
        assertThat(apply).hasSize(2).allSatisfy(row -> {
            assertThat(row.matchKind()).isEqualTo(MatchKind.KEY);
            assertThat(row.period()).isEqualTo(Period.month(2022, 6));
        });
        ImportResult result = session.apply();
        assertThat(result.batches()).hasSize(2);
        assertThat(value("钢铁产业链招商引资到位资金")).isEqualTo(4.5);
        assertThat(value("铝产业链招商引资到位资金")).isEqualTo(3.25);
    }

    private Double value(String name) {
        Indicator i = ws.indicators().findByPlan(plan.id()).stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow();
        return ws.observations().find(i.id(), Period.month(2022, 6)).map(Observation::value).orElse(null);
    }

    /** Fills the first row's actual as a department would, optionally retyping the indicator's name. */
    private static Path fill(Path template, double value, String newName) throws Exception {
        Path filled = template.resolveSibling("filled-" + template.getFileName());
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet(TemplateWriter.SHEET).getRow(3);
            row.getCell(TemplateWriter.VALUE).setCellValue(value);
            if (newName != null) {
                row.getCell(1).setCellValue(newName);
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        return filled;
    }
}
