package com.targetmonitor.logic.report;

import com.targetmonitor.logic.status.PlanStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the progress report (进展情况报告) says, as text, before it is laid out on pages:
 * the title, the summary, the 通报 sections, the count table, the indicator table and the charts.
 * The print preview and the PDF writer both read it; nothing here knows about pages or JavaFX.
 *
 * @param title      "金昌市2022年目标任务进展情况（1-6月）"
 * @param subtitle   data as-of, time progress and the date it was made
 * @param summary    the 总体情况 paragraphs
 * @param counts     one row: how many indicators stand at each status
 * @param bulletin   the 通报 sentences, grouped by standing
 * @param indicators one row per indicator, with category heading rows
 * @param charts     pictures handed in by the caller; may be empty
 */
public record ReportModel(String title, String subtitle, List<String> summary, ReportTable counts,
                          List<BulletinSection> bulletin, ReportTable indicators, List<ReportChart> charts) {

    public ReportModel {
        Objects.requireNonNull(title, "title");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        summary = List.copyOf(summary);
        bulletin = List.copyOf(bulletin);
        charts = List.copyOf(charts);
    }

    /** The report of a plan's standing, without charts. */
    public static ReportModel of(PlanStatus status, LocalDate printedOn) {
        return ReportModelBuilder.build(status, printedOn);
    }

    /** The same report with these charts (in this order) after the table. */
    public ReportModel withCharts(List<ReportChart> newCharts) {
        return new ReportModel(title, subtitle, summary, counts, bulletin, indicators, newCharts);
    }

    /** The section headings in order, numbered the way the PDF numbers them ("一、总体情况", …). */
    public List<String> sectionHeadings() {
        List<String> names = charts.isEmpty()
                ? List.of(ReportLabels.SECTION_SUMMARY, ReportLabels.SECTION_BULLETIN, ReportLabels.SECTION_TABLE)
                : List.of(ReportLabels.SECTION_SUMMARY, ReportLabels.SECTION_BULLETIN, ReportLabels.SECTION_TABLE,
                        ReportLabels.SECTION_CHARTS);
        return java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> ReportLabels.sectionHeading(i + 1, names.get(i))).toList();
    }

    /** The heading of the n-th (0-based) 通报 group: "（三）低于时序进度（2项）". */
    public String groupHeading(int index) {
        BulletinSection s = bulletin.get(index);
        return ReportLabels.groupHeading(index + 1, s.heading(), s.count());
    }

    /** The caption of the n-th (0-based) chart: "图1 完成率与时序进度". */
    public String figureCaption(int index) {
        return ReportLabels.figure(index + 1, charts.get(index).caption());
    }

    /** The footer of a page: "第 1 页 共 3 页". */
    public static String pageNumber(int page, int pages) {
        return ReportLabels.pageNumber(page, pages);
    }
}
