package com.targetmonitor.ui.dashboard;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.dialog.FileType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Saving a chart as a PNG file: the user picks the file (".png" is added when left out), the
 * picture is written beside it and moved into place, so a failure never leaves half a picture or
 * destroys the file that was there; a failure is told in words.
 */
final class PngExport {

    private final DialogService dialogs;

    PngExport(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** @return the file written; empty when the user cancelled or writing failed (and was told) */
    Optional<Path> export(String suggestedName, DashboardViewModel.ChartWriter writer) {
        Optional<Path> chosen = dialogs.chooseFileToSave(I18n.get(DashboardMsg.DASHBOARD_EXPORT_PNG_TITLE), suggestedName,
                FileType.of(I18n.get(DashboardMsg.DASHBOARD_PNG_FILE_TYPE), "png"));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path file = withPngExtension(chosen.get()).toAbsolutePath();
        Path temp = file.resolveSibling("." + file.getFileName() + "." + System.nanoTime() + ".part");
        try {
            writer.write(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            dialogs.showError(I18n.get(DashboardMsg.DASHBOARD_EXPORT_FAILED),
                    I18n.get(DashboardMsg.DASHBOARD_EXPORT_FAILED_DETAIL, file, String.valueOf(e.getMessage())));
            return Optional.empty();
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray .part file is harmless; the error that matters was reported
            }
        }
    }

    static Path withPngExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".png") ? file : file.resolveSibling(name + ".png");
    }
}
