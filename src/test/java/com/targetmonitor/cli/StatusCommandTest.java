package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance figures of the core issue, through the real command line on a real demo workspace. */
class StatusCommandTest {

    @TempDir
    static Path dir;
    static Path db;
    static Map<String, Map<String, String>> byName;

    @BeforeAll
    static void writeDemoAndReadJune() {
        db = dir.resolve("demo.tmdb");
        CliRunner demo = CliRunner.run("demo", "--db", db.toString());
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        CliRunner status = CliRunner.run("status", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06");
        assertThat(status.exitCode()).as(status.err()).isZero();
        byName = parse(status.out());
    }

    static Map<String, Map<String, String>> parse(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        assertThat(header).containsExactly("code", "name", "unit", "kind", "target", "actual", "completion_pct",
                "time_progress_pct", "gap_pts", "deviation_pts", "status", "light", "responsible_unit");
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).as(line).hasSize(header.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            rows.put(row.get("name"), row);
        }
        return rows;
    }

    private static Map<String, String> row(String nameContains) {
        List<Map<String, String>> found = byName.entrySet().stream()
                .filter(e -> e.getKey().contains(nameContains)).map(Map.Entry::getValue).toList();
        assertThat(found).as("rows named like " + nameContains + " in " + byName.keySet()).hasSize(1);
        return found.get(0);
    }

    @Test
    void urbanEmploymentIsAhead() {
        Map<String, String> r = row("城镇新增就业");
        assertThat(r).containsEntry("completion_pct", "60.34").containsEntry("time_progress_pct", "50.00")
                .containsEntry("gap_pts", "10.34").containsEntry("status", "ahead").containsEntry("light", "green");
        assertThat(r.get("target")).isEqualTo("9500");
        assertThat(r.get("actual")).isEqualTo("5732");
    }

    @Test
    void investmentAttractionIsAhead() {
        Map<String, String> r = row("招商引资到位资金");
        assertThat(r).containsEntry("completion_pct", "56.48").containsEntry("status", "ahead")
                .containsEntry("actual", "93.2").containsEntry("target", "165");
    }

    @Test
    void surplusLabourIsCompleted() {
        assertThat(row("输转城乡富余劳动力")).containsEntry("completion_pct", "100.50")
                .containsEntry("status", "completed");
    }

    @Test
    void plannedInvestmentIsBehindByTwelvePointSeven() {
        assertThat(row("年度计划投资")).containsEntry("completion_pct", "37.30")
                .containsEntry("time_progress_pct", "50.00").containsEntry("gap_pts", "-12.70")
                .containsEntry("status", "behind").containsEntry("deviation_pts", "");
    }

    @Test
    void growthRatesAreJudgedByDeviation() {
        assertThat(exactly("地区生产总值")).containsEntry("deviation_pts", "3.70").containsEntry("status", "met")
                .containsEntry("completion_pct", "").containsEntry("time_progress_pct", "");
        assertThat(row("第三产业")).containsEntry("deviation_pts", "-3.70").containsEntry("status", "missed");
        assertThat(row("固定资产投资")).containsEntry("deviation_pts", "-4.30").containsEntry("status", "missed");
        assertThat(row("一般公共预算收入")).containsEntry("deviation_pts", "10.33").containsEntry("status", "met");
    }

    /** The city GDP row, not the counties' GDP rows, which also contain the words. */
    private static Map<String, String> exactly(String prefix) {
        List<Map<String, String>> found = byName.values().stream()
                .filter(r -> r.get("name").startsWith(prefix) && "growth_rate".equals(r.get("kind"))).toList();
        assertThat(found).as("growth rows starting " + prefix).hasSize(1);
        return found.get(0);
    }

    @Test
    void tableFormatAlignsColumns() {
        CliRunner table = CliRunner.run("status", "--db", db.toString(), "--plan", "金昌市2022", "--as-of", "2022-06",
                "--format", "table");
        assertThat(table.exitCode()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).startsWith("code").contains("completion_pct");
        assertThat(lines.get(1)).matches("[- ]+");
        assertThat(table.out()).contains("60.34").contains("-12.70");
    }

    @Test
    void plansListsTheThreeSeedPlans() {
        CliRunner plans = CliRunner.run("plans", "--db", db.toString());
        assertThat(plans.exitCode()).isZero();
        assertThat(plans.out().lines().map(l -> l.split("\t")[0]))
                .containsExactlyInAnyOrder("金昌市2022年", "金昌市2023年", "嘉峪关市2022年");
    }
}
