package com.targetmonitor.cli;

import com.targetmonitor.logic.selftest.CheckResult;
import com.targetmonitor.logic.selftest.SelfTest;
import com.targetmonitor.logic.selftest.SelfTestContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Checks that this installed copy works on this machine, one line per check: the data folder,
 * SQLite, .xlsx, a Chinese font in a PDF and, where there is a display, JavaFX drawing a chart.
 * It works in a temporary folder and never touches the user's workspace. It is how a built
 * package is verified (CI runs it on the Linux app-image; an officer's IT staff can run it too).
 */
@Command(name = "selftest", mixinStandardHelpOptions = true, description = {
    "Check that this installation works on this machine, one line per check:",
    "the data folder, SQLite, .xlsx, a Chinese font in a PDF, and JavaFX drawing a chart",
    "(skipped without a display). Works in a temporary folder; exit 1 if any check fails."})
final class SelfTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * Whether the JVM maps a class-data archive (HotSpot's java.vm.info says "sharing"): the installed
     * launcher's, once made (ADR 0021), or a JDK's default one.
     */
    static String classDataSharing() {
        return System.getProperty("java.vm.info", "").contains("sharing") ? ", class-data sharing on"
                : ", class-data sharing off";
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println(new VersionProvider().getVersion()[0] + " on Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.home") + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + classDataSharing());
        out.flush();
        List<SelfTest.Result> results;
        try (SelfTestContext context = SelfTestContext.inTemporaryFolder()) {
            results = new SelfTest(SelfTest.installedChecks()).run(context, r -> {
                out.println(line(r));
                out.flush();
            });
        }
        out.println(summary(results));
        return results.stream().anyMatch(SelfTest.Result::failed) ? 1 : 0;
    }

    /** "selftest: 4 passed, 0 failed, 1 skipped": the last line, in the form test runners end with. */
    static String summary(List<SelfTest.Result> results) {
        long passed = results.stream().filter(r -> r.outcome() == CheckResult.Outcome.OK).count();
        long failed = results.stream().filter(SelfTest.Result::failed).count();
        long skipped = results.size() - passed - failed;
        return "selftest: " + passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }

    /** "ok   sqlite: wrote and read a workspace (…) in 0.4 s", "FAIL pdf: …", "skip javafx: no display". */
    static String line(SelfTest.Result r) {
        String label = switch (r.outcome()) {
            case OK -> "ok";
            case FAIL -> "FAIL";
            case SKIP -> "skip";
        };
        String took = r.outcome() == CheckResult.Outcome.OK
                ? String.format(Locale.ROOT, " in %.1f s", r.took().toMillis() / 1000.0) : "";
        return String.format(Locale.ROOT, "%-4s %s: %s%s", label, r.name(), r.detail(), took);
    }
}
