package com.targetmonitor.bench;

import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportSession;
import com.targetmonitor.logic.excel.imports.StatisticsImporter;
import com.targetmonitor.logic.excel.read.RowSink;
import com.targetmonitor.logic.excel.read.SheetRow;
import com.targetmonitor.logic.excel.read.SpreadsheetReader;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.persistence.Workspace;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: where a command-line import's time goes, in one fresh JVM as a user's run (class loading
 * and compilation included, as they fall): the JVM's start up to main, reading the sheet alone (zip,
 * shared strings, styles, XML, cell texts), reading it again as the import does (header, period,
 * numbers, SHA-256; classes now loaded), matching and the preview, writing. Prints wall and process
 * CPU per part. The workspace must hold the seed plans (a copy: it is written to).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.targetmonitor.bench.ImportPhases WORKSPACE FILE
 * </pre>
 */
public final class ImportPhases {

    private ImportPhases() {
    }

    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] last = {ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, os.getProcessCpuTime() / 1e9,
            System.nanoTime() / 1e9};
        System.out.printf(Locale.ROOT, "load %.1f%nJVM start to main: wall %.2f s, cpu %.2f s%n",
                os.getSystemLoadAverage(), last[0], last[1]);
        Path file = Path.of(args[1]);
        long[] cells = {0};
        SpreadsheetReader.read(file, new RowSink() {
            @Override
            public boolean startSheet(String name, boolean hidden) {
                return true;
            }

            @Override
            public void row(SheetRow row) {
                cells[0] += row.width();
            }

            @Override
            public void endSheet() {
            }
        });
        part("read the sheet alone (" + cells[0] + " cells)", last, os);
        ImportFiles files = ImportFiles.read(List.of(file), ImportOptions.NONE);
        part("read as the import does", last, os);
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            part("open the workspace", last, os);
            ImportSession session = StatisticsImporter.preview(ws, new PlanStatusService(ws).findPlan("金昌市2022"),
                    files.statistics(), ImportOptions.NONE);
            int rows = session.preview().rows().size();
            part("match and preview (" + rows + " rows)", last, os);
            int written = session.apply().written();
            part("write (" + written + " values)", last, os);
        }
    }

    private static void part(String name, double[] last, com.sun.management.OperatingSystemMXBean os) {
        double wall = System.nanoTime() / 1e9;
        double cpu = os.getProcessCpuTime() / 1e9;
        System.out.printf(Locale.ROOT, "%s: wall %.2f s, cpu %.2f s%n", name, wall - last[2], cpu - last[1]);
        last[1] = cpu;
        last[2] = wall;
    }
}
