package com.targetmonitor.logic.excel.read;

import com.targetmonitor.logic.excel.read.SpreadsheetException.Reason;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads any file an officer may pick — .xlsx, .xls or .csv — into rows, deciding the format from the
 * file's first bytes rather than its name, and turning every way a file can be bad into a
 * {@link SpreadsheetException} with one line saying why. The file is only ever opened for reading.
 */
public final class SpreadsheetReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final int HEAD = 64 * 1024;

    private SpreadsheetReader() {
    }

    public static void read(Path file, RowSink sink) {
        read(file, sink, ProgressListener.NONE, Cancellation.NEVER);
    }

    public static void read(Path file, RowSink sink, ProgressListener progress, Cancellation cancellation) {
        String name = file.getFileName().toString();
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(HEAD);
        } catch (NoSuchFileException e) {
            throw new SpreadsheetException(Reason.UNREADABLE, name, "no such file", e);
        } catch (IOException e) {
            throw new SpreadsheetException(Reason.UNREADABLE, name, "cannot read the file: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new SpreadsheetException(Reason.EMPTY, name, "the file is empty (0 bytes)");
        }
        if (startsWith(head, ZIP)) {
            XlsxReader.read(file, sink, progress, cancellation);
        } else if (startsWith(head, OLE2)) {
            readOle2(file, size, sink, progress, cancellation);
        } else if (isTextName(name)) {
            if (size > SheetLimits.MAX_LOADED_FILE) {
                throw new SpreadsheetException(Reason.TOO_LARGE, name, "the CSV file is larger than "
                        + (SheetLimits.MAX_LOADED_FILE >> 20) + " MB");
            }
            CsvReader.read(file, head, size <= HEAD, sink, progress, cancellation);
        } else if (name.toLowerCase(Locale.ROOT).matches(".*\\.xls[xm]?$")) {
            throw new SpreadsheetException(Reason.NOT_A_SPREADSHEET, name, "not a spreadsheet: the file is named "
                    + "like an Excel workbook but is not one");
        } else {
            throw new SpreadsheetException(Reason.NOT_A_SPREADSHEET, name,
                    "not a spreadsheet: import .xlsx, .xls or .csv files");
        }
    }

    /** An OLE2 container: an old .xls, a password-protected .xlsx, or some other Office document. */
    private static void readOle2(Path file, long size, RowSink sink, ProgressListener progress,
                                 Cancellation cancellation) {
        String name = file.getFileName().toString();
        if (size > SheetLimits.MAX_LOADED_FILE) {
            throw new SpreadsheetException(Reason.TOO_LARGE, name, "the .xls file is larger than "
                    + (SheetLimits.MAX_LOADED_FILE >> 20) + " MB");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new SpreadsheetException(Reason.ENCRYPTED, name,
                        "the workbook is protected by a password; remove the password in Excel and import again");
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                String kind = root.hasEntry("WordDocument") ? "an old Word document"
                        : root.hasEntry("PowerPoint Document") ? "an old PowerPoint presentation" : "an Office file";
                throw new SpreadsheetException(Reason.NOT_A_SPREADSHEET, name, "not a spreadsheet: it is " + kind);
            }
            XlsReader.read(file, fs, sink, progress, cancellation);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpreadsheetException s) {
                throw s;
            }
            if (e instanceof com.targetmonitor.logic.task.CancelledException c) {
                throw c;
            }
            throw Failures.translate(name, e);
        }
    }

    private static boolean isTextName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
