package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.dialog.FxDialogService;
import com.targetmonitor.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Opens the import preview (or the import history) over a window on a fresh seeded workspace, for
 * looking at it under Xvfb. Not a test. Arguments: "preview" or "history", seconds to stay open, and
 * optionally a file to read instead of the generated 月报 (e.g. a fixture of src/test/resources/excel,
 * or a 100,000-row one, which shows the summary of rows not listed).
 */
public final class ImportPreviewPreview {

    private ImportPreviewPreview() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "preview";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("import-preview");
        ExcelTestWorkspace w = new ExcelTestWorkspace(dir);
        Path file = args.length > 2 ? Path.of(args[2]) : w.report("金昌市2022年1-6月月报.xlsx");
        Session session = w.session;
        Platform.startup(() -> {
            AppTheme.install();
            Stage stage = new Stage();
            FxTaskExecutor tasks = new FxTaskExecutor(Throwable::printStackTrace);
            FxDialogService dialogs = new FxDialogService(() -> stage);
            javafx.beans.property.SimpleObjectProperty<com.targetmonitor.model.Plan> plan =
                    new javafx.beans.property.SimpleObjectProperty<>(w.plan);
            var imports = new com.targetmonitor.logic.excel.imports.ImportService(session);
            ExcelMenu menu = new ExcelMenu(new ImportPreviewViewModel(imports, tasks, dialogs, plan::get),
                    new ImportHistoryViewModel(imports, tasks, dialogs, plan::get),
                    new ExcelExportViewModel(new com.targetmonitor.logic.excel.export.ExportService(session), tasks,
                            dialogs, plan::get, () -> com.targetmonitor.model.AsOf.of(2022, 6)),
                    plan, () -> stage, () -> { });
            Menu data = new Menu("数据");
            data.getItems().setAll(menu.items());
            BorderPane root = new BorderPane();
            root.setTop(new MenuBar(data));
            Scene scene = new Scene(root, 1400, 900);
            AppTheme.style(scene);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (what.equals("history")) {
                ImportPreviewViewModel vm = menu.imports();
                vm.phaseProperty().addListener((o, was, now) -> {
                    if (now == ImportPreviewViewModel.Phase.PREVIEW) {
                        vm.accept(vm.rows().get(2).id());
                        vm.apply();
                    } else if (now == ImportPreviewViewModel.Phase.IDLE && was == ImportPreviewViewModel.Phase.APPLYING) {
                        Platform.runLater(() -> new ImportHistoryView(menu.history()).dialog(stage).show());
                    }
                });
            }
            menu.imports().read(List.of(file));
        });
        Thread.sleep(seconds * 1000L);
        // No Platform.exit(): with a dialog's nested event loop open it aborts the JVM under Xvfb.
        session.close();
        System.exit(0);
    }
}
