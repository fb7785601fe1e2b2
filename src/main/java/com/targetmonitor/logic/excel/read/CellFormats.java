package com.targetmonitor.logic.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style (styles.xml's cellXfs and numFmts), which is all the importer
 * needs of the styles: it decides whether a number reads as a date or a percentage. Looked up as
 * POI's StylesTable and XSSFCellStyle do, without building the stylesheet's XMLBeans tree.
 */
final class CellFormats {

    private final short[] formatIds;
    private final Map<Short, String> custom;
    private final String[] formatStrings;
    private final boolean[] plain;

    private CellFormats(short[] formatIds, Map<Short, String> custom) {
        this.formatIds = formatIds;
        this.custom = custom;
        this.formatStrings = new String[formatIds.length];
        this.plain = new boolean[formatIds.length];
        for (int i = 0; i < formatIds.length; i++) {
            String f = custom.get(formatIds[i]);
            formatStrings[i] = f != null ? f : BuiltinFormats.getBuiltinFormat(formatIds[i]);
            plain[i] = formatStrings[i] != null && CellTexts.readsPlain(formatIds[i], formatStrings[i]);
        }
    }

    static CellFormats read(InputStream in) throws IOException {
        short[][] ids = {new short[16]};
        int[] count = {0};
        Map<Short, String> custom = new HashMap<>();
        Xml.parse(in, new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if ("cellXfs".equals(local)) {
                    inCellXfs = true;
                } else if ("xf".equals(local) && inCellXfs) {
                    String id = atts.getValue("numFmtId");
                    if (count[0] == ids[0].length) {
                        ids[0] = java.util.Arrays.copyOf(ids[0], count[0] * 2);
                    }
                    ids[0][count[0]++] = id == null ? 0 : (short) Long.parseLong(id.trim());
                } else if ("numFmt".equals(local)) {
                    String id = atts.getValue("numFmtId");
                    String code = atts.getValue("formatCode");
                    if (id != null && code != null) {
                        custom.put((short) Long.parseLong(id.trim()), code);
                    }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if ("cellXfs".equals(local)) {
                    inCellXfs = false;
                }
            }
        });
        return new CellFormats(java.util.Arrays.copyOf(ids[0], count[0]), custom);
    }

    /** The style index a cell without an s attribute has: the first, when there is one. */
    int defaultStyle() {
        return formatIds.length > 0 ? 0 : -1;
    }

    /** Whether the style exists; a cell pointing past the styles has none (and reads as its raw value). */
    boolean has(int style) {
        return style >= 0 && style < formatIds.length;
    }

    int formatIndex(int style) {
        return formatIds[style];
    }

    /** Whether the style's numbers read as their plain decimal (no date, no percent): decided once per style. */
    boolean readsPlain(int style) {
        return plain[style];
    }

    /** The format code, or null for a built-in index POI does not know. */
    String formatString(int style) {
        return formatStrings[style];
    }
}
