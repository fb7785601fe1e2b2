package com.targetmonitor.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjkFontLocatorTest {

    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path dir;

    @Test
    void noFontIsAClearErrorNeverEmptyBoxes() {
        CjkFontLocator none = new CjkFontLocator(null, List::of);
        assertThatThrownBy(none::locate).isInstanceOf(NoCjkFontException.class)
                .hasMessageContaining("未找到可嵌入的中文字体").hasMessageContaining("fonts-wqy-microhei")
                .hasMessageContaining("-Dtargetmonitor.font=");
    }

    @Test
    void anOverrideThatDoesNotWorkIsAnErrorNotASilentFallback() throws Exception {
        Path text = dir.resolve("font.ttf");
        Files.writeString(text, "not a font", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new CjkFontLocator(text.toString(), () -> List.of(WQY)).locate())
                .isInstanceOf(NoCjkFontException.class).hasMessageContaining(text.toString())
                .hasMessageContaining("不是可读的 TrueType 字体");
        Path missing = dir.resolve("missing.ttc");
        assertThatThrownBy(() -> new CjkFontLocator(missing.toString(), List::of).locate())
                .hasMessageContaining("文件不存在");
        Path cff = dir.resolve("NotoSansCJK.otf");
        Files.write(cff, new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0});
        assertThatThrownBy(() -> new CjkFontLocator(cff.toString(), List::of).locate())
                .hasMessageContaining("CFF");
    }

    @Test
    void candidatesThatCannotDrawChineseAreSkipped() {
        assumeTrue(Files.isRegularFile(DEJAVU) && Files.isRegularFile(WQY), "needs DejaVu and WenQuanYi fonts");
        assertThat(CjkFontLocator.check(DEJAVU).problem()).contains("不含中文字形");
        CjkFont font = new CjkFontLocator(null, () -> List.of(dir.resolve("nope.ttf"), DEJAVU, WQY)).locate();
        assertThat(font.file()).isEqualTo(WQY);
        assertThat(font.name()).isEqualTo("WenQuanYiMicroHei");
    }

    @Test
    void theOverrideWinsAndThisMachineHasAFont() {
        assumeTrue(Files.isRegularFile(WQY), "needs fonts-wqy-microhei (installed by .ci/run)");
        assertThat(new CjkFontLocator(WQY.toString(), List::of).locate().file()).isEqualTo(WQY);
        assertThat(CjkFontLocator.system().locate()).isNotNull();
    }
}
