package com.targetmonitor.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Run by the build (pom.xml, phase process-classes), not by the app: writes JavaFX's binary form of each
 * stylesheet beside it (css/app.css → css/app.bss). JavaFX loads a .bss found beside a .css instead of
 * parsing the text, and at start-up parsing app.css, with loading and warming the parser, cost about a
 * tenth of the window's first styling pass (docs/benchmarks.md). No toolkit is needed to convert.
 */
public final class StylesheetCompiler {

    private StylesheetCompiler() {
    }

    /** @param args the folders whose .css files to convert (the build's classes/css) */
    public static void main(String[] args) throws IOException {
        for (String folder : args) {
            for (Path css : stylesheets(Path.of(folder))) {
                String name = css.getFileName().toString();
                Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
                Stylesheet.convertToBinary(css.toFile(), bss.toFile());
            }
        }
    }

    private static List<Path> stylesheets(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".css")).sorted().toList();
        }
    }
}
