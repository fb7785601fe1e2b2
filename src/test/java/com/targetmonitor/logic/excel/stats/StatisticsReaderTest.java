package com.targetmonitor.logic.excel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.excel.Workbooks;
import com.targetmonitor.logic.excel.read.SpreadsheetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsReaderTest {

    @TempDir
    Path dir;

    /** A 统计月报 as bureaus lay it out: merged title, unit note, two-level header, footnote. */
    static final Object[][] MONTHLY = {
            {"2024年1-6月全市主要经济指标"},
            {null, null, null, null, null, "单位：亿元"},
            {"指标名称", "计量单位", "本月", null, "累计", null},
            {null, null, "绝对值", "增长%", "绝对值", "增长%"},
            {"地区生产总值（亿元）", "亿元", null, null, 312.5, "8.1"},
            {"规模以上工业增加值", null, null, null, "—", "下降2.1"},
            {"社会消费品零售总额", "万元", 12345, 3.3, 932000, "12.5%"},
            {"注：本表数据为快报数"}};

    @Test
    void findsTheTwoLevelHeaderUnderTheTitle() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("m.xlsx"), "月报", MONTHLY, s -> {
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            s.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
            s.addMergedRegion(new CellRangeAddress(2, 2, 4, 5));
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        });
        StatFile f = StatisticsReader.read(file);
        StatSheet sheet = f.sheets().get(0);
        assertThat(sheet.header().roles()).containsExactly(ColumnRole.NAME, ColumnRole.UNIT, ColumnRole.MONTH,
                ColumnRole.MONTH_GROWTH, ColumnRole.CUMULATIVE, ColumnRole.CUMULATIVE_GROWTH);
        assertThat(sheet.period().year()).isEqualTo(2024);
        assertThat(sheet.period().endMonth()).isEqualTo(6);
        assertThat(sheet.unitNote()).isEqualTo("亿元");
        assertThat(sheet.rows()).extracting(StatRow::name)
                .containsExactly("地区生产总值（亿元）", "规模以上工业增加值", "社会消费品零售总额");
        StatRow retail = sheet.rows().get(2);
        assertThat(retail.value(ColumnRole.CUMULATIVE).address()).isEqualTo("月报!E7");
        assertThat(retail.value(ColumnRole.CUMULATIVE).reading().value()).isEqualTo(932000.0);
        assertThat(retail.value(ColumnRole.CUMULATIVE_GROWTH).reading().value()).isEqualTo(12.5);
        assertThat(sheet.rows().get(1).value(ColumnRole.CUMULATIVE_GROWTH).reading().value()).isEqualTo(-2.1);
        assertThat(sheet.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkippedRow.Reason.FOOTNOTE);
            assertThat(s.address()).isEqualTo("月报!A8");
        });
        assertThat(f.sha256()).hasSize(64);
    }

    @Test
    void headerLabelsAndFileNameGiveThePeriodWhenTheTitleDoesNot() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("2023年统计.xlsx"), "S", new Object[][] {
                {"指标", "单位", "1-2月", "同比增长%"}, {"规上工业增加值", "亿元", 12, 5}});
        StatSheet sheet = StatisticsReader.read(file).sheets().get(0);
        assertThat(sheet.period().endMonth()).isEqualTo(2);
        assertThat(sheet.period().year()).isEqualTo(2023);
        assertThat(sheet.header().roles()).containsExactly(ColumnRole.NAME, ColumnRole.UNIT, ColumnRole.CUMULATIVE,
                ColumnRole.CUMULATIVE_GROWTH);
    }

    @Test
    void hiddenRowsAndTheNumberingRowAreSkippedAndListed() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("h.xlsx"), "S", new Object[][] {
                {"指标名称", "本月", "1-6月"}, {"甲", 1, 2}, {"地区生产总值", 50, 300}, {"旧口径", 1, 2}}, s -> s.getRow(3)
                .setZeroHeight(true));
        StatSheet sheet = StatisticsReader.read(file).sheets().get(0);
        assertThat(sheet.rows()).extracting(StatRow::name).containsExactly("地区生产总值");
        assertThat(sheet.skipped()).extracting(SkippedRow::reason)
                .containsExactly(SkippedRow.Reason.HEADER, SkippedRow.Reason.HIDDEN);
    }

    @Test
    void longLayoutGivesEachRowItsPeriod() throws Exception {
        Path file = Files.writeString(dir.resolve("long.csv"), "指标名称,期间,数值\n城镇新增就业,2022年1-5月,4800\n"
                + "城镇新增就业,2022-06,5732\n", StandardCharsets.UTF_8);
        StatSheet sheet = StatisticsReader.read(file).sheets().get(0);
        assertThat(sheet.header().isLong()).isTrue();
        assertThat(sheet.rows()).extracting(r -> r.period().endMonth()).containsExactly(5, 6);
        assertThat(sheet.rows().get(1).value(ColumnRole.CUMULATIVE).reading().value()).isEqualTo(5732.0);
    }

    @Test
    void aFileWithoutHeaderIsRefused() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("x.xlsx"), "S", new Object[][] {{"会议纪要"}, {"今天开会"}});
        assertThatThrownBy(() -> StatisticsReader.read(file)).isInstanceOfSatisfying(SpreadsheetException.class,
                e -> assertThat(e.reason()).isEqualTo(SpreadsheetException.Reason.NO_HEADER));
    }
}
