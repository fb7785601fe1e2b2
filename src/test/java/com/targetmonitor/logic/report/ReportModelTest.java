package com.targetmonitor.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.model.Light;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportModelTest {

    @TempDir
    static Path dir;
    static PlanStatus june;
    static ReportModel report;

    @BeforeAll
    static void seed() {
        june = SeedPlan.status(dir, SeedPlan.JINCHANG_2022, "2022-06");
        report = ReportModel.of(june, LocalDate.of(2022, 7, 5));
    }

    @Test
    void titleAndSubtitleNameThePlanAndPeriod() {
        assertThat(report.title()).isEqualTo("金昌市2022年目标任务进展情况（1-6月）");
        assertThat(report.subtitle()).isEqualTo("数据截至2022年6月底，时序进度50%。制表日期：2022年7月5日");
        assertThat(ReportModel.of(SeedPlan.status(dir, SeedPlan.JINCHANG_2022, "2022-02"), LocalDate.of(2022, 3, 1))
                .title()).isEqualTo("金昌市2022年目标任务进展情况（1-2月）");
        assertThat(ReportModel.pageNumber(1, 3)).isEqualTo("第 1 页 共 3 页");
    }

    @Test
    void summaryCountsEveryIndicator() {
        assertThat(report.summary().get(0)).startsWith("本期纳入监测的指标共" + june.rows().size() + "项。其中：")
                .contains("低于时序进度2项").contains("亮灯情况：绿灯");
        List<String> counts = report.counts().rows().get(0).cells();
        assertThat(counts.get(counts.size() - 1)).isEqualTo(String.valueOf(june.rows().size()));
        int sum = counts.subList(1, counts.size() - 1).stream().mapToInt(Integer::parseInt).sum();
        assertThat(sum).isEqualTo(june.rows().size());
    }

    @Test
    void tableHasARowPerIndicatorUnderItsCategory() {
        ReportTable table = report.indicators();
        assertThat(table.rows().stream().filter(r -> !r.heading()).count()).isEqualTo(june.rows().size());
        assertThat(table.rows().get(0).heading()).isTrue();
        assertThat(table.rows().get(0).cell(0)).isEqualTo("一、经济发展");
        assertThat(table.rows().stream().filter(ReportTable.Row::heading).map(r -> r.cell(0)))
                .containsExactly("一、经济发展", "二、产业链与科技创新", "三、项目投资与招商", "四、民生保障", "五、农业与生态",
                        "六、城市建设与文旅");
        assertThat(table.header()).hasSize(12).contains("指标名称", "亮灯");
        assertThat(table.columns().get(table.lightColumn()).header()).isEqualTo("亮灯");

        ReportTable.Row investment = row(table, "重点项目年度计划投资");
        assertThat(investment.cells()).containsExactly("3.02", "重点项目年度计划投资", "%", "100", "1-6月", "37.3",
                "37.30", "50.00", "-12.70", "欠进度", "红灯", investment.cell(11));
        assertThat(investment.light()).isEqualTo(Light.RED);
        assertThat(row(table, "地区生产总值增速").cells().subList(3, 11))
                .containsExactly("8", "上半年", "11.7", "", "", "3.70", "达到目标", "绿灯");
        assertThat(row(table, "“2+4”产业链产值").cell(3)).isEqualTo("突破1000");
        assertThat(row(table, "有色金属新材料产业链产值").depth()).isEqualTo(1);
        assertThat(row(table, "兰张三四线金昌段开工").cells().subList(2, 6)).containsExactly("", "12月31日前", "", "");
    }

    @Test
    void sectionsAreNumberedAndChartsAddTheirSection() {
        assertThat(report.sectionHeadings()).containsExactly("一、总体情况", "二、主要指标进展情况", "三、指标完成情况表");
        assertThat(report.groupHeading(0)).isEqualTo("（一）已完成年度目标（" + report.bulletin().get(0).count() + "项）");
        ReportModel withCharts = report.withCharts(List.of(new ReportChart("完成率", new byte[] {1})));
        assertThat(withCharts.sectionHeadings()).endsWith("四、图表");
        assertThat(withCharts.figureCaption(0)).isEqualTo("图1 完成率");
    }

    private static ReportTable.Row row(ReportTable table, String name) {
        return table.rows().stream().filter(r -> !r.heading() && r.cell(1).equals(name)).findFirst().orElseThrow();
    }
}
