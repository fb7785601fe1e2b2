package com.targetmonitor.app;

import com.targetmonitor.ui.main.WindowParts;
import com.targetmonitor.ui.state.FeatureTab;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/** Puts the feature views together into the main window's parts; each getter builds fresh nodes. */
final class DesktopWindowParts implements WindowParts {

    private final Supplier<Node> detail;
    private final List<FeatureTab> tabs;
    private final Supplier<List<MenuItem>> fileItems;
    private final Supplier<List<MenuItem>> editItems;
    private final Supplier<List<MenuItem>> dataItems;
    private final java.util.function.Consumer<com.targetmonitor.model.Indicator> openIndicator;
    private final Supplier<List<MenuItem>> viewItems;
    private final Supplier<Node> taskStatus;

    DesktopWindowParts(Supplier<Node> detail, List<FeatureTab> tabs,
                       Supplier<List<MenuItem>> fileItems, Supplier<List<MenuItem>> editItems,
                       Supplier<List<MenuItem>> dataItems,
                       Supplier<List<MenuItem>> viewItems, Supplier<Node> taskStatus,
                       java.util.function.Consumer<com.targetmonitor.model.Indicator> openIndicator) {
        this.openIndicator = openIndicator;
        this.viewItems = viewItems;
        this.taskStatus = taskStatus;
        this.detail = detail;
        this.tabs = List.copyOf(tabs);
        this.fileItems = fileItems;
        this.editItems = editItems;
        this.dataItems = dataItems;
    }

    @Override
    public Node detailPane() {
        return detail.get();
    }

    @Override
    public List<FeatureTab> tabs() {
        return tabs;
    }

    @Override
    public List<MenuItem> fileMenuItems() {
        return fileItems.get();
    }

    @Override
    public List<MenuItem> editMenuItems() {
        return editItems.get();
    }

    @Override
    public List<MenuItem> dataMenuItems() {
        return dataItems.get();
    }

    @Override
    public Node taskStatus() {
        return taskStatus.get();
    }

    @Override
    public List<MenuItem> viewMenuItems() {
        return viewItems.get();
    }

    @Override
    public void openIndicator(com.targetmonitor.model.Indicator indicator) {
        openIndicator.accept(indicator);
    }
}
