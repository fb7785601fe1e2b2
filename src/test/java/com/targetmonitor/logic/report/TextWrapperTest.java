package com.targetmonitor.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Line breaking with every character one unit wide, so the widths are easy to follow. */
class TextWrapperTest {

    private final TextWrapper wrapper = new TextWrapper(String::length);

    @Test
    void closingPunctuationNeverStartsALineAndNumbersStayWhole() {
        List<String> lines = wrapper.wrap("完成年度目标的60.34%，超时序进度。", 10);
        assertThat(lines).containsExactly("完成年度目标的", "60.34%，超时序", "进度。");
        assertThat(String.join("", lines)).isEqualTo("完成年度目标的60.34%，超时序进度。");
        assertThat(wrapper.wrap("一二三四五六，七", 6)).containsExactly("一二三四五", "六，七");
    }

    @Test
    void openingPunctuationStaysWithWhatFollows() {
        assertThat(wrapper.wrap("一二三四（五）", 5)).containsExactly("一二三四", "（五）");
    }

    @Test
    void newLinesForceBreaksAndOverlongRunsAreCut() {
        assertThat(wrapper.wrap("目标\n力争130", 10)).containsExactly("目标", "力争130");
        assertThat(wrapper.wrap("ABCDEFGHIJ", 4)).containsExactly("ABCD", "EFGH", "IJ");
        assertThat(wrapper.wrap("", 4)).containsExactly("");
        assertThat(wrapper.wrap("首行缩进两字的段落文字", 4, 6)).containsExactly("首行缩进", "两字的段落文", "字");
    }

    @Test
    void measuresEachDistinctCharacterOnceHoweverLongTheText() {
        Map<String, Integer> measured = new HashMap<>();
        TextWrapper counting = new TextWrapper(s -> {
            measured.merge(s, 1, Integer::sum);
            return s.length();
        });
        String sentence = "全市完成地区生产总值5732亿元，同比增长6.5%（力争7%）。";
        String text = sentence.repeat(2000);
        List<String> lines = counting.wrap(text, 17);

        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(measured.values()).as("every character measured once").allMatch(n -> n == 1);
        assertThat(measured.keySet()).as("one character at a time")
                .containsExactlyInAnyOrderElementsOf(sentence.chars().distinct().mapToObj(c -> String.valueOf((char) c)).toList());
        // A second text with the same characters is not measured again.
        counting.wrap(sentence, 9);
        counting.width(sentence);
        assertThat(measured.values()).allMatch(n -> n == 1);
    }

    @Test
    void tokensFollowOneAnotherAndKeepPunctuationWithItsCharacter() {
        String text = "（力争7%）。增长 6.5%，“好”";
        assertThat(TextWrapper.tokens(text)).containsExactly("（力", "争", "7%）。", "增", "长", " ", "6.5%，", "“好”");
        assertThat(String.join("", TextWrapper.tokens(text))).isEqualTo(text);
    }

    @Test
    void aLinesWidthIsTheSumOfItsTokensWidths() {
        String line = "招商引资到位资金完成60.34%（力争65%），超时序进度 3.2 个百分点。";
        assertThat(wrapper.width(line)).isEqualTo(line.length());
        assertThat(wrapper.width("")).isZero();
    }
}
