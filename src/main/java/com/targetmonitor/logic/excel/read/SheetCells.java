package com.targetmonitor.logic.excel.read;

import com.targetmonitor.logic.excel.read.SpreadsheetException.Reason;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import com.targetmonitor.model.number.PlainDecimal;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One pass over a sheet's XML, handing each row to the sink: the cells as POI's XSSFSheetXMLHandler
 * reads them (cached formula results, shared and inline strings, booleans, errors, numbers through
 * {@link CellTexts}), plus what that handler does not report — hidden rows and columns, merged cells.
 * Its own pass because POI's builds a cell reference, a style object and a rich-text string per cell.
 */
final class SheetCells extends DefaultHandler {

    private enum Type { BOOLEAN, ERROR, FORMULA, INLINE_STRING, SST_STRING, NUMBER }

    private final String sheet;
    private final RowSink sink;
    private final SharedStrings strings;
    private final CellFormats formats;
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private final long[] rowsRead;
    private final RowBuffer buffer = new RowBuffer();
    private final StringBuilder value = new StringBuilder(64);

    private boolean hidden;
    private int rowNum;
    private int nextRowNum;
    private boolean vIsOpen;
    private boolean isIsOpen;
    private Type type = Type.NUMBER;
    private int formatIndex;
    private String formatString;
    private boolean plainFormat;
    private String cellRef;

    /**
     * @param formats  null when the workbook has no styles: numbers then read as stored
     * @param rowsRead rows read so far over all sheets, shared so the limit counts the whole file
     */
    SheetCells(String sheet, RowSink sink, SharedStrings strings, CellFormats formats, ProgressListener progress,
               Cancellation cancellation, long[] rowsRead) {
        this.sheet = sheet;
        this.sink = sink;
        this.strings = strings;
        this.formats = formats;
        this.progress = progress;
        this.cancellation = cancellation;
        this.rowsRead = rowsRead;
    }

    // The element names are switched on, not compared in turn: a sheet has millions of elements, and
    // a chain of equals() calls per element was a tenth of reading a large sheet.
    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
        switch (local) {
            case "row" -> {
                String h = atts.getValue("hidden");
                hidden = "1".equals(h) || "true".equals(h);
            }
            case "col" -> {
                if ("1".equals(atts.getValue("hidden")) || "true".equals(atts.getValue("hidden"))) {
                    hiddenColumns(atts.getValue("min"), atts.getValue("max"));
                }
            }
            case "mergeCell" -> {
                if (atts.getValue("ref") != null) {
                    merged(atts.getValue("ref"));
                }
            }
            default -> { }
        }
        if (uri != null && !uri.equals(Xml.SPREADSHEET)) {
            return;
        }
        switch (local) {
            case "v", "inlineStr" -> openText();
            case "t" -> {
                if (isIsOpen) {
                    openText();
                }
            }
            case "is" -> isIsOpen = true;
            case "f" -> {
                if (type == Type.NUMBER) {
                    type = Type.FORMULA;
                }
            }
            case "row" -> {
                String r = atts.getValue("r");
                rowNum = r != null ? Integer.parseInt(r.trim()) - 1 : nextRowNum;
                buffer.clear();
            }
            case "c" -> startCell(atts);
            default -> { }
        }
    }

    private void openText() {
        vIsOpen = true;
        if (!isIsOpen) {
            value.setLength(0);
        }
    }

    private void startCell(Attributes atts) {
        formatIndex = -1;
        formatString = null;
        plainFormat = false;
        cellRef = atts.getValue("r");
        String t = atts.getValue("t");
        type = t == null ? Type.NUMBER : switch (t) {
            case "b" -> Type.BOOLEAN;
            case "e" -> Type.ERROR;
            case "inlineStr" -> Type.INLINE_STRING;
            case "s" -> Type.SST_STRING;
            case "str" -> Type.FORMULA;
            default -> Type.NUMBER;
        };
        if (type == Type.NUMBER && formats != null) {
            String s = atts.getValue("s");
            int style = s != null ? Integer.parseInt(s.trim()) : formats.defaultStyle();
            if (formats.has(style)) {
                formatIndex = formats.formatIndex(style);
                formatString = formats.formatString(style);
                plainFormat = formats.readsPlain(style);
            }
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (uri != null && !uri.equals(Xml.SPREADSHEET)) {
            return;
        }
        switch (local) {
            case "v", "inlineStr" -> closeText();
            case "t" -> {
                if (isIsOpen) {
                    closeText();
                }
            }
            case "is" -> {
                isIsOpen = false;
                cell();
                value.setLength(0);
            }
            case "row" -> {
                endRow();
                nextRowNum = rowNum + 1;
            }
            default -> { }
        }
    }

    private void closeText() {
        vIsOpen = false;
        if (!isIsOpen) {
            cell();
            value.setLength(0);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (vIsOpen) {
            value.append(ch, start, length);
        }
    }

    private void cell() {
        String text = switch (type) {
            case BOOLEAN -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR -> "ERROR:" + value;
            case INLINE_STRING -> Xml.unescape(value.toString());
            case SST_STRING -> sharedString(value.toString().trim());
            case FORMULA, NUMBER -> number(value.toString());
        };
        int column = cellRef == null ? buffer.size() : RowBuffer.columnOf(cellRef);
        if (text != null && text.startsWith("ERROR:")) {
            text = text.substring("ERROR:".length());
        }
        buffer.set(column, text);
    }

    private String sharedString(String index) {
        if (index.isEmpty()) {
            return null;
        }
        try {
            return strings.get(Integer.parseInt(index));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number (or a formula's cached result) in its style's reading; as stored when it has no style or is text. */
    private String number(String n) {
        if (formatString == null || n.isEmpty()) {
            return n;
        }
        if (plainFormat && PlainDecimal.isCanonical(n)) {
            // Already the decimal that parsing and writing it would give: most cells of a large table.
            return n;
        }
        try {
            return CellTexts.number(Double.parseDouble(n.trim()), formatIndex, formatString);
        } catch (RuntimeException e) {
            return n;
        }
    }

    private void endRow() {
        if (!buffer.isEmpty()) {
            sink.row(new SheetRow(sheet, rowNum, hidden, buffer.toArray()));
        }
        long n = ++rowsRead[0];
        if (n > SheetLimits.MAX_ROWS) {
            throw new SpreadsheetException(Reason.TOO_LARGE, sheet, "more than " + SheetLimits.MAX_ROWS + " rows");
        }
        if (n % 1000 == 0) {
            cancellation.check();
            progress.progress(n, -1, sheet);
        }
        hidden = false;
    }

    private void merged(String ref) {
        try {
            CellRangeAddress r = CellRangeAddress.valueOf(ref);
            sink.merged(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn());
        } catch (IllegalArgumentException ignored) {
            // A merge we cannot read only loses the carrying of its value.
        }
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
}
