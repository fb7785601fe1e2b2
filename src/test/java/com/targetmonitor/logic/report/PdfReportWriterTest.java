package com.targetmonitor.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed plan's report written as a PDF and read back with PDFBox. */
class PdfReportWriterTest {

    @TempDir
    static Path dir;
    static PlanStatus june;
    static ReportModel report;
    static Path pdf;
    static PdfText text;

    @BeforeAll
    static void write() throws IOException {
        june = SeedPlan.status(dir, SeedPlan.JINCHANG_2022, "2022-06");
        report = ReportModel.of(june, LocalDate.of(2022, 7, 5));
        pdf = dir.resolve("report.pdf");
        int pages = PdfReportWriter.withSystemFont().write(report, PageOrientation.PORTRAIT, pdf);
        text = PdfText.read(pdf);
        assertThat(text.pages()).hasSize(pages);
    }

    @Test
    void holdsTheTitleEveryIndicatorAndPageNumbers() {
        assertThat(text.all()).contains("金昌市2022年目标任务进展情况（1-6月）").contains("第 1 页 共 " + text.pages().size() + " 页");
        String all = text.compactAll();
        for (StandingRow row : june.rows()) {
            assertThat(all).as("indicator name").contains(PdfText.compact(row.standing().indicator().name()));
        }
        for (int p = 0; p < text.pages().size(); p++) {
            assertThat(text.pages().get(p)).contains("第 " + (p + 1) + " 页 共 " + text.pages().size() + " 页");
        }
    }

    @Test
    void holdsTheBulletinSentencesAndHeadings() {
        String all = text.compactAll();
        assertThat(all).contains("一、总体情况", "二、主要指标进展情况", "三、指标完成情况表")
                .contains("1-6月，城镇新增就业5732人，完成年度目标的60.34%，超时序进度10.34个百分点。")
                .contains("上半年，地区生产总值增长11.7%，高于年度目标3.7个百分点。");
    }

    @Test
    void isA4PortraitWithTheChineseFontEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(report.title());
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(resources.getFontNames()).isNotEmpty();
        }
    }

    @Test
    void landscapeIsWiderAndNeedsNoMorePages() throws IOException {
        Path wide = dir.resolve("wide.pdf");
        int pages = PdfReportWriter.withSystemFont().write(report, PageOrientation.LANDSCAPE, wide);
        try (PDDocument doc = Loader.loadPDF(wide.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
        }
        assertThat(pages).isLessThanOrEqualTo(text.pages().size() + 1);
        assertThat(PdfText.read(wide).all()).contains("第 1 页 共 " + pages + " 页");
    }

    @Test
    void chartsAreDrawnWithTheirCaptions() throws IOException {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(800, 300,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        ReportModel withChart = report.withCharts(List.of(new ReportChart("完成率与时序进度", png.toByteArray())));
        Path file = dir.resolve("charts.pdf");
        PdfReportWriter.withSystemFont().write(withChart, PageOrientation.PORTRAIT, file);
        assertThat(PdfText.read(file).compactAll()).contains("四、图表", "图1完成率与时序进度");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            long images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void pagesRenderForThePreview() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int pages = PdfReportWriter.withSystemFont().write(report, PageOrientation.PORTRAIT, bytes);
        try (ReportPages preview = ReportPages.open(bytes.toByteArray())) {
            assertThat(preview.count()).isEqualTo(pages);
            java.awt.image.BufferedImage first = preview.render(0, 36);
            assertThat(first.getWidth()).isCloseTo((int) (PDRectangle.A4.getWidth() / 2), org.assertj.core.data.Offset.offset(1));
            int dark = 0;
            for (int y = 0; y < first.getHeight(); y++) {
                for (int x = 0; x < first.getWidth(); x++) {
                    dark += (first.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
                }
            }
            assertThat(dark).as("ink on the first page").isGreaterThan(1000);
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAlone() throws IOException {
        Path existing = dir.resolve("keep.pdf");
        Files.writeString(existing, "previous report");
        PdfReportWriter broken = new PdfReportWriter(new CjkFont(dir.resolve("missing.ttf"), null));
        assertThatThrownBy(() -> broken.write(report, PageOrientation.PORTRAIT, existing)).isInstanceOf(IOException.class);
        assertThat(Files.readString(existing)).isEqualTo("previous report");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
