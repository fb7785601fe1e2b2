package com.targetmonitor.ui.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the form ViewModels share: one message per field saying what is wrong with it (empty when
 * nothing is), re-checked whenever an input changes, and whether the whole form may be saved.
 */
public abstract class FormState {

    private final List<ReadOnlyStringWrapper> messages = new ArrayList<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    /** A new field message, empty until {@link #check} fills it. */
    protected final ReadOnlyStringWrapper newMessage() {
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        messages.add(message);
        return message;
    }

    /** Checks every field again whenever one of the inputs changes. */
    protected final void revalidateOn(Observable... inputs) {
        for (Observable input : inputs) {
            input.addListener(o -> revalidate());
        }
    }

    /** Runs {@link #check} and updates {@link #validProperty}. Subclasses call it once their fields exist. */
    protected final void revalidate() {
        check();
        valid.set(messages.stream().allMatch(m -> m.get() == null || m.get().isEmpty()));
    }

    /** Sets every field message from the current input. */
    protected abstract void check();

    /** The dialog's title. */
    public abstract String title();

    /** True when every field is acceptable: the OK button is enabled. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** "" when the text is fine, otherwise the first message that applies. */
    protected static String firstOf(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isEmpty()) {
                return c;
            }
        }
        return "";
    }
}
