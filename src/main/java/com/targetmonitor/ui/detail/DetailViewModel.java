package com.targetmonitor.ui.detail;

import com.targetmonitor.logic.change.Change;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Status;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.state.StandingUpdate;
import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.ui.state.WindowState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
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
 * It reads the window's one standing (never computes its own) and follows its updates, skipping
 * value changes of other indicators; an indicator that is gone (deleted, or not in the new
 * workspace) leaves the pane empty. The pane is part of the status tab ({@link ViewId#STATUS}): while
 * another tab is on screen it does no work, only notes it is behind, and catches up when shown.
 * Changed on the JavaFX application thread (or a test's thread).
 */
public final class DetailViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DetailViewModel.class);

    /** Lines of history shown; the command line (history) prints all of them. */
    static final int HISTORY_LINES = 30;

    private final WindowState state;
    private final Consumer<StandingUpdate> onUpdate = this::updated;
    private final InvalidationListener onSelect = o -> reshow();
    private final InvalidationListener onShown = o -> catchUp();
    /** The pane is behind the window state: it changed while the status tab was hidden. */
    private boolean stale;
    /** The standing and the indicator the pane was last built from (a standing is never changed in place). */
    private PlanStatus builtFrom;
    private Long builtFor;
    /** How many times the pane was built (tests count them). */
    private int builds;

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
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObservableList<String> changesView = FXCollections.unmodifiableObservableList(changes);
    private final ObservableList<DetailField> definitionView = FXCollections.unmodifiableObservableList(definition);
    private final ObservableList<DetailField> standingView = FXCollections.unmodifiableObservableList(standing);
    private final ObservableList<SeriesRow> seriesView = FXCollections.unmodifiableObservableList(series);
    private final ObservableList<ChildRow> childrenView = FXCollections.unmodifiableObservableList(children);

    /** Shows the window state's selected indicator in its standing; follows both. */
    public DetailViewModel(WindowState state) {
        this.state = Objects.requireNonNull(state, "state");
        state.addListener(onUpdate);
        state.indicatorIdProperty().addListener(onSelect);
        state.shownViewProperty().addListener(onShown);
        rebuild();
    }

    /**
     * Shows an indicator of the plan at the as-of month (selects them in the window state); a null
     * plan or id empties the pane ("选择一个指标查看详情").
     */
    public void show(Plan plan, AsOf asOf, Long indicatorId) {
        state.indicatorIdProperty().set(indicatorId);
        state.select(plan, asOf);
    }

    /** Computes the standing again and shows the indicator in it. */
    public void refresh() {
        state.refresh();
    }

    /**
     * A change of values elsewhere in the plan leaves the pane as it is: only the indicator's own
     * values and its parts' show here.
     */
    private void updated(StandingUpdate update) {
        if (stale || !state.isShown(ViewId.STATUS)) {
            stale = true;
            return;
        }
        if (builtFrom != null && builtFrom == state.standing()
                && Objects.equals(builtFor, state.indicatorIdProperty().get())) {
            // Already built from this standing: the table selected the indicator as it showed it (the
            // window's start), and the pane followed the selection before this update reached it.
            return;
        }
        Long id = shownIndicatorId.get();
        if (update.valuesOnly() && id != null && update.change() instanceof Change.Values values
                && values.indicatorIds().stream().noneMatch(changed -> changed.equals(id) || isChild(changed))) {
            return;
        }
        rebuild();
    }

    /**
     * Shows the selected indicator again from the standing already computed, in the current language: on
     * a new selection and for a view built anew (the window's start, a language switch); behind while the
     * status tab is hidden. It computes nothing: a standing recomputed here was a second whole-plan
     * computation at every start.
     */
    public void reshow() {
        if (state.isShown(ViewId.STATUS)) {
            rebuild();
        } else {
            stale = true;
        }
    }

    private void catchUp() {
        if (stale && state.isShown(ViewId.STATUS)) {
            rebuild();
        }
    }

    private boolean isChild(Long changed) {
        return children.stream().anyMatch(c -> changed == c.indicatorId());
    }

    private void rebuild() {
        stale = false;
        Optional<DetailContent> content = Optional.empty();
        PlanStatus shown = state.standing();
        Long indicatorId = state.indicatorIdProperty().get();
        builtFrom = shown;
        builtFor = indicatorId;
        builds++;
        if (shown != null && indicatorId != null) {
            try {
                content = new DetailLoader(state.session().queries()).load(shown, indicatorId);
            } catch (RuntimeException e) {
                LOG.warn("cannot read indicator {} of plan {}", indicatorId, shown.plan().name(), e);
            }
        }
        content.ifPresentOrElse(this::apply, this::clear);
    }

    /** How many times the pane was built from the window state so far. */
    int builds() {
        return builds;
    }

    /** Stops following the window state; call when the pane is thrown away. */
    public void dispose() {
        state.removeListener(onUpdate);
        state.indicatorIdProperty().removeListener(onSelect);
        state.shownViewProperty().removeListener(onShown);
    }

    private void apply(DetailContent c) {
        shownIndicatorId.set(c.indicator().id());
        title.set(c.title());
        kind.set(c.kind());
        setIfChanged(definition, c.definition());
        standingHeading.set(c.standingHeading());
        status.set(c.status());
        statusText.set(c.statusText());
        light.set(c.light());
        setIfChanged(standing, c.standing());
        seriesHeading.set(c.seriesHeading());
        seriesEmpty.set(c.seriesEmpty());
        setIfChanged(series, c.series());
        setIfChanged(children, c.children());
        decompositionText.set(c.decomposition().text());
        decompositionBroken.set(c.decomposition().state() == DecompositionLine.State.BROKEN);
        sourceSentence.set(c.sourceSentence());
        sourceDocument.set(c.sourceDocument());
        sourceNote.set(c.sourceNote());
        setIfChanged(changes, state.session().queries().history(c.indicator().planId(), c.indicator().id(),
                HISTORY_LINES).stream().map(HistoryTexts::line).toList());
        empty.set(false);
    }

    /**
     * Replaces a list's items only when they differ: an edit of one value leaves the definition and
     * most lines as they were, and the pane then rebuilds only the nodes of what changed.
     */
    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    private void clear() {
        empty.set(true);
        changes.clear();
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
    /** The indicator's latest changes (留痕), newest first, one line each. */
    public ObservableList<String> changes() {
        return changesView;
    }

    public ReadOnlyStringProperty sourceNoteProperty() {
        return sourceNote.getReadOnlyProperty();
    }
}
