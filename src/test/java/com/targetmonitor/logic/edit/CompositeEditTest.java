package com.targetmonitor.logic.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several edits as one undo step: applied in order, reverted in reverse, stored whole or not at all. */
class CompositeEditTest {

    @TempDir
    Path tempDir;

    @Test
    void appliesInOrderAndRevertsInReverse() {
        List<String> log = new ArrayList<>();
        CompositeEdit edit = new CompositeEdit("both", List.of(logging("a", log), logging("b", log)));

        edit.apply(null);
        edit.revert(null);

        assertThat(log).containsExactly("apply a", "apply b", "revert b", "revert a");
        assertThat(edit.description()).isEqualTo("both");
    }

    @Test
    void needsAPart() {
        assertThatThrownBy(() -> new CompositeEdit("none", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isOneStepOfTheHistoryAndAllOrNothing() {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w.tmdb"))) {
            long planId = ws.plans().findByName("金昌市2022年").orElseThrow().id();
            List<Indicator> indicators = ws.indicators().findByPlan(planId);
            long a = indicators.get(0).id();
            long b = indicators.get(1).id();
            Period july = Period.month(2022, 7);
            EditHistory history = new EditHistory(ws);

            history.execute(new CompositeEdit("paste", List.of(
                    ObservationEdit.replace(ws, "", a, july, Observation.of(a, july, 1)),
                    ObservationEdit.replace(ws, "", b, july, Observation.of(b, july, 2)))));
            assertThat(ws.observations().find(b, july)).isPresent();

            history.undo();
            assertThat(ws.observations().find(a, july)).isEmpty();
            assertThat(ws.observations().find(b, july)).isEmpty();
            assertThat(history.canUndo()).isFalse();

            Edit failing = new Edit() {
                @Override
                public String description() {
                    return "fails";
                }

                @Override
                public void apply(Workspace workspace) {
                    throw new IllegalStateException("disk full");
                }

                @Override
                public void revert(Workspace workspace) {
                }
            };
            assertThatThrownBy(() -> history.execute(new CompositeEdit("paste", List.of(
                    ObservationEdit.replace(ws, "", a, july, Observation.of(a, july, 1)), failing))))
                    .hasMessageContaining("disk full");
            assertThat(ws.observations().find(a, july)).isEmpty();
        }
    }

    private static Edit logging(String name, List<String> log) {
        return new Edit() {
            @Override
            public String description() {
                return name;
            }

            @Override
            public void apply(Workspace workspace) {
                log.add("apply " + name);
            }

            @Override
            public void revert(Workspace workspace) {
                log.add("revert " + name);
            }
        };
    }
}
