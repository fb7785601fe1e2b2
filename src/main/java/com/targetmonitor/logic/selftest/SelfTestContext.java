package com.targetmonitor.logic.selftest;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.persistence.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The scratch folder the checks work in (a new temporary folder, deleted afterwards) and the demo
 * workspace they share: made from the bundled seed plans on first use, so the checks that write a
 * workbook or a report work on real plans without touching the user's workspace.
 */
public final class SelfTestContext implements AutoCloseable {

    /** The seed plan the workbook, report and chart checks are made from, at its last month with actuals. */
    public static final String PLAN = "金昌市2022年";
    public static final AsOf AS_OF = AsOf.of(2022, 6);

    private final Path folder;
    private final boolean owned;
    private Path demo;

    private SelfTestContext(Path folder, boolean owned) {
        this.folder = folder;
        this.owned = owned;
    }

    /** A context in a new temporary folder, deleted by {@link #close()}. */
    public static SelfTestContext inTemporaryFolder() throws IOException {
        return new SelfTestContext(Files.createTempDirectory("target-monitor-selftest-"), true);
    }

    /** A context in a folder the caller owns (tests); {@link #close()} leaves it. */
    public static SelfTestContext in(Path folder) {
        return new SelfTestContext(folder, false);
    }

    public Path folder() {
        return folder;
    }

    /** The demo workspace file, created (holding the seed plans) the first time it is asked for. */
    public synchronized Path demoWorkspace() {
        if (demo == null) {
            Path file = folder.resolve("selftest-demo.tmdb");
            WorkspaceOpener.createDemo(file).close();
            demo = file;
        }
        return demo;
    }

    /** The standing of {@link #PLAN} at {@link #AS_OF} in the demo workspace. */
    public PlanStatus demoStatus() {
        try (Workspace ws = Workspace.open(demoWorkspace())) {
            PlanStatusService service = new PlanStatusService(ws);
            return service.status(service.findPlan(PLAN), AS_OF);
        }
    }

    @Override
    public void close() {
        if (!owned) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // A scratch folder left in the temporary folder is harmless; the checks' outcome stands.
            LoggerFactory.getLogger(SelfTestContext.class).warn("cannot delete the self-test folder {}", folder, e);
        }
    }
}
