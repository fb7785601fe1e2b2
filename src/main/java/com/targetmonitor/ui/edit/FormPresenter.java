package com.targetmonitor.ui.edit;

/**
 * Shows a form and says whether the officer pressed OK. The window's presenter shows a dialog
 * ({@link FxFormPresenter}); tests fill the ViewModel and answer without a window.
 */
public interface FormPresenter {

    boolean show(PlanFormViewModel form);

    boolean show(UnitFormViewModel form);

    boolean show(IndicatorFormViewModel form);
}
