package com.targetmonitor.logic.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.selftest.CheckResult.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner and the checks that need no display, on real files in a temporary folder. */
class SelfTestTest {

    @TempDir
    Path dir;

    private static SelfCheck check(String name, ThrowingRun run) {
        return new SelfCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CheckResult run(SelfTestContext context) throws Exception {
                return run.run();
            }
        };
    }

    interface ThrowingRun {
        CheckResult run() throws Exception;
    }

    @Test
    void everyCheckRunsAndReportsEvenAfterOthersFail() {
        List<String> seen = new ArrayList<>();
        SelfTest test = new SelfTest(List.of(
                check("one", () -> CheckResult.ok("fine")),
                check("two", () -> {
                    throw new IllegalStateException("went\nwrong");
                }),
                check("three", () -> {
                    throw new NoClassDefFoundError("java/awt/Color");
                }),
                check("four", () -> CheckResult.skip("no display")),
                check("five", () -> null)));
        List<SelfTest.Result> results = test.run(SelfTestContext.in(dir), r -> seen.add(r.name()));

        assertThat(seen).containsExactly("one", "two", "three", "four", "five");
        assertThat(results).extracting(SelfTest.Result::outcome)
                .containsExactly(Outcome.OK, Outcome.FAIL, Outcome.FAIL, Outcome.SKIP, Outcome.FAIL);
        assertThat(results.get(1).detail()).isEqualTo("IllegalStateException: went wrong");
        assertThat(results.get(2).detail()).isEqualTo("NoClassDefFoundError: java/awt/Color");
        assertThat(results.get(4).detail()).contains("no result");
        assertThat(results).filteredOn(SelfTest.Result::failed).hasSize(3);
    }

    @Test
    void aFailureNamesItsRootCause() {
        var e = new RuntimeException("cannot write x.pdf", new java.io.IOException("disk full"));
        assertThat(SelfTest.describe(e))
                .isEqualTo("RuntimeException: cannot write x.pdf (cause: IOException: disk full)");
    }

    @Test
    void theStandardChecksPassOnThisMachine() {
        List<SelfCheck> checks = List.of(new SqliteCheck(), new XlsxCheck(), new PdfCheck());
        List<SelfTest.Result> results = new SelfTest(checks).run(SelfTestContext.in(dir), r -> { });

        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).as(r.name() + ": " + r.detail())
                .isEqualTo(Outcome.OK));
        assertThat(results.get(0).detail())
                .matches("wrote and read a workspace \\(3 plans, \\d+ indicators, schema version \\d+\\)");
        assertThat(results.get(1).detail()).matches("wrote and read back a workbook \\(2 sheets, \\d+ rows\\)");
        assertThat(results.get(2).detail()).matches("wrote and read back a \\d+-page report with the font .+");
        assertThat(dir.resolve("selftest-demo.tmdb")).isRegularFile();
        assertThat(dir.resolve("selftest-progress.xlsx")).isRegularFile();
        assertThat(dir.resolve("selftest-report.pdf")).isRegularFile();
    }

    @Test
    void theInstalledChecksIncludeWhatTheApplicationContributes() {
        assertThat(SelfTest.installedChecks()).extracting(SelfCheck::name)
                .containsExactly("data", "sqlite", "xlsx", "pdf", "javafx");
    }

    @Test
    void aTemporaryContextIsDeletedAfterwards() throws Exception {
        Path folder;
        try (SelfTestContext context = SelfTestContext.inTemporaryFolder()) {
            folder = context.folder();
            context.demoWorkspace();
            assertThat(Files.list(folder)).isNotEmpty();
        }
        assertThat(folder).doesNotExist();
    }

    @Test
    void theDataFolderMustBeWritableAndOutsideTheInstallFolder() throws Exception {
        Path install = Files.createDirectories(dir.resolve("opt/target-monitor/lib"));
        Path home = Files.createDirectories(dir.resolve("home/.local/share"));

        CheckResult fresh = DataFolderCheck.check(home.resolve("target-monitor"), Optional.of(install));
        assertThat(fresh.outcome()).isEqualTo(Outcome.OK);
        assertThat(fresh.detail()).contains("created on first start", "outside the install folder " + install);

        CheckResult inside = DataFolderCheck.check(install.resolve("data"), Optional.of(install));
        assertThat(inside.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(inside.detail()).contains("inside the install folder");

        assertThat(DataFolderCheck.check(home, Optional.empty()).outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void theInstallFolderIsWhereTheLauncherTheRuntimeAndTheJarMeet() {
        Path runtime = Path.of("/opt/target-monitor/lib/runtime");
        Path jar = Path.of("/opt/target-monitor/lib/app/target-monitor.jar");
        assertThat(DataFolderCheck.installFolder("/opt/target-monitor/bin/target-monitor", runtime, jar))
                .contains(Path.of("/opt/target-monitor"));
        // Windows: INSTALLDIR\TargetMonitor.exe, INSTALLDIR\runtime, INSTALLDIR\app\target-monitor.jar
        Path programs = Path.of("/Users/li/AppData/Local/Programs/TargetMonitor");
        assertThat(DataFolderCheck.installFolder(programs.resolve("TargetMonitor.exe").toString(),
                programs.resolve("runtime"), programs.resolve("app/target-monitor.jar"))).contains(programs);
        assertThat(DataFolderCheck.installFolder(null, runtime, jar)).isEmpty(); // a development build
        assertThat(DataFolderCheck.installFolder("/x", Path.of("/usr/lib/jvm/j17"), Path.of("/home/officer/t.jar")))
                .isEmpty(); // nothing in common but the root
    }
}
