package com.targetmonitor.ui.print;

import com.targetmonitor.logic.report.CjkFont;
import com.targetmonitor.logic.report.CjkFontLocator;
import com.targetmonitor.logic.report.NoCjkFontException;
import com.targetmonitor.logic.report.PageOrientation;
import com.targetmonitor.logic.report.ReportChart;
import com.targetmonitor.logic.report.ReportModel;
import com.targetmonitor.logic.report.ReportPages;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.charts.ReportCharts;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the print preview of the progress report (进展情况报告): the report of the plan's
 * standing with the charts, written as the PDF and shown page by page as pictures rendered from it
 * off the FX thread, so what is previewed, printed and exported is the same document. Portrait or
 * landscape; printing on the printer the user picks, or, with no printer installed, a message and
 * the offer to export the PDF instead; the PDF export. Without a Chinese font that can be embedded
 * nothing is written (it would print empty boxes) and the user is told what to install.
 */
public final class PrintPreviewViewModel {

    /** Resolution of the preview pages: sharp on screen at 100–150% zoom. */
    public static final float PREVIEW_DPI = 110;
    /** Resolution the pages are sent to the printer at. */
    public static final float PRINT_DPI = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PrintPreviewViewModel.class);

    /** The report's charts as pictures (the desktop snapshots its JavaFX charts, on the FX thread). */
    @FunctionalInterface
    public interface ChartSource {
        List<ReportChart> charts(PlanStatus status) throws IOException;
    }

    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final ReportRenderer renderer;
    private final ReportOutputs outputs;
    private final ChartSource chartSource;
    private final Supplier<LocalDate> today;
    private byte[] pdf;
    /** Which rendering is current; read by the page tasks, so a closed preview renders nothing more. */
    private volatile long generation;

    private final ReadOnlyObjectWrapper<ReportModel> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObjectProperty<PageOrientation> orientation =
            new SimpleObjectProperty<>(this, "orientation", PageOrientation.PORTRAIT);
    private final PreviewPages pages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** The application's: the system's Chinese font, the window's charts, today's date. */
    public PrintPreviewViewModel(DialogService dialogs, TaskExecutor tasks, PrinterLookup printers) {
        this(dialogs, tasks, printers, () -> CjkFontLocator.system().locate(), ReportCharts::snapshot, LocalDate::now);
    }

    /**
     * @param fonts  the Chinese font to embed; throws {@link NoCjkFontException} when there is none
     * @param charts the charts of a standing as pictures; called on the FX thread
     * @param today  the date printed on the report
     */
    public PrintPreviewViewModel(DialogService dialogs, TaskExecutor tasks, PrinterLookup printers,
                                 Supplier<CjkFont> fonts, ChartSource charts, Supplier<LocalDate> today) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.renderer = new ReportRenderer(fonts);
        this.pages = new PreviewPages(this, tasks);
        this.outputs = new ReportOutputs(dialogs, tasks, Objects.requireNonNull(printers, "printers"), renderer, busy,
                message);
        this.chartSource = Objects.requireNonNull(charts, "charts");
        this.today = Objects.requireNonNull(today, "today");
        orientation.addListener((o, was, now) -> {
            if (report.get() != null) {
                render();
            }
        });
    }

    /** Prepares the report of the standing and renders its pages for the preview. */
    public void open(PlanStatus status) {
        prepare(status);
        render();
    }

    /**
     * Builds the report of the standing with its charts (on the calling thread, the FX thread in
     * the application: the charts are snapshots of JavaFX nodes), without rendering it.
     */
    public void prepare(PlanStatus status) {
        Objects.requireNonNull(status, "status");
        generation++;
        List<ReportChart> charts;
        try {
            charts = chartSource.charts(status);
        } catch (IOException | RuntimeException e) {
            // A report without its charts is still the report; the table and text carry the figures.
            LOG.warn("charts for the report of {} left out", status.plan().name(), e);
            charts = List.of();
        }
        ReportModel model = ReportModel.of(status, today.get()).withCharts(charts);
        report.set(model);
        title.set(model.title());
        pdf = null;
        pages.clear(true);
        ready.set(false);
        busy.set(false);
        message.set("");
    }

    /**
     * Writes the report as PDF in the chosen orientation and shows its first page as soon as it is
     * rendered, off the FX thread; the other pages follow one background task each, in order, so
     * the preview, printing and export are usable at once and other work (a new standing) is not
     * held up behind a long report. A newer rendering or closing the preview stops the old one.
     */
    public void render() {
        ReportModel model = report.get();
        if (model == null) {
            return;
        }
        long g = ++generation;
        PageOrientation chosen = orientation.get();
        busy.set(true);
        ready.set(false);
        message.set(I18n.get(PrintMsg.PRINT_RENDERING));
        tasks.execute(BackgroundTask.of(I18n.get(PrintMsg.PRINT_RENDERING), (progress, cancel) -> {
            byte[] bytes = renderer.write(model, chosen);
            ReportPages document = ReportPages.open(bytes);
            try {
                progress.progress(0, document.count(), I18n.get(PrintMsg.PRINT_RENDERING_PAGE, 1, document.count()));
                return new FirstPage(bytes, document, pages.render(document, 0));
            } catch (IOException | RuntimeException e) {
                document.close();
                throw e;
            }
        }).onSuccess(first -> {
            if (g != generation) {
                PreviewPages.closeQuietly(first.document());
                return;
            }
            int n = first.document().count();
            pdf = first.pdf();
            pages.showFirst(first.image(), n);
            busy.set(false);
            ready.set(true);
            message.set(I18n.get(PrintMsg.PRINT_READY, n));
            pages.renderRest(first.document(), () -> g == generation, this::failed);
        }).onFailure(error -> {
            if (g == generation) {
                busy.set(false);
                pages.clear(false);
                failed(error);
            }
        }).onCancelled(() -> {
            if (g == generation) {
                busy.set(false);
            }
        }));
    }

    /** The written PDF, open for rendering, with its first page rendered. */
    private record FirstPage(byte[] pdf, ReportPages document, BufferedImage image) {
    }

    /** How many pages were rendered for the preview so far (tests: the first page is shown before the rest). */
    public int pagesRendered() {
        return pages.rendered();
    }

    /**
     * Prints the previewed pages: the user picks the printer; with none installed, says so and
     * offers the PDF export instead.
     */
    public void print() {
        outputs.print(ready.get() ? pdf : null, orientation.get(), this::exportPdf);
    }

    /** Asks where to save the report and writes it as PDF there, off the FX thread. */
    public void exportPdf() {
        ReportModel model = report.get();
        if (model != null) {
            outputs.exportPdf(model, orientation.get());
        }
    }

    /** Prepares the report of the standing and exports it, without a preview (the 文件 menu's 导出PDF…). */
    public void exportPdf(PlanStatus status) {
        prepare(status);
        exportPdf();
    }

    /** The preview says what is wrong where the pages would be; an unexpected failure also gets the details. */
    private void failed(Throwable error) {
        if (error instanceof NoCjkFontException) {
            message.set(I18n.get(PrintMsg.PRINT_NO_FONT));
            return;
        }
        LOG.warn("cannot render the report", error);
        message.set(I18n.get(PrintMsg.PRINT_RENDER_FAILED, String.valueOf(error.getMessage())));
        dialogs.showException(I18n.get(PrintMsg.PRINT_RENDER_FAILED_TITLE), error);
    }

    public void nextPage() {
        goToPage(pages.current.get() + 1);
    }

    public void previousPage() {
        goToPage(pages.current.get() - 1);
    }

    /** Shows page {@code index} (0-based); out of range is ignored. */
    public void goToPage(int index) {
        pages.goTo(index);
    }

    /** Lets go of the pictures and drops results still coming (the preview was closed). */
    public void close() {
        generation++;
        pages.clear(false);
        pdf = null;
        ready.set(false);
        busy.set(false);
    }

    /** The report being previewed, or null before {@link #open}. */
    public ReadOnlyObjectProperty<ReportModel> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The report's title: "金昌市2022年目标任务进展情况（1-6月）". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Portrait or landscape A4; changing it renders the pages again. */
    public ObjectProperty<PageOrientation> orientationProperty() {
        return orientation;
    }

    /**
     * The pages rendered so far, in order from the first, at {@link #PREVIEW_DPI}: the first comes
     * with {@link #pageCountProperty()}, the others are added as they are rendered.
     */
    public ObservableList<BufferedImage> pages() {
        return pages.images;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pages.count.getReadOnlyProperty();
    }

    /** The page shown (0-based). */
    public IntegerProperty currentPageProperty() {
        return pages.current;
    }

    /** "第 1 页 共 4 页", empty without pages. */
    public ReadOnlyStringProperty pageTextProperty() {
        return pages.text.getReadOnlyProperty();
    }

    /** True while pages are rendered, printed or exported. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the pages are rendered: printing and export are possible. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** What happened last, shown in the preview: rendering, ready, no printer, no font … */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
