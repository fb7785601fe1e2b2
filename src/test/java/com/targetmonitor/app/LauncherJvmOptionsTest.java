package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The installed launcher (installer/jpackage/common.args) and the README's run command (pom.xml, exec plugin)
 * start the JVM with the same heap and compiler options (ADRs 0019 and 0025): what the benchmarks measure
 * with those options is then what both officers and developers run.
 */
class LauncherJvmOptionsTest {

    private static final Pattern HEAP_OR_COMPILER = Pattern.compile("-X(mx\\S+|X:(?!SharedArchiveFile)\\S+)");

    @Test
    void theRunCommandStartsTheJvmAsTheInstalledLauncherDoes() throws Exception {
        List<String> launcher = Files.readAllLines(Path.of("installer/jpackage/common.args"), StandardCharsets.UTF_8)
                .stream()
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip())
                .filter(option -> HEAP_OR_COMPILER.matcher(option).matches())
                .toList();
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String exec = pom.substring(pom.indexOf("<artifactId>exec-maven-plugin</artifactId>"));
        exec = exec.substring(0, exec.indexOf("</arguments>"));
        Matcher argument = Pattern.compile("<argument>([^<]+)</argument>").matcher(exec);
        List<String> runCommand = argument.results().map(m -> m.group(1).strip())
                .filter(option -> HEAP_OR_COMPILER.matcher(option).matches())
                .toList();

        assertThat(launcher).contains("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=15");
        assertThat(runCommand).containsExactlyElementsOf(launcher);
    }
}
