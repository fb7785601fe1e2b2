package com.targetmonitor.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane's place: its content is built after the table has shown its first standing, once. */
@ExtendWith(ApplicationExtension.class)
class AfterFirstStandingTest {

    private final SimpleObjectProperty<Object> standing = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Object> plan = new SimpleObjectProperty<>("金昌市2022年");
    private final AtomicInteger built = new AtomicInteger();
    private StackPane place;

    @Start
    void start(Stage stage) {
        place = AfterFirstStanding.place(() -> {
            built.incrementAndGet();
            return new Label("detail");
        }, standing, plan, "tm-detail-place");
        stage.setScene(new Scene(new StackPane(place), 300, 200));
        stage.show();
    }

    @Test
    void theContentIsBuiltOnceAfterThePulseThatShowsTheFirstStanding(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(place.getChildren()).isEmpty();
        assertThat(built).hasValue(0);

        robot.interact(() -> {
            standing.set("standing");
            // Not in the step that gives the table its standing: after the pulse that lays it out.
            assertThat(place.getChildren()).isEmpty();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(place.getChildren()).hasSize(1);

        robot.interact(() -> standing.set("another"));
        robot.interact(() -> plan.set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(built).hasValue(1);
        assertThat(place.getStyleClass()).contains("tm-detail-place");
    }

    @Test
    void withAStandingOrNoPlanAlreadyTheContentIsBuiltAtOnce(FxRobot robot) {
        robot.interact(() -> {
            StackPane withStanding = AfterFirstStanding.place(() -> new Label("a"),
                    new SimpleObjectProperty<>("standing"), plan, "x");
            StackPane noPlan = AfterFirstStanding.place(() -> new Label("b"), standing,
                    new SimpleObjectProperty<>(null), "x");
            assertThat(withStanding.getChildren()).hasSize(1);
            assertThat(noPlan.getChildren()).hasSize(1);
        });
    }
}
