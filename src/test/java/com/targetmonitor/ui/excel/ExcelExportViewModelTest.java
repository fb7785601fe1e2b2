package com.targetmonitor.ui.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress workbook and the department templates, written where the officer chose. */
class ExcelExportViewModelTest {

    @TempDir
    Path dir;
    ExcelTestWorkspace w;
    RecordingDialogService dialogs = new RecordingDialogService();
    ExcelExportViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        w = new ExcelTestWorkspace(dir);
        vm = new ExcelExportViewModel(new com.targetmonitor.logic.excel.export.ExportService(w.session), new SyncTaskExecutor(), dialogs, () -> w.plan,
                () -> AsOf.of(2022, 6));
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void theProgressWorkbookHoldsThePlansIndicators() throws Exception {
        Path out = dir.resolve("进度");
        dialogs.answerFile(out);

        vm.exportWorkbook();

        Path written = dir.resolve("进度.xlsx");
        assertThat(written).exists();
        Set<String> texts = new HashSet<>();
        try (InputStream in = Files.newInputStream(written); Workbook wb = WorkbookFactory.create(in)) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        List<String> names = w.session.workspace().indicators().findByPlan(w.plan.id()).stream()
                .map(Indicator::name).toList();
        assertThat(texts).containsAll(names);
        assertThat(dialogs.shown()).last().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("info");
            assertThat(s.message()).contains(written.toString()).contains(names.size() + " 个指标").contains("1-6月");
        });
    }

    @Test
    void noFileChosenWritesNothing() throws Exception {
        dialogs.answerFile(null);
        vm.exportWorkbook();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".xlsx"))).isEmpty();
        }
    }

    @Test
    void departmentTemplatesAreWrittenIntoTheChosenFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("模板"));
        dialogs.answerFile(folder);

        vm.writeTemplates();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(p -> p.toString().endsWith(".xlsx")).count()).isPositive();
        }
        assertThat(dialogs.shown()).last().satisfies(s -> {
            assertThat(s.title()).isEqualTo("已生成部门模板");
            assertThat(s.message()).contains(folder.toString()).contains("2022 1-6月");
        });
    }
}
