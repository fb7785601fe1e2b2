package com.targetmonitor.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog and file chooser the ViewModels need, behind one interface so ViewModels can be
 * tested without windows ({@code RecordingDialogService} in tests answers from a script).
 */
public interface DialogService {

    void showInfo(String title, String message);

    /** An error the user can act on: what is wrong, in words. */
    void showError(String title, String message);

    /** An unexpected failure: the message, with the details (stack trace) in a copyable area. */
    void showException(String title, Throwable error);

    /** Asks a yes/no question; true for yes. Used before deleting something that has data. */
    boolean confirm(String title, String message);

    /**
     * Asks the user to pick one of the named choices (buttons, in order); the index picked, or empty
     * when the dialog was closed without a choice.
     */
    Optional<Integer> choose(String title, String message, java.util.List<String> choices);

    /** One field of a small form: its label, the text it starts with, and whether it is a password (never shown). */
    record FormField(String label, String initial, boolean secret) {
    }

    /**
     * A small form (a label and a text box per field, in order; a secret field hides its text); the
     * texts entered in field order, or empty when cancelled.
     */
    Optional<java.util.List<String>> askFields(String title, String message, java.util.List<FormField> fields);

    Optional<Path> chooseFileToOpen(String title, FileType... types);

    /**
     * Lets the user pick one or more files to open; empty when cancelled. Services without a
     * multiple-choice chooser offer one file.
     */
    default List<Path> chooseFilesToOpen(String title, FileType... types) {
        return chooseFileToOpen(title, types).map(List::of).orElse(List.of());
    }

    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType... types);

    Optional<Path> chooseDirectory(String title);
}
