package com.targetmonitor.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's logic without a window: plan and month selection, status table, undo. */
class MainWindowViewModelTest {

    @TempDir
    Path dir;
    Session session;
    MainWindowViewModel vm;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        vm = new MainWindowViewModel(session, new SyncTaskExecutor());
        vm.load("金昌市2022年");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private StandingRow row(String nameContains) {
        return vm.table().visibleRows().stream()
                .filter(r -> r.standing().indicator().name().contains(nameContains)).findFirst().orElseThrow();
    }

    @Test
    void opensThePlanAtItsLatestMonthWithData() {
        assertThat(vm.selectedPlanProperty().get().name()).isEqualTo("金昌市2022年");
        assertThat(vm.selectedAsOfProperty().get().label()).isEqualTo("1-6月");
        assertThat(row("年度计划投资").standing().completionPct()).isEqualByComparingTo("37.30");
        assertThat(row("年度计划投资").standing().status()).isEqualTo(Status.BEHIND);
        assertThat(vm.titleProperty().get()).isEqualTo("目标进度监测 — w.tmdb");
    }

    @Test
    void asOfChoicesOfferJanFebAndQuarters() {
        assertThat(vm.asOfChoices()).extracting(AsOfChoice::label)
                .startsWith("1-2月", "1-3月").contains("一季度", "上半年", "前三季度", "全年");
        vm.selectedAsOfProperty().set(vm.asOfChoices().stream().filter(c -> c.label().equals("1-3月"))
                .findFirst().orElseThrow());
        // At the end of March the June figures are not out yet.
        assertThat(row("城镇新增就业").standing().status()).isEqualTo(Status.NO_DATA);
        vm.selectAsOf(YearMonth.of(2022, 7));
        assertThat(row("城镇新增就业").standing().timeProgressPct()).isEqualByComparingTo("58.33");
    }

    @Test
    void switchingPlansKeepsTheMonthWithinTheSameYear() {
        vm.selectAsOf(YearMonth.of(2022, 9));
        Plan jiayuguan = vm.plans().stream().filter(p -> p.name().startsWith("嘉峪关")).findFirst().orElseThrow();
        vm.selectedPlanProperty().set(jiayuguan);
        assertThat(vm.selectedAsOfProperty().get().asOf().month()).isEqualTo(YearMonth.of(2022, 9));
        Plan y2023 = vm.plans().stream().filter(p -> p.year() == 2023).findFirst().orElseThrow();
        vm.selectedPlanProperty().set(y2023);
        assertThat(vm.selectedAsOfProperty().get().label()).isEqualTo("1-12月");
    }

    @Test
    void anEditRecomputesAndUndoRestores() {
        StandingRow jobs = row("城镇新增就业");
        long id = jobs.standing().indicator().id();
        Period june = Period.month(2022, 6);
        Observation more = Observation.of(id, june, 7600);
        session.history().execute(ObservationEdit.replace(session.workspace(), "城镇新增就业 1-6月", id, june, more));
        assertThat(row("城镇新增就业").standing().completionPct()).isEqualByComparingTo("80.00");
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.undoTextProperty().get()).contains("城镇新增就业");
        vm.undo();
        assertThat(row("城镇新增就业").standing().completionPct()).isEqualByComparingTo("60.34");
        assertThat(vm.canRedoProperty().get()).isTrue();
        vm.redo();
        assertThat(row("城镇新增就业").standing().completionPct()).isEqualByComparingTo("80.00");
    }

    @Test
    void tilesCountAndFilterByStatus() {
        StatusTableViewModel table = vm.table();
        StatusTile behind = table.tiles().stream().filter(t -> t.status() == Status.BEHIND).findFirst().orElseThrow();
        assertThat(behind.count()).isEqualTo(2);
        table.toggleTile(Status.BEHIND);
        assertThat(table.visibleRows()).extracting(r -> r.standing().status()).containsOnly(Status.BEHIND);
        assertThat(table.visibleRows()).hasSize(2);
        assertThat(table.tiles()).filteredOn(StatusTile::active).extracting(StatusTile::status)
                .containsExactly(Status.BEHIND);
        table.toggleTile(Status.BEHIND);
        assertThat(table.visibleRows()).hasSize(table.totalCountProperty().get());
    }

    @Test
    void aFilteredChildKeepsItsParentForContext() {
        StatusTableViewModel table = vm.table();
        table.setUnits(Set.of("永昌县"));
        assertThat(table.visibleRows()).extracting(r -> r.standing().indicator().name())
                .contains("投资完成率低于30%的亿元以上项目", "投资完成率低于30%的亿元以上项目（永昌县）");
        table.setSearch("就业");
        assertThat(table.visibleRows()).isEmpty();
        table.clearFilters();
        table.setSearch("就业");
        assertThat(table.visibleRows()).extracting(r -> r.standing().indicator().name())
                .containsExactly("城镇新增就业");
    }

    @Test
    void openingAnotherWorkspaceReloads() {
        Session other = session;
        other.replace(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("second.tmdb")));
        assertThat(vm.titleProperty().get()).endsWith("second.tmdb");
        assertThat(vm.plans()).hasSize(3);
        assertThat(vm.selectedPlanProperty().get()).isNotNull();
        assertThat(vm.table().visibleRows()).isNotEmpty();
    }
}
