package com.targetmonitor.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.testing.TestPostgres;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second client hears a committed change through LISTEN/NOTIFY within two seconds; its own it does not. */
class ServerChangesTest {

    @TempDir
    Path dir;

    @Test
    void aSecondClientHearsTheFirstClientsCommittedChange() throws Exception {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (Workspace first = Workspace.openAddress(db.address());
             Workspace second = Workspace.openAddress(db.address());
             AutoCloseable listening = second.onOtherClientsChanges(heard::add)) {
            Plan plan = Fixtures.savedPlan(second, "金昌市2022年");
            Indicator gdp = second.indicators().save(Fixtures.indicator(plan.id(), "地区生产总值"));
            assertThat(heard.poll(1, TimeUnit.SECONDS)).as("its own changes are not repeated").isNull();

            first.inTransaction(() -> {
                first.observations().save(Observation.of(gdp.id(), Period.month(2022, 6), 255.37));
                assertThat(heard).as("nothing before the commit").isEmpty();
            });
            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo("observation");
            assertThat(second.observations().findByIndicator(gdp.id())).extracting(Observation::value)
                    .containsExactly(255.37);
        }
    }

    @Test
    void aFileHasNoOtherClientsToHear() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"));
             AutoCloseable listening = ws.onOtherClientsChanges(t -> {
                 throw new AssertionError("heard " + t);
             })) {
            Fixtures.savedPlan(ws, "金昌市2022年");
        }
    }
}
