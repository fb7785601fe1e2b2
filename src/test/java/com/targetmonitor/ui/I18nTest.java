package com.targetmonitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text key the UI uses exists in the Chinese and the English bundle, and nothing else does. */
class I18nTest {

    private static final List<Path> UI_SOURCES = List.of(Path.of("src/main/java/com/targetmonitor/ui"),
            Path.of("src/main/java/com/targetmonitor/app/DesktopApp.java"));

    @AfterEach
    void restore() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Every enum implementing {@link MessageKey} under com.targetmonitor, found from the compiled
     * classes, so a feature's new message enum is checked without registering it anywhere.
     */
    static List<Class<? extends MessageKey>> messageEnums() {
        List<Class<? extends MessageKey>> found = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.targetmonitor")) {
            if (c.isEnum() && c.isAssignableTo(MessageKey.class)) {
                found.add(c.reflect().asSubclass(MessageKey.class));
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    static List<MessageKey> allKeys() {
        return messageEnums().stream().<MessageKey>flatMap(e -> Arrays.stream(e.getEnumConstants())).toList();
    }

    @Test
    void everyFeatureHasItsMessageEnum() {
        assertThat(messageEnums()).extracting(Class::getSimpleName)
                .contains("CommonMsg", "MainMsg", "ExcelMsg", "PrintMsg", "DetailMsg", "EditMsg");
    }

    @Test
    void keysAreUniqueAcrossFeatures() {
        List<String> keys = allKeys().stream().map(MessageKey::key).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("allKeys")
    void everyKeyIsInBothBundlesWithItsArguments(MessageKey msg) {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = I18n.bundle(locale);
            assertThat(bundle.containsKey(msg.key())).as("%s in %s bundle", msg.key(), locale).isTrue();
            String pattern = bundle.getString(msg.key());
            assertThat(pattern).as("%s in %s bundle", msg.key(), locale).isNotBlank();
            int arguments = new MessageFormat(pattern, locale).getFormatsByArgumentIndex().length;
            assertThat(arguments).as("arguments of %s in %s bundle", msg.key(), locale)
                    .isEqualTo(msg.argumentCount());
        }
    }

    @Test
    void bundlesHoldExactlyTheDeclaredKeys() throws IOException {
        Set<String> declared = allKeys().stream().map(MessageKey::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(keysOf("/i18n/messages.properties")).isEqualTo(declared);
        assertThat(keysOf("/i18n/messages_en.properties")).isEqualTo(declared);
    }

    @Test
    void englishEntriesAreTranslatedNotInherited() throws IOException {
        Properties en = load("/i18n/messages_en.properties");
        for (MessageKey msg : allKeys()) {
            assertThat(en.getProperty(msg.key())).as(msg.key()).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void chineseIsTheDefaultEvenOnAnEnglishMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(I18n.localeFor(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            I18n.setLocale(I18n.localeFor(null));
            assertThat(I18n.get(CommonMsg.APP_NAME)).isEqualTo("目标进度监测");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void languagePropertyChoosesEnglish() {
        assertThat(I18n.localeFor("en")).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.localeFor("en_US")).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.localeFor("zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(I18n.localeFor("fr")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void argumentsAreFilledIn() {
        assertThat(I18n.get(CommonMsg.WINDOW_TITLE, "w.tmdb")).isEqualTo("目标进度监测 — w.tmdb");
        I18n.setLocale(Locale.ENGLISH);
        assertThat(I18n.get(CommonMsg.STATUS_WORKSPACE, "/x/w.tmdb", 1)).isEqualTo("Workspace: /x/w.tmdb  ·  1 plan");
        assertThat(I18n.get(CommonMsg.STATUS_WORKSPACE, "/x/w.tmdb", 1200)).endsWith("1,200 plans");
        assertThat(I18n.get(CommonMsg.STATUS_WORKSPACE, "/x/w.tmdb", 0)).endsWith("no plans");
    }

    /** UI code takes texts from the message enums only: no string keys, no direct bundle access, no unused keys. */
    @Test
    void uiSourcesUseMsgConstantsOnly() throws IOException {
        String code = uiSourceText();
        assertThat(code).doesNotContain("I18n.get(\"").doesNotContain("getString(\"");

        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\b([A-Z][A-Za-z]*Msg)\\.([A-Z][A-Z0-9_]*)").matcher(code);
        while (m.find()) {
            used.add(m.group(1) + "." + m.group(2));
        }
        Set<String> declared = allKeys().stream()
                .map(k -> k.getClass().getSimpleName() + "." + ((Enum<?>) k).name())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).as("every declared key is used").isEqualTo(used);
    }

    private static String uiSourceText() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : UI_SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    if (!f.getFileName().toString().endsWith("Msg.java")) {
                        all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static Set<String> keysOf(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }
}
