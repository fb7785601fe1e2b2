package com.targetmonitor.ui.state;

import java.util.Objects;

/**
 * Which view of the window is on screen, so hidden views do no work. A feature owns its id (a
 * constant next to its ViewModel, which asks {@link WindowState#isShown(ViewId)}) and gives it in
 * its {@link FeatureTab}: adding a tab touches only the feature's package and the one line that
 * registers its tab in {@code app}. Ids are compared by name; the main window refuses two tabs
 * with the same one.
 *
 * @param name a short, stable name ("actuals", "units"), unique among the window's tabs
 */
public record ViewId(String name) {

    /** The status table (指标进度), the window's first tab and the view on screen at start. */
    public static final ViewId STATUS = new ViewId("status");

    public ViewId {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a view id needs a name");
        }
    }
}
