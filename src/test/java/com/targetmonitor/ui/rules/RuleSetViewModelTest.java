package com.targetmonitor.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.RuleSet;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule is checked as it is typed; OK saves one undoable step. */
class RuleSetViewModelTest {

    @TempDir
    Path dir;

    private Session session;
    private RecordingDialogService dialogs;
    private Plan plan;
    private RuleSetViewModel viewModel;

    @BeforeEach
    void setUp() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        dialogs = new RecordingDialogService();
        plan = session.workspace().plans().findByName("金昌市2022年").orElseThrow();
        viewModel = new RuleSetViewModel(session, dialogs, plan);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void startsWithThePlansRules() {
        RuleSet rules = plan.rules();
        assertThat(viewModel.amountYellowBandProperty().get()).isEqualTo(rules.amountYellowBand().toPlainString());
        assertThat(viewModel.rateYellowBandProperty().get()).isEqualTo(rules.rateYellowBand().toPlainString());
        assertThat(viewModel.aboutToleranceProperty().get()).isEqualTo(rules.aboutTolerance().toPlainString());
        assertThat(viewModel.scaleProperty().get()).isEqualTo(String.valueOf(rules.scale()));
        assertThat(viewModel.isValid()).isTrue();
        assertThat(viewModel.changedProperty().get()).isFalse();
        assertThat(viewModel.amountYellowBandErrorProperty().get()).isEmpty();
        assertThat(viewModel.title()).isEqualTo("判定规则 — 金昌市2022年");
    }

    @Test
    void eachFieldSaysWhatIsWrong() {
        viewModel.amountYellowBandProperty().set("十");
        assertThat(viewModel.amountYellowBandErrorProperty().get()).isEqualTo("“十”不是数字。");
        assertThat(viewModel.isValid()).isFalse();

        viewModel.amountYellowBandProperty().set("");
        assertThat(viewModel.amountYellowBandErrorProperty().get()).isEqualTo("请填写一个数。");

        viewModel.amountYellowBandProperty().set("150");
        assertThat(viewModel.amountYellowBandErrorProperty().get()).isEqualTo("应在 0 到 100 之间。");

        viewModel.rateYellowBandProperty().set("-1");
        assertThat(viewModel.rateYellowBandErrorProperty().get()).isEqualTo("不能是负数。");

        viewModel.aboutToleranceProperty().set("50");
        assertThat(viewModel.aboutToleranceErrorProperty().get()).isEqualTo("应在 0 到 10 之间。");

        viewModel.scaleProperty().set("2.5");
        assertThat(viewModel.scaleErrorProperty().get()).isEqualTo("应为整数。");
        viewModel.scaleProperty().set("7");
        assertThat(viewModel.scaleErrorProperty().get()).isEqualTo("应在 0 到 6 之间。");
        assertThat(viewModel.ruleSet()).isEmpty();
        assertThat(viewModel.save()).isFalse();

        viewModel.amountYellowBandProperty().set(" 15 ");
        viewModel.rateYellowBandProperty().set("1.5");
        viewModel.aboutToleranceProperty().set("0.3");
        assertThat(viewModel.isValid()).isFalse(); // the scale is still wrong
        viewModel.scaleProperty().set("1");
        assertThat(viewModel.isValid()).isTrue();
        assertThat(viewModel.amountYellowBandErrorProperty().get()).isEmpty();
        assertThat(viewModel.scaleErrorProperty().get()).isEmpty();
    }

    @Test
    void fullWidthDigitsFromAChineseInputMethodAreNumbers() {
        viewModel.amountYellowBandProperty().set("１２．５");

        assertThat(viewModel.isValid()).isTrue();
        assertThat(viewModel.ruleSet().orElseThrow().amountYellowBand()).isEqualByComparingTo("12.5");
    }

    @Test
    void savingIsOneStepThatCanBeUndone() {
        RuleSet before = plan.rules();
        viewModel.amountYellowBandProperty().set("15");
        viewModel.rateYellowBandProperty().set("0.5");
        viewModel.aboutToleranceProperty().set("0.3");
        viewModel.scaleProperty().set("1");
        assertThat(viewModel.changedProperty().get()).isTrue();

        assertThat(viewModel.save()).isTrue();

        RuleSet expected = new RuleSet(new BigDecimal("15"), new BigDecimal("0.5"), new BigDecimal("0.3"), 1);
        assertThat(storedRules()).isEqualTo(expected);
        assertThat(session.history().undoDescription()).contains("修改“金昌市2022年”的判定规则");

        session.history().undo();
        assertThat(storedRules()).isEqualTo(before);
        assertThat(session.history().canUndo()).isFalse();

        session.history().redo();
        assertThat(storedRules()).isEqualTo(expected);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void unchangedRulesStoreNothing() {
        viewModel.amountYellowBandProperty().set(plan.rules().amountYellowBand().toPlainString() + ".0");

        assertThat(viewModel.changedProperty().get()).isFalse();
        assertThat(viewModel.save()).isTrue();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void restoreDefaultsFillsInTheDefaultsWithoutSaving() {
        viewModel.amountYellowBandProperty().set("abc");

        viewModel.resetToDefaults();

        assertThat(viewModel.amountYellowBandProperty().get()).isEqualTo("10");
        assertThat(viewModel.rateYellowBandProperty().get()).isEqualTo("1");
        assertThat(viewModel.aboutToleranceProperty().get()).isEqualTo("0.5");
        assertThat(viewModel.scaleProperty().get()).isEqualTo("2");
        assertThat(viewModel.isValid()).isTrue();
        assertThat(session.history().canUndo()).isFalse();
    }

    @Test
    void aPlanDeletedMeanwhileIsReportedAndNothingIsStored() {
        session.workspace().plans().delete(plan.id());
        viewModel.amountYellowBandProperty().set("20");

        assertThat(viewModel.save()).isFalse();

        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("无法保存判定规则"));
        assertThat(session.history().canUndo()).isFalse();
    }

    private RuleSet storedRules() {
        return session.workspace().plans().find(plan.id()).orElseThrow().rules();
    }
}
