package com.targetmonitor.logic.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grammar, one sentence at a time. */
class TargetGrammarTest {

    private static List<ProposedTarget> targets(String text) {
        return TargetExtractor.extract(new SourceDocument("t", text), 2024).targets();
    }

    private static ProposedTarget only(String text) {
        List<ProposedTarget> t = targets(text);
        assertThat(t).as(text).hasSize(1);
        return t.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "今年地区生产总值增长7%。|地区生产总值增长|GROWTH_RATE|7|%|NONE|HIGHER_BETTER|",
        "经济增长6%左右。|地区生产总值增长|GROWTH_RATE|6|%|ABOUT|HIGHER_BETTER|",
        "规上工业增加值增长8%以上。|规模以上工业增加值增长|GROWTH_RATE|8|%|AT_LEAST|HIGHER_BETTER|",
        "确保工业固投增速达到20%。|工业固定资产投资增长|GROWTH_RATE|20|%|NONE|HIGHER_BETTER|",
        "力争“2+4”产业链产值突破1000亿元。|“2+4”产业链产值|AMOUNT|1000|亿元|EXCEED|HIGHER_BETTER|",
        "城镇调查失业率控制在5.5%以内。|城镇调查失业率|LEVEL|5.5|%|AT_MOST|LOWER_BETTER|",
        "居民消费价格涨幅控制在3%左右。|居民消费价格涨幅|GROWTH_RATE|3|%|ABOUT|LOWER_BETTER|",
        "单位地区生产总值能耗下降3%。|单位地区生产总值能耗下降|GROWTH_RATE|-3|%|NONE|LOWER_BETTER|",
        "各项存款余额净增150亿元。|各项存款余额净增|AMOUNT|150|亿元|NONE|HIGHER_BETTER|",
        "确保新增城镇就业9500人以上。|城镇新增就业|AMOUNT|9500|人|AT_LEAST|HIGHER_BETTER|",
        "城镇新增就业人数达到1.2万人。|城镇新增就业|AMOUNT|1.2|万人|NONE|HIGHER_BETTER|",
        "三类以上水质比例保持在90%以上。|三类以上水质比例|LEVEL|90|%|AT_LEAST|HIGHER_BETTER|",
        "全年新增规上企业20户以上。|新增规模以上企业|COUNT|20|户|AT_LEAST|HIGHER_BETTER|",
        "年内新能源装机规模突破500万千瓦。|新能源装机规模|LEVEL|500|万千瓦|EXCEED|HIGHER_BETTER|",
        "ＰＭ2.5平均浓度控制在３５％以内。|PM2.5平均浓度|LEVEL|35|%|AT_MOST|LOWER_BETTER|",
        "今年确保固定资产投资增长10%，力争12%。|固定资产投资增长|GROWTH_RATE|10|%|NONE|HIGHER_BETTER|12",
        "确保地区生产总值增长6.5%、力争7%。|地区生产总值增长|GROWTH_RATE|6.5|%|NONE|HIGHER_BETTER|7",
        "新培育专精特新企业5~8家。|新培育专精特新企业|COUNT|5|家|NONE|HIGHER_BETTER|8",
        "新建5G基站300-500个。|新建5G基站|COUNT|300|个|NONE|HIGHER_BETTER|500",
        "要统筹推进今年计划实施的500万元以上、约170个建设项目。|建设项目|COUNT|170|个|ABOUT|HIGHER_BETTER|",
    })
    void readsOneTarget(String sentence, String name, IndicatorKind kind, double value, String unit,
                        Qualifier qualifier, Direction direction, Double stretch) {
        ProposedTarget t = only(sentence);
        assertThat(t.name()).isEqualTo(name);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(t.qualifier()).isEqualTo(qualifier);
        assertThat(t.direction()).isEqualTo(direction);
        assertThat(t.stretch()).isEqualTo(stretch);
        assertThat(t.sentence().text()).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "要加快数字政府建设，在3月底前建成运营指挥中心等12个项目。|建成运营指挥中心等12个项目|2024-03-31",
        "确保年底前将全部行政许可事项纳入清单管理。|全部行政许可事项纳入清单管理|2024-12-31",
        "上半年形成完善的工作机制。|形成完善的工作机制|2024-06-30",
        "今年建成市第二人民医院。|建成市第二人民医院|2024-12-31",
        "争取兰张三四线金昌段年内早日开工。|兰张三四线金昌段开工|2024-12-31",
        "力争航天互动展示中心8月初开园运营。|航天互动展示中心开园运营|2024-08-10",
        "一季度末前完成年度招商项目签约。|完成年度招商项目签约|2024-03-31",
        "10月底前新建和改造完成市区嘉峪关路。|新建和改造完成市区嘉峪关路|2024-10-31",
    })
    void readsAMilestone(String sentence, String name, LocalDate deadline) {
        ProposedTarget t = only(sentence);
        assertThat(t.kind()).isEqualTo(IndicatorKind.MILESTONE);
        assertThat(t.name()).isEqualTo(name);
        assertThat(t.deadline()).isEqualTo(deadline);
        assertThat(t.value()).isNull();
    }

    @Test
    void respectivelyGivesOneTargetPerSubject() {
        List<ProposedTarget> t = targets("城乡居民人均可支配收入分别增长5.5%和6%。");
        assertThat(t).extracting(ProposedTarget::name)
                .containsExactly("城镇居民人均可支配收入增长", "农村居民人均可支配收入增长");
        assertThat(t).extracting(ProposedTarget::value).containsExactly(5.5, 6.0);

        List<ProposedTarget> chains = targets("今年确保钢、铝2条千亿级产业链分别到位资金10亿元。");
        assertThat(chains).extracting(ProposedTarget::name).containsExactly("钢产业链招商引资到位资金", "铝产业链招商引资到位资金");
        assertThat(chains).extracting(ProposedTarget::value).containsExactly(10.0, 10.0);

        List<ProposedTarget> listed = targets("协同推进打造数字经济、化工循环、资源综合利用3个百亿产业链，"
                + "确保年内产值分别达到65亿元、80亿元、40亿元以上。");
        assertThat(listed).extracting(ProposedTarget::name)
                .containsExactly("数字经济产业链产值", "化工循环产业链产值", "资源综合利用产业链产值");
        assertThat(listed).extracting(ProposedTarget::qualifier).containsOnly(Qualifier.AT_LEAST);
    }

    @Test
    void aListOfTargetsInOneClauseGivesEach() {
        List<ProposedTarget> t = targets("确保全年一产增长6%、二产增长7%以上、三产增长8%。");
        assertThat(t).extracting(ProposedTarget::name)
                .containsExactly("第一产业增加值增长", "第二产业增加值增长", "第三产业增加值增长");
        assertThat(t).extracting(ProposedTarget::qualifier)
                .containsExactly(Qualifier.NONE, Qualifier.AT_LEAST, Qualifier.NONE);
    }

    @Test
    void aLeftOutSubjectIsTheOneBefore() {
        List<ProposedTarget> t = targets("全年实现招商引资到位资金60亿元以上，增速达到20%以上。");
        assertThat(t).extracting(ProposedTarget::name).containsExactly("招商引资到位资金", "招商引资到位资金增长");
        assertThat(t.get(1).kind()).isEqualTo(IndicatorKind.GROWTH_RATE);
    }

    @Test
    void theLeadUnitIsTakenWhenTheSentenceNamesOne() {
        ProposedTarget t = only("工信局要督促62户规上企业完成投资35亿元以上。");
        assertThat(t.lead()).isEqualTo("工信局");
        assertThat(t.name()).isEqualTo("规模以上企业完成投资");
        ProposedTarget county = only("永昌县要全力建设工业富县，力争地区生产总值达120亿元以上。");
        assertThat(county.name()).isEqualTo("永昌县地区生产总值");
        assertThat(county.lead()).isEqualTo("永昌县");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "像钢、铝这两大产业链占全市工业经济的60%以上。",
        "索通公司每年产值20多亿元、上缴税收近2亿元。",
        "力争通过5年努力工业增加值达到350亿元。",
        "围绕“地区生产总值突破500亿元大关”的总体目标。",
        "各级各部门要围绕“7%”的目标，主动领任务。",
        "（2022年9月8日）",
        "要提升62户规上企业效益。",
        "财政部已提前下达甘肃今年300亿专项债额度。",
        "力争在一季度就能形成实物量、工作量、投资量。",
    })
    void inventsNoTarget(String sentence) {
        assertThat(targets(sentence)).as(sentence).isEmpty();
    }

    @Test
    void aTargetWithoutAFigureIsAStatement() {
        Extraction e = TargetExtractor.extract(new SourceDocument("t",
                "确保居民收入增长与经济增长同步。要完成省下达的节能减排目标。"), 2024);
        assertThat(e.targets()).isEmpty();
        assertThat(e.statements()).extracting(Statement::phrase).containsExactly("与经济增长同步", "省下达的节能减排目标");
    }

    @Test
    void aHeadlineThatRepeatsATargetIsOneTarget() {
        List<ProposedTarget> t = targets("主要预期目标是：地区生产总值增长6%左右。经济增长6%左右，是综合考虑确定的。");
        assertThat(t).hasSize(1);
    }
}
