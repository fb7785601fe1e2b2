package com.targetmonitor.ui.detail;

import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane lists the indicator's changes (留痕), newest first, and follows an edit and its undo. */
class DetailHistoryTest {

    @TempDir
    Path dir;

    @Test
    void theDetailPaneShowsTheIndicatorsChangesNewestFirst() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Session session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        DetailViewModel vm = new DetailViewModel(TestStates.showing(session, ViewId.STATUS));
        try {
            Plan plan = new PlanStatusService(session.workspace()).findPlan("金昌市2022年");
            Indicator jobs = session.workspace().indicators().findByPlan(plan.id()).stream()
                    .filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow();
            vm.show(plan, AsOf.of(2022, 6), jobs.id());
            assertThat(vm.changes()).isEmpty();

            Period july = Period.month(2022, 7);
            session.history().execute(ObservationEdit.replace(session.workspace(), "录入", jobs.id(), july,
                    Observation.of(jobs.id(), july, 6100)));
            session.history().undo();

            assertThat(vm.changes()).hasSize(2);
            assertThat(vm.changes().get(0)).contains(System.getProperty("user.name")).contains("撤销")
                    .contains("2022-07 完成值：6100 → —");
            assertThat(vm.changes().get(1)).contains("录入").contains("2022-07 完成值：— → 6100");
        } finally {
            vm.dispose();
            session.close();
        }
    }
}
