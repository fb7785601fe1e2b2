package com.targetmonitor.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.EditService;
import com.targetmonitor.logic.edit.ObservationEdit;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Target;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's standings read the plan's indicators once and keep them across months and typed
 * values; a change of structure reads them again, and every standing equals one computed from
 * scratch.
 */
class FramedStandingsTest {

    @TempDir
    Path dir;

    private Session session;
    private FramedStandings standings;
    private WindowState state;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        standings = new FramedStandings(session);
        state = new WindowState(session, new SyncTaskExecutor(), standings);
        state.load("金昌市2022年");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private PlanStatus fromScratch() {
        return new PlanStatusService(session.workspace()).status(state.planProperty().get(), state.asOfProperty().get());
    }

    private StandingRow row(String name) {
        return state.standing().rows().stream().filter(r -> r.standing().indicator().name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void monthsAndValuesReuseTheFrameAndStructureReadsItAgain() {
        assertThat(standings.framesRead()).isEqualTo(1);

        state.asOfProperty().set(AsOf.of(2022, 3));
        assertThat(state.standing()).isEqualTo(fromScratch());
        Indicator jobs = row("城镇新增就业").standing().indicator();
        Period june = Period.month(2022, 6);
        state.asOfProperty().set(AsOf.of(2022, 6));
        session.history().execute(ObservationEdit.replace(session.workspace(), "城镇新增就业 1-6月", jobs.id(), june,
                Observation.of(jobs.id(), june, 7600)));
        assertThat(row("城镇新增就业").standing().completionPct()).isEqualByComparingTo("80.00");
        assertThat(state.standing()).isEqualTo(fromScratch());
        assertThat(standings.framesRead()).as("months and values read no indicators").isEqualTo(1);
        assertThat(standings.splices()).as("the typed value's row spliced in").isEqualTo(1);

        // A new target is structure: the frame is read again and the standing follows the target.
        session.history().execute(new EditService(session.workspace()).updateIndicator("目标",
                jobs.withTarget(Target.of(19000, jobs.target().qualifier()))));
        assertThat(standings.framesRead()).isEqualTo(2);
        assertThat(row("城镇新增就业").standing().indicator().target().value()).isEqualTo(19000.0);
        assertThat(state.standing()).isEqualTo(fromScratch());

        session.history().undo();
        assertThat(standings.framesRead()).isEqualTo(3);
        assertThat(standings.splices()).as("structure computes the standing whole").isEqualTo(1);
        assertThat(state.standing()).isEqualTo(fromScratch());
    }

    @Test
    void anotherPlanReadsItsOwnFrame() {
        var other = state.plans().stream().filter(p -> p.name().startsWith("嘉峪关")).findFirst().orElseThrow();
        state.planProperty().set(other);

        assertThat(standings.framesRead()).isEqualTo(2);
        assertThat(state.standing().plan().id()).isEqualTo(other.id());
        assertThat(state.standing()).isEqualTo(fromScratch());
    }
}
