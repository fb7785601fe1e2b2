package com.targetmonitor.ui.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.imports.ImportHistory;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ImportBatch;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review of targets read from documents, on a real seeded workspace, without windows. */
class ExtractReviewViewModelTest {

    static final String SPEECH = "二、下半年重点工作\n确保固定资产投资增长18%以上。全年新增规上企业25户以上。\n"
            + "一、上半年回顾\n上半年，城镇新增就业6000人，完成任务的63.2%。";

    @TempDir
    Path dir;
    Session session;
    Plan plan;
    RecordingDialogService dialogs = new RecordingDialogService();
    AtomicInteger reloads = new AtomicInteger();
    AtomicReference<Plan> shown = new AtomicReference<>();
    ExtractReviewViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        plan = new PlanStatusService(session.workspace()).findPlan("金昌市2022");
        shown.set(plan);
        vm = new ExtractReviewViewModel(new com.targetmonitor.logic.extract.DocumentImportService(session), new SyncTaskExecutor(), dialogs, shown::get);
        vm.setOnApplied(reloads::incrementAndGet);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Indicator indicator(String name) {
        return session.workspace().indicators().findByPlan(plan.id()).stream().filter(i -> i.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void proposalsAreMatchedEditedAndWrittenAsOneUndoableImport() throws Exception {
        Path file = dir.resolve("讲话.txt");
        Files.writeString(file, SPEECH);
        dialogs.answerFiles(List.of(file));
        vm.chooseAndRead();
        assertThat(vm.phaseProperty().get()).isEqualTo(ExtractReviewViewModel.Phase.REVIEW);
        assertThat(vm.newPlanProperty().get()).isFalse();
        assertThat(vm.targets()).extracting(t -> t.nameProperty().get())
                .containsExactly("固定资产投资增长", "新增规模以上企业");
        TargetItem investment = vm.targets().get(0);
        assertThat(investment.actionText()).isEqualTo("更新目标");
        assertThat(investment.existingText()).isEqualTo("16以上");
        assertThat(vm.targets().get(1).actionText()).isEqualTo("更新目标");
        assertThat(vm.highlight(investment)).containsExactly("确保固定资产投资增长", "18", "%以上。");
        ProgressItem employment = vm.progress().get(0);
        assertThat(employment.indicator()).isEqualTo("城镇新增就业");
        assertThat(employment.valueText()).isEqualTo("6000人 (63.2%)");
        assertThat(vm.acceptedCountProperty().get()).isEqualTo(3);

        investment.valueProperty().set("十八");
        vm.apply();
        assertThat(dialogs.errors()).singleElement().extracting(RecordingDialogService.Shown::message).asString()
                .contains("固定资产投资增长").contains("十八");
        assertThat(indicator("固定资产投资增速").target().value()).isEqualTo(16.0);

        investment.valueProperty().set("17");
        vm.targets().get(1).acceptedProperty().set(false);
        vm.apply();
        assertThat(vm.phaseProperty().get()).isEqualTo(ExtractReviewViewModel.Phase.IDLE);
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(indicator("固定资产投资增速").target().value()).isEqualTo(17.0);
        assertThat(indicator("新增规上企业").target().value()).isEqualTo(20.0);
        assertThat(session.workspace().observations().find(indicator("城镇新增就业").id(), Period.month(2022, 6))
                .orElseThrow().value()).isEqualTo(6000.0);

        ImportBatch batch = session.workspace().imports().findByPlan(plan.id()).get(0);
        assertThat(batch.fileName()).isEqualTo("讲话.txt");
        new ImportHistory(session.workspace()).undo(batch.id());
        assertThat(indicator("固定资产投资增速").target().value()).isEqualTo(16.0);
        assertThat(session.workspace().observations().find(indicator("城镇新增就业").id(), Period.month(2022, 6))
                .orElseThrow().value()).isEqualTo(5732.0);
    }

    @Test
    void pastedTextMakesANewPlanWhenNoneIsShown() {
        shown.set(null);
        vm.readText("2025年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1万人以上，年底前建成市儿童医院。");
        assertThat(vm.newPlanProperty().get()).isTrue();
        assertThat(vm.newPlanYearProperty().get()).isEqualTo("2025");
        assertThat(vm.targets()).hasSize(3).allSatisfy(t -> assertThat(t.actionText()).isEqualTo("新建"));
        vm.newPlanNameProperty().set("金昌市2022年");
        vm.apply();
        assertThat(dialogs.errors()).singleElement().extracting(RecordingDialogService.Shown::message).asString()
                .contains("已有名为");
        vm.newPlanNameProperty().set("某市2025年");
        vm.apply();
        Plan created = session.workspace().plans().findByName("某市2025年").orElseThrow();
        assertThat(created.year()).isEqualTo(2025);
        assertThat(session.workspace().indicators().findByPlan(created.id())).extracting(Indicator::name)
                .containsExactly("地区生产总值增长", "城镇新增就业", "建成市儿童医院");
    }

    @Test
    void anUnreadableFileIsToldAndNothingIsRead() throws Exception {
        Path broken = dir.resolve("报告.docx");
        Files.writeString(broken, "not a document");
        vm.readFiles(List.of(broken));
        assertThat(vm.phaseProperty().get()).isEqualTo(ExtractReviewViewModel.Phase.IDLE);
        assertThat(dialogs.errors()).singleElement().extracting(RecordingDialogService.Shown::message).asString()
                .contains("报告.docx").contains("工作区没有任何改动");
    }
}
