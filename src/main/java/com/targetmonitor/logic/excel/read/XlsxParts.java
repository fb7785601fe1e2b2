package com.targetmonitor.logic.excel.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of an .xlsx the importer reads — workbook, its relationships, shared strings, styles and
 * sheets — found the way POI's XSSFReader finds them, but straight from the zip: POI's OPC package
 * (content types, every relationship, package properties, XMLBeans) is a fifth of a large import and
 * tells the importer nothing more. Every part is inflated through the same guard POI applies
 * (ratio and size, {@link SheetLimits}), so a zip bomb is refused with the same words.
 */
final class XlsxParts implements AutoCloseable {

    /** Inflated bytes read before the ratio is judged; POI's grace too. */
    private static final long GRACE = 100 * 1024;
    private static final String WORKBOOK = "xl/workbook.xml";

    /** A sheet of the workbook, in the workbook's order. */
    record Sheet(String name, boolean hidden, String part) {
    }

    private final ZipFile zip;
    private final Map<String, ZipEntry> byLowerName = new HashMap<>();
    private final List<Sheet> sheets = new ArrayList<>();
    private String sharedStrings;
    private String styles;

    XlsxParts(Path file) throws IOException {
        zip = new ZipFile(file.toFile());
        try {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byLowerName.putIfAbsent(e.getName().toLowerCase(Locale.ROOT), e);
            }
            readWorkbook();
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    List<Sheet> sheets() {
        return sheets;
    }

    /** The shared strings part, or null when the workbook has none. */
    String sharedStrings() {
        return sharedStrings;
    }

    /** The styles part, or null when the workbook has none. */
    String styles() {
        return styles;
    }

    /** The part inflated through the zip-bomb guard. */
    InputStream open(String part) throws IOException {
        ZipEntry entry = byLowerName.get(part.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new IOException("the part " + part + " is missing");
        }
        return new Guarded(zip.getInputStream(entry), entry);
    }

    private void readWorkbook() throws IOException {
        Map<String, String> targets = new HashMap<>();
        String rels = "xl/_rels/workbook.xml.rels";
        if (byLowerName.containsKey(rels)) {
            try (InputStream in = open(rels)) {
                Xml.parse(in, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String qName, Attributes atts) {
                        if (!"Relationship".equals(local) || "External".equals(atts.getValue("TargetMode"))) {
                            return;
                        }
                        String type = String.valueOf(atts.getValue("Type"));
                        String target = resolve(atts.getValue("Target"));
                        if (type.endsWith("/worksheet") || type.endsWith("/chartsheet") || type.endsWith("/dialogsheet")
                                || type.endsWith("/xlMacrosheet")) {
                            targets.put(atts.getValue("Id"), target);
                        } else if (type.endsWith("/sharedStrings") && sharedStrings == null) {
                            sharedStrings = target;
                        } else if (type.endsWith("/styles") && styles == null) {
                            styles = target;
                        }
                    }
                });
            }
        }
        if (sharedStrings == null && byLowerName.containsKey("xl/sharedstrings.xml")) {
            sharedStrings = "xl/sharedStrings.xml";
        }
        try (InputStream in = open(WORKBOOK)) {
            Xml.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if (!"sheet".equals(local)) {
                        return;
                    }
                    String id = atts.getValue(Xml.RELATIONSHIPS, "id");
                    if (id == null || id.isEmpty()) {
                        return;
                    }
                    String part = targets.get(id);
                    if (part == null) {
                        throw new IllegalStateException("Failed to find sheet package for sheetId=" + id);
                    }
                    String state = atts.getValue("state");
                    sheets.add(new Sheet(atts.getValue("name"), state != null && !"visible".equals(state), part));
                }
            });
        }
    }

    /** A relationship target as a zip entry name: relative to xl/, or absolute from the package root. */
    private static String resolve(String target) {
        if (target == null) {
            return "";
        }
        try {
            String path = new URI("/xl/workbook.xml").resolve(new URI(null, null, target, null)).getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return target;
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Refuses a part that inflates past the limits, as POI's ZipArchiveThresholdInputStream does. */
    private static final class Guarded extends FilterInputStream {
        private final ZipEntry entry;
        private long inflated;

        Guarded(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            inflated += n;
            if (inflated > SheetLimits.MAX_ENTRY_SIZE) {
                throw new IOException("Zip bomb detected! The file would exceed the max size of the expanded data "
                        + "in the zip-file (" + entry.getName() + ")");
            }
            long compressed = entry.getCompressedSize();
            // The whole entry's compressed size against what is inflated so far: never stricter than POI's
            // running ratio, and a blank-padded part is still caught long before it is read to the end.
            if (inflated > GRACE && compressed >= 0 && (double) compressed / inflated < SheetLimits.MIN_INFLATE_RATIO) {
                throw new IOException("Zip bomb detected! The file would exceed the max. ratio of compressed file "
                        + "size to the size of the expanded data (" + entry.getName() + ")");
            }
        }
    }
}
