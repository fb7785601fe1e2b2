package com.targetmonitor.logic.excel.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.text.NameNormalizer;
import com.targetmonitor.logic.excel.text.NormalizedName;
import com.targetmonitor.logic.excel.text.Similarity;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bigram index finds exactly the candidates, and scores, that comparing the name with every indicator's gives. */
class IndicatorMatcherTest {

    private static final String CHARS = "地区生产总值规模以上工业增加社会消费品零售城镇新就业招商引资到位金一般公共预算收入固定投";

    @Test
    void candidatesAreTheBestOfComparingWithEveryIndicator() {
        Random random = new Random(5);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean rate = i % 3 == 0;
            indicators.add(new Indicator((long) i + 1, 1L, null, null, "1." + i, name(random), rate ? "%" : "亿元",
                    rate ? IndicatorKind.GROWTH_RATE : IndicatorKind.AMOUNT, null, Target.of(10, null), null, List.of(),
                    null, i));
        }
        IndicatorMatcher matcher = new IndicatorMatcher(indicators, List.of());
        for (int r = 0; r < 2_000; r++) {
            NormalizedName name = NameNormalizer.normalize(r % 10 == 0 ? indicators.get(r % 300).name() : name(random));
            for (ValueRole role : ValueRole.values()) {
                List<Candidate> found = matcher.candidates(name, role, 4);
                List<Double> expected = indicators.stream().filter(role::accepts)
                        .map(i -> Similarity.score(name.key(), NameNormalizer.normalize(i.name()).key()))
                        .filter(score -> score > 0).sorted(Comparator.reverseOrder()).limit(4).toList();
                assertThat(found).extracting(Candidate::score).as(name.key() + " " + role)
                        .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
                        .containsExactlyElementsOf(expected);
                for (Candidate c : found) {
                    double score = Similarity.score(name.key(), NameNormalizer.normalize(c.indicator().name()).key());
                    assertThat(c.score()).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-12));
                }
            }
        }
    }

    /** Half of them from four characters only, so that names repeat bigrams ("地区地区生产"). */
    private static String name(Random random) {
        StringBuilder b = new StringBuilder();
        int alphabet = random.nextBoolean() ? 4 : CHARS.length();
        for (int n = 3 + random.nextInt(8); n > 0; n--) {
            b.append(CHARS.charAt(random.nextInt(alphabet)));
        }
        return b.toString();
    }
}
