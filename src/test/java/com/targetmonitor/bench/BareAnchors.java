package com.targetmonitor.bench;

import com.targetmonitor.logic.report.CjkFont;
import com.targetmonitor.logic.report.CjkFontLocator;
import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The anchors: what a bare JVM does with the same libraries and the same data, and nothing else. Each
 * runs the queries the app runs for a status (plan, indicators with units and phasing, categories,
 * units, the latest observation of each indicator up to the month), computes completion the simple
 * way, and prints CSV. The export anchor writes the very cells of the app's workbook with SXSSF (no
 * styles); the report anchor draws the very text of the app's PDF, page by page, with PDFBox (embedded
 * subset of the same font). Both read those from a dump made once, before the clock.
 */
final class BareAnchors {

    private BareAnchors() {
    }

    /** One row per indicator: code, name, unit, kind, target, actual, period, completion, time progress, gap, deviation, status, lead, support, source. */
    static List<String[]> rows(Path db, String plan, int year, int month) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            long planId = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, region, year, document, amount_yellow_band, "
                    + "rate_yellow_band, about_tolerance, rounding_scale FROM plan ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2).equals(plan)) {
                        planId = rs.getLong(1);
                    }
                }
            }
            Map<Long, String> units = map(c, "SELECT id, name FROM unit ORDER BY id", -1);
            map(c, "SELECT id, name FROM category WHERE plan_id = ?", planId);
            Map<Long, String[]> roles = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT u.indicator_id, u.unit_id, u.role FROM indicator_unit u "
                    + "JOIN indicator x ON x.id = u.indicator_id WHERE x.plan_id = ? ORDER BY u.indicator_id, u.position")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String[] r = roles.computeIfAbsent(rs.getLong(1), k -> new String[] {"", ""});
                        r[rs.getString(3).equals("LEAD") ? 0 : 1] = units.get(rs.getLong(2));
                    }
                }
            }
            query(c, "SELECT p.indicator_id, p.cumulative_pct FROM indicator_phasing p JOIN indicator x "
                    + "ON x.id = p.indicator_id WHERE x.plan_id = ? ORDER BY p.indicator_id, p.month", planId);
            Map<Long, double[]> latest = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.indicator_id, o.value, o.end_month, o.source_sentence, "
                    + "max(o.end_month * 2 + (o.granularity = 'QUARTER')) FROM indicator i JOIN observation o "
                    + "ON o.indicator_id = i.id WHERE i.plan_id = ? AND o.year = ? AND o.end_month <= ? GROUP BY i.id")) {
                ps.setLong(1, planId);
                ps.setInt(2, year);
                ps.setInt(3, month);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        latest.put(rs.getLong(1), new double[] {rs.getDouble(2), rs.getInt(3)});
                        rs.getString(4);
                    }
                }
            }
            List<String[]> out = new ArrayList<>();
            double time = month * 100.0 / 12;
            try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.code, i.name, i.unit_of_measure, i.kind, "
                    + "i.target_value, i.source_sentence, i.source_document, i.source_note FROM indicator i "
                    + "LEFT JOIN category c ON c.id = i.category_id WHERE i.plan_id = ? "
                    + "ORDER BY coalesce(c.position, 1000000), i.category_id, i.position, i.id")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        double target = rs.getDouble(6);
                        double[] o = latest.get(id);
                        boolean rate = rs.getString(5).endsWith("RATE") || rs.getString(5).equals("LEVEL");
                        String completion = o == null || rate || target == 0 ? "" : f(o[0] * 100 / target);
                        String[] r = roles.getOrDefault(id, new String[] {"", ""});
                        out.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            f(target), o == null ? "" : f(o[0]), o == null ? "" : year + "年1-" + (int) o[1] + "月",
                            completion, rate ? "" : f(time), completion.isEmpty() ? "" : f(o[0] * 100 / target - time),
                            rate && o != null ? f(o[0] - target) : "", o == null ? "无数据" : "进行中", r[0], r[1],
                            rs.getString(7), rs.getString(8), rs.getString(9)});
                    }
                }
            }
            return out;
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static Map<Long, String> map(Connection c, String sql, long key) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (key >= 0) {
                ps.setLong(1, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void query(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getDouble(2);
                }
            }
        }
    }

    static void status(List<String[]> rows, OutputStream sink) {
        PrintWriter out = new PrintWriter(sink);
        out.println("code,name,unit,kind,target,actual,completion_pct,time_progress_pct,gap_pts,deviation_pts,status,lead");
        for (String[] r : rows) {
            out.println(String.join(",", r[0], r[1], r[2], r[3], r[4], r[5], r[7], r[8], r[9], r[10], r[11], r[12]));
        }
        out.flush();
    }

    /**
     * The cells of a workbook the app wrote, one line per row ("sheet TAB col=s|n:value ..."), read with
     * POI's streaming parser: the anchor then writes exactly these cells with bare SXSSF.
     */
    static Path dumpCells(Path xlsx, Path dump) throws Exception {
        StringBuilder out = new StringBuilder();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheet = sheets.getSheetName();
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                    out.append(sheet).append('\t').append(rowNum);
                                }

                                @Override
                                public void endRow(int rowNum) {
                                    out.append('\n');
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    boolean number = value.matches("-?\\d+(\\.\\d+)?");
                                    out.append('\t').append(new CellReference(ref).getCol()).append(number ? "=n:" : "=s:")
                                            .append(value.replace('\t', ' ').replace('\n', ' '));
                                }
                            }, false));
                    xml.parse(new InputSource(in));
                }
            }
            pkg.revert();
        }
        Files.writeString(dump, out, StandardCharsets.UTF_8);
        return dump;
    }

    /** Writes the dumped cells with bare SXSSF: same sheets, rows, columns and values, no styles. */
    static long export(Path dump, Path file) throws Exception {
        long cells = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); BufferedReader in = Files.newBufferedReader(dump)) {
            Map<String, Sheet> sheets = new HashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split("\t");
                Sheet sheet = sheets.computeIfAbsent(parts[0], wb::createSheet);
                Row row = sheet.createRow(Integer.parseInt(parts[1]));
                for (int k = 2; k < parts.length; k++) {
                    int eq = parts[k].indexOf('=');
                    int col = Integer.parseInt(parts[k].substring(0, eq));
                    String value = parts[k].substring(eq + 3);
                    if (parts[k].charAt(eq + 1) == 'n') {
                        row.createCell(col).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(col).setCellValue(value);
                    }
                    cells++;
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return cells;
    }

    /** The text of a PDF the app wrote, page by page (pages split by a form feed), lines as PDFBox reads them. */
    static Path dumpText(Path pdf, Path dump) throws Exception {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.append(stripper.getText(doc).strip()).append('\f');
            }
        }
        Files.writeString(dump, out, StandardCharsets.UTF_8);
        return dump;
    }

    /** Draws the dumped text with bare PDFBox: the same lines on the same pages, same embedded font subset. */
    static int report(Path dump, Path file) throws Exception {
        String[] pages = Files.readString(dump, StandardCharsets.UTF_8).split("\f");
        CjkFont font = CjkFontLocator.system().locate();
        try (CjkFont.Opened opened = font.open(); PDDocument doc = new PDDocument()) {
            PDType0Font pdf = PDType0Font.load(doc, opened.font(), true);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float y = PDRectangle.A4.getHeight() - 40;
                    for (String line : text.split("\n")) {
                        content.beginText();
                        content.setFont(pdf, 8);
                        content.newLineAtOffset(40, y);
                        content.showText(line.replace('\r', ' '));
                        content.endText();
                        y -= 10;
                    }
                }
            }
            doc.save(file.toFile());
            return pages.length;
        }
    }
}
