package com.targetmonitor.logic.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small, strict XML reader for the big parts of a workbook (sheets, shared strings): elements,
 * attributes, namespaces, text, CDATA and the predefined and numeric character references, fed to a
 * SAX handler as a namespace-aware SAX parser feeds it. No DTD: a DOCTYPE is refused (so no entity is
 * ever expanded), as POI's parser refuses it. Tags must nest, or the part is damaged. It exists
 * because the JDK's Xerces spends most of a large sheet's reading in its general machinery (symbol
 * tables, entity scanners, attribute objects); here names come from a small table, found by their
 * bytes. It reads the UTF-8 bytes as they are (UTF-16 parts are re-encoded first): the markup is ASCII,
 * so tags are found and names recognised without decoding, and only text and attribute values become
 * characters, which halved the parser's work on a large sheet. Only UTF-8 and UTF-16 parts are read
 * here; {@link Xml} gives others to the JDK's parser.
 */
final class LeanXmlParser {

    private final ByteWindow w;
    private final DefaultHandler handler;
    /** The element and attribute names met so far, shared: a sheet names the same few a million times. */
    private final String[] names = new String[256];
    private final byte[][] nameBytes = new byte[256][];
    private int nameCount;
    private final List<String> open = new ArrayList<>();
    private final LeanAttributes attributes = new LeanAttributes();
    private final RepeatedValues repeated = new RepeatedValues();
    private final char[] one = new char[2];
    /** Text decoded for the handler; as long as the longest text run handed on so far. */
    private char[] chars = new char[1024];

    private LeanXmlParser(ByteWindow w, DefaultHandler handler) {
        this.w = w;
        this.handler = handler;
    }

    static void parse(InputStream bytes, boolean utf16, DefaultHandler handler) throws IOException {
        ByteWindow w = new ByteWindow(utf16 ? new Utf16AsUtf8(bytes) : bytes);
        try {
            new LeanXmlParser(w, handler).run();
        } catch (SAXException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void run() throws IOException, SAXException {
        handler.startDocument();
        w.ensure(3);
        if (w.end - w.pos >= 3 && w.buf[w.pos] == (byte) 0xEF && w.buf[w.pos + 1] == (byte) 0xBB
                && w.buf[w.pos + 2] == (byte) 0xBF) {
            w.pos += 3; // the byte-order mark
        }
        boolean root = false;
        while (true) {
            int lt = w.indexOf((byte) '<', w.pos);
            while (lt < 0) {
                int safe = w.safeTextEnd();
                text(w.pos, safe, root);
                w.pos = safe;
                if (w.more() < 0) {
                    if (w.pos < w.end && w.buf[w.pos] == '&') {
                        throw new IOException("The reference must be terminated by the ';' delimiter.");
                    }
                    // A last carriage return, or a character cut off by the end of the part (U+FFFD).
                    text(w.pos, w.end, root);
                    w.pos = w.end;
                    if (!open.isEmpty()) {
                        throw new IOException("the XML ends before <" + open.get(open.size() - 1) + "> is closed");
                    }
                    if (!root) {
                        throw new IOException("Premature end of file.");
                    }
                    handler.endDocument();
                    return;
                }
                lt = w.indexOf((byte) '<', w.pos);
            }
            text(w.pos, lt, root);
            w.pos = lt;
            if (!w.ensure(2)) {
                throw ByteWindow.unclosed();
            }
            byte next = w.buf[w.pos + 1];
            if (next == '?') {
                w.pos = w.find("?>", w.pos + 2) + 2;
            } else if (next == '!') {
                markup();
            } else if (next == '/') {
                endTag();
            } else {
                if (root && open.isEmpty()) {
                    throw new IOException("The markup in the document following the root element must be well-formed.");
                }
                root = true;
                startTag();
            }
        }
    }

    /** Character data between tags; outside the root element only blanks are allowed and nothing is reported. */
    private void text(int from, int to, boolean root) throws IOException, SAXException {
        byte[] buf = w.buf;
        if (open.isEmpty()) {
            for (int i = from; i < to; i++) {
                if (!isBlank(buf[i])) {
                    throw new IOException("Content is not allowed in " + (root ? "trailing" : "prolog") + " section.");
                }
            }
            return;
        }
        int start = from;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c != '&' && c != '\r') {
                continue;
            }
            characters(start, i);
            if (c == '\r') {
                // Line ends read as one line feed, as XML requires.
                one[0] = '\n';
                handler.characters(one, 0, 1);
                if (i + 1 < to && buf[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            } else {
                int semi = w.indexOf((byte) ';', i);
                if (semi < 0 || semi >= to) {
                    throw new IOException("The reference must be terminated by the ';' delimiter.");
                }
                handler.characters(one, 0, reference(i + 1, semi, one));
                i = semi;
                start = semi + 1;
            }
        }
        characters(start, to);
    }

    /** The text of w.buf[from..to) to the handler, decoded. */
    private void characters(int from, int to) throws SAXException {
        if (to <= from) {
            return;
        }
        if (chars.length < to - from) {
            chars = new char[Math.max(to - from, chars.length * 2)];
        }
        handler.characters(chars, 0, Utf8.decode(w.buf, from, to, chars));
    }

    private void markup() throws IOException, SAXException {
        if (w.startsWith("<!--")) {
            w.pos = w.find("-->", w.pos + 4) + 3;
        } else if (w.startsWith("<![CDATA[")) {
            int close = w.find("]]>", w.pos + 9);
            if (open.isEmpty()) {
                throw new IOException("CDATA is not allowed outside the root element.");
            }
            characters(w.pos + 9, close);
            w.pos = close + 3;
        } else if (w.startsWith("<!DOCTYPE") || w.startsWith("<!doctype")) {
            throw new IOException("DOCTYPE is disallowed in a workbook part.");
        } else {
            throw new IOException("The markup declarations must be well-formed.");
        }
    }

    private void startTag() throws IOException, SAXException {
        int close = w.tagEnd();
        byte[] buf = w.buf;
        int nameEnd = nameEnd(w.pos + 1, close);
        String qName = name(w.pos + 1, nameEnd);
        attributes.clear();
        attributes.push();
        int i = nameEnd;
        boolean empty = false;
        while (true) {
            while (i < close && isBlank(buf[i])) {
                i++;
            }
            if (i == close) {
                break;
            }
            if (buf[i] == '/' && i + 1 == close) {
                empty = true;
                break;
            }
            int an = nameEnd(i, close);
            if (an == i) {
                throw new IOException("Element type \"" + qName + "\" must be followed by attributes, \">\" or \"/>\".");
            }
            String attr = name(i, an);
            i = an;
            while (i < close && isBlank(buf[i])) {
                i++;
            }
            if (i >= close || buf[i] != '=') {
                throw new IOException("Attribute name \"" + attr + "\" must be followed by the ' = ' character.");
            }
            i++;
            while (i < close && isBlank(buf[i])) {
                i++;
            }
            byte quote = i < close ? buf[i] : 0;
            if (quote != '"' && quote != '\'') {
                throw new IOException("Open quote is expected for attribute \"" + attr + "\".");
            }
            int valueEnd = w.indexOf(quote, i + 1);
            String value = repeated.of(buf, i + 1, valueEnd);
            if (value == null) {
                value = attributeValue(i + 1, valueEnd);
            }
            // As a namespace-aware SAX parser: declarations bind prefixes and are not reported as attributes.
            if (attr.equals("xmlns")) {
                attributes.bind("", value);
            } else if (attr.startsWith("xmlns:")) {
                attributes.bind(attr.substring(6), value);
            } else {
                attributes.add(attr, value);
            }
            i = valueEnd + 1;
        }
        w.pos = close + 1;
        String local = LeanAttributes.localName(qName);
        String uri = attributes.uriOf(LeanAttributes.prefix(qName));
        handler.startElement(uri, local, qName, attributes);
        if (empty) {
            handler.endElement(uri, local, qName);
            attributes.pop();
        } else {
            open.add(qName);
        }
    }

    private void endTag() throws IOException, SAXException {
        int close = w.tagEnd();
        int nameEnd = nameEnd(w.pos + 2, close);
        String qName = name(w.pos + 2, nameEnd);
        for (int i = nameEnd; i < close; i++) {
            if (!isBlank(w.buf[i])) {
                throw new IOException("The end-tag for element type \"" + qName + "\" must end with a '>' delimiter.");
            }
        }
        if (open.isEmpty() || !open.get(open.size() - 1).equals(qName)) {
            throw new IOException("The element type \"" + (open.isEmpty() ? qName : open.get(open.size() - 1))
                    + "\" must be terminated by the matching end-tag \"</" + qName + ">\".");
        }
        open.remove(open.size() - 1);
        w.pos = close + 1;
        handler.endElement(attributes.uriOf(LeanAttributes.prefix(qName)), LeanAttributes.localName(qName), qName);
        attributes.pop();
    }

    /** The value with references decoded and blanks as spaces, as XML requires of attribute values. */
    private String attributeValue(int from, int to) throws IOException {
        byte[] buf = w.buf;
        StringBuilder b = null;
        int start = from;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c == '<') {
                throw new IOException("The value of an attribute must not contain the '<' character.");
            }
            if (c != '&' && c != '\t' && c != '\n' && c != '\r') {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(to - from);
            }
            b.append(Utf8.string(buf, start, i));
            if (c == '&') {
                int semi = w.indexOf((byte) ';', i);
                if (semi < 0 || semi > to) {
                    throw new IOException("The reference must be terminated by the ';' delimiter.");
                }
                char[] out = new char[2];
                b.append(out, 0, reference(i + 1, semi, out));
                i = semi;
                start = semi + 1;
            } else {
                b.append(' ');
                if (c == '\r' && i + 1 < to && buf[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return b == null ? Utf8.string(buf, from, to) : b.append(Utf8.string(buf, start, to)).toString();
    }

    /** &amp;lt; and the other four, &amp;#N; and &amp;#xN;: the characters written into out, their count returned. */
    private int reference(int from, int to, char[] out) throws IOException {
        String name = Utf8.string(w.buf, from, to);
        if (name.length() > 1 && name.charAt(0) == '#') {
            int code;
            try {
                code = name.charAt(1) == 'x' ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            } catch (NumberFormatException e) {
                throw new IOException("A character reference is not a number: &" + name + ";");
            }
            if (code <= 0 || code > Character.MAX_CODE_POINT) {
                throw new IOException("The character reference &" + name + "; is not a legal XML character.");
            }
            return Character.toChars(code, out, 0);
        }
        out[0] = switch (name) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> throw new IOException("The entity \"" + name + "\" was referenced, but not declared.");
        };
        return 1;
    }

    private int nameEnd(int from, int limit) {
        int i = from;
        while (i < limit) {
            byte c = w.buf[i];
            if (isBlank(c) || c == '=' || c == '/' || c == '>') {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The name as a shared string, found by its bytes without making a string: an open-addressed
     * table of the names met so far (a sheet names the same few a million times), half full at most.
     */
    private String name(int from, int to) throws IOException {
        int len = to - from;
        if (len == 0) {
            throw new IOException("The markup in the document must be well-formed (a tag without a name).");
        }
        byte[] buf = w.buf;
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        int mask = names.length - 1;
        for (int slot = h & mask; names[slot] != null; slot = (slot + 1) & mask) {
            byte[] known = nameBytes[slot];
            if (known.length == len && Arrays.equals(known, 0, len, buf, from, to)) {
                return names[slot];
            }
        }
        String name = Utf8.string(buf, from, to).intern();
        if (nameCount < names.length / 2) {
            int slot = h & mask;
            while (names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            names[slot] = name;
            nameBytes[slot] = Arrays.copyOfRange(buf, from, to);
            nameCount++;
        }
        return name;
    }

    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }
}
