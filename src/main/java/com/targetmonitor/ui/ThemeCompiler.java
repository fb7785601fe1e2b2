package com.targetmonitor.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.CompoundSelector;
import javafx.css.Selector;
import javafx.css.SimpleSelector;

/**
 * Run by the build (pom.xml, phase process-classes, before {@link StylesheetCompiler}), not by the app:
 * writes css/theme.css, AtlantaFX's PrimerLight stylesheet with only the selectors that can match a node of
 * this application: a selector naming a style class that no code of the app or of its control libraries
 * can add ({@link StyleClassNames}) never matches, so leaving it out changes no node's style. JavaFX checks
 * every node against each distinct style-class set its stylesheets end selectors with (513 in PrimerLight,
 * most for controls and style variants the app never shows); at start-up that matching was the largest
 * part of the window's first styling pass (docs/benchmarks.md, ADR 0023). The rules kept are copied as
 * they are, in their order, so the cascade among them is the theme's.
 */
public final class ThemeCompiler {

    /** The theme's stylesheet on the class path (AtlantaFX's jar). */
    static final String SOURCE = new PrimerLight().getUserAgentStylesheet();

    private static final Pattern NUMBERED = Pattern.compile("(.*?)-?\\d+");

    private ThemeCompiler() {
    }

    /** @param args the build's classes folder: the app's classes are read there, css/theme.css written */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Files.createDirectories(classes.resolve("css"));
        Files.writeString(classes.resolve(AppTheme.THEME.substring(1)),
                trim(source(), StyleClassNames.of(classes)), StandardCharsets.UTF_8);
    }

    /** The theme's stylesheet as AtlantaFX ships it. */
    static String source() throws IOException {
        try (InputStream in = Objects.requireNonNull(ThemeCompiler.class.getResourceAsStream(SOURCE), SOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The stylesheet with the selectors that can match (names: the style classes a node can carry). */
    static String trim(String css, Set<String> names) {
        StringBuilder out = new StringBuilder();
        for (CssRules.Rule rule : CssRules.of(css)) {
            List<String> kept = new ArrayList<>();
            for (String selector : rule.selectors()) {
                if (canMatch(selector, names)) {
                    kept.add(selector);
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" {").append(rule.body()).append("}\n");
            }
        }
        return out.toString();
    }

    /**
     * Whether a node of the app could match the selector: every style class it names is one a node can
     * carry. A selector JavaFX cannot read is kept, as is a class made by appending a number to a known
     * prefix (charts' default-color0…7, a progress indicator's segment0…11).
     */
    static boolean canMatch(String selector, Set<String> names) {
        if (selector.startsWith("@")) {
            return true;
        }
        Selector parsed = Selector.createSelector(selector);
        if (parsed == null) {
            return true;
        }
        List<SimpleSelector> parts = parsed instanceof CompoundSelector compound ? compound.getSelectors()
                : List.of((SimpleSelector) parsed);
        for (SimpleSelector part : parts) {
            for (String styleClass : part.getStyleClasses()) {
                if (!names.contains(styleClass) && !numbered(styleClass, names)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean numbered(String styleClass, Set<String> names) {
        Matcher m = NUMBERED.matcher(styleClass);
        return m.matches() && (names.contains(m.group(1)) || names.contains(m.group(1) + "-"));
    }
}
