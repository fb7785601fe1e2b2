package com.targetmonitor.logic.excel.read;

import com.targetmonitor.logic.excel.read.SpreadsheetException.Reason;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.CancelledException;
import com.targetmonitor.logic.task.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads an old .xls (Excel 97–2003). The format holds at most 65,536 rows per sheet, so loading it
 * whole is fine. Formula cells give their cached result, as Excel last computed it.
 */
final class XlsReader {

    private XlsReader() {
    }

    static void read(Path file, POIFSFileSystem fs, RowSink sink, ProgressListener progress,
                     Cancellation cancellation) {
        String name = file.getFileName().toString();
        try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
            long rows = 0;
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                boolean hidden = wb.isSheetHidden(s) || wb.isSheetVeryHidden(s);
                if (!sink.startSheet(sheet.getSheetName(), hidden)) {
                    continue;
                }
                for (int c = 0; c < 256; c++) {
                    if (sheet.isColumnHidden(c)) {
                        sink.hiddenColumn(c);
                    }
                }
                RowBuffer buffer = new RowBuffer();
                for (Row row : sheet) {
                    buffer.clear();
                    for (Cell cell : row) {
                        buffer.set(cell.getColumnIndex(), text(cell));
                    }
                    if (!buffer.isEmpty()) {
                        sink.row(new SheetRow(sheet.getSheetName(), row.getRowNum(), row.getZeroHeight(),
                                buffer.toArray()));
                    }
                    if (++rows % 1000 == 0) {
                        cancellation.check();
                        progress.progress(rows, -1, sheet.getSheetName());
                    }
                }
                for (org.apache.poi.ss.util.CellRangeAddress r : sheet.getMergedRegions()) {
                    sink.merged(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn());
                }
                sink.endSheet();
            }
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(Reason.ENCRYPTED, name,
                    "the workbook is protected by a password; remove the password in Excel and import again", e);
        } catch (OldExcelFormatException e) {
            throw new SpreadsheetException(Reason.NOT_A_SPREADSHEET, name,
                    "a workbook from Excel 95 or older is not supported; save it as .xlsx", e);
        } catch (SpreadsheetException | CancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Failures.translate(name, e);
        }
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> CellTexts.number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> null;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
