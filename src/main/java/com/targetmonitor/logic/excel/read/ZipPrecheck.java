package com.targetmonitor.logic.excel.read;

import com.targetmonitor.logic.excel.read.SpreadsheetException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks into a zip-based file before POI parses it: a complete archive (a truncated download has no
 * central directory), an Excel workbook rather than a Word or PowerPoint document, and no part whose
 * XML declares a DOCTYPE (the door to external entities; spreadsheets never use one). Only the first
 * kilobyte of each XML part is inflated, so the check stays cheap on large files and on zip bombs.
 */
final class ZipPrecheck {

    private static final int PROLOGUE = 1024;

    private ZipPrecheck() {
    }

    static void check(Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > SheetLimits.MAX_ENTRIES) {
                throw new SpreadsheetException(Reason.TOO_LARGE, name, "the archive holds " + zip.size()
                        + " parts, more than a workbook ever has");
            }
            boolean workbook = false;
            boolean binaryWorkbook = false;
            String otherKind = null;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String entry = e.getName().toLowerCase(Locale.ROOT);
                if (entry.equals("xl/workbook.xml")) {
                    workbook = true;
                } else if (entry.equals("xl/workbook.bin")) {
                    binaryWorkbook = true;
                } else if (entry.startsWith("word/")) {
                    otherKind = "a Word document";
                } else if (entry.startsWith("ppt/")) {
                    otherKind = "a PowerPoint presentation";
                } else if (entry.equals("content.xml") || entry.equals("mimetype")) {
                    otherKind = otherKind == null ? "an OpenDocument file (save it as .xlsx)" : otherKind;
                }
                if (entry.endsWith(".xml") || entry.endsWith(".rels")) {
                    checkPrologue(zip, e, name);
                }
            }
            if (binaryWorkbook && !workbook) {
                throw new SpreadsheetException(Reason.NOT_A_SPREADSHEET, name,
                        "an Excel binary workbook (.xlsb) is not supported; save it as .xlsx");
            }
            if (!workbook) {
                throw new SpreadsheetException(Reason.NOT_A_SPREADSHEET, name, "not a spreadsheet: it is "
                        + (otherKind != null ? otherKind : "a zip archive without a workbook"));
            }
        } catch (ZipException e) {
            throw new SpreadsheetException(Reason.DAMAGED, name,
                    "the file is damaged or truncated (not a complete .xlsx archive)", e);
        } catch (IOException e) {
            throw new SpreadsheetException(Reason.DAMAGED, name, "the file is damaged: " + e.getMessage(), e);
        }
    }

    private static void checkPrologue(ZipFile zip, ZipEntry entry, String name) throws IOException {
        byte[] head;
        try (InputStream in = zip.getInputStream(entry)) {
            head = in.readNBytes(PROLOGUE);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (head.length >= 2 && (head[0] == (byte) 0xFE || head[0] == (byte) 0xFF)) {
            text = new String(head, StandardCharsets.UTF_16).replace("\0", "");
        }
        if (text.toUpperCase(Locale.ROOT).contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw new SpreadsheetException(Reason.UNSAFE, name, "refused: the XML part " + entry.getName()
                    + " declares a document type or external entities, which workbooks never use");
        }
    }
}
