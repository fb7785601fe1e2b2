package com.targetmonitor.ui.print;

import com.targetmonitor.logic.report.ReportPages;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preview's pages as they arrive, how many the document has, the one shown and its
 * "第 1 页 共 4 页", and the rendering of the pages after the first, one background task each: the
 * paging half of {@link PrintPreviewViewModel}.
 */
final class PreviewPages {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewPages.class);

    final ObservableList<BufferedImage> images = FXCollections.observableArrayList();
    final ReadOnlyIntegerWrapper count;
    final IntegerProperty current;
    final ReadOnlyStringWrapper text;
    private final TaskExecutor tasks;
    /** Counted on the background thread. */
    private final AtomicInteger rendered = new AtomicInteger();

    PreviewPages(Object bean, TaskExecutor tasks) {
        this.tasks = tasks;
        count = new ReadOnlyIntegerWrapper(bean, "pageCount", 0);
        current = new SimpleIntegerProperty(bean, "currentPage", 0);
        text = new ReadOnlyStringWrapper(bean, "pageText", "");
        current.addListener(o -> updateText());
    }

    /** The first page of a document of n pages has arrived; the page shown stays where it was when it can. */
    void showFirst(BufferedImage first, int n) {
        images.setAll(List.of(first));
        count.set(n);
        current.set(Math.min(current.get(), Math.max(0, n - 1)));
        updateText();
    }

    /** Renders one page of the document for the preview (on a background thread). */
    BufferedImage render(ReportPages document, int index) throws IOException {
        BufferedImage image = document.render(index, PrintPreviewViewModel.PREVIEW_DPI);
        rendered.incrementAndGet();
        return image;
    }

    /** How many pages were rendered so far. */
    int rendered() {
        return rendered.get();
    }

    /**
     * Renders the page after the last one that arrived, one background task each, then the next,
     * until all are there or the rendering is no longer {@code current} (a newer one, or the preview
     * closed); then closes the document.
     */
    void renderRest(ReportPages document, BooleanSupplier current, Consumer<Throwable> failed) {
        int index = images.size();
        if (!current.getAsBoolean() || index >= document.count()) {
            closeQuietly(document);
            return;
        }
        tasks.execute(BackgroundTask.of(I18n.get(PrintMsg.PRINT_RENDERING_PAGE, index + 1, document.count()),
                (progress, cancel) -> {
                    cancel.check();
                    return current.getAsBoolean() ? render(document, index) : null;
                }).onSuccess(image -> {
                    if (current.getAsBoolean() && image != null) {
                        images.add(image);
                    }
                    renderRest(document, current, failed);
                }).onFailure(error -> {
                    closeQuietly(document);
                    if (current.getAsBoolean()) {
                        failed.accept(error);
                    }
                }).onCancelled(() -> closeQuietly(document)));
    }

    static void closeQuietly(ReportPages document) {
        try {
            document.close();
        } catch (IOException e) {
            LOG.debug("closing the previewed PDF", e);
        }
    }

    /** No pages (a new report, a failure, the preview closed); back to the first page when asked. */
    void clear(boolean toFirst) {
        images.clear();
        count.set(0);
        if (toFirst) {
            current.set(0);
        }
        updateText();
    }

    /** Shows page {@code index} (0-based); out of range is ignored. */
    void goTo(int index) {
        if (index >= 0 && index < count.get()) {
            current.set(index);
        }
    }

    private void updateText() {
        int n = count.get();
        text.set(n == 0 ? "" : I18n.get(PrintMsg.PRINT_PAGE, current.get() + 1, n));
    }
}
