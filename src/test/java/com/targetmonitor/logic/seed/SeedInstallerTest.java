package com.targetmonitor.logic.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedInstallerTest {

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceHoldsTheThreeSeedPlansWithEveryFigureSourced() {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            assertThat(ws.plans().findAll()).extracting(Plan::name)
                    .containsExactlyInAnyOrder("金昌市2022年", "金昌市2023年", "嘉峪关市2022年");
            for (Plan plan : ws.plans().findAll()) {
                List<Indicator> indicators = ws.indicators().findByPlan(plan.id());
                assertThat(indicators).as(plan.name()).hasSizeGreaterThan(15);
                for (Indicator i : indicators) {
                    assertThat(i.source().sentence()).as(plan.name() + " " + i.name()).isNotBlank();
                    assertThat(i.source().document()).isEqualTo(plan.document());
                    if (i.kind() == IndicatorKind.MILESTONE) {
                        assertThat(i.target().deadline()).as(i.name()).isNotNull();
                    }
                }
                ws.observations().findByPlan(plan.id()).values().stream().flatMap(List::stream)
                        .forEach(o -> assertThat(o.sourceSentence()).as(o.toString()).isNotBlank());
            }
        }
    }

    @Test
    void theCompletionRateOnlyFigureSaysHowItIsHeld() {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            Plan plan = ws.plans().findByName("金昌市2022年").orElseThrow();
            Indicator investment = ws.indicators().findByPlan(plan.id()).stream()
                    .filter(i -> i.name().contains("年度计划投资")).findFirst().orElseThrow();
            assertThat(investment.target().value()).isEqualTo(100.0);
            assertThat(investment.source().note()).contains("37.3");
            List<Observation> values = ws.observations().findByIndicator(investment.id());
            assertThat(values).singleElement().satisfies(o -> assertThat(o.value()).isEqualTo(37.3));
        }
    }

    @Test
    void installingAgainChangesNothing() {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb"))) {
            int indicators = ws.plans().findAll().stream().mapToInt(p -> ws.indicators().findByPlan(p.id()).size()).sum();
            assertThat(new SeedInstaller(ws).installBundled()).isEmpty();
            assertThat(ws.plans().findAll().stream().mapToInt(p -> ws.indicators().findByPlan(p.id()).size()).sum())
                    .isEqualTo(indicators);
        }
    }

    @Test
    void aSeedNamingAnUnknownUnitFailsAndWritesNothing() {
        String yaml = """
                plan: {name: 测试市2022年, region: 测试市, year: 2022, document: 测试}
                units: [{name: 测试市, kind: CITY}]
                categories:
                  - name: 一、经济发展
                    indicators:
                      - {code: "1", name: 指标甲, kind: AMOUNT, target: 10, source: 句子}
                      - {code: "2", name: 指标乙, kind: AMOUNT, target: 10, lead: 不存在的单位, source: 句子}
                """;
        SeedFile file = new SeedReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t.yaml");
        try (Workspace ws = Workspace.create(dir.resolve("empty.tmdb"))) {
            assertThatThrownBy(() -> new SeedInstaller(ws).install(file))
                    .isInstanceOf(SeedException.class).hasMessageContaining("不存在的单位");
            assertThat(ws.plans().findAll()).isEmpty();
            assertThat(ws.units().findAll()).isEmpty();
        }
    }

    @Test
    void anUnknownKeyInASeedIsAnError() {
        String yaml = "plan: {name: 测试, year: 2022, documnet: typo}\n";
        assertThatThrownBy(() -> new SeedReader().read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "typo.yaml"))
                .isInstanceOf(SeedException.class).hasMessageContaining("typo.yaml").hasMessageContaining("documnet");
    }
}
