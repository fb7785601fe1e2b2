package com.targetmonitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The build's trimmed theme (css/theme.css): which selectors it keeps, the style classes it counts as
 * possible, and that the file on the class path is what the compiler makes of today's classes.
 * ThemeEquivalenceTest (app) compares the styled window under both themes.
 */
class ThemeCompilerTest {

    @Test
    void cutsAStylesheetIntoRulesAndSelectors() {
        String css = """
                /* a comment { with braces, and commas } */
                .root { -color-a: #fff; }
                .button > .label,
                .tab:selected .text { -fx-shape: "M0 0 L1,1 {"; }
                @font-face { font-family: 'x, y'; }
                """;
        List<CssRules.Rule> rules = CssRules.of(css);
        assertThat(rules).extracting(CssRules.Rule::selectors).containsExactly(List.of(".root"),
                List.of(".button > .label", ".tab:selected .text"), List.of("@font-face"));
        assertThat(rules.get(1).body()).contains("\"M0 0 L1,1 {\"");
    }

    @Test
    void keepsASelectorWhenEveryStyleClassItNamesCanBeOnANode() {
        Set<String> names = Set.of("button", "label", "chart-series-line", "default-color", "tab");
        assertThat(ThemeCompiler.canMatch(".button > .label", names)).isTrue();
        assertThat(ThemeCompiler.canMatch(".button:hover .label:focused", names)).isTrue();
        assertThat(ThemeCompiler.canMatch("Text", names)).isTrue();
        assertThat(ThemeCompiler.canMatch(".chart-series-line.default-color3", names)).as("numbered").isTrue();
        assertThat(ThemeCompiler.canMatch(".button.accent", names)).isFalse();
        assertThat(ThemeCompiler.canMatch(".date-picker > .arrow-button", names)).isFalse();
        assertThat(ThemeCompiler.canMatch("@font-face", names)).isTrue();
    }

    @Test
    void trimmingKeepsTheRulesThatCanMatchInTheirOrderAndDropsTheRest() {
        String css = ".a { -fx-padding: 1; }\n.z, .a .b { -fx-padding: 2; }\n.z { -fx-padding: 3; }\n.b { -fx-padding: 4; }";
        assertThat(ThemeCompiler.trim(css, Set.of("a", "b")))
                .isEqualTo(".a { -fx-padding: 1; }\n.a .b { -fx-padding: 2; }\n.b { -fx-padding: 4; }\n");
    }

    @Test
    void countsTheClassesOfTheAppsCodeAndItsControlLibrariesButNotOfControlsItNeverMakes() throws Exception {
        Set<String> names = StyleClassNames.of(Path.of("target/classes"));
        assertThat(names).contains("tm-status-table", "tree-table-row-cell", "check-box-list-cell",
                "ikonli-font-icon", "dense", "title-4", "left-pill");
        assertThat(names).doesNotContain("date-picker", "color-picker", "spinner", "split-menu-button",
                "button-circle", "card", "elevated-2");
    }

    @Test
    void theBuildsThemeIsTheCompilersTrimOfPrimerLightForTodaysClasses() throws Exception {
        String built;
        try (InputStream in = Objects.requireNonNull(AppTheme.class.getResourceAsStream(AppTheme.THEME),
                "css/theme.css (pom.xml, compile-theme)")) {
            built = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String source = ThemeCompiler.source();
        assertThat(built).isEqualTo(ThemeCompiler.trim(source, StyleClassNames.of(Path.of("target/classes"))));
        assertThat(CssRules.of(built).size()).isLessThan(CssRules.of(source).size() * 4 / 5);
        assertThat(AppTheme.class.getResource(AppTheme.THEME.replace(".css", ".bss"))).as("css/theme.bss").isNotNull();
    }
}
