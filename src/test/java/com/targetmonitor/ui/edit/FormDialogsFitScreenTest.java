package com.targetmonitor.ui.edit;

import com.targetmonitor.ui.dialog.ScreenFitCase;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Category;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.FitsScreen;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/** The plan, unit and indicator forms fit the screen with 确定 / 取消 reachable, in both languages. */
class FormDialogsFitScreenTest extends ScreenFitCase {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void planUnitAndIndicatorFormsFitTheScreen(String language) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(language));
        try (Session session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")))) {
            Plan plan = new PlanStatusService(session.workspace()).findPlan("金昌市2022");
            PlanFormViewModel planForm = new PlanFormViewModel(plan, List.of("金昌市2023年", "嘉峪关市2022年"));
            FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(() ->
                    FxFormPresenter.dialog(planForm, new PlanFormView(planForm).root(), stage)).get());
        }
        Unit city = new Unit(1L, "金昌市人民政府", UnitKind.CITY, null, "");
        Unit ndrc = new Unit(3L, "金昌市发展改革委", UnitKind.DEPARTMENT, 1L, "");
        UnitFormViewModel unitForm = new UnitFormViewModel(ndrc, List.of(city, ndrc), Set.of(3L));
        FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(() ->
                FxFormPresenter.dialog(unitForm, new UnitFormView(unitForm).root(), stage)).get());

        IndicatorChoices choices = new IndicatorChoices(1L, List.of(new Category(10L, 1L, "一、经济发展", 0)),
                List.of(), List.of(ndrc), List.of("1.01"));
        IndicatorFormViewModel indicatorForm = IndicatorFormViewModel.forNew(choices, 10L, null, 0);
        FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(() ->
                FxFormPresenter.dialog(indicatorForm, FxFormPresenter.indicatorContent(indicatorForm), stage)).get());
    }
}
