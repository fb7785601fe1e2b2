package com.targetmonitor.ui.extract;

import com.targetmonitor.logic.extract.DocumentImportService;
import com.targetmonitor.logic.extract.DocumentImporter;
import com.targetmonitor.logic.extract.DocumentPreview;
import com.targetmonitor.logic.extract.DocumentResult;
import com.targetmonitor.logic.extract.Extraction;
import com.targetmonitor.logic.extract.ProposedObservation;
import com.targetmonitor.logic.extract.ProposedTarget;
import com.targetmonitor.logic.extract.SourceDocument;
import com.targetmonitor.logic.extract.Statement;
import com.targetmonitor.logic.extract.TargetExtractor;
import com.targetmonitor.logic.extract.read.DocumentReader;
import com.targetmonitor.logic.task.Work;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.dialog.FileType;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 数据 → 从文件读取目标: reads a 政府工作报告, a speech or a plan report (files or pasted text) off the FX
 * thread, lists every proposed target and progress figure beside its sentence, matched against the plan
 * the window shows (create or update), lets the officer edit, accept or reject each, and writes the
 * accepted ones in one transaction as one import batch (undone from 导入记录). A new plan can be
 * created from the documents instead. A file that cannot be read is refused with one line, and nothing
 * is written.
 */
public final class ExtractReviewViewModel {

    public enum Phase { IDLE, READING, REVIEW, APPLYING }

    private final DocumentImportService importer;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<Plan> shownPlan;
    private Runnable onApplied = () -> { };

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ObservableList<TargetItem> targets = FXCollections.observableArrayList();
    private final ObservableList<ProgressItem> progress = FXCollections.observableArrayList();
    private final ObservableList<Statement> statements = FXCollections.observableArrayList();
    private final BooleanProperty newPlan = new SimpleBooleanProperty(this, "newPlan", false);
    private final StringProperty newPlanName = new SimpleStringProperty(this, "newPlanName", "");
    private final StringProperty newPlanYear = new SimpleStringProperty(this, "newPlanYear", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyIntegerWrapper acceptedCount = new ReadOnlyIntegerWrapper(this, "acceptedCount", 0);
    private List<SourceDocument> documents = List.of();
    private Extraction extraction;

    /**
     * @param shownPlan the plan the window shows (proposals are matched against it), or null while none:
     *                  then the documents make a new plan
     */
    public ExtractReviewViewModel(DocumentImportService importer, TaskExecutor tasks, DialogService dialogs, Supplier<Plan> shownPlan) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.shownPlan = Objects.requireNonNull(shownPlan, "shownPlan");
        newPlan.addListener((obs, was, now) -> {
            if (phase.get() == Phase.REVIEW) {
                preview();
            }
        });
    }

    /** Called after the documents were written into a plan (the window reloads). */
    public void setOnApplied(Runnable onApplied) {
        this.onApplied = Objects.requireNonNull(onApplied, "onApplied");
    }

    /** 从文件读取目标…: asks for the documents, then reads them. */
    public void chooseAndRead() {
        if (phase.get() != Phase.IDLE) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToOpen(I18n.get(ExtractMsg.EXTRACT_CHOOSE),
                FileType.of(I18n.get(ExtractMsg.EXTRACT_FILE_TYPE), "txt", "docx", "pdf"));
        if (!files.isEmpty()) {
            readFiles(files);
        }
    }

    public void readFiles(List<Path> files) {
        List<Path> chosen = List.copyOf(files);
        read(() -> chosen.stream().map(DocumentReader::read).toList());
    }

    /** Text pasted into the window, read like a document. */
    public void readText(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String name = I18n.get(ExtractMsg.EXTRACT_PASTED_NAME);
        read(() -> List.of(new SourceDocument(name, text)));
    }

    private void read(Supplier<List<SourceDocument>> loader) {
        if (phase.get() != Phase.IDLE) {
            return;
        }
        phase.set(Phase.READING);
        Plan shown = shownPlan.get();
        Work<Extraction> work = (listener, cancellation) -> {
            documents = loader.get();
            // A text that names no year is read for the plan shown.
            Integer year = shown != null && !TargetExtractor.namesAYear(documents) ? shown.year() : null;
            return TargetExtractor.extract(documents, year);
        };
        tasks.execute(BackgroundTask.of(I18n.get(ExtractMsg.EXTRACT_READING), work)
                .onSuccess(this::show).onFailure(this::readFailed).onCancelled(this::discard));
    }

    private void show(Extraction read) {
        extraction = read;
        if (read.targets().isEmpty() && read.observations().isEmpty() && read.statements().isEmpty()) {
            discard();
            dialogs.showInfo(I18n.get(ExtractMsg.EXTRACT_FAILED_TITLE), I18n.get(ExtractMsg.EXTRACT_NOTHING));
            return;
        }
        title.set(I18n.get(ExtractMsg.EXTRACT_REVIEW_TITLE, documentName()));
        newPlanYear.set(String.valueOf(read.year()));
        newPlanName.set(documents.get(0).name().replaceFirst("\\.[A-Za-z]{3,4}$", ""));
        // No plan shown, or one of another year: the documents most likely make a new plan.
        newPlan.set(shownPlan.get() == null || shownPlan.get().year() != read.year());
        preview();
        phase.set(Phase.REVIEW);
    }

    /** Matches the proposals against the plan they would go into: create or update, indicator or none. */
    private void preview() {
        Plan into = newPlan.get() || shownPlan.get() == null ? DocumentImporter.newPlan(newPlanName.get(), year(),
                documentName()) : shownPlan.get();
        DocumentPreview p = importer.preview(into, documentName(), extraction);
        targets.setAll(p.targets().stream().map(TargetItem::new).toList());
        progress.setAll(p.observations().stream().filter(r -> r.proposal().isProgress() || r.indicatorId() != null)
                .map(ProgressItem::new).toList());
        statements.setAll(p.statements());
        targets.forEach(t -> t.acceptedProperty().addListener(obs -> count()));
        progress.forEach(t -> t.acceptedProperty().addListener(obs -> count()));
        count();
        summary.set(I18n.get(ExtractMsg.EXTRACT_SUMMARY, targets.size(), progress.size(), statements.size()));
    }

    public void acceptAll(boolean accept) {
        targets.forEach(t -> t.acceptedProperty().set(accept));
        progress.forEach(t -> t.acceptedProperty().set(accept && t.writable()));
    }

    /** Writes the accepted rows; a row typed wrong, or a missing plan name, is told and nothing is written. */
    public void apply() {
        if (phase.get() != Phase.REVIEW || acceptedCount.get() == 0) {
            return;
        }
        List<ProposedTarget> accepted = new ArrayList<>();
        for (TargetItem t : targets) {
            if (!t.acceptedProperty().get()) {
                continue;
            }
            Optional<String> problem = t.problem();
            if (problem.isPresent()) {
                dialogs.showError(I18n.get(ExtractMsg.EXTRACT_FAILED_TITLE), problem.get());
                return;
            }
            accepted.add(t.edited());
        }
        Optional<Plan> into = planToWrite();
        if (into.isEmpty()) {
            return;
        }
        List<ProposedObservation> figures = progress.stream().filter(p -> p.acceptedProperty().get())
                .map(p -> p.row().proposal()).toList();
        List<Statement> notes = List.copyOf(statements);
        String name = documentName();
        String text = String.join("\n", documents.stream().map(SourceDocument::text).toList());
        phase.set(Phase.APPLYING);
        Work<DocumentResult> work = (listener, cancellation) -> {
            return importer.apply(into.get(), name, accepted, figures, notes, text);
        };
        tasks.execute(BackgroundTask.of(I18n.get(ExtractMsg.EXTRACT_APPLYING), work).onSuccess(this::applied)
                .onFailure(error -> {
                    phase.set(Phase.REVIEW);
                    dialogs.showException(I18n.get(ExtractMsg.EXTRACT_FAILED_TITLE), error);
                }));
    }

    private Optional<Plan> planToWrite() {
        if (!newPlan.get() && shownPlan.get() != null) {
            return Optional.of(shownPlan.get());
        }
        String name = newPlanName.get().strip();
        if (name.isEmpty()) {
            dialogs.showError(I18n.get(ExtractMsg.EXTRACT_FAILED_TITLE), I18n.get(ExtractMsg.EXTRACT_NO_PLAN_NAME));
            return Optional.empty();
        }
        if (importer.planExists(name)) {
            dialogs.showError(I18n.get(ExtractMsg.EXTRACT_FAILED_TITLE), I18n.get(ExtractMsg.EXTRACT_PLAN_EXISTS, name));
            return Optional.empty();
        }
        return Optional.of(DocumentImporter.newPlan(name, year(), documentName()));
    }

    private void applied(DocumentResult result) {
        discard();
        onApplied.run();
        dialogs.showInfo(I18n.get(ExtractMsg.EXTRACT_DONE_TITLE), I18n.get(ExtractMsg.EXTRACT_DONE,
                result.plan().name(), result.created(), result.updated(), result.observations()));
    }

    private void readFailed(Throwable error) {
        discard();
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        dialogs.showError(I18n.get(ExtractMsg.EXTRACT_FAILED_TITLE), I18n.get(ExtractMsg.EXTRACT_FAILED, why));
    }

    /** Closes the review; nothing is written. */
    public void discard() {
        targets.clear();
        progress.clear();
        statements.clear();
        extraction = null;
        documents = List.of();
        newPlan.set(false);
        acceptedCount.set(0);
        phase.set(Phase.IDLE);
    }

    /** The sentence of a row cut around its figure: before, figure, after. */
    public List<String> highlight(TargetItem item) {
        return ExtractTexts.highlight(item.sentence(), item.valueProperty().get());
    }

    public List<String> highlight(ProgressItem item) {
        return ExtractTexts.highlight(item.sentence(), TargetItem.number(item.row().proposal().value()));
    }

    private void count() {
        acceptedCount.set((int) (targets.stream().filter(t -> t.acceptedProperty().get()).count()
                + progress.stream().filter(t -> t.acceptedProperty().get()).count()));
    }

    private int year() {
        try {
            return Integer.parseInt(newPlanYear.get().strip());
        } catch (NumberFormatException e) {
            return extraction == null ? java.time.Year.now().getValue() : extraction.year();
        }
    }

    private String documentName() {
        return String.join(" + ", documents.stream().map(SourceDocument::name).toList());
    }

    public Plan shownPlan() {
        return shownPlan.get();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ObservableList<TargetItem> targets() {
        return targets;
    }

    public ObservableList<ProgressItem> progress() {
        return progress;
    }

    public ObservableList<Statement> statements() {
        return statements;
    }

    public BooleanProperty newPlanProperty() {
        return newPlan;
    }

    public StringProperty newPlanNameProperty() {
        return newPlanName;
    }

    public StringProperty newPlanYearProperty() {
        return newPlanYear;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty acceptedCountProperty() {
        return acceptedCount.getReadOnlyProperty();
    }
}
