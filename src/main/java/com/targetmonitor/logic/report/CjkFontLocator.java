package com.targetmonitor.logic.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a Chinese font the PDF report can embed. A font qualifies when it has TrueType outlines
 * (PDFBox cannot embed the CFF outlines of Noto/Source Han CJK), draws 中 and the Chinese comma,
 * and its licence allows embedding.
 *
 * <p>Where it looks, in order: the system property {@value #FONT_PROPERTY} (a .ttf or .ttc file; when
 * set it must work, there is no silent fallback); on Windows {@code %WINDIR%\Fonts} (微软雅黑 msyh.ttc,
 * 宋体 simsun.ttc, 黑体 simhei.ttf …); elsewhere well-known paths (WenQuanYi, AR PL, Droid fallback,
 * macOS PingFang/Songti) and then every font fontconfig lists for {@code :lang=zh}.
 */
public final class CjkFontLocator {

    public static final String FONT_PROPERTY = "targetmonitor.font";

    private static final Logger LOG = LoggerFactory.getLogger(CjkFontLocator.class);
    private static final String HINT = "请安装中文 TrueType 字体（如 fonts-wqy-microhei、微软雅黑或宋体），或用 -D"
            + FONT_PROPERTY + "=字体文件(.ttf/.ttc) 指定 / install a Chinese TrueType font such as"
            + " fonts-wqy-microhei, or set -D" + FONT_PROPERTY + "=FILE.ttf";
    private static final List<String> WINDOWS_FONTS = List.of("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf",
            "Deng.ttf", "simkai.ttf", "simfang.ttf", "msjh.ttc", "mingliu.ttc");
    private static final List<String> WELL_KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid/DroidSansFallback.ttf",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    private final String override;
    private final Supplier<List<Path>> candidates;

    /**
     * @param override   a font file that must be used (the system property), or null
     * @param candidates the files to try in order when there is no override
     */
    CjkFontLocator(String override, Supplier<List<Path>> candidates) {
        this.override = override == null || override.isBlank() ? null : override.strip();
        this.candidates = candidates;
    }

    /** The locator for this machine: the system property, then the operating system's fonts. */
    public static CjkFontLocator system() {
        return new CjkFontLocator(System.getProperty(FONT_PROPERTY), CjkFontLocator::systemCandidates);
    }

    /**
     * The font to embed.
     *
     * @throws NoCjkFontException when no usable font is found, or the one named by the property is unusable
     */
    public CjkFont locate() {
        if (override != null) {
            Path file = Path.of(override);
            Check check = check(file);
            if (check.font() == null) {
                throw new NoCjkFontException("-D" + FONT_PROPERTY + "=" + override + ": " + check.problem()
                        + "。" + HINT);
            }
            return check.font();
        }
        return find().orElseThrow(() -> new NoCjkFontException("未找到可嵌入的中文字体 / no embeddable Chinese"
                + " font found。" + HINT));
    }

    /** The first usable candidate, without the override. */
    Optional<CjkFont> find() {
        for (Path file : candidates.get()) {
            if (Files.isRegularFile(file)) {
                Check check = check(file);
                if (check.font() != null) {
                    LOG.debug("report font: {}", check.font());
                    return Optional.of(check.font());
                }
                LOG.debug("font {} skipped: {}", file, check.problem());
            }
        }
        return Optional.empty();
    }

    /** A usable font in the file, or why there is none. */
    record Check(CjkFont font, String problem) {
    }

    static Check check(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Check(null, "文件不存在 / no such file");
        }
        try {
            if (isCollection(file)) {
                List<String> usable = new ArrayList<>();
                List<String> problems = new ArrayList<>();
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(font -> {
                        String problem = problem(font);
                        if (problem == null) {
                            usable.add(font.getName());
                        } else {
                            problems.add(problem);
                        }
                    });
                }
                return usable.isEmpty() ? new Check(null, problems.isEmpty() ? "空的字体集合" : problems.get(0))
                        : new Check(new CjkFont(file, usable.get(0)), null);
            }
            if (isCff(file)) {
                return new Check(null, "CFF 轮廓的 OpenType 字体无法嵌入 / CFF-outline font cannot be embedded");
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                String problem = problem(font);
                return problem == null ? new Check(new CjkFont(file, null), null) : new Check(null, problem);
            }
        } catch (IOException | RuntimeException e) {
            return new Check(null, "不是可读的 TrueType 字体 / not a readable TrueType font (" + e.getMessage() + ")");
        }
    }

    /** Null when the font can draw Chinese and may be embedded; otherwise what is wrong. */
    private static String problem(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            return "CFF 轮廓的 OpenType 字体无法嵌入 / CFF-outline font cannot be embedded";
        }
        var cmap = font.getUnicodeCmapLookup(false);
        if (cmap == null || cmap.getGlyphId('中') == 0 || cmap.getGlyphId('，') == 0) {
            return "字体不含中文字形 / the font has no Chinese glyphs";
        }
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        if (os2 != null) {
            int fsType = os2.getFsType();
            boolean restricted = (fsType & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED;
            boolean bitmapOnly = (fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0;
            if (restricted || bitmapOnly) {
                return "字体许可不允许嵌入 / the font's licence forbids embedding";
            }
        }
        return null;
    }

    private static boolean isCollection(Path file) throws IOException {
        return "ttcf".equals(magic(file));
    }

    private static boolean isCff(Path file) throws IOException {
        return "OTTO".equals(magic(file));
    }

    private static String magic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        }
    }

    static List<Path> systemCandidates() {
        Set<Path> all = new LinkedHashSet<>();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String windir = firstNonBlank(System.getenv("WINDIR"), System.getenv("SystemRoot"), "C:\\Windows");
            WINDOWS_FONTS.forEach(f -> all.add(Path.of(windir, "Fonts", f)));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null && !local.isBlank()) {
                WINDOWS_FONTS.forEach(f -> all.add(Path.of(local, "Microsoft", "Windows", "Fonts", f)));
            }
        } else {
            WELL_KNOWN.forEach(f -> all.add(Path.of(f)));
            all.addAll(fontconfig());
        }
        return List.copyOf(all);
    }

    /** Every font file fontconfig knows for Chinese, .ttf/.ttc first; empty when fc-list is missing. */
    private static List<Path> fontconfig() {
        try {
            Process p = new ProcessBuilder("fc-list", "-f", "%{file}\\n", ":lang=zh")
                    .redirectErrorStream(true).start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return List.of();
            }
            List<Path> files = new ArrayList<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\\R")) {
                String f = line.strip();
                if (!f.isEmpty()) {
                    files.add(Path.of(f));
                }
            }
            files.sort((a, b) -> Boolean.compare(isOtf(a), isOtf(b)));
            return files;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static boolean isOtf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".otf");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
