package com.targetmonitor.ui.print;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the print feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum PrintMsg implements MessageKey {
    PRINT_MENU_PREVIEW("print.menu.preview", 0),
    PRINT_MENU_EXPORT_PDF("print.menu.exportPdf", 0),
    /** {0}: report title. */
    PRINT_WINDOW_TITLE("print.window.title", 1),
    PRINT_ORIENTATION("print.orientation", 0),
    PRINT_PORTRAIT("print.portrait", 0),
    PRINT_LANDSCAPE("print.landscape", 0),
    PRINT_PREVIOUS("print.previous", 0),
    PRINT_NEXT("print.next", 0),
    /** {0}: page number; {1}: pages in all. */
    PRINT_PAGE("print.page", 2),
    /** {0}: page number. */
    PRINT_PAGE_SHORT("print.pageShort", 1),
    PRINT_PRINT("print.print", 0),
    PRINT_EXPORT_PDF("print.exportPdf", 0),
    PRINT_CLOSE("print.close", 0),
    PRINT_RENDERING("print.rendering", 0),
    /** {0}: page number; {1}: pages in all. */
    PRINT_RENDERING_PAGE("print.renderingPage", 2),
    /** {0}: pages in all. */
    PRINT_READY("print.ready", 1),
    PRINT_RENDER_FAILED_TITLE("print.renderFailed.title", 0),
    /** {0}: what went wrong. */
    PRINT_RENDER_FAILED("print.renderFailed", 1),
    PRINT_NO_FONT_TITLE("print.noFont.title", 0),
    PRINT_NO_FONT("print.noFont", 0),
    /** {0}: the font locator's message (where it looked, what to install). */
    PRINT_NO_FONT_DETAIL("print.noFont.detail", 1),
    PRINT_NO_PRINTER_TITLE("print.noPrinter.title", 0),
    PRINT_NO_PRINTER("print.noPrinter", 0),
    PRINT_NO_PRINTER_OFFER("print.noPrinter.offer", 0),
    /** {0}: printer name. */
    PRINT_PRINTING("print.printing", 1),
    /** {0}: page number; {1}: pages in all. */
    PRINT_PRINTING_PAGE("print.printingPage", 2),
    /** {0}: pages sent; {1}: printer name. */
    PRINT_SENT("print.sent", 2),
    PRINT_CANCELLED("print.cancelled", 0),
    PRINT_FAILED_TITLE("print.failed.title", 0),
    /** {0}: printer name; {1}: what went wrong. */
    PRINT_FAILED("print.failed", 2),
    PRINT_EXPORT_TITLE("print.export.title", 0),
    PRINT_PDF_FILE_TYPE("print.pdfFileType", 0),
    /** {0}: file name. */
    PRINT_EXPORTING("print.exporting", 1),
    /** {0}: file; {1}: pages. */
    PRINT_EXPORTED("print.exported", 2),
    PRINT_EXPORT_FAILED_TITLE("print.exportFailed.title", 0),
    /** {0}: file; {1}: what went wrong. */
    PRINT_EXPORT_FAILED("print.exportFailed", 2),
    ;

    private final Spec spec;

    PrintMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
