package com.targetmonitor.ui;

import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: the workspace's plans, the window title and the status line. Holds no
 * nodes, so it is tested without a toolkit; {@link MainView} binds to it. Everything here is
 * read and changed on the JavaFX application thread (or a test's thread).
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final PlanStatusService service;
    private final Path workspaceFile;

    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObservableList<Plan> readOnlyPlans = FXCollections.unmodifiableObservableList(plans);
    private final ObjectProperty<Plan> selectedPlan = new SimpleObjectProperty<>(this, "selectedPlan");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private final ReadOnlyIntegerWrapper planCount = new ReadOnlyIntegerWrapper(this, "planCount");
    private final ReadOnlyBooleanWrapper loadFailed = new ReadOnlyBooleanWrapper(this, "loadFailed");

    /**
     * @param service       reads the plans of the open workspace
     * @param workspaceFile the open workspace's file, shown in the title and the status line
     */
    public MainViewModel(PlanStatusService service, Path workspaceFile) {
        this.service = Objects.requireNonNull(service, "service");
        this.workspaceFile = Objects.requireNonNull(workspaceFile, "workspaceFile");
        Path name = workspaceFile.getFileName();
        title.set(I18n.get(Msg.WINDOW_TITLE, name == null ? workspaceFile.toString() : name.toString()));
        statusText.set(I18n.get(Msg.STATUS_WORKSPACE, displayPath(), 0));
    }

    /**
     * Reads the plans from the workspace again. A failure does not throw: the list is emptied and
     * the status line says what went wrong. The selection is kept when the plan is still there.
     */
    public void load() {
        List<Plan> loaded;
        try {
            loaded = service.plans();
        } catch (RuntimeException e) {
            LOG.warn("cannot read the plans of {}", workspaceFile, e);
            plans.clear();
            selectedPlan.set(null);
            planCount.set(0);
            loadFailed.set(true);
            statusText.set(I18n.get(Msg.STATUS_LOAD_FAILED, displayPath(), reason(e)));
            return;
        }
        Long selectedId = selectedPlan.get() == null ? null : selectedPlan.get().id();
        plans.setAll(loaded);
        selectedPlan.set(loaded.stream().filter(p -> p.id() != null && p.id().equals(selectedId)).findFirst()
                .orElse(null));
        planCount.set(loaded.size());
        loadFailed.set(false);
        statusText.set(I18n.get(Msg.STATUS_WORKSPACE, displayPath(), loaded.size()));
    }

    /** The plans of the workspace, in stored order. Changed only by {@link #load()}. */
    public ObservableList<Plan> plans() {
        return readOnlyPlans;
    }

    /** The plan the user has selected, or null. */
    public ObjectProperty<Plan> selectedPlanProperty() {
        return selectedPlan;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    /** The status line: the workspace path and the number of plans, or why the plans could not be read. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public String getStatusText() {
        return statusText.get();
    }

    public ReadOnlyIntegerProperty planCountProperty() {
        return planCount.getReadOnlyProperty();
    }

    public int getPlanCount() {
        return planCount.get();
    }

    /** True when the last {@link #load()} failed. */
    public ReadOnlyBooleanProperty loadFailedProperty() {
        return loadFailed.getReadOnlyProperty();
    }

    public boolean isLoadFailed() {
        return loadFailed.get();
    }

    public Path workspaceFile() {
        return workspaceFile;
    }

    private String displayPath() {
        return workspaceFile.toAbsolutePath().normalize().toString();
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
