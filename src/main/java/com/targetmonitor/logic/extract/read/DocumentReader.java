package com.targetmonitor.logic.extract.read;

import com.targetmonitor.logic.excel.read.CharsetSniffer;
import com.targetmonitor.logic.extract.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the text of a plan document: .txt (UTF-8, or GBK as Chinese Windows saves it; the encoding is
 * sniffed as for CSV files), .docx (paragraphs and table rows, in document order), .pdf (the text layer,
 * line by line; lines broken mid-sentence are joined later by the sentence splitter). A scanned PDF
 * without a text layer, an old .doc or a damaged file is refused with a message that says so.
 */
public final class DocumentReader {

    /** Plain text larger than this is not a plan document. */
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private DocumentReader() {
    }

    public static SourceDocument read(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DocumentException(name + ": the file is larger than 50 MB; it is not a plan document");
            }
            if (lower.endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return new SourceDocument(name, docx(in));
                }
            }
            if (lower.endsWith(".pdf")) {
                return new SourceDocument(name, pdf(file, name));
            }
            if (lower.endsWith(".doc") || lower.endsWith(".wps")) {
                throw new DocumentException(name + ": the old Word format cannot be read; save it as .docx or .txt");
            }
            return new SourceDocument(name, text(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException d) {
                throw d;
            }
            throw new DocumentException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Text from standard input or the clipboard, encoding sniffed. */
    public static SourceDocument read(String name, InputStream in) throws IOException {
        return new SourceDocument(name, text(in.readAllBytes()));
    }

    static String text(byte[] bytes) {
        CharsetSniffer.Sniffed sniffed = CharsetSniffer.sniff(bytes, true);
        Charset charset = sniffed.charset();
        return new String(Arrays.copyOfRange(bytes, sniffed.bomLength(), bytes.length), charset);
    }

    private static String docx(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(in)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    b.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        StringBuilder line = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            line.append(line.length() == 0 ? "" : " ").append(cell.getText().strip());
                        }
                        b.append(line).append("。\n");
                    }
                }
            }
        }
        return b.toString();
    }

    private static String pdf(Path file, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            if (text.strip().isEmpty()) {
                throw new DocumentException(name + ": the PDF has no text layer (a scan?); "
                        + "recognise the text first or paste it into the window");
            }
            return text;
        }
    }
}
