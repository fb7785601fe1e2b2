package com.targetmonitor.logic.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.extract.SourceDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    static final Path CORPUS = Path.of("src/test/resources/extract/corpus");

    @TempDir
    Path dir;

    @Test
    void readsGbkAndUtf8Text() throws Exception {
        String text = "今年地区生产总值增长7%。";
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        Path utf8 = dir.resolve("utf8.txt");
        Files.write(utf8, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        assertThat(DocumentReader.read(gbk).text()).isEqualTo(text);
        assertThat(DocumentReader.read(utf8).text()).isEqualTo(text);
        SourceDocument pasted = DocumentReader.read("-", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(pasted.text()).isEqualTo(text);
    }

    @Test
    void readsParagraphsAndTablesOfADocx() {
        SourceDocument d = DocumentReader.read(CORPUS.resolve("conference-2025.docx"));
        assertThat(d.name()).isEqualTo("conference-2025.docx");
        assertThat(d.text()).contains("确保地区生产总值增长6.5%、力争7%").contains("城镇新增就业 1.5万人");
    }

    @Test
    void readsTheTextLayerOfAPdf() {
        SourceDocument d = DocumentReader.read(CORPUS.resolve("report-2027.pdf"));
        assertThat(d.text()).contains("地区生产总值增长").contains("市儿童医院");
    }

    @Test
    void aPdfWithoutTextAndAnOldWordFileAreRefusedWithAReason() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(scan.toFile());
        }
        assertThatThrownBy(() -> DocumentReader.read(scan)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("scan.pdf").hasMessageContaining("no text layer");
        Path doc = dir.resolve("old.doc");
        Files.write(doc, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> DocumentReader.read(doc)).hasMessageContaining(".docx");
        Path broken = dir.resolve("broken.docx");
        Files.write(broken, "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DocumentReader.read(broken)).isInstanceOf(DocumentException.class)
                .hasMessageContaining("broken.docx");
    }
}
