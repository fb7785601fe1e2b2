package com.targetmonitor.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The style classes a node of this application can carry, for {@link ThemeCompiler}: every text constant
 * of the app's own classes (our style classes, and AtlantaFX's {@code Styles} constants, which the compiler
 * copies into the classes that use them) and of the libraries whose code adds style classes to the nodes
 * it makes (JavaFX's controls and skins, ControlsFX, Ikonli). A superset: any lowercase constant counts.
 * Left out are the style classes that only controls this application never makes would add (a date
 * picker, a colour picker, a spinner, ...), unless the app's classes name that control.
 */
final class StyleClassNames {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    /** A class in each library whose code adds style classes; its jar is read whole. */
    private static final List<String> LIBRARIES = List.of("javafx.scene.Node", "javafx.scene.control.Control",
            "org.controlsfx.control.CheckComboBox", "org.kordamp.ikonli.javafx.FontIcon");

    /**
     * JavaFX controls this application does not make, with the style classes only they (their skins and
     * popups) add. A control that the app's classes name keeps its classes. (Written with dots: the class
     * files name classes with slashes, and this class's own constants must not count as naming them.)
     */
    static final Map<String, List<String>> UNUSED_CONTROLS = Map.ofEntries(
            Map.entry("javafx.scene.control.DatePicker", List.of("date-picker", "date-picker-popup", "date-cell",
                    "day-cell", "day-name-cell", "hijrah-day-cell", "week-number-cell", "month-year-pane",
                    "calendar-grid", "today", "previous-month", "next-month")),
            Map.entry("javafx.scene.control.ColorPicker", List.of("color-picker", "color-palette",
                    "color-palette-region", "color-picker-grid", "color-picker-label", "color-rect",
                    "color-rect-border", "color-rect-pane", "color-square", "color-bar", "current-new-color-grid",
                    "custom-color-dialog", "customcolor-controls-background", "hover-square", "picker-color",
                    "picker-color-rect", "webcolor-field", "web-field", "color-input-field", "transparent-pattern",
                    "settings-label", "settings-unit", "controls-pane")),
            Map.entry("javafx.scene.control.Pagination", List.of("pagination", "pagination-control",
                    "page-information", "number-button", "bullet-button")),
            Map.entry("javafx.scene.control.Slider", List.of("slider")),
            Map.entry("javafx.scene.control.Spinner", List.of("spinner", "split-arrows-horizontal",
                    "split-arrows-vertical", "arrows-on-left-horizontal", "arrows-on-left-vertical",
                    "arrows-on-right-horizontal", "increment-arrow-button", "decrement-arrow-button")),
            Map.entry("javafx.scene.control.Accordion", List.of("accordion", "first-titled-pane")),
            Map.entry("javafx.scene.control.TitledPane", List.of("titled-pane")),
            Map.entry("javafx.scene.control.SplitMenuButton", List.of("split-menu-button")),
            Map.entry("javafx.scene.chart.PieChart", List.of("chart-pie", "chart-pie-label", "chart-pie-label-line",
                    "pie-legend-symbol")),
            Map.entry("javafx.scene.chart.BarChart", List.of("bar-chart", "chart-bar", "bar-legend-symbol")),
            Map.entry("javafx.scene.chart.StackedBarChart", List.of("stacked-bar-chart")),
            Map.entry("javafx.scene.chart.BubbleChart", List.of("chart-bubble", "bubble-legend-symbol")),
            Map.entry("javafx.scene.chart.AreaChart", List.of("chart-area-symbol", "area-legend-symbol",
                    "chart-series-area-fill", "chart-series-area-line")));

    private StyleClassNames() {
    }

    /** The names for the app whose compiled classes are in the folder. */
    static Set<String> of(Path appClasses) throws IOException {
        Set<String> app = new HashSet<>();
        try (Stream<Path> files = Files.walk(appClasses)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassFileStrings.addTo(in, app);
                }
            }
        }
        Set<String> names = new HashSet<>(app);
        for (String anchor : LIBRARIES) {
            addJar(jarOf(anchor), names);
        }
        UNUSED_CONTROLS.forEach((control, classes) -> {
            if (!app.contains(control.replace('.', '/'))) {
                classes.forEach(names::remove);
            }
        });
        names.removeIf(n -> !NAME.matcher(n).matches());
        return names;
    }

    private static void addJar(Path jar, Set<String> names) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    ClassFileStrings.addTo(in, names);
                }
            }
        }
    }

    private static Path jarOf(String className) throws IOException {
        try {
            Class<?> type = Class.forName(className, false, StyleClassNames.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IOException("cannot find the library of " + className, e);
        }
    }
}
