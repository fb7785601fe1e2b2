package com.targetmonitor.logic.excel.read;

import java.io.IOException;
import java.util.Arrays;
import org.xml.sax.Attributes;

/**
 * The attributes of the element being read by {@link LeanXmlParser}, and the namespace bindings in
 * scope: one instance reused for every element, as SAX allows (a handler may read them only during
 * its startElement).
 */
final class LeanAttributes implements Attributes {

    private String[] qNames = new String[8];
    private String[] values = new String[8];
    private int size;

    private String[] prefixes = new String[8];
    private String[] uris = new String[8];
    private int bindings;
    private int[] scopes = new int[32];
    private int depth;

    void clear() {
        size = 0;
    }

    void add(String qName, String value) {
        if (size == qNames.length) {
            qNames = Arrays.copyOf(qNames, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        qNames[size] = qName;
        values[size++] = value;
    }

    /** An element begins: bindings made now end with it. */
    void push() {
        if (depth == scopes.length) {
            scopes = Arrays.copyOf(scopes, depth * 2);
        }
        scopes[depth++] = bindings;
    }

    void pop() {
        bindings = scopes[--depth];
    }

    void bind(String prefix, String uri) {
        if (bindings == prefixes.length) {
            prefixes = Arrays.copyOf(prefixes, bindings * 2);
            uris = Arrays.copyOf(uris, bindings * 2);
        }
        prefixes[bindings] = prefix;
        // Interned: handlers compare every element's namespace with a constant, now by identity.
        uris[bindings++] = uri.intern();
    }

    /** The namespace of a prefix ("" for none); an unbound prefix makes the part damaged, as for any parser. */
    String uriOf(String prefix) throws IOException {
        for (int i = bindings - 1; i >= 0; i--) {
            if (prefixes[i].equals(prefix)) {
                return uris[i];
            }
        }
        if (prefix.isEmpty()) {
            return "";
        }
        if (prefix.equals("xml")) {
            return "http://www.w3.org/XML/1998/namespace";
        }
        throw new IOException("The prefix \"" + prefix + "\" is not bound.");
    }

    static String prefix(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? "" : qName.substring(0, colon);
    }

    static String localName(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    @Override
    public int getLength() {
        return size;
    }

    @Override
    public String getURI(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        String prefix = prefix(qNames[index]);
        if (prefix.isEmpty()) {
            return "";
        }
        try {
            return uriOf(prefix);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public String getLocalName(int index) {
        return index < 0 || index >= size ? null : localName(qNames[index]);
    }

    @Override
    public String getQName(int index) {
        return index < 0 || index >= size ? null : qNames[index];
    }

    @Override
    public String getType(int index) {
        return index < 0 || index >= size ? null : "CDATA";
    }

    @Override
    public String getValue(int index) {
        return index < 0 || index >= size ? null : values[index];
    }

    @Override
    public int getIndex(String uri, String localName) {
        for (int i = 0; i < size; i++) {
            if (localName.equals(getLocalName(i)) && uri.equals(getURI(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getIndex(String qName) {
        for (int i = 0; i < size; i++) {
            if (qNames[i].equals(qName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String getType(String uri, String localName) {
        return getType(getIndex(uri, localName));
    }

    @Override
    public String getType(String qName) {
        return getType(getIndex(qName));
    }

    @Override
    public String getValue(String uri, String localName) {
        return getValue(getIndex(uri, localName));
    }

    @Override
    public String getValue(String qName) {
        return getValue(getIndex(qName));
    }
}
