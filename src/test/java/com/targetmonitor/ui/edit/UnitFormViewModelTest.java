package com.targetmonitor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.ui.I18n;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The unit form's checks, without a window. */
class UnitFormViewModelTest {

    private final Unit city = new Unit(1L, "金昌市", UnitKind.CITY, null, "");
    private final Unit county = new Unit(2L, "永昌县", UnitKind.COUNTY, 1L, "县长");
    private final Unit ndrc = new Unit(3L, "金昌市发展改革委", UnitKind.DEPARTMENT, 1L, "");
    private final List<Unit> all = List.of(city, county, ndrc);

    @BeforeEach
    void chinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aNewUnitNeedsAFreeName() {
        UnitFormViewModel vm = new UnitFormViewModel(null, all, Set.of());
        assertThat(vm.nameMessageProperty().get()).isEqualTo("名称不能为空");

        vm.nameProperty().set("永昌县");
        assertThat(vm.nameMessageProperty().get()).isEqualTo("名称已被使用");
        assertThat(vm.isValid()).isFalse();

        vm.nameProperty().set("金昌市教育局");
        vm.parentProperty().set(city);
        vm.kindProperty().set(UnitKind.DEPARTMENT);
        assertThat(vm.isValid()).isTrue();
        assertThat(vm.toUnit()).isEqualTo(new Unit(null, "金昌市教育局", UnitKind.DEPARTMENT, 1L, ""));
        assertThat(vm.parentChoices()).containsExactly(null, city, county, ndrc);
    }

    @Test
    void aUnitCannotBeMovedBelowItselfOrItsOwnUnits() {
        UnitFormViewModel vm = new UnitFormViewModel(city, all, Set.of(1L, 2L, 3L));

        assertThat(vm.parentChoices()).containsExactly((Unit) null);
        assertThat(vm.nameMessageProperty().get()).isEmpty();
        assertThat(vm.isChanged()).isFalse();
    }

    @Test
    void editingShowsTheStoredUnit() {
        UnitFormViewModel vm = new UnitFormViewModel(county, all, Set.of(2L));

        assertThat(vm.nameProperty().get()).isEqualTo("永昌县");
        assertThat(vm.parentProperty().get()).isEqualTo(city);
        assertThat(vm.leaderProperty().get()).isEqualTo("县长");
        assertThat(vm.title()).isEqualTo("修改责任单位“永昌县”");
        vm.leaderProperty().set("新县长");
        assertThat(vm.toUnit()).isEqualTo(new Unit(2L, "永昌县", UnitKind.COUNTY, 1L, "新县长"));
    }
}
