package com.targetmonitor.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.change.ChangeNotice;
import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.entry.ActualsEdits;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.SeededServers;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two clients of one shared workspace on a real PostgreSQL server: what one commits reaches the
 * other's session as a typed change through LISTEN/NOTIFY within two seconds; a client's own changes
 * do not come back to it; a rolled-back change is never announced.
 */
class OtherClientsChangesTest {

    private Session watching;
    private Workspace other;
    private final BlockingQueue<Change> arrived = new LinkedBlockingQueue<>();
    private Plan plan;
    private Indicator jobs;
    private final Period july = Period.month(2022, 7);

    @BeforeEach
    void open() {
        String address = SeededServers.seededDatabase();
        watching = new Session(Workspace.openAddress(address));
        other = Workspace.openAddress(address);
        plan = other.plans().findByName("金昌市2022年").orElseThrow();
        jobs = other.indicators().findByPlan(plan.id()).stream().filter(i -> i.name().equals("城镇新增就业"))
                .findFirst().orElseThrow();
        watching.addChangeListener(arrived::add);
        watching.followOthers(Runnable::run);
    }

    @AfterEach
    void close() {
        other.close();
        watching.close();
    }

    @Test
    void aValueTypedByAnotherClientArrivesAsThatCellsValuesChange() throws InterruptedException {
        long start = System.nanoTime();
        new EditHistory(other).execute(new ActualsEdits(other).setValue("录入", jobs.id(), july, null, 6800.0)
                .orElseThrow());

        Change change = arrived.poll(2, TimeUnit.SECONDS);
        assertThat(change).isEqualTo(new Change.Values(Set.of(new Change.Cell(jobs.id(), july))));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
        assertThat(watching.queries().observationsOf(jobs.id())).extracting(Observation::value).contains(6800.0);
    }

    @Test
    void aWriteThatAnnouncedNothingArrivesAsAStructureChange() throws InterruptedException {
        other.inTransaction(() -> other.observations().save(Observation.of(jobs.id(), july, 1)));

        assertThat(arrived.poll(2, TimeUnit.SECONDS)).isEqualTo(new Change.Structure());
    }

    @Test
    void ownChangesAndRolledBackOnesAreNotDelivered() throws InterruptedException {
        watching.history().execute(new ActualsEdits(watching.workspace()).setValue("录入", jobs.id(), july, null,
                6900.0).orElseThrow());
        assertThat(arrived.poll(1, TimeUnit.SECONDS)).as("the window's own edit, published once by its history")
                .isInstanceOf(Change.Values.class);
        try {
            other.inTransaction(() -> {
                other.observations().save(Observation.of(jobs.id(), Period.month(2022, 8), 7000));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // nothing committed
        }

        assertThat(arrived.poll(1500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void noticesReadBackAsTheChangesTheyName() {
        assertThat(ChangeNotice.decode("values")).isEmpty();
        assertThat(ChangeNotice.decode("rules 5")).contains(new Change.Rules(5));
        assertThat(ChangeNotice.decode("something newer")).contains(new Change.Structure());
        Change cells = new Change.Values(Set.of(new Change.Cell(3, july), new Change.Cell(4, Period.quarter(2022, 2))));
        assertThat(ChangeNotice.decode(ChangeNotice.encode(cells))).contains(cells);
        assertThat(List.of(ChangeNotice.encode(new Change.Structure()))).containsExactly("structure");
    }
}
