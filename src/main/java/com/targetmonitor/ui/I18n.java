package com.targetmonitor.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user interface's texts. Chinese is the default language whatever the operating system's
 * locale, since the users are Chinese planning officers; the system property
 * {@value #LANGUAGE_PROPERTY}{@code =en} switches to English.
 *
 * <p>Bundles are looked up without falling back to the JVM's default locale, so Chinese is never
 * replaced by English just because the machine runs an English locale.
 */
public final class I18n {

    public static final String BUNDLE_BASE = "i18n.messages";
    public static final String LANGUAGE_PROPERTY = "targetmonitor.lang";

    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * The language and its texts, swapped together, with each text's parsed pattern: the status
     * table says a gap or a status in words for every row of a plan on each new month (parsing the
     * pattern anew each time was most of that).
     */
    private record Texts(Locale locale, ResourceBundle bundle, Map<String, MessageFormat> formats) {
    }

    private static volatile Texts texts = load(localeFor(System.getProperty(LANGUAGE_PROPERTY)));

    private I18n() {
    }

    /** The text for the key, with the arguments filled in. A missing key shows as ‹key›, never fails. */
    public static String get(MessageKey key, Object... args) {
        Objects.requireNonNull(key, "key");
        Texts current = texts;
        String pattern;
        try {
            pattern = current.bundle().getString(key.key());
        } catch (MissingResourceException e) {
            LOG.warn("missing UI text {} for locale {}", key.key(), current.locale());
            return "‹" + key.key() + "›";
        }
        MessageFormat format = current.formats().computeIfAbsent(key.key(),
                k -> new MessageFormat(pattern, current.locale()));
        // A format's number and date parts are not safe to share between threads (reports are
        // formatted off the FX thread).
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The language the texts are in. */
    public static Locale locale() {
        return texts.locale();
    }

    /** Switches the language for texts asked for from now on (nodes already built keep their text). */
    public static void setLocale(Locale newLocale) {
        Objects.requireNonNull(newLocale, "newLocale");
        texts = load(newLocale);
    }

    private static Texts load(Locale wanted) {
        return new Texts(wanted, bundle(wanted), new ConcurrentHashMap<>());
    }

    /** The bundle for a locale: English for "en", the Chinese default bundle for anything else. */
    public static ResourceBundle bundle(Locale wanted) {
        return ResourceBundle.getBundle(BUNDLE_BASE, wanted, I18n.class.getClassLoader(), NO_FALLBACK);
    }

    /** The locale chosen by the language property: "en" gives English, anything else Chinese. */
    public static Locale localeFor(String language) {
        if (language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
