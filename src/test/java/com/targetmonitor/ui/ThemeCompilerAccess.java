package com.targetmonitor.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** The theme compiler's steps, for tests in other packages. */
public final class ThemeCompilerAccess {

    private ThemeCompilerAccess() {
    }

    /** AtlantaFX's PrimerLight stylesheet as shipped. */
    public static String source() throws IOException {
        return ThemeCompiler.source();
    }

    /** The style classes the build's classes and libraries can set (target/classes, as the build reads). */
    public static Set<String> names() throws IOException {
        return StyleClassNames.of(Path.of("target/classes"));
    }

    public static String trim(String css, Set<String> names) {
        return ThemeCompiler.trim(css, names);
    }
}
