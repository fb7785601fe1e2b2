package com.targetmonitor.ui;

/**
 * A typed key of one UI text. Each feature declares its own keys as an enum implementing this
 * interface in its own package ({@code MainMsg}, {@code ExcelMsg}, …; texts used by several features
 * live in {@link CommonMsg}), so features add texts without touching a shared file. The texts
 * themselves live in {@code i18n/messages.properties} (Chinese, the default) and
 * {@code i18n/messages_en.properties}; {@code I18nTest} finds every such enum on the class path and
 * checks that each key exists in both bundles with the declared number of arguments, that keys are
 * unique across features, and that the bundles hold no key missing from an enum.
 */
public interface MessageKey {

    /** The bundle key and its argument count, held by each enum constant. */
    record Spec(String key, int argumentCount) {
    }

    /** This key's bundle key and argument count. */
    Spec spec();

    /** The key in the resource bundles. */
    default String key() {
        return spec().key();
    }

    /** How many MessageFormat arguments ({0} … {n-1}) the text takes. */
    default int argumentCount() {
        return spec().argumentCount();
    }
}
