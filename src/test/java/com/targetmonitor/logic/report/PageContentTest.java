package com.targetmonitor.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page content's own text encoding against PDFBox's: the same cells drawn once with a
 * {@code showText} each and once as {@link PageContent} runs (a TJ per line) read back as the same
 * glyphs at the same places, from the same embedded subset.
 */
class PageContentTest {

    private static final float SIZE = 7.5f;
    /** Cells of two table lines: x, baseline, text (Chinese, digits, signs, a space, Latin). */
    private static final Object[][] CELLS = {
        {60f, 700f, "K001"}, {90f, 700f, "地区生产总值（第1部分）第1项"}, {230f, 700f, "亿元"},
        {262.4f, 700f, "1234.56以上"}, {310f, 700f, "-12.07"}, {350f, 700f, "超(达)进度"}, {400f, 700f, "Profit fi %"},
        {90f, 690.25f, "分）第1项"}, {410.5f, 690.25f, "单位"},
    };

    @TempDir
    Path dir;

    @Test
    void runsPlaceTheSameGlyphsWhereShowTextDoes() throws IOException {
        Path pdf = dir.resolve("both.pdf");
        CjkFont font = CjkFontLocator.system().locate();
        try (CjkFont.Opened opened = font.open(); PDDocument doc = new PDDocument()) {
            PDType0Font type0 = PDType0Font.load(doc, opened.font(), true);
            PDPage byShowText = new PDPage(PDRectangle.A4);
            doc.addPage(byShowText);
            try (PDPageContentStream s = new PDPageContentStream(doc, byShowText)) {
                for (Object[] cell : CELLS) {
                    s.beginText();
                    s.setFont(type0, SIZE);
                    s.newLineAtOffset((float) cell[0], (float) cell[1]);
                    s.showText((String) cell[2]);
                    s.endText();
                }
            }
            PDPage byRuns = new PDPage(PDRectangle.A4);
            doc.addPage(byRuns);
            try (PageContent content = new PageContent(doc, byRuns, type0, new GlyphCodes(type0))) {
                for (Object[] cell : CELLS) {
                    content.text((float) cell[0], (float) cell[1], (String) cell[2], SIZE, false, Color.BLACK);
                }
            }
            doc.save(pdf.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<TextPosition> expected = glyphs(doc, 1);
            List<TextPosition> actual = glyphs(doc, 2);
            assertThat(actual).hasSameSizeAs(expected).hasSizeGreaterThan(40);
            for (int i = 0; i < expected.size(); i++) {
                TextPosition e = expected.get(i);
                TextPosition a = actual.get(i);
                assertThat(a.getUnicode()).as("glyph %d", i).isEqualTo(e.getUnicode());
                assertThat(a.getXDirAdj()).as("x of %s", e.getUnicode()).isCloseTo(e.getXDirAdj(), within(0.01f));
                assertThat(a.getYDirAdj()).as("y of %s", e.getUnicode()).isCloseTo(e.getYDirAdj(), within(0.01f));
                assertThat(a.getWidthDirAdj()).as("width of %s", e.getUnicode())
                        .isCloseTo(e.getWidthDirAdj(), within(0.01f));
            }
            // The two lines are two TJ operators, not a text operator per cell.
            String content = new String(doc.getPage(1).getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content.split("TJ", -1)).hasSize(3);
            assertThat(content).doesNotContain("Tj");
        }
    }

    /** The page's glyphs as drawn (content order), positions included. */
    private static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return out;
    }
}
