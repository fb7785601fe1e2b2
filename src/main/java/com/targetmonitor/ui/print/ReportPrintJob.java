package com.targetmonitor.ui.print;

import com.targetmonitor.logic.report.PageOrientation;
import java.awt.image.BufferedImage;
import java.io.IOException;

/** One print job: the user picks the printer, then the report's pages go to it as pictures. */
public interface ReportPrintJob {

    /**
     * Shows the printer dialog (printer, copies, paper) with A4 in the orientation given; call on
     * the JavaFX application thread. @return false when the user cancelled
     */
    boolean showPrintDialog(PageOrientation orientation);

    /** The printer chosen, for messages. */
    String printerName();

    /** Prints one page, scaled to the paper's printable area. May run off the FX thread. */
    void printPage(BufferedImage page) throws IOException;

    /** Ends the job: the printed pages go to the printer. */
    void end() throws IOException;

    /** Gives up the job (after a failure or when the user cancelled). */
    void cancel();
}
