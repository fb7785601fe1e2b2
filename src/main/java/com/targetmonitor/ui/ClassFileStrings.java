package com.targetmonitor.ui;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * The text constants of a class file (its constant pool's UTF-8 entries): the string literals the code
 * uses, such as the style classes a skin adds, and the names of the classes it refers to. Used by
 * {@link ThemeCompiler} at build time; JDK 17 has no class-file API.
 */
final class ClassFileStrings {

    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileStrings() {
    }

    /** Adds the class file's UTF-8 constants to the set; a stream that is no class file adds nothing. */
    static void addTo(InputStream classFile, Set<String> out) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != MAGIC) {
            return;
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    // A long or a double takes two entries of the pool.
                    in.skipNBytes(8);
                    index++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
    }
}
