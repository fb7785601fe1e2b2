package com.targetmonitor.logic.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings as plain text, read as POI's ReadOnlySharedStringsTable reads them
 * (the runs of an item joined, phonetic runs left out, _xHHHH_ decoded) but without a rich-text object
 * per string: a statistics table's names are mostly distinct, 100,000 of them in a full sheet.
 */
final class SharedStrings {

    private final List<String> items;

    private SharedStrings(List<String> items) {
        this.items = items;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    static SharedStrings read(InputStream in) throws IOException {
        List<String> items = new ArrayList<>();
        Xml.parse(in, new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inText;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if (uri != null && !uri.equals(Xml.SPREADSHEET)) {
                    return;
                }
                switch (local) {
                    case "si" -> text.setLength(0);
                    case "t" -> inText = true;
                    case "rPh" -> inPhonetic = true;
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if (uri != null && !uri.equals(Xml.SPREADSHEET)) {
                    return;
                }
                switch (local) {
                    case "si" -> items.add(Xml.unescape(text.toString()));
                    case "t" -> inText = false;
                    case "rPh" -> inPhonetic = false;
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText && !inPhonetic) {
                    text.append(ch, start, length);
                }
            }
        });
        return new SharedStrings(items);
    }

    String get(int index) {
        if (index < 0 || index >= items.size()) {
            throw new IllegalArgumentException("Cannot get item at " + index + " with strings: " + items.size());
        }
        return items.get(index);
    }
}
