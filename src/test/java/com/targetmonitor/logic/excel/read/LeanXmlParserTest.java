package com.targetmonitor.logic.excel.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The lean XML parser reports what the JDK's namespace-aware SAX parser reports, and refuses what it must. */
class LeanXmlParserTest {

    /** Every event as a line; adjacent character events joined (parsers may split text anywhere). */
    static final class Record extends DefaultHandler {
        final List<String> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            flush();
            StringBuilder b = new StringBuilder("start {" + uri + "}" + local + " " + qName);
            for (int i = 0; i < atts.getLength(); i++) {
                b.append(" {").append(atts.getURI(i)).append('}').append(atts.getLocalName(i)).append('/')
                        .append(atts.getQName(i)).append("=[").append(atts.getValue(i)).append(']');
            }
            events.add(b.toString());
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            flush();
            events.add("end {" + uri + "}" + local + " " + qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flush() {
            if (text.length() > 0) {
                events.add("text [" + text + "]");
                text.setLength(0);
            }
        }
    }

    private static List<String> jdk(String xml) throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        XMLReader reader = f.newSAXParser().getXMLReader();
        Record r = new Record();
        reader.setContentHandler(r);
        reader.parse(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return r.events;
    }

    private static List<String> lean(String xml) throws IOException {
        Record r = new Record();
        Xml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), r);
        return r.events;
    }

    private static void assertSameAsJdk(String xml) throws Exception {
        assertThat(lean(xml)).isNotEmpty().containsExactlyElementsOf(jdk(xml));
    }

    @Test
    void readsWhatSaxReads() throws Exception {
        assertSameAsJdk("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<!-- a comment -->"
                + "<x:worksheet xmlns:x=\"urn:main\" xmlns:r=\"urn:rel\"><x:sheetData>"
                + "<x:row r=\"1\" spans='1:3'><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>a &lt;b&gt; &amp; &quot;c&quot; &apos;"
                + "&#20013;&#x6587;&#x1F600;</x:t></x:is></x:c><x:c r=\"B1\" s=\"3\"><x:v>1.5</x:v></x:c>"
                + "<x:c r=\"C1\" r:id=\"rId1\" t=\"s\"><x:v>0</x:v></x:c></x:row>"
                + "<x:row r=\"2\" hidden=\"1\"/></x:sheetData><x:mergeCells><x:mergeCell ref=\"A1:B2\" /></x:mergeCells>"
                + "<numFmt formatCode=\"[&gt;=100]0;&quot;小&quot;0\" note='a > b'/>"
                + "<t xml:space=\"preserve\">  two\r\nlines\rand\ttab <![CDATA[<raw & text>]]> </t>"
                + "<a v=\"tab\there&#10;line\r\nend\"/><?pi data?></x:worksheet>\n");
    }

    @Test
    void readsTextAndTagsAcrossItsReadingChunks() throws Exception {
        StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < 30_000; i++) {
            xml.append("<si><t>名称").append(i).append(i % 7 == 0 ? " &amp;&#x4E2D; " : "").append(i % 11 == 0 ? "\r\n" : "")
                    .append("</t></si>");
        }
        xml.append("<si><t>").append("长".repeat(200_000)).append("</t></si></sst>");
        assertSameAsJdk(xml.toString());
    }

    /**
     * Short attribute values are handed out again from a small table of the strings made for them: values
     * that share a slot, differ in one letter or in length, and ones of a kind not kept, read as SAX reads them.
     */
    @Test
    void readsRepeatedShortAttributeValuesAsSaxReadsThem() throws Exception {
        java.util.Random random = new java.util.Random(5);
        String[] kinds = {"n", "s", "N", "str", "inlineStr", "inlineSt", "b", "e", "1", "12", "123", "1234", "A1", "Z99",
            "A100", "", "n ", "x&amp;y", "ab", "ba", "abc", "acb"};
        StringBuilder xml = new StringBuilder("<sheetData>");
        for (int i = 0; i < 5_000; i++) {
            xml.append("<c r=\"").append(kinds[random.nextInt(kinds.length)]).append(i % 13 == 0 ? "" : "\" t=\"")
                    .append(kinds[random.nextInt(kinds.length)]).append("\" s=\"").append(random.nextInt(300)).append("\"/>");
        }
        assertSameAsJdk(xml.append("</sheetData>").toString());
    }

    /** Characters of one to four bytes in text and attribute values, shifted so that chunk ends cut each kind. */
    private static String everyWidth(int items) {
        String[] widths = {"a", "é", "名", "𠮷", "😀"};
        StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < items; i++) {
            xml.append("<si n=\"").append(widths[i % 5]).append(i % 3 == 0 ? "x" : "").append("\"><t>")
                    .append(widths[(i + 1) % 5]).append(i % 7 == 0 ? "&amp;" : "").append(widths[i % 5]).append(i)
                    .append("</t></si>");
        }
        return xml.append("</sst>").toString();
    }

    @Test
    void readsEveryCharacterWhereverAReadingChunkEnds() throws Exception {
        assertSameAsJdk(everyWidth(40_000));
        assertSameAsJdk("<x>a</x>\r");
    }

    @Test
    void readsAUtf16PartAsTheJdkReadsItsUtf8() throws Exception {
        String xml = everyWidth(20_000);
        Record r = new Record();
        Xml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16)), r); // big-endian, with a byte-order mark
        assertThat(r.events).hasSizeGreaterThan(100_000).containsExactlyElementsOf(jdk(xml));
    }

    /** Bytes that are no UTF-8 read as U+FFFD, as the JDK's decoder reads them (its SAX parser refuses them). */
    @Test
    void readsMalformedBytesAsTheJdksDecoderDoes() throws Exception {
        byte[][] pieces = {"<t a=\"".getBytes(StandardCharsets.UTF_8), {(byte) 0xE5, (byte) 0x90},
            "\">x".getBytes(StandardCharsets.UTF_8), {(byte) 0xFF, (byte) 0xC0, (byte) 0xAF},
            "名".getBytes(StandardCharsets.UTF_8), {(byte) 0xF0, (byte) 0x9F}, "</t>".getBytes(StandardCharsets.UTF_8)};
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (byte[] p : pieces) {
            bytes.write(p);
        }
        Record r = new Record();
        Xml.parse(new ByteArrayInputStream(bytes.toByteArray()), r);
        String decoded = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        String value = decoded.substring(decoded.indexOf('"') + 1, decoded.lastIndexOf('"'));
        String text = decoded.substring(decoded.indexOf('>') + 1, decoded.lastIndexOf('<'));
        assertThat(value).contains("\uFFFD");
        assertThat(r.events).containsExactly("start {}t t {}a/a=[" + value + "]", "text [" + text + "]", "end {}t t");
    }

    @Test
    void partsInOtherEncodingsGoToTheJdksParser() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"%s\"?><t a=\"名\">指标名称</t>";
        for (var cs : List.of(java.nio.charset.Charset.forName("GB18030"), StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_16LE, StandardCharsets.UTF_16)) {
            Record r = new Record();
            Xml.parse(new ByteArrayInputStream(String.format(xml, cs.name()).getBytes(cs)), r);
            assertThat(r.events).as(cs.name()).containsExactly("start {}t t {}a/a=[名]", "text [指标名称]", "end {}t t");
        }
    }

    @Test
    void refusesADoctypeAndWhatIsNotWellFormed() {
        for (String bad : List.of("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "<x>&e;</x>",
                "<x><y></x></y>", "<x><y>", "<x a=\"1></x>", "<x>&amp</x>", "<x/><y/>", "text<x/>", "",
                "<x:y xmlns:z=\"u\"/>", "<x a=\"<\"/>", "<x>&#xZZ;</x>")) {
            assertThatThrownBy(() -> lean(bad)).as(bad).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> lean("<!DOCTYPE x><x/>")).hasMessageContaining("DOCTYPE");
    }
}
