package com.targetmonitor.logic.excel.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

    private static String key(String name) {
        return NameNormalizer.normalize(name).key();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "规模以上工业增加值增速（%）|规上工业增加值增长",
            "GDP|地区生产总值",
            "gdp增速|地区生产总值增长",
            "生产总值|地区生产总值",
            "全社会固定资产投资（不含农户）|固定资产投资",
            "社会消费品零售总额(亿元)|社会消费品零售总额",
            "社会消费品零售总额 （ 亿元 ）|社会消费品零售总额",
            "实现地区生产总值|地区生产总值",
            "城镇常住居民人均可支配收入|城镇居民人均可支配收入",
            "一、地区生产总值|地区生产总值",
            "（三）规上工业增加值|规上工业增加值",
            "1.城镇新增就业|城镇新增就业",
            "其中：轻工业|轻工业",
            "其中轻工业|轻工业",
            "内：轻工业|轻工业",
            "注：轻工业|轻工业",
            "其中：1.轻工业|轻工业",
            "【一般公共预算收入】|一般公共预算收入",
            "规上企业完成投资|规上企业投资",
            "外贸进出口总额|外贸进出口总值"})
    void namesThatMeanTheSameFigureCompareEqual(String a, String b) {
        assertThat(key(a)).isEqualTo(key(b));
    }

    @Test
    void differentFiguresStayDifferent() {
        assertThat(key("投资完成率低于30%的亿元以上项目（市直属）"))
                .isNotEqualTo(key("投资完成率低于30%的亿元以上项目（永昌县）"));
        assertThat(key("地区生产总值")).isNotEqualTo(key("永昌县地区生产总值"));
        assertThat(key("第二产业增加值")).isNotEqualTo(key("第三产业增加值"));
        // 其, 内 and 注 begin a mark only as 其中, 内: and 注: — names beginning with them keep them.
        assertThat(key("其他服务业增加值")).isNotEqualTo(key("他服务业增加值"));
        assertThat(key("内资企业投资")).isNotEqualTo(key("资企业投资"));
    }

    @Test
    void growthSuffixUnitAndScopeAreTakenOffAndReported() {
        NormalizedName n = NameNormalizer.normalize("全社会固定资产投资增速（不含农户）");
        assertThat(n.growth()).isTrue();
        assertThat(n.scope()).isEqualTo("不含农户");
        NormalizedName u = NameNormalizer.normalize("社会消费品零售总额（亿元）");
        assertThat(u.unitHint()).isEqualTo("亿元");
        assertThat(u.growth()).isFalse();
        assertThat(NameNormalizer.normalize("单位GDP能耗下降").growth()).isTrue();
        assertThat(NameNormalizer.normalize("地区生产总值增加值").growth()).isFalse();
    }

    @Test
    void measureWordsShortFormsPrefixesAndInvisibleCharactersAreNoDifference() {
        assertThat(key("城镇新增就业人数")).isEqualTo(key("城镇新增就业"));
        assertThat(key("城镇新增就业\u200b人数")).isEqualTo(key("城镇新增就业"));
        assertThat(key("营造林面积")).isEqualTo(key("完成营造林"));
        assertThat(key("地区生产总值(GDP)")).isEqualTo(key("地区生产总值"));
        assertThat(key("PM2.5平均浓度")).isEqualTo(key("细颗粒物（PM2.5）平均浓度"));
        assertThat(key("重点项目完成投资")).isEqualTo(key("重点项目年度计划投资"));
        assertThat(key("失业人员再就业人数")).isNotEqualTo(key("城镇新增就业"));
        assertThat(key("限额以上零售额")).isNotEqualTo(key("社会消费品零售总额"));
    }
}
