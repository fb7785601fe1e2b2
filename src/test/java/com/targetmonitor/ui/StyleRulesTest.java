package com.targetmonitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Colours live in css/app.css as looked-up colours; Java code only names style classes. */
class StyleRulesTest {

    private static final List<Path> UI_SOURCES = List.of(Path.of("src/main/java/com/targetmonitor/ui"),
            Path.of("src/main/java/com/targetmonitor/app/DesktopApp.java"));

    @Test
    void javaCodeNamesNoColours() throws IOException {
        Pattern hex = Pattern.compile("\"[^\"\\n]*#[0-9a-fA-F]{3,8}\\b[^\"\\n]*\"");
        Pattern colourApi = Pattern.compile("\\bColor\\s*\\.|javafx\\.scene\\.paint\\.Color\\b|\\.setStyle\\s*\\(");
        for (Path file : javaFiles()) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(hex.matcher(code).find()).as("hex colour in %s", file).isFalse();
            assertThat(colourApi.matcher(code).find()).as("Color or inline style in %s", file).isFalse();
        }
    }

    @Test
    void stylesheetDefinesTheTrafficLightColours() throws IOException {
        String css = stylesheet();
        for (String colour : List.of("-tm-green", "-tm-yellow", "-tm-red", "-tm-grey")) {
            assertThat(css).as(colour).containsPattern(Pattern.quote(colour) + "\\s*:");
        }
    }

    @Test
    void everyStyleClassUsedInJavaIsInTheStylesheet() throws IOException {
        String css = stylesheet();
        Pattern styleClass = Pattern.compile("\"(tm-[a-z0-9-]+)\"");
        for (Path file : javaFiles()) {
            Matcher m = styleClass.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                assertThat(css).as("%s from %s", m.group(1), file).contains("." + m.group(1));
            }
        }
    }

    @Test
    void stylesheetIsOnTheClassPath() {
        assertThat(AppTheme.stylesheetUrl()).isNotNull();
    }

    private static String stylesheet() throws IOException {
        return Files.readString(Path.of("src/main/resources/css/app.css"), StandardCharsets.UTF_8);
    }

    private static List<Path> javaFiles() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : UI_SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
            }
        }
        assertThat(all).isNotEmpty();
        return all;
    }
}
