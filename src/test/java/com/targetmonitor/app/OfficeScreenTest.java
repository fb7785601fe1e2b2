package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.main.MainWindowView;
import com.targetmonitor.ui.main.StatusTableView;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at 1366×768, the screen of most office laptops: every header of the status table
 * shows its whole text, and every column is on screen without scrolling sideways; in English no
 * Chinese shows outside the officers' own data.
 */
@ExtendWith(ApplicationExtension.class)
class OfficeScreenTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    static Path tempDir;

    private Session session;
    private DesktopComposition parts;
    private Stage stage;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w" + System.nanoTime() + ".tmdb")));
        this.stage = stage;
        parts = DesktopApp.install(stage, session, new SyncTaskExecutor(), new RecordingDialogService(),
                new SettingsStore(tempDir.resolve("settings" + System.nanoTime())));
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        WaitForAsyncUtils.clearExceptions();
        session.close();
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private TreeTableView<?> table(FxRobot robot) {
        return robot.lookup("#" + StatusTableView.TABLE_ID).queryAs(TreeTableView.class);
    }

    /** Lets the column fitting (queued after layout) run and the table lay out again. */
    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Headers whose shown text is not their whole text (JavaFX shows a cut text with an ellipsis). */
    private static List<String> cutHeaders(TreeTableView<?> table) {
        List<String> cut = new ArrayList<>();
        for (Node header : table.lookupAll(".column-header")) {
            Node labelNode = header.lookup(".label");
            if (!(labelNode instanceof Label label) || label.getText() == null || label.getText().isEmpty()) {
                continue;
            }
            Text shown = (Text) label.lookup(".text");
            if (shown == null || !label.getText().equals(shown.getText())) {
                cut.add(label.getText() + " shown as " + (shown == null ? "nothing" : shown.getText()));
            }
        }
        return cut;
    }

    private static boolean scrollsSideways(TreeTableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
    }

    private static void assertEveryColumnWholeAndOnScreen(TreeTableView<?> table) {
        assertThat(table.lookupAll(".column-header").stream().filter(n -> n.lookup(".label") != null).count())
                .as("one header per column").isGreaterThanOrEqualTo(table.getColumns().size());
        assertThat(cutHeaders(table)).as("cut headers").isEmpty();
        double columns = table.getColumns().stream().mapToDouble(TreeTableColumn::getWidth).sum();
        assertThat(columns).as("columns fit the table").isLessThanOrEqualTo(table.getWidth());
        assertThat(scrollsSideways(table)).as("horizontal scroll bar").isFalse();
    }

    @Test
    void everyHeaderIsWholeAndNoColumnNeedsScrollingWithTheDetailPaneOpen(FxRobot robot) {
        settle();
        TreeTableView<?> table = table(robot);
        assertThat(stage.getWidth()).isEqualTo(1366);
        assertThat(parts.main.table().detailShownProperty().get()).isTrue();
        assertThat(table.getExpandedItemCount()).isGreaterThan(40);
        assertEveryColumnWholeAndOnScreen(table);
        // The detail pane leaves the table most of the width.
        assertThat(table.getWidth()).isGreaterThan(1366 * 0.65);
    }

    @Test
    void inEnglishAndWithLargerTextTheHeadersStayWhole(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.MenuItem) findMenuItem(robot, "language-en")).fire());
        settle();
        assertThat(table(robot).getColumns().get(1).getText()).doesNotContain("指标");
        assertEveryColumnWholeAndOnScreen(table(robot));

        robot.clickOn(table(robot));
        robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        settle();
        assertThat(parts.main.table().zoomPercentProperty().get()).isEqualTo(120);
        assertThat(table(robot).getStyleClass()).contains("tm-zoom-120");
        // Larger text may need the table to scroll sideways, but a header is never cut.
        assertThat(cutHeaders(table(robot))).isEmpty();
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        settle();
        assertThat(parts.main.table().zoomPercentProperty().get()).isEqualTo(100);
        assertEveryColumnWholeAndOnScreen(table(robot));
    }

    @Test
    void hidingTheDetailPaneGivesTheTableTheWholeWidth(FxRobot robot) {
        settle();
        double before = table(robot).getWidth();
        robot.press(KeyCode.F9).release(KeyCode.F9);
        settle();
        assertThat(parts.main.table().detailShownProperty().get()).isFalse();
        assertThat(table(robot).getWidth()).isGreaterThan(before + 200);
        assertEveryColumnWholeAndOnScreen(table(robot));
        robot.press(KeyCode.F9).release(KeyCode.F9);
        settle();
        assertThat(table(robot).getWidth()).isLessThan(before + 10);
    }

    @Test
    void copiesTheTableAsShownWithItsHeaders(FxRobot robot) {
        settle();
        TreeTableView<?> table = table(robot);
        robot.interact(() -> table.getSelectionModel().selectAll());
        String copied = DesktopApp.statusTable(stage).copyText(false);
        List<String> lines = copied.lines().toList();
        assertThat(lines.get(0).split("\t")).containsExactly("编码", "指标名称", "单位", "目标", "实际", "完成率",
                "时序进度", "差距", "状态", "牵头单位");
        assertThat(lines).hasSize(1 + table.getExpandedItemCount());
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("1.01\t地区生产总值增速\t%\t增长8%\t11.7\t\t\t高于目标3.70个百分点\t达到目标"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo("\t一、经济发展\t\t\t\t\t\t\t\t"));

        robot.interact(() -> table.getSelectionModel().clearAndSelect(2));
        assertThat(DesktopApp.statusTable(stage).copyText(false).lines()).hasSize(2);
        assertThat(DesktopApp.statusTable(stage).copyText(true).lines()).hasSize(lines.size());
    }

    @Test
    void ctrlASelectsEveryRowAndTheContextMenuCopiesWithOrWithoutHeaders(FxRobot robot) throws Exception {
        settle();
        TreeTableView<?> table = table(robot);
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(2));
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        settle();
        assertThat(table.getSelectionModel().getSelectedIndices()).hasSize(table.getExpandedItemCount());

        // The menu is made by the first right-click.
        assertThat(table.getContextMenu()).isNull();
        // What a right-click or the menu key sends (Monocle's robot sends no menu event for a right-click).
        robot.interact(() -> javafx.event.Event.fireEvent(table, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 40, 80, 0, 0, true, null)));
        settle();
        javafx.scene.control.ContextMenu menu = table.getContextMenu();
        assertThat(menu.isShowing()).isTrue();
        robot.interact(menu::hide);
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .startsWith("复制（含表头）", "复制（不含表头）", "复制整张表", "全选");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(2));
        robot.interact(() -> menu.getItems().get(0).fire());
        String withHeaders = clipboard();
        assertThat(withHeaders.lines().toList()).hasSize(2).first().asString().startsWith("编码\t指标名称");
        robot.interact(() -> menu.getItems().get(1).fire());
        String rowsOnly = clipboard();
        assertThat(rowsOnly.lines().toList()).containsExactly(withHeaders.lines().toList().get(1));
        robot.interact(() -> menu.getItems().get(3).fire());
        assertThat(table.getSelectionModel().getSelectedIndices()).hasSize(table.getExpandedItemCount());
    }

    @Test
    void noChineseOutsideTheDataOnAnyTab(FxRobot robot) {
        settle();
        List<String> data = ShownTexts.data(session.queries());
        // The walk sees the window's own words: in Chinese they are Chinese once the data is taken out.
        List<String> inChinese = ShownTexts.of(stage.getScene().getRoot(), robot);
        assertThat(inChinese).hasSizeGreaterThan(100);
        assertThat(inChinese).filteredOn(t -> HAN.matcher(ShownTexts.withoutData(t, data)).find())
                .contains("指标进度", "1-6月", "达到目标");

        robot.interact(() -> ((MenuItem) findMenuItem(robot, "language-en")).fire());
        settle();
        ComboBoxBase<?> asOf = robot.lookup("#" + MainWindowView.AS_OF_SELECTOR_ID).queryAs(ComboBoxBase.class);
        assertThat(String.valueOf(asOf.getValue())).isEqualTo("Jan\u2013Jun");
        TabPane tabs = robot.lookup("#" + MainWindowView.TABS_ID).queryAs(TabPane.class);
        Set<String> chinese = new TreeSet<>();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            settle();
            String tab = tabs.getTabs().get(i).getText();
            for (String text : ShownTexts.of(stage.getScene().getRoot(), robot)) {
                String left = ShownTexts.withoutData(text, data);
                if (HAN.matcher(left).find()) {
                    chinese.add(tab + ": " + text);
                }
            }
        }
        assertThat(chinese).as("Chinese outside the data in English mode").isEmpty();
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).noneMatch(t -> HAN.matcher(t).find());
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
    }

    private static Object findMenuItem(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<javafx.scene.control.MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m, all));
        return all.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static void collect(javafx.scene.control.Menu menu, List<javafx.scene.control.MenuItem> out) {
        for (javafx.scene.control.MenuItem item : menu.getItems()) {
            out.add(item);
            if (item instanceof javafx.scene.control.Menu sub) {
                collect(sub, out);
            }
        }
    }
}
