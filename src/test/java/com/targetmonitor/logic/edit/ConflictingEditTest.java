package com.targetmonitor.logic.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.entry.ActualsEdits;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two officers on one workspace (two Workspace objects on one SQLite file, or two clients of one
 * PostgreSQL database): an edit of a value or note the other changed since it was shown overwrites
 * nothing and says both values; an edit of what is still as shown lands.
 */
@ParameterizedClass
@ValueSource(strings = {"file", "server"})
class ConflictingEditTest {

    @Parameter
    String engine;

    @TempDir
    Path dir;

    private Workspace mine;
    private Workspace theirs;
    private long jobs;
    private final Period june = Period.month(2022, 6);

    @BeforeEach
    void open() {
        String address = engine.equals("file") ? dir.resolve("ws.tmdb").toString()
                : TestPostgres.freshDatabase().address();
        if (engine.equals("file")) {
            Workspace.create(Path.of(address)).close();  // a new file's identity reaches its header at close
        }
        mine = Workspace.openAddress(address);
        theirs = Workspace.openAddress(address);
        Plan plan = mine.plans().save(new Plan(null, "金昌市2022年", "金昌市", 2022, "", RuleSet.DEFAULT));
        jobs = mine.indicators().save(new Indicator(null, plan.id(), null, null, "", "城镇新增就业", "万人",
                IndicatorKind.AMOUNT, Frequency.MONTHLY, Target.of(100, Qualifier.AT_LEAST), Source.NONE, List.of(),
                null, 0)).id();
        mine.observations().save(Observation.of(jobs, june, 40));
    }

    @AfterEach
    void close() {
        theirs.close();
        mine.close();
    }

    @Test
    void aValueChangedByTheOtherSinceItWasShownIsAConflictThatOverwritesNothing() {
        Double shown = mine.observations().find(jobs, june).orElseThrow().value();
        new EditHistory(theirs).execute(new ActualsEdits(theirs).setValue("录入", jobs, june, 40.0, 45.0).orElseThrow());
        EditHistory history = new EditHistory(mine);

        ObservationEdit edit = new ActualsEdits(mine).setValue("录入", jobs, june, shown, 50.0).orElseThrow();
        assertThatThrownBy(() -> history.execute(edit)).isInstanceOfSatisfying(EditConflictException.class, c -> {
            assertThat(c.myValue()).isEqualTo(50.0);
            assertThat(c.theirValue()).isEqualTo(45.0);
            assertThat(c.aboutNote()).isFalse();
        });

        assertThat(theirs.observations().find(jobs, june).orElseThrow().value()).isEqualTo(45.0);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void keepingMineKnowinglyWritesItFromTheValueNowShown() {
        new EditHistory(theirs).execute(new ActualsEdits(theirs).setValue("录入", jobs, june, 40.0, 45.0).orElseThrow());
        EditHistory history = new EditHistory(mine);
        assertThatThrownBy(() -> history.execute(new ActualsEdits(mine).setValue("录入", jobs, june, 40.0, 50.0)
                .orElseThrow())).isInstanceOf(EditConflictException.class);

        history.execute(new ActualsEdits(mine).setValue("录入", jobs, june, 45.0, 50.0).orElseThrow());

        assertThat(theirs.observations().find(jobs, june).orElseThrow().value()).isEqualTo(50.0);
        history.undo();
        assertThat(theirs.observations().find(jobs, june).orElseThrow().value()).isEqualTo(45.0);
    }

    @Test
    void anEditOfAValueStillAsShownLands() {
        // The other changed another period: no conflict here.
        new EditHistory(theirs).execute(new ActualsEdits(theirs).setValue("录入", jobs, Period.month(2022, 7), null,
                48.0).orElseThrow());

        new EditHistory(mine).execute(new ActualsEdits(mine).setValue("录入", jobs, june, 40.0, 41.0).orElseThrow());

        assertThat(theirs.observations().find(jobs, june).orElseThrow().value()).isEqualTo(41.0);
        assertThat(theirs.observations().find(jobs, Period.month(2022, 7)).orElseThrow().value()).isEqualTo(48.0);
    }

    @Test
    void twoOfficersFillingAnEmptyCellAtOnceDoNotBothLand() {
        Period july = Period.month(2022, 7);
        new EditHistory(theirs).execute(new ActualsEdits(theirs).setValue("录入", jobs, july, null, 48.0).orElseThrow());

        assertThatThrownBy(() -> new EditHistory(mine).execute(new ActualsEdits(mine).setValue("录入", jobs, july, null,
                47.0).orElseThrow())).isInstanceOfSatisfying(EditConflictException.class,
                c -> assertThat(c.theirValue()).isEqualTo(48.0));
        assertThat(theirs.observations().find(jobs, july).orElseThrow().value()).isEqualTo(48.0);
    }

    @Test
    void clearingAValueTheOtherChangedIsAConflict() {
        new EditHistory(theirs).execute(new ActualsEdits(theirs).setValue("录入", jobs, june, 40.0, 45.0).orElseThrow());

        assertThatThrownBy(() -> new EditHistory(mine).execute(new ActualsEdits(mine).setValue("清除", jobs, june, 40.0,
                null).orElseThrow())).isInstanceOf(EditConflictException.class);
        assertThat(theirs.observations().find(jobs, june)).isPresent();
    }

    @Test
    void aNoteChangedByTheOtherSinceItWasShownIsAConflict() {
        ProgressNote theirNote = new ProgressNote("项目开工", "", "");
        new EditHistory(theirs).execute(new ActualsEdits(theirs).setNote("说明", jobs, june, ProgressNote.EMPTY,
                theirNote).orElseThrow());
        ProgressNote myNote = new ProgressNote("招聘会三场", "", "");

        assertThatThrownBy(() -> new EditHistory(mine).execute(new ActualsEdits(mine).setNote("说明", jobs, june,
                ProgressNote.EMPTY, myNote).orElseThrow())).isInstanceOfSatisfying(EditConflictException.class, c -> {
                    assertThat(c.aboutNote()).isTrue();
                    assertThat(c.myNote()).isEqualTo(myNote);
                    assertThat(c.theirNote()).isEqualTo(theirNote);
                });
        assertThat(theirs.observations().find(jobs, june).orElseThrow().note()).isEqualTo(theirNote);

        new EditHistory(mine).execute(new ActualsEdits(mine).setNote("说明", jobs, june, theirNote, myNote)
                .orElseThrow());
        assertThat(theirs.observations().find(jobs, june).orElseThrow().note()).isEqualTo(myNote);
        assertThat(theirs.observations().find(jobs, june).orElseThrow().value()).isEqualTo(40.0);
    }
}
