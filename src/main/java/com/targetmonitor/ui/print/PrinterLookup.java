package com.targetmonitor.ui.print;

import java.util.Optional;

/**
 * Finds a printer to print the report on. The application asks JavaFX ({@link FxPrinterLookup});
 * tests say "no printer" or record the pages.
 */
@FunctionalInterface
public interface PrinterLookup {

    /** A new print job on the default printer, or empty when no printer is installed. */
    Optional<ReportPrintJob> createJob();
}
