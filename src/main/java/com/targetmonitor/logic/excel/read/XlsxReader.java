package com.targetmonitor.logic.excel.read;

import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads an .xlsx one row at a time, never the whole workbook in memory: the parts straight from the
 * zip ({@link XlsxParts}), one SAX pass per sheet ({@link SheetCells}). The file is only read.
 * The rows are those POI's streaming reader (XSSFReader + XSSFSheetXMLHandler) gives, which
 * {@code XlsxReaderParityTest} checks on every fixture; this path skips POI's package model, which
 * was half of reading a large statistics table (ADR 0017).
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static void read(Path file, RowSink sink, ProgressListener progress, Cancellation cancellation) {
        String name = file.getFileName().toString();
        ZipPrecheck.check(file);
        try (XlsxParts parts = new XlsxParts(file)) {
            SharedStrings strings = SharedStrings.none();
            if (parts.sharedStrings() != null) {
                try (InputStream in = parts.open(parts.sharedStrings())) {
                    strings = SharedStrings.read(in);
                }
            }
            CellFormats formats = null;
            if (parts.styles() != null) {
                try (InputStream in = parts.open(parts.styles())) {
                    formats = CellFormats.read(in);
                }
            }
            long[] rows = {0};
            for (XlsxParts.Sheet sheet : parts.sheets()) {
                if (!sink.startSheet(sheet.name(), sheet.hidden())) {
                    continue;
                }
                try (InputStream in = parts.open(sheet.part())) {
                    Xml.parse(in, new SheetCells(sheet.name(), sink, strings, formats, progress, cancellation, rows));
                }
                sink.endSheet();
            }
        } catch (SpreadsheetException | com.targetmonitor.logic.task.CancelledException e) {
            throw e;
        } catch (IOException | IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw Failures.translate(name, e);
        }
    }
}
