package com.targetmonitor.ui.print;

import com.targetmonitor.ui.dialog.ScreenFit;
import atlantafx.base.theme.Styles;
import com.targetmonitor.logic.report.PageOrientation;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The print preview window: the progress report page by page as it will print (thumbnails on the
 * left, the page fitted to the width in the middle), portrait or landscape, and 打印… / 导出PDF….
 * Page Up / Page Down turn pages, Ctrl+P prints, Esc closes. Built in code from
 * {@link PrintPreviewViewModel}.
 */
public final class PrintPreviewView {

    /** Node ids, for tests and the stylesheet. */
    public static final String PAGE_ID = "print-page";
    public static final String THUMBNAILS_ID = "print-thumbnails";
    public static final String MESSAGE_ID = "print-message";
    public static final String PAGE_TEXT_ID = "print-page-text";
    public static final String PRINT_ID = "print-print";
    public static final String EXPORT_ID = "print-export";
    public static final String PORTRAIT_ID = "print-portrait";
    public static final String LANDSCAPE_ID = "print-landscape";

    static final double THUMBNAIL_WIDTH = 120;
    static final String SELECTED_THUMBNAIL = "tm-print-thumbnail-selected";

    private final PrintPreviewViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ImageView page = new ImageView();
    private final VBox thumbnails = new VBox(12);
    private final Label placeholder = new Label();
    private final Button close = new Button(I18n.get(PrintMsg.PRINT_CLOSE));
    private final List<Image> images = new ArrayList<>();
    /** Held here: the view model keeps only weak references, so a closed preview can be collected. */
    private final ListChangeListener<BufferedImage> pagesListener = this::pagesChanged;
    private final InvalidationListener currentListener = o -> showCurrent();

    public PrintPreviewView(PrintPreviewViewModel viewModel) {
        this.vm = Objects.requireNonNull(viewModel, "viewModel");
        root.getStyleClass().add("tm-print-preview");
        // The view model holds the listeners only weakly: the root keeps the view alive while shown.
        root.getProperties().put(PrintPreviewView.class, this);
        root.setTop(toolBar());
        root.setLeft(thumbnailPane());
        root.setCenter(pagePane());
        root.setBottom(statusBar());
        vm.pages().addListener(new WeakListChangeListener<>(pagesListener));
        vm.currentPageProperty().addListener(new WeakInvalidationListener(currentListener));
        showPages();
    }

    public Parent root() {
        return root;
    }

    /** Closes the window the preview is in. */
    public void setOnClose(Runnable action) {
        close.setOnAction(e -> action.run());
    }

    /**
     * Opens the preview of the standing's report in a window of its own, owned by the main window
     * (which waits while it is open: the plan cannot change under the preview).
     */
    public static Stage show(Window owner, PrintPreviewViewModel vm, PlanStatus status) {
        PrintPreviewView view = new PrintPreviewView(vm);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1120, screen.getWidth() - 40),
                Math.min(900, screen.getHeight() - 40));
        AppTheme.style(scene);
        view.installKeys(scene);
        Stage stage = ScreenFit.fit(new Stage());
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(scene);
        view.setOnClose(stage::close);
        stage.setOnHidden(e -> vm.close());
        vm.open(status);
        stage.setTitle(I18n.get(PrintMsg.PRINT_WINDOW_TITLE, vm.titleProperty().get()));
        stage.show();
        return stage;
    }

    void installKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), vm::print);
        // A filter, not accelerators: the scroll panes would take these keys for scrolling first.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            switch (e.getCode()) {
                case PAGE_DOWN -> vm.nextPage();
                case PAGE_UP -> vm.previousPage();
                case HOME -> vm.goToPage(0);
                case END -> vm.goToPage(vm.pageCountProperty().get() - 1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private ToolBar toolBar() {
        ToggleGroup orientations = new ToggleGroup();
        ToggleButton portrait = orientationButton(orientations, PORTRAIT_ID, PrintMsg.PRINT_PORTRAIT, PageOrientation.PORTRAIT);
        ToggleButton landscape = orientationButton(orientations, LANDSCAPE_ID, PrintMsg.PRINT_LANDSCAPE,
                PageOrientation.LANDSCAPE);
        portrait.getStyleClass().add(Styles.LEFT_PILL);
        landscape.getStyleClass().add(Styles.RIGHT_PILL);
        orientations.selectToggle(vm.orientationProperty().get() == PageOrientation.LANDSCAPE ? landscape : portrait);
        // A toggle group lets the user unselect; the orientation always has a value.
        orientations.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                orientations.selectToggle(was);
            } else {
                vm.orientationProperty().set((PageOrientation) now.getUserData());
            }
        });
        Label orientationLabel = new Label(I18n.get(PrintMsg.PRINT_ORIENTATION));

        Button previous = new Button(I18n.get(PrintMsg.PRINT_PREVIOUS));
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.currentPageProperty().lessThanOrEqualTo(0));
        Button next = new Button(I18n.get(PrintMsg.PRINT_NEXT));
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(vm.currentPageProperty().greaterThanOrEqualTo(
                vm.pageCountProperty().subtract(1)));
        Label pageText = new Label();
        pageText.setId(PAGE_TEXT_ID);
        pageText.textProperty().bind(vm.pageTextProperty());
        pageText.setMinWidth(Region.USE_PREF_SIZE);

        return new ToolBar(orientationLabel, new HBox(portrait, landscape), new Separator(Orientation.VERTICAL),
                previous, pageText, next);
    }

    private ToggleButton orientationButton(ToggleGroup group, String id, MessageKey text, PageOrientation value) {
        ToggleButton button = new ToggleButton(I18n.get(text));
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(value);
        button.disableProperty().bind(vm.busyProperty());
        return button;
    }

    private ScrollPane thumbnailPane() {
        thumbnails.setId(THUMBNAILS_ID);
        thumbnails.getStyleClass().add("tm-print-thumbnails");
        thumbnails.setPadding(new Insets(12));
        thumbnails.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(thumbnails);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(THUMBNAIL_WIDTH + 36);
        scroll.getStyleClass().add("tm-print-thumbnail-pane");
        return scroll;
    }

    private ScrollPane pagePane() {
        page.setId(PAGE_ID);
        page.setPreserveRatio(true);
        page.setSmooth(true);
        StackPane sheet = new StackPane(page);
        sheet.getStyleClass().add("tm-print-sheet");
        sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        sheet.visibleProperty().bind(page.imageProperty().isNotNull());
        placeholder.setId(MESSAGE_ID);
        placeholder.getStyleClass().add("tm-print-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.textProperty().bind(vm.messageProperty());
        placeholder.visibleProperty().bind(page.imageProperty().isNull());
        StackPane desk = new StackPane(sheet, placeholder);
        desk.getStyleClass().add("tm-print-desk");
        desk.setPadding(new Insets(24));
        desk.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(desk);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("tm-print-page-pane");
        // The page takes the width there is (up to its own resolution), so it reads without zooming.
        page.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            Image image = page.getImage();
            double room = scroll.getViewportBounds().getWidth() - 56;
            return image == null ? 0 : Math.max(200, Math.min(room, image.getWidth()));
        }, scroll.viewportBoundsProperty(), page.imageProperty()));
        return scroll;
    }

    /** What is going on at the left, the actions at the right, as in a dialog. */
    private HBox statusBar() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("tm-status-line");
        message.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button print = new Button(I18n.get(PrintMsg.PRINT_PRINT));
        print.setId(PRINT_ID);
        print.getStyleClass().add(Styles.ACCENT);
        print.setDefaultButton(true);
        print.setOnAction(e -> vm.print());
        print.disableProperty().bind(vm.busyProperty());
        Button export = new Button(I18n.get(PrintMsg.PRINT_EXPORT_PDF));
        export.setId(EXPORT_ID);
        export.setOnAction(e -> vm.exportPdf());
        export.disableProperty().bind(vm.busyProperty());
        close.setCancelButton(true);
        for (Button b : List.of(print, export, close)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, busy, message, spacer, print, export, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tm-print-button-bar");
        return bar;
    }

    /** Pages arrive one by one while the report renders: only the new ones get a thumbnail. */
    private void pagesChanged(ListChangeListener.Change<? extends BufferedImage> change) {
        boolean onlyAdded = true;
        while (change.next()) {
            onlyAdded &= change.wasAdded() && !change.wasRemoved() && change.getFrom() == images.size();
        }
        if (!onlyAdded) {
            showPages();
            return;
        }
        for (int i = images.size(); i < vm.pages().size(); i++) {
            addPage(i);
        }
        if (page.getImage() == null) {
            showCurrent(); // the page turned to has just arrived
        }
    }

    private void showPages() {
        images.clear();
        thumbnails.getChildren().clear();
        for (int i = 0; i < vm.pages().size(); i++) {
            addPage(i);
        }
        showCurrent();
    }

    private void addPage(int i) {
        Image image = SwingFXUtils.toFXImage(vm.pages().get(i), null);
        images.add(image);
        ImageView small = new ImageView(image);
        small.setPreserveRatio(true);
        small.setSmooth(true);
        small.setFitWidth(THUMBNAIL_WIDTH);
        StackPane frame = new StackPane(small);
        frame.getStyleClass().add("tm-print-thumbnail-sheet");
        Label number = new Label(I18n.get(PrintMsg.PRINT_PAGE_SHORT, i + 1));
        VBox thumbnail = new VBox(4, frame, number);
        thumbnail.setAlignment(Pos.TOP_CENTER);
        thumbnail.getStyleClass().add("tm-print-thumbnail");
        thumbnail.setOnMouseClicked(e -> vm.goToPage(i));
        if (i == vm.currentPageProperty().get()) {
            thumbnail.getStyleClass().add(SELECTED_THUMBNAIL);
        }
        thumbnails.getChildren().add(thumbnail);
    }

    private void showCurrent() {
        int current = vm.currentPageProperty().get();
        page.setImage(current >= 0 && current < images.size() ? images.get(current) : null);
        for (int i = 0; i < thumbnails.getChildren().size(); i++) {
            var styles = thumbnails.getChildren().get(i).getStyleClass();
            styles.remove(SELECTED_THUMBNAIL);
            if (i == current) {
                styles.add(SELECTED_THUMBNAIL);
            }
        }
    }
}
