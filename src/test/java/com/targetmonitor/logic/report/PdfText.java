package com.targetmonitor.logic.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back as text, page by page, in the order it was drawn (not sorted by position): a
 * paragraph's lines come together, so a sentence wrapped over lines reads whole once white space is
 * removed; a table row is drawn line by line across its cells.
 */
record PdfText(List<String> pages) {

    static PdfText read(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return new PdfText(pages);
        }
    }

    String all() {
        return String.join("\n", pages);
    }

    /** The page's text without white space (wrapped lines joined). */
    String compact(int pageIndex) {
        return compact(pages.get(pageIndex));
    }

    String compactAll() {
        return compact(all());
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
