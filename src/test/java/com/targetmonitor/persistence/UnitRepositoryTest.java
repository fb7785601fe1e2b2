package com.targetmonitor.persistence;

import static com.targetmonitor.persistence.Fixtures.savedPlan;
import static com.targetmonitor.persistence.Fixtures.savedUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Responsible units: a tree through parent_id, shared by all plans. */
@ParameterizedClass
@ValueSource(strings = {TestWorkspaces.FILE, TestWorkspaces.SERVER})
class UnitRepositoryTest {

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
    void aUnitTreeWithEveryKindRoundTrips() {
        Unit city = ws.units().save(new Unit(null, "金昌市人民政府", UnitKind.CITY, null, "张市长"));
        List<Unit> saved = new ArrayList<>();
        saved.add(city);
        for (UnitKind kind : UnitKind.values()) {
            if (kind == UnitKind.CITY) {
                continue;
            }
            saved.add(ws.units().save(new Unit(null, "单位-" + kind.name(), kind, city.id(), "负责人" + kind.ordinal())));
        }
        Unit chain = saved.stream().filter(u -> u.kind() == UnitKind.CHAIN).findFirst().orElseThrow();
        Unit grandchild = ws.units().save(new Unit(null, "镍钴新材料产业链工作专班", UnitKind.OTHER, chain.id(), ""));
        saved.add(grandchild);

        ws = Fixtures.reopen(ws);

        assertThat(ws.units().findAll()).containsExactlyElementsOf(saved);
        assertThat(ws.units().findAll()).extracting(Unit::kind).containsAll(List.of(UnitKind.values()));
        assertThat(ws.units().find(grandchild.id())).contains(grandchild);
        assertThat(ws.units().find(grandchild.id()).orElseThrow().parentId()).isEqualTo(chain.id());
        assertThat(ws.units().find(city.id()).orElseThrow().parentId()).isNull();
        assertThat(ws.units().findByName("金昌市人民政府").orElseThrow().leader()).isEqualTo("张市长");
    }

    @Test
    void aUnitCanBeRenamedAndMoved() {
        Unit city = savedUnit(ws, "金昌市", UnitKind.CITY, null);
        Unit county = savedUnit(ws, "永昌县", UnitKind.COUNTY, null);
        Unit moved = new Unit(county.id(), "永昌县人民政府", UnitKind.COUNTY, city.id(), "县长");

        ws.units().save(moved);

        ws = Fixtures.reopen(ws);
        assertThat(ws.units().find(county.id())).contains(moved);
        assertThat(ws.units().findByName("永昌县")).isEmpty();
    }

    @Test
    void unitNamesAreUnique() {
        savedUnit(ws, "市发展改革委", UnitKind.DEPARTMENT, null);

        assertThatThrownBy(() -> savedUnit(ws, "市发展改革委", UnitKind.DEPARTMENT, null))
                .isInstanceOf(PersistenceException.class);
        assertThat(ws.units().findAll()).hasSize(1);
    }

    @Test
    void aUnitWithAMissingParentIsRefused() {
        assertThatThrownBy(() -> savedUnit(ws, "孤儿单位", UnitKind.OTHER, 777L))
                .isInstanceOf(PersistenceException.class);
        assertThat(ws.units().findAll()).isEmpty();
    }

    @Test
    void aUnitNamedByAnIndicatorCannotBeDeleted() {
        Plan p = savedPlan(ws, "金昌市2022年");
        Unit lead = savedUnit(ws, "市统计局", UnitKind.DEPARTMENT, null);
        Unit support = savedUnit(ws, "市工信局", UnitKind.DEPARTMENT, null);
        Indicator i = ws.indicators().save(Fixtures.fullIndicator(p.id(), null, null, lead.id(), support.id()));
        assertThat(ws.units().indicatorCount(lead.id())).isEqualTo(1);
        assertThat(ws.units().indicatorCount(support.id())).isEqualTo(1);

        assertThatThrownBy(() -> ws.units().delete(support.id()))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("referred to");

        ws = Fixtures.reopen(ws);
        assertThat(ws.units().find(support.id())).contains(support);
        assertThat(ws.indicators().find(i.id()).orElseThrow().responsibilities()).isEqualTo(i.responsibilities());
    }

    @Test
    void aUnitWithChildUnitsCannotBeDeleted() {
        Unit city = savedUnit(ws, "金昌市", UnitKind.CITY, null);
        Unit county = savedUnit(ws, "金川区", UnitKind.COUNTY, city.id());

        assertThatThrownBy(() -> ws.units().delete(city.id())).isInstanceOf(PersistenceException.class);

        assertThat(ws.units().findAll()).containsExactly(city, county);
    }

    @Test
    void aFreeUnitIsDeleted() {
        Unit city = savedUnit(ws, "金昌市", UnitKind.CITY, null);
        Unit county = savedUnit(ws, "金川区", UnitKind.COUNTY, city.id());

        ws.units().delete(county.id());
        assertThat(ws.units().indicatorCount(city.id())).isZero();
        ws.units().delete(city.id());

        assertThat(ws.units().findAll()).isEmpty();
    }
}
