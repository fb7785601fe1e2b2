package com.targetmonitor.logic.settings;

import com.targetmonitor.logic.workspace.AppDataFolder;
import com.targetmonitor.persistence.ServerAddress;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link Settings} in {@value #FILE_NAME} (UTF-8 properties, readable and editable by hand) in
 * the application-data folder. Reading never fails: a missing or damaged file, or a value that makes
 * no sense, gives the default for what cannot be read. Writing replaces the file in one move, so a
 * crash while saving leaves the old settings rather than half a file.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.properties";

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private static final String LANGUAGE = "language";
    private static final String DEFAULT_AS_OF = "asOf.default";
    private static final String LAST_PLAN = "last.plan";
    private static final String LAST_AS_OF = "last.asOf";
    private static final String COLUMN_PREFIX = "column.";
    private static final String RECENT_PREFIX = "recent.";
    private static final String WINDOW_WIDTH = "window.width";
    private static final String WINDOW_HEIGHT = "window.height";
    private static final String WINDOW_MAXIMIZED = "window.maximized";
    private static final String TABLE_ZOOM = "table.zoom";
    private static final String DETAIL_SHOWN = "detail.shown";

    private final Path folder;

    /** @param folder where the settings file lives: the application-data folder, or a test's own */
    public SettingsStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The store in the user's application-data folder ({@link AppDataFolder#resolve()}). */
    public static SettingsStore inAppDataFolder() {
        return new SettingsStore(AppDataFolder.resolve());
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /**
     * The saved settings; defaults for anything missing or unreadable. Recent files that are gone are
     * left out; recent server addresses are kept (whether the server is there is known only on opening).
     */
    public synchronized Settings load() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULTS;
        }
        Properties p = new Properties();
        // Undecodable bytes become U+FFFD instead of failing the whole file.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot read settings {}, using defaults: {}", file, e.getMessage());
            return Settings.DEFAULTS;
        }
        return fromProperties(p);
    }

    /**
     * Writes the settings. Never throws: settings are a convenience, so a folder that cannot be
     * written is logged and the program goes on.
     *
     * @return whether the settings were written
     */
    public synchronized boolean save(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        Path file = file();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, FILE_NAME + "-", ".tmp");
            Files.writeString(temp, text(settings), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot save settings to {}: {}", file, e.toString());
            return false;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", temp, e);
                }
            }
        }
    }

    /** Loads, changes and saves in one step; returns the changed settings (also when saving failed). */
    public synchronized Settings update(UnaryOperator<Settings> change) {
        Settings now = load();
        Settings changed = change.apply(now);
        // The window updates the recent files at every start: most often they are as they were.
        if (!changed.equals(now)) {
            save(changed);
        }
        return changed;
    }

    private static Settings fromProperties(Properties p) {
        Settings d = Settings.DEFAULTS;
        String language = p.getProperty(LANGUAGE, d.language());
        AsOfDefault asOfDefault = AsOfDefault.parse(p.getProperty(DEFAULT_AS_OF)).orElse(d.defaultAsOf());
        String lastPlan = p.getProperty(LAST_PLAN);
        YearMonth lastAsOf = month(p.getProperty(LAST_AS_OF));

        Map<String, Double> widths = new TreeMap<>();
        Map<Integer, RecentWorkspace> recentByIndex = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            if (key.startsWith(COLUMN_PREFIX) && key.length() > COLUMN_PREFIX.length()) {
                double width = number(value, Double.NaN);
                if (!Double.isNaN(width)) {
                    widths.put(key.substring(COLUMN_PREFIX.length()), width);
                }
            } else if (key.startsWith(RECENT_PREFIX)) {
                int index = index(key.substring(RECENT_PREFIX.length()));
                if (index >= 0) {
                    recent(value).ifPresent(r -> recentByIndex.put(index, r));
                }
            }
        }
        List<RecentWorkspace> recent = new ArrayList<>(recentByIndex.values());
        return new Settings(language, asOfDefault, lastPlan, lastAsOf, widths, recent,
                number(p.getProperty(WINDOW_WIDTH), d.windowWidth()),
                number(p.getProperty(WINDOW_HEIGHT), d.windowHeight()),
                Boolean.parseBoolean(p.getProperty(WINDOW_MAXIMIZED, "false").strip()),
                (int) number(p.getProperty(TABLE_ZOOM), d.tableZoom()),
                !"false".equalsIgnoreCase(p.getProperty(DETAIL_SHOWN, "true").strip()));
    }

    /** The file's text: a comment, then one key per line in a stable order (diffable, easy to edit). */
    private static String text(Settings s) throws IOException {
        Properties p = new Properties();
        p.setProperty(LANGUAGE, s.language());
        p.setProperty(DEFAULT_AS_OF, s.defaultAsOf().toText());
        if (s.lastPlanName() != null) {
            p.setProperty(LAST_PLAN, s.lastPlanName());
        }
        if (s.lastAsOf() != null) {
            p.setProperty(LAST_AS_OF, s.lastAsOf().toString());
        }
        s.columnWidths().forEach((id, width) -> p.setProperty(COLUMN_PREFIX + id, plain(width)));
        for (int i = 0; i < s.recent().size(); i++) {
            p.setProperty(RECENT_PREFIX + i, s.recent().get(i).text());
        }
        p.setProperty(WINDOW_WIDTH, plain(s.windowWidth()));
        p.setProperty(WINDOW_HEIGHT, plain(s.windowHeight()));
        p.setProperty(WINDOW_MAXIMIZED, Boolean.toString(s.windowMaximized()));
        p.setProperty(TABLE_ZOOM, Integer.toString(s.tableZoom()));
        p.setProperty(DETAIL_SHOWN, Boolean.toString(s.detailShown()));

        // Properties.store(Writer) keeps Chinese as it is (no \\u escapes) and escapes line breaks,
        // so every entry is one line and sorting the lines sorts the entries.
        StringWriter out = new StringWriter();
        p.store(out, null);
        List<String> entries = out.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList();
        return "# Target Monitor settings (UTF-8). Delete this file to go back to the defaults.\n"
                + entries.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static double number(String text, double fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static YearMonth month(String text) {
        try {
            return text == null ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A recent entry as written: a server address (a password a hand-edited file gives it is dropped) or
     * a file that is still there; files from before addresses were kept read the same.
     */
    private static Optional<RecentWorkspace> recent(String text) {
        if (ServerAddress.isServer(text)) {
            return RecentWorkspace.ofServer(text);
        }
        Path path = path(text);
        return path != null && Files.isRegularFile(path) ? Optional.of(RecentWorkspace.ofFile(path))
                : Optional.empty();
    }

    private static Path path(String text) {
        try {
            return text == null || text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
