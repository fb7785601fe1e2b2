package com.targetmonitor.ui.detail;

import com.targetmonitor.logic.edit.EditHistory;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Status;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the detail pane: one indicator of a plan at an as-of month, as texts the view binds to.
 * It reloads itself after every edit (undo and redo included) and when another workspace is opened;
 * an indicator that is gone (deleted, or not in the new workspace) leaves the pane empty.
 * Changed on the JavaFX application thread (or a test's thread).
 */
public final class DetailViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DetailViewModel.class);

    private final Session session;
    private final Runnable onEdit = this::refresh;
    private final Consumer<Workspace> onReplace = w -> {
        watchHistory();
        refresh();
    };
    private EditHistory watchedHistory;

    private Long planId;
    private AsOf asOf;
    private Long indicatorId;

    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ReadOnlyObjectWrapper<Long> shownIndicatorId = new ReadOnlyObjectWrapper<>(this, "indicatorId");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper(this, "kind", "");
    private final ReadOnlyStringWrapper standingHeading = new ReadOnlyStringWrapper(this, "standingHeading", "");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyObjectWrapper<Light> light = new ReadOnlyObjectWrapper<>(this, "light", Light.GREY);
    private final ReadOnlyStringWrapper seriesHeading = new ReadOnlyStringWrapper(this, "seriesHeading", "");
    private final ReadOnlyStringWrapper seriesEmpty = new ReadOnlyStringWrapper(this, "seriesEmpty", "");
    private final ReadOnlyStringWrapper decompositionText = new ReadOnlyStringWrapper(this, "decompositionText", "");
    private final ReadOnlyBooleanWrapper decompositionBroken = new ReadOnlyBooleanWrapper(this, "decompositionBroken");
    private final ReadOnlyStringWrapper sourceSentence = new ReadOnlyStringWrapper(this, "sourceSentence", "");
    private final ReadOnlyStringWrapper sourceDocument = new ReadOnlyStringWrapper(this, "sourceDocument", "");
    private final ReadOnlyStringWrapper sourceNote = new ReadOnlyStringWrapper(this, "sourceNote", "");
    private final ObservableList<DetailField> definition = FXCollections.observableArrayList();
    private final ObservableList<DetailField> standing = FXCollections.observableArrayList();
    private final ObservableList<SeriesRow> series = FXCollections.observableArrayList();
    private final ObservableList<ChildRow> children = FXCollections.observableArrayList();
    private final ObservableList<DetailField> definitionView = FXCollections.unmodifiableObservableList(definition);
    private final ObservableList<DetailField> standingView = FXCollections.unmodifiableObservableList(standing);
    private final ObservableList<SeriesRow> seriesView = FXCollections.unmodifiableObservableList(series);
    private final ObservableList<ChildRow> childrenView = FXCollections.unmodifiableObservableList(children);

    public DetailViewModel(Session session) {
        this.session = Objects.requireNonNull(session, "session");
        session.addListener(onReplace);
        watchHistory();
    }

    /**
     * Shows an indicator of the plan at the as-of month; a null plan or id empties the pane
     * ("选择一个指标查看详情").
     */
    public void show(Plan plan, AsOf asOf, Long indicatorId) {
        this.planId = plan == null ? null : plan.id();
        this.asOf = asOf;
        this.indicatorId = indicatorId;
        refresh();
    }

    /** Reads the shown indicator again from the workspace. */
    public void refresh() {
        Optional<DetailContent> content = Optional.empty();
        if (planId != null && asOf != null && indicatorId != null) {
            try {
                content = new DetailLoader(session.workspace()).load(planId, asOf, indicatorId);
            } catch (RuntimeException e) {
                LOG.warn("cannot read indicator {} of plan {}", indicatorId, planId, e);
            }
        }
        content.ifPresentOrElse(this::apply, this::clear);
    }

    /** Stops listening to the session; call when the pane is thrown away. */
    public void dispose() {
        session.removeListener(onReplace);
        if (watchedHistory != null) {
            watchedHistory.removeListener(onEdit);
            watchedHistory = null;
        }
    }

    /** A new workspace comes with a new history: listen to that one. */
    private void watchHistory() {
        if (watchedHistory != null) {
            watchedHistory.removeListener(onEdit);
        }
        watchedHistory = session.history();
        watchedHistory.addListener(onEdit);
    }

    private void apply(DetailContent c) {
        shownIndicatorId.set(c.indicator().id());
        title.set(c.title());
        kind.set(c.kind());
        definition.setAll(c.definition());
        standingHeading.set(c.standingHeading());
        status.set(c.status());
        statusText.set(c.statusText());
        light.set(c.light());
        standing.setAll(c.standing());
        seriesHeading.set(c.seriesHeading());
        seriesEmpty.set(c.seriesEmpty());
        series.setAll(c.series());
        children.setAll(c.children());
        decompositionText.set(c.decomposition().text());
        decompositionBroken.set(c.decomposition().state() == DecompositionLine.State.BROKEN);
        sourceSentence.set(c.sourceSentence());
        sourceDocument.set(c.sourceDocument());
        sourceNote.set(c.sourceNote());
        empty.set(false);
    }

    private void clear() {
        empty.set(true);
        shownIndicatorId.set(null);
        for (ReadOnlyStringWrapper p : List.of(title, kind, standingHeading, statusText, seriesHeading, seriesEmpty,
                decompositionText, sourceSentence, sourceDocument, sourceNote)) {
            p.set("");
        }
        status.set(null);
        light.set(Light.GREY);
        decompositionBroken.set(false);
        definition.clear();
        standing.clear();
        series.clear();
        children.clear();
    }

    /** The value of a labelled line of the definition or the standing, or empty when not shown. */
    public Optional<String> field(MessageKey label) {
        return Stream.concat(definition.stream(), standing.stream())
                .filter(f -> f.label() == label).map(DetailField::value).findFirst();
    }

    /** The text of the empty pane. */
    public String emptyText() {
        return I18n.get(DetailMsg.DETAIL_EMPTY);
    }

    /** True while no indicator is shown. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return empty.get();
    }

    /** The id of the indicator shown, or null. */
    public ReadOnlyObjectProperty<Long> indicatorIdProperty() {
        return shownIndicatorId.getReadOnlyProperty();
    }

    /** "4.01 城镇新增就业". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The kind in words: 累计量, 增速 … */
    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** Code, name, kind, unit, target, direction, frequency, units, phasing. */
    public ObservableList<DetailField> definition() {
        return definitionView;
    }

    /** "截至2022年6月的进度". */
    public ReadOnlyStringProperty standingHeadingProperty() {
        return standingHeading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status in words (超(达)进度 …): always shown next to the light, for grayscale print. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Light> lightProperty() {
        return light.getReadOnlyProperty();
    }

    /** Actual, completion, stretch completion, time progress, gap or deviation: whichever apply. */
    public ObservableList<DetailField> standing() {
        return standingView;
    }

    public ReadOnlyStringProperty seriesHeadingProperty() {
        return seriesHeading.getReadOnlyProperty();
    }

    /** What the series table says when the year has no figures. */
    public ReadOnlyStringProperty seriesEmptyProperty() {
        return seriesEmpty.getReadOnlyProperty();
    }

    /** The figures reported in the plan's year, oldest first. */
    public ObservableList<SeriesRow> series() {
        return seriesView;
    }

    /** The decomposed parts, in plan order. */
    public ObservableList<ChildRow> children() {
        return childrenView;
    }

    /** Whether the parts add up ("分解目标合计60亿元，与总目标一致"); empty without parts. */
    public ReadOnlyStringProperty decompositionTextProperty() {
        return decompositionText.getReadOnlyProperty();
    }

    /** True when the parts do not add up to the whole or some part has no target. */
    public ReadOnlyBooleanProperty decompositionBrokenProperty() {
        return decompositionBroken.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceSentenceProperty() {
        return sourceSentence.getReadOnlyProperty();
    }

    /** The document the target comes from (the plan's document when the indicator names none). */
    public ReadOnlyStringProperty sourceDocumentProperty() {
        return sourceDocument.getReadOnlyProperty();
    }

    /** How the figure was read from the document, e.g. a derived target. */
    public ReadOnlyStringProperty sourceNoteProperty() {
        return sourceNote.getReadOnlyProperty();
    }
}
