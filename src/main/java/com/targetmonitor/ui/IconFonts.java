package com.targetmonitor.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import org.kordamp.ikonli.javafx.IkonResolver;

/**
 * Loads Ikonli's icon fonts on a thread of their own while the window is built. The first icon made
 * initialises Ikonli's resolver, which loads the font of every handler of the icon pack (four TrueType
 * files of the Material pack, of which the window uses one): some 60 ms that were spent on the JavaFX
 * thread, the start's critical path, while the second core mostly compiles. An icon made before
 * the fonts are in waits for them (class initialisation), as it would have loaded them itself.
 */
public final class IconFonts {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private IconFonts() {
    }

    /** Starts loading them, once; call when the JavaFX toolkit is up (fonts need it). */
    public static void loadInBackground() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread loader = new Thread(IkonResolver::getInstance, "icon-fonts");
        loader.setDaemon(true);
        loader.start();
    }
}
