package com.targetmonitor.logic.selftest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the self-test checks one after the other, each isolated from the others' failures, and
 * reports each result as soon as it is known (so a check that hangs shows which one it is).
 * It is how a built package is verified on the machine it is installed on.
 */
public final class SelfTest {

    private static final Logger LOG = LoggerFactory.getLogger(SelfTest.class);

    private final List<SelfCheck> checks;

    public SelfTest(List<SelfCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * The checks of an installed copy: the data folder, SQLite, Excel and PDF, then whatever the
     * application contributes through {@link ServiceLoader} (the JavaFX check lives with the desktop
     * application, which the command line must not depend on).
     */
    public static List<SelfCheck> installedChecks() {
        List<SelfCheck> all = new ArrayList<>(List.of(new DataFolderCheck(), new SqliteCheck(), new XlsxCheck(),
                new PdfCheck()));
        ServiceLoader.load(SelfCheck.class, SelfTest.class.getClassLoader()).forEach(all::add);
        return all;
    }

    /** What one check found, and how long it took. */
    public record Result(String name, CheckResult.Outcome outcome, String detail, Duration took) {

        public Result {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(took, "took");
        }

        public boolean failed() {
            return outcome == CheckResult.Outcome.FAIL;
        }
    }

    /** Runs every check in the context; each result goes to {@code each} as soon as it is known. */
    public List<Result> run(SelfTestContext context, Consumer<Result> each) {
        List<Result> results = new ArrayList<>();
        for (SelfCheck check : checks) {
            Result result = runOne(check, context);
            results.add(result);
            each.accept(result);
        }
        return results;
    }

    private static Result runOne(SelfCheck check, SelfTestContext context) {
        long start = System.nanoTime();
        CheckResult found;
        try {
            found = Objects.requireNonNull(check.run(context), "the check returned no result");
        } catch (Exception | LinkageError | AssertionError e) {
            // LinkageError: a class or native library the bundled runtime lacks is exactly what this finds.
            LOG.debug("self-test check {} failed", check.name(), e);
            found = CheckResult.fail(describe(e));
        }
        return new Result(check.name(), found.outcome(), found.detail(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** "NoClassDefFoundError: java/awt/Color", with the root cause when it says more. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(oneThrowable(e));
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            String cause = oneThrowable(root);
            if (!text.toString().contains(cause)) {
                text.append(" (cause: ").append(cause).append(')');
            }
        }
        return text.toString();
    }

    private static String oneThrowable(Throwable e) {
        String message = e.getMessage();
        boolean plain = e instanceof RuntimeException && !(e instanceof NullPointerException)
                && message != null && !message.isBlank()
                && e.getClass().getPackageName().startsWith("com.targetmonitor");
        if (plain) {
            return message; // our own exceptions already say what is wrong in words
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }
}
