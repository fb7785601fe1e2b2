package com.targetmonitor.logic.excel.stats;

import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.logic.excel.read.SpreadsheetException.Reason;
import com.targetmonitor.logic.excel.read.SpreadsheetReader;
import com.targetmonitor.logic.excel.text.PeriodHint;
import com.targetmonitor.logic.excel.text.PeriodText;
import com.targetmonitor.logic.task.Cancellation;
import com.targetmonitor.logic.task.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a statistics file (统计月报, a department's sheet, one of our templates) into a
 * {@link StatFile}: headers found, periods read from titles, headers, sheet and file names, every
 * data row kept. Needs no workspace.
 */
public final class StatisticsReader {

    private StatisticsReader() {
    }

    public static StatFile read(Path file) {
        return read(file, ProgressListener.NONE, Cancellation.NEVER);
    }

    public static StatFile read(Path file, ProgressListener progress, Cancellation cancellation) {
        StatSheetCollector collector = new StatSheetCollector();
        SpreadsheetReader.read(file, collector, progress, cancellation);
        String name = file.getFileName().toString();
        if (collector.sheets().isEmpty()) {
            throw new SpreadsheetException(Reason.NO_HEADER, name, "no header row found: no sheet has a row naming "
                    + "an indicator column (指标名称) and a value column (本月, 累计, 1-N月, 增长) in its first "
                    + HeaderDetector.SCAN_ROWS + " rows");
        }
        PeriodHint fromName = PeriodText.find(name);
        List<StatSheet> sheets = new ArrayList<>();
        for (StatSheet s : collector.sheets()) {
            sheets.add(new StatSheet(s.name(), s.title(), s.header(), s.period().orElse(fromName), s.unitNote(), s.rows(),
                    s.skipped()));
        }
        return new StatFile(file, sha256(file), List.copyOf(sheets), List.copyOf(collector.sheetsWithout()));
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new SpreadsheetException(Reason.UNREADABLE, file.getFileName().toString(),
                    "cannot read the file: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
