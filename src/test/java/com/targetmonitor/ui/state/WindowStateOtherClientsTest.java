package com.targetmonitor.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.entry.ActualsEdits;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.SeededServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A window on a shared workspace: a value another officer stores on the server arrives in the window
 * state as the typed change of that cell (through LISTEN/NOTIFY), on the window's thread, and the
 * standing shown is computed again with it; a plan the other renames arrives as a structure change.
 */
class WindowStateOtherClientsTest {

    /** The window's thread: the test runs what the feed hands over, as Platform.runLater would. */
    private final BlockingQueue<Runnable> windowThread = new LinkedBlockingQueue<>();
    private final List<StandingUpdate> updates = new ArrayList<>();
    private Session session;
    private Workspace other;
    private WindowState state;
    private Plan plan;
    private Indicator jobs;

    @BeforeEach
    void open() {
        String address = SeededServers.seededDatabase();
        session = new Session(Workspace.openAddress(address));
        other = Workspace.openAddress(address);
        state = TestStates.showing(session, ViewId.STATUS);
        plan = session.queries().plans().stream().filter(p -> p.name().equals("金昌市2022年")).findFirst().orElseThrow();
        jobs = other.indicators().findByPlan(plan.id()).stream().filter(i -> i.name().equals("城镇新增就业"))
                .findFirst().orElseThrow();
        state.select(plan, AsOf.of(2022, 7));
        state.addListener(updates::add);
        session.followOthers(windowThread::add);
    }

    @AfterEach
    void close() {
        other.close();
        session.close();
    }

    @Test
    void anotherOfficersValueArrivesAsTheTypedChangeOfItsCellWithinTwoSeconds() throws InterruptedException {
        Period july = Period.month(2022, 7);
        new EditHistory(other).execute(new ActualsEdits(other).setValue("录入", jobs.id(), july, null, 6800.0)
                .orElseThrow());

        Runnable delivery = windowThread.poll(2, TimeUnit.SECONDS);
        assertThat(delivery).as("a notice within two seconds").isNotNull();
        delivery.run();

        StandingUpdate update = updates.get(updates.size() - 1);
        assertThat(update.change()).isEqualTo(new Change.Values(Set.of(new Change.Cell(jobs.id(), july))));
        assertThat(update.valuesOnly()).isTrue();
        assertThat(update.standing().rows()).filteredOn(r -> r.standing().indicator().id().equals(jobs.id()))
                .singleElement().satisfies(r -> assertThat(r.standing().actual()).isEqualTo(6800.0));
    }

    @Test
    void anotherOfficersRenamedPlanArrivesAsAStructureChange() throws InterruptedException {
        Plan p = other.plans().find(plan.id()).orElseThrow();
        other.plans().save(new Plan(p.id(), "金昌市2022年（修订）", p.region(), p.year(), p.document(), p.rules()));

        Runnable delivery = windowThread.poll(2, TimeUnit.SECONDS);
        assertThat(delivery).isNotNull();
        delivery.run();

        assertThat(updates.get(updates.size() - 1).change()).isEqualTo(new Change.Structure());
        assertThat(state.planProperty().get().name()).isEqualTo("金昌市2022年（修订）");
    }
}
