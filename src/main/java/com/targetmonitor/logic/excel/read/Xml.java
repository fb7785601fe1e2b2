package com.targetmonitor.logic.excel.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parsing a workbook part: the lean parser for UTF-8 and UTF-16, else the JDK's SAX parser set up as
 * POI sets up its own (namespaces on, a DOCTYPE refused so no entity is ever expanded, secure
 * processing limits on).
 */
final class Xml {

    static final String SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final int PROLOG = 256;
    private static final Pattern DECLARED = Pattern.compile("(?:\\xEF\\xBB\\xBF)?<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    /** Excel's escape of a character XML cannot hold: _x000D_ is a carriage return. */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private Xml() {
    }

    /**
     * The JDK's parser, made when a part first needs it: loading Xerces costs a command line run about
     * 130 classes, and the lean parser reads every part a workbook writer makes.
     */
    private static final class Jdk {
        static final SAXParserFactory FACTORY = factory();
    }

    private static SAXParserFactory factory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        return f;
    }

    /**
     * Parses a part: with {@link LeanXmlParser} when it is UTF-8 or UTF-16 (every workbook writer's), with
     * the JDK's parser when its declaration names another encoding.
     */
    static void parse(InputStream in, DefaultHandler handler) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        bytes.mark(PROLOG);
        byte[] head = bytes.readNBytes(PROLOG);
        bytes.reset();
        boolean utf16 = head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
                || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE);
        String encoding = declaredEncoding(new String(head, StandardCharsets.ISO_8859_1));
        // UTF-16 without a byte-order mark (a NUL among the first two bytes) is left to the JDK's parser too.
        boolean unmarkedWide = !utf16 && head.length >= 2 && (head[0] == 0 || head[1] == 0);
        if (!unmarkedWide && (utf16 || encoding == null || encoding.equalsIgnoreCase("UTF-8")
                || encoding.equalsIgnoreCase("UTF8"))) {
            LeanXmlParser.parse(bytes, utf16, handler);
        } else {
            parseWithJdk(bytes, handler);
        }
    }

    /** The encoding named in the XML declaration, or null. */
    private static String declaredEncoding(String head) {
        Matcher m = DECLARED.matcher(head);
        return m.lookingAt() ? m.group(1) : null;
    }

    private static void parseWithJdk(InputStream in, DefaultHandler handler) throws IOException {
        try {
            XMLReader reader;
            synchronized (Jdk.FACTORY) {
                reader = Jdk.FACTORY.newSAXParser().getXMLReader();
            }
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(in));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Decodes Excel's _xHHHH_ escapes as POI's XSSFRichTextString does. */
    static String unescape(String value) {
        if (value.indexOf("_x") < 0) {
            return value;
        }
        Matcher m = ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        int at = 0;
        while (m.find()) {
            out.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : out.append(value, at, value.length()).toString();
    }
}
