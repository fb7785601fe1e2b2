package com.targetmonitor.logic.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.split(new SourceDocument("t", text)).stream().map(Sentence::text).toList();
    }

    @Test
    void cutsAtFullAndHalfWidthSentenceEnds() {
        assertThat(split("地区生产总值增长7%。固投增长12%；社零增长6%! 外贸增长5%?"))
                .containsExactly("地区生产总值增长7%。", "固投增长12%；", "社零增长6%!", "外贸增长5%?");
    }

    @Test
    void joinsLinesAPdfBrokeInTheMiddleOfASentence() {
        String pdf = "2026年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，力争\n"
                + "6%；规模以上工业增加值增长7%；固定资产投资增长8%以上；社会消费品零售总\n"
                + "额增长6%。\n";
        assertThat(split(pdf)).containsExactly(
                "2026年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，力争6%；",
                "规模以上工业增加值增长7%；", "固定资产投资增长8%以上；", "社会消费品零售总额增长6%。");
    }

    @Test
    void joinsAcrossTheBlankLineOfAPageBreak() {
        String text = "聚焦“双碳”目标。金昌构建碳达峰碳中和“九大体系”,实施碳达峰“十大行动”,单位地区\n\n"
                + "生产总值能耗下降8.1%、碳排放强度累计下降14.17%。";
        assertThat(split(text)).hasSize(2).last().asString().startsWith("金昌构建").contains("单位地区生产总值能耗");
    }

    @Test
    void bulletsAndEnumerationsStartSentences() {
        assertThat(split("主要目标：\n●地区生产总值增长6%左右\n●城镇新增就业1万人以上\n◆粮食产量稳定在30万吨"))
                .containsExactly("主要目标：", "●地区生产总值增长6%左右", "●城镇新增就业1万人以上", "◆粮食产量稳定在30万吨");
        assertThat(split("重点抓好：一是扩大投资，二是稳定就业。"))
                .containsExactly("重点抓好：", "一是扩大投资，", "二是稳定就业。");
    }

    @Test
    void headingsStayApartAndQuotesAreNotCut() {
        assertThat(split("二、聚焦目标，强化措施\n形成12345“一号响应。接诉即办”的机制。"))
                .containsExactly("二、聚焦目标，强化措施", "形成12345“一号响应。接诉即办”的机制。");
    }
}
