package com.targetmonitor.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
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

/** The status table's filters across plans, and its text size. */
class StatusTableLayoutTest {

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

    @Test
    void anotherPlanOpensWithEveryIndicatorShown() {
        StatusTableViewModel table = vm.table();
        table.setStatuses(Set.of(Status.BEHIND));
        table.setSearch("投资");
        assertThat(table.visibleCountProperty().get()).isLessThan(table.totalCountProperty().get());

        vm.selectAsOf(YearMonth.of(2022, 3));
        assertThat(table.filterProperty().get().statuses()).as("a new month keeps the filters")
                .containsExactly(Status.BEHIND);

        Plan other = vm.plans().stream().filter(p -> p.name().startsWith("嘉峪关")).findFirst().orElseThrow();
        vm.selectedPlanProperty().set(other);
        assertThat(table.filterProperty().get()).isEqualTo(StatusFilter.NONE);
        assertThat(table.visibleCountProperty().get()).isEqualTo(table.totalCountProperty().get()).isPositive();
    }

    @Test
    void textSizeStepsByTenPercentWithinBounds() {
        StatusTableViewModel table = vm.table();
        table.zoomIn();
        table.zoomIn();
        assertThat(table.zoomPercentProperty().get()).isEqualTo(120);
        table.zoomReset();
        assertThat(table.zoomPercentProperty().get()).isEqualTo(100);
        for (int i = 0; i < 20; i++) {
            table.zoomOut();
        }
        assertThat(table.zoomPercentProperty().get()).isEqualTo(StatusTableViewModel.MIN_ZOOM);
        table.setZoom(1000);
        assertThat(table.zoomPercentProperty().get()).isEqualTo(StatusTableViewModel.MAX_ZOOM);
    }
}
