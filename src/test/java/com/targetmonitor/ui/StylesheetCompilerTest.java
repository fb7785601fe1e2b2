package com.targetmonitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window loads css/app.bss, which the build writes beside app.css: it must be there, and it must say
 * what app.css says (a stale or missing binary would style the window differently from the source).
 */
class StylesheetCompilerTest {

    @Test
    void theBuildsBinaryStylesheetSaysWhatTheSourceSays() throws Exception {
        URL css = AppTheme.stylesheetUrl();
        URL bss = AppTheme.class.getResource(AppTheme.STYLESHEET.replace(".css", ".bss"));
        assertThat(bss).as("css/app.bss beside css/app.css (pom.xml, compile-stylesheets)").isNotNull();
        assertThat(describe(Stylesheet.loadBinary(bss))).isEqualTo(describe(new CssParser().parse(css)));
    }

    @Test
    void convertsEveryStylesheetOfAFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.css"), ".tm-a { -fx-padding: 4; -fx-text-fill: -color-fg-default; }");
        Files.writeString(dir.resolve("b.css"), ".tm-b:hover > .label { -fx-font-size: 1.2em; }");
        Files.writeString(dir.resolve("notes.txt"), "not a stylesheet");
        StylesheetCompiler.main(new String[] {dir.toString(), dir.resolve("missing").toString()});
        assertThat(dir.resolve("a.bss")).exists();
        assertThat(dir.resolve("notes.bss")).doesNotExist();
        Stylesheet b = Stylesheet.loadBinary(new File(dir.resolve("b.bss").toString()).toURI().toURL());
        assertThat(describe(b)).isEqualTo(describe(new CssParser().parse(dir.resolve("b.css").toUri().toURL())));
        assertThat(String.join("\n", describe(b))).contains("-fx-font-size", "1.2em");
    }

    /** Each rule's selectors and declarations as text. */
    private static List<String> describe(Stylesheet sheet) {
        return sheet.getRules().stream().map(StylesheetCompilerTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + "=" + leaves(d.getParsedValue()) + (d.isImportant() ? " !important" : ""))
                .toList();
    }

    /**
     * The plain values at the ends of a parsed value's tree (sizes, colours, names, lookups), in order: the
     * binary form nests some values differently from the parser's, but holds the same ends.
     */
    private static String leaves(Object value) {
        StringBuilder b = new StringBuilder();
        collect(value, b);
        return b.toString();
    }

    private static void collect(Object value, StringBuilder b) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            collect(parsed.getValue(), b);
        } else if (value instanceof Object[] array) {
            for (Object element : array) {
                collect(element, b);
            }
        } else {
            b.append('[').append(value).append(']');
        }
    }
}
