package com.targetmonitor.ui.state;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A feature's tab in the main window, as the feature itself describes it: its own {@link ViewId}
 * (so the window state tells it whether it is on screen, and it does no work while hidden), its title from the feature's own messages, and its
 * content, built fresh on every call so the window can be rebuilt in another language. The
 * composition root lists the features' tabs once; the main window shows them in that order after
 * 指标进度.
 */
public record FeatureTab(ViewId view, Supplier<String> title, Supplier<Node> content) {

    public FeatureTab {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
    }
}
