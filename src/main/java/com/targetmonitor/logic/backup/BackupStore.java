package com.targetmonitor.logic.backup;

import com.targetmonitor.logic.workspace.AppDataFolder;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.persistence.WorkspaceFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Backups of workspaces, made by themselves: before every import, before every restore and on the
 * first open of each day. Each is a consistent copy ({@code VACUUM INTO}) kept in the application's
 * data folder, one folder per workspace (never beside the workspace, where a shared drive or a
 * careless copy would take it along), with a small description of what it holds. Kept: the last
 * {@value #KEEP_LAST}, and before those the newest of each month.
 */
public final class BackupStore {

    public static final int KEEP_LAST = 30;
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String DB = ".tmdb";
    private static final String INFO = ".properties";

    private final Path root;
    private final Clock clock;

    public BackupStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** The store in the application's data folder. */
    public static BackupStore standard() {
        return new BackupStore(AppDataFolder.resolve().resolve("backups"), Clock.systemDefaultZone());
    }

    /** Makes a backup of the open workspace now. */
    public Backup create(Workspace workspace, BackupReason reason) {
        return create(workspace, reason, workspace::copyTo);
    }

    private Backup create(Workspace workspace, BackupReason reason, java.util.function.Consumer<Path> copy) {
        Path dir = folder(workspace.file());
        try {
            Files.createDirectories(dir);
            LocalDateTime now = LocalDateTime.now(clock);
            String id = ID.format(now);
            while (Files.exists(dir.resolve(id + DB))) {
                now = now.plusNanos(1_000_000);
                id = ID.format(now);
            }
            Path file = dir.resolve(id + DB);
            copy.accept(file);
            List<String> plans = workspace.plans().findAll().stream().map(Plan::name).toList();
            Properties info = new Properties();
            info.setProperty("reason", reason.name());
            info.setProperty("workspace", workspace.file().toAbsolutePath().toString());
            info.setProperty("plans", String.join("\n", plans));
            try (OutputStream out = Files.newOutputStream(dir.resolve(id + INFO))) {
                info.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), null);
            }
            rotate(dir);
            return new Backup(id, now.atZone(clock.getZone()).toInstant(), reason, Files.size(file), plans, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot back up " + workspace.file().getFileName() + " to " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Puts a backup in place of the open workspace: the current state is backed up first, the
     * workspace is closed, the backup copied into place (its stale {@code -wal}/{@code -shm} removed)
     * and opened again; the restore is recorded in the history.
     *
     * @return the workspace as restored, open
     * @throws IllegalArgumentException when there is no such backup
     */
    public Workspace restore(Workspace current, String id) {
        Path file = current.file();
        Backup backup = backup(file, id);
        Backup before = create(current, BackupReason.BEFORE_RESTORE);
        current.close();
        return putInPlace(backup, file, before.id());
    }

    /**
     * Restores a workspace that is not open, also one that no longer opens (damaged): the current
     * file is backed up first when it opens, else kept as it is beside the backups
     * ({@code <time>.damaged}) before the backup replaces it.
     */
    public void restore(Path file, String id) {
        Backup backup = backup(file, id);
        String before;
        try (Workspace current = Workspace.open(file)) {
            before = create(current, BackupReason.BEFORE_RESTORE).id();
        } catch (WorkspaceFileException e) {
            if (e.reason() == WorkspaceFileException.Reason.MISSING) {
                before = "";
            } else {
                before = ID.format(LocalDateTime.now(clock));
                try {
                    Path dir = folder(file);
                    Files.createDirectories(dir);
                    Files.copy(file, dir.resolve(before + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException io) {
                    throw new UncheckedIOException("cannot keep a copy of " + file.getFileName() + " before the "
                            + "restore: " + io.getMessage(), io);
                }
            }
        }
        putInPlace(backup, file, before).close();
    }

    private Backup backup(Path file, String id) {
        return find(file, id).orElseThrow(() -> new IllegalArgumentException("no backup " + id + " of "
                + file.getFileName() + " (see: backups --db " + file.getFileName() + ")"));
    }

    private static Workspace putInPlace(Backup backup, Path file, String before) {
        Workspace.restoreFile(backup.file(), file);
        Workspace restored = Workspace.open(file);
        restored.changes().recordEvent("RESTORE", "backup", before, backup.id());
        return restored;
    }

    /**
     * The daily backup, when none was made today. It is copied through a connection of its own
     * ({@link Workspace#copyToApart}): the window makes it on its background thread while it reads.
     * @return it, or empty when today's exists
     */
    public Optional<Backup> dailyIfDue(Workspace workspace) {
        LocalDate today = LocalDate.now(clock);
        boolean done = list(workspace.file()).stream().anyMatch(b -> b.reason() == BackupReason.DAILY
                && LocalDate.ofInstant(b.at(), clock.getZone()).equals(today));
        return done ? Optional.empty() : Optional.of(create(workspace, BackupReason.DAILY, workspace::copyToApart));
    }

    /** The backups of a workspace, newest first. */
    public List<Backup> list(Path workspaceFile) {
        Path dir = folder(workspaceFile);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(DB))
                    .map(this::read).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::id).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + dir + ": " + e.getMessage(), e);
        }
    }

    public Optional<Backup> find(Path workspaceFile, String id) {
        return list(workspaceFile).stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** Where a workspace's backups are kept: its name and a digest of its full path, so two of the same name differ. */
    public Path folder(Path workspaceFile) {
        String path = workspaceFile.toAbsolutePath().normalize().toString();
        String name = workspaceFile.getFileName().toString().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return root.resolve(name + "-" + digest(path));
    }

    private Optional<Backup> read(Path file) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - DB.length());
        try {
            LocalDateTime at = LocalDateTime.parse(id, ID);
            Properties info = new Properties();
            Path infoFile = file.resolveSibling(id + INFO);
            if (Files.exists(infoFile)) {
                try (InputStream in = Files.newInputStream(infoFile)) {
                    info.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            BackupReason reason = parseReason(info.getProperty("reason"));
            String plans = info.getProperty("plans", "");
            return Optional.of(new Backup(id, at.atZone(clock.getZone()).toInstant(), reason, Files.size(file),
                    plans.isEmpty() ? List.of() : Arrays.asList(plans.split("\n")), file));
        } catch (java.time.format.DateTimeParseException | IOException e) {
            return Optional.empty(); // not one of ours (a file the user put there)
        }
    }

    private static BackupReason parseReason(String text) {
        try {
            return text == null ? BackupReason.MANUAL : BackupReason.valueOf(text);
        } catch (IllegalArgumentException e) {
            return BackupReason.MANUAL;
        }
    }

    /** Keeps the last {@link #KEEP_LAST}, and of the older ones the newest of each month. */
    private void rotate(Path dir) throws IOException {
        List<Backup> all;
        try (Stream<Path> files = Files.list(dir)) {
            all = files.filter(f -> f.getFileName().toString().endsWith(DB)).map(this::read)
                    .flatMap(Optional::stream).sorted(Comparator.comparing(Backup::id).reversed()).toList();
        }
        Set<YearMonth> months = new HashSet<>();
        List<Backup> drop = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Backup b = all.get(i);
            YearMonth month = YearMonth.from(b.at().atZone(clock.getZone()));
            boolean firstOfMonth = months.add(month);
            if (i >= KEEP_LAST && !firstOfMonth) {
                drop.add(b);
            }
        }
        for (Backup b : drop) {
            Files.deleteIfExists(b.file());
            Files.deleteIfExists(b.file().resolveSibling(b.id() + INFO));
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
