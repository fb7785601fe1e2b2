package com.targetmonitor.logic.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A Chinese TrueType font the PDF can embed: a .ttf file, or one font of a .ttc collection.
 *
 * @param file the font file
 * @param name the PostScript name of the font inside a collection; null for a single-font file
 */
public record CjkFont(Path file, String name) {

    public CjkFont {
        Objects.requireNonNull(file, "file");
    }

    /** The font, parsed. It stays readable until the returned handle is closed (after the PDF is saved). */
    public Opened open() throws IOException {
        if (name == null) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            return new Opened(font, font);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        try {
            TrueTypeFont font = collection.getFontByName(name);
            if (font == null) {
                throw new IOException(file + " holds no font named " + name);
            }
            return new Opened(font, collection);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return name == null ? file.toString() : file + " (" + name + ")";
    }

    /** A parsed font and what must be closed with it. */
    public static final class Opened implements Closeable {

        private final TrueTypeFont font;
        private final Closeable owner;

        Opened(TrueTypeFont font, Closeable owner) {
            this.font = font;
            this.owner = owner;
        }

        public TrueTypeFont font() {
            return font;
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }
}
