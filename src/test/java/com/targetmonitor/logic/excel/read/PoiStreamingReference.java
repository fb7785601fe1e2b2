package com.targetmonitor.logic.excel.read;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The reading the lean .xlsx reader replaced, kept as the reference it must agree with: POI's
 * XSSFReader + XSSFSheetXMLHandler (numbers through {@link CellTexts}), hidden rows and columns and
 * merges from the same SAX events. Only for {@link XlsxReaderParityTest}.
 */
final class PoiStreamingReference {

    private PoiStreamingReference() {
    }

    static void read(Path file, RowSink sink) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
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
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheet = sheets.getSheetName();
                    if (!sink.startSheet(sheet, hidden.getOrDefault(sheet, false))) {
                        continue;
                    }
                    Rows rows = new Rows(sheet, sink);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new Extras(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            rows, new Raw(), false), rows, sink));
                    xml.parse(new InputSource(in));
                    sink.endSheet();
                }
            }
            pkg.revert();
        }
    }

    private static final class Raw extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return CellTexts.number(value, formatIndex, formatString);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            return CellTexts.number(value, formatIndex, formatString);
        }
    }

    private static final class Extras extends DefaultHandler {
        private final XSSFSheetXMLHandler delegate;
        private final Rows rows;
        private final RowSink sink;

        Extras(XSSFSheetXMLHandler delegate, Rows rows, RowSink sink) {
            this.delegate = delegate;
            this.rows = rows;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if ("row".equals(local)) {
                rows.hidden = "1".equals(atts.getValue("hidden")) || "true".equals(atts.getValue("hidden"));
            } else if ("col".equals(local) && ("1".equals(atts.getValue("hidden"))
                    || "true".equals(atts.getValue("hidden")))) {
                int from = Integer.parseInt(atts.getValue("min"));
                int to = Math.min(Integer.parseInt(atts.getValue("max")), from + 256);
                for (int c = from; c <= to; c++) {
                    sink.hiddenColumn(c - 1);
                }
            } else if ("mergeCell".equals(local) && atts.getValue("ref") != null) {
                CellRangeAddress r = CellRangeAddress.valueOf(atts.getValue("ref"));
                sink.merged(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn());
            }
            delegate.startElement(uri, local, qName, atts);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            delegate.endElement(uri, local, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            delegate.characters(ch, start, length);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final RowSink sink;
        private final RowBuffer buffer = new RowBuffer();
        private boolean hidden;
        private int rowNum;

        Rows(String sheet, RowSink sink) {
            this.sheet = sheet;
            this.sink = sink;
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
            hidden = false;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            String v = value != null && value.startsWith("ERROR:") ? value.substring("ERROR:".length()) : value;
            buffer.set(ref == null ? buffer.size() : RowBuffer.columnOf(ref), v);
        }
    }
}
