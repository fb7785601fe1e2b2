package com.targetmonitor.logic.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.imports.ImportHistory;
import com.targetmonitor.logic.extract.read.DocumentReader;
import com.targetmonitor.logic.seed.SeedInstaller;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading documents into a real SQLite workspace: create or update, write progress, undo as one import. */
class DocumentImporterTest {

    @TempDir
    Path dir;

    @Test
    void aNewPlanFromADocumentAndItsUndo() {
        SourceDocument doc = DocumentReader.read(CorpusTest.CORPUS.resolve("report-2024-bullets.txt"));
        Extraction e = TargetExtractor.extract(doc, null);
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            Plan plan = DocumentImporter.newPlan("某市2024年", e.year(), doc.name());
            DocumentPreview preview = DocumentImporter.preview(ws, plan, doc.name(), e);
            assertThat(preview.createsPlan()).isTrue();
            assertThat(preview.count(ProposalAction.CREATE)).isEqualTo(17);
            DocumentResult result = DocumentImporter.apply(ws, preview, doc.text());
            List<Indicator> indicators = ws.indicators().findByPlan(result.plan().id());
            assertThat(indicators).hasSize(17);
            Indicator gdp = indicators.stream().filter(i -> i.name().equals("地区生产总值增长")).findFirst().orElseThrow();
            assertThat(gdp.target().value()).isEqualTo(6.0);
            assertThat(gdp.target().qualifier()).isEqualTo(Qualifier.ABOUT);
            assertThat(gdp.source().sentence()).isEqualTo("●地区生产总值增长6%左右；");
            assertThat(gdp.source().document()).isEqualTo("report-2024-bullets.txt");

            new ImportHistory(ws).undo(result.batch().id());
            assertThat(ws.plans().find(result.plan().id())).isEmpty();
        }
    }

    @Test
    void intoAnExistingPlanUpdatesTargetsWritesProgressAndUndoesBoth() {
        try (Workspace ws = Workspace.create(dir.resolve("w.tmdb"))) {
            new SeedInstaller(ws).installBundled();
            Plan plan = ws.plans().findByName("金昌市2022年").orElseThrow();
            Indicator investment = ws.indicators().findByPlan(plan.id()).stream()
                    .filter(i -> i.name().equals("固定资产投资增速")).findFirst().orElseThrow();
            String text = "二、下半年目标\n确保固定资产投资增长18%以上。\n"
                    + "一、上半年回顾\n上半年，城镇新增就业6000人，完成任务的63.2%。";
            Extraction e = TargetExtractor.extract(new SourceDocument("speech.txt", text), 2022);
            DocumentPreview preview = DocumentImporter.preview(ws, plan, "speech.txt", e);
            assertThat(preview.targets()).singleElement().satisfies(r -> {
                assertThat(r.action()).isEqualTo(ProposalAction.UPDATE);
                assertThat(r.existingId()).isEqualTo(investment.id());
            });
            ObservationRow employment = preview.observations().get(0);
            assertThat(employment.action()).isEqualTo(ProposalAction.WRITE);
            assertThat(employment.indicatorName()).isEqualTo("城镇新增就业");
            assertThat(employment.period()).isEqualTo(Period.month(2022, 6));
            assertThat(employment.previous()).isEqualTo(5732.0);

            DocumentResult result = DocumentImporter.apply(ws, preview, text);
            assertThat(result.updated()).isEqualTo(1);
            assertThat(result.observations()).isEqualTo(1);
            assertThat(ws.indicators().find(investment.id()).orElseThrow().target().value()).isEqualTo(18.0);
            assertThat(ws.observations().find(employment.indicatorId(), Period.month(2022, 6)).orElseThrow().value())
                    .isEqualTo(6000.0);

            new ImportHistory(ws).undo(result.batch().id());
            assertThat(ws.indicators().find(investment.id()).orElseThrow().target().value()).isEqualTo(16.0);
            assertThat(ws.observations().find(employment.indicatorId(), Period.month(2022, 6)).orElseThrow().value())
                    .isEqualTo(5732.0);
        }
    }
}
