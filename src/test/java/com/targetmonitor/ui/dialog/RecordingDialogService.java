package com.targetmonitor.ui.dialog;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A DialogService for ViewModel tests: records what would have been shown and answers questions
 * and file choosers from queues the test fills. An unanswered question fails the test.
 */
public final class RecordingDialogService implements DialogService {

    /** What was shown: kind ("info", "error", "exception", "confirm"), title and message. */
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Integer> choices = new ArrayDeque<>();
    private final Deque<Optional<List<String>>> forms = new ArrayDeque<>();
    private final List<List<FormField>> formsAsked = new ArrayList<>();
    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final Deque<List<Path>> fileLists = new ArrayDeque<>();

    public RecordingDialogService answerConfirm(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    /** The texts the next form is filled with (null: cancelled). */
    public RecordingDialogService answerFields(List<String> texts) {
        forms.add(Optional.ofNullable(texts).map(List::copyOf));
        return this;
    }

    /** The fields of every form asked, in order. */
    public List<List<FormField>> formsAsked() {
        return List.copyOf(formsAsked);
    }

    /** The answer to the next {@link #choose}: the index of the choice (-1: closed without one). */
    public RecordingDialogService answerChoice(int index) {
        choices.add(index);
        return this;
    }

    public RecordingDialogService answerFile(Path file) {
        files.add(Optional.ofNullable(file));
        return this;
    }

    /** The answer to the next multiple-file chooser (an empty list: cancelled). */
    public RecordingDialogService answerFiles(List<Path> chosen) {
        fileLists.add(List.copyOf(chosen));
        return this;
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }

    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error") || s.kind().equals("exception")).toList();
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(new Shown("info", title, message));
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showException(String title, Throwable error) {
        shown.add(new Shown("exception", title, String.valueOf(error.getMessage())));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message));
        if (confirmations.isEmpty()) {
            throw new AssertionError("unexpected question: " + title + " / " + message);
        }
        return confirmations.poll();
    }

    @Override
    public Optional<Integer> choose(String title, String message, List<String> offered) {
        shown.add(new Shown("choose", title, message + "\n" + String.join(" | ", offered)));
        if (choices.isEmpty()) {
            throw new AssertionError("unexpected choice: " + title + " / " + message);
        }
        int index = choices.poll();
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    @Override
    public Optional<List<String>> askFields(String title, String message, List<FormField> fields) {
        shown.add(new Shown("form", title, message));
        formsAsked.add(List.copyOf(fields));
        if (forms.isEmpty()) {
            throw new AssertionError("unexpected form: " + title + " / " + message);
        }
        return forms.poll();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType... types) {
        return nextFile(title);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType... types) {
        if (fileLists.isEmpty()) {
            return nextFile(title).map(List::of).orElse(List.of());
        }
        shown.add(new Shown("chooser", title, ""));
        return fileLists.poll();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType... types) {
        return nextFile(title);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        return nextFile(title);
    }

    private Optional<Path> nextFile(String title) {
        shown.add(new Shown("chooser", title, ""));
        if (files.isEmpty()) {
            throw new AssertionError("unexpected file chooser: " + title);
        }
        return files.poll();
    }
}
