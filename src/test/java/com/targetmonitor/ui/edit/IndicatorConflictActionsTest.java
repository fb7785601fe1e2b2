package com.targetmonitor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.edit.EditService;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import com.targetmonitor.model.Target;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.ChangeEntry;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indicator form when another officer (a second client of the same workspace) saves the same
 * indicator while this officer's form is open: the save overwrites nothing, the question lists exactly
 * the fields that differ, and each answer does what it says.
 */
class IndicatorConflictActionsTest {

    @TempDir
    Path dir;

    private Session session;
    private Workspace other;
    private RecordingDialogService dialogs;
    private ScriptedForms forms;
    private EditActions actions;
    private Indicator primary;

    @BeforeEach
    void open() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Path file = dir.resolve("w.tmdb");
        WorkspaceOpener.openOrCreateWithSeeds(file).close();  // a new file's identity reaches its header at close
        session = new Session(Workspace.open(file));
        other = Workspace.open(file);
        dialogs = new RecordingDialogService();
        forms = new ScriptedForms();
        actions = new EditActions(session, dialogs, forms);
        Plan plan = session.workspace().plans().findByName("金昌市2022年").orElseThrow();
        primary = session.workspace().indicators().findByPlan(plan.id()).stream()
                .filter(i -> i.code().equals("1.02")).findFirst().orElseThrow();  // 第一产业增加值增速, 7.0
    }

    @AfterEach
    void close() {
        other.close();
        session.close();
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** The other officer saves a change of the indicator, as stored now, through their own history. */
    private Indicator otherSaves(UnaryOperator<Indicator> change) {
        Indicator now = other.indicators().find(primary.id()).orElseThrow();
        Indicator changed = change.apply(now);
        new EditHistory(other).execute(new EditService(other).updateIndicator("他人修改", now, changed));
        return changed;
    }

    private static Indicator target(Indicator i, double value) {
        return i.withTarget(new Target(value, i.target().qualifier(), i.target().direction(), i.target().stretch(),
                i.target().deadline()));
    }

    private Indicator stored() {
        return session.workspace().indicators().find(primary.id()).orElseThrow();
    }

    private String question() {
        return dialogs.shown().stream().filter(s -> s.kind().equals("choose")).findFirst().orElseThrow().message();
    }

    private List<ChangeEntry> targetHistory() {
        return session.workspace().changes().find(primary.planId(), primary.id(), null).stream()
                .filter(e -> e.field().equals("target_value")).toList();
    }

    /** While this officer's form is open the other saves a target of 8; this officer types 7.5 and OK. */
    private void crossingTargets() {
        forms.indicator(f -> {
            otherSaves(i -> target(i, 8.0));
            f.text().targetProperty().set("7.5");
        });
    }

    @Test
    void theQuestionListsOnlyTheDifferingFieldsAndKeepingMineOverwritesKnowingly() {
        crossingTargets();
        dialogs.answerChoice(0);

        assertThat(actions.editIndicator(primary)).contains(target(primary, 7.5));

        assertThat(question()).contains("第一产业增加值增速")
                .contains("目标值（确保）：我填写的 7.5；现存 8")
                .doesNotContain("牵头单位").doesNotContain("指标名称")
                .contains("保留我的修改 | 采用现存内容 | 返回表单");
        assertThat(stored().target().value()).isEqualTo(7.5);
        assertThat(targetHistory()).extracting(e -> Double.parseDouble(e.newValue())).containsExactly(8.0, 7.5);
        session.history().undo();
        assertThat(stored().target().value()).isEqualTo(8.0);
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void takingTheStoredOneWritesNothing() {
        crossingTargets();
        dialogs.answerChoice(1);

        Indicator result = actions.editIndicator(primary).orElseThrow();

        assertThat(result.target().value()).isEqualTo(8.0);
        assertThat(stored()).isEqualTo(result);
        assertThat(targetHistory()).hasSize(1);
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void backToTheFormShowsWhatWasTypedAndSavesOverTheStoredOne() {
        List<IndicatorFormViewModel> shown = new ArrayList<>();
        forms.indicator(f -> {
            shown.add(f);
            if (shown.size() == 1) {
                otherSaves(i -> target(i, 8.0));
                f.text().targetProperty().set("7.5");
            } else {
                f.text().targetProperty().set("8.5");
            }
        });
        dialogs.answerChoice(2);

        assertThat(actions.editIndicator(primary).orElseThrow().target().value()).isEqualTo(8.5);

        assertThat(shown).hasSize(2);
        assertThat(dialogs.shown()).filteredOn(s -> s.kind().equals("choose")).hasSize(1);
        assertThat(stored().target().value()).isEqualTo(8.5);
        assertThat(targetHistory()).extracting(e -> Double.parseDouble(e.newValue())).containsExactly(8.0, 8.5);
    }

    @Test
    void theSecondFormStartsFromWhatWasTyped() {
        List<String> targetsShown = new ArrayList<>();
        forms.indicator(f -> {
            targetsShown.add(f.text().targetProperty().get());
            if (targetsShown.size() == 1) {
                otherSaves(i -> target(i, 8.0));
                f.text().targetProperty().set("7.5");
            }
        });
        dialogs.answerChoice(2);

        // The second form is OK'd as shown: the typed 7.5, now knowingly over the stored 8.
        actions.editIndicator(primary);

        assertThat(targetsShown).containsExactly("7", "7.5");
        assertThat(stored().target().value()).isEqualTo(7.5);
    }

    @Test
    void aLeadUnitTheOtherChangedIsNamedEvenWhenThisOfficerChangedOnlyTheTarget() {
        Unit stats = session.workspace().units().findByName("金昌市统计局").orElseThrow();
        forms.indicator(f -> {
            otherSaves(i -> new Indicator(i.id(), i.planId(), i.categoryId(), i.parentId(), i.code(), i.name(),
                    i.unitOfMeasure(), i.kind(), i.frequency(), i.target(), i.source(),
                    List.of(new Responsibility(stats.id(), ResponsibilityRole.LEAD)), i.phasing(), i.position()));
            f.text().targetProperty().set("7.5");
        });
        dialogs.answerChoice(1);

        actions.editIndicator(primary);

        assertThat(question()).contains("目标值（确保）：我填写的 7.5；现存 7")
                .contains("牵头单位：我填写的 金昌市农业农村局；现存 金昌市统计局")
                .contains("配合单位：我填写的 金昌市统计局；现存 （无）");
        assertThat(stored().leadUnitId()).contains(stats.id());
    }

    @Test
    void inEnglishTheQuestionSpeaksEnglish() {
        I18n.setLocale(Locale.ENGLISH);
        crossingTargets();
        dialogs.answerChoice(1);

        actions.editIndicator(primary);

        assertThat(question()).contains("Target: yours 7.5; stored 8")
                .contains("Keep mine | Take the stored one | Back to the form");
    }

    @Test
    void anIndicatorTheOtherDeletedMeanwhileIsSaidSoAndNothingIsStored() {
        forms.indicator(f -> {
            new EditHistory(other).execute(new EditService(other).deleteIndicator("删除", primary.id()));
            f.text().targetProperty().set("7.5");
        });

        assertThat(actions.editIndicator(primary)).isEmpty();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("已被他人删除"));
        assertThat(session.workspace().indicators().find(primary.id())).isEmpty();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void deletingAnIndicatorTheOtherChangedAsksAgainShowingWhatChanged() {
        Indicator theirs = otherSaves(i -> target(i, 8.0));
        dialogs.answerConfirm(true).answerChoice(1).answerConfirm(true).answerChoice(0);

        assertThat(actions.deleteIndicator(primary)).isFalse();
        assertThat(question()).contains("目标值（确保）：您看到的 7；现存 8").contains("仍然删除 | 不删除");
        assertThat(stored()).isEqualTo(theirs);

        assertThat(actions.deleteIndicator(primary)).isTrue();
        assertThat(session.workspace().indicators().find(primary.id())).isEmpty();
        session.history().undo();
        assertThat(stored()).isEqualTo(theirs);
    }

    @Test
    void theIndicatorAsTheWindowsStandingShowsItIsDeletedWithoutAConflict() {
        Plan plan = session.workspace().plans().find(primary.planId()).orElseThrow();
        Indicator selected = new PlanStatusService(session.workspace()).status(plan, AsOf.of(2022, 6)).rows().stream()
                .map(r -> r.standing().indicator()).filter(i -> i.id().equals(primary.id())).findFirst().orElseThrow();
        dialogs.answerConfirm(true);

        assertThat(actions.deleteIndicator(selected)).isTrue();

        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::kind).containsExactly("confirm");
        assertThat(session.workspace().indicators().find(primary.id())).isEmpty();
    }
}
