package com.targetmonitor.persistence;

import static com.targetmonitor.persistence.Fixtures.CUSTOM_RULES;
import static com.targetmonitor.persistence.Fixtures.category;
import static com.targetmonitor.persistence.Fixtures.indicator;
import static com.targetmonitor.persistence.Fixtures.plan;
import static com.targetmonitor.persistence.Fixtures.rowCount;
import static com.targetmonitor.persistence.Fixtures.savedPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Origin;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.ProgressNote;
import com.targetmonitor.model.RuleSet;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Plans with their rules and categories. */
@ParameterizedClass
@ValueSource(strings = {TestWorkspaces.FILE, TestWorkspaces.SERVER})
class PlanRepositoryTest {

    @Parameter
    String engine;


    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = TestWorkspaces.create(engine, dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aPlanWithNonDefaultRulesRoundTripsThroughTheFile() {
        Plan saved = ws.plans().save(plan("金昌市2022年"));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.rules()).isNotEqualTo(RuleSet.DEFAULT);

        ws = Fixtures.reopen(ws);

        Plan read = ws.plans().find(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.rules()).isEqualTo(CUSTOM_RULES);
        // BigDecimal equality is scale-sensitive: 0.30 must come back as 0.30, not 0.3.
        assertThat(read.rules().amountYellowBand()).isEqualTo(new BigDecimal("12.5"));
        assertThat(read.rules().aboutTolerance().scale()).isEqualTo(2);
        assertThat(read.rules().scale()).isEqualTo(1);
        assertThat(read.region()).isEqualTo("金昌市");
        assertThat(read.document()).isEqualTo("2022年市政府工作报告");
        assertThat(ws.plans().findByName("金昌市2022年")).contains(saved);
    }

    @Test
    void defaultRulesAndEmptyTextsRoundTrip() {
        Plan saved = ws.plans().save(new Plan(null, "白银市2023年", null, 2023, null, null));

        ws = Fixtures.reopen(ws);

        Plan read = ws.plans().find(saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.rules()).isEqualTo(RuleSet.DEFAULT);
        assertThat(read.region()).isEmpty();
    }

    @Test
    void findAllListsNewestYearFirstThenByName() {
        Plan b2022 = ws.plans().save(new Plan(null, "乙", "", 2022, "", null));
        Plan a2021 = ws.plans().save(new Plan(null, "甲2021", "", 2021, "", null));
        Plan a2022 = ws.plans().save(new Plan(null, "A计划", "", 2022, "", null));
        Plan c2023 = ws.plans().save(new Plan(null, "丙", "", 2023, "", null));

        assertThat(ws.plans().findAll()).containsExactly(c2023, a2022, b2022, a2021);
    }

    @Test
    void savingAPlanWithAnIdUpdatesIt() {
        Plan saved = savedPlan(ws, "金昌市2022年");
        Plan changed = new Plan(saved.id(), "金昌市2022年（修订）", "金昌", 2022, "分解通知", RuleSet.DEFAULT);

        assertThat(ws.plans().save(changed)).isEqualTo(changed);

        ws = Fixtures.reopen(ws);
        assertThat(ws.plans().findAll()).containsExactly(changed);
        assertThat(ws.plans().findByName("金昌市2022年")).isEmpty();
    }

    @Test
    void updatingAPlanThatIsGoneFails() {
        Plan saved = savedPlan(ws, "金昌市2022年");
        ws.plans().delete(saved.id());

        assertThatThrownBy(() -> ws.plans().save(saved)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("no longer exists");
        assertThat(ws.plans().findAll()).isEmpty();
    }

    @Test
    void planNamesAreUnique() {
        savedPlan(ws, "金昌市2022年");

        assertThatThrownBy(() -> savedPlan(ws, "金昌市2022年"))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("already used");
        assertThat(ws.plans().findAll()).hasSize(1);
    }

    @Test
    void categoriesRoundTripInPositionOrder() {
        Plan p = savedPlan(ws, "金昌市2022年");
        Plan other = savedPlan(ws, "其他计划");
        Category second = ws.plans().saveCategory(category(p.id(), "二、改革开放", 2));
        Category first = ws.plans().saveCategory(category(p.id(), "一、经济发展", 1));
        Category third = ws.plans().saveCategory(category(p.id(), "三、民生保障", 3));
        ws.plans().saveCategory(category(other.id(), "一、经济发展", 1));

        ws = Fixtures.reopen(ws);

        assertThat(ws.plans().categories(p.id())).containsExactly(first, second, third);
        assertThat(first.id()).isNotNull();
        assertThat(ws.plans().categories(other.id())).hasSize(1);
    }

    @Test
    void aCategoryCanBeRenamedAndMoved() {
        Plan p = savedPlan(ws, "金昌市2022年");
        Category c = ws.plans().saveCategory(category(p.id(), "一、经济发展", 1));
        Category renamed = new Category(c.id(), p.id(), "一、经济高质量发展", 5);

        ws.plans().saveCategory(renamed);

        ws = Fixtures.reopen(ws);
        assertThat(ws.plans().categories(p.id())).containsExactly(renamed);
    }

    @Test
    void categoryNamesAreUniqueWithinAPlan() {
        Plan p = savedPlan(ws, "金昌市2022年");
        ws.plans().saveCategory(category(p.id(), "一、经济发展", 1));

        assertThatThrownBy(() -> ws.plans().saveCategory(category(p.id(), "一、经济发展", 2)))
                .isInstanceOf(PersistenceException.class);
        assertThat(ws.plans().categories(p.id())).hasSize(1);
    }

    @Test
    void deletingACategoryKeepsItsIndicatorsWithoutCategory() {
        Plan p = savedPlan(ws, "金昌市2022年");
        Category c = ws.plans().saveCategory(category(p.id(), "一、经济发展", 1));
        Indicator i = ws.indicators().save(indicator(p.id(), "地区生产总值").withPlacement(p.id(), c.id(), null));

        ws.plans().deleteCategory(c.id());

        assertThat(ws.plans().categories(p.id())).isEmpty();
        assertThat(ws.indicators().find(i.id())).contains(i.withPlacement(p.id(), null, null));
    }

    @Test
    void deletingAPlanCascadesToCategoriesIndicatorsAndObservations() {
        Plan p = savedPlan(ws, "金昌市2022年");
        Plan kept = savedPlan(ws, "保留的计划");
        Category c = ws.plans().saveCategory(category(p.id(), "一、经济发展", 1));
        Indicator parent = ws.indicators().save(indicator(p.id(), "固定资产投资").withPlacement(p.id(), c.id(), null));
        Indicator child = ws.indicators().save(Fixtures.child(p.id(), parent.id(), "其中：工业投资"));
        ws.observations().save(Observation.of(parent.id(), Period.month(2022, 6), 50));
        ws.observations().save(Observation.of(child.id(), Period.month(2022, 6), 20));
        Indicator keptIndicator = ws.indicators().save(indicator(kept.id(), "保留指标"));
        ws.observations().save(Observation.of(keptIndicator.id(), Period.month(2022, 6), 1));

        ws.plans().delete(p.id());

        ws = Fixtures.reopen(ws);
        assertThat(ws.plans().findAll()).containsExactly(kept);
        assertThat(ws.plans().categories(p.id())).isEmpty();
        assertThat(ws.indicators().findByPlan(p.id())).isEmpty();
        assertThat(ws.indicators().find(child.id())).isEmpty();
        assertThat(ws.observations().findByIndicator(parent.id())).isEmpty();
        assertThat(ws.observations().findByIndicator(child.id())).isEmpty();
        assertThat(rowCount(ws, "category")).isZero();
        assertThat(rowCount(ws, "indicator")).isEqualTo(1);
        assertThat(rowCount(ws, "observation")).isEqualTo(1);
    }

    @Test
    void deletingAPlanWithImportedObservationsCascades() {
        Plan p = savedPlan(ws, "金昌市2022年");
        Indicator i = ws.indicators().save(indicator(p.id(), "社会消费品零售总额"));
        long batch = Fixtures.insertImportBatch(ws, p.id());
        ws.observations().save(new Observation(null, i.id(), Period.month(2022, 6), 88.0, 5.1,
                ProgressNote.EMPTY, Origin.importBatch(batch), ""));

        ws.plans().delete(p.id());

        assertThat(ws.plans().findAll()).isEmpty();
        assertThat(rowCount(ws, "indicator")).isZero();
        assertThat(rowCount(ws, "observation")).isZero();
        assertThat(rowCount(ws, "import_batch")).isZero();
    }
}
