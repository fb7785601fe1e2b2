package com.targetmonitor.logic.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A set of output files written together (one template per unit): every file goes to a temporary
 * file first and only when all are complete are they renamed into place, so a failed run leaves
 * no partial set. Names that come out the same once cleaned get distinct names (_2, _3 …).
 */
public final class OutputSet {

    private final Path dir;
    private final Path workspace;
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();

    public OutputSet(Path dir, Path workspace) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        this.workspace = workspace;
        Files.createDirectories(this.dir);
    }

    /** A file name every system accepts: no path separators, spaces or characters Windows refuses. */
    public static String clean(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]+", "_").replaceAll("^[._]+|[. ]+$", "");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    /** Writes one file of the set under a distinct cleaned name; nothing is visible until {@link #commit}. */
    public Path add(String baseName, String extension, OutputFiles.Writer<?> writer) throws IOException {
        Path target = dir.resolve(distinct(clean(baseName), extension));
        OutputFiles.refuseProtected(target, workspace);
        Path temp = OutputFiles.temporaryBeside(target);
        staged.put(target, temp);
        writer.write(temp);
        return target;
    }

    /** Renames every staged file into place; if one rename fails, the files already placed are removed. */
    public List<Path> commit() throws IOException {
        List<Path> placed = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                OutputFiles.moveReplacing(e.getValue(), e.getKey());
                placed.add(e.getKey());
            }
            staged.clear();
            return placed;
        } catch (IOException | RuntimeException e) {
            placed.forEach(OutputFiles::deleteQuietly);
            throw e;
        }
    }

    /** Removes every temporary file not yet committed (call in finally). */
    public void discard() {
        staged.values().forEach(OutputFiles::deleteQuietly);
        staged.clear();
    }

    private String distinct(String base, String extension) {
        String name = base + "." + extension;
        for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n + "." + extension;
        }
        return name;
    }
}
