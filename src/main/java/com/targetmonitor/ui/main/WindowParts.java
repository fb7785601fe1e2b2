package com.targetmonitor.ui.main;

import com.targetmonitor.ui.state.FeatureTab;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * The regions and menu items the main window is made of, built fresh on every call so that the
 * window can be rebuilt in another language while the ViewModels (and so the user's plan, month
 * and selection) stay as they are. The composition root supplies the implementation.
 */
public interface WindowParts {

    /** The detail pane of the selected indicator. */
    Node detailPane();

    /** The features' tabs after 指标进度, in order (实际值录入, 责任单位, 仪表盘 …), each as its feature gives it. */
    List<FeatureTab> tabs();

    /** 文件 menu: workspace items (new, open, save as, recent, exit). */
    List<MenuItem> fileMenuItems();

    /** 编辑 menu items after undo/redo: create, edit, delete plans, units and indicators. */
    List<MenuItem> editMenuItems();

    /** 数据 menu items: import, export, rules, checks. */
    List<MenuItem> dataMenuItems();

    /** 视图 menu items after the language choice (e.g. the default month). */
    List<MenuItem> viewMenuItems();

    /** Shown at the right of the status bar while long work runs; an empty node when there is none. */
    Node taskStatus();

    /** Opens an indicator for editing (double-click or Enter on its row). */
    void openIndicator(com.targetmonitor.model.Indicator indicator);
}
