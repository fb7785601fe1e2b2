package com.targetmonitor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Plan;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan form's checks, without a window. */
class PlanFormViewModelTest {

    private static final List<String> TAKEN = List.of("金昌市2022年", "金昌市2023年", "嘉峪关市2022年");

    @BeforeEach
    void chinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aNewPlanNeedsANameThatIsNotTaken() {
        PlanFormViewModel vm = new PlanFormViewModel(null, TAKEN);
        assertThat(vm.nameMessageProperty().get()).isEqualTo("名称不能为空");
        assertThat(vm.isValid()).isFalse();

        vm.nameProperty().set(" 金昌市2022年 ");
        assertThat(vm.nameMessageProperty().get()).isEqualTo("名称已被使用");
        assertThat(vm.isValid()).isFalse();

        vm.nameProperty().set("金昌市2024年");
        assertThat(vm.nameMessageProperty().get()).isEmpty();
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.toPlan().rules()).isEqualTo(RuleSet.DEFAULT);
    }

    @Test
    void theYearMustBeAPlausibleWholeNumber() {
        PlanFormViewModel vm = new PlanFormViewModel(null, TAKEN);
        vm.nameProperty().set("金昌市2024年");

        vm.yearProperty().set("二〇二四");
        assertThat(vm.yearMessageProperty().get()).isEqualTo("请输入整数");
        vm.yearProperty().set("224");
        assertThat(vm.yearMessageProperty().get()).isEqualTo("年份应在 1990 至 2100 之间");
        assertThat(vm.isValid()).isFalse();
        vm.yearProperty().set("２０２４");
        assertThat(vm.yearMessageProperty().get()).isEmpty();
        assertThat(vm.toPlan().year()).isEqualTo(2024);
    }

    @Test
    void bandsCannotBeNegativeAndTheScaleIsZeroToSix() {
        PlanFormViewModel vm = new PlanFormViewModel(null, TAKEN);
        vm.nameProperty().set("金昌市2024年");

        vm.amountBandProperty().set("-5");
        vm.rateBandProperty().set("abc");
        vm.toleranceProperty().set("");
        vm.scaleProperty().set("7");
        assertThat(vm.amountBandMessageProperty().get()).isEqualTo("请输入不小于0的数字");
        assertThat(vm.rateBandMessageProperty().get()).isEqualTo("请输入不小于0的数字");
        assertThat(vm.toleranceMessageProperty().get()).isEqualTo("请输入不小于0的数字");
        assertThat(vm.scaleMessageProperty().get()).isEqualTo("小数位数应为 0 至 6");
        assertThat(vm.isValid()).isFalse();

        vm.amountBandProperty().set("３０");
        vm.rateBandProperty().set("1.5");
        vm.toleranceProperty().set("0.30");
        vm.scaleProperty().set("1");
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.toPlan().rules()).isEqualTo(new RuleSet(new BigDecimal("30"), new BigDecimal("1.5"),
                new BigDecimal("0.30"), 1));
    }

    @Test
    void editingKeepsTheIdAllowsTheOwnNameAndKnowsWhetherAnythingChanged() {
        Plan plan = new Plan(7L, "金昌市2022年", "金昌市", 2022, "讲话",
                new RuleSet(new BigDecimal("12.5"), new BigDecimal("0.75"), new BigDecimal("0.30"), 1));
        PlanFormViewModel vm = new PlanFormViewModel(plan, TAKEN);

        assertThat(vm.isValid()).isTrue();
        assertThat(vm.title()).isEqualTo("修改计划“金昌市2022年”");
        assertThat(vm.toPlan()).isEqualTo(plan);
        assertThat(vm.isChanged()).isFalse();

        vm.nameProperty().set("金昌市2023年");
        assertThat(vm.nameMessageProperty().get()).isEqualTo("名称已被使用");
        vm.nameProperty().set("金昌市2022年（调整）");
        assertThat(vm.isChanged()).isTrue();
        assertThat(vm.toPlan().id()).isEqualTo(7L);
    }
}
