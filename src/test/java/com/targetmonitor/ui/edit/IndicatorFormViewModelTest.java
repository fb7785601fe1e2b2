package com.targetmonitor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Category;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator form's checks and conversion, without a window. */
class IndicatorFormViewModelTest {

    private final Category economy = new Category(10L, 1L, "一、经济发展", 0);
    private final Unit ndrc = new Unit(3L, "金昌市发展改革委", UnitKind.DEPARTMENT, null, "");
    private final Unit stats = new Unit(4L, "金昌市统计局", UnitKind.DEPARTMENT, null, "");
    private final IndicatorChoices choices = new IndicatorChoices(1L, List.of(economy), List.of(),
            List.of(ndrc, stats), List.of("1.01", "1.02"));
    private IndicatorFormViewModel vm;

    @BeforeEach
    void newForm() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        vm = IndicatorFormViewModel.forNew(choices, economy.id(), null, 4);
        vm.text().nameProperty().set("城镇新增就业");
    }

    @Test
    void theTargetMustBeANumber() {
        vm.text().targetProperty().set("abc");
        assertThat(vm.targetMessageProperty().get()).isEqualTo("请输入数字");
        assertThat(vm.isValid()).isFalse();

        vm.text().targetProperty().set("9,500");
        assertThat(vm.targetMessageProperty().get()).isEmpty();
        assertThat(vm.toIndicator().target().value()).isEqualTo(9500.0);
        vm.text().targetProperty().set("１２３");
        assertThat(vm.toIndicator().target().value()).isEqualTo(123.0);
    }

    /** The one reader (ADR 0014): the field's own unit may follow the number, another unit or an estimate may not. */
    @Test
    void theTargetMayCarryTheUnitOfMeasureButNoOtherAndNoEstimate() {
        vm.text().targetProperty().set("9500人");
        assertThat(vm.targetMessageProperty().get()).isEqualTo("请按计量单位填写数字，不要带其他单位");
        vm.text().unitOfMeasureProperty().set("人");
        assertThat(vm.targetMessageProperty().get()).isEmpty();
        assertThat(vm.toIndicator().target().value()).isEqualTo(9500.0);

        vm.text().targetProperty().set("约9500");
        assertThat(vm.targetMessageProperty().get()).isEqualTo("请填写确切的数字，不要带“约”“左右”“以上”等字样");
        vm.text().targetProperty().set("—");
        assertThat(vm.targetMessageProperty().get()).isEmpty();
        assertThat(vm.toIndicator().target().value()).isNull();
    }

    @Test
    void amountsAndCountsCannotBeNegativeButAGrowthRateCan() {
        vm.kindProperty().set(IndicatorKind.COUNT);
        vm.text().targetProperty().set("-5");
        assertThat(vm.targetMessageProperty().get()).isEqualTo("目标值不能为负数");
        assertThat(vm.isValid()).isFalse();

        vm.kindProperty().set(IndicatorKind.GROWTH_RATE);
        assertThat(vm.targetMessageProperty().get()).isEmpty();
        assertThat(vm.toIndicator().target().value()).isEqualTo(-5.0);
    }

    @Test
    void aPercentIsARateAndOnlyARate() {
        vm.kindProperty().set(IndicatorKind.AMOUNT);
        vm.text().targetProperty().set("8%");
        assertThat(vm.targetMessageProperty().get()).isEqualTo("只有增速和水平类指标可以带百分号");

        vm.kindProperty().set(IndicatorKind.GROWTH_RATE);
        assertThat(vm.targetMessageProperty().get()).isEmpty();
        assertThat(vm.toIndicator().target().value()).isEqualTo(8.0);
    }

    @Test
    void theCodeMustNotBeUsedByAnotherIndicatorAndTheNameIsRequired() {
        vm.text().codeProperty().set("1.02");
        assertThat(vm.codeMessageProperty().get()).isEqualTo("编码已被使用");
        vm.text().codeProperty().set("1.03");
        assertThat(vm.codeMessageProperty().get()).isEmpty();

        vm.text().nameProperty().set("   ");
        assertThat(vm.nameMessageProperty().get()).isEqualTo("名称不能为空");
        assertThat(vm.isValid()).isFalse();
    }

    @Test
    void theDeadlineIsADateAndAMilestoneNeedsOne() {
        vm.text().deadlineProperty().set("2022/3/31");
        assertThat(vm.deadlineMessageProperty().get()).isEqualTo("截止日期格式应为 YYYY-MM-DD");
        vm.text().deadlineProperty().set("2022-02-30");
        assertThat(vm.deadlineMessageProperty().get()).isEqualTo("截止日期格式应为 YYYY-MM-DD");
        vm.text().deadlineProperty().set("3022-03-31");
        assertThat(vm.deadlineMessageProperty().get()).isEqualTo("年份应在 1990 至 2100 之间");

        vm.kindProperty().set(IndicatorKind.MILESTONE);
        vm.text().deadlineProperty().set("");
        assertThat(vm.deadlineMessageProperty().get()).isEqualTo("节点任务需要截止日期");
        vm.text().deadlineProperty().set("２０２２-3-31");
        assertThat(vm.deadlineMessageProperty().get()).isEmpty();
        assertThat(vm.toIndicator().target().deadline()).isEqualTo(LocalDate.of(2022, 3, 31));
    }

    @Test
    void theStretchTargetMustBeBetterThanTheTargetInTheIndicatorsDirection() {
        vm.text().targetProperty().set("1000");
        vm.text().stretchProperty().set("900");
        assertThat(vm.stretchMessageProperty().get()).isEqualTo("力争目标应好于确保目标");

        vm.qualifierProperty().set(Qualifier.AT_MOST);
        assertThat(vm.directionProperty().get()).isEqualTo(Direction.LOWER_BETTER);
        assertThat(vm.stretchMessageProperty().get()).isEmpty();
        assertThat(vm.isValid()).isTrue();
    }

    @Test
    void theLeadUnitIsNotAlsoASupportingUnit() {
        vm.leadProperty().set(ndrc);
        vm.supportUnits().setAll(ndrc, stats);
        assertThat(vm.supportMessageProperty().get()).isEqualTo("牵头单位不必再列为配合单位");

        vm.supportUnits().setAll(stats);
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.toIndicator().responsibilities()).containsExactly(
                new Responsibility(3L, ResponsibilityRole.LEAD), new Responsibility(4L, ResponsibilityRole.SUPPORT));
        assertThat(vm.toIndicator().categoryId()).isEqualTo(10L);
        assertThat(vm.toIndicator().position()).isEqualTo(4);
    }

    @Test
    void everySeededIndicatorComesBackUnchangedThroughTheForm(@TempDir Path dir) {
        try (Session session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")))) {
            Workspace ws = session.workspace();
            int seen = 0;
            for (Plan plan : ws.plans().findAll()) {
                for (Indicator indicator : ws.indicators().findByPlan(plan.id())) {
                    IndicatorFormViewModel form = IndicatorFormViewModel.forEdit(
                            IndicatorChoiceReader.read(session, plan.id(), indicator), indicator);
                    assertThat(form.isValid()).as("%s %s", indicator.code(), indicator.name()).isTrue();
                    assertThat(form.toIndicator()).isEqualTo(indicator);
                    assertThat(form.isChanged()).isFalse();
                    seen++;
                }
            }
            assertThat(seen).isGreaterThan(50);
        }
    }
}
