package com.targetmonitor.logic.excel.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTextParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // text | unit | name | kind | value | qualifier | direction
            "6%左右|%|地区生产总值增速|GROWTH_RATE|6|ABOUT|HIGHER_BETTER",
            "增长6%左右||地区生产总值|GROWTH_RATE|6|ABOUT|HIGHER_BETTER",
            "8%以上||固定资产投资增长|GROWTH_RATE|8|AT_LEAST|HIGHER_BETTER",
            "≥9500|人|城镇新增就业|AMOUNT|9500|AT_LEAST|HIGHER_BETTER",
            "9500以上|人|城镇新增就业|AMOUNT|9500|AT_LEAST|HIGHER_BETTER",
            "突破1000|亿元|“2+4”产业链产值|AMOUNT|1000|EXCEED|HIGHER_BETTER",
            "90%以上|%|不动产总体发证率|LEVEL|90|AT_LEAST|HIGHER_BETTER",
            "下降3%|%|单位地区生产总值能耗|GROWTH_RATE|-3|NONE|LOWER_BETTER",
            "下降3%以上||单位地区生产总值能耗|GROWTH_RATE|-3|AT_LEAST|LOWER_BETTER",
            "控制在3.5%以内|%|城镇调查失业率|LEVEL|3.5|AT_MOST|LOWER_BETTER",
            "20|个|新增规上企业|COUNT|20|NONE|HIGHER_BETTER",
            "60|家|高新技术企业数量|LEVEL|60|NONE|HIGHER_BETTER",
            "保持在180万吨以上||粮食产量|LEVEL|180|AT_LEAST|HIGHER_BETTER",
            "不低于47.5|万吨|粮食产量|AMOUNT|47.5|AT_LEAST|HIGHER_BETTER"})
    void readsTargetsAsOfficersWriteThem(String text, String unit, String name, IndicatorKind kind, double value,
                                         Qualifier qualifier, Direction direction) {
        ParsedTarget t = TargetTextParser.parse(text, unit, name, 2024);
        assertThat(t.problem()).isNull();
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.qualifier()).isEqualTo(qualifier);
        assertThat(t.direction()).isEqualTo(direction);
    }

    @Test
    void unitsWrittenInTheTextAreKept() {
        assertThat(TargetTextParser.parse("突破1000亿元", "", "产业链产值", 2024).unit()).isEqualTo("亿元");
        assertThat(TargetTextParser.parse("8%以上", "", "增长", 2024).unit()).isEqualTo("%");
        assertThat(TargetTextParser.parse("保持在180万吨以上", "", "粮食产量", 2024).unit()).isEqualTo("万吨");
    }

    @Test
    void twoLevelsGiveTargetAndStretch() {
        ParsedTarget t = TargetTextParser.parse("确保6%、力争7%", "%", "地区生产总值增速", 2024);
        assertThat(t.value()).isEqualTo(6.0);
        assertThat(t.stretch()).isEqualTo(7.0);
    }

    @Test
    void deadlinesMakeMilestones() {
        ParsedTarget yearEnd = TargetTextParser.parse("年底前完成", "", "兰张三四线金昌段开工", 2022);
        assertThat(yearEnd.kind()).isEqualTo(IndicatorKind.MILESTONE);
        assertThat(yearEnd.deadline()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(TargetTextParser.parse("6月底前建成", "", "航天互动展示中心", 2022).deadline())
                .isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(TargetTextParser.parse("3月底前", "", "运营指挥中心", 2022).deadline())
                .isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(TargetTextParser.parse("上半年完成", "", "项目", 2022).deadline()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(TargetTextParser.parse("9月30日前投产", "", "项目", 2022).deadline())
                .isEqualTo(LocalDate.of(2022, 9, 30));
    }

    @Test
    void emptyMeansMonitoredAndGibberishIsAProblem() {
        ParsedTarget none = TargetTextParser.parse("—", "亿元", "地区生产总值", 2024);
        assertThat(none.problem()).isNull();
        assertThat(none.value()).isNull();
        assertThat(TargetTextParser.parse("稳中有进", "", "经济运行", 2024).problem()).contains("稳中有进");
    }
}
