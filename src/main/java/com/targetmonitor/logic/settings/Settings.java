package com.targetmonitor.logic.settings;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the window remembers between runs. Immutable; change it with the {@code with…} methods and
 * save it with {@link SettingsStore}. Every value is checked on the way in, so a hand-edited or
 * damaged file can never hand the window a value it cannot use.
 *
 * @param language        "zh" (the default) or "en"
 * @param defaultAsOf     which month status is shown as of when a plan is opened
 * @param lastPlanName    the plan shown last time, or null
 * @param lastAsOf        the month shown last time, or null
 * @param columnWidths    table column widths in pixels by column id (ids are the views' own)
 * @param recent          workspace files and server addresses (never with a password) opened, most recent
 *                        first, at most {@value #MAX_RECENT_FILES}
 * @param windowWidth     the main window's width in pixels
 * @param windowHeight    the main window's height in pixels
 * @param windowMaximized whether the main window was maximized
 * @param tableZoom       the status table's text size in percent (100 is the window's own size)
 * @param detailShown     whether the detail pane is shown beside the status table
 */
public record Settings(String language, AsOfDefault defaultAsOf, String lastPlanName, YearMonth lastAsOf,
                       Map<String, Double> columnWidths, List<RecentWorkspace> recent, double windowWidth,
                       double windowHeight, boolean windowMaximized, int tableZoom, boolean detailShown) {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";
    public static final int MAX_RECENT_FILES = 8;
    public static final double DEFAULT_WINDOW_WIDTH = 1200;
    public static final double DEFAULT_WINDOW_HEIGHT = 760;
    /** Sizes outside these bounds come from a damaged file or a vanished monitor; the default is used. */
    public static final double MIN_WINDOW_SIZE = 320;
    public static final double MAX_WINDOW_SIZE = 10_000;
    public static final double MIN_COLUMN_WIDTH = 10;
    public static final double MAX_COLUMN_WIDTH = 5_000;
    public static final int DEFAULT_TABLE_ZOOM = 100;
    public static final int MIN_TABLE_ZOOM = 50;
    public static final int MAX_TABLE_ZOOM = 300;

    public static final Settings DEFAULTS = new Settings(CHINESE, AsOfDefault.LAST_USED, null, null, Map.of(),
            List.of(), DEFAULT_WINDOW_WIDTH, DEFAULT_WINDOW_HEIGHT, false, DEFAULT_TABLE_ZOOM, true);

    public Settings {
        language = ENGLISH.equals(language == null ? "" : language.strip().toLowerCase(Locale.ROOT)) ? ENGLISH
                : CHINESE;
        defaultAsOf = Objects.requireNonNullElse(defaultAsOf, AsOfDefault.LAST_USED);
        lastPlanName = lastPlanName == null || lastPlanName.isBlank() ? null : lastPlanName;
        columnWidths = checkedWidths(columnWidths);
        recent = recentList(recent);
        windowWidth = sizeOrDefault(windowWidth, DEFAULT_WINDOW_WIDTH);
        windowHeight = sizeOrDefault(windowHeight, DEFAULT_WINDOW_HEIGHT);
        tableZoom = tableZoom >= MIN_TABLE_ZOOM && tableZoom <= MAX_TABLE_ZOOM ? tableZoom : DEFAULT_TABLE_ZOOM;
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, defaultAsOf, lastPlanName, lastAsOf, columnWidths, recent, windowWidth,
                windowHeight, windowMaximized, tableZoom, detailShown);
    }

    public Settings withDefaultAsOf(AsOfDefault newDefault) {
        return new Settings(language, newDefault, lastPlanName, lastAsOf, columnWidths, recent, windowWidth,
                windowHeight, windowMaximized, tableZoom, detailShown);
    }

    /** The plan and month shown, to come back to them next time; either may be null. */
    public Settings withLastShown(String planName, YearMonth asOf) {
        return new Settings(language, defaultAsOf, planName, asOf, columnWidths, recent, windowWidth,
                windowHeight, windowMaximized, tableZoom, detailShown);
    }

    /** Remembers one column's width; a width that is not plausible is ignored. */
    public Settings withColumnWidth(String columnId, double width) {
        Map<String, Double> widths = new TreeMap<>(columnWidths);
        widths.put(columnId, width);
        return withColumnWidths(widths);
    }

    public Settings withColumnWidths(Map<String, Double> widths) {
        return new Settings(language, defaultAsOf, lastPlanName, lastAsOf, widths, recent, windowWidth,
                windowHeight, windowMaximized, tableZoom, detailShown);
    }

    /** Puts the file first in the recent list (once), dropping the oldest beyond {@value #MAX_RECENT_FILES}. */
    public Settings withRecentFile(Path file) {
        return withRecentFirst(RecentWorkspace.ofFile(file));
    }

    /** Puts the workspace first in the recent list (once), dropping the oldest beyond {@value #MAX_RECENT_FILES}. */
    public Settings withRecentFirst(RecentWorkspace workspace) {
        List<RecentWorkspace> all = new ArrayList<>();
        all.add(workspace);
        all.addAll(recent);
        return withRecent(all);
    }

    public Settings withoutRecentFile(Path file) {
        RecentWorkspace gone = RecentWorkspace.ofFile(file);
        return withRecent(recent.stream().filter(r -> !r.equals(gone)).toList());
    }

    public Settings withRecent(List<RecentWorkspace> workspaces) {
        return new Settings(language, defaultAsOf, lastPlanName, lastAsOf, columnWidths, workspaces, windowWidth,
                windowHeight, windowMaximized, tableZoom, detailShown);
    }

    /** The files of the recent list, most recent first (the server addresses left out). */
    public List<Path> recentFiles() {
        return recent.stream().filter(r -> !r.isServer()).map(RecentWorkspace::file).toList();
    }

    public Settings withWindow(double width, double height, boolean maximized) {
        return new Settings(language, defaultAsOf, lastPlanName, lastAsOf, columnWidths, recent, width, height,
                maximized, tableZoom, detailShown);
    }

    /** The status table's text size and whether the detail pane is shown. */
    public Settings withTableLayout(int zoom, boolean detail) {
        return new Settings(language, defaultAsOf, lastPlanName, lastAsOf, columnWidths, recent, windowWidth,
                windowHeight, windowMaximized, zoom, detail);
    }

    /** A column's remembered width, or the view's own default. */
    public double columnWidth(String columnId, double defaultWidth) {
        return columnWidths.getOrDefault(columnId, defaultWidth);
    }

    /** Paths are absolute and normalized ({@link RecentWorkspace}), so one file is listed once however reached. */
    private static List<RecentWorkspace> recentList(List<RecentWorkspace> workspaces) {
        if (workspaces == null) {
            return List.of();
        }
        LinkedHashSet<RecentWorkspace> unique = new LinkedHashSet<>();
        for (RecentWorkspace r : workspaces) {
            if (r != null && unique.size() < MAX_RECENT_FILES) {
                unique.add(r);
            }
        }
        return List.copyOf(unique);
    }

    private static Map<String, Double> checkedWidths(Map<String, Double> widths) {
        if (widths == null) {
            return Map.of();
        }
        Map<String, Double> checked = new TreeMap<>();
        widths.forEach((id, width) -> {
            if (id != null && !id.isBlank() && width != null && Double.isFinite(width)
                    && width >= MIN_COLUMN_WIDTH && width <= MAX_COLUMN_WIDTH) {
                checked.put(id, width);
            }
        });
        return Collections.unmodifiableMap(checked);
    }

    private static double sizeOrDefault(double size, double defaultSize) {
        return Double.isFinite(size) && size >= MIN_WINDOW_SIZE && size <= MAX_WINDOW_SIZE ? size : defaultSize;
    }
}
