package com.targetmonitor.logic.excel.read;

import com.targetmonitor.logic.excel.read.SpreadsheetException.Reason;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx with POI's streaming reader (XSSFReader + SAX): one row at a time, never the whole
 * workbook in memory. The package is opened read-only, so the file is never written back.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static void read(Path file, RowSink sink, ProgressListener progress, Cancellation cancellation) {
        String name = file.getFileName().toString();
        SheetLimits.applyZipGuard();
        ZipPrecheck.check(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            try {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                Map<String, Boolean> hidden = sheetVisibility(reader);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                long[] rows = {0};
                while (sheets.hasNext()) {
                    try (InputStream in = sheets.next()) {
                        String sheet = sheets.getSheetName();
                        if (!sink.startSheet(sheet, hidden.getOrDefault(sheet, false))) {
                            continue;
                        }
                        SheetHandler handler = new SheetHandler(sheet, sink, progress, cancellation, rows);
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new RowAttributes(new XSSFSheetXMLHandler(styles, null, strings,
                                handler, new CellTexts.RawFormatter(), false), handler, sink));
                        xml.parse(new InputSource(in));
                        sink.endSheet();
                    }
                }
            } finally {
                pkg.revert();
            }
        } catch (SpreadsheetException | com.targetmonitor.logic.task.CancelledException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            throw Failures.translate(name, e);
        }
    }

    /** Sheet name → hidden, from workbook.xml's &lt;sheet state="hidden|veryHidden"&gt;. */
    private static Map<String, Boolean> sheetVisibility(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Map<String, Boolean> hidden = new HashMap<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if ("sheet".equals(local)) {
                        String state = atts.getValue("state");
                        hidden.put(atts.getValue("name"), state != null && !"visible".equals(state));
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return hidden;
    }

    /** Passes SAX events on, noting each row's hidden attribute, which POI's handler does not report. */
    private static final class RowAttributes extends DefaultHandler {
        private final XSSFSheetXMLHandler delegate;
        private final SheetHandler rows;
        private final RowSink sink;

        RowAttributes(XSSFSheetXMLHandler delegate, SheetHandler rows, RowSink sink) {
            this.delegate = delegate;
            this.rows = rows;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if ("row".equals(local)) {
                String h = atts.getValue("hidden");
                rows.nextRowHidden("1".equals(h) || "true".equals(h));
            } else if ("col".equals(local) && ("1".equals(atts.getValue("hidden"))
                    || "true".equals(atts.getValue("hidden")))) {
                hiddenColumns(atts.getValue("min"), atts.getValue("max"));
            } else if ("mergeCell".equals(local) && atts.getValue("ref") != null) {
                try {
                    org.apache.poi.ss.util.CellRangeAddress r =
                            org.apache.poi.ss.util.CellRangeAddress.valueOf(atts.getValue("ref"));
                    sink.merged(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn());
                } catch (IllegalArgumentException ignored) {
                    // A merge we cannot read only loses the carrying of its value.
                }
            }
            delegate.startElement(uri, local, qName, atts);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            delegate.endElement(uri, local, qName);
        }

        /** &lt;col min="3" max="3" hidden="1"/&gt;: 1-based, inclusive; a whole-sheet range is not a helper column. */
        private void hiddenColumns(String min, String max) {
            try {
                int from = Integer.parseInt(min);
                int to = Math.min(Integer.parseInt(max), from + 256);
                for (int c = from; c <= to; c++) {
                    sink.hiddenColumn(c - 1);
                }
            } catch (NumberFormatException ignored) {
                // No column numbers: nothing is hidden that we could tell.
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            delegate.characters(ch, start, length);
        }
    }

    /** Collects one row's cells and hands the row to the sink. */
    private static final class SheetHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final RowSink sink;
        private final ProgressListener progress;
        private final Cancellation cancellation;
        private final long[] rowsRead;
        private final RowBuffer buffer = new RowBuffer();
        private boolean hidden;
        private int rowNum;

        SheetHandler(String sheet, RowSink sink, ProgressListener progress, Cancellation cancellation, long[] rowsRead) {
            this.sheet = sheet;
            this.sink = sink;
            this.progress = progress;
            this.cancellation = cancellation;
            this.rowsRead = rowsRead;
        }

        void nextRowHidden(boolean h) {
            hidden = h;
        }

        @Override
        public void startRow(int r) {
            rowNum = r;
            buffer.clear();
        }

        @Override
        public void endRow(int r) {
            if (!buffer.isEmpty()) {
                sink.row(new SheetRow(sheet, rowNum, hidden, buffer.toArray()));
            }
            long n = ++rowsRead[0];
            if (n > SheetLimits.MAX_ROWS) {
                throw new SpreadsheetException(Reason.TOO_LARGE, sheet, "more than " + SheetLimits.MAX_ROWS
                        + " rows");
            }
            if (n % 1000 == 0) {
                cancellation.check();
                progress.progress(n, -1, sheet);
            }
            hidden = false;
        }

        @Override
        public void cell(String ref, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            int column = ref == null ? buffer.size() : RowBuffer.columnOf(ref);
            if (value != null && value.startsWith("ERROR:")) {
                value = value.substring("ERROR:".length());
            }
            buffer.set(column, value);
        }
    }
}
