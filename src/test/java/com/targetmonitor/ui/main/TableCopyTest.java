package com.targetmonitor.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableCopyTest {

    @Test
    void headerLineThenOneLinePerRowTabSeparatedWithWindowsLineEnds() {
        String text = TableCopy.tabSeparated(List.of("编码", "指标名称", "完成率"),
                List.of(List.of("1.01", "地区生产总值", "57.20%"), List.of("", "一、经济发展", "")));
        assertThat(text).isEqualTo("编码\t指标名称\t完成率\r\n1.01\t地区生产总值\t57.20%\r\n\t一、经济发展\t\r\n");
    }

    @Test
    void tabsAndLineBreaksInsideACellDoNotSplitIt() {
        String text = TableCopy.tabSeparated(List.of("差距\n(百分点)"), List.of(List.of("a\tb\r\nc")));
        assertThat(text.lines().toList()).containsExactly("差距 (百分点)", "a b c");
    }
}
