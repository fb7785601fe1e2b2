package com.targetmonitor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The indicator form on screen (headless): a wrong target is marked and told beside the field. */
@ExtendWith(ApplicationExtension.class)
class IndicatorFormViewTest {

    private IndicatorFormViewModel vm;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Category category = new Category(10L, 1L, "一、经济发展", 0);
        IndicatorChoices choices = new IndicatorChoices(1L, List.of(category), List.of(),
                List.of(new Unit(3L, "金昌市发展改革委", UnitKind.DEPARTMENT, null, "")), List.of("1.01"));
        vm = IndicatorFormViewModel.forNew(choices, 10L, null, 0);
        vm.text().nameProperty().set("城镇新增就业");
        Scene scene = new Scene(new IndicatorFormView(vm).root(), 900, 800);
        AppTheme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void typingLettersIntoTheTargetShowsTheFieldsMessage(FxRobot robot) {
        TextField target = robot.lookup("#" + IndicatorFormView.TARGET_ID).queryAs(TextField.class);
        Label message = robot.lookup("#" + IndicatorFormView.TARGET_ID + "Message").queryAs(Label.class);
        assertThat(message.getText()).isEmpty();

        robot.clickOn(target).write("abc");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(target.getText()).isEqualTo("abc");
        assertThat(message.getText()).isEqualTo("请输入数字");
        assertThat(message.isVisible()).isTrue();
        assertThat(target.getStyleClass()).contains(FormGrid.INVALID_CLASS);
        assertThat(vm.isValid()).isFalse();

        robot.interact(target::clear);
        robot.clickOn(target).write("9,500");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(message.getText()).isEmpty();
        assertThat(target.getStyleClass()).doesNotContain(FormGrid.INVALID_CLASS);
        assertThat(vm.isValid()).isTrue();
    }

    @Test
    void okIsDisabledWhileAFieldIsWrong(FxRobot robot) {
        Dialog<ButtonType> dialog = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                FxFormPresenter.dialog(vm, new IndicatorFormView(vm).root(), null)));
        Node ok = FxFormPresenter.okButton(dialog);
        assertThat(ok.isDisabled()).isFalse();

        robot.interact(() -> vm.text().targetProperty().set("abc"));
        assertThat(ok.isDisabled()).isTrue();
        assertThat(dialog.getTitle()).isEqualTo("新建指标");
        assertThat(((Button) ok).getText()).isEqualTo("确定");
    }
}
