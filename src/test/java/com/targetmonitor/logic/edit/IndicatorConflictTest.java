package com.targetmonitor.logic.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.persistence.ChangeEntry;
import com.targetmonitor.persistence.NotPermittedException;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two officers open the same indicator (two Workspace objects on one SQLite file, or two clients of one
 * PostgreSQL database): the second to save from what they were shown overwrites nothing, is told what
 * is stored now, and may then write theirs knowingly; a save of an indicator still as shown lands; of two
 * saves crossing at the same moment exactly one lands (the row is held from the comparison to the write).
 */
@ParameterizedClass
@ValueSource(strings = {"file", "server"})
class IndicatorConflictTest {

    @Parameter
    String engine;

    @TempDir
    Path dir;

    private Workspace a;
    private Workspace b;
    private long planId;
    private Indicator investment;
    private Indicator part;
    private Unit ndrc;
    private Unit industry;

    @BeforeEach
    void open() {
        String address = engine.equals("file") ? dir.resolve("ws.tmdb").toString()
                : TestPostgres.freshDatabase().address();
        if (engine.equals("file")) {
            Workspace.create(Path.of(address)).close();
        }
        a = Workspace.openAddress(address);
        b = Workspace.openAddress(address);
        planId = a.plans().save(new Plan(null, "嘉峪关市2022年", "嘉峪关市", 2022, "", RuleSet.DEFAULT)).id();
        ndrc = a.units().save(new Unit(null, "市发展改革委", UnitKind.DEPARTMENT, null, ""));
        industry = a.units().save(new Unit(null, "市工信局", UnitKind.DEPARTMENT, null, ""));
        investment = a.indicators().save(indicator(null, "招商引资到位资金", 60, ndrc));
        part = a.indicators().save(indicator(investment.id(), "其中：新材料产业链", 10, industry));
        a.observations().save(Observation.of(investment.id(), Period.month(2022, 6), 31));
    }

    private Indicator indicator(Long parentId, String name, double target, Unit lead) {
        return new Indicator(null, planId, null, parentId, "", name, "亿元", IndicatorKind.AMOUNT, Frequency.MONTHLY,
                Target.of(target, Qualifier.AT_LEAST), Source.NONE,
                List.of(new Responsibility(lead.id(), ResponsibilityRole.LEAD)), null, parentId == null ? 0 : 1);
    }

    @AfterEach
    void close() {
        b.close();
        a.close();
    }

    private static Indicator withTarget(Indicator i, double value) {
        return i.withTarget(Target.of(value, i.target().qualifier()));
    }

    private List<ChangeEntry> targetHistory(long indicatorId) {
        return a.changes().find(planId, indicatorId, null).stream()
                .filter(e -> e.field().equals("target_value")).toList();
    }

    @Test
    void theSecondSaveFromTheOldIndicatorIsAConflictThatOverwritesNothing() {
        Indicator shownToA = a.indicators().find(investment.id()).orElseThrow();
        Indicator shownToB = b.indicators().find(investment.id()).orElseThrow();
        new EditHistory(a).execute(new EditService(a).updateIndicator("改目标", shownToA, withTarget(shownToA, 65)));
        EditHistory bHistory = new EditHistory(b);

        Indicator typedByB = withTarget(shownToB, 70);
        assertThatThrownBy(() -> bHistory.execute(new EditService(b).updateIndicator("改目标", shownToB, typedByB)))
                .isInstanceOfSatisfying(IndicatorConflictException.class, c -> {
                    assertThat(c.mine()).contains(typedByB);
                    assertThat(c.stored().orElseThrow().target().value()).isEqualTo(65.0);
                    assertThat(c.differing()).containsExactly(IndicatorField.TARGET);
                });

        assertThat(b.indicators().find(investment.id()).orElseThrow().target().value()).isEqualTo(65.0);
        assertThat(targetHistory(investment.id())).singleElement()
                .satisfies(e -> assertThat(Double.parseDouble(e.newValue())).isEqualTo(65.0));
        assertThat(bHistory.canUndo()).isFalse();
    }

    @Test
    void keepingMineKnowinglyWritesItOverTheStoredOneAndUndoPutsTheirsBack() {
        Indicator shownToB = b.indicators().find(investment.id()).orElseThrow();
        Indicator theirs = withTarget(investment, 65);
        new EditHistory(a).execute(new EditService(a).updateIndicator("改目标", investment, theirs));
        EditHistory bHistory = new EditHistory(b);
        Indicator mine = withTarget(shownToB, 70);
        IndicatorConflictException conflict = assertThrows(
                IndicatorConflictException.class,
                () -> bHistory.execute(new EditService(b).updateIndicator("改目标", shownToB, mine)));

        bHistory.execute(new EditService(b).updateIndicator("改目标", conflict.stored().orElseThrow(), mine));

        assertThat(a.indicators().find(investment.id())).contains(mine);
        assertThat(targetHistory(investment.id())).extracting(e -> Double.parseDouble(e.newValue()))
                .containsExactly(65.0, 70.0);
        bHistory.undo();
        assertThat(a.indicators().find(investment.id())).contains(theirs);
    }

    @Test
    void aSaveOfAnIndicatorStillAsShownLandsAndUndoes() {
        // The other changed another indicator (the part) and a value: no conflict for the whole.
        new EditHistory(a).execute(new EditService(a).updateIndicator("改分解", part, withTarget(part, 12)));
        Indicator shown = b.indicators().find(investment.id()).orElseThrow();
        EditHistory bHistory = new EditHistory(b);

        bHistory.execute(new EditService(b).updateIndicator("改目标", shown, withTarget(shown, 66)));

        assertThat(a.indicators().find(investment.id()).orElseThrow().target().value()).isEqualTo(66.0);
        assertThat(a.indicators().find(part.id()).orElseThrow().target().value()).isEqualTo(12.0);
        bHistory.undo();
        assertThat(a.indicators().find(investment.id())).contains(shown);
    }

    @Test
    void aDecomposedPartsLeadUnitChangedByTheOtherIsAConflictNamingIt() {
        Indicator shownToB = b.indicators().find(part.id()).orElseThrow();
        Indicator theirs = new Indicator(part.id(), planId, null, investment.id(), "", part.name(), "亿元",
                IndicatorKind.AMOUNT, Frequency.MONTHLY, part.target(), Source.NONE,
                List.of(new Responsibility(ndrc.id(), ResponsibilityRole.LEAD)), null, 1);
        new EditHistory(a).execute(new EditService(a).updateIndicator("改单位", part, theirs));

        assertThatThrownBy(() -> new EditHistory(b).execute(new EditService(b).updateIndicator("改目标", shownToB,
                withTarget(shownToB, 11)))).isInstanceOfSatisfying(IndicatorConflictException.class,
                c -> assertThat(c.differing()).containsExactly(IndicatorField.TARGET, IndicatorField.LEAD));
        assertThat(a.indicators().find(part.id())).contains(theirs);
    }

    @Test
    void anIndicatorDeletedByTheOtherIsAConflictWithNothingStored() {
        Indicator shownToB = b.indicators().find(part.id()).orElseThrow();
        new EditHistory(a).execute(new EditService(a).deleteIndicator("删除", part.id()));

        assertThatThrownBy(() -> new EditHistory(b).execute(new EditService(b).updateIndicator("改目标", shownToB,
                withTarget(shownToB, 11)))).isInstanceOfSatisfying(IndicatorConflictException.class,
                c -> assertThat(c.stored()).isEmpty());
        assertThat(a.indicators().find(part.id())).isEmpty();
    }

    @Test
    void deletingAnIndicatorTheOtherChangedIsAConflictThatDeletesNothing() {
        Indicator shownToB = b.indicators().find(investment.id()).orElseThrow();
        new EditHistory(a).execute(new EditService(a).updateIndicator("改名", investment,
                new Indicator(investment.id(), planId, null, null, "", "招商引资到位资金（省外）", "亿元",
                        IndicatorKind.AMOUNT, Frequency.MONTHLY, investment.target(), Source.NONE,
                        investment.responsibilities(), null, 0)));
        EditHistory bHistory = new EditHistory(b);

        assertThatThrownBy(() -> bHistory.execute(new EditService(b).deleteIndicator("删除", shownToB)))
                .isInstanceOfSatisfying(IndicatorConflictException.class, c -> {
                    assertThat(c.mine()).isEmpty();
                    assertThat(c.differing()).containsExactly(IndicatorField.NAME);
                });
        assertThat(a.indicators().findByPlan(planId)).hasSize(2);
        assertThat(a.observations().findByIndicator(investment.id())).hasSize(1);

        // Deleting knowingly, from what is stored now, takes it with its part and value; undo brings all back.
        Indicator stored = b.indicators().find(investment.id()).orElseThrow();
        bHistory.execute(new EditService(b).deleteIndicator("删除", stored));
        assertThat(a.indicators().findByPlan(planId)).isEmpty();
        bHistory.undo();
        assertThat(a.indicators().find(investment.id())).contains(stored);
        assertThat(a.indicators().find(part.id())).contains(part);
        assertThat(a.observations().findByIndicator(investment.id())).hasSize(1);
    }

    @Test
    void ofTwoCrossingSavesFromTheSameIndicatorExactlyOneLands() throws Exception {
        for (int round = 0; round < 5; round++) {
            Indicator shown = a.indicators().find(investment.id()).orElseThrow();
            double base = shown.target().value();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> saves = List.of(a, b).stream().map(ws -> two.submit(() -> {
                    Edit edit = new EditService(ws).updateIndicator("改目标", shown,
                            withTarget(shown, base + (ws == a ? 1 : 2)));
                    start.await();
                    try {
                        new EditHistory(ws).execute(edit);
                        return true;
                    } catch (IndicatorConflictException conflict) {
                        return false;
                    }
                })).toList();
                List<Boolean> landed = List.of(saves.get(0).get(), saves.get(1).get());
                assertThat(landed).containsExactlyInAnyOrder(true, false);
                double stored = a.indicators().find(investment.id()).orElseThrow().target().value();
                assertThat(stored).isEqualTo(base + (landed.get(0) ? 1 : 2));
            } finally {
                two.shutdown();
            }
        }
    }

    @Test
    void onAServerAnAdminAccountSavesGuardedAndAnEditorIsRefusedAsBefore() {
        assumeTrue(engine.equals("server"));
        TestPostgres.Database db = TestPostgres.freshDatabase();
        try (Workspace owner = Workspace.openAddress(db.address())) {
            long plan = owner.plans().save(new Plan(null, "金昌市2022年", "金昌市", 2022, "", RuleSet.DEFAULT)).id();
            owner.indicators().save(new Indicator(null, plan, null, null, "", "城镇新增就业", "人", IndicatorKind.AMOUNT,
                    Frequency.MONTHLY, Target.of(9500, Qualifier.AT_LEAST), Source.NONE, List.of(), null, 0));
            owner.accounts().add("adm_" + db.name(), "pw-a", "admin", null);
            owner.accounts().add("ed_" + db.name(), "pw-e", "editor", null);
        }
        try (Workspace admin = Workspace.openAddress(db.addressAs("adm_" + db.name(), "pw-a"));
             Workspace editor = Workspace.openAddress(db.addressAs("ed_" + db.name(), "pw-e"))) {
            Indicator shownToEditor = editor.indicators().findByPlan(admin.plans().findAll().get(0).id()).get(0);
            Indicator shown = admin.indicators().find(shownToEditor.id()).orElseThrow();
            new EditHistory(admin).execute(new EditService(admin).updateIndicator("改目标", shown, withTarget(shown, 9800)));
            assertThat(editor.indicators().find(shown.id()).orElseThrow().target().value()).isEqualTo(9800.0);

            assertThatThrownBy(() -> new EditHistory(editor).execute(new EditService(editor).updateIndicator("改目标",
                    shownToEditor, withTarget(shownToEditor, 9900))))
                    .isInstanceOf(NotPermittedException.class);
            assertThat(admin.indicators().find(shown.id()).orElseThrow().target().value()).isEqualTo(9800.0);
        }
    }
}
