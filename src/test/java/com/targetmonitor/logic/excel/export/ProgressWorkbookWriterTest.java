package com.targetmonitor.logic.excel.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportResult;
import com.targetmonitor.logic.excel.imports.StatisticsImporter;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Target;
import com.targetmonitor.persistence.Workspace;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressWorkbookWriterTest {

    @TempDir
    Path dir;
    Workspace ws;
    Plan plan;

    @BeforeEach
    void open() {
        ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"));
        plan = new PlanStatusService(ws).findPlan("金昌市2022");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private XSSFWorkbook export() throws Exception {
        Path file = dir.resolve("progress.xlsx");
        ProgressWorkbookWriter.write(ws, plan, AsOf.of(2022, 6), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row row(XSSFSheet sheet, String name) {
        for (Row r : sheet) {
            Cell c = r.getCell(ProgressSheet.NAME_COL);
            if (r.getRowNum() > ProgressSheet.HEADER_ROW && c != null && name.equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void theStatusTableHasLiveFormulasWithTheAppsNumbersCached() throws Exception {
        try (XSSFWorkbook wb = export()) {
            XSSFSheet sheet = wb.getSheet(ProgressSheet.NAME);
            assertThat(sheet.getRow(ProgressSheet.HEADER_ROW).getCell(ProgressSheet.COMPLETION).getStringCellValue())
                    .isEqualTo("完成率（%）");
            Row employment = row(sheet, "城镇新增就业");
            Cell completion = employment.getCell(ProgressSheet.COMPLETION);
            assertThat(completion.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(completion.getCellFormula()).contains("G").contains("E").contains("ROUND");
            assertThat(completion.getNumericCellValue()).isEqualTo(60.34);
            assertThat(employment.getCell(ProgressSheet.GAP).getNumericCellValue()).isEqualTo(10.34);
            assertThat(employment.getCell(ProgressSheet.STATUS).getStringCellValue()).isEqualTo("超(达)进度");
            assertThat(employment.getCell(ProgressSheet.LIGHT).getStringCellValue()).isEqualTo("绿灯");
            Row investment = row(sheet, "重点项目年度计划投资");
            assertThat(investment.getCell(ProgressSheet.GAP).getNumericCellValue()).isEqualTo(-12.70);
            assertThat(investment.getCell(ProgressSheet.STATUS).getStringCellValue()).isEqualTo("欠进度");
            Row fixed = row(sheet, "固定资产投资增速");
            assertThat(fixed.getCell(ProgressSheet.DEVIATION).getNumericCellValue()).isEqualTo(-4.30);

            // The formulas themselves compute what the app computed.
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(completion).getNumberValue()).isEqualTo(60.34);
            assertThat(evaluator.evaluate(investment.getCell(ProgressSheet.GAP)).getNumberValue()).isEqualTo(-12.70);
            assertThat(evaluator.evaluate(fixed.getCell(ProgressSheet.DEVIATION)).getNumberValue()).isEqualTo(-4.30);
        }
    }

    @Test
    void itPrintsOnA4LandscapeWithFrozenRepeatedHeaderAndColours() throws Exception {
        try (XSSFWorkbook wb = export()) {
            XSSFSheet sheet = wb.getSheet(ProgressSheet.NAME);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThanOrEqualTo(4);
            assertThat(sheet.isColumnHidden(ProgressSheet.KEY)).isTrue();
            XSSFSheet sources = wb.getSheet(SourcesSheet.NAME);
            assertThat(sources).isNotNull();
            assertThat(sources.getRow(0).getCell(5).getStringCellValue()).isEqualTo("数据来源");
            assertThat(sources.getLastRowNum()).isEqualTo(sheet.getLastRowNum() - ProgressSheet.HEADER_ROW);
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        Indicator any = ws.indicators().findByPlan(plan.id()).get(0);
        for (String name : List.of("=1+2", "+86-0935", "-负值指标", "@SUM(A1)")) {
            ws.indicators().save(new Indicator(null, plan.id(), any.categoryId(), null, "", name, "个",
                    IndicatorKind.COUNT, null, Target.none(), null, List.of(), null, 99));
        }
        try (XSSFWorkbook wb = export()) {
            XSSFSheet sheet = wb.getSheet(ProgressSheet.NAME);
            for (String name : List.of("=1+2", "+86-0935", "-负值指标", "@SUM(A1)")) {
                Cell cell = row(sheet, name).getCell(ProgressSheet.NAME_COL);
                assertThat(cell.getCellType()).as(name).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(name).isTrue();
            }
            assertThat(row(sheet, "城镇新增就业").getCell(ProgressSheet.NAME_COL).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void importingTheExportGivesTheSameValues() throws Exception {
        Map<Long, List<Observation>> before = ws.observations().findByPlan(plan.id());
        Path file = dir.resolve("progress.xlsx");
        ProgressWorkbookWriter.write(ws, plan, AsOf.of(2022, 6), file);
        // Wipe the values the export shows, then bring them back from the workbook.
        Map<String, Double> shown = new HashMap<>();
        for (List<Observation> list : before.values()) {
            for (Observation o : list) {
                shown.put(o.indicatorId() + "@" + o.period(), o.value());
                ws.observations().delete(o.id());
            }
        }
        ImportFiles files = ImportFiles.read(List.of(file), ImportOptions.NONE);
        assertThat(files.statistics()).hasSize(1);
        ImportResult result = StatisticsImporter.preview(ws, plan, files.statistics(), ImportOptions.NONE).apply();
        assertThat(result.written()).isPositive();
        Map<Long, List<Observation>> after = ws.observations().findByPlan(plan.id());
        int compared = 0;
        for (List<Observation> list : after.values()) {
            for (Observation o : list) {
                assertThat(o.value()).as(o.indicatorId() + " " + o.period())
                        .isEqualTo(shown.get(o.indicatorId() + "@" + o.period()));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(result.written());
        // Every indicator's latest value up to June came back.
        Indicator employment = ws.indicators().findByPlan(plan.id()).stream()
                .filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow();
        assertThat(ws.observations().find(employment.id(), Period.month(2022, 6)).orElseThrow().value())
                .isEqualTo(5732.0);
    }
}
