package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash drill: an import run as a real process is killed (SIGKILL, no shutdown hooks) at random
 * moments, twenty times. Each time the workspace must pass PRAGMA integrity_check and hold the
 * import whole (the plan with all its indicators) or not at all.
 */
class CrashDrillTest {

    static final int INDICATORS = 800;
    static final String PLAN = "演练市2024年";

    @TempDir
    Path dir;

    @Test
    void anImportKilledAtRandomMomentsLeavesTheWorkspaceWholeOrUntouched() throws Exception {
        Path base = dir.resolve("base.tmdb");
        assertThat(CliRunner.run("demo", "--db", base.toString()).exitCode()).isZero();
        Path table = targetsTable(dir.resolve("targets.csv"));

        // One import to its end: how long it takes here, and that the file imports at all.
        Path whole = copy(base, "whole.tmdb");
        long start = System.nanoTime();
        Process full = ChildJvm.start(null, null, importArgs(whole, table));
        assertThat(full.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(full.exitValue()).isZero();
        long fullMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(indicators(whole)).isEqualTo(INDICATORS);

        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> outcomes = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            Path ws = copy(base, "run" + run + ".tmdb");
            Path log = dir.resolve("run" + run + ".log");
            Process p = ChildJvm.start(null, log, importArgs(ws, table));
            // Anywhere from JVM start-up to the commit.
            long wait = (long) (fullMillis * (0.4 + 0.7 * random.nextDouble()));
            boolean finished = p.waitFor(wait, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            String check = integrity(ws);
            int count = indicators(ws);
            assertThat(check).as("run %d (seed %d, killed after %d ms)", run, seed, wait).isEqualTo("ok");
            assertThat(count).as("run %d (seed %d, killed after %d ms): whole or nothing", run, seed, wait)
                    .isIn(-1, INDICATORS);
            if (finished) {
                assertThat(p.exitValue()).as(Files.readString(log)).isZero();
                assertThat(count).as("a finished import is whole").isEqualTo(INDICATORS);
            }
            outcomes.add((count == INDICATORS ? "whole" : "none") + (finished ? "" : " (killed at " + wait + " ms)"));
        }
        // Reported so a run that never killed mid-write shows (the kill moments are spread over the whole run).
        System.out.println("crash drill (seed " + seed + ", full run " + fullMillis + " ms): " + outcomes);
    }

    static String[] importArgs(Path ws, Path table) {
        return new String[] {"import", "--db", ws.toString(), "--plan", PLAN, "--year", "2024", table.toString()};
    }

    private Path copy(Path base, String name) throws Exception {
        return Files.copy(base, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static Path targetsTable(Path file) throws Exception {
        StringBuilder csv = new StringBuilder("2024年主要目标任务分解表\n序号,指标名称,单位,目标,牵头单位\n");
        for (int i = 1; i <= INDICATORS; i++) {
            csv.append(i).append(",重点指标第").append(i).append("项,万元,").append(1000 + i).append("万元以上,单位")
                    .append(i % 40).append('\n');
        }
        return Files.writeString(file, csv);
    }

    static String integrity(Path ws) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    /** The drill plan's indicators, or -1 when the plan is not there. */
    static int indicators(Path ws) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM plan WHERE name = '" + PLAN + "'), "
                     + "(SELECT count(*) FROM indicator i JOIN plan p ON p.id = i.plan_id WHERE p.name = '" + PLAN + "')")) {
            rs.next();
            return rs.getInt(1) == 0 ? -1 : rs.getInt(2);
        }
    }
}
