package com.targetmonitor.logic.excel.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.excel.HostileFiles;
import com.targetmonitor.logic.excel.Workbooks;
import com.targetmonitor.logic.excel.read.SpreadsheetException.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReaderTest {

    @TempDir
    Path dir;

    /** Collects rows as "sheet!row: a|b|c". */
    static final class Collect implements RowSink {
        final List<String> lines = new ArrayList<>();
        final List<SheetRow> rows = new ArrayList<>();
        final List<String> hiddenSheets = new ArrayList<>();

        @Override
        public boolean startSheet(String name, boolean hidden) {
            if (hidden) {
                hiddenSheets.add(name);
            }
            return true;
        }

        @Override
        public void row(SheetRow row) {
            rows.add(row);
            StringBuilder b = new StringBuilder(row.sheet() + "!" + (row.index() + 1) + ":");
            for (int c = 0; c < row.width(); c++) {
                b.append(c == 0 ? " " : "|").append(row.text(c));
            }
            lines.add(b.toString());
        }

        @Override
        public void endSheet() {
        }
    }

    private static final Object[][] TABLE = {
            {"指标名称", "单位", "1-6月", "增长%"},
            {"地区生产总值", "亿元", 312.5, "8.1"},
            {"合计", null, "=C2*2", null}};

    private Collect read(Path file) {
        Collect c = new Collect();
        SpreadsheetReader.read(file, c);
        return c;
    }

    @Test
    void readsXlsxWithNumbersInFullAndFormulaResults() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("a.xlsx"), "月报", TABLE);
        assertThat(read(file).lines).containsExactly(
                "月报!1: 指标名称|单位|1-6月|增长%", "月报!2: 地区生产总值|亿元|312.5|8.1", "月报!3: 合计||625");
    }

    @Test
    void readsOldXlsTheSameWay() throws Exception {
        Path file = Workbooks.xls(dir.resolve("a.xls"), "月报", TABLE, s -> { });
        assertThat(read(file).lines).containsExactly(
                "月报!1: 指标名称|单位|1-6月|增长%", "月报!2: 地区生产总值|亿元|312.5|8.1", "月报!3: 合计||625");
    }

    @Test
    void percentFormattedCellsReadAsPercentAndHiddenRowsAreMarked() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("p.xlsx"), "S", new Object[][] {{"a", 0.125}, {"b", 93.2456}}, s -> {
            var style = s.getWorkbook().createCellStyle();
            style.setDataFormat(s.getWorkbook().createDataFormat().getFormat("0.0%"));
            s.getRow(0).getCell(1).setCellStyle(style);
            var oneDecimal = s.getWorkbook().createCellStyle();
            oneDecimal.setDataFormat(s.getWorkbook().createDataFormat().getFormat("0.0"));
            s.getRow(1).getCell(1).setCellStyle(oneDecimal);
            s.getRow(1).setZeroHeight(true);
        });
        Collect c = read(file);
        assertThat(c.lines).containsExactly("S!1: a|12.5%", "S!2: b|93.2456");
        assertThat(c.rows.get(0).hidden()).isFalse();
        assertThat(c.rows.get(1).hidden()).isTrue();
    }

    @Test
    void readsCsvInUtf8WithAndWithoutBom() throws Exception {
        String csv = "指标名称,1-6月\r\n\"地区生产总值,全市\",\"1,234.5\"\r\n";
        Path plain = Files.writeString(dir.resolve("u.csv"), csv, StandardCharsets.UTF_8);
        assertThat(read(plain).lines).containsExactly("u!1: 指标名称|1-6月", "u!2: 地区生产总值,全市|1,234.5");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path withBom = dir.resolve("b.csv");
        Files.write(withBom, bom);
        Files.write(withBom, csv.getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        assertThat(read(withBom).lines.get(0)).isEqualTo("b!1: 指标名称|1-6月");
    }

    @Test
    void readsCsvInGbkAsExcelOnChineseWindowsSavesIt() throws Exception {
        Path gbk = Files.write(dir.resolve("g.csv"), "指标名称\t1-6月\n规模以上工业增加值\t下降2.1\n"
                .getBytes(Charset.forName("GBK")));
        assertThat(read(gbk).lines).containsExactly("g!1: 指标名称|1-6月", "g!2: 规模以上工业增加值|下降2.1");
    }

    @Test
    void aHiddenSheetIsReported() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("h.xlsx"), "S", TABLE, s -> {
            s.getWorkbook().createSheet("old");
            s.getWorkbook().setSheetHidden(1, true);
        });
        assertThat(read(file).hiddenSheets).containsExactly("old");
    }

    @Test
    void eachBadFileGetsItsReason() throws Exception {
        Path good = Workbooks.xlsx(dir.resolve("good.xlsx"), "月报", TABLE);
        assertReason(HostileFiles.empty(dir), Reason.EMPTY, "empty");
        assertReason(HostileFiles.wordRenamed(dir), Reason.NOT_A_SPREADSHEET, "Word document");
        assertReason(HostileFiles.truncated(good, dir), Reason.DAMAGED, "truncated");
        assertReason(HostileFiles.zipBomb(good, dir), Reason.TOO_LARGE, "zip bomb");
        assertReason(HostileFiles.externalEntity(good, dir), Reason.UNSAFE, "external entities");
        assertReason(HostileFiles.passwordXlsx(good, dir), Reason.ENCRYPTED, "password");
        assertReason(HostileFiles.passwordXls(dir), Reason.ENCRYPTED, "password");
        assertReason(Files.writeString(dir.resolve("notes.xlsx"), "这不是表格"), Reason.NOT_A_SPREADSHEET,
                "not a spreadsheet");
        assertReason(Files.write(dir.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
                Reason.NOT_A_SPREADSHEET, "not a spreadsheet");
        assertReason(Files.write(dir.resolve("bin.csv"), new byte[] {1, 2, 0, 0, 3, 4, 5}), Reason.NOT_A_SPREADSHEET,
                "binary");
        assertReason(dir.resolve("missing.xlsx"), Reason.UNREADABLE, "no such file");
    }

    @Test
    void theExternalEntityIsNeverResolved() throws Exception {
        Path good = Workbooks.xlsx(dir.resolve("good.xlsx"), "月报", TABLE);
        Path xxe = HostileFiles.externalEntity(good, dir);
        Collect c = new Collect();
        try {
            SpreadsheetReader.read(xxe, c);
        } catch (SpreadsheetException expected) {
            assertThat(expected.getMessage()).doesNotContain(HostileFiles.SECRET);
        }
        assertThat(String.join("\n", c.lines)).doesNotContain(HostileFiles.SECRET);
    }

    private void assertReason(Path file, Reason reason, String words) {
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(SpreadsheetException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).startsWith(file.getFileName().toString() + ": ").containsIgnoringCase(words)
                    .doesNotContain("\n");
        });
    }
}
