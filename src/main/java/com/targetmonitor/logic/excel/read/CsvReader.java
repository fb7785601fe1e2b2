package com.targetmonitor.logic.excel.read;

import com.targetmonitor.logic.excel.read.SpreadsheetException.Reason;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file (RFC 4180 quoting; comma, tab or semicolon separated) in UTF-8 or GBK, as one
 * sheet named after the file. Read as a stream: only one record is held at a time.
 */
final class CsvReader {

    private static final int SAMPLE = 64 * 1024;

    private CsvReader() {
    }

    static void read(Path file, byte[] head, boolean headIsWholeFile, RowSink sink, ProgressListener progress,
                     Cancellation cancellation) {
        String name = file.getFileName().toString();
        CharsetSniffer.Sniffed sniffed = CharsetSniffer.sniff(head, headIsWholeFile);
        if (CharsetSniffer.looksBinary(head, sniffed.charset())) {
            throw new SpreadsheetException(Reason.NOT_A_SPREADSHEET, name, "not a spreadsheet: a binary file");
        }
        char separator = separator(new String(head, sniffed.charset()));
        String sheet = baseName(name);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(sniffed.bomLength());
            Reader reader = new BufferedReader(new InputStreamReader(in, sniffed.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    SAMPLE);
            sink.startSheet(sheet, false);
            RowBuffer buffer = new RowBuffer();
            int row = 0;
            int[] line = {1};
            while (record(reader, separator, buffer, line, name)) {
                if (!buffer.isEmpty()) {
                    sink.row(new SheetRow(sheet, row, false, buffer.toArray()));
                }
                row++;
                if (row > SheetLimits.MAX_ROWS) {
                    throw new SpreadsheetException(Reason.TOO_LARGE, name, "more than " + SheetLimits.MAX_ROWS + " rows");
                }
                if (row % 1000 == 0) {
                    cancellation.check();
                    progress.progress(row, -1, sheet);
                }
            }
            sink.endSheet();
        } catch (IOException e) {
            throw new SpreadsheetException(Reason.UNREADABLE, name, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Reads one record into the buffer; false at the end of the file. A field is at most 32,767 chars. */
    private static boolean record(Reader in, char separator, RowBuffer buffer, int[] line, String name)
            throws IOException {
        buffer.clear();
        StringBuilder field = new StringBuilder();
        int column = 0;
        boolean quoted = false;
        int quoteLine = 0;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line[0]++;
                    }
                    if (field.length() < Short.MAX_VALUE) {
                        field.append((char) c);
                    }
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                quoteLine = line[0];
            } else if (c == separator) {
                buffer.set(column++, field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                buffer.set(column, field.toString());
                line[0]++;
                return true;
            } else if (field.length() < Short.MAX_VALUE) {
                field.append((char) c);
            }
        }
        if (quoted) {
            // The rest of the file would be one cell: refuse rather than import a guess.
            throw new SpreadsheetException(Reason.DAMAGED, name, "line " + quoteLine
                    + ": a quote (\") opens a cell that is never closed");
        }
        if (any) {
            buffer.set(column, field.toString());
        }
        return any;
    }

    /** The separator that splits the first lines most evenly: comma, tab or semicolon. */
    static char separator(String sample) {
        char best = ',';
        int bestCount = 0;
        List<String> lines = new ArrayList<>();
        sample.lines().limit(20).forEach(lines::add);
        for (char candidate : new char[] {',', '\t', ';'}) {
            int count = 0;
            for (String line : lines) {
                count += line.chars().filter(ch -> ch == candidate).count();
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
