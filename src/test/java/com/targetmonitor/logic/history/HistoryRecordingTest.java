package com.targetmonitor.logic.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.edit.EditService;
import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.excel.Workbooks;
import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportHistory;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportResult;
import com.targetmonitor.logic.excel.imports.StatisticsImporter;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.Target;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a figure changes leaves one history row, with account, time, origin and old → new. */
class HistoryRecordingTest {

    static final Object[][] REPORT = {
            {"金昌市2022年1-6月主要经济指标"},
            {"指标名称", "计量单位", "1-6月", "比上年同期增长%"},
            {"城镇新增就业", "人", 5800, null}};

    @TempDir
    Path dir;
    Workspace ws;
    Plan plan;
    Indicator jobs;

    @BeforeEach
    void open() {
        ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"));
        plan = ws.plans().findByName("金昌市2022年").orElseThrow();
        jobs = new HistoryService(ws).indicator(plan, "4.01");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<HistoryLine> history() {
        return new HistoryService(ws).history(plan, jobs.id(), null);
    }

    @Test
    void aSeededWorkspaceStartsWithNoValueHistory() {
        assertThat(history()).noneMatch(l -> l.subject().equals("OBSERVATION"));
    }

    @Test
    void aTypedEditItsUndoAndRedoAreRecorded() {
        Period june = Period.month(2022, 6);
        EditHistory edits = new EditHistory(ws);
        Observation now = ws.observations().find(jobs.id(), june).orElseThrow();
        Instant before = Instant.now().minusSeconds(1);
        edits.execute(ObservationEdit.replace(ws, "录入", jobs.id(), june, new Observation(null, jobs.id(), june,
                6000.0, now.yoyGrowth(), new ProgressNote("新进展", now.note().problems(), now.note().nextSteps()),
                com.targetmonitor.model.Origin.TYPED, "")));
        edits.undo();
        edits.redo();

        List<HistoryLine> values = history().stream().filter(l -> l.field().equals("value")).toList();
        assertThat(values).extracting(HistoryLine::origin, HistoryLine::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TYPED", "5732 → 6000"),
                        org.assertj.core.groups.Tuple.tuple("UNDO", "6000 → 5732"),
                        org.assertj.core.groups.Tuple.tuple("REDO", "5732 → 6000"));
        HistoryLine typed = values.get(0);
        assertThat(typed.account()).isEqualTo(System.getProperty("user.name"));
        assertThat(typed.at()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(typed.period()).isEqualTo("2022-06");
        assertThat(typed.what()).isEqualTo("4.01 城镇新增就业");
        assertThat(history()).anySatisfy(l -> {
            assertThat(l.field()).isEqualTo("progress");
            assertThat(l.newValue()).isEqualTo("新进展");
        });
        assertThat(new HistoryService(ws).history(plan, jobs.id(), LocalDate.now().plusDays(1))).isEmpty();
    }

    @Test
    void anIndicatorsTargetAndAPlansRulesAreRecorded() {
        EditService service = new EditService(ws);
        EditHistory edits = new EditHistory(ws);
        edits.execute(service.updateIndicator("目标", jobs.withTarget(Target.of(9800, jobs.target().qualifier()))));
        Plan changed = new Plan(plan.id(), plan.name(), plan.region(), plan.year(), plan.document(),
                new com.targetmonitor.model.RuleSet(new java.math.BigDecimal("15"), plan.rules().rateYellowBand(),
                        plan.rules().aboutTolerance(), plan.rules().scale()));
        edits.execute(service.updatePlan("规则", changed));
        assertThat(history()).anySatisfy(l -> {
            assertThat(l.field()).isEqualTo("target_value");
            assertThat(l.change()).isEqualTo("9500 → 9800");
        });
        assertThat(new HistoryService(ws).history(plan, null, null)).anySatisfy(l -> {
            assertThat(l.subject()).isEqualTo("PLAN");
            assertThat(l.field()).isEqualTo("amount_yellow_band");
            assertThat(l.newValue()).isEqualTo("15");
        });
    }

    @Test
    void anImportAndItsUndoAreRecordedWithTheBatch() throws Exception {
        Path file = Workbooks.xlsx(dir.resolve("report.xlsx"), "月报", REPORT);
        ImportOptions options = new ImportOptions(null, null);
        ImportFiles read = ImportFiles.read(List.of(file), options);
        ImportResult result = StatisticsImporter.preview(ws, plan, read.statistics(), options).apply();
        long batch = result.batches().get(0).id();
        new ImportHistory(ws).undo(batch);

        List<HistoryLine> values = history().stream().filter(l -> l.field().equals("value")).toList();
        assertThat(values).extracting(HistoryLine::originText, HistoryLine::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("import #" + batch, "5732 → 5800"),
                org.assertj.core.groups.Tuple.tuple("undo of import #" + batch, "5800 → 5732"));
        assertThat(history()).filteredOn(l -> l.subject().equals("IMPORT")).extracting(HistoryLine::field)
                .containsExactly("file", "undone");
        // A later typed edit is typed again, not part of the import.
        new EditHistory(ws).execute(ObservationEdit.replace(ws, "录入", jobs.id(), Period.month(2022, 7),
                Observation.of(jobs.id(), Period.month(2022, 7), 6100)));
        assertThat(history().get(history().size() - 1).origin()).isEqualTo("TYPED");
    }
}
