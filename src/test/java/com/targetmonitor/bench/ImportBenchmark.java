package com.targetmonitor.bench;

import com.targetmonitor.logic.excel.imports.ImportFiles;
import com.targetmonitor.logic.excel.imports.ImportOptions;
import com.targetmonitor.logic.excel.imports.ImportPreview;
import com.targetmonitor.logic.excel.imports.ImportResult;
import com.targetmonitor.logic.excel.imports.ImportSession;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.imports.StatisticsImporter;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Not a test: times importing a 100,000-row statistics workbook against POI's bare streaming parse of
 * the same file, each run in its own JVM with -Xmx256m, and reports wall time and peak heap.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.targetmonitor.bench.ImportBenchmark [rows] [runs]
 * </pre>
 * Results go into docs/benchmarks.md by hand.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]));
            return;
        }
        // Data rows; with the title and two header rows 99,997 fill the 100,000 rows a sheet may have.
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : com.targetmonitor.logic.excel.read.SheetLimits.MAX_ROWS - 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("tm-bench");
        try {
            run(dir, rows, runs);
        } finally {
            deleteTree(dir);
        }
    }

    private static void run(Path dir, int rows, int runs) throws Exception {
        Path file = generate(dir.resolve("统计月报-" + rows + ".xlsx"), rows);
        System.out.printf("file: %s, %,d rows, %,d bytes%n", file.getFileName(), rows, Files.size(file));
        // Bare and import alternate, so that both see the same load on a shared machine.
        List<double[]> bare = new ArrayList<>();
        List<double[]> imports = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            bare.add(spawn("bare", file));
            imports.add(spawn("import", file));
        }
        summary("bare", bare);
        summary("import", imports);
        double[] wallRatio = new double[runs];
        double[] cpuRatio = new double[runs];
        for (int i = 0; i < runs; i++) {
            wallRatio[i] = imports.get(i)[0] / bare.get(i)[0];
            cpuRatio[i] = imports.get(i)[2] / bare.get(i)[2];
        }
        Arrays.sort(wallRatio);
        Arrays.sort(cpuRatio);
        System.out.printf("import / bare: wall %.2f (median of pairs), cpu %.2f%n", wallRatio[runs / 2],
                cpuRatio[runs / 2]);
        for (String mode : List.of("bare", "import")) {
            for (int mb : new int[] {32, 48, 64, 96, 128, 192, 256}) {
                try {
                    spawn(mode, file, mb);
                    System.out.printf("%-6s runs in -Xmx%dm%n", mode, mb);
                    break;
                } catch (IllegalStateException e) {
                    System.out.printf("%-6s fails in -Xmx%dm%n", mode, mb);
                }
            }
        }
    }

    private static void summary(String mode, List<double[]> results) {
        int n = results.size();
        double[] wall = results.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] heap = results.stream().mapToDouble(r -> r[1]).sorted().toArray();
        double[] cpu = results.stream().mapToDouble(r -> r[2]).sorted().toArray();
        System.out.printf("%-6s wall median %.2f s (min %.2f, max %.2f), cpu median %.2f s, peak heap median %.0f MB "
                + "(max %.0f MB)%n", mode, wall[n / 2], wall[0], wall[n - 1], cpu[n / 2], heap[n / 2], heap[n - 1]);
    }

    /** Runs one measurement in a fresh JVM limited to 256 MB of heap; returns {seconds, peak heap MB, cpu seconds}. */
    private static double[] spawn(String mode, Path file) throws Exception {
        return spawn(mode, file, 256);
    }

    private static double[] spawn(String mode, Path file, int heapMb) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"),
                ImportBenchmark.class.getName(), "--child", mode, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(mode + " failed:\n" + out);
        }
        List<String> lines = out.strip().lines().filter(l -> !l.contains("DEBUG")).toList();
        String last = lines.get(lines.size() - 1);
        System.out.println("  " + mode + ": " + String.join(" | ", lines));
        return Arrays.stream(last.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static void child(String mode, Path file) throws Exception {
        Path wsDir = Files.createTempDirectory("tm-bench-ws");
        try {
            // The workspace (with the seed plans) is made before the clock starts: only the import is timed.
            Workspace ws = mode.equals("import") ? WorkspaceOpener.openOrCreateWithSeeds(wsDir.resolve("w.tmdb")) : null;
            System.gc();
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long start = System.nanoTime();
            String detail = ws == null ? bare(file) : importIt(ws, file);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            sampler.stop = true;
            sampler.join();
            System.out.println(detail);
            System.out.printf(java.util.Locale.ROOT, "%.3f %.1f %.3f%n", seconds, sampler.max / 1048576.0, cpu);
            if (ws != null) {
                ws.close();
            }
        } finally {
            deleteTree(wsDir);
        }
    }

    /** Samples the used heap every 5 ms: the peak includes garbage not yet collected, as the limit does. */
    private static final class HeapSampler extends Thread {
        volatile boolean stop;
        volatile long max;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!stop) {
                max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** POI alone: XSSFReader + XSSFSheetXMLHandler, counting cells and doing nothing else. */
    private static String bare(Path file) throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    cells[0]++;
                                }
                            }, false));
                    xml.parse(new InputSource(in));
                }
            }
            pkg.revert();
        }
        return "cells " + cells[0];
    }

    /** The whole import: read and check the file, match every row, build the preview, write in one transaction. */
    private static String importIt(Workspace ws, Path file) {
        {
            Plan plan = new PlanStatusService(ws).findPlan("金昌市2022");
            long t0 = System.nanoTime();
            ImportFiles files = ImportFiles.read(List.of(file), ImportOptions.NONE);
            long t1 = System.nanoTime();
            ImportSession session = StatisticsImporter.preview(ws, plan, files.statistics(), ImportOptions.NONE);
            ImportPreview preview = session.preview();
            long t2 = System.nanoTime();
            ImportResult result = session.apply();
            long t3 = System.nanoTime();
            return String.format(java.util.Locale.ROOT, "read %.2f s, match+preview %.2f s, apply %.2f s; rows %d, "
                            + "written %d, unmatched %d", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                    preview.rows().size(), result.written(), preview.count(RowState.UNMATCHED));
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A 统计月报 of the given length: title, two-level header, six columns. One row in a hundred names an
     * indicator of the seed plan 金昌市2022年 (as a bureau writes it); the rest name figures the plan
     * does not watch, as a county's or an industry's detailed table does.
     */
    static Path generate(Path file, int rows) throws Exception {
        String[] known = {"地区生产总值（亿元）", "规模以上工业增加值", "社会消费品零售总额", "城镇新增就业", "招商引资到位资金",
            "一般公共预算收入", "全社会固定资产投资（不含农户）", "外贸进出口总额", "高新技术企业数", "粮食产量"};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("月报");
            s.createRow(0).createCell(0).setCellValue("金昌市2022年1-6月主要经济指标");
            Row h1 = s.createRow(1);
            String[] upper = {"指标名称", "计量单位", "本月", null, "1-6月", null};
            String[] lower = {null, null, "绝对值", "增长%", "绝对值", "增长%"};
            Row h2 = s.createRow(2);
            for (int c = 0; c < upper.length; c++) {
                if (upper[c] != null) {
                    h1.createCell(c).setCellValue(upper[c]);
                }
                if (lower[c] != null) {
                    h2.createCell(c).setCellValue(lower[c]);
                }
            }
            java.util.Random random = new java.util.Random(42);
            for (int r = 0; r < rows; r++) {
                Row row = s.createRow(r + 3);
                boolean watched = r % 100 == 0;
                row.createCell(0).setCellValue(watched ? known[(r / 100) % known.length] + (r / 1000 > 0 ? "（" + r + "）" : "")
                        : "其他统计指标" + r);
                row.createCell(1).setCellValue(r % 3 == 0 ? "万元" : "亿元");
                row.createCell(2).setCellValue(Math.round(random.nextDouble() * 100000) / 100.0);
                row.createCell(3).setCellValue(Math.round(random.nextGaussian() * 1000) / 100.0);
                row.createCell(4).setCellValue(Math.round(random.nextDouble() * 600000) / 100.0);
                row.createCell(5).setCellValue(r % 7 == 0 ? "下降" + (r % 50) / 10.0 : String.valueOf((r % 90) / 10.0));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
