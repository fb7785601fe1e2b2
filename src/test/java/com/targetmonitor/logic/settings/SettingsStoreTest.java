package com.targetmonitor.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings survive a restart; a missing or damaged file gives defaults and never an exception. */
class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void noFileGivesTheDefaultsAndReadingCreatesNothing() {
        SettingsStore store = new SettingsStore(dir.resolve("app"));

        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        assertThat(store.load().language()).isEqualTo("zh");
        assertThat(dir.resolve("app")).doesNotExist();
    }

    @Test
    void everythingSavedIsReadBack() throws IOException {
        Path a = workspace("金昌市 工作区.tmdb");
        Path b = workspace("b.tmdb");
        Settings saved = Settings.DEFAULTS.withLanguage("en")
                .withDefaultAsOf(AsOfDefault.fixed(YearMonth.of(2022, 6)))
                .withLastShown("金昌市2022年", YearMonth.of(2022, 9))
                .withColumnWidth("status.name", 320.5)
                .withColumnWidth("列 宽=1", 88)
                .withRecentFile(b).withRecentFile(a)
                .withWindow(1440, 900, true);
        SettingsStore store = new SettingsStore(dir.resolve("app"));

        assertThat(store.save(saved)).isTrue();
        Settings read = new SettingsStore(dir.resolve("app")).load();

        assertThat(read).isEqualTo(saved);
        assertThat(read.recentFiles()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        assertThat(read.columnWidths()).containsEntry("列 宽=1", 88.0).containsEntry("status.name", 320.5);
        // Readable by a person: UTF-8 text, Chinese as it is, not \\u escapes.
        String text = Files.readString(store.file(), StandardCharsets.UTF_8);
        assertThat(text).contains("last.plan=金昌市2022年").contains("language=en").contains("asOf.default=2022-06");
    }

    @Test
    void anUpdateThatChangesNothingLeavesTheFileAlone() throws IOException {
        Path a = workspace("a.tmdb");
        SettingsStore store = new SettingsStore(dir.resolve("app"));
        store.update(s -> s.withRecentFile(a));
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(store.file(), old);

        // As at every start of the window: the workspace opened is already the most recent one.
        Settings same = store.update(s -> s.withRecentFile(a));
        assertThat(Files.getLastModifiedTime(store.file())).isEqualTo(old);
        assertThat(same.recentFiles()).containsExactly(a.toAbsolutePath().normalize());

        store.update(s -> s.withLanguage(Settings.ENGLISH));
        assertThat(Files.getLastModifiedTime(store.file())).isNotEqualTo(old);
        assertThat(store.load().language()).isEqualTo(Settings.ENGLISH);
    }

    @Test
    void aFileOfGarbageGivesDefaults() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.createDirectories(dir);
        Files.write(dir.resolve(SettingsStore.FILE_NAME), noise);

        Settings read = new SettingsStore(dir).load();

        assertThat(read.language()).isEqualTo("zh");
        assertThat(read.recentFiles()).isEmpty();
        assertThat(read.windowWidth()).isEqualTo(Settings.DEFAULT_WINDOW_WIDTH);
    }

    @Test
    void aBrokenEscapeGivesDefaults() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "language=en\nlast.plan=\\uZZZZ\n",
                StandardCharsets.UTF_8);

        assertThat(new SettingsStore(dir).load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void eachValueThatMakesNoSenseFallsBackOnItsOwn() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), String.join("\n",
                "language=fr",
                "asOf.default=someday",
                "last.plan=嘉峪关市2022年",
                "last.asOf=2022-13",
                "column.good=120",
                "column.negative=-5",
                "column.word=wide",
                "column.huge=1e9",
                "window.width=abc",
                "window.height=NaN",
                "window.maximized=yes",
                "recent.x=" + workspace("r.tmdb")), StandardCharsets.UTF_8);

        Settings read = new SettingsStore(dir).load();

        assertThat(read.language()).isEqualTo("zh");
        assertThat(read.defaultAsOf()).isEqualTo(Settings.DEFAULTS.defaultAsOf());
        assertThat(read.lastPlanName()).isEqualTo("嘉峪关市2022年");
        assertThat(read.lastAsOf()).isNull();
        assertThat(read.columnWidths()).isEqualTo(Map.of("good", 120.0));
        assertThat(read.windowWidth()).isEqualTo(Settings.DEFAULT_WINDOW_WIDTH);
        assertThat(read.windowHeight()).isEqualTo(Settings.DEFAULT_WINDOW_HEIGHT);
        assertThat(read.windowMaximized()).isFalse();
        assertThat(read.recentFiles()).isEmpty();
    }

    @Test
    void recentFilesAreMostRecentFirstUniqueAndAtMostEight() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            files.add(workspace("w" + i + ".tmdb"));
        }
        Settings s = Settings.DEFAULTS;
        for (Path f : files) {
            s = s.withRecentFile(f);
        }
        // The same file reached another way moves to the top instead of being listed twice.
        s = s.withRecentFile(dir.resolve("sub").resolve("..").resolve("w5.tmdb"));

        assertThat(s.recentFiles()).hasSize(Settings.MAX_RECENT_FILES);
        assertThat(s.recentFiles().get(0)).isEqualTo(files.get(4).toAbsolutePath());
        assertThat(s.recentFiles().get(1)).isEqualTo(files.get(9).toAbsolutePath());
        assertThat(s.recentFiles()).doesNotHaveDuplicates().doesNotContain(files.get(0).toAbsolutePath());

        SettingsStore store = new SettingsStore(dir.resolve("app"));
        store.save(s);
        assertThat(store.load().recentFiles()).isEqualTo(s.recentFiles());
    }

    @Test
    void recentFilesThatAreGoneAreLeftOutOnReading() throws IOException {
        Path kept = workspace("kept.tmdb");
        Path gone = workspace("gone.tmdb");
        SettingsStore store = new SettingsStore(dir.resolve("app"));
        store.save(Settings.DEFAULTS.withRecentFile(kept).withRecentFile(gone));

        Files.delete(gone);

        assertThat(store.load().recentFiles()).containsExactly(kept.toAbsolutePath());
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        store.save(Settings.DEFAULTS.withLanguage("en"));
        store.update(s -> s.withWindow(800, 600, false));

        assertThat(store.load().language()).isEqualTo("en");
        assertThat(store.load().windowWidth()).isEqualTo(800);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsStore.FILE_NAME);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedNotThrown() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        SettingsStore store = new SettingsStore(notAFolder);

        assertThat(store.save(Settings.DEFAULTS.withLanguage("en"))).isFalse();
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void asOfDefaultsAreReadAndResolved() {
        YearMonth july = YearMonth.of(2024, 7);
        YearMonth march = YearMonth.of(2024, 3);
        assertThat(AsOfDefault.parse("previous")).contains(AsOfDefault.PREVIOUS_MONTH);
        assertThat(AsOfDefault.parse(" LAST ")).contains(AsOfDefault.LAST_USED);
        assertThat(AsOfDefault.parse("2022-06")).contains(AsOfDefault.fixed(YearMonth.of(2022, 6)));
        assertThat(AsOfDefault.parse("2022-6")).isEmpty();
        assertThat(AsOfDefault.PREVIOUS_MONTH.resolve(july, march, march)).isEqualTo(YearMonth.of(2024, 6));
        assertThat(AsOfDefault.LATEST_DATA.resolve(july, null, march)).isEqualTo(march);
        assertThat(AsOfDefault.LATEST_DATA.resolve(july, null, null)).isEqualTo(YearMonth.of(2024, 6));
        assertThat(AsOfDefault.LAST_USED.resolve(july, YearMonth.of(2022, 6), march)).isEqualTo(YearMonth.of(2022, 6));
        assertThat(AsOfDefault.fixed(march).resolve(july, null, null)).isEqualTo(march);
    }

    private Path workspace(String name) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), "x");
    }

    @Test
    void aServerAddressIsRememberedBesideFilesAndNeverItsPassword() throws IOException {
        Path file = workspace("本地.tmdb");
        Settings saved = Settings.DEFAULTS.withRecentFile(file)
                .withRecentFirst(RecentWorkspace.ofServer("postgresql://wang:s3cret-Pw%21@db.office:5433/jinchang")
                        .orElseThrow());
        SettingsStore store = new SettingsStore(dir.resolve("app"));

        assertThat(store.save(saved)).isTrue();
        String text = Files.readString(store.file(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("s3cret").doesNotContain("Pw%21").doesNotContain("Pw!").contains("wang@db.office");
        Settings read = store.load();
        assertThat(read.recent()).extracting(RecentWorkspace::text)
                .containsExactly("postgresql://wang@db.office:5433/jinchang", file.toAbsolutePath().toString());
        assertThat(read.recentFiles()).containsExactly(file.toAbsolutePath());
        // The same server reached again (a password or not) is listed once, first.
        Settings again = read.withRecentFirst(RecentWorkspace.ofServer("postgresql://wang:other@db.office:5433/jinchang")
                .orElseThrow());
        assertThat(again.recent()).hasSize(2);
    }

    @Test
    void anOldSettingsFileWithPlainPathsStillLoadsAndAHandWrittenPasswordIsDropped() throws IOException {
        Path a = workspace("a.tmdb");
        Path b = workspace("b 工作区.tmdb");
        Files.createDirectories(dir.resolve("app"));
        // What the settings file looked like before it kept server addresses (written by hand, as a user might).
        Properties old = new Properties();
        old.setProperty("language", "zh");
        old.setProperty("recent.0", a.toString());
        old.setProperty("recent.1", b.toString());
        old.setProperty("recent.2", dir.resolve("gone.tmdb").toString());
        old.setProperty("recent.3", "postgresql://li:typed-in@10.0.0.5/shared");
        old.setProperty("recent.4", "postgresql://no-host-or-database");
        try (var out = Files.newBufferedWriter(dir.resolve("app").resolve(SettingsStore.FILE_NAME))) {
            old.store(out, null);
        }
        SettingsStore store = new SettingsStore(dir.resolve("app"));

        Settings read = store.load();
        assertThat(read.recentFiles()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        assertThat(read.recent()).extracting(RecentWorkspace::text).containsExactly(a.toAbsolutePath().toString(),
                b.toAbsolutePath().toString(), "postgresql://li@10.0.0.5:5432/shared");
        store.save(read);
        assertThat(Files.readString(store.file(), StandardCharsets.UTF_8)).doesNotContain("typed-in");
    }
}
