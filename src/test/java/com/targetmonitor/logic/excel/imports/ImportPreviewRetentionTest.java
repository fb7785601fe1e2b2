package com.targetmonitor.logic.excel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-row 统计月报 (CSV, as a bureau exports it) of which the seed plan watches one row in a
 * thousand: the preview lists every matched row and the first rows without an indicator, counts the
 * rest, and every count adds up to the rows read. What is listed can still be assigned.
 */
class ImportPreviewRetentionTest {

    static final int ROWS = 99_990; // with the title and header, just within the 100,000 rows a sheet may have
    static final String[] WATCHED = {"地区生产总值（亿元）", "城镇新增就业", "高新技术企业数", "一般公共预算收入"};

    @TempDir
    Path dir;

    @Test
    void aHugeFileKeepsTheFirstUnmatchedRowsAndCountsTheRest() throws Exception {
        Path csv = dir.resolve("统计月报.csv");
        StringBuilder text = new StringBuilder("金昌市2022年1-6月主要经济指标\n指标名称,计量单位,1-6月,增长%\n");
        int watched = 0;
        for (int r = 0; r < ROWS; r++) {
            if (r % 1000 == 0) {
                text.append(WATCHED[watched++ % WATCHED.length]);
            } else {
                text.append("其他统计指标").append(r);
            }
            text.append(",个,").append(r % 977).append('.').append(r % 10).append(',').append(r % 9).append('\n');
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        int others = ROWS - watched;

        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            Plan plan = new PlanStatusService(ws).findPlan("金昌市2022");
            ImportSession session = StatisticsImporter.preview(ws, plan,
                    StatisticsImporter.read(List.of(csv), ImportOptions.NONE), ImportOptions.NONE);
            ImportPreview p = session.preview();

            assertThat(p.rows(RowState.UNMATCHED)).hasSize(ImportSession.LISTED_WITHOUT_INDICATOR);
            assertThat(p.count(RowState.UNMATCHED)).isEqualTo(others);
            assertThat(p.notListed(RowState.UNMATCHED)).isEqualTo(others - ImportSession.LISTED_WITHOUT_INDICATOR);
            assertThat(p.notListedTotal()).isEqualTo(p.notListed(RowState.UNMATCHED));
            // Bounded: the listed rows are the watched ones (a row may feed an amount and a rate) and the first unmatched.
            assertThat(p.rows()).hasSizeLessThanOrEqualTo(2 * watched + ImportSession.LISTED_WITHOUT_INDICATOR);
            // Nothing dropped silently: listed plus counted is every row read, each row once or (two figures) twice.
            long all = Arrays.stream(RowState.values()).mapToLong(p::count).sum();
            assertThat(all).isEqualTo(p.rows().size() + p.notListedTotal());
            long sourceRows = p.rows().stream().map(PreviewRow::nameCell).distinct().count() + p.notListedTotal();
            assertThat(sourceRows).isEqualTo(ROWS);
            // The first unmatched rows, in file order.
            assertThat(p.rows(RowState.UNMATCHED).get(0).rawName()).isEqualTo("其他统计指标1");

            // A listed row can still be given its indicator; the counts follow.
            PreviewRow first = p.rows(RowState.UNMATCHED).get(0);
            Indicator jobs = ws.indicators().findByPlan(plan.id()).stream()
                    .filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow();
            ImportPreview after = session.assign(first.id(), jobs.id());
            assertThat(after.count(RowState.UNMATCHED)).isEqualTo(others - 1);
            assertThat(after.rows(RowState.UNMATCHED)).hasSize(ImportSession.LISTED_WITHOUT_INDICATOR - 1);
            assertThat(after.row(first.id()).indicatorId()).isEqualTo(jobs.id());
        }
    }
}
