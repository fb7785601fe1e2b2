package com.targetmonitor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.app.WindowBenchmark;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan of hundreds of indicators: each chart draws its first rows, most behind first, and "more" adds rows. */
class DashboardRowsTest {

    @TempDir
    Path dir;

    @Test
    void drawsTheFirstRowsAndMoreOnRequest() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path file = dir.resolve("big.tmdb");
        WindowBenchmark.generate(file, 200);
        try (Session session = new Session(Workspace.open(file))) {
            WindowState state = TestStates.showing(session, DashboardViewModel.VIEW);
            DashboardViewModel vm = new DashboardViewModel(state, new SyncTaskExecutor(), new RecordingDialogService());
            state.load(null);

            DashboardContent shown = vm.contentProperty().get();
            assertThat(shown.pace().rows()).hasSize(DashboardViewModel.ROWS_SHOWN);
            assertThat(shown.bullets()).hasSize(DashboardViewModel.ROWS_SHOWN);
            assertThat(vm.moreProperty().get()).isTrue();
            assertThat(vm.moreTextProperty().get()).isEqualTo("再显示30项（共200项）");
            // The most behind pace comes first.
            Long mostBehind = state.standing().rows().stream().map(r -> r.standing())
                    .filter(s -> s.gapPts() != null && s.completionPct() != null)
                    .min(java.util.Comparator.comparing(s -> s.gapPts())).orElseThrow().indicator().id();
            assertThat(shown.pace().rows().get(0).indicatorId()).isEqualTo(mostBehind);

            vm.showMore();
            assertThat(vm.contentProperty().get().bullets()).hasSize(2 * DashboardViewModel.ROWS_SHOWN);
            for (int i = 0; i < 10; i++) {
                vm.showMore();
            }
            assertThat(vm.contentProperty().get().bullets()).hasSize(200);
            assertThat(vm.moreProperty().get()).isFalse();
            vm.dispose();
        }
    }
}
