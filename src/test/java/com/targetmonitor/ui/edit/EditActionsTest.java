package com.targetmonitor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The menu actions on a seeded workspace, with scripted forms and answers instead of windows. */
class EditActionsTest {

    @TempDir
    Path dir;

    private Session session;
    private RecordingDialogService dialogs;
    private ScriptedForms forms;
    private EditActions actions;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        dialogs = new RecordingDialogService();
        forms = new ScriptedForms();
        actions = new EditActions(session, dialogs, forms);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Workspace ws() {
        return session.workspace();
    }

    private Plan jinchang() {
        return ws().plans().findByName("金昌市2022年").orElseThrow();
    }

    private Indicator indicator(String code) {
        return ws().indicators().findByPlan(jinchang().id()).stream().filter(i -> i.code().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void aNewPlanIsStoredAsOneUndoableStep() {
        forms.plan(f -> {
            f.nameProperty().set("金昌市2024年");
            f.regionProperty().set("金昌市");
            f.yearProperty().set("2024");
        });

        Plan plan = actions.newPlan().orElseThrow();

        assertThat(ws().plans().find(plan.id())).contains(plan);
        assertThat(session.history().undoDescription()).contains("新建计划“金昌市2024年”");
        session.history().undo();
        assertThat(ws().plans().findByName("金昌市2024年")).isEmpty();
    }

    @Test
    void cancellingOrAnInvalidFormChangesNothing() {
        int plans = ws().plans().findAll().size();
        forms.plan(f -> f.nameProperty().set("金昌市2024年")).cancel();
        assertThat(actions.newPlan()).isEmpty();

        ScriptedForms invalid = new ScriptedForms().plan(f -> f.nameProperty().set("金昌市2022年"));
        assertThat(new EditActions(session, dialogs, invalid).newPlan()).isEmpty();

        assertThat(ws().plans().findAll()).hasSize(plans);
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void anUnchangedFormAddsNoStep() {
        Plan plan = jinchang();
        assertThat(actions.editPlan(plan)).contains(plan);
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void editingAnIndicatorStoresTheTargetAsTyped() {
        Indicator jobs = indicator("1.02");
        forms.indicator(f -> f.text().targetProperty().set("９,５００"));

        Indicator changed = actions.editIndicator(jobs).orElseThrow();

        assertThat(changed.target().value()).isEqualTo(9500.0);
        assertThat(ws().indicators().find(jobs.id())).contains(changed);
        session.history().undo();
        assertThat(ws().indicators().find(jobs.id())).contains(jobs);
    }

    @Test
    void aNewPartGoesUnderItsWholeAfterTheOtherParts() {
        Indicator whole = indicator("3.04");
        forms.indicator(f -> {
            f.text().codeProperty().set("3.04.6");
            f.text().nameProperty().set("投资完成率低于30%的亿元以上项目（其他）");
        });

        Indicator part = actions.newIndicator(jinchang(), whole.categoryId(), whole.id()).orElseThrow();

        IndicatorFormViewModel shown = (IndicatorFormViewModel) forms.shown().get(0);
        assertThat(shown.parentProperty().get()).isEqualTo(whole);
        assertThat(part.parentId()).isEqualTo(whole.id());
        assertThat(part.kind()).isEqualTo(IndicatorKind.COUNT);
        assertThat(part.position()).isEqualTo(indicator("3.04.5").position() + 1);
        assertThat(ws().indicators().find(part.id())).contains(part);
    }

    @Test
    void deletingAnIndicatorAsksWhatGoesWithItAndUndoBringsItAllBack() {
        Indicator whole = indicator("3.04");
        List<Indicator> before = ws().indicators().findByPlan(jinchang().id());
        Map<Long, ?> values = ws().observations().findByPlan(jinchang().id());
        dialogs.answerConfirm(true);

        assertThat(actions.deleteIndicator(whole)).isTrue();

        assertThat(dialogs.shown().get(0).kind()).isEqualTo("confirm");
        assertThat(dialogs.shown().get(0).message()).contains("投资完成率低于30%的亿元以上项目")
                .contains("5 个分解指标和 6 个数据");
        assertThat(ws().indicators().find(whole.id())).isEmpty();
        session.history().undo();
        assertThat(ws().indicators().findByPlan(jinchang().id())).isEqualTo(before);
        assertThat(ws().observations().findByPlan(jinchang().id())).isEqualTo(values);
    }

    @Test
    void answeringNoDeletesNothing() {
        Indicator whole = indicator("3.04");
        Plan plan = jinchang();
        dialogs.answerConfirm(false).answerConfirm(false);

        assertThat(actions.deleteIndicator(whole)).isFalse();
        assertThat(actions.deletePlan(plan)).isFalse();

        assertThat(ws().indicators().find(whole.id())).isPresent();
        assertThat(ws().plans().find(plan.id())).isPresent();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void deletingAPlanSaysHowMuchGoesWithIt() {
        Plan plan = jinchang();
        int indicators = ws().indicators().findByPlan(plan.id()).size();
        dialogs.answerConfirm(true);

        assertThat(actions.deletePlan(plan)).isTrue();

        assertThat(dialogs.shown().get(0).message()).contains("金昌市2022年").contains(indicators + " 个指标");
        assertThat(ws().plans().find(plan.id())).isEmpty();
        assertThat(session.history().undoDescription()).contains("删除计划“金昌市2022年”");
    }

    @Test
    void aUnitStillNamedByIndicatorsIsRefusedWithTheirNumberAndNoQuestion() {
        Unit ndrc = ws().units().findByName("金昌市发展改革委").orElseThrow();
        int naming = ws().units().indicatorCount(ndrc.id());

        assertThat(actions.deleteUnit(ndrc)).isFalse();

        assertThat(dialogs.shown()).hasSize(1);
        assertThat(dialogs.errors().get(0).message()).contains("金昌市发展改革委").contains(naming + " 个指标");
        assertThat(ws().units().find(ndrc.id())).contains(ndrc);
    }

    @Test
    void aFreeUnitIsCreatedAndDeletedAfterAskingAndUndoBringsItBack() {
        forms.unit(f -> {
            f.nameProperty().set("金昌市教育局");
            f.kindProperty().set(UnitKind.DEPARTMENT);
        });
        Unit unit = actions.newUnit().orElseThrow();
        dialogs.answerConfirm(true);

        assertThat(actions.deleteUnit(unit)).isTrue();

        assertThat(ws().units().find(unit.id())).isEmpty();
        session.history().undo();
        assertThat(ws().units().find(unit.id())).contains(unit);
    }

    @Test
    void aFailureIsToldInWordsAndChangesNothing() {
        Plan plan = jinchang();
        ws().plans().delete(plan.id());
        forms.plan(f -> f.regionProperty().set("金昌"));

        assertThat(actions.editPlan(plan)).isEmpty();

        assertThat(dialogs.errors()).hasSize(1);
        assertThat(dialogs.errors().get(0).title()).isEqualTo("无法保存");
        assertThat(ws().plans().find(plan.id())).isEmpty();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void anIndicatorDeletedMeanwhileIsToldAndNoFormIsShown() {
        Indicator jobs = indicator("1.02");
        ws().indicators().delete(jobs.id());

        assertThat(actions.editIndicator(jobs)).isEmpty();

        assertThat(forms.shown()).isEmpty();
        assertThat(dialogs.errors()).extracting(RecordingDialogService.Shown::title).containsExactly("无法保存");
    }
}
