package com.targetmonitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state, on a real seeded workspace, without a toolkit or robot. */
class MainViewModelTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;

    @BeforeEach
    void chinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private MainViewModel seeded() {
        workspace = WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w.tmdb"));
        return new MainViewModel(new PlanStatusService(workspace), workspace.file());
    }

    @Test
    void loadsTheThreeSeedPlans() {
        MainViewModel vm = seeded();
        vm.load();

        assertThat(vm.plans()).extracting(Plan::name)
                .containsExactlyInAnyOrder("金昌市2022年", "金昌市2023年", "嘉峪关市2022年");
        assertThat(vm.plans()).extracting(Plan::region).contains("金昌市", "嘉峪关市");
        assertThat(vm.plans()).extracting(Plan::year).contains(2022, 2023);
        assertThat(vm.getPlanCount()).isEqualTo(3);
        assertThat(vm.isLoadFailed()).isFalse();
    }

    @Test
    void titleNamesTheWorkspaceFile() {
        MainViewModel vm = seeded();

        assertThat(vm.getTitle()).isEqualTo("目标进度监测 — w.tmdb");
    }

    @Test
    void statusLineShowsPathAndPlanCount() {
        MainViewModel vm = seeded();
        vm.load();

        assertThat(vm.getStatusText())
                .contains(tempDir.resolve("w.tmdb").toAbsolutePath().normalize().toString())
                .contains("共 3 个计划");
    }

    @Test
    void englishStatusLine() {
        I18n.setLocale(Locale.ENGLISH);
        MainViewModel vm = seeded();
        vm.load();

        assertThat(vm.getTitle()).isEqualTo("Target Monitor — w.tmdb");
        assertThat(vm.getStatusText()).startsWith("Workspace: ").endsWith("3 plans");
    }

    @Test
    void emptyWorkspaceHasNoPlans() {
        workspace = Workspace.create(tempDir.resolve("empty.tmdb"));
        MainViewModel vm = new MainViewModel(new PlanStatusService(workspace), workspace.file());
        vm.load();

        assertThat(vm.plans()).isEmpty();
        assertThat(vm.getPlanCount()).isZero();
        assertThat(vm.getStatusText()).contains("共 0 个计划");
    }

    @Test
    void reloadKeepsTheSelectedPlan() {
        MainViewModel vm = seeded();
        vm.load();
        Plan chosen = vm.plans().stream().filter(p -> p.name().equals("金昌市2023年")).findFirst().orElseThrow();
        vm.selectedPlanProperty().set(chosen);

        vm.load();

        assertThat(vm.selectedPlanProperty().get()).isNotNull();
        assertThat(vm.selectedPlanProperty().get().id()).isEqualTo(chosen.id());
    }

    @Test
    void failedLoadIsReportedInTheStatusLineNotThrown() {
        MainViewModel vm = seeded();
        vm.load();
        workspace.close();
        workspace = null;

        vm.load();

        assertThat(vm.isLoadFailed()).isTrue();
        assertThat(vm.plans()).isEmpty();
        assertThat(vm.getPlanCount()).isZero();
        assertThat(vm.getStatusText()).startsWith("无法读取工作区");
    }

    @Test
    void planListIsReadOnlyForTheView() {
        MainViewModel vm = seeded();
        vm.load();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.plans().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
